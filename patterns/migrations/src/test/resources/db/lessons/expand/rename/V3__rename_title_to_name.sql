-- The rename in one step: right for the next release, wrong for the one still running.
alter table book rename column title to name;
