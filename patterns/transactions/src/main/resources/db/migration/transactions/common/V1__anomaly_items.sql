-- The two rows every isolation-anomaly scenario starts from, as in the Hermitage test suite:
-- (1, 10) and (2, 20). Plain integers and no identity, so the same script runs everywhere.
create table item (
    id       integer primary key,
    quantity integer not null
);
