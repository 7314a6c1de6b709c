#!/usr/bin/env bash
# What publishing one proposal costs as the data grows: for each size, a PostgreSQL database with the real
# knowledge base plus N synthetic events (the bench profile, as bench/growth.sh), then COUNT proposals, each a
# new source and a meeting that quotes it and names Armenia, proposed by one account and published by another.
# Prints the median and slowest propose and publish times, the app's CPU per publication, and the median time
# of the bare reference app's one endpoint (bench/startup-reference, GET /items) in the same run, as the yardstick.
#
#   bench/publish.sh                         sizes 0 (the real data alone) 1000 10000, COUNT=20, at -Xmx256m
#   SIZES="1000" COUNT=50 SKIP_BUILD=1 bench/publish.sh
#   PGHOST=127.0.0.1 PGUSER=postgres         the server (trust or PGPASSWORD); databases kb_bench_<N> are recreated
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZES=${SIZES:-0 1000 10000}
COUNT=${COUNT:-20}
HEAP=${HEAP:-256m}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGPORT=${PGPORT:-5432}
need java curl createdb dropdb python3 jq
BUILD_ARGS=-Pbench JAR=$(jar)
if [ -z "${SKIP_BUILD:-}" ] || [ ! -e bench/startup-reference/target/startup-reference-1.0.0.jar ]; then
	./mvnw -q -f bench/startup-reference/pom.xml -DskipTests package >&2
fi
WORK=$(mktemp -d)
REF=
trap 'stop; [ -n "$REF" ] && kill "$REF" 2> /dev/null; rm -rf "$WORK"' EXIT

# The accounts, encoded by the jar itself: a curator proposes, a reviewer publishes.
password=bench-only
hash=$(java -jar "$JAR" encode-password <<< "$password")
export KB_SECURITY_ACCOUNTS_0_NAME=curator KB_SECURITY_ACCOUNTS_0_ROLES=CURATOR KB_SECURITY_ACCOUNTS_0_PASSWORD=$hash
export KB_SECURITY_ACCOUNTS_1_NAME=reviewer KB_SECURITY_ACCOUNTS_1_ROLES=REVIEWER KB_SECURITY_ACCOUNTS_1_PASSWORD=$hash

# The reference's constant answer, timed by curl as the publications are.
start "$WORK/reference.log" -Xmx"$HEAP" -jar bench/startup-reference/target/startup-reference-1.0.0.jar
REF=$APP
REF_BASE=$BASE
APP=
reference_ms() {
	for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' "$REF_BASE/items"; done | tail -40 |
		awk '{ print $1 * 1000 }' | median
}

proposal() { # n
	python3 - "$1" << 'EOF'
import json, sys
n = sys.argv[1]
line = f"Bench report {n}: the CSTO held meeting number {n} in Armenia."
print(json.dumps({"summary": f"Bench publication {n}", "changes": [
    {"action": "create", "type": "source", "id": f"bench-report-{n}",
     "item": {"title": f"Bench report {n}", "origin": f"https://example.org/bench/{n}", "licence": "CC0 1.0",
              "licenceUrl": None, "text": line + "\n"}},
    {"action": "create", "type": "event", "id": f"bench-meeting-{n}",
     "item": {"title": f"Meeting {n}", "kind": "MEETING", "summary": line, "date": None, "datePrecision": None,
              "participants": [{"type": "country", "id": "ARM"}],
              "citations": [{"source": f"bench-report-{n}", "passage": 1, "marker": None, "quote": line}]}}]}))
EOF
}

echo "size | ready s | propose ms (median, max) | publish ms (median, max) | app CPU ms per publication | reference ms | publish / reference"
for size in $SIZES; do
	db=kb_bench_$size
	dropdb --if-exists "$db"
	createdb "$db"
	profiles=postgres
	[ "$size" != 0 ] && profiles=postgres,bench
	start "$WORK/app-$size.log" -Xmx"$HEAP" -jar "$JAR" --spring.profiles.active=$profiles --kb.bench.events="$size" \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
		--spring.datasource.password="${PGPASSWORD:-}"
	ready=$READY_MS
	: > "$WORK/propose" && : > "$WORK/publish"
	# Two publications first, not counted: the write path's first run loads and compiles its classes.
	ticks=0
	for n in $(seq 1 $((COUNT + 2))); do
		proposal "$size-$n" > "$WORK/body.json"
		out=$(curl -s -u "curator:$password" -H 'Content-Type: application/json' --data @"$WORK/body.json" \
			-w '\n%{http_code} %{time_total}' "$BASE/api/v1/proposals")
		read -r code seconds <<< "$(tail -1 <<< "$out")"
		[ "$code" = 201 ] || { echo "bench: propose answered $code: $out" >&2; exit 1; }
		id=$(head -1 <<< "$out" | jq -r .id)
		before=$(cpu_ticks)
		read -r pcode pseconds <<< "$(curl -s -o "$WORK/published.json" -u "reviewer:$password" -X POST \
			-w '%{http_code} %{time_total}' "$BASE/api/v1/proposals/$id/publish")"
		after=$(cpu_ticks)
		[ "$pcode" = 200 ] || { echo "bench: publish answered $pcode: $(cat "$WORK/published.json")" >&2; exit 1; }
		if [ "$n" -gt 2 ]; then
			echo "$seconds" >> "$WORK/propose"
			echo "$pseconds" >> "$WORK/publish"
			ticks=$((ticks + after - before))
		fi
	done
	# What readers see: the last event is served, and found by search.
	last=bench-meeting-$size-$((COUNT + 2))
	[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/events/$last")" = 200 ] || { echo "bench: $last is not served" >&2; exit 1; }
	curl -s "$BASE/api/v1/search?q=meeting+number+$((COUNT + 2))&type=event" | grep -q "$last" || { echo "bench: $last is not found by search" >&2; exit 1; }
	stop
	ms() { awk '{ print $1 * 1000 }' "$1" | median; }
	max() { awk '{ print $1 * 1000 }' "$1" | sort -g | tail -1; }
	ref=$(reference_ms)
	publish=$(ms "$WORK/publish")
	cpu=$(awk -v t="$ticks" -v n="$COUNT" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", t * 1000 / hz / n }')
	printf '%s | %.1f | %.0f, %.0f | %.0f, %.0f | %s | %.2f | %.0f\n' "$size" "$(awk -v r="$ready" 'BEGIN { print r / 1000 }')" \
		"$(ms "$WORK/propose")" "$(max "$WORK/propose")" "$publish" "$(max "$WORK/publish")" "$cpu" "$ref" \
		"$(awk -v a="$publish" -v b="$ref" 'BEGIN { print a / b }')"
done
