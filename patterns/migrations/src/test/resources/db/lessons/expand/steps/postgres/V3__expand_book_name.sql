-- Expand: the new column beside the old, nullable, so release N's inserts (title only) still work;
-- and title nullable, so release N+2's inserts (name only) work while title is still there.
-- One ALTER TABLE takes the table's lock once for both changes.
alter table book add name varchar(200), alter column title drop not null;
