-- Switch: release N is gone. Nothing copies any more, and full_name is now required.
drop trigger member_names_on_insert;
drop trigger member_names_on_update;
alter table member alter column full_name set not null;
