-- Backfill, once release N is gone: every release still running writes name (N+1 both columns),
-- so after this copy no book is left with its title only.
update book set name = title where name is null;
