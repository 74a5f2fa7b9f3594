#!/usr/bin/env bash
# Drops and creates an empty PostgreSQL database, owned by the superuser given.
#
#   tools/postgresql/recreate-db.sh NAME [HOST] [PORT] [USER]
#
# The integration tests run against fresh databases named directory_it*; the defaults fit the
# project's machines (PostgreSQL on 127.0.0.1:5432, trust authentication, superuser postgres).
set -euo pipefail
name="$1" host="${2:-127.0.0.1}" port="${3:-5432}" user="${4:-postgres}"
[[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "recreate-db.sh: bad database name '$name'" >&2; exit 1; }
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres)
"${psql[@]}" -c "drop database if exists $name with (force)"
"${psql[@]}" -c "create database $name encoding 'UTF8' template template0"
echo "PostgreSQL database $name recreated on $host:$port."
