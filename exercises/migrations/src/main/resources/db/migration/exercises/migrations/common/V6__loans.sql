-- TODO(task 3): this script, as it was found, works on PostgreSQL, whose DDL is transactional.
--   On MariaDB (and H2) each DDL statement commits on its own: when the last statement fails (two
--   members share an e-mail address), the table and the index stay, Flyway records V6 as failed, and
--   after the data is fixed and repair() run, migrate() fails again on "table loan already exists".
--   Make it recoverable there: split it into migrations that each fail or succeed as a whole
--   (V6_1__unique_email.sql is there for it), or make every statement idempotent. Keep what it creates.
create table loan (
    id        bigint ${identity} primary key,
    member_id bigint      not null,
    isbn      varchar(17) not null,
    due_on    date        not null,
    constraint loan_member foreign key (member_id) references member (id)
);
create index loan_by_due_date on loan (due_on);
alter table member add constraint member_email_unique unique (email);
