package dev.dbpatterns.migrations.releases;

/** The two styles every release of the catalogue is written in. */
public enum Style {
    MYBATIS("MyBatis"),
    HIBERNATE("Hibernate");

    private final String title;

    Style(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
