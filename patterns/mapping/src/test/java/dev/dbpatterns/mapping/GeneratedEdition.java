package dev.dbpatterns.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;

/**
 * The book table mapped the Hibernate-only way, for the defaults lesson: {@code @Generated} makes
 * Hibernate leave the column out of the INSERT and read the database's value back.
 * {@code @ColumnDefault} only feeds DDL that Hibernate would generate; Flyway's schema has the
 * default already. Neither may go on the domain's Book, which knows no Hibernate type.
 */
// tag::generated[]
@Entity
@Table(name = "book")
class GeneratedEdition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "author_id", nullable = false)
    Long authorId;

    @Column(nullable = false, length = 17)
    String isbn;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "price_amount", nullable = false, precision = 8, scale = 2)
    BigDecimal priceAmount;

    @Column(name = "price_currency", nullable = false, length = 3)
    String priceCurrency;

    @Generated
    @ColumnDefault("true")
    @Column(name = "in_print", nullable = false)
    Boolean inPrint;

    @Generated
    @ColumnDefault("1")
    @Column(nullable = false)
    Integer edition;
}
// end::generated[]
