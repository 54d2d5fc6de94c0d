-- Split from the unique e-mail (V6_1): on MariaDB and H2 each DDL statement commits on its own, so a
-- migration must be all-or-nothing by holding a single change that can fail. If V6_1 fails, V6 stays
-- applied, and repair() + migrate() run V6_1 alone once the data is fixed.
create table loan (
    id        bigint ${identity} primary key,
    member_id bigint      not null,
    isbn      varchar(17) not null,
    due_on    date        not null,
    constraint loan_member foreign key (member_id) references member (id)
);
create index loan_by_due_date on loan (due_on);
