-- The bookshop: authors write books, books carry tags. Portable SQL (MariaDB 10.3 and later have sequences).
-- Ids: the identity placeholder becomes each database's identity-column clause (lesson-kit Migrations).
create table author (
    id   bigint ${identity} primary key,
    name varchar(100) not null,
    constraint author_name_unique unique (name)
);

-- Tags take their ids from a sequence, asked for before the INSERT: the one kind of id that lets
-- Hibernate batch the inserts. One value stands for a block of 50 ids (Hibernate's pooled optimizer).
create sequence tag_id_seq start with 1 increment by 50;

create table tag (
    id   bigint      primary key,
    name varchar(40) not null,
    constraint tag_name_unique unique (name)
);

-- price_amount and price_currency are one value object, Money. in_print and edition have
-- database defaults: what each style does with them is a lesson.
create table book (
    id             bigint ${identity} primary key,
    author_id      bigint        not null,
    isbn           varchar(17)   not null,
    title          varchar(200)  not null,
    price_amount   numeric(8, 2) not null,
    price_currency varchar(3)    not null,
    in_print       boolean       default true not null,
    edition        int           default 1 not null,
    constraint book_isbn_unique unique (isbn),
    constraint book_author_fk foreign key (author_id) references author (id)
);

create index book_author_idx on book (author_id);

-- Many-to-many: a row per (book, tag).
create table book_tag (
    book_id bigint not null,
    tag_id  bigint not null,
    primary key (book_id, tag_id),
    constraint book_tag_book_fk foreign key (book_id) references book (id),
    constraint book_tag_tag_fk foreign key (tag_id) references tag (id)
);

create index book_tag_tag_idx on book_tag (tag_id);
