#!/bin/sh
# Restores a backup made by tools/backup.sh into an empty data folder (the directory stopped).
#
#   tools/restore.sh ARCHIVE DATA_DIR
#
# DATA_DIR must not hold a database or an index already: move them away first (keep them until
# the restored directory is checked). Then start the directory with DIRECTORY_DATA_DIR=DATA_DIR.
# An archive without the index gives a directory whose index is empty: rebuild it
# (tools/reindex.sh) once started.
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 ARCHIVE DATA_DIR" >&2
  exit 64
fi
archive=$1
data=$2

if [ ! -f "$archive" ]; then
  echo "No archive at $archive." >&2
  exit 2
fi
for part in db index; do
  if [ -e "$data/$part" ] && [ -n "$(ls -A "$data/$part")" ]; then
    echo "$data/$part is not empty: move it away before restoring." >&2
    exit 3
  fi
done
mkdir -p "$data"
tar -xzf "$archive" -C "$data"
echo "Restored $archive into $data."
