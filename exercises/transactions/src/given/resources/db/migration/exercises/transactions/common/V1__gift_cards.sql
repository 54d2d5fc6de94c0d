-- The bookshop's gift cards: a code printed on the card, what is left on it in whole units, and
-- the version optimistic locking compares. Whole units in a bigint, so every total is exact.
create table gift_card (
    id      bigint ${identity} primary key,
    code    varchar(20) not null,
    balance bigint      not null,
    -- Every versioned save compares it with the version read and adds one.
    version bigint      not null default 0,
    constraint gift_card_code_unique unique (code),
    constraint gift_card_balance_not_negative check (balance >= 0)
);
