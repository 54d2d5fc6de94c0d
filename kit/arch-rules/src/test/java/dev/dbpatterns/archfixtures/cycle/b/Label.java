package dev.dbpatterns.archfixtures.cycle.b;

import dev.dbpatterns.archfixtures.cycle.a.Shelf;

public record Label(String text) {
    public Shelf on() {
        return new Shelf(this);
    }
}
