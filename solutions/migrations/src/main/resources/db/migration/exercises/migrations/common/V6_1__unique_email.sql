-- The statement that can fail on existing data, alone: it fails as a whole, and runs again as a whole.
alter table member add constraint member_email_unique unique (email);
