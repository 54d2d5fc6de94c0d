package dev.dbpatterns.archfixtures.cycle.a;

import dev.dbpatterns.archfixtures.cycle.b.Label;

/** Wrong on purpose: a and b depend on each other. */
public record Shelf(Label label) {
}
