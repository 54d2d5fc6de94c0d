package dev.dbpatterns.requestscope.web;

/** The request is malformed: answered with 400 before the shop is used, so before any SQL. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
