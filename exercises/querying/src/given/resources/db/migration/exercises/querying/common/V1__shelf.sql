-- Authors and their books. Ids: the identity placeholder becomes each database's identity clause.
create table author (
    id   bigint ${identity} primary key,
    name varchar(200) not null
);

create table book (
    id             bigint ${identity} primary key,
    title          varchar(300) not null,
    author_id      bigint       not null,
    published_year int          not null,
    constraint book_author_fk foreign key (author_id) references author (id)
);

create index book_author_idx on book (author_id);
create index book_year_id_idx on book (published_year, id);
