-- The same seed with ids typed in: the identity column's counter never hears of them.
insert into club_member (id, email, name, nickname) values (1, 'gus@club.test', 'Gus', 'Gecko');
insert into club_member (id, email, name, nickname) values (2, 'hana@club.test', 'Hana', null);
insert into club_member (id, email, name, nickname) values (3, 'ivo@club.test', 'Ivo', 'Ivy');
