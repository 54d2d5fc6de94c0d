package dev.dbpatterns.transactions.isolation;

/**
 * The anomalies of Adya's and Bailis's definitions that Hermitage tests, in its order, with its
 * variants: PMP and G-single once more with a write predicate, G-single with predicate dependencies,
 * and G2 as Fekete et al.'s three transactions with two anti-dependency edges.
 */
enum Anomaly {
    G0("G0", "dirty write"),
    G1A("G1a", "aborted read"),
    G1B("G1b", "intermediate read"),
    G1C("G1c", "circular information flow"),
    OTV("OTV", "observed transaction vanishes"),
    PMP("PMP", "predicate-many-preceders"),
    PMP_WRITE("PMP-write", "predicate-many-preceders, write predicate"),
    P4("P4", "lost update"),
    G_SINGLE("G-single", "read skew"),
    G_SINGLE_DEPENDENCIES("G-single-dependencies", "read skew, predicate dependencies"),
    G_SINGLE_WRITE("G-single-write", "read skew, write predicate"),
    G2_ITEM("G2-item", "write skew"),
    G2("G2", "anti-dependency cycles"),
    G2_TWO_EDGES("G2-two-edges", "anti-dependency cycle with two edges, three transactions");

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
