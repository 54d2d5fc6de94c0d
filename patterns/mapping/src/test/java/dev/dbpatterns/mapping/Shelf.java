package dev.dbpatterns.mapping;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Money;
import dev.dbpatterns.mapping.domain.Tag;

/** What the tests start from: an empty shop, and the author most of them save. */
final class Shelf {
    private Shelf() {
    }

    /** Empties every table through the unrecorded pool, children first. */
    static void empty(LessonDatabase db) {
        for (String table : new String[] {"book_tag", "book", "author", "tag", "delivery"}) {
            db.update("delete from " + table);
        }
    }

    /** Ursula K. Le Guin with two books: the first tagged with both tags, the second with the first. */
    static Author leGuin(Tag fantasy, Tag classic) {
        Author leGuin = new Author("Ursula K. Le Guin");
        leGuin.write("978-0-00-000001-1", "A Wizard of Earthsea", Money.of("9.99", "EUR")).tag(fantasy).tag(classic);
        leGuin.write("978-0-00-000002-8", "The Farthest Shore", Money.of("10.50", "EUR")).tag(fantasy);
        return leGuin;
    }
}
