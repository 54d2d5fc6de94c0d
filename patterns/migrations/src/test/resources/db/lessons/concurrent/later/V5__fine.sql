create table fine (
    id bigint ${identity} primary key
);
