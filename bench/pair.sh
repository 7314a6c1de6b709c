#!/usr/bin/env bash
# Compares two builds of the app on one scenario of bench/users.sh with both running at once: short wrk slices
# of the same request paths alternate between them, so both see the same machine, however its speed moves
# (on a shared VM, one jar's CPU per request moved by 2.5 times between runs minutes apart). Prints each
# slice's app CPU µs per request, side by side, and the means.
#
#   bench/pair.sh A.jar B.jar                    search, 8 slices of 3 s each
#   SCENARIO=items SLICES=12 bench/pair.sh A.jar B.jar
#   WARMUP=10s bench/pair.sh A.jar B.jar         a shorter warm-up than the default minute per app
#
# SCENARIO is search, events, statements or items, as bench/users.sh writes them (bench/requests.py). Needs
# wrk, curl, python3. The apps' logs are left in target/bench-pair-a.log and target/bench-pair-b.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SCENARIO=${SCENARIO:-search}
SLICES=${SLICES:-8}
SLICE=${SLICE:-3s}
# Before the slices, each app serves this long: the search path takes about a minute of traffic to be
# compiled (its CPU per request falls from about 1,000 to 360 µs over the first 50 s, see PERFORMANCE.md).
WARMUP=${WARMUP:-60s}
HEAP=${HEAP:-256m}
[ $# = 2 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
need wrk curl java python3
WORK=$(mktemp -d)
declare -A PID URL
trap 'for side in a b; do APP=${PID[$side]:-}; stop; done; rm -rf "$WORK"' EXIT

for side in a b; do
	jar=$1
	shift
	start "target/bench-pair-$side.log" -Xmx"$HEAP" -jar "$jar"
	PID[$side]=$APP
	URL[$side]=$BASE
	echo "bench: $side is $jar, ready at $BASE after $READY_MS ms"
done

# Two files of distinct paths: one to warm both apps up, one for the slices.
ITEMS=$([ "$SCENARIO" = items ] && echo 1 || echo 0) python3 bench/requests.py "${URL[a]}" \
	src/main/resources/sources/csto-wikipedia-extract.txt "$WORK" 2 40000 100000

slice() { # side run-number duration
	APP=${PID[$1]}
	measure "$WORK/$1.out" -t2 -c8 -d"$3" -s bench/lines.lua "${URL[$1]}" -- "$(paths_file "$WORK" "$SCENARIO" "$2")" 2
	cat "$WORK/$1.out.cpu"
}

for side in a b; do slice "$side" 2 "$WARMUP" > /dev/null; done
echo "slice | a: CPU µs/request | b: CPU µs/request"
for i in $(seq 1 "$SLICES"); do
	echo "$i | $(slice a 1 "$SLICE") | $(slice b 1 "$SLICE")"
done | tee "$WORK/slices"
awk -F' [|] ' '{ a += $2; b += $3 } END { printf "mean | %.0f | %.0f (b / a = %.2f)\n", a / NR, b / NR, b / a }' "$WORK/slices"
