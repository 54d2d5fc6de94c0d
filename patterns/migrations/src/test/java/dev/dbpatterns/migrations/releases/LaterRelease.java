package dev.dbpatterns.migrations.releases;

import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The classes of a release after N, in test sources because no release but N is this module's main
 * code: its entity, which its MyBatis mapper maps too, the mapper, and how its books become the
 * listings the lessons compare.
 *
 * @param <B> the release's book
 */
public record LaterRelease<B>(Class<B> entity, Class<?> mapper, Function<Listing, B> book, Function<B, Listing> listing) {

    public RunningRelease start(Style style, DataSource dataSource) {
        return style == Style.HIBERNATE ? HibernateRelease.start(dataSource, this) : MyBatisRelease.start(dataSource, this);
    }
}
