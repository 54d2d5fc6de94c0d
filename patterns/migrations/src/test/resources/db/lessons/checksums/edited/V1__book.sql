-- Edited after it was applied, to make titles longer: the wrong way to change a schema.
create table book (
    id    bigint ${identity} primary key,
    title varchar(300) not null,
    shelf varchar(20)  not null
);
