-- The kit's own migration test: one portable script, the identity clause filled in per database.
create table memo (
    id   bigint ${identity} primary key,
    body varchar(100) not null
);
