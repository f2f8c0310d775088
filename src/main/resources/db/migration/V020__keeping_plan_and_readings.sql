-- Keeping what was built (issue 17): one plan per client, written by the clinician with
-- the client, shown in the portal once shared.
create sequence keeping_plan_seq start with 1 increment by 50;

create table keeping_plan (
    id               bigint                      not null primary key,
    version          bigint                      not null,
    client_id        bigint                      not null,
    helped_most      varchar(2000),
    early_signs      varchar(2000),
    what_to_do       varchar(2000),
    who_to_turn_to   varchar(2000),
    when_to_come_back varchar(2000),
    shared           boolean                     not null,
    saved_at         timestamp(6) with time zone not null,
    saved_by         bigint                      not null,
    constraint keeping_plan_client_uk unique (client_id),
    constraint keeping_plan_client_fk foreign key (client_id) references client (id),
    constraint keeping_plan_saved_by_fk foreign key (saved_by) references user_account (id)
);

-- The short readings given to a client: at most one row per client and reading; taking
-- one back hides it and keeps the row.
create sequence given_reading_seq start with 1 increment by 50;

create table given_reading (
    id           bigint                      not null primary key,
    version      bigint                      not null,
    client_id    bigint                      not null,
    reading      varchar(40)                 not null,
    given_at     timestamp(6) with time zone not null,
    given_by     bigint                      not null,
    withdrawn_at timestamp(6) with time zone,
    constraint given_reading_uk unique (client_id, reading),
    constraint given_reading_client_fk foreign key (client_id) references client (id),
    constraint given_reading_given_by_fk foreign key (given_by) references user_account (id),
    constraint given_reading_reading_ck check (reading in ('TWO_DIALS', 'BODY_FIRST', 'SMALL_AND_OFTEN',
        'LEARNING_NOT_FEARLESS', 'SETBACKS'))
);
