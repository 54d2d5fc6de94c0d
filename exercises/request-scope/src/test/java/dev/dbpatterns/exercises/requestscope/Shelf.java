package dev.dbpatterns.exercises.requestscope;

import dev.dbpatterns.kit.lesson.LessonDatabase;

/**
 * The shelf each test starts from, written through lesson-kit's unrecorded pool: Dune (4 copies), Emma (1 copy),
 * Ulysses (every copy lent out, one of them to Ann) and an id no title has.
 */
final class Shelf {
    final long dune;
    final long emma;
    final long ulysses;
    final long missing;

    private Shelf(long dune, long emma, long ulysses) {
        this.dune = dune;
        this.emma = emma;
        this.ulysses = ulysses;
        this.missing = ulysses + 1_000;
    }

    static Shelf stocked(LessonDatabase db) {
        db.update("delete from loan");
        db.update("delete from title");
        long dune = db.insert("insert into title (name, copies) values (?, ?)", "Dune", 4);
        long emma = db.insert("insert into title (name, copies) values (?, ?)", "Emma", 1);
        long ulysses = db.insert("insert into title (name, copies) values (?, ?)", "Ulysses", 0);
        db.insert("insert into loan (title_id, reader) values (?, ?)", ulysses, "ann");
        return new Shelf(dune, emma, ulysses);
    }

    static long copies(LessonDatabase db, long titleId) {
        return db.queryForLong("select copies from title where id = ?", titleId);
    }

    static long loans(LessonDatabase db, String reader) {
        return db.queryForLong("select count(*) from loan where reader = ?", reader);
    }

    static String loan(long... titleIds) {
        StringBuilder json = new StringBuilder("{\"titleIds\":[");
        for (int i = 0; i < titleIds.length; i++) {
            json.append(i == 0 ? "" : ",").append(titleIds[i]);
        }
        return json.append("]}").toString();
    }
}
