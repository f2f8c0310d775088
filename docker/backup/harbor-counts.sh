#!/usr/bin/env bash
# What to compare before a backup and after its restore: every table's row count, and a
# checksum of the audit trail's hash chain (each event's seal, in order, and the chain's head).
# The same output from the original and the restored database means nothing was lost.
# Connection from the usual libpq variables.
#
#   harbor-counts.sh > counts.txt
set -euo pipefail

psql -X -A -t -F ' ' -v ON_ERROR_STOP=1 <<'SQL'
select table_name,
       (xpath('/row/n/text()',
              query_to_xml(format('select count(*) as n from %I', table_name), false, true, '')))[1]::text
from information_schema.tables
where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
order by table_name;
select 'audit_chain_checksum',
       md5(coalesce(string_agg(id || ':' || coalesce(seal_no::text, '-') || ':' || coalesce(seal, '-'), ','
                               order by id), ''))
from audit_event;
select 'audit_chain_head', last_seal_no || ':' || last_seal from audit_chain;
select 'migrations', count(*) || ':' || max(version) from flyway_schema_history where success;
SQL
