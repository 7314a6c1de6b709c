#!/usr/bin/env bash
# How the cost grows with the data: for each size, a PostgreSQL database of its own with the real knowledge
# base plus N synthetic events (statements, persons, participants and citations in proportion; the bench
# profile of a jar built with -Pbench, src/bench), then bench/users.sh on it: time to readiness, heap after a full GC, and the
# search and event-filter throughput and p99 as ratios to the API root.
#
#   bench/growth.sh                        sizes 1000 10000 100000, at -Xmx256m (1g where 256m is too small)
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
# The synthetic data set is only in a jar built with -Pbench (a given JAR must be one).
BUILD_ARGS=-Pbench JAR=$(jar)
trap 'stop' EXIT

for size in $SIZES; do
	# A size that does not start in HEAP is measured again in FALLBACK_HEAP, so that the curve has every size.
	for heap in $HEAP ${FALLBACK_HEAP:-1g}; do
		db=kb_bench_$size
		dropdb --if-exists "$db"
		createdb "$db"
		args="--spring.profiles.active=postgres,bench --kb.bench.events=$size
			--spring.datasource.url=jdbc:postgresql://$PGHOST:$PGPORT/$db --spring.datasource.username=$PGUSER
			--spring.datasource.password=${PGPASSWORD:-}"
		log=target/bench-growth-$size-$heap-generate.log
		echo "bench: $size events at -Xmx$heap: generating the data in $db"
		# In a subshell, since start exits when the app does not start.
		# shellcheck disable=SC2086
		if ! (start "$log" -Xmx"$heap" -jar "$JAR" $args && echo "bench: $size events: generated and ready in $READY_MS ms" && stop); then
			echo "bench: $size events: the app does not start at -Xmx$heap (see $log: $(grep -o -m1 'OutOfMemoryError[^"]*' "$log" || echo 'no OutOfMemoryError'))"
			continue
		fi
		SKIP_BUILD=1 HEAP=$heap APP_ARGS="$(echo $args)" SCENARIOS="root search events" ROUNDS=${ROUNDS:-1} \
			bench/users.sh | tee "target/bench-growth-$size-$heap.txt" || true
		break
	done
done
