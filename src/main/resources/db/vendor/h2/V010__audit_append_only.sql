-- Audit rows are never changed or removed by the application: the only change allowed is
-- sealing a row once. H2 runs triggers as Java classes; this one is in the application.
create trigger audit_event_append_only
    before update, delete on audit_event
    for each row call 'dev.harbor.audit.AuditAppendOnlyTrigger';
