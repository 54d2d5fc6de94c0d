-- The shop a business transaction changes: customers earn loyalty points, books are taken
-- from stock, an order is written with its lines. Portable SQL: the same on H2, PostgreSQL
-- and MariaDB (10.3 and later have sequences).

-- Every id comes from this one sequence, asked for before the INSERT, so that inserts can be
-- sent as JDBC batches (an identity column is known only after each INSERT has run).
-- One value reserves a block of 20 ids, from that value up: the MyBatis unit of work and
-- Hibernate's pooled-lo optimizer read it the same way, so one SELECT serves 20 new rows.
create sequence shop_id_seq start with 1 increment by 20;

create table customer (
    id             bigint       primary key,
    name           varchar(200) not null,
    loyalty_points int          not null,
    constraint customer_points_not_negative check (loyalty_points >= 0)
);

-- A book's stock is changed by every buyer at once, so it carries a version: an UPDATE from a
-- unit of work that loaded an older version matches no row, and the unit is refused.
create table book (
    id       bigint        primary key,
    isbn     varchar(17)   not null,
    title    varchar(300)  not null,
    price    numeric(8, 2) not null,
    in_stock int           not null,
    version  int           not null,
    constraint book_isbn_unique unique (isbn),
    constraint book_in_stock_not_negative check (in_stock >= 0)
);

-- "order" is a reserved word in SQL.
create table orders (
    id          bigint         primary key,
    customer_id bigint         not null,
    total       numeric(10, 2) not null,
    constraint orders_customer_fk foreign key (customer_id) references customer (id)
);

create table order_line (
    id         bigint        primary key,
    order_id   bigint        not null,
    book_id    bigint        not null,
    copies     int           not null,
    unit_price numeric(8, 2) not null,
    constraint order_line_order_fk foreign key (order_id) references orders (id),
    constraint order_line_book_fk foreign key (book_id) references book (id),
    constraint order_line_copies_positive check (copies > 0)
);

create index order_line_order_idx on order_line (order_id);
create index order_line_book_idx on order_line (book_id);
create index orders_customer_idx on orders (customer_id);
