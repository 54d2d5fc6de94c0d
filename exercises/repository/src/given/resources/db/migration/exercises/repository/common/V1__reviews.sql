-- Books, and the reviews readers write of them: one review per reader and book.
create table book (
    id    bigint ${identity} primary key,
    isbn  varchar(17)  not null,
    title varchar(300) not null,
    constraint book_isbn_unique unique (isbn)
);

create table review (
    id        bigint ${identity} primary key,
    book_id   bigint        not null,
    reader    varchar(100)  not null,
    rating    int           not null,
    body      varchar(2000) not null,
    posted_on date          not null,
    constraint review_rating_range check (rating between 1 and 5),
    constraint review_book_reader_unique unique (book_id, reader),
    constraint review_book_fk foreign key (book_id) references book (id)
);
