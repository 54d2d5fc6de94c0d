package dev.dbpatterns.migrations;

import dev.dbpatterns.migrations.Outcome.Verdict;
import dev.dbpatterns.migrations.releases.Listing;
import dev.dbpatterns.migrations.releases.RunningRelease;
import dev.dbpatterns.migrations.releases.Style;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Whether a release works on the schema as it is now, in one style: it starts (Hibernate
 * validates, MyBatis's statements all prepare), adds a book and reads it back whole, and reads a
 * book added before the rename began with the words on its cover. The first step that fails is
 * the outcome; nothing is asserted here, so a lesson can record every cell before it asserts.
 */
final class Compatibility {
    private Compatibility() {
    }

    /**
     * @param isbn a new book's, unique to this check
     * @param old  the book added before the rename, as every release should read it
     */
    static Outcome check(Release release, Style style, DataSource dataSource, String isbn, Listing old) {
        RunningRelease running;
        try {
            running = release.start(style, dataSource);
        } catch (RuntimeException e) {
            return new Outcome(Verdict.DOES_NOT_START, rootMessage(e));
        }
        try (running) {
            Listing added = Listing.of(isbn, "Emma", "fiction");
            Attempt<Long> id = Attempt.of(() -> running.add(added));
            if (id.failure() != null) {
                return new Outcome(Verdict.CANNOT_ADD, id.failure());
            }
            Attempt<Optional<Listing>> back = Attempt.of(() -> running.byIsbn(isbn));
            if (back.failure() != null || !back.value().equals(Optional.of(added.withId(id.value())))) {
                return new Outcome(Verdict.READS_ITS_BOOK_WRONG, back.failure() != null ? back.failure() : read(back.value()));
            }
            Attempt<Optional<Listing>> before = Attempt.of(() -> running.byIsbn(old.isbn()));
            if (before.failure() != null || !before.value().equals(Optional.of(old))) {
                return new Outcome(Verdict.READS_OLD_BOOK_WRONG, before.failure() != null ? before.failure() : read(before.value()));
            }
            return Outcome.WORKED;
        }
    }

    private static String read(Optional<Listing> book) {
        return book.map(found -> "read " + found).orElse("found nothing");
    }

    /** Hibernate's validation names the column at the bottom of its causes; so do the drivers. */
    static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse("").strip();
    }

    /** A call's value, or the words of what it threw. */
    private record Attempt<T>(T value, String failure) {
        static <T> Attempt<T> of(Supplier<T> call) {
            try {
                return new Attempt<>(call.get(), null);
            } catch (RuntimeException e) {
                return new Attempt<>(null, rootMessage(e));
            }
        }
    }
}
