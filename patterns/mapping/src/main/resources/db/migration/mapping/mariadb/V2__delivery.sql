-- A delivery of copies: one column of each everyday type. MariaDB has no timestamp with time zone:
-- its timestamp converts from the session's time zone to UTC and back (and ends in 2038), so
-- instants go in datetime(6), which Hibernate fills in UTC. uuid is a type of its own since 10.7.
create table delivery (
    id           uuid          primary key,
    supplier     varchar(40)   not null,
    copies       int           not null,
    unit_cost    numeric(8, 2) not null,
    received_on  date          not null,
    received_at  datetime(6)   not null,
    signed_at    datetime(6)   not null,
    promised_for datetime(6)   not null,
    status       varchar(20)   not null,
    paid         boolean       not null
);
