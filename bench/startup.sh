#!/usr/bin/env bash
# Measures the time from `java` to readiness UP (/actuator/health/readiness answering 200) of the API and
# of the start-up reference in bench/startup-reference (a bare Boot app with the same starters, one entity,
# one migration), alternately, with and without class data sharing (CDS), and reports the medians and the
# ratio app / reference. Target: at most 1.2. Beside the time, each start's CPU time to readiness (user +
# system, from /proc): on a shared machine the time follows the other processes' load (the same reference
# took 11 to 138 s in one morning), its CPU time much less, so the CPU ratio says what the app costs more
# when the time ratio cannot.
#
#   bench/startup.sh                  build both jars, then ROUNDS (default 5) starts of each variant
#   SKIP_BUILD=1 ROUNDS=3 bench/startup.sh
#   VARIANTS="reference-cds app-cds" bench/startup.sh      only these
#
# CDS as Spring Boot documents it: extract the jar (-Djarmode=tools extract), one training run with
# -XX:ArchiveClassesAtExit (to readiness, see cds below), then start with -XX:SharedArchiveFile. Everything
# is left under target/cds.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

ROUNDS=${ROUNDS:-5}
HEAP=${HEAP:-256m}
need java curl
APP_JAR=$(jar)
if [ -z "${SKIP_BUILD:-}" ] || [ ! -e bench/startup-reference/target/startup-reference-1.0.0.jar ]; then
	echo "bench: building the start-up reference" >&2
	./mvnw -q -f bench/startup-reference/pom.xml -DskipTests package >&2
fi
REF_JAR=bench/startup-reference/target/startup-reference-1.0.0.jar
trap 'stop' EXIT

# cds NAME JAR: extracts JAR to target/cds/NAME and trains target/cds/NAME.jsa. The training run goes on to
# readiness and then stops (SIGTERM), rather than exiting on refresh as -Dspring.context.exit=onRefresh
# would: the app builds its search index in the background, and the classes that uses would be left out.
cds() {
	rm -rf "target/cds/$1" "target/cds/$1.jsa"
	mkdir -p target/cds
	java -Djarmode=tools -jar "$2" extract --destination "target/cds/$1" > /dev/null
	start "target/cds/$1.training.log" -Xmx"$HEAP" -XX:ArchiveClassesAtExit="target/cds/$1.jsa" \
		-jar "target/cds/$1/$(basename "$2")"
	stop
	[ -s "target/cds/$1.jsa" ] || { echo "bench: no CDS archive for $1; see target/cds/$1.training.log" >&2; exit 1; }
}
echo "bench: training the CDS archives"
cds reference "$REF_JAR"
cds app "$APP_JAR"

declare -A ARGS=(
	[reference]="-jar $REF_JAR"
	[app]="-jar $APP_JAR"
	[reference-cds]="-XX:SharedArchiveFile=target/cds/reference.jsa -jar target/cds/reference/$(basename "$REF_JAR")"
	[app-cds]="-XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/app/$(basename "$APP_JAR")"
)
read -r -a VARIANTS <<< "${VARIANTS:-reference app reference-cds app-cds}"
declare -A TIMES CPUS
HZ=$(getconf CLK_TCK)
for round in $(seq 1 "$ROUNDS"); do
	for variant in "${VARIANTS[@]}"; do
		# shellcheck disable=SC2086
		start "target/bench-startup-$variant.log" -Xmx"$HEAP" ${JAVA_OPTS:-} ${ARGS[$variant]}
		ticks=$(cpu_ticks)
		stop
		TIMES[$variant]="${TIMES[$variant]:-} $READY_MS"
		cpu=
		[ -n "$ticks" ] && cpu=$((ticks * 1000 / HZ)) && CPUS[$variant]="${CPUS[$variant]:-} $cpu"
		echo "bench: round $round, $variant ready in $READY_MS ms${cpu:+, CPU $cpu ms}, load $(cut -d' ' -f1 /proc/loadavg 2> /dev/null)"
	done
done

declare -A MEDIAN CPU
for variant in reference app reference-cds app-cds; do
	MEDIAN[$variant]=$(echo "${TIMES[$variant]:-}" | tr ' ' '\n' | grep . | median)
	CPU[$variant]=$(echo "${CPUS[$variant]:-}" | tr ' ' '\n' | grep . | median)
done
echo
echo "$(date -u '+%F %H:%M UTC'), $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)'), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null)"
echo "time from java to readiness UP, median of $ROUNDS alternating starts, -Xmx$HEAP ${JAVA_OPTS:-}"
echo
echo "| variant | reference ms | app ms | app / reference | target | met | all app starts, ms | CPU ms: reference | app | app / reference |"
echo "| --- | ---: | ---: | ---: | --- | --- | --- | ---: | ---: | ---: |"
FAILED=0
for cds in "" -cds; do
	[ -n "${MEDIAN[app$cds]}" ] && [ -n "${MEDIAN[reference$cds]}" ] || continue
	r=$(awk -v a="${MEDIAN[app$cds]}" -v b="${MEDIAN[reference$cds]}" 'BEGIN { printf "%.2f", a / b }')
	met=yes
	awk -v r="$r" 'BEGIN { exit !(r > 1.2) }' && met=no
	label="plain java -jar"
	[ -n "$cds" ] && label="with CDS"
	echo "| $label | ${MEDIAN[reference$cds]} | ${MEDIAN[app$cds]} | $r | ≤ 1.2 | $met |${TIMES[app$cds]} | ${CPU[reference$cds]} | ${CPU[app$cds]} | $(ratio "${CPU[app$cds]}" "${CPU[reference$cds]}") |"
done
if [ -n "${MEDIAN[app-cds]}" ] && [ -n "${MEDIAN[reference]}" ]; then echo "| app with CDS / reference without | | | $(ratio "${MEDIAN[app-cds]}" "${MEDIAN[reference]}") | | | | | | $(ratio "${CPU[app-cds]}" "${CPU[reference]}") |"; fi
