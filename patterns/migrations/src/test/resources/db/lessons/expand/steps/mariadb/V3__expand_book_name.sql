-- Expand: the new column beside the old, nullable, so release N's inserts (title only) still work;
-- and title nullable, so release N+2's inserts (name only) work while title is still there.
-- MariaDB relaxes a column by restating it (MODIFY), and commits each DDL statement on its own:
-- one statement, so a failure cannot leave half of the expand applied.
alter table book add name varchar(200), modify title varchar(200) null;
