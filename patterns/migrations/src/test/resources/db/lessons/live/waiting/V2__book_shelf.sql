-- Needs an ACCESS EXCLUSIVE lock on book for a moment; it waits for every transaction that has
-- touched the table, and every new reader waits behind it.
alter table book add column shelf varchar(20);
