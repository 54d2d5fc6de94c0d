-- pause(ms): H2 in memory has no server process; the wait runs inside H2 on the caller's thread, and ends early only
-- when H2 cancels the statement (its time limit, Statement.cancel), as on the servers (h2/Warehouse).
create alias pause for 'dev.dbpatterns.exercises.async.h2.Warehouse.pause';

create view stock as
select w.book_id, w.copies
from warehouse w
where pause((select l.ms from warehouse_latency l)) = 0;
