-- The library's members, as release N found them: name, e-mail, nothing else yet.
create table member (
    id    bigint ${identity} primary key,
    name  varchar(100) not null,
    email varchar(200) not null
);
