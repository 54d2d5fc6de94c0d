-- Contract: only once no running release reads title any more.
alter table book drop column title;
