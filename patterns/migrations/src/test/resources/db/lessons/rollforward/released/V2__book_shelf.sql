-- Released with a typo: the column is called shelve, and release 2 of the catalogue reads shelf.
alter table book add shelve varchar(20) default 'unsorted' not null;
