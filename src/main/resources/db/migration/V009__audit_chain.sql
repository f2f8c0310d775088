-- The audit trail becomes tamper-evident: every event is sealed into one hash chain, in the
-- order it is sealed (seal_no 1, 2, 3, ...), each seal a SHA-256 over the previous seal and
-- the event's own columns. audit_chain holds the head of the chain; locking its one row is
-- what lets only one sealer at a time extend it, on one instance or several.
alter table audit_event add column seal_no bigint;
alter table audit_event add column seal varchar(64);
create unique index audit_event_seal_no_ux on audit_event (seal_no);

create table audit_chain (
    id           smallint    not null primary key,
    last_seal_no bigint      not null,
    last_seal    varchar(64) not null,
    constraint audit_chain_one_row check (id = 1)
);
insert into audit_chain (id, last_seal_no, last_seal)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
