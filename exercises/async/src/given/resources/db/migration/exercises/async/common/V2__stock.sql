-- The warehouse's count, as slow as warehouse_latency says: pause(ms) is lesson-kit's (ServerPause), in every
-- lesson database before its migrations. The server waits that long, as a slow count would; the statement's
-- time limit ends it there (on H2 too, where it runs inside H2 on the caller's thread).
create view stock as
select w.book_id, w.copies
from warehouse w
where pause((select l.ms from warehouse_latency l)) = 0;
