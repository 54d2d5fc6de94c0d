-- The typo fixed in place, after V2 was applied: what never reaches a database V2 already ran on.
alter table book add shelf varchar(20) default 'unsorted' not null;
