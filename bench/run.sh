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

DURATION=${DURATION:-10s}       # each measurement
WARMUP=${WARMUP:-5s}            # each endpoint, once, before measuring
ROUNDS=${ROUNDS:-3}             # endpoints are measured in turn this many times; the median counts
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
HEAP=${HEAP:-256m}

for tool in wrk curl java; do
	if ! command -v "$tool" > /dev/null; then
		hint=
		[ "$tool" = wrk ] && hint=": apt-get install -y wrk (Debian, Ubuntu) or brew install wrk (macOS)"
		echo "bench: $tool is not installed$hint" >&2
		exit 2
	fi
done

if [ -z "${SKIP_BUILD:-}" ]; then
	echo "bench: building the jar"
	./mvnw -q -DskipTests package
fi
JAR=$(ls target/csto-knowledge-base-*.jar | grep -v '\.original$' | head -1)
LOG=target/bench-app.log
WORK=$(mktemp -d)

echo "bench: starting $JAR with -Xmx$HEAP"
java -Xmx"$HEAP" -jar "$JAR" --server.port=0 --server.address=127.0.0.1 > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2> /dev/null; wait $APP 2> /dev/null; rm -rf "$WORK"' EXIT

PORT=
for _ in $(seq 1 300); do
	PORT=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$LOG" | head -1)
	[ -n "$PORT" ] && break
	kill -0 $APP 2> /dev/null || { echo "bench: the app did not start; see $LOG" >&2; exit 1; }
	sleep 1
done
[ -n "$PORT" ] || { echo "bench: the app did not start within 300 s; see $LOG" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 60); do
	[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && break
	sleep 1
done
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

# The app's CPU time (user + system, in clock ticks) from /proc: on a machine shared with other work,
# CPU per request is steadier than requests per second. Empty where there is no /proc (macOS).
cpu_ticks() { [ -r /proc/$APP/stat ] && awk '{ print $14 + $15 }' /proc/$APP/stat || true; }

run() { # name duration round
	local before after
	before=$(cpu_ticks)
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 2s --latency -H 'Accept: application/json' \
		"$BASE${PATHS[$1]}" > "$WORK/$1.$3"
	after=$(cpu_ticks)
	if [ -n "$before" ]; then
		awk -v a="$before" -v b="$after" -v hz="$(getconf CLK_TCK)" '/requests in/ { printf "%.0f\n", (b - a) / hz * 1e6 / $1 }' \
			"$WORK/$1.$3" > "$WORK/$1.$3.cpu"
	fi
}

echo "bench: warming up, $WARMUP per endpoint"
for name in "${MEASURED[@]}"; do run "$name" "$WARMUP" warmup; done

for round in $(seq 1 "$ROUNDS"); do
	echo "bench: round $round of $ROUNDS, $DURATION per endpoint"
	for name in "${MEASURED[@]}"; do run "$name" "$DURATION" "$round"; done
done

# From wrk's report: requests/s, p99 in ms, and errors (non-2xx answers and socket errors).
rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
p99() {
	awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f\n", v }' "$1"
}
errors() {
	awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

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
	ratio=$(awk -v a="${RPS[$name]}" -v b="${RPS[root]}" 'BEGIN { printf "%.2f", a / b }')
	met=yes
	if [ -n "${TARGET[$name]:-}" ] && awk -v r="$ratio" -v t="${TARGET[$name]}" 'BEGIN { exit !(r < t) }'; then met=no; fi
	[ "${ERR[$name]}" -gt 0 ] && met=no
	[ "$met" = no ] && FAILED=1
	cpu_ratio=$(awk -v a="${CPU[root]:-}" -v b="${CPU[$name]:-}" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b }')
	echo "| $name | \`${PATHS[$name]}\` | ${RPS[$name]} | ${P99[$name]} | ${ERR[$name]} | $ratio | ${TARGET[$name]:-ceiling} | $met | ${CPU[$name]:-} | $cpu_ratio |"
done
echo
if [ "$FAILED" = 0 ]; then echo "bench: every target met"; else echo "bench: a target was missed"; fi
exit "$FAILED"
