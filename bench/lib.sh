# Shared by bench/users.sh, bench/startup.sh and bench/growth.sh: start the app, wait for readiness,
# run wrk, read its report. Sourced, not run.

need() {
	for tool in "$@"; do
		if ! command -v "$tool" > /dev/null; then
			hint=
			[ "$tool" = wrk ] && hint=": apt-get install -y wrk (Debian, Ubuntu) or brew install wrk (macOS)"
			echo "bench: $tool is not installed$hint" >&2
			exit 2
		fi
	done
}

# The app's jar: $JAR if set (a copy lets a build run meanwhile), else target/*.jar, built unless SKIP_BUILD
# (with BUILD_ARGS, such as -Pbench).
jar() {
	if [ -n "${JAR:-}" ]; then
		echo "$JAR"
		return
	fi
	if [ -z "${SKIP_BUILD:-}" ]; then
		echo "bench: building the jar" >&2
		# shellcheck disable=SC2086
		./mvnw -q -DskipTests ${BUILD_ARGS:-} package >&2
	fi
	ls target/csto-knowledge-base-*.jar | grep -v '\.original$' | head -1
}

# start LOG java-args...: starts java in the background on a free loopback port; sets APP (its pid),
# BASE (its URL) and READY_MS (from the start to readiness UP, in milliseconds).
start() {
	local log=$1 port started
	shift
	# Emptied here, not by the redirection below: that runs in the background job, and on a loaded machine the
	# loop below could read the previous run's port from the old log before it does.
	: > "$log"
	started=$(date +%s%N)
	# The app's embedded default keeps its data in a file under ./data: a benchmark starts from the shipped data
	# instead, in memory, unless it names a database, and two apps at once (pair.sh) share nothing.
	local memory=(--spring.datasource.url="jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
	[[ " $* " == *spring.datasource.url=* ]] && memory=()
	java "$@" --server.port=0 --server.address=127.0.0.1 "${memory[@]}" >> "$log" 2>&1 &
	APP=$!
	port=
	for _ in $(seq 1 3000); do
		port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
		[ -n "$port" ] && break
		kill -0 $APP 2> /dev/null || { echo "bench: the app did not start; see $log" >&2; exit 1; }
		sleep 0.05
	done
	[ -n "$port" ] || { kill $APP 2> /dev/null; echo "bench: the app did not start within 150 s; see $log" >&2; exit 1; }
	BASE=http://127.0.0.1:$port
	for _ in $(seq 1 6000); do
		[ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && break
		kill -0 $APP 2> /dev/null || { echo "bench: the app stopped; see $log" >&2; exit 1; }
		sleep 0.05
	done
	READY_MS=$((($(date +%s%N) - started) / 1000000))
}

stop() {
	[ -n "${APP:-}" ] || return 0
	kill "$APP" 2> /dev/null || true
	wait "$APP" 2> /dev/null || true
	APP=
}

# The app's CPU time (user + system, in clock ticks) from /proc; empty where there is no /proc (macOS).
cpu_ticks() { [ -r /proc/$APP/stat ] && awk '{ print $14 + $15 }' /proc/$APP/stat || true; }

# measure OUT wrk-args...: runs wrk, and writes the app's CPU µs per request to OUT.cpu.
measure() {
	local out=$1 before after
	shift
	before=$(cpu_ticks)
	wrk --timeout 2s --latency "$@" > "$out"
	after=$(cpu_ticks)
	if [ -n "$before" ]; then
		awk -v a="$before" -v b="$after" -v hz="$(getconf CLK_TCK)" \
			'/requests in/ { printf "%.0f\n", (b - a) / hz * 1e6 / $1 }' "$out" > "$out.cpu"
	fi
}

# paths_file DIR SCENARIO RUN: the file of request paths that bench/requests.py wrote into DIR for one run of a
# scenario. Every run of items walks the same file; each run of the others has its own, so that no path repeats.
paths_file() { if [ "$2" = items ]; then echo "$1/items"; else echo "$1/$2.$3"; fi; }

rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
p99() {
	awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f\n", v }' "$1"
}
errors() {
	awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}
wrapped() { sed -n 's/^File wrapped: *\([0-9]*\).*/\1/p' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b }'; }
