package dev.dbpatterns.exercises.unitofwork.domain;

/** Begins rearrangements: one unit of work per business transaction. */
@FunctionalInterface
public interface Rearrangements {
    Rearrangement begin();
}
