-- Two-step sign-in (decision 0028): a person's authenticator secret, kept encrypted with the
-- practice's key, and the time step of the last code used, so no code works twice.
create sequence second_factor_seq start with 1 increment by 50;

create table second_factor (
    id             bigint                      not null primary key,
    version        bigint                      not null,
    account_id     bigint                      not null,
    secret         varchar(255)                not null,
    enrolled_at    timestamp(6) with time zone not null,
    last_used_step bigint                      not null,
    constraint second_factor_account_uk unique (account_id),
    constraint second_factor_account_fk foreign key (account_id) references user_account (id)
);

-- Ten single-use codes for when the phone is not at hand, hashed like passwords.
create sequence recovery_code_seq start with 1 increment by 50;

create table recovery_code (
    id         bigint                      not null primary key,
    version    bigint                      not null,
    account_id bigint                      not null,
    code_hash  varchar(100)                not null,
    used_at    timestamp(6) with time zone,
    constraint recovery_code_account_fk foreign key (account_id) references user_account (id)
);
create index recovery_code_account_ix on recovery_code (account_id);

-- Links an admin hands over instead of a password: to a new account, or after a reset. Only
-- the token's SHA-256 is kept; a link works once, until it expires.
create sequence sign_in_link_seq start with 1 increment by 50;

create table sign_in_link (
    id         bigint                      not null primary key,
    version    bigint                      not null,
    account_id bigint                      not null,
    token_hash varchar(64)                 not null,
    purpose    varchar(20)                 not null,
    issued_by  varchar(120)                not null,
    issued_at  timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone,
    constraint sign_in_link_token_uk unique (token_hash),
    constraint sign_in_link_account_fk foreign key (account_id) references user_account (id),
    constraint sign_in_link_purpose_ck check (purpose in ('NEW_ACCOUNT', 'RESET'))
);
create index sign_in_link_account_ix on sign_in_link (account_id);

-- The practice's own settings, one row. Whether staff must use two-step sign-in: empty
-- until an admin chooses, and then the profile's default applies (required in production).
create table practice_setting (
    id                     bigint  not null primary key,
    version                bigint  not null,
    second_factor_required boolean
);
insert into practice_setting (id, version, second_factor_required) values (1, 0, null);
