-- Homework: clinicians' own exercise templates, assignments to clients, the practice they log,
-- and the reasons a planned practice did not happen. Nothing here is ever deleted: templates are
-- archived, assignments end with a status, completions are struck out with a reason.

-- A clinician's own exercise (written from scratch or copied from a built-in). Private to its
-- owner unless shared with the practice. Built-ins live in the code and its translation bundle.
create sequence exercise_template_seq start with 1 increment by 50;

create table exercise_template (
    id            bigint                      not null primary key,
    version       bigint                      not null,
    owner_id      bigint                      not null,
    shared        boolean                     not null,
    archived      boolean                     not null,
    copied_from   varchar(40),
    category      varchar(30)                 not null,
    name          varchar(120)                not null,
    purpose       varchar(300)                not null,
    start_minutes integer                     not null,
    rhythm_kind   varchar(20)                 not null,
    rhythm_times  integer,
    rhythm_days   varchar(70),
    created_at    timestamp(6) with time zone not null,
    changed_at    timestamp(6) with time zone not null,
    constraint exercise_template_owner_fk foreign key (owner_id) references user_account (id),
    constraint exercise_template_category_ck check (category in ('CALMING_THE_BODY', 'NOTICING', 'THINKING',
        'SPEAKING', 'REPAIRING', 'BOUNDARIES', 'CLOSENESS_AND_DISTANCE')),
    constraint exercise_template_minutes_ck check (start_minutes between 1 and 120),
    constraint exercise_template_rhythm_ck check (rhythm_kind in ('DAILY', 'TIMES_PER_WEEK', 'ON_WEEKDAYS',
        'WHEN_TRIGGERED'))
);

create index exercise_template_owner_ix on exercise_template (owner_id);

create table exercise_template_step (
    template_id bigint       not null,
    position    integer      not null,
    text        varchar(500) not null,
    constraint exercise_template_step_pk primary key (template_id, position),
    constraint exercise_template_step_template_fk foreign key (template_id) references exercise_template (id)
);

create table exercise_template_prompt (
    template_id bigint       not null,
    position    integer      not null,
    text        varchar(300) not null,
    constraint exercise_template_prompt_pk primary key (template_id, position),
    constraint exercise_template_prompt_template_fk foreign key (template_id) references exercise_template (id)
);

-- One exercise given to one client. The exercise's words are copied in when it is assigned, so
-- a later improvement of the template never changes what this client was given.
create sequence homework_assignment_seq start with 1 increment by 50;

create table homework_assignment (
    id                  bigint                      not null primary key,
    version             bigint                      not null,
    client_id           bigint                      not null,
    built_in_key        varchar(40),
    template_id         bigint,
    category            varchar(30)                 not null,
    name                varchar(120)                not null,
    purpose             varchar(300)                not null,
    start_date          date                        not null,
    end_date            date,
    rhythm_kind         varchar(20)                 not null,
    rhythm_times        integer,
    rhythm_days         varchar(70),
    target_minutes      integer                     not null,
    progression_minutes integer,
    progression_cap     integer,
    personal_note       varchar(1000),
    status              varchar(20)                 not null,
    assigned_by         bigint                      not null,
    assigned_at         timestamp(6) with time zone not null,
    constraint homework_assignment_client_fk foreign key (client_id) references client (id),
    constraint homework_assignment_template_fk foreign key (template_id) references exercise_template (id),
    constraint homework_assignment_assigner_fk foreign key (assigned_by) references user_account (id),
    constraint homework_assignment_source_ck check (built_in_key is null or template_id is null),
    constraint homework_assignment_dates_ck check (end_date is null or end_date >= start_date),
    constraint homework_assignment_minutes_ck check (target_minutes between 1 and 120),
    constraint homework_assignment_progression_ck check (progression_minutes is null
        or (progression_minutes between 1 and 30 and progression_cap between target_minutes and 120)),
    constraint homework_assignment_rhythm_ck check (rhythm_kind in ('DAILY', 'TIMES_PER_WEEK', 'ON_WEEKDAYS',
        'WHEN_TRIGGERED')),
    constraint homework_assignment_status_ck check (status in ('ACTIVE', 'PAUSED', 'COMPLETED', 'STOPPED'))
);

create index homework_assignment_client_ix on homework_assignment (client_id, status);

