-- The same view, edited: it now also counts the books out on loan.
create or replace view shelf_count as
select b.shelf, count(*) as books, count(l.id) as on_loan
  from book b left join loan l on l.book_id = b.id
 group by b.shelf;
