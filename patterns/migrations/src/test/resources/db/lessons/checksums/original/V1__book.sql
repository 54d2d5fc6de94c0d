create table book (
    id    bigint ${identity} primary key,
    title varchar(200) not null,
    shelf varchar(20)  not null
);
