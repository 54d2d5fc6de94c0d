-- A climbing club: its members, and the log of every attempt to join (kept even when one fails).
create table club_member (
    id       bigint ${identity} primary key,
    email    varchar(200) not null,
    name     varchar(200) not null,
    nickname varchar(100),
    constraint club_member_email_unique unique (email)
);

create table signup_attempt (
    id    bigint ${identity} primary key,
    email varchar(200) not null
);
