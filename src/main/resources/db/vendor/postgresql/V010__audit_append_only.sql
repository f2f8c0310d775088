-- Audit rows are never changed or removed by the application: the only change allowed is
-- sealing a row once (seal_no and seal from nothing to a value, every other column as it
-- was). Deleting and truncating are refused.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.seal_no is null and old.seal is null and new.seal_no is not null and new.seal is not null
           and (new.id, new.occurred_at, new.actor_id, new.actor_label, new.action, new.subject_type,
                new.subject_id, new.client_id, new.outcome, new.detail, new.remote_address)
               is not distinct from
               (old.id, old.occurred_at, old.actor_id, old.actor_label, old.action, old.subject_type,
                old.subject_id, old.client_id, old.outcome, old.detail, old.remote_address) then
            return new;
        end if;
    end if;
    raise exception 'audit events are append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
