package dev.dbpatterns.repository.domain;

public enum Genre {
    FANTASY, SCIENCE_FICTION, HISTORY, POETRY, CRIME
}
