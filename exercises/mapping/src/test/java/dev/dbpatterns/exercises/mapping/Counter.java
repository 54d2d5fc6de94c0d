package dev.dbpatterns.exercises.mapping;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counter's book of trades, written with plain JDBC so that no set-up SQL counts among the
 * statements a test asserts. Ada's trade has two equal copies of Dune (same ISBN, grade and offer:
 * only their ids tell them apart) and one of Mort; Bo's trade one copy; Cy's trade none.
 */
final class Counter {
    static final String DUNE = "9780441013593";
    static final String MORT = "9780552131063";
    static final String EMMA = "9780141439587";

    final long ada;
    final long bo;
    final long cy;
    private final LessonDatabase db;
    private final Map<String, Long> copies = new LinkedHashMap<>();

    private Counter(LessonDatabase db) {
        this.db = db;
        db.update("delete from used_copy");
        db.update("delete from trade");
        ada = db.insert("insert into trade (receipt, seller, paid_out_cents) values ('A-1', 'Ada Reader', 600)");
        bo = db.insert("insert into trade (receipt, seller, paid_out_cents) values ('B-1', 'Bo Browser', null)");
        cy = db.insert("insert into trade (receipt, seller, paid_out_cents) values ('C-1', 'Cy Collector', 0)");
        copy("ada's Dune", ada, DUNE, "GOOD", 250);
        copy("ada's Mort", ada, MORT, "WORN", 100);
        copy("ada's other Dune", ada, DUNE, "GOOD", 250);
        copy("bo's Emma", bo, EMMA, "AS_NEW", 425);
    }

    static Counter open(LessonDatabase db) {
        return new Counter(db);
    }

    long copy(String name) {
        return copies.get(name);
    }

    private void copy(String name, long trade, String isbn, String grade, long cents) {
        copies.put(name, db.insert("insert into used_copy (trade_id, isbn, grade, offer_cents) values (?, ?, ?, ?)",
                trade, isbn, grade, cents));
    }
}
