-- Sessions: when, how long, and the clinician's structured note. The note is saved as a draft while
-- it is written; signing locks it, and after that only dated amendments are added, each kept.

create sequence therapy_session_seq start with 1 increment by 50;

create table therapy_session (
    id              bigint                      not null primary key,
    version         bigint                      not null,
    client_id       bigint                      not null,
    starts_at       timestamp(6)                not null,
    minutes         integer                     not null,
    focus           varchar(4000),
    interventions   varchar(4000),
    client_response varchar(4000),
    plan            varchar(4000),
    draft_saved_at  timestamp(6) with time zone,
    signed_at       timestamp(6) with time zone,
    signed_by       bigint,
    created_by      bigint                      not null,
    created_at      timestamp(6) with time zone not null,
    constraint therapy_session_client_fk foreign key (client_id) references client (id),
    constraint therapy_session_signer_fk foreign key (signed_by) references user_account (id),
    constraint therapy_session_creator_fk foreign key (created_by) references user_account (id),
    constraint therapy_session_minutes_ck check (minutes between 5 and 480)
);

create index therapy_session_client_ix on therapy_session (client_id, starts_at);

create sequence session_amendment_seq start with 1 increment by 50;

create table session_amendment (
    id         bigint                      not null primary key,
    session_id bigint                      not null,
    text       varchar(4000)               not null,
    added_at   timestamp(6) with time zone not null,
    added_by   bigint                      not null,
    constraint session_amendment_session_fk foreign key (session_id) references therapy_session (id),
    constraint session_amendment_by_fk foreign key (added_by) references user_account (id)
);

create index session_amendment_session_ix on session_amendment (session_id, added_at);
