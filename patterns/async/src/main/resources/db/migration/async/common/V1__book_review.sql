-- A shop's books and their reviews: the one-to-many a detached entity cannot follow.
create table book (
    id    bigint ${identity} primary key,
    title varchar(200) not null
);

create table review (
    id      bigint ${identity} primary key,
    book_id bigint       not null references book (id),
    stars   int          not null,
    text    varchar(500) not null
);
