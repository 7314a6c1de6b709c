#!/usr/bin/env bash
# How long a publication on one instance takes to show on another on the same PostgreSQL database: two apps,
# COUNT proposals published on the first, and after each the second's API root polled (every 5 ms) until its
# data version is the first's. Prints the median and the maximum delay, from the publish request's answer to
# the second instance's new data version (its items, search and ETags move before it).
#
#   bench/visibility.sh                       COUNT=100, at -Xmx256m, database kb_visibility (recreated)
#   COUNT=20 SKIP_BUILD=1 bench/visibility.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

COUNT=${COUNT:-100}
HEAP=${HEAP:-256m}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGPORT=${PGPORT:-5432}
need java curl createdb dropdb python3 jq
JAR=$(jar)
WORK=$(mktemp -d)
declare -a APPS
trap 'for APP in "${APPS[@]}"; do stop; done; rm -rf "$WORK"' EXIT

password=bench-only
hash=$(java -jar "$JAR" encode-password <<< "$password")
export KB_SECURITY_ACCOUNTS_0_NAME=curator KB_SECURITY_ACCOUNTS_0_ROLES=CURATOR KB_SECURITY_ACCOUNTS_0_PASSWORD=$hash
export KB_SECURITY_ACCOUNTS_1_NAME=reviewer KB_SECURITY_ACCOUNTS_1_ROLES=REVIEWER KB_SECURITY_ACCOUNTS_1_PASSWORD=$hash
dropdb --if-exists kb_visibility
createdb kb_visibility
for side in one other; do
	start "$WORK/$side.log" -Xmx"$HEAP" -jar "$JAR" --spring.profiles.active=postgres \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/kb_visibility" \
		--spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}"
	APPS+=("$APP")
	declare "BASE_$side=$BASE"
	echo "bench: $side ready at $BASE after $READY_MS ms"
done

: > "$WORK/delays"
for n in $(seq 1 "$COUNT"); do
	line="Visibility report $n: the CSTO council met for the ${n}th time."
	body=$(jq -n --arg n "$n" --arg line "$line" '{summary: "Visibility \($n)", changes: [
		{action: "create", type: "source", id: "visibility-report-\($n)", item: {title: "Visibility report \($n)",
			origin: "https://example.org/visibility/\($n)", licence: "CC0 1.0", licenceUrl: null, text: "\($line)\n"}},
		{action: "create", type: "event", id: "visibility-meeting-\($n)", item: {title: "Meeting \($n)", kind: "MEETING",
			summary: $line, date: null, datePrecision: null,
			citations: [{source: "visibility-report-\($n)", passage: 1, marker: null, quote: $line}]}}]}')
	id=$(curl -s -u "curator:$password" -H 'Content-Type: application/json' --data "$body" "$BASE_one/api/v1/proposals" | jq -r .id)
	curl -s -o /dev/null -u "reviewer:$password" -X POST "$BASE_one/api/v1/proposals/$id/publish"
	published=$(date +%s%N)
	version=$(curl -s "$BASE_one/api/v1" | jq -r .dataVersion)
	until [ "$(curl -s "$BASE_other/api/v1" | jq -r .dataVersion)" = "$version" ]; do
		sleep 0.005
		[ $(($(date +%s%N) - published)) -lt 30000000000 ] || { echo "bench: not visible after 30 s" >&2; exit 1; }
	done
	echo $((($(date +%s%N) - published) / 1000000)) >> "$WORK/delays"
done
echo "delay in ms over $COUNT publications: median $(median < "$WORK/delays"), max $(sort -g "$WORK/delays" | tail -1)"
