#!/usr/bin/env bash
# Whole-pipeline benchmark (not a test): the sample study and a synthetic board at 1x, 2x and 4x,
# several runs each, wall time and peak memory from /usr/bin/time -v, medians written to
# bench/results/pipeline.md. Usage: bench/run-benchmark.sh [RUNS_SAMPLE=5] [RUNS_BOARD=3] [SCALES="1 2 4"]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
RUNS_SAMPLE="${1:-5}"
RUNS_BOARD="${2:-3}"
SCALES="${3:-1 2 4}"
[ -x /usr/bin/time ] || { echo "installing GNU time" >&2; apt-get install -y -qq time >/dev/null; }
mvn -B -q -DskipTests package
data="$here/bench/data"
mkdir -p "$data" bench/results
export SAMENKRACHT_KEY="benchmark-key-0123456789abcdef"

measure() { # name study runs -> lines "wall rss rows"
  local name="$1" study="$2" runs="$3" out="$data/out-$1"
  for i in $(seq 1 "$runs"); do
    rm -rf "$out"
    /usr/bin/time -v ./samenkracht run "$study" --out "$out" >"$data/$name-$i.log" 2>&1
    wall=$(grep "Elapsed (wall clock)" "$data/$name-$i.log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$data/$name-$i.log" | awk '{print $NF}')
    rows=$(python3 -c "import json,glob; r=json.load(open(glob.glob('$out/*/*/run.json')[0])); print(sum(a['read'] for a in r['row_accounting']))")
    echo "$name $i $wall $rss $rows" | tee -a "$data/raw.txt" >&2
    echo "$wall $rss $rows"
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

report="bench/results/pipeline.md"
{
  echo "# Pipeline benchmark"
  echo
  echo "Command: \`bench/run-benchmark.sh $RUNS_SAMPLE $RUNS_BOARD \"$SCALES\"\` on $(nproc) cores, $(date -u +%Y-%m-%d)."
  echo "Each figure is the median of the runs; wall time includes JVM and Spark start."
  echo
  echo "| data | runs | rows read | wall (s) | rows/s | peak RSS (MiB) |"
  echo "|---|---|---|---|---|---|"
} > "$report"

row() { # name runs results
  local name="$1" runs="$2" results="$3"
  local wall rss rows
  wall=$(echo "$results" | awk '{print $1}' | median)
  rss=$(echo "$results" | awk '{print $2}' | median)
  rows=$(echo "$results" | awk '{print $3}' | head -1)
  echo "| $name | $runs | $rows | $wall | $(python3 -c "print(round($rows/$wall))") | $(python3 -c "print(round($rss/1024))") |" >> "$report"
}

row "sample study" "$RUNS_SAMPLE" "$(measure sample data-samples/study.yaml "$RUNS_SAMPLE")"
[ "$RUNS_BOARD" -gt 0 ] || SCALES=""
for k in $SCALES; do
  board="$data/board-${k}x"
  [ -f "$board/study.yaml" ] || ./samenkracht generate board --scale "$k" --out "$board"
  row "board ${k}x" "$RUNS_BOARD" "$(measure "board${k}" "$board/study.yaml" "$RUNS_BOARD")"
done
cat "$report"
