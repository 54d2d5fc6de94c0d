package dev.dbpatterns.benchmarks;

import java.util.List;

/** An author with its book titles, as raw JDBC and MyBatis read them. */
public record AuthorRow(long id, String name, List<String> titles) {
}
