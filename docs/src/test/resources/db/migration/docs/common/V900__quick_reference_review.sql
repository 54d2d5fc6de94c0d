-- For the quick reference's Hibernate batch insert: an id from a sequence, which Hibernate can
-- allocate before the INSERT (50 at a time, matching allocationSize), so the INSERTs can be batched.
-- Book's identity column cannot: its id exists only once its INSERT has run.
create sequence review_seq start with 1 increment by 50;

create table review (
    id      bigint       primary key,
    book_id bigint       not null,
    stars   int          not null,
    constraint review_book_fk foreign key (book_id) references book (id)
);
