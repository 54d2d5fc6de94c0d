create table hold (
    id bigint ${identity} primary key
);