create table homework_assignment_step (
    assignment_id bigint       not null,
    position      integer      not null,
    text          varchar(500) not null,
    constraint homework_assignment_step_pk primary key (assignment_id, position),
    constraint homework_assignment_step_assignment_fk foreign key (assignment_id) references homework_assignment (id)
);

create table homework_assignment_prompt (
    assignment_id bigint       not null,
    position      integer      not null,
    text          varchar(300) not null,
    constraint homework_assignment_prompt_pk primary key (assignment_id, position),
    constraint homework_assignment_prompt_assignment_fk foreign key (assignment_id)
        references homework_assignment (id)
);

-- Pause, resume, complete, stop: every change of an assignment's status, kept.
create sequence assignment_status_change_seq start with 1 increment by 50;

create table assignment_status_change (
    id            bigint                      not null primary key,
    assignment_id bigint                      not null,
    status        varchar(20)                 not null,
    effective_on  date                        not null,
    changed_at    timestamp(6) with time zone not null,
    changed_by    bigint                      not null,
    constraint assignment_status_change_assignment_fk foreign key (assignment_id) references homework_assignment (id),
    constraint assignment_status_change_by_fk foreign key (changed_by) references user_account (id),
    constraint assignment_status_change_status_ck check (status in ('ACTIVE', 'PAUSED', 'COMPLETED', 'STOPPED'))
);

create index assignment_status_change_assignment_ix on assignment_status_change (assignment_id, effective_on);

-- One practice. happened_at is the client's own clock (when they say they did it); entered_at is
-- when it reached Harbor. client_id is repeated from the assignment so per-client figures need no join.
create sequence completion_seq start with 1 increment by 50;

create table completion (
    id              bigint                      not null primary key,
    version         bigint                      not null,
    assignment_id   bigint                      not null,
    client_id       bigint                      not null,
    happened_at     timestamp(6)                not null,
    happened_on     date                        not null,
    minutes         integer                     not null,
    distress_before integer                     not null,
    distress_after  integer                     not null,
    note            varchar(2000),
    entered_by      bigint                      not null,
    entered_by_kind varchar(20)                 not null,
    entered_at      timestamp(6) with time zone not null,
    changed_at      timestamp(6) with time zone,
    struck_out      boolean                     not null,
    struck_reason   varchar(300),
    struck_by       bigint,
    struck_at       timestamp(6) with time zone,
    constraint completion_assignment_fk foreign key (assignment_id) references homework_assignment (id),
    constraint completion_client_fk foreign key (client_id) references client (id),
    constraint completion_enterer_fk foreign key (entered_by) references user_account (id),
    constraint completion_striker_fk foreign key (struck_by) references user_account (id),
    constraint completion_minutes_ck check (minutes between 0 and 600),
    constraint completion_before_ck check (distress_before between 0 and 10),
    constraint completion_after_ck check (distress_after between 0 and 10),
    constraint completion_kind_ck check (entered_by_kind in ('CLINICIAN', 'CLIENT')),
    constraint completion_struck_ck check (struck_out = false or struck_reason is not null)
);

create index completion_assignment_ix on completion (assignment_id, struck_out, happened_on);
create index completion_client_ix on completion (client_id, happened_on);
create index completion_recent_ix on completion (happened_at);

create table completion_answer (
    completion_id bigint        not null,
    position      integer       not null,
    text          varchar(1000) not null,
    constraint completion_answer_pk primary key (completion_id, position),
    constraint completion_answer_completion_fk foreign key (completion_id)
        references completion (id)
);

-- Why a planned practice did not happen, noted in session without blame.
create sequence missed_practice_seq start with 1 increment by 50;

create table missed_practice (
    id            bigint                      not null primary key,
    version       bigint                      not null,
    assignment_id bigint                      not null,
    missed_on     date                        not null,
    reason        varchar(30)                 not null,
    note          varchar(500),
    entered_by    bigint                      not null,
    entered_at    timestamp(6) with time zone not null,
    constraint missed_practice_assignment_fk foreign key (assignment_id)
        references homework_assignment (id),
    constraint missed_practice_by_fk foreign key (entered_by) references user_account (id),
    constraint missed_practice_reason_ck check (reason in ('FORGOT', 'UNCLEAR_HOW', 'TOO_MUCH',
        'DID_NOT_SEE_THE_POINT', 'TOO_BUSY', 'AVOIDED_IT', 'FELT_LIKE_A_TEST', 'OTHER'))
);

create index missed_practice_assignment_ix on missed_practice (assignment_id, missed_on);
