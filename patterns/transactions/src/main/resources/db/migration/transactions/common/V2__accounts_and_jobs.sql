-- A household shares its money: each holder has an account, and a withdrawal from either is
-- allowed while the household's accounts together stay at zero or above. Balances are whole
-- units in a bigint, so every total in the concurrency tests is exact.
create table household (
    id      bigint ${identity} primary key,
    name    varchar(100) not null,
    -- Optimistic locking: every versioned save compares it and adds one. The household carries
    -- it, not each account, because the rule it protects is about the household as a whole.
    version bigint       not null default 0
);

create table account (
    id           bigint ${identity} primary key,
    holder       varchar(100) not null,
    household_id bigint       not null,
    balance      bigint       not null,
    constraint account_household_fk foreign key (household_id) references household (id)
);

create index account_household_idx on account (household_id);

-- A work queue: workers claim the oldest unclaimed job, skipping those another worker holds.
-- The payload is unique: the same job is never queued twice.
create table job (
    id         bigint ${identity} primary key,
    payload    varchar(200) not null,
    claimed_by varchar(50),
    constraint job_payload_unique unique (payload)
);
