-- The bookshop: authors and their books. A book names its author by id.
-- Ids: the identity placeholder becomes each database's identity-column clause (lesson-kit Migrations).
create table author (
    id   bigint ${identity} primary key,
    name varchar(200) not null
);

create table book (
    id             bigint ${identity} primary key,
    isbn           varchar(17)  not null,
    title          varchar(300) not null,
    author_id      bigint       not null,
    genre          varchar(30)  not null,
    price          numeric(8, 2) not null,
    published_year int          not null,
    constraint book_isbn_unique unique (isbn),
    constraint book_author_fk foreign key (author_id) references author (id)
);

create index book_author_idx on book (author_id);
