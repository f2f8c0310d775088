-- The day a client was discharged, for the retention overview: records are kept a number of
-- years after discharge. Set when the status becomes DISCHARGED, cleared when care resumes.
alter table client add column discharged_on date;

-- Clients discharged before this column existed: the day of the latest change to that status on
-- the audit trail, or else the day of the record's last activity.
update client set discharged_on = coalesce(
        (select cast(max(e.occurred_at) as date) from audit_event e
         where e.client_id = client.id and e.action = 'CHANGE' and e.detail = 'status DISCHARGED'),
        cast(last_activity_at as date))
where status = 'DISCHARGED';

create index client_discharged_ix on client (status, discharged_on);
