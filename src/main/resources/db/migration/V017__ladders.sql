-- Separation and closeness ladders (issue 14): graded practice as ordered steps, each tried and
-- logged, the client's prediction kept next to what happened. Steps are set aside, never deleted;
-- every change to a ladder leaves a row in ladder_change with the step as it became, so the
-- ladder's history can be read back. Attempts are client entries like diary entries: who wrote
-- them (clinician in session or client in the portal), the review marks, additions after review.

create sequence ladder_seq start with 1 increment by 50;

create table ladder (
    id              bigint                      not null primary key,
    version         bigint                      not null,
    client_id       bigint                      not null,
    kind            varchar(20)                 not null,
    goal            varchar(500)                not null,
    anchor_calm     varchar(300),
    anchor_quarter  varchar(300),
    anchor_half     varchar(300),
    anchor_three_quarters varchar(300),
    anchor_worst    varchar(300),
    current_step_id bigint,
    created_by      bigint                      not null,
    created_at      timestamp(6) with time zone not null,
    set_aside_at    timestamp(6) with time zone,
    changed_at      timestamp(6) with time zone,
    constraint ladder_client_fk foreign key (client_id) references client (id),
    constraint ladder_creator_fk foreign key (created_by) references user_account (id),
    constraint ladder_kind_ck check (kind in ('TIME_APART', 'CLOSENESS'))
);

create index ladder_client_ix on ladder (client_id);

create sequence ladder_step_seq start with 1 increment by 50;

create table ladder_step (
    id                 bigint                      not null primary key,
    version            bigint                      not null,
    ladder_id          bigint                      not null,
    position           integer                     not null,
    action             varchar(500)                not null,
    dose               varchar(200),
    feared             varchar(1000)               not null,
    likelihood         integer                     not null,
    predicted_distress integer                     not null,
    set_aside_at       timestamp(6) with time zone,
    constraint ladder_step_ladder_fk foreign key (ladder_id) references ladder (id),
    constraint ladder_step_likelihood_ck check (likelihood between 0 and 100),
    constraint ladder_step_predicted_ck check (predicted_distress between 0 and 100)
);

create index ladder_step_ladder_ix on ladder_step (ladder_id, position);

alter table ladder add constraint ladder_current_step_fk foreign key (current_step_id) references ladder_step (id);

create sequence ladder_change_seq start with 1 increment by 50;

create table ladder_change (
    id                 bigint                      not null primary key,
    version            bigint                      not null,
    ladder_id          bigint                      not null,
    step_id            bigint,
    what               varchar(20)                 not null,
    position           integer,
    action             varchar(500),
    dose               varchar(200),
    feared             varchar(1000),
    likelihood         integer,
    predicted_distress integer,
    changed_by         bigint                      not null,
    changed_at         timestamp(6) with time zone not null,
    constraint ladder_change_ladder_fk foreign key (ladder_id) references ladder (id),
    constraint ladder_change_step_fk foreign key (step_id) references ladder_step (id),
    constraint ladder_change_by_fk foreign key (changed_by) references user_account (id),
    constraint ladder_change_what_ck check (what in ('STARTED', 'GOAL', 'ANCHORS', 'STEP_ADDED', 'STEP_CHANGED',
        'STEP_MOVED', 'STEP_SPLIT', 'STEP_SET_ASIDE', 'STEP_BACK', 'NOW_ON', 'LADDER_SET_ASIDE', 'LADDER_BACK'))
);

create index ladder_change_ladder_ix on ladder_change (ladder_id, changed_at);

create sequence ladder_attempt_seq start with 1 increment by 50;

