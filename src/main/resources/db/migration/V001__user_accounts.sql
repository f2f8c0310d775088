-- People who sign in: clinicians and practice admins.
create sequence user_account_seq start with 1 increment by 50;

create table user_account (
    id                 bigint                      not null primary key,
    version            bigint                      not null,
    email              varchar(254)                not null,
    display_name       varchar(120)                not null,
    password_hash      varchar(100)                not null,
    role               varchar(20)                 not null,
    enabled            boolean                     not null,
    prefers_dark_theme boolean                     not null,
    must_change_password boolean                   not null,
    failed_logins      integer                     not null,
    locked_until       timestamp(6) with time zone,
    created_at         timestamp(6) with time zone not null,
    constraint user_account_email_uk unique (email),
    constraint user_account_role_ck check (role in ('CLINICIAN', 'ADMIN'))
);
