#!/usr/bin/env bash
# Contact-stage benchmark (not a test, not part of `mvn verify`): contact ingest + indicators on a
# large synthetic board (LargeContactsGenerator: 2,000,000 contact rows over 50 locations and
# 5 school years, plus a 62,500-row roster) and on twice that, each run RUNS times (default 3)
# under /usr/bin/time -v; writes the medians of wall time and peak RSS to bench/results/contacts.md.
# Targets (2 cores): 1x <= 60 s wall and <= 3 GiB peak RSS; 2x at most 2.2x the 1x time.
#
# Usage: bench/contacts-bench.sh            (RUNS=3 BENCH_HEAP=2g BENCH_WORK=/tmp/... to override)
#        BENCH_JVM_OPTS="-XX:TieredStopAtLevel=1" bench/contacts-bench.sh   (extra JVM options)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-3}"
heap="${BENCH_HEAP:-2g}"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/samenkracht-contacts-bench}"
extra="${BENCH_JVM_OPTS:-}"
out="bench/results/contacts.md"

if [ ! -x /usr/bin/time ]; then
  echo "contacts-bench: installing GNU time (apt-get install -y time)" >&2
  apt-get install -y time >/dev/null
fi

echo "contacts-bench: building the jar (mvn -o -q package -DskipTests)" >&2
mvn -B -o -q package -DskipTests
jar="jobs/target/samenkracht.jar"
# With -cp the manifest's Add-Opens do not apply: pass the root pom's list explicitly.
opens="$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' pom.xml)"
# The same JVM settings as the ./samenkracht launcher, plus a fixed heap.
java_opts=(-XX:+IgnoreUnrecognizedVMOptions -XX:+UseParallelGC "-Xmx${heap}" -Djava.awt.headless=true
           -Dio.netty.tryReflectionSetAccessible=true)
# shellcheck disable=SC2206
java_opts+=($opens $extra)
export SPARK_LOCAL_IP=127.0.0.1

mkdir -p "$work" bench/results
for scale in 1 2; do
  dir="$work/x$scale"
  if [ ! -f "$dir/.complete" ]; then
    echo "contacts-bench: generating ${scale}x into $dir" >&2
    rm -rf "$dir"
    java -cp "$jar" nl.samenkracht.generate.LargeContactsGenerator "$dir" "$scale" >&2
    touch "$dir/.complete"
  fi
done

results="$work/results.tsv"
: > "$results"
for scale in 1 2; do
  for i in $(seq 1 "$runs"); do
    log="$work/run-x$scale-$i"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    echo "contacts-bench: ${scale}x run $i/$runs (load average $load)" >&2
    /usr/bin/time -v -o "$log.time" java "${java_opts[@]}" -cp "$jar" \
      nl.samenkracht.indicators.contacts.ContactsBenchmark "$work/x$scale" > "$log.out" 2>&1 \
      || { echo "contacts-bench: run failed, see $log.out" >&2; tail -20 "$log.out" >&2; exit 1; }
    printf '%s\t%s\t%s\t%s\n' "$scale" "$i" "$load" "$log" >> "$results"
  done
done

python3 - "$results" "$out" "$runs" "$heap" "$extra" <<'PY'
import re, statistics, subprocess, sys, datetime, os
results, out, runs, heap, extra = sys.argv[1:]
def secs(t):
    parts = [float(p) for p in t.split(':')]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rows = []
for line in open(results):
    scale, i, load, log = line.rstrip('\n').split('\t')
    tv = open(log + '.time').read()
    wall = secs(re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)', tv).group(1))
    rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', tv).group(1)) / 1024
    cpu = float(re.search(r'User time \(seconds\): (\S+)', tv).group(1)) + float(re.search(r'System time \(seconds\): (\S+)', tv).group(1))
    o = open(log + '.out').read()
    read = re.search(r'rows read (\d+)', o).group(1)
    phases = re.search(r'^seconds: (.*)$', o, re.M).group(1)
    rows.append(dict(scale=int(scale), run=int(i), load=load, wall=wall, rss=rss, cpu=cpu, read=read, phases=phases))
med = {s: dict(wall=statistics.median([r['wall'] for r in rows if r['scale'] == s]),
               rss=statistics.median([r['rss'] for r in rows if r['scale'] == s]),
               cpu=statistics.median([r['cpu'] for r in rows if r['scale'] == s])) for s in (1, 2)}
ratio = med[2]['wall'] / med[1]['wall']
java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]
ok = lambda b: 'met' if b else '**missed**'
with open(out, 'w') as f:
    f.write('# Contact-stage benchmark\n\n')
    f.write('Written by `bench/contacts-bench.sh` on %s. Contact ingest + indicators (ContactsBenchmark: embedded Spark `local[*]`, '
            '8 shuffle partitions; the small results and the first 10,000 rejects collected) on a synthetic board from '
            '`LargeContactsGenerator`: 1x = 2,000,000 contact rows (50 locations, 5 school years, one Dutch Excel CSV per location) '
            'plus a 62,500-row roster; 2x = twice both. JVM: `java -XX:+UseParallelGC -Xmx%s <spark.jvm.opens> %s-cp jobs/target/samenkracht.jar '
            'nl.samenkracht.indicators.contacts.ContactsBenchmark <folder>` under `/usr/bin/time -v`, %s runs each.\n\n'
            % (datetime.date.today().isoformat(), heap, (extra + ' ') if extra else '', runs))
    f.write('Machine: %d cores (`nproc`), %s; %s. The load average before each run is listed: this machine is shared, '
            'and wall time grows with it; user+sys CPU time does not.\n\n'
            % (os.cpu_count(), open('/proc/meminfo').readline().split(':')[1].strip(), java))
    f.write('| size | median wall (s) | median peak RSS (MiB) | median CPU user+sys (s) | target |\n|---|---|---|---|---|\n')
    f.write('| 1x | %.1f | %.0f | %.1f | wall <= 60 s: %s; RSS <= 3072 MiB: %s |\n'
            % (med[1]['wall'], med[1]['rss'], med[1]['cpu'], ok(med[1]['wall'] <= 60), ok(med[1]['rss'] <= 3072)))
    f.write('| 2x | %.1f | %.0f | %.1f | at most 2.2x the 1x time: %.2fx, %s |\n\n'
            % (med[2]['wall'], med[2]['rss'], med[2]['cpu'], ratio, ok(ratio <= 2.2)))
    f.write('| size | run | load avg before | rows read | wall (s) | peak RSS (MiB) | CPU (s) | phases (in the JVM) |\n|---|---|---|---|---|---|---|---|\n')
    for r in rows:
        f.write('| %dx | %d | %s | %s | %.1f | %.0f | %.1f | %s |\n' % (r['scale'], r['run'], r['load'], r['read'], r['wall'], r['rss'], r['cpu'], r['phases']))
print(open(out).read())
PY
