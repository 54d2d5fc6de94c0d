package dev.dbpatterns.mapping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Copies of a book that a supplier delivered: one field of each everyday column type. */
// tag::typed-columns[]
@Entity
@Table(name = "delivery")
public class Delivery {
    @Id
    private UUID id;                          // uuid, chosen by the application

    @Column(nullable = false, length = 40)
    private String supplier;                  // varchar(40)

    @Column(nullable = false)
    private int copies;

    @Column(name = "unit_cost", nullable = false, precision = 8, scale = 2)
    private BigDecimal unitCost;              // numeric(8, 2)

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;             // date

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;               // a moment: timestamp with time zone

    @Column(name = "signed_at", nullable = false)
    private OffsetDateTime signedAt;          // a moment and the offset it was written in

    @Column(name = "promised_for", nullable = false)
    private LocalDateTime promisedFor;        // a wall-clock time: timestamp without time zone

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, columnDefinition = "varchar(20)")
    private DeliveryStatus status;            // the constant's name, never its position

    @Column(nullable = false)
    private boolean paid;
    // end::typed-columns[]

    protected Delivery() {
    }

    public Delivery(UUID id, String supplier, int copies, BigDecimal unitCost, LocalDate receivedOn, Instant receivedAt,
                    OffsetDateTime signedAt, LocalDateTime promisedFor, DeliveryStatus status, boolean paid) {
        this.id = id;
        this.supplier = supplier;
        this.copies = copies;
        this.unitCost = unitCost;
        this.receivedOn = receivedOn;
        this.receivedAt = receivedAt;
        this.signedAt = signedAt;
        this.promisedFor = promisedFor;
        this.status = status;
        this.paid = paid;
    }

    public UUID id() {
        return id;
    }

    public String supplier() {
        return supplier;
    }

    public int copies() {
        return copies;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public OffsetDateTime signedAt() {
        return signedAt;
    }

    public LocalDateTime promisedFor() {
        return promisedFor;
    }

    public DeliveryStatus status() {
        return status;
    }

    public boolean paid() {
        return paid;
    }
}
