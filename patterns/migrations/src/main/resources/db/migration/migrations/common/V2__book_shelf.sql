-- The second release shelves books: a column with a default, so rows of the first release
-- (and an application of the first release still inserting without it) keep working.
alter table book add shelf varchar(20) default 'unsorted' not null;
