-- Every member gets a library card number. Nullable for now: V8 (your Java migration, task 4) fills
-- it in batches; a later script, once every row has one, would make it NOT NULL and unique.
alter table member add card_number varchar(12);
