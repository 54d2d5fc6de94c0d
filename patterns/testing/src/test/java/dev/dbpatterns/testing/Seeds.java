package dev.dbpatterns.testing;

import dev.dbpatterns.kit.lesson.LessonDatabase;

/**
 * The fixture every step starts from, written with plain JDBC through the unrecorded pool: no
 * adapter is needed to set up the test of an adapter, and no set-up SQL shows among a step's.
 */
final class Seeds {
    private Seeds() {
    }

    // tag::delete-per-test[]
    /** Delete per test: every table the tests write, emptied before each test (children first, were there any). */
    static void emptyClub(LessonDatabase db) {
        db.update("delete from signup_attempt");
        db.update("delete from club_member");
    }
    // end::delete-per-test[]

    static long member(LessonDatabase db, String email, String name, String nickname) {
        return db.insert("insert into club_member (email, name, nickname) values (?, ?, ?)", email, name, nickname);
    }
}
