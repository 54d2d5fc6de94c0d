-- The same change, told to give up rather than stall the application: LOCAL, so the setting ends
-- with the migration's transaction and never reaches the next user of the connection.
set local lock_timeout = '100ms';
alter table book add column shelf varchar(20);
