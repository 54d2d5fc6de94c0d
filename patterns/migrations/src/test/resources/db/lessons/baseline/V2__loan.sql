create table loan (
    id      bigint ${identity} primary key,
    book_id bigint not null references book (id)
);
