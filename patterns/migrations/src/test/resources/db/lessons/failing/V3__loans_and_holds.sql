-- Two tables, then a statement that fails: what is left of the first two depends on whether
-- the database can roll DDL back.
create table loan (
    id      bigint ${identity} primary key,
    book_id bigint not null references book (id)
);
create table hold (
    id      bigint ${identity} primary key,
    book_id bigint not null references book (id)
);
insert into no_such_table (id) values (1);
