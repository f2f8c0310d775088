#!/usr/bin/env bash
# Backs up Harbor's PostgreSQL database into one file while Harbor runs: pg_dump reads one
# consistent snapshot, so nobody has to stop. Connection from the usual libpq variables
# (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass, PGDATABASE).
#
#   harbor-backup.sh DIRECTORY
#
# Writes DIRECTORY/harbor-<UTC time>.dump (pg_dump's custom format, compressed) and a .sha256
# beside it, then keeps only the newest HARBOR_BACKUP_KEEP (default 14) and deletes older ones.
# Prints the new file's path. See docs/operations.md.
set -euo pipefail

dir=${1:?usage: harbor-backup.sh DIRECTORY}
keep=${HARBOR_BACKUP_KEEP:-14}
if ! [[ "$keep" =~ ^[1-9][0-9]*$ ]]; then
  echo "HARBOR_BACKUP_KEEP must be a whole number of at least 1, not '$keep'" >&2
  exit 2
fi
mkdir -p "$dir"
name="harbor-$(date -u +%Y%m%dT%H%M%SZ).dump"
# Written under a temporary name first, so a half-written file never looks like a backup.
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$dir/$name.partial"
mv "$dir/$name.partial" "$dir/$name"
(cd "$dir" && sha256sum "$name" > "$name.sha256")
# Rotation: the newest $keep backups stay.
find "$dir" -maxdepth 1 -name 'harbor-*.dump' -printf '%f\n' | sort -r | tail -n +"$((keep + 1))" |
  while read -r old; do
    rm -f "$dir/$old" "$dir/$old.sha256"
  done
echo "$dir/$name"
