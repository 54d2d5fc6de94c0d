package dev.dbpatterns.migrations;

import dev.dbpatterns.migrations.releases.CatalogueRelease;
import dev.dbpatterns.migrations.releases.RunningRelease;
import dev.dbpatterns.migrations.releases.Style;
import dev.dbpatterns.migrations.releases.renamed.Renamed;
import dev.dbpatterns.migrations.releases.writesboth.WritesBoth;
import javax.sql.DataSource;

/**
 * The releases of the catalogue that live through renaming book.title to book.name, each written
 * in both styles: N is this module's main code, the later ones are in {@code releases}.
 */
enum Release {
    /** This module's main code: reads and writes title. */
    N("N", "title only"),
    /** Writes title and name; reads the name, else the title (a book no release has named yet). */
    WRITES_BOTH("N+1", "writes both"),
    /** Reads and writes name only: the rename done. */
    RENAMED("N+2", "name only");

    private final String label;
    private final String summary;

    Release(String label, String summary) {
        this.label = label;
        this.summary = summary;
    }

    /**
     * Starts this release on the schema as migrated now, as an instance of it would start: Hibernate
     * validates its entity, MyBatis prepares its statements. A schema it cannot run on throws here.
     */
    RunningRelease start(Style style, DataSource dataSource) {
        return switch (this) {
            case N -> style == Style.HIBERNATE ? CatalogueRelease.hibernate(dataSource) : CatalogueRelease.myBatis(dataSource);
            case WRITES_BOTH -> WritesBoth.CLASSES.start(style, dataSource);
            case RENAMED -> Renamed.CLASSES.start(style, dataSource);
        };
    }

    /** "N+1 (writes both)": how the lessons' tables and messages name it. */
    String title() {
        return label + " (" + summary + ")";
    }

    @Override
    public String toString() {
        return label;
    }
}
