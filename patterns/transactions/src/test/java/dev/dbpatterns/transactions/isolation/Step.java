package dev.dbpatterns.transactions.isolation;

/**
 * One step of an interleaving: a statement, a commit or a rollback of one transaction.
 *
 * @param label a read's name, to look its rows up afterwards; null for other steps
 * @param waitIsIncidental the step is expected to wait on every level for a reason that is not the
 *                         anomaly's (OTV's writer queues behind another writer): its waiting does
 *                         not count as "prevented by blocking"
 */
record Step(Tx tx, Kind kind, String sql, String label, boolean waitIsIncidental) {

    enum Kind { WRITE, READ, COMMIT, ROLLBACK }

    /** How the step reads in a transcript: "T1  update item set quantity = 11 where id = 1". */
    String describe() {
        return tx + "  " + switch (kind) {
            case WRITE, READ -> sql;
            case COMMIT -> "commit";
            case ROLLBACK -> "rollback";
        };
    }
}
