-- Written by hand from the next release's draft (SchemaDraftLesson): of its create table, only
-- the column the schema lacks, added to the table the migrations already made.
alter table book add subtitle varchar(200);
