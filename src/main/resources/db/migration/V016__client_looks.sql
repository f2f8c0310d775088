-- When each clinician last looked at each of their clients (issue 13): the client page marks
-- what the client wrote in the portal since the clinician's previous sitting with the record.
-- One row per clinician and client, overwritten; the audit trail keeps the history.
create sequence client_look_seq start with 1 increment by 50;

create table client_look (
    id            bigint                      not null primary key,
    version       bigint                      not null,
    clinician_id  bigint                      not null,
    client_id     bigint                      not null,
    looked_at     timestamp(6) with time zone not null,
    looked_before timestamp(6) with time zone,
    constraint client_look_uk unique (clinician_id, client_id),
    constraint client_look_clinician_fk foreign key (clinician_id) references user_account (id),
    constraint client_look_client_fk foreign key (client_id) references client (id)
);

create index client_look_client_ix on client_look (client_id);
