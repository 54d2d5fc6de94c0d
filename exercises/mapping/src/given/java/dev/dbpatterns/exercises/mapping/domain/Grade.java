package dev.dbpatterns.exercises.mapping.domain;

/** The state of a used copy, kept by name: a grade added between two others must not regrade the rows. */
public enum Grade {
    AS_NEW, GOOD, WORN
}
