package dev.dbpatterns.kit.lesson;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids a seed fixture's rows got, by the names its tests know them by ("Dune", "Ada"): a test
 * says which book it means, never which number the database happened to give it.
 */
public final class SeededRows {
    private final String where;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    /** @param where how a missing name's message places the rows: "on the shelf", "in the shop" */
    public SeededRows(String where) {
        this.where = where;
    }

    /** Remembers the row's id under its name, and returns the id. */
    public long add(String name, long id) {
        ids.put(name, id);
        return id;
    }

    public long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("Not " + where + ": " + name + "; there are " + ids.keySet());
        }
        return id;
    }
}
