-- Holds readers place on books from the library's website: many at once, each a short call.
-- The code is the one printed on the reader's slip, so a hold placed twice breaks the unique constraint.
create table book_hold (
    id     bigint ${identity} primary key,
    code   varchar(20) not null,
    isbn   varchar(20) not null,
    reader varchar(60) not null,
    constraint book_hold_code_unique unique (code)
);
