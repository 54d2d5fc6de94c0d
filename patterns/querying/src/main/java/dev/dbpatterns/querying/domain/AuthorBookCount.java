package dev.dbpatterns.querying.domain;

/** An author and how many books they wrote: a group by's row. */
public record AuthorBookCount(String author, long books) {
}
