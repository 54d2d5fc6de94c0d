-- pause(ms): the server waits this long before answering, standing in for a heavy query. SLEEP returns 0, or 1 when
-- the statement was killed while it slept.
create function pause(ms int) returns int not deterministic no sql return sleep(ms / 1000);
