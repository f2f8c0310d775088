-- What a person is told at their next sign-in about something another person did to their
-- account or caseload: a password reset by an admin, clients moved to or from them. Names
-- and counts only, never a client's name.
create sequence account_notice_seq start with 1 increment by 50;

create table account_notice (
    id           bigint                      not null primary key,
    version      bigint                      not null,
    account_id   bigint                      not null,
    kind         varchar(40)                 not null,
    by_name      varchar(254)                not null,
    other_name   varchar(254),
    client_count integer,
    happened_at  timestamp(6) with time zone not null,
    seen_at      timestamp(6) with time zone,
    constraint account_notice_account_fk foreign key (account_id) references user_account (id)
);
create index account_notice_account_ix on account_notice (account_id, seen_at);
