create table book (
    id    bigint ${identity} primary key,
    title varchar(200) not null
);
