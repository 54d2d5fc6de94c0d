-- Expand: both releases run on this schema. full_name is added nullable and filled from name; name may be
-- left out now (release N+1 never writes it); the triggers copy whichever side a release wrote.
alter table member add full_name varchar(100);
update member set full_name = name;
alter table member alter column name set null;
create trigger member_names_on_insert before insert on member for each row
    call 'dev.dbpatterns.exercises.migrations.h2.NamesInStep';
create trigger member_names_on_update before update on member for each row
    call 'dev.dbpatterns.exercises.migrations.h2.NamesInStep';
