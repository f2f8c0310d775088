-- The attachment picture over time: every position is kept, so a trend can be drawn.
create sequence attachment_position_seq start with 1 increment by 50;

create table attachment_position (
    id           bigint                      not null primary key,
    client_id    bigint                      not null,
    anxiety      numeric(2, 1)               not null,
    avoidance    numeric(2, 1)               not null,
    relationship varchar(20)                 not null,
    observed_on  date                        not null,
    recorded_at  timestamp(6) with time zone not null,
    recorded_by  bigint                      not null,
    constraint attachment_position_client_fk foreign key (client_id) references client (id),
    constraint attachment_position_recorder_fk foreign key (recorded_by) references user_account (id),
    constraint attachment_position_anxiety_ck check (anxiety between 1.0 and 7.0),
    constraint attachment_position_avoidance_ck check (avoidance between 1.0 and 7.0),
    constraint attachment_position_relationship_ck check (relationship in ('PARTNER', 'PARENT', 'FRIEND', 'OTHER'))
);

create index attachment_position_client_ix on attachment_position (client_id, observed_on);

-- Treatment goals: short items with a status; set aside rather than deleted.
create sequence treatment_goal_seq start with 1 increment by 50;

create table treatment_goal (
    id          bigint                      not null primary key,
    version     bigint                      not null,
    client_id   bigint                      not null,
    description varchar(300)                not null,
    status      varchar(20)                 not null,
    created_at  timestamp(6) with time zone not null,
    constraint treatment_goal_client_fk foreign key (client_id) references client (id),
    constraint treatment_goal_status_ck check (status in ('OPEN', 'PROGRESSING', 'REACHED', 'SET_ASIDE'))
);

create index treatment_goal_client_ix on treatment_goal (client_id);

-- Patterns the clinician has noticed, from a fixed list; free text sits on the client row.
create table client_pattern (
    client_id bigint      not null,
    pattern   varchar(40) not null,
    constraint client_pattern_pk primary key (client_id, pattern),
    constraint client_pattern_client_fk foreign key (client_id) references client (id)
);
