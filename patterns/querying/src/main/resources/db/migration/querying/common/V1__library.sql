-- Authors, their books, the books' reviews and tags. A book names its author by id.
-- Ids: the identity placeholder becomes each database's identity-column clause (lesson-kit Migrations).
create table author (
    id   bigint ${identity} primary key,
    name varchar(200) not null
);

create table book (
    id             bigint ${identity} primary key,
    title          varchar(300)  not null,
    author_id      bigint        not null,
    published_year int           not null,
    price          numeric(8, 2) not null,
    constraint book_author_fk foreign key (author_id) references author (id)
);

create index book_author_idx on book (author_id);
-- Keyset paging walks this index: the order by and the seek predicate use the same two columns.
create index book_year_id_idx on book (published_year, id);

create table review (
    id       bigint ${identity} primary key,
    book_id  bigint       not null,
    reviewer varchar(100) not null,
    stars    int          not null,
    constraint review_book_fk foreign key (book_id) references book (id)
);

create index review_book_idx on review (book_id);

create table book_tag (
    book_id bigint      not null,
    tag     varchar(50) not null,
    constraint book_tag_pk primary key (book_id, tag),
    constraint book_tag_book_fk foreign key (book_id) references book (id)
);
