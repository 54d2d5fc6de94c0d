-- Once every running instance writes both columns: copy what only the old one holds.
update book set name = title where name is null;
