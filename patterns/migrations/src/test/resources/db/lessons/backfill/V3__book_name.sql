-- Expand: the new column, empty; V4 (a Java migration) fills it in batches.
alter table book add name varchar(200);
