-- The trigger diary and the corrective-experience log. Both keep who wrote an entry (clinician now,
-- the client later through a portal, or an import) and when it happened versus when it was written
-- down and when it reached Harbor. Entries are corrected in place under optimistic locking and
-- never deleted. Review state (reviewed, a clinician's comment, a flag for the next session) sits
-- on the entry.

create sequence diary_entry_seq start with 1 increment by 50;

create table diary_entry (
    id              bigint                      not null primary key,
    version         bigint                      not null,
    client_id       bigint                      not null,
    happened_at     timestamp(6)                not null,
    happened_on     date                        not null,
    written_at      timestamp(6),
    situation       varchar(2000)               not null,
    thoughts        varchar(2000),
    body            varchar(1000),
    tried_instead   varchar(1000),
    how_it_went     varchar(1000),
    relationship    varchar(20)                 not null,
    source          varchar(20)                 not null,
    entered_by      bigint                      not null,
    entered_by_kind varchar(20)                 not null,
    entered_at      timestamp(6) with time zone not null,
    changed_at      timestamp(6) with time zone,
    reviewed_at     timestamp(6) with time zone,
    reviewed_by     bigint,
    comment         varchar(1000),
    flagged         boolean                     not null,
    constraint diary_entry_client_fk foreign key (client_id) references client (id),
    constraint diary_entry_enterer_fk foreign key (entered_by) references user_account (id),
    constraint diary_entry_reviewer_fk foreign key (reviewed_by) references user_account (id),
    constraint diary_entry_relationship_ck check (relationship in ('PARTNER', 'PARENT', 'FRIEND', 'COLLEAGUE',
        'THERAPIST', 'OTHER')),
    constraint diary_entry_source_ck check (source in ('TYPED', 'IMPORTED')),
    constraint diary_entry_kind_ck check (entered_by_kind in ('CLINICIAN', 'CLIENT'))
);

-- Newest first per client; the review filters and the dashboard's "to review" count.
create index diary_entry_client_ix on diary_entry (client_id, happened_at);
create index diary_entry_review_ix on diary_entry (client_id, reviewed_at);
create index diary_entry_flag_ix on diary_entry (client_id, flagged);

create table diary_feeling (
    entry_id  bigint      not null,
    feeling   varchar(20) not null,
    intensity integer     not null,
    constraint diary_feeling_pk primary key (entry_id, feeling),
    constraint diary_feeling_entry_fk foreign key (entry_id) references diary_entry (id),
    constraint diary_feeling_ck check (feeling in ('FEAR', 'WORRY', 'SADNESS', 'ANGER', 'SHAME', 'LONELINESS',
        'JEALOUSY', 'OTHER')),
    constraint diary_feeling_intensity_ck check (intensity between 0 and 100)
);

create table diary_behaviour (
    entry_id  bigint      not null,
    behaviour varchar(30) not null,
    constraint diary_behaviour_pk primary key (entry_id, behaviour),
    constraint diary_behaviour_entry_fk foreign key (entry_id) references diary_entry (id),
    constraint diary_behaviour_ck check (behaviour in ('PULLED_AWAY', 'CLUNG', 'SOUGHT_REASSURANCE',
        'TESTED_THE_OTHER', 'WENT_QUIET', 'LASHED_OUT', 'PLEASED_OTHERS', 'DISTRACTED_SELF', 'OTHER'))
);

create table diary_need (
    entry_id bigint      not null,
    need     varchar(20) not null,
    constraint diary_need_pk primary key (entry_id, need),
    constraint diary_need_entry_fk foreign key (entry_id) references diary_entry (id),
    constraint diary_need_ck check (need in ('SECURITY', 'CONNECTION', 'APPRECIATION', 'AUTONOMY', 'OTHER'))
);

create table diary_trap (
    entry_id bigint      not null,
    trap     varchar(30) not null,
    constraint diary_trap_pk primary key (entry_id, trap),
    constraint diary_trap_entry_fk foreign key (entry_id) references diary_entry (id),
    constraint diary_trap_ck check (trap in ('CATASTROPHISING', 'OVERGENERALISING', 'ALL_OR_NOTHING', 'MIND_READING',
        'DISTANCE_AS_REJECTION'))
);

-- Filters by feeling, need, behaviour or trap find the entries through these.
create index diary_feeling_ix on diary_feeling (feeling, entry_id);
create index diary_behaviour_ix on diary_behaviour (behaviour, entry_id);
create index diary_need_ix on diary_need (need, entry_id);
create index diary_trap_ix on diary_trap (trap, entry_id);

create sequence corrective_experience_seq start with 1 increment by 50;

create table corrective_experience (
    id              bigint                      not null primary key,
    version         bigint                      not null,
    client_id       bigint                      not null,
    happened_at     timestamp(6)                not null,
    happened_on     date                        not null,
    setting         varchar(20)                 not null,
    risk            varchar(30)                 not null,
    feared          varchar(2000)               not null,
    belief_before   integer                     not null,
    what_happened   varchar(2000)               not null,
    belief_after    integer                     not null,
    learned         varchar(2000),
    body            varchar(1000),
    entered_by      bigint                      not null,
    entered_by_kind varchar(20)                 not null,
    entered_at      timestamp(6) with time zone not null,
    changed_at      timestamp(6) with time zone,
    reviewed_at     timestamp(6) with time zone,
    reviewed_by     bigint,
    comment         varchar(1000),
    flagged         boolean                     not null,
    constraint corrective_experience_client_fk foreign key (client_id) references client (id),
    constraint corrective_experience_enterer_fk foreign key (entered_by) references user_account (id),
    constraint corrective_experience_reviewer_fk foreign key (reviewed_by) references user_account (id),
    constraint corrective_experience_setting_ck check (setting in ('PARTNER', 'FRIEND', 'FAMILY', 'THERAPY_GROUP',
        'COMMUNITY', 'WORK')),
    constraint corrective_experience_risk_ck check (risk in ('ASKED_FOR_SUPPORT', 'SHARED_VULNERABLE',
        'SET_BOUNDARY', 'REPAIRED', 'TOLERATED_DISTANCE')),
    constraint corrective_experience_before_ck check (belief_before between 0 and 100),
    constraint corrective_experience_after_ck check (belief_after between 0 and 100),
    constraint corrective_experience_kind_ck check (entered_by_kind in ('CLINICIAN', 'CLIENT'))
);

create index corrective_experience_client_ix on corrective_experience (client_id, happened_at);
create index corrective_experience_review_ix on corrective_experience (client_id, reviewed_at);

create table corrective_learning (
    experience_id bigint      not null,
    learning      varchar(20) not null,
    constraint corrective_learning_pk primary key (experience_id, learning),
    constraint corrective_learning_experience_fk foreign key (experience_id) references corrective_experience (id),
    constraint corrective_learning_ck check (learning in ('TONE', 'TIMING', 'WORDING', 'MYSELF'))
);

create table corrective_repair_step (
    experience_id bigint      not null,
    step          varchar(30) not null,
    constraint corrective_repair_step_pk primary key (experience_id, step),
    constraint corrective_repair_step_experience_fk foreign key (experience_id)
        references corrective_experience (id),
    constraint corrective_repair_step_ck check (step in ('IMPACT_ACKNOWLEDGED', 'WISH_TO_UNDERSTAND',
        'CONCRETE_STEP', 'ASKED_NEEDS', 'FOLLOWED_THROUGH'))
);
