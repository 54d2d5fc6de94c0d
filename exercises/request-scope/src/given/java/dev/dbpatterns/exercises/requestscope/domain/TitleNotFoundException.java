package dev.dbpatterns.exercises.requestscope.domain;

/** No title has that id: the API answers 404. */
public class TitleNotFoundException extends RuntimeException {
    public TitleNotFoundException(long id) {
        super("No title has id " + id + ".");
    }
}
