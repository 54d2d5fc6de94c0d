package dev.dbpatterns.transactions.isolation;

/** The anomalies of Adya's and Bailis's definitions that Hermitage tests, in its order. */
enum Anomaly {
    G0("G0", "dirty write"),
    G1A("G1a", "aborted read"),
    G1B("G1b", "intermediate read"),
    G1C("G1c", "circular information flow"),
    OTV("OTV", "observed transaction vanishes"),
    PMP("PMP", "predicate-many-preceders"),
    P4("P4", "lost update"),
    G_SINGLE("G-single", "read skew"),
    G2_ITEM("G2-item", "write skew"),
    G2("G2", "anti-dependency cycles");

    private final String code;
    private final String description;

    Anomaly(String code, String description) {
        this.code = code;
        this.description = description;
    }

    String code() {
        return code;
    }

    @Override
    public String toString() {
        return code + " " + description;
    }
}
