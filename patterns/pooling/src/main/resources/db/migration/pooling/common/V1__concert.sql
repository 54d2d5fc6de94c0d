-- A concert with so many seats left: the one row every buyer of a sold-out show updates, so a
-- lesson can make buyers wait (holding their connections) by locking it.
create table concert (
    id         bigint ${identity} primary key,
    title      varchar(100) not null,
    seats_left int          not null,
    constraint concert_seats_not_negative check (seats_left >= 0)
);
