package dev.dbpatterns.requestscope;

import dev.dbpatterns.requestscope.domain.Bookshop;
import java.util.function.Supplier;

/** One style built on a pool: a shop per request, and what to close when the server stops. */
interface ShopStyle extends Supplier<Bookshop>, AutoCloseable {
    @Override
    default void close() {
    }
}