create table ladder_attempt (
    id                  bigint                      not null primary key,
    version             bigint                      not null,
    client_id           bigint                      not null,
    ladder_id           bigint                      not null,
    step_id             bigint                      not null,
    happened_at         timestamp(6)                not null,
    happened_on         date                        not null,
    minutes             integer,
    predicted_distress  integer                     not null,
    peak_distress       integer                     not null,
    end_distress        integer                     not null,
    feared_happened     varchar(10)                 not null,
    what_happened       varchar(2000),
    learned             varchar(2000),
    body                varchar(1000),
    note                varchar(1000),
    entered_by          bigint                      not null,
    entered_by_kind     varchar(20)                 not null,
    entered_at          timestamp(6) with time zone not null,
    changed_at          timestamp(6) with time zone,
    bring_to_session    boolean                     not null,
    reviewed_at         timestamp(6) with time zone,
    reviewed_by         bigint,
    reviewed_in_session bigint,
    comment             varchar(1000),
    flagged             boolean                     not null,
    constraint ladder_attempt_client_fk foreign key (client_id) references client (id),
    constraint ladder_attempt_ladder_fk foreign key (ladder_id) references ladder (id),
    constraint ladder_attempt_step_fk foreign key (step_id) references ladder_step (id),
    constraint ladder_attempt_enterer_fk foreign key (entered_by) references user_account (id),
    constraint ladder_attempt_reviewer_fk foreign key (reviewed_by) references user_account (id),
    constraint ladder_attempt_session_fk foreign key (reviewed_in_session) references therapy_session (id),
    constraint ladder_attempt_minutes_ck check (minutes between 0 and 1440),
    constraint ladder_attempt_predicted_ck check (predicted_distress between 0 and 100),
    constraint ladder_attempt_peak_ck check (peak_distress between 0 and 100),
    constraint ladder_attempt_end_ck check (end_distress between 0 and 100),
    constraint ladder_attempt_feared_ck check (feared_happened in ('YES', 'PARTLY', 'NO')),
    constraint ladder_attempt_kind_ck check (entered_by_kind in ('CLINICIAN', 'CLIENT'))
);

-- The ladder's attempts newest first; per client for the period of a summary; per session.
create index ladder_attempt_ladder_ix on ladder_attempt (ladder_id, happened_at);
create index ladder_attempt_client_ix on ladder_attempt (client_id, happened_at);
create index ladder_attempt_review_session_ix on ladder_attempt (reviewed_in_session);

create table ladder_safety_behaviour (
    attempt_id bigint      not null,
    behaviour  varchar(30) not null,
    constraint ladder_safety_behaviour_pk primary key (attempt_id, behaviour),
    constraint ladder_safety_behaviour_attempt_fk foreign key (attempt_id) references ladder_attempt (id),
    constraint ladder_safety_behaviour_ck check (behaviour in ('CHECKED_PHONE', 'TEXTED_FOR_REASSURANCE',
        'LEFT_EARLY', 'SOMEONE_WITH_ME', 'KEPT_IT_SHALLOW', 'OTHER'))
);

-- A clinician's own starting ladders, private unless shared with the practice, like exercises.
create sequence ladder_template_seq start with 1 increment by 50;

create table ladder_template (
    id          bigint                      not null primary key,
    version     bigint                      not null,
    owner_id    bigint                      not null,
    shared      boolean                     not null,
    name        varchar(120)                not null,
    kind        varchar(20)                 not null,
    created_at  timestamp(6) with time zone not null,
    archived_at timestamp(6) with time zone,
    constraint ladder_template_owner_fk foreign key (owner_id) references user_account (id),
    constraint ladder_template_kind_ck check (kind in ('TIME_APART', 'CLOSENESS'))
);

create index ladder_template_owner_ix on ladder_template (owner_id);

create table ladder_template_step (
    template_id        bigint        not null,
    position           integer       not null,
    action             varchar(500)  not null,
    dose               varchar(200),
    feared             varchar(1000) not null,
    likelihood         integer       not null,
    predicted_distress integer       not null,
    constraint ladder_template_step_pk primary key (template_id, position),
    constraint ladder_template_step_template_fk foreign key (template_id) references ladder_template (id)
);

-- A client's portal draft and later additions can now be for an attempt too.
alter table entry_draft drop constraint entry_draft_kind_ck;
alter table entry_draft add constraint entry_draft_kind_ck check (kind in ('DIARY', 'EXPERIENCE', 'LADDER_ATTEMPT'));
alter table entry_addition drop constraint entry_addition_subject_ck;
alter table entry_addition add constraint entry_addition_subject_ck
    check (subject in ('DIARY', 'CORRECTIVE_EXPERIENCE', 'LADDER_ATTEMPT'));
