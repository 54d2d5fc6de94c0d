package dev.dbpatterns.requestscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bookshop's HTTP API in one style, over real HTTP: a session per request, always closed; bad input refused
 * before any SQL; a transaction per use case. The server runs for the whole class, on the class's recorded pool.
 */
@DatabaseTest(poolSize = BookshopApiContract.POOL_SIZE)
abstract class BookshopApiContract {
    static final int POOL_SIZE = 5;
    private static final int REQUESTS = 500;
    private static final int CLIENTS = 8;

    private LessonDatabase db;
    private ShopServer server;

    /** This style's shops on the given pool. */
    protected abstract ShopStyle style(DataSource pool);

    @BeforeEach
    void start(LessonDatabase db) {
        this.db = db;
        this.server = db.shared("server", pool -> new ShopServer(pool, this::style));
        server.leases.reset();
    }

    private long book(String title, int stock) {
        return db.insert("insert into book (title, price_cents, stock) values (?, ?, ?)", title, 1_250, stock);
    }

    // tag::always-closed[]
    @Test
    @DisplayName("500 mixed requests from 8 clients, 200s, 400s, 404s and 500s among them: every session closed, the pool's"
            + " active connections back to 0, and the server never held more connections than the pool has")
    void oneSessionPerRequestAlwaysClosed() throws Exception {
        long dune = book("Dune", 1_000_000);
        List<String> kinds = List.of("book", "missing", "not-a-number", "search", "order-for-no-book");
        Map<Integer, Integer> statuses = new TreeMap<>();

        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String kind = kinds.get(i % kinds.size());
                sent.add(clients.submit(() -> switch (kind) {
                    case "book" -> server.http.get("/books/" + dune).statusCode();
                    case "missing" -> server.http.get("/books/" + (dune + 1_000)).statusCode();
                    case "not-a-number" -> server.http.get("/books/dune").statusCode();
                    case "search" -> server.http.get("/books?title=un&limit=5").statusCode();
                    default -> server.http.post("/orders", HttpShop.order("Ann", dune + 1_000, 1)).statusCode(); // the foreign key refuses it
                }));
            }
            for (Future<Integer> request : sent) {
                statuses.merge(request.get(HttpShop.SAFETY_NET.toSeconds(), TimeUnit.SECONDS), 1, Integer::sum);
            }
        }

        int each = REQUESTS / kinds.size();
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 2 * each, 404, each, 400, each, 500, each));
        Workers.until(() -> "every connection back in the pool", () -> db.activeConnections() == 0);
        assertThat(server.leases.held()).as("connections the server still holds").isZero();
        assertThat(server.leases.most()).as("most connections the server held at once").isBetween(1, POOL_SIZE);
    }
    // end::always-closed[]

    // tag::refused[]
    @Test
    @DisplayName("a missing book is a 404 after one SELECT; a non-numeric id, an oversized page and an order for 0 copies are"
            + " 400s with nothing sent to the database")
    void badInputRefusedBeforeAnySql() {
        long missing = book("Dune", 1) + 1_000;
        db.sql().reset();

        assertThat(server.http.get("/books/dune").statusCode()).isEqualTo(400);
        assertThat(server.http.get("/books?title=a&limit=51").statusCode()).isEqualTo(400);
        assertThat(server.http.post("/orders", HttpShop.order("Ann", 1, 0)).statusCode()).isEqualTo(400);
        db.sql().expect("three refused requests").nothingSent();
        assertThat(server.leases.borrowed()).as("connections borrowed for them").isZero();

        HttpResponse<String> notFound = server.http.get("/books/" + missing);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("BookNotFoundException");
        db.sql().expect("a missing book").selects(1);
    }
    // end::refused[]

    @Test
    @DisplayName("a book's page and a search answer 200 with what the database holds")
    void reads() {
        long dune = book("Dune", 3);
        book("Dune Messiah", 2);
        book("Emma", 1);
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 5, "Spice");

        HttpResponse<String> page = server.http.get("/books/" + dune);
        HttpResponse<String> search = server.http.get("/books?title=DUNE&limit=10");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"title\":\"Dune\"", "\"stock\":3", "\"reviews\":[\"Spice\"]");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("Dune", "Dune Messiah").doesNotContain("Emma");
    }

    // tag::half-way[]
    @Test
    @DisplayName("an order whose second line is sold out is a 409 and leaves nothing behind: no order, no line, the stock of"
            + " the first line's book untouched")
    void orderFailingHalfWayLeavesNothing() {
        long dune = book("Dune", 5);
        long emma = book("Emma", 1);

        HttpResponse<String> refused = server.http.post("/orders", "{\"customer\":\"Ann\",\"lines\":["
                + "{\"bookId\":" + dune + ",\"quantity\":2},{\"bookId\":" + emma + ",\"quantity\":3}]}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(db.queryForLong("select count(*) from book_order where customer = 'Ann'")).as("orders").isZero();
        assertThat(db.queryForLong("select count(*) from order_line where book_id in (?, ?)", dune, emma)).as("lines").isZero();
        assertThat(db.queryForLong("select stock from book where id = ?", dune)).isEqualTo(5);
    }
    // end::half-way[]

    @Test
    @DisplayName("an order that can be served is a 201: its head, its lines and the stock taken, all committed")
    void orderPlaced() {
        long dune = book("Dune", 5);
        long emma = book("Emma", 1);

        HttpResponse<String> placed = server.http.post("/orders", "{\"customer\":\"Bea\",\"lines\":["
                + "{\"bookId\":" + dune + ",\"quantity\":2},{\"bookId\":" + emma + ",\"quantity\":1}]}");

        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(placed.body()).contains("orderId");
        assertThat(db.queryForLong("select count(*) from order_line l join book_order o on o.id = l.order_id"
                + " where o.customer = 'Bea'")).isEqualTo(2);
        assertThat(db.queryForList(Long.class, "select stock from book where id in (?, ?) order by id", dune, emma))
                .containsExactly(3L, 0L);
    }
}
