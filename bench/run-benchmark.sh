#!/usr/bin/env bash
# Whole-pipeline benchmark (not a test, not part of `mvn verify`): the sample study and the
# synthetic board (`samenkracht generate board`: 50 locations, 5 school years, 200,000 survey
# submissions of 20 items, 2,000,000 contact rows, 75,000 coded interview segments, all × K) at
# 1x, 2x and 4x, several runs each, through the ./samenkracht launcher exactly as a user runs it.
# Wall time, CPU time and peak RSS come from /usr/bin/time -v; the step timings from each run's
# run.json. Medians go to bench/results/pipeline.md.
#
# Usage: bench/run-benchmark.sh [RUNS_SAMPLE=5] [RUNS_BOARD=3] [SCALES="1 2 4"] [RUNS_LARGEST=RUNS_BOARD]
#   RUNS_LARGEST applies to the last scale (4x takes longest). LARGEST_JAVA_OPTS (e.g. -Xmx4g) is
#   passed to the launcher for the last scale only: the 4x board does not fit the default 2 GiB heap.
# Targets (issue 13, 2 cores): sample <= 15 s wall and <= 30 s CPU; 1x board <= 90 s and <= 3 GiB peak RSS;
# each doubling at most 2.1x the time; the 4x board with the launcher defaults.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
RUNS_SAMPLE="${1:-5}"
RUNS_BOARD="${2:-3}"
SCALES="${3:-1 2 4}"
RUNS_LARGEST="${4:-$RUNS_BOARD}"
[ -x /usr/bin/time ] || { echo "installing GNU time" >&2; apt-get install -y -qq time >/dev/null; }
mvn -B -q -DskipTests package
data="$here/bench/data"
mkdir -p "$data" bench/results
: > "$data/raw.txt"
: > "$data/failures.txt"
rm -f "$data"/*.run.json
export SAMENKRACHT_KEY="benchmark-key-0123456789abcdef"

# The launcher builds its class-data-sharing archive on the first run after a build (and spends
# seconds at that run's exit writing it). That is a one-off, so it happens here, uncounted.
echo "warm-up run (class-data-sharing archive)" >&2
./samenkracht run data-samples/study.yaml --out "$data/out-warmup" >"$data/warmup.log" 2>&1
rm -rf "$data/out-warmup"

measure() { # name study runs -> lines "wall rss rows cpu"
  local name="$1" study="$2" runs="$3" out="$data/out-$1"
  for i in $(seq 1 "$runs"); do
    rm -rf "$out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    if ! /usr/bin/time -v ./samenkracht run "$study" --out "$out" >"$data/$name-$i.log" 2>&1; then
      echo "$name $i load=$load FAILED (see $data/$name-$i.log)" | tee -a "$data/raw.txt" >&2
      echo "$name run $i failed: $(grep -v '^\s' "$data/$name-$i.log" | grep -i 'error\|exception' | head -1)" >> "$data/failures.txt"
      return 0
    fi
    wall=$(grep "Elapsed (wall clock)" "$data/$name-$i.log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$data/$name-$i.log" | awk '{print $NF}')
    user=$(grep "User time (seconds)" "$data/$name-$i.log" | awk '{print $NF}')
    sys=$(grep "System time (seconds)" "$data/$name-$i.log" | awk '{print $NF}')
    cpu=$(python3 -c "print(round($user+$sys,1))")
    run_json=$(ls "$out"/*/*/run.json)
    rows=$(python3 -c "import json; r=json.load(open('$run_json')); print(sum(a['read'] for a in r['row_accounting']))")
    cp "$run_json" "$data/$name-$i.run.json"
    echo "$name $i load=$load wall=$wall rss_kb=$rss cpu=$cpu rows=$rows" | tee -a "$data/raw.txt" >&2
    echo "$wall $rss $rows $cpu"
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

