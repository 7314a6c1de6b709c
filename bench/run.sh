#!/usr/bin/env bash
# Measures the API's throughput and p99 latency with wrk, as ratios to the API root GET /api/v1 (a
# small constant answer: the in-process ceiling), and checks the targets of docs/PERFORMANCE.md.
#
#   bench/run.sh                      build the jar, start it at -Xmx256m on a free loopback port, measure
#   SKIP_BUILD=1 bench/run.sh         reuse target/*.jar
#   DURATION=30s ROUNDS=5 bench/run.sh
#
# Needs wrk (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk) and curl. Everything runs
# on 127.0.0.1 and ends with the script; the app's log is left in target/bench-app.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${DURATION:-10s}       # each measurement
WARMUP=${WARMUP:-5s}            # each endpoint, once, before measuring
ROUNDS=${ROUNDS:-3}             # endpoints are measured in turn this many times; the median counts
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
HEAP=${HEAP:-256m}

need wrk curl java
JAR=$(jar)
WORK=$(mktemp -d)
trap 'stop; rm -rf "$WORK"' EXIT

echo "bench: starting $JAR with -Xmx$HEAP"
start target/bench-app.log -Xmx"$HEAP" -jar "$JAR"
echo "bench: ready at $BASE"

EVENT=$(curl -sf "$BASE/api/v1/events?size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
NAMES=(root member-states events-page event search)
declare -A PATHS=(
	[root]=/api/v1
	[member-states]=/api/v1/member-states
	[events-page]="/api/v1/events?size=20"
	[event]=/api/v1/events/$EVENT
	[search]="/api/v1/search?q=Pashinyan"
)
declare -A TARGET=([member-states]=0.8 [event]=0.8 [events-page]=0.5 [search]=0.3)

MEASURED=()
for name in "${NAMES[@]}"; do
	status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${PATHS[$name]}")
	if [ "$status" = 200 ]; then
		MEASURED+=("$name")
	else
		echo "bench: $name (${PATHS[$name]}) answers $status: reported as missing"
	fi
done

run() { # name duration round
	measure "$WORK/$1.$3" -t"$THREADS" -c"$CONNECTIONS" -d"$2" -H 'Accept: application/json' "$BASE${PATHS[$1]}"
}

echo "bench: warming up, $WARMUP per endpoint"
for name in "${MEASURED[@]}"; do run "$name" "$WARMUP" warmup; done

for round in $(seq 1 "$ROUNDS"); do
	echo "bench: round $round of $ROUNDS, $DURATION per endpoint"
	for name in "${MEASURED[@]}"; do run "$name" "$DURATION" "$round"; done
done

declare -A RPS P99 ERR CPU
for name in "${MEASURED[@]}"; do
	CPU[$name]=$(for r in $(seq 1 "$ROUNDS"); do cat "$WORK/$name.$r.cpu" 2> /dev/null; done | median)
	RPS[$name]=$(for r in $(seq 1 "$ROUNDS"); do rps "$WORK/$name.$r"; done | median)
	P99[$name]=$(for r in $(seq 1 "$ROUNDS"); do p99 "$WORK/$name.$r"; done | median)
	ERR[$name]=$(for r in $(seq 1 "$ROUNDS"); do errors "$WORK/$name.$r"; done | awk '{ n += $1 } END { print n + 0 }')
done

HEAP_USED=$(curl -s "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { n += $NF } END { printf "%.0f", n / 1048576 }')

echo
echo "CPU ratio: the root's CPU per request over the endpoint's, the throughput ratio an otherwise idle machine would approach."
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, median of $ROUNDS rounds, after $WARMUP warm-up; -Xmx$HEAP (heap in use at the end: ${HEAP_USED} MB)"
echo
echo "| endpoint | path | requests/s | p99 ms | errors | ratio to root | target | met | app CPU µs/request | CPU ratio |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
FAILED=0
for name in "${NAMES[@]}"; do
	if [[ " ${MEASURED[*]} " != *" $name "* ]]; then
		echo "| $name | \`${PATHS[$name]}\` | missing | | | | ${TARGET[$name]:-} | no | | |"
		FAILED=1
		continue
	fi
	ratio=$(ratio "${RPS[$name]}" "${RPS[root]}")
	met=yes
	if [ -n "${TARGET[$name]:-}" ] && awk -v r="$ratio" -v t="${TARGET[$name]}" 'BEGIN { exit !(r < t) }'; then met=no; fi
	[ "${ERR[$name]}" -gt 0 ] && met=no
	[ "$met" = no ] && FAILED=1
	cpu_ratio=$(ratio "${CPU[root]:-0}" "${CPU[$name]:-0}")
	echo "| $name | \`${PATHS[$name]}\` | ${RPS[$name]} | ${P99[$name]} | ${ERR[$name]} | $ratio | ${TARGET[$name]:-ceiling} | $met | ${CPU[$name]:-} | $cpu_ratio |"
done
echo
if [ "$FAILED" = 0 ]; then echo "bench: every target met"; else echo "bench: a target was missed"; fi
exit "$FAILED"
