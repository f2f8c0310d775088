-- The audit trail: append-only, ids and event names only, never clinical text.
create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id             bigint                      not null primary key,
    occurred_at    timestamp(6) with time zone not null,
    actor_id       bigint,
    actor_label    varchar(254)                not null,
    action         varchar(40)                 not null,
    subject_type   varchar(40),
    subject_id     bigint,
    client_id      bigint,
    outcome        varchar(20)                 not null,
    detail         varchar(200),
    remote_address varchar(64),
    constraint audit_event_actor_fk foreign key (actor_id) references user_account (id),
    constraint audit_event_client_fk foreign key (client_id) references client (id)
);

-- The viewer reads newest first; filters go by person and by client within a time range.
create index audit_event_occurred_ix on audit_event (occurred_at, id);
create index audit_event_actor_ix on audit_event (actor_id, occurred_at);
create index audit_event_client_ix on audit_event (client_id, occurred_at);
create index audit_event_action_ix on audit_event (action, outcome, occurred_at);
