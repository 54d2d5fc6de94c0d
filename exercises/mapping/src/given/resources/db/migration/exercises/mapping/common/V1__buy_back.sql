-- The buy-back counter: a trade is one visit of a seller, its copies the used books bought.
-- Prices are whole cents in a bigint: exact on every database, whatever its numeric types do.
create table trade (
    id             bigint ${identity} primary key,
    receipt        varchar(12) not null,
    seller         varchar(80) not null,
    paid_out_cents bigint,
    constraint trade_receipt_unique unique (receipt)
);

-- grade holds the constant's name (AS_NEW, GOOD, WORN), never its position.
create table used_copy (
    id          bigint ${identity} primary key,
    trade_id    bigint      not null,
    isbn        varchar(13) not null,
    grade       varchar(10) not null,
    offer_cents bigint      not null,
    constraint used_copy_trade_fk foreign key (trade_id) references trade (id)
);

create index used_copy_trade_idx on used_copy (trade_id);
