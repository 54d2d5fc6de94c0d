package dev.dbpatterns.testing;

import dev.dbpatterns.testing.domain.Members;

/**
 * One style's session and transaction, opened by a test the way a request would open it in
 * production: the members on it, and the caller's commit or rollback.
 */
interface ClubSession extends AutoCloseable {

    Members members();

    /** Sends what the session still holds (Hibernate's pending changes); MyBatis has sent everything already. */
    void flush();

    void commit();

    void rollback();

    @Override
    void close();
}
