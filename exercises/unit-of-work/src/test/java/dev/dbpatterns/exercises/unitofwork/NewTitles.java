package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.kit.lesson.SentStatement;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** A delivery of new titles for a new shelf, with made-up ISBNs no other title has. */
final class NewTitles {
    private static final String PREFIX = "979-0-000-";

    private NewTitles() {
    }

    static List<Placement> on(Shelf shelf, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> new Placement(isbn(n), "New title " + n, shelf, n)).toList();
    }

    /** The ISBNs of the first {@code count} new titles, in the order {@link #on} makes them. */
    static List<String> isbns(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(NewTitles::isbn).toList();
    }

    /** The new ISBNs the INSERTs of placements bound, in the order sent, whatever the order of their columns. */
    static List<String> inserted(List<SentStatement> sent) {
        return sent.stream().filter(statement -> statement.summary().startsWith("insert placement"))
                .flatMap(statement -> statement.parameterSets().stream())
                .flatMap(values -> values.stream().filter(value -> String.valueOf(value).startsWith(PREFIX)))
                .map(String::valueOf).toList();
    }

    private static String isbn(int n) {
        return String.format(Locale.ROOT, PREFIX + "%05d-0", n);
    }
}
