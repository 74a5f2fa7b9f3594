#!/usr/bin/env bash
# Makes PostGIS available to the local PostgreSQL 15 (Debian's postgresql-15-postgis-3, installed
# with apt-get when absent) and creates the benchmark database $1 with the postgis extension.
# Usage: tools/benchmarks/postgis-setup.sh DATABASE [keep]  (PGHOST/PGUSER default 127.0.0.1/postgres)
set -euo pipefail
DB=${1:?database name}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
if ! dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1; then
  echo "Installing postgresql-15-postgis-3 (apt-get)..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15-postgis-3 >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15-postgis-3 >/dev/null; }
fi
# keep (second argument): an existing database is kept, with the venues a previous run loaded.
if [[ "${2:-}" == keep ]] && psql -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  echo "PostGIS database $DB kept"
  exit 0
fi
psql -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "CREATE EXTENSION postgis"
echo "PostGIS $(psql -tA -d "$DB" -c 'SELECT postgis_lib_version()') ready in database $DB"
