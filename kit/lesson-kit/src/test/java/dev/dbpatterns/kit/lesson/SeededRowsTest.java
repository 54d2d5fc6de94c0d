package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeededRowsTest {
    @Test
    void aRowIsFoundByItsName() {
        SeededRows rows = new SeededRows("on the shelf");
        assertThat(rows.add("Dune", 7)).isEqualTo(7);
        rows.add("Mort", 9);
        assertThat(rows.id("Dune")).isEqualTo(7);
        assertThat(rows.id("Mort")).isEqualTo(9);
    }

    @Test
    void aNameNeverSeededIsRefusedWithTheNamesThereAre() {
        SeededRows rows = new SeededRows("on the shelf");
        rows.add("Dune", 7);
        assertThatThrownBy(() -> rows.id("Emma"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not on the shelf: Emma; there are [Dune]");
    }
}
