-- A library's lending desk: titles with the copies left on the shelf, and the loans readers took home.
create table title (
    id     bigint ${identity} primary key,
    name   varchar(200) not null,
    copies int          not null check (copies >= 0)
);

-- A loan of a title that does not exist is refused here, by the foreign key: the use case does not look first.
create table loan (
    id       bigint ${identity} primary key,
    title_id bigint       not null references title (id),
    reader   varchar(100) not null
);
