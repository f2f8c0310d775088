-- Clients and the clinician whose caseload they are on. Clients are archived, never deleted.
create sequence client_seq start with 1 increment by 50;

create table client (
    id               bigint                      not null primary key,
    version          bigint                      not null,
    clinician_id     bigint                      not null,
    display_name     varchar(120)                not null,
    reference_code   varchar(12)                 not null,
    date_of_birth    date,
    email            varchar(254),
    phone            varchar(40),
    status           varchar(20)                 not null,
    start_date       date                        not null,
    current_anxiety   numeric(2, 1),
    current_avoidance numeric(2, 1),
    pattern_note     varchar(500),
    created_at       timestamp(6) with time zone not null,
    last_activity_at timestamp(6) with time zone not null,
    constraint client_reference_code_uk unique (reference_code),
    constraint client_clinician_fk foreign key (clinician_id) references user_account (id),
    constraint client_status_ck check (status in ('ACTIVE', 'PAUSED', 'DISCHARGED')),
    constraint client_anxiety_ck check (current_anxiety between 1.0 and 7.0),
    constraint client_avoidance_ck check (current_avoidance between 1.0 and 7.0)
);

-- The dashboard counts a caseload by status; the caseload list filters by clinician first and
-- sorts by name or by last activity.
create index client_clinician_status_ix on client (clinician_id, status);
create index client_clinician_name_ix on client (clinician_id, display_name);
create index client_clinician_activity_ix on client (clinician_id, last_activity_at);
