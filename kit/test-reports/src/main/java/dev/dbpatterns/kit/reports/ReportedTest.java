package dev.dbpatterns.kit.reports;

/**
 * One {@code <testcase>} of a report: a test that ran (or a container that failed before its tests
 * could, which Surefire also counts as a test).
 *
 * @param name    the display names below the class, joined as the lesson tree nests them
 * @param problem null when the test passed
 * @param output  what the test published (its SQL, its notes), or empty
 */
record ReportedTest(String name, double seconds, Outcome outcome, Problem problem, String output) {

    enum Outcome { PASSED, SKIPPED, FAILED, ERROR }

    /** Why a test did not pass: the message and type of what was thrown, and its stack trace. */
    record Problem(String message, String type, String detail) {
    }
}
