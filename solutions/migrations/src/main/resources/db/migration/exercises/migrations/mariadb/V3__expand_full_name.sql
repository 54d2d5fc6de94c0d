-- Expand: both releases run on this schema. full_name is added nullable and filled from name; name may be
-- left out now (release N+1 never writes it); the triggers copy whichever side a release wrote.
-- Each trigger is one SET statement, so no BEGIN … END and no DELIMITER.
alter table member add column full_name varchar(100);
update member set full_name = name;
alter table member modify name varchar(100) null;

create trigger member_names_on_insert before insert on member for each row
    set new.full_name = coalesce(new.full_name, new.name),
        new.name = coalesce(new.name, new.full_name);

-- The assignments run in order: a changed name is copied first, and then the second finds full_name
-- changed and copies it back, the same value.
create trigger member_names_on_update before update on member for each row
    set new.full_name = if(new.name <=> old.name, new.full_name, new.name),
        new.name = if(new.full_name <=> old.full_name, new.name, new.full_name);
