-- A view is code, not data: replaced whole each time it changes, after every versioned script.
create or replace view shelf_count as
select shelf, count(*) as books from book group by shelf;
