create table member (
    id bigint ${identity} primary key
);
