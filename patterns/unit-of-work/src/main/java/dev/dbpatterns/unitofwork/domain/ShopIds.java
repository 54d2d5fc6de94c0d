package dev.dbpatterns.unitofwork.domain;

/**
 * Where the shop's ids come from: one database sequence, each value of which reserves a block of
 * ids from that value up. Ids are known before a row is inserted, which is what lets both units
 * of work send their INSERTs as JDBC batches. Constants, so mapping annotations can name them.
 */
public final class ShopIds {
    public static final String SEQUENCE = "shop_id_seq";

    /** The sequence's INCREMENT BY: how many ids one SELECT of the sequence reserves. */
    public static final int BLOCK_SIZE = 20;

    private ShopIds() {
    }
}
