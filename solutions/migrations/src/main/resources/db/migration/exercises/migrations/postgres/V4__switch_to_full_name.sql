-- Switch: release N is gone. Nothing copies any more, and full_name is now required.
drop trigger member_names_in_step on member;
drop function member_names_in_step();
alter table member alter column full_name set not null;
