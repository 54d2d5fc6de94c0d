create table loan (
    id bigint ${identity} primary key
);
