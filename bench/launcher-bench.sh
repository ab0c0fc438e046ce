#!/usr/bin/env bash
# JVM choices on the sample study (issue 13 point 5), through the launcher as a user runs it:
#   java17-tiered : Java 17, CDS archive, tiered JIT (the launcher's behaviour before issue 13)
#   java17-c1     : Java 17, CDS archive, C1 only (what a Java-17-only machine now gets)
#   default       : the launcher's own choice (JDK 25+ AOT cache where present, C1 for a small study)
# Each setup gets an uncounted warm-up run (it makes its cache), then RUNS measured runs; wall,
# CPU (user+sys) and peak RSS from /usr/bin/time -v, the load average before each run.
# Usage: bench/launcher-bench.sh [RUNS=3]   (results: bench/results/launcher.md)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"; cd "$here"
RUNS="${1:-3}"
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
mvn -B -q -DskipTests package
export SAMENKRACHT_KEY="benchmark-key-0123456789abcdef"
j17=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
data="$here/bench/data/launcher"; mkdir -p "$data"
out="bench/results/launcher.md"
{ echo "# Launcher JVM choices on the sample study"; echo; echo "$(date -u +%F) $(git rev-parse --short HEAD), $(nproc) cores; median of $RUNS runs after one warm-up run per setup."; echo;
  echo "| setup | median wall s | median CPU s | median peak RSS MiB | runs (wall/cpu, load) |"; echo "|---|---|---|---|---|"; } > "$out"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
for setup in java17-tiered java17-c1 default; do
  envs=()
  case "$setup" in
    java17-tiered) envs=(SAMENKRACHT_JAVA_HOME="$j17" SAMENKRACHT_JIT=tiered) ;;
    java17-c1) envs=(SAMENKRACHT_JAVA_HOME="$j17" SAMENKRACHT_JIT=c1) ;;
  esac
  rm -f jobs/target/samenkracht.jsa
  env "${envs[@]}" ./samenkracht run data-samples/study.yaml --out "$data/warm" >"$data/$setup-warm.log" 2>&1
  walls=(); cpus=(); rsss=(); detail=""
  for i in $(seq 1 "$RUNS"); do
    rm -rf "$data/out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    env "${envs[@]}" /usr/bin/time -v ./samenkracht run data-samples/study.yaml --out "$data/out" >"$data/$setup-$i.log" 2>&1
    wall=$(grep "Elapsed (wall clock)" "$data/$setup-$i.log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    cpu=$(awk '/User time|System time/ {s+=$NF} END {printf "%.1f", s}' "$data/$setup-$i.log")
    rss=$(awk '/Maximum resident/ {printf "%d", $NF/1024}' "$data/$setup-$i.log")
    walls+=("$wall"); cpus+=("$cpu"); rsss+=("$rss"); detail="$detail $wall/$cpu (load $load);"
    echo "$setup $i wall=$wall cpu=$cpu rss=${rss}MiB load=$load" >&2
  done
  echo "| $setup | $(printf '%s\n' "${walls[@]}" | median) | $(printf '%s\n' "${cpus[@]}" | median) | $(printf '%s\n' "${rsss[@]}" | median) |$detail |" >> "$out"
done
cat "$out"
