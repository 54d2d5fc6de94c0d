-- A seed script for tests: no ids (the database gives them), every column a test relies on.
insert into club_member (email, name, nickname) values ('gus@club.test', 'Gus', 'Gecko');
insert into club_member (email, name, nickname) values ('hana@club.test', 'Hana', null);
insert into club_member (email, name, nickname) values ('ivo@club.test', 'Ivo', 'Ivy');
