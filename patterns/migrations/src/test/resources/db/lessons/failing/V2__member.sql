create table member (
    id   bigint ${identity} primary key,
    name varchar(50) not null
);
