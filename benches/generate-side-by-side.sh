#!/usr/bin/env bash
# Whole-process generation, specgen beside progenitor, interleaved: for each synthetic spec
# (OPERATIONS, default "100 1000"), RUNS rounds (default 11) of one `specgen generate` run and
# one `progenitor-generate` run of the same API (the OpenAPI document `specgen openapi`
# exports), which goes first alternating. Prints the medians of CPU time (user + system, which
# load on the other core disturbs less than wall-clock time), of wall-clock time and of peak
# memory (maximum resident set size), and the ratios specgen / progenitor.
#
#   bash benches/generate-side-by-side.sh            # from the repository root
#
# Needs GNU time (/usr/bin/time); builds both generators in release mode first. See
# BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

OPERATIONS=${OPERATIONS:-"100 1000"}
RUNS=${RUNS:-11}
WORK=${WORK:-target/side-by-side}
mkdir -p "$WORK"

cargo build -q --release -p specgen-cli -p specgen-benches --bin specgen --bin synthetic-spec
(cd benches/progenitor && cargo build -q --release --locked --bin progenitor-generate)
SPECGEN=target/release/specgen
PROGENITOR=benches/progenitor/target/release/progenitor-generate

# `measure <label> <command...>`: appends "cpu wall kib" of one run to $WORK/<label>.times.
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%U %S %e %M" -o "$WORK/time.out" "$@" >/dev/null
  awk '{ printf "%.3f %.3f %d\n", $1 + $2, $3, $4 }' "$WORK/time.out" >>"$WORK/$label.times"
}

# `median <file> <column>`
median() {
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| operations | specgen CPU | progenitor CPU | CPU ratio | specgen wall | progenitor wall | specgen peak memory | progenitor peak memory | memory ratio |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for n in $OPERATIONS; do
  dir="$WORK/synthetic-$n"
  service=$(target/release/synthetic-spec "$n" "$dir")
  "$SPECGEN" openapi "$service" --out "$dir.json" >/dev/null
  rm -f "$WORK/specgen-$n.times" "$WORK/progenitor-$n.times"
  for round in $(seq 1 "$RUNS"); do
    if [ $((round % 2)) -eq 1 ]; then
      measure "specgen-$n" "$SPECGEN" generate "$service" --out "$dir-out"
      measure "progenitor-$n" "$PROGENITOR" "$dir.json" "$dir-progenitor.rs"
    else
      measure "progenitor-$n" "$PROGENITOR" "$dir.json" "$dir-progenitor.rs"
      measure "specgen-$n" "$SPECGEN" generate "$service" --out "$dir-out"
    fi
  done
  s_cpu=$(median "$WORK/specgen-$n.times" 1)
  p_cpu=$(median "$WORK/progenitor-$n.times" 1)
  s_wall=$(median "$WORK/specgen-$n.times" 2)
  p_wall=$(median "$WORK/progenitor-$n.times" 2)
  s_mem=$(median "$WORK/specgen-$n.times" 3)
  p_mem=$(median "$WORK/progenitor-$n.times" 3)
  awk -v n="$n" -v sc="$s_cpu" -v pc="$p_cpu" -v sw="$s_wall" -v pw="$p_wall" -v sm="$s_mem" -v pm="$p_mem" \
    'BEGIN { printf "| %d | %.3f s | %.3f s | %.2f | %.2f s | %.2f s | %.1f MiB | %.1f MiB | %.2f |\n", n, sc, pc, sc / pc, sw, pw, sm / 1024, pm / 1024, sm / pm }'
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
