-- Expand: both releases run on this schema. full_name is added nullable and filled from name; name may be
-- left out now (release N+1 never writes it); the trigger copies whichever side a release wrote.
alter table member add column full_name varchar(100);
update member set full_name = name;
alter table member alter column name drop not null;

create function member_names_in_step() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.full_name := coalesce(new.full_name, new.name);
        new.name := coalesce(new.name, new.full_name);
    elsif new.name is distinct from old.name then
        new.full_name := new.name;
    elsif new.full_name is distinct from old.full_name then
        new.name := new.full_name;
    end if;
    return new;
end
$$;

create trigger member_names_in_step before insert or update on member
    for each row execute function member_names_in_step();
