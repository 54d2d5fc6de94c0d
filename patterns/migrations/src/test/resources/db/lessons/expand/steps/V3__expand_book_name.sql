-- Expand: the new column beside the old, nullable, so the running release's inserts still work.
alter table book add name varchar(200);
