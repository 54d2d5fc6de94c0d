-- Test data as a migration, in a location only the tests add (src/test/resources): it runs after
-- the module's own scripts, on every fresh schema, and production's Flyway never sees it.
insert into club_member (email, name, nickname) values ('jo@club.test', 'Jo', 'Jojo');
insert into club_member (email, name, nickname) values ('kai@club.test', 'Kai', null);
