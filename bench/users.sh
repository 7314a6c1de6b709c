#!/usr/bin/env bash
# Measures the traffic users send, where no two requests are alike (so the response cache answers none
# of them), as ratios to the API root GET /api/v1 in the same run:
#
#   search       1 to 3 words drawn from the source text, varied page sizes, no two queries alike
#   events       random from/to/participant/size/page/sort on /api/v1/events, no two alike
#   statements   random from/to/speaker/kind/size/page/sort on /api/v1/statements, no two alike
#   items        every event, statement, person and country in turn, by id
#
# Every scenario but the root sends Cache-Control: no-cache, so the response cache answers none of them.
#
#   bench/users.sh                    build the jar, start it at -Xmx256m on a free loopback port, measure
#   SKIP_BUILD=1 bench/users.sh       reuse target/*.jar
#   PROFILE=target/profiles SKIP_BUILD=1 bench/users.sh   also a JFR profile of each scenario's first round
#   APP_ARGS='--spring.profiles.active=postgres,bench ...' bench/users.sh   (bench/growth.sh does this)
#
# The request paths are written by bench/requests.py; each wrk run reads its own file through
# bench/lines.lua. Needs wrk, curl, python3. The app's log is left in target/bench-users-app.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${DURATION:-10s}
# Each scenario first serves this long: the search path needs about a minute of traffic before the JIT has
# compiled it (its CPU per request falls from about 1,000 to 360 µs over the first 50 s; see PERFORMANCE.md).
WARMUP=${WARMUP:-60s}
ROUNDS=${ROUNDS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
HEAP=${HEAP:-256m}
SCENARIOS=${SCENARIOS:-root search events statements items fresh}

need wrk curl java python3
JAR=$(jar)
WORK=$(mktemp -d)
trap 'stop; rm -rf "$WORK"' EXIT

echo "bench: starting $JAR with -Xmx$HEAP ${JAVA_OPTS:-} ${APP_ARGS:-}"
# shellcheck disable=SC2086
start target/bench-users-app.log -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$JAR" ${APP_ARGS:-}
echo "bench: ready at $BASE after $READY_MS ms"

echo "bench: writing the request paths"
mkdir "$WORK/paths"
ITEMS=$([[ " $SCENARIOS " == *" items "* ]] && echo 1 || echo 0) python3 bench/requests.py "$BASE" src/main/resources/sources/csto-wikipedia-extract.txt "$WORK/paths" $((ROUNDS + 1)) \
	"${SEARCH_PER_RUN:-80000}" "${FILTERS_PER_RUN:-250000}"

run() { # scenario run-number duration
	local wrk=(-t"$THREADS" -c"$CONNECTIONS" -d"$3")
	case $1 in
		root) measure "$WORK/$1.$2" "${wrk[@]}" -H 'Accept: application/json' "$BASE/api/v1"; return ;;
		fresh) measure "$WORK/$1.$2" "${wrk[@]}" -H 'Accept: application/json' -H 'Cache-Control: no-cache' \
			"$BASE/api/v1"; return ;;
	esac
	measure "$WORK/$1.$2" "${wrk[@]}" -s bench/lines.lua "$BASE" -- "$(paths_file "$WORK/paths" "$1" "$2")" "$THREADS"
}

echo "bench: warming up, $WARMUP per scenario"
for name in $SCENARIOS; do run "$name" $((ROUNDS + 1)) "$WARMUP"; done
for round in $(seq 1 "$ROUNDS"); do
	echo "bench: round $round of $ROUNDS, $DURATION per scenario"
	for name in $SCENARIOS; do
		# PROFILE=DIR: a Java Flight Recorder profile of each scenario's first round, in DIR/<scenario>.jfr
		[ -n "${PROFILE:-}" ] && [ "$round" = 1 ] && jcmd "$APP" JFR.start name="$name" settings=profile > /dev/null
		run "$name" "$round" "$DURATION"
		if [ -n "${PROFILE:-}" ] && [ "$round" = 1 ]; then
			mkdir -p "$PROFILE"
			jcmd "$APP" JFR.stop name="$name" filename="$(realpath "$PROFILE")/$name.jfr" > /dev/null
		fi
	done
