-- Contract: only once no running release reads or writes title any more (N+2 alone).
alter table book drop column title;
