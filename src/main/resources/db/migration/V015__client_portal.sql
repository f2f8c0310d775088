-- The client portal (issue 13, decision 0030): clients sign in with an account of their own,
-- which belongs to exactly one client record.
alter table user_account drop constraint user_account_role_ck;
alter table user_account add constraint user_account_role_ck check (role in ('CLINICIAN', 'ADMIN', 'CLIENT'));
alter table user_account add column client_id bigint;
alter table user_account add column last_active_at timestamp(6) with time zone;
alter table user_account add constraint user_account_client_fk foreign key (client_id) references client (id);
alter table user_account add constraint user_account_client_uk unique (client_id);
alter table user_account add constraint user_account_client_role_ck
    check ((role = 'CLIENT') = (client_id is not null));

-- An invitation to the portal: only the token's SHA-256 is kept. It works once, for a week;
-- a new one voids the one before.
create sequence portal_invitation_seq start with 1 increment by 50;

create table portal_invitation (
    id          bigint                      not null primary key,
    version     bigint                      not null,
    client_id   bigint                      not null,
    email       varchar(254)                not null,
    display_name varchar(120)               not null,
    token_hash  varchar(64)                 not null,
    invited_by  bigint                      not null,
    invited_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone,
    voided_at   timestamp(6) with time zone,
    constraint portal_invitation_token_uk unique (token_hash),
    constraint portal_invitation_client_fk foreign key (client_id) references client (id),
    constraint portal_invitation_by_fk foreign key (invited_by) references user_account (id)
);
create index portal_invitation_client_ix on portal_invitation (client_id, invited_at);

-- What a client is writing in the portal, kept on the server while they write, one draft per
-- kind of entry; the fields by name.
create sequence entry_draft_seq start with 1 increment by 50;

create table entry_draft (
    id        bigint                      not null primary key,
    version   bigint                      not null,
    client_id bigint                      not null,
    kind      varchar(20)                 not null,
    saved_at  timestamp(6) with time zone not null,
    constraint entry_draft_client_kind_uk unique (client_id, kind),
    constraint entry_draft_client_fk foreign key (client_id) references client (id),
    constraint entry_draft_kind_ck check (kind in ('DIARY', 'EXPERIENCE'))
);

create table entry_draft_field (
    draft_id bigint         not null,
    name     varchar(40)    not null,
    text     varchar(2000)  not null,
    constraint entry_draft_field_pk primary key (draft_id, name),
    constraint entry_draft_field_draft_fk foreign key (draft_id) references entry_draft (id) on delete cascade
);

-- The client's wish to bring an entry to the next session (the clinician's own flag is
-- separate and never shown to the client).
alter table diary_entry add column bring_to_session boolean default false not null;
alter table corrective_experience add column bring_to_session boolean default false not null;

-- What a client adds to an entry after the clinician reviewed it: kept next to the
-- original, which stays as it was reviewed.
create sequence entry_addition_seq start with 1 increment by 50;

create table entry_addition (
    id         bigint                      not null primary key,
    version    bigint                      not null,
    client_id  bigint                      not null,
    subject    varchar(30)                 not null,
    entry_id   bigint                      not null,
    text       varchar(2000)               not null,
    written_by bigint                      not null,
    written_at timestamp(6) with time zone not null,
    constraint entry_addition_client_fk foreign key (client_id) references client (id),
    constraint entry_addition_by_fk foreign key (written_by) references user_account (id),
    constraint entry_addition_subject_ck check (subject in ('DIARY', 'CORRECTIVE_EXPERIENCE'))
);
create index entry_addition_entry_ix on entry_addition (subject, entry_id);
create index entry_addition_client_ix on entry_addition (client_id, written_at);

-- Who noted that a practice did not happen: the clinician in session, or the client.
alter table missed_practice add column entered_by_kind varchar(20) default 'CLINICIAN' not null;
alter table missed_practice add constraint missed_practice_kind_ck check (entered_by_kind in ('CLINICIAN', 'CLIENT'));