report="bench/results/pipeline.md"
steps="$data/steps.md"
: > "$steps"
{
  echo "# Pipeline benchmark"
  echo
  echo "Command: \`bench/run-benchmark.sh $RUNS_SAMPLE $RUNS_BOARD \"$SCALES\" $RUNS_LARGEST\`, $(date -u +%Y-%m-%d)."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MiB RAM, $(java -version 2>&1 | head -1)."
  echo "Each figure is the median of the runs; wall time includes JVM and Spark start (\`./samenkracht run\`,"
  echo "launcher defaults: -Xmx2g, parallel GC, class-data-sharing archive made by an uncounted warm-up run)."
  echo "The load average before every run is listed under the table (also in \`bench/data/raw.txt\`)."
  echo
  echo "| data | runs | rows read | wall (s) | rows/s | CPU user+sys (s) | peak RSS (MiB) |"
  echo "|---|---|---|---|---|---|---|"
} > "$report"

row() { # name runs results
  local name="$1" runs="$2" results="$3"
  local wall rss rows cpu
  if [ -z "$results" ]; then
    echo "| $name | $runs | – | failed, see bench/data/failures.txt | | | |" >> "$report"
    echo "0" > "$data/wall-$(echo "$name" | tr ' ' '_')"
    return 0
  fi
  wall=$(echo "$results" | awk '{print $1}' | median)
  rss=$(echo "$results" | awk '{print $2}' | median)
  rows=$(echo "$results" | awk '{print $3}' | head -1)
  cpu=$(echo "$results" | awk '{print $4}' | median)
  echo "| $name | $runs | $rows | $wall | $(python3 -c "print(round($rows/$wall))") | $cpu | $(python3 -c "print(round($rss/1024))") |" >> "$report"
  echo "$wall" > "$data/wall-$(echo "$name" | tr ' ' '_')"
}

step_medians() { # name runs -> markdown lines with the median seconds of every step
  ls "$data/$1"-*.run.json >/dev/null 2>&1 || return 0
  python3 - "$data" "$1" "$2" >> "$steps" <<'EOF'
import json, statistics, sys
data, name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
steps = {}
import os
for i in range(1, runs + 1):
    if not os.path.exists(f"{data}/{name}-{i}.run.json"):
        continue
    for k, v in json.load(open(f"{data}/{name}-{i}.run.json")).get("step_timings_seconds", {}).items():
        steps.setdefault(k, []).append(v)
print(f"\n**{name}** (median seconds per step):\n")
print("| step | s |\n|---|---|")
for k, v in steps.items():
    print(f"| {k} | {statistics.median(v):.1f} |")
EOF
}

row "sample study" "$RUNS_SAMPLE" "$(measure sample data-samples/study.yaml "$RUNS_SAMPLE")"
step_medians sample "$RUNS_SAMPLE"
[ "$RUNS_BOARD" -gt 0 ] || SCALES=""
last="${SCALES##* }"
for k in $SCALES; do
  board="$data/board-${k}x"
  if [ ! -f "$board/.complete" ]; then
    rm -rf "$board"
    ./samenkracht generate board --scale "$k" --out "$board"
    touch "$board/.complete"
  fi
  runs="$RUNS_BOARD"
  [ "$k" = "$last" ] && runs="$RUNS_LARGEST"
  if [ "$k" = "$last" ] && [ -n "${LARGEST_JAVA_OPTS:-}" ]; then
    row "board ${k}x" "$runs" "$(SAMENKRACHT_JAVA_OPTS="$LARGEST_JAVA_OPTS" measure "board${k}" "$board/study.yaml" "$runs")"
    echo "board ${k}x ran with SAMENKRACHT_JAVA_OPTS=$LARGEST_JAVA_OPTS" >> "$steps"
  else
    row "board ${k}x" "$runs" "$(measure "board${k}" "$board/study.yaml" "$runs")"
  fi
  step_medians "board${k}" "$runs"
done

{
  echo
  echo "Time per doubling (targets: sample <= 15 s wall, <= 30 s CPU; 1x <= 90 s and <= 3072 MiB; each doubling <= 2.1x):"
  echo
  prev=""
  for k in $SCALES; do
    w=$(cat "$data/wall-board_${k}x")
    [ -n "$prev" ] && [ "$prev" != "0" ] && [ "$w" != "0" ] && echo "- ${pk}x → ${k}x: $(python3 -c "print(round($w/$prev, 2))")× the time"
    prev="$w"; pk="$k"
  done
  echo
  echo "## Every run, with the load average before it"
  echo
  echo '```'
  cat "$data/raw.txt"
  echo '```'
  echo
  echo "## Where the time goes"
  cat "$steps"
} >> "$report"
cat "$report"
