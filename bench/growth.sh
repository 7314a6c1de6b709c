#!/usr/bin/env bash
# How the cost grows with the data: for each size, a PostgreSQL database of its own with the real knowledge
# base plus N synthetic events (statements, persons, participants and citations in proportion; the bench
# profile, org.csto.kb.bench), then bench/users.sh on it: time to readiness, heap after a full GC, and the
# search and event-filter throughput and p99 as ratios to the API root.
#
#   bench/growth.sh                        sizes 1000 10000 100000, at -Xmx256m
#   SIZES="1000 10000" SKIP_BUILD=1 bench/growth.sh
#   PGHOST=127.0.0.1 PGUSER=postgres       the server (trust or PGPASSWORD); databases kb_bench_<N> are recreated
#
# The first start of each size generates the data (Flyway), and is not the one measured.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZES=${SIZES:-1000 10000 100000}
HEAP=${HEAP:-256m}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGPORT=${PGPORT:-5432}
need java curl createdb dropdb wrk python3
JAR=$(jar)
trap 'stop' EXIT

for size in $SIZES; do
	db=kb_bench_$size
	dropdb --if-exists "$db"
	createdb "$db"
	args="--spring.profiles.active=postgres,bench --kb.bench.events=$size
		--spring.datasource.url=jdbc:postgresql://$PGHOST:$PGPORT/$db --spring.datasource.username=$PGUSER
		--spring.datasource.password=${PGPASSWORD:-}"
	echo "bench: $size events: generating the data in $db"
	# shellcheck disable=SC2086
	start "target/bench-growth-$size-generate.log" -Xmx"$HEAP" -jar "$JAR" $args || { echo "bench: $size events: the app did not start (see target/bench-growth-$size-generate.log)"; continue; }
	echo "bench: $size events: generated and ready in $READY_MS ms"
	stop
	SKIP_BUILD=1 HEAP=$HEAP APP_ARGS="$(echo $args)" SCENARIOS="root search events" ROUNDS=${ROUNDS:-1} \
		bench/users.sh | tee "target/bench-growth-$size.txt" || true
done
