-- The first change made by migrations on a database that predates them.
create table reservation (
    id      bigint ${identity} primary key,
    book_id bigint not null references book (id)
);
