-- The default is the database's: rows already there get it as the column is added, and so does every
-- INSERT that leaves the column out (release N-1, still running while N rolls out). NOT NULL: no member
-- is ever without a limit.
alter table member add loan_limit integer default 3 not null;
