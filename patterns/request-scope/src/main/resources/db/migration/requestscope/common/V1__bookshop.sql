-- A bookshop: books with their stock and reviews, and the orders placed over HTTP.
create table book (
    id          bigint ${identity} primary key,
    title       varchar(200) not null,
    price_cents int          not null,
    stock       int          not null check (stock >= 0)
);

create table review (
    id      bigint ${identity} primary key,
    book_id bigint       not null references book (id),
    stars   int          not null,
    text    varchar(500) not null
);

create table book_order (
    id       bigint ${identity} primary key,
    customer varchar(100) not null
);

-- A line for a book that does not exist is refused here, by the foreign key: the use case does not look first.
create table order_line (
    id       bigint ${identity} primary key,
    order_id bigint not null references book_order (id),
    book_id  bigint not null references book (id),
    quantity int    not null
);
