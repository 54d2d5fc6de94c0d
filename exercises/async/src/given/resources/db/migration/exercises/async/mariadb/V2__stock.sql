-- pause(ms): the server waits this long, as a slow count would; KILL QUERY or the statement's time limit
-- (max_statement_time) ends it there. SLEEP returns 0, or 1 when it was killed.
create function pause(ms bigint) returns int not deterministic no sql return sleep(ms / 1000);

create view stock as
select w.book_id, w.copies
from warehouse w
where pause((select l.ms from warehouse_latency l)) = 0;
