package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.util.List;

/**
 * The gift cards every test starts from, written and read through the lesson database's unrecorded
 * pool: no adapter is needed to set up the test of an adapter, none of this SQL counts among the
 * statements a test asserts, and every read sees only what was committed.
 */
final class Ledger {
    static final String ADA = "GIFT-ADA";
    static final long ADA_BALANCE = 50;
    static final String BEN = "GIFT-BEN";
    static final long BEN_BALANCE = 30;

    private Ledger() {
    }

    /** Empties the table and issues Ada's and Ben's cards, each at version 0. */
    static void reopen(LessonDatabase db) {
        db.update("delete from gift_card");
        issue(db, ADA, ADA_BALANCE);
        issue(db, BEN, BEN_BALANCE);
    }

    static void issue(LessonDatabase db, String code, long balance) {
        db.update("insert into gift_card (code, balance) values (?, ?)", code, balance);
    }

    static long balance(LessonDatabase db, String code) {
        return db.queryForLong("select balance from gift_card where code = ?", code);
    }

    static long version(LessonDatabase db, String code) {
        return db.queryForLong("select version from gift_card where code = ?", code);
    }

    /** "GIFT-ADA 30 v1": every card as the table has it now, its code, balance and version, by code. */
    static List<String> cards(LessonDatabase db) {
        return db.queryForList(String.class,
                "select concat(code, ' ', balance, ' v', version) from gift_card order by code");
    }

    /** Whether the card is there for everyone: committed. */
    static boolean exists(LessonDatabase db, String code) {
        return db.queryForLong("select count(*) from gift_card where code = ?", code) > 0;
    }
}
