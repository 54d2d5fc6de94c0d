-- pause(ms): the server waits this long, as a slow count would; a cancel request or the statement's time limit
-- ends it there (pg_sleep is cancellable).
create function pause(ms bigint) returns integer language plpgsql as $$
begin
    perform pg_sleep(ms / 1000.0);
    return 0;
end
$$;

create view stock as
select w.book_id, w.copies
from warehouse w
where pause((select l.ms from warehouse_latency l)) = 0;
