-- Contract: no release reads or writes name any more.
alter table member drop column name;