done

declare -A RPS P99 ERR CPU WRAP
for name in $SCENARIOS; do
	RPS[$name]=$(for r in $(seq 1 "$ROUNDS"); do rps "$WORK/$name.$r"; done | median)
	P99[$name]=$(for r in $(seq 1 "$ROUNDS"); do p99 "$WORK/$name.$r"; done | median)
	CPU[$name]=$(for r in $(seq 1 "$ROUNDS"); do cat "$WORK/$name.$r.cpu" 2> /dev/null; done | median)
	ERR[$name]=$(for r in $(seq 1 "$ROUNDS"); do errors "$WORK/$name.$r"; done | awk '{ n += $1 } END { print n + 0 }')
	WRAP[$name]=$(for r in $(seq 1 "$ROUNDS"); do wrapped "$WORK/$name.$r"; done | awk '{ n += $1 } END { print n + 0 }')
done

declare -A TARGET=([search]=0.25 [events]=0.5 [items]=0.8)
declare -A P99_TARGET=([search]=25)
declare -A WHAT=([root]='`/api/v1`, repeated (cached)' [search]='1-3 words from the source, varied sizes, no two alike'
	[events]='random from/to/participant/size/page/sort, no two alike' [statements]='random from/to/speaker/kind/size/page/sort, no two alike'
	[items]='every event, statement, person and country in turn' [fresh]='`/api/v1`, repeated, rendered afresh (no-cache)')

HEAP_USED=$(curl -s "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { n += $NF } END { printf "%.0f", n / 1048576 }')
# The live set: the heap in use right after a full collection.
jcmd "$APP" GC.run > /dev/null 2>&1 || true
HEAP_LIVE=$(jcmd "$APP" GC.heap_info 2> /dev/null | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024; exit } }')
echo
echo "$(date -u '+%F %H:%M UTC'), $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)'), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, median of $ROUNDS rounds, after $WARMUP warm-up; -Xmx$HEAP ${JAVA_OPTS:-} ${APP_ARGS:-}; ready in $READY_MS ms; heap in use at the end: $HEAP_USED MB, after a full GC: ${HEAP_LIVE:-?} MB"
echo
echo "| scenario | traffic | requests/s | p99 ms | errors | ratio to root | target | met | app CPU µs/request | CPU ratio |"
echo "| --- | --- | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |"
FAILED=0
for name in $SCENARIOS; do
	r=$(ratio "${RPS[$name]}" "${RPS[root]:-0}")
	cpu_ratio=$(ratio "${CPU[root]:-0}" "${CPU[$name]:-0}")
	target=${TARGET[$name]:-}
	met=
	if [ -n "$target" ]; then
		met=yes
		awk -v r="$r" -v t="$target" 'BEGIN { exit !(r == "" || r < t) }' && met=no
		[ -n "${P99_TARGET[$name]:-}" ] && awk -v p="${P99[$name]}" -v t="${P99_TARGET[$name]}" 'BEGIN { exit !(p > t) }' && met=no
		[ "${ERR[$name]}" -gt 0 ] && met=no
		[ "$met" = no ] && FAILED=1
		target="≥ $target${P99_TARGET[$name]:+, p99 ≤ ${P99_TARGET[$name]} ms}"
	fi
	echo "| $name | ${WHAT[$name]} | ${RPS[$name]} | ${P99[$name]} | ${ERR[$name]} | $r | ${target:-} | $met | ${CPU[$name]:-} | $cpu_ratio |"
	if [ "$name" != items ] && [ "${WRAP[$name]:-0}" -gt 0 ]; then
		echo "bench: $name ran out of distinct paths ${WRAP[$name]} times: raise SEARCH_PER_RUN or FILTERS_PER_RUN" >&2
	fi
done
echo
if [ "$FAILED" = 0 ]; then echo "bench: every target met"; else echo "bench: a target was missed"; fi
exit "$FAILED"
