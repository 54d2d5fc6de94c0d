-- A delivery of copies: one column of each everyday type. received_at and signed_at are instants,
-- stored in the SQL standard's timestamp with time zone; promised_for is a local date-time, without one.
create table delivery (
    id           uuid                        primary key,
    supplier     varchar(40)                 not null,
    copies       int                         not null,
    unit_cost    numeric(8, 2)               not null,
    received_on  date                        not null,
    received_at  timestamp(6) with time zone not null,
    signed_at    timestamp(6) with time zone not null,
    promised_for timestamp(6)                not null,
    status       varchar(20)                 not null,
    paid         boolean                     not null
);
