package dev.dbpatterns.migrations;

/** What one release, in one style, did on the schema as it was: it worked, or the first thing it failed at, and the words of the failure. */
record Outcome(Verdict verdict, String detail) {

    enum Verdict {
        WORKS("works"),
        DOES_NOT_START("does not start"),
        CANNOT_ADD("cannot add a book"),
        READS_ITS_BOOK_WRONG("reads its own book back wrong"),
        READS_OLD_BOOK_WRONG("reads the book from before the rename wrong");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    static final Outcome WORKED = new Outcome(Verdict.WORKS, "");

    /** The cell of a table: "works", or the verdict and what was seen, e.g. "does not start: missing column [name] …". */
    String cell() {
        return detail.isEmpty() ? verdict.toString() : verdict + ": " + detail;
    }
}
