-- A shop's books, the warehouse's count of each, and the reviews readers wrote.
create table book (
    id    bigint ${identity} primary key,
    title varchar(200) not null
);

create table warehouse (
    book_id bigint primary key references book (id),
    copies  int not null
);

create table review (
    id      bigint ${identity} primary key,
    book_id bigint       not null references book (id),
    stars   int          not null check (stars between 1 and 5),
    text    varchar(500) not null
);

-- How long the warehouse takes to count a book, in milliseconds: 0, except where a test makes it slow. The view
-- stock (V2) reads the count through pause(), so a slow count keeps its statement running on the server.
create table warehouse_latency (
    ms bigint not null
);
insert into warehouse_latency (ms) values (0);
