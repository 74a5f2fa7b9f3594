#!/bin/sh
# Backs up a one-node directory (H2 database and Lucene index) into a gzipped tar archive.
# The directory must be stopped: H2 keeps its file open (and locked) while it runs.
#
#   tools/backup.sh DATA_DIR ARCHIVE
#
# DATA_DIR is the directory's DIRECTORY_DATA_DIR (it holds db/ and index/). Restore with
# tools/restore.sh. For PostgreSQL + OpenSearch, see docs/deploy.md (pg_dump, then reindex).
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 DATA_DIR ARCHIVE" >&2
  exit 64
fi
data=$1
archive=$2

if [ ! -d "$data/db" ]; then
  echo "No database under $data/db: is $data the directory's data folder?" >&2
  exit 2
fi
for lock in "$data"/db/*.lock.db; do
  if [ -e "$lock" ]; then
    echo "The directory is running ($lock exists): stop it first." >&2
    echo "(After a crash, a stale lock file may remain: delete it once the server is surely stopped.)" >&2
    exit 3
  fi
done

parts=db
if [ -d "$data/index" ]; then
  parts="db index"
fi
tmp="$archive.part"
# shellcheck disable=SC2086 # parts is a list of folder names without spaces
tar -czf "$tmp" -C "$data" $parts
mv "$tmp" "$archive"
echo "Backed up $parts of $data to $archive."
