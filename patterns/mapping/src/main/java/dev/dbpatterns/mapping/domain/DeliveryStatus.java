package dev.dbpatterns.mapping.domain;

/** Stored by name (varchar), never by position: adding a status in the middle must not change the rows. */
public enum DeliveryStatus {
    ORDERED, RECEIVED, RETURNED
}
