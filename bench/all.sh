#!/usr/bin/env bash
# Every figure of docs/PERFORMANCE.md in one run: the repeated-request benchmark (run.sh), the traffic users
# send (users.sh), start-up against the reference (startup.sh) and the growth curve on PostgreSQL (growth.sh).
# Builds the jar once, with the synthetic data set (-Pbench) that only growth.sh's bench profile turns on;
# each script's own settings (DURATION, ROUNDS, SIZES, ...) pass through. Exits non-zero
# when a script reports a missed target, after running them all.
set -uo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Pbench -DskipTests package || exit 2
status=0
for script in run users startup growth; do
	echo "== bench/$script.sh"
	SKIP_BUILD=1 "bench/$script.sh" || status=1
done
exit $status
