-- pause(ms): H2 in memory has no server, so the wait is Thread.sleep on the calling thread, inside H2's code. It
-- returns nothing (NULL); the lessons read only the title beside it.
create alias pause for 'java.lang.Thread.sleep(long)';
