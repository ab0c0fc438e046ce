#!/usr/bin/env bash
# Compares the tables/*.csv of two run folders byte for byte (issue 13's "this change alters no
# figure"): prints each table that differs or exists on one side only, exits 1 if any does.
# Usage: bench/compare-tables.sh RUN_DIR_A RUN_DIR_B
#   e.g. bench/compare-tables.sh /tmp/before/inwerken-kompasroos/2024-2025 reports/inwerken-kompasroos/2024-2025
# run.json is not compared: it carries timings, Spark job counts and the start time.
set -euo pipefail
a="${1:?run folder A}"; b="${2:?run folder B}"
status=0
for f in $( (cd "$a/tables" && ls *.csv; cd "$b/tables" && ls *.csv) | sort -u); do
  if [ ! -f "$a/tables/$f" ]; then echo "only in B: $f"; status=1
  elif [ ! -f "$b/tables/$f" ]; then echo "only in A: $f"; status=1
  elif ! cmp -s "$a/tables/$f" "$b/tables/$f"; then echo "differs: $f"; status=1
  fi
done
[ "$status" -eq 0 ] && echo "all $(ls "$a/tables"/*.csv | wc -l) tables byte-identical"
exit "$status"
