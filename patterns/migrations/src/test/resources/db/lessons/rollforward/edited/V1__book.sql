-- The catalogue as first shipped: a book is its ISBN and its title.
create table book (
    id    bigint ${identity} primary key,
    isbn  varchar(20)  not null,
    title varchar(200) not null,
    constraint book_isbn_unique unique (isbn)
);
