-- The shop floor: shelves, and where each title stands on them. Portable SQL, the same on H2,
-- PostgreSQL and MariaDB.
--
-- The keys are natural: a shelf is known by the code painted on it, a title by its ISBN, and each
-- title stands in one place in the shop. So every key is known before its row is inserted, which
-- is what lets a unit of work send its INSERTs as JDBC batches (an identity column's value is
-- known only after each INSERT has run).
create table shelf (
    code  varchar(10)  primary key,
    label varchar(100) not null
);

-- A placement names its shelf: it cannot be written before that shelf, and the shelf cannot be
-- deleted while a placement still names it. That is the order a unit of work has to keep.
create table placement (
    isbn       varchar(17)  primary key,
    title      varchar(300) not null,
    shelf_code varchar(10)  not null,
    slot       int          not null,
    constraint placement_shelf_fk foreign key (shelf_code) references shelf (code),
    constraint placement_slot_positive check (slot > 0)
);

create index placement_shelf_idx on placement (shelf_code);
