-- pause(ms): the server waits this long before answering, standing in for a heavy query. The lessons keep
-- connections busy on the server with it, and cancel it there. Returns 0, as on MariaDB.
create function pause(ms bigint) returns integer language plpgsql as $$
begin
    perform pg_sleep(ms / 1000.0);
    return 0;
end
$$;
