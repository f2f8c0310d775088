#!/usr/bin/env bash
# Restores a backup made by harbor-backup.sh into an EMPTY database (make it first with
# createdb, owned by the user Harbor connects as). Checks the file against its .sha256 first,
# refuses a database that already has tables, and restores in one transaction: it all comes
# back, or nothing does. Connection from the usual libpq variables, as for the backup.
#
#   harbor-restore.sh FILE.dump
#
# Then start Harbor on it and check the restore (docs/operations.md).
set -euo pipefail

file=${1:?usage: harbor-restore.sh FILE.dump}
if [[ -f "$file.sha256" ]]; then
  (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256")
else
  echo "No $file.sha256 beside the backup; restoring without checking it" >&2
fi
tables=$(psql -X -A -t -v ON_ERROR_STOP=1 \
  -c "select count(*) from information_schema.tables where table_schema = 'public'")
if (( tables != 0 )); then
  echo "The database ${PGDATABASE:-} already has $tables tables; restore only into an empty one" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="${PGDATABASE:?set PGDATABASE}" "$file"
echo "Restored $file"
