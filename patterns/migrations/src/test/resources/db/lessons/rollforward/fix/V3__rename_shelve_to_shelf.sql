-- Rolling forward: the fix is a migration of its own, so every database that ran V2 gets it too.
alter table book rename column shelve to shelf;
