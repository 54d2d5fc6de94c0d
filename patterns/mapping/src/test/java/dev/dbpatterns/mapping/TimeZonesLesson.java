package dev.dbpatterns.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.mapping.domain.Bookshop;
import dev.dbpatterns.mapping.domain.Delivery;
import dev.dbpatterns.mapping.domain.DeliveryStatus;
import dev.dbpatterns.mapping.hibernate.HibernateBookshop;
import dev.dbpatterns.mapping.hibernate.HibernateSetup;
import dev.dbpatterns.mapping.mybatis.MyBatisBookshop;
import dev.dbpatterns.mapping.mybatis.MyBatisSetup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A moment survives every database; what else comes back with it does not. "timestamp with time
 * zone" keeps the offset only on H2; PostgreSQL stores the moment in UTC and forgets the offset;
 * MariaDB has no such type at all, and
 * what MyBatis reads there depends on the JVM's time zone. And every target keeps microseconds, not nanoseconds.
 */
@DatabaseTest
@DisplayName("Time zones and precision: what each database gives back")
class TimeZonesLesson {
    private static final ZoneOffset PARIS_SUMMER = ZoneOffset.ofHours(2);
    private static final OffsetDateTime SIGNED = OffsetDateTime.of(2026, 6, 1, 11, 20, 0, 0, PARIS_SUMMER);
    private static final Instant RECEIVED = Instant.parse("2026-06-01T09:15:30.123456789Z");

    private Bookshop mybatis;
    private Bookshop hibernate;
    private DatabaseTarget target;

    @BeforeEach
    void setUp(LessonDatabase db) {
        target = db.target();
        Shelf.empty(db);
        mybatis = new MyBatisBookshop(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
        hibernate = new HibernateBookshop(db.shared("hibernate", HibernateSetup::sessionFactory));
    }

    private static Delivery signedInParis() {
        return new Delivery(UUID.randomUUID(), "Hachette", 3, new BigDecimal("4.20"), LocalDate.of(2026, 6, 1),
                RECEIVED, SIGNED, LocalDateTime.of(2026, 6, 2, 8, 0), DeliveryStatus.RECEIVED, false);
    }

    private static Delivery roundTrip(Bookshop shop) {
        return shop.findDelivery(shop.add(signedInParis()).id()).orElseThrow();
    }

    // tag::offsets[]
    @Test
    @DisplayName("MyBatis: 11:20+02:00 comes back as the same moment; the offset survives on H2 only")
    void myBatisOffset() {
        OffsetDateTime read = roundTrip(mybatis).signedAt();

        assertThat(read.toInstant()).isEqualTo(SIGNED.toInstant());
        assertThat(read.getOffset()).isEqualTo(offsetReadBack(target, "mybatis"));
    }

    @Test
    @DisplayName("Hibernate: the same moment too; the offset it gives back is its own choice per database")
    void hibernateOffset() {
        OffsetDateTime read = roundTrip(hibernate).signedAt();

        assertThat(read.toInstant()).isEqualTo(SIGNED.toInstant());
        assertThat(read.getOffset()).isEqualTo(offsetReadBack(target, "hibernate"));
    }
    // end::offsets[]

    // tag::offset-table[]
    /**
     * H2 stores the offset. PostgreSQL stores the moment in UTC and its driver reads it as UTC.
     * MariaDB's datetime stores no zone at all: Hibernate writes and reads it in UTC, MyBatis (the
     * driver) in the JVM's time zone, so the offset that comes back depends on the machine.
     */
    private static ZoneOffset offsetReadBack(DatabaseTarget target, String style) {
        return switch (target) {
            case H2 -> PARIS_SUMMER;
            case POSTGRES -> ZoneOffset.UTC;
            case MARIADB -> style.equals("hibernate") ? ZoneOffset.UTC
                    : ZoneId.systemDefault().getRules().getOffset(SIGNED.toInstant());
        };
    }
    // end::offset-table[]

    // tag::precision[]
    @Test
    @DisplayName("nanoseconds do not survive: H2 and PostgreSQL round .123456789 to .123457, MariaDB cuts it to .123456")
    void microseconds() {
        Instant kept = target == DatabaseTarget.MARIADB
                ? Instant.parse("2026-06-01T09:15:30.123456Z")
                : Instant.parse("2026-06-01T09:15:30.123457Z");

        assertThat(roundTrip(mybatis).receivedAt()).isEqualTo(kept);
        assertThat(roundTrip(hibernate).receivedAt()).isEqualTo(kept);
    }
    // end::precision[]
}
