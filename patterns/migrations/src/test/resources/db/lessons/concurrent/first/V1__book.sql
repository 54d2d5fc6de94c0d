create table book (
    id bigint ${identity} primary key
);
