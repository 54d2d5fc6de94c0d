package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** A delivery of new titles for a new shelf, with made-up ISBNs no other title has. */
final class NewTitles {
    private NewTitles() {
    }

    static List<Placement> on(Shelf shelf, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new Placement(String.format(Locale.ROOT, "979-0-000-%05d-0", n), "New title " + n,
                        shelf, n))
                .toList();
    }
}
