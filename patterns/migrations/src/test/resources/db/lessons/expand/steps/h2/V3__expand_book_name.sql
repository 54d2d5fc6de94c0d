-- Expand: the new column beside the old, nullable, so release N's inserts (title only) still work;
-- and title nullable, so release N+2's inserts (name only) work while title is still there.
-- H2 takes one change per ALTER TABLE here; it commits each anyway.
alter table book add name varchar(200);
alter table book alter column title drop not null;
