package dev.dbpatterns.kit.lesson;

import dev.dbpatterns.kit.targets.Target;

/**
 * A database a lesson can run on, as lessons receive it. Names, order and descriptions are
 * kit/targets' {@link Target}: one vocabulary for lesson-kit and the learn CLI.
 */
public enum DatabaseTarget {
    H2(Target.H2),
    POSTGRES(Target.POSTGRES),
    MARIADB(Target.MARIADB);

    private final Target target;

    DatabaseTarget(Target target) {
        this.target = target;
    }

    public static DatabaseTarget of(Target target) {
        return valueOf(target.name());
    }

    public Target target() {
        return target;
    }

    /** The short name used in CATALOG_DB, folder names and lesson output: h2, postgres, mariadb. */
    public String id() {
        return target.id();
    }

    public String displayName() {
        return target.displayName();
    }

    /** Whether the target is a server that must be reached, rather than embedded in the JVM. */
    public boolean isServer() {
        return target.isServer();
    }
}
