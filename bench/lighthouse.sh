#!/usr/bin/env bash
# Scores the explorer with Lighthouse 12.2.3 (performance, accessibility, best practices) on Debian's
# chromium, and prints the scores with the page's first render and data load. Not part of CI.
#
#   bench/lighthouse.sh                                build the jar, start it on a free loopback port, score
#   SKIP_BUILD=1 bench/lighthouse.sh                   reuse target/*.jar
#   BASE=http://localhost:8080 bench/lighthouse.sh     score an app that is already running
#   PAGES="/explore /explore/persons/nikol-pashinyan" bench/lighthouse.sh
#
# Lighthouse is installed once from npm into target/lighthouse (npm i -E lighthouse@12.2.3); no browser
# is downloaded: CHROME_PATH names the installed chromium. Reports are left in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=12.2.3
DIR=target/lighthouse
PAGES=${PAGES:-/explore /explore/persons/nikol-pashinyan /explore/sources/csto-wikipedia-extract/passages/25}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"

for tool in node npm java curl; do
	command -v "$tool" > /dev/null || { echo "lighthouse: $tool is not installed" >&2; exit 2; }
done
[ -x "$CHROME_PATH" ] || { echo "lighthouse: no browser at $CHROME_PATH (apt-get install chromium)" >&2; exit 2; }

mkdir -p "$DIR"
LIGHTHOUSE="$DIR/node_modules/.bin/lighthouse"
if [ ! -x "$LIGHTHOUSE" ] || [ "$("$LIGHTHOUSE" --version)" != "$LIGHTHOUSE_VERSION" ]; then
	echo "lighthouse: installing lighthouse@$LIGHTHOUSE_VERSION into $DIR"
	npm i -E --prefix "$DIR" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
fi

if [ -z "${BASE:-}" ]; then
	. bench/lib.sh
	JAR=$(jar)
	# Keep the script's own exit status: the app's, killed, would be 143.
	trap 'status=$?; stop; exit $status' EXIT
	start target/lighthouse-app.log -jar "$JAR"
fi
curl -sf -o /dev/null "$BASE/explore" || { echo "lighthouse: $BASE/explore does not answer" >&2; exit 1; }
# A served page meets a warm server: the first requests to a fresh JVM are slower than any later one, and
# are not what a visitor to a running app waits for.
for _ in $(seq 1 20); do
	for path in /explore /explore/js/app.js /explore/js/views/home.js /explore/explorer.css "/api/v1/member-states?size=100&page=0" \
		"/api/v1/timeline?size=100&page=0" /api/v1/persons/nikol-pashinyan "/api/v1/timeline?involves=nikol-pashinyan&size=100&page=0" \
		/api/v1/sources/csto-wikipedia-extract /api/v1/sources/csto-wikipedia-extract/passages/25; do
		curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$BASE$path"
	done
done
echo "lighthouse: scoring $BASE (Lighthouse $LIGHTHOUSE_VERSION, default mobile emulation and throttling)"

for page in $PAGES; do
	name=$(echo "$page" | tr '/' '-' | sed 's/^-//')
	report="$DIR/$name.report.json"
	"$LIGHTHOUSE" "$BASE$page" --quiet --output=json --output-path="$report" \
		--only-categories=performance,accessibility,best-practices --chrome-flags="$CHROME_FLAGS"
	node -e '
		const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		const c = r.categories, a = r.audits;
		const ms = (id) => a[id]?.numericValue == null ? "n/a" : Math.round(a[id].numericValue) + " ms";
		const marks = (a["user-timings"]?.details?.items ?? []).filter((t) => t.timingType === "Mark")
			.map((t) => `${t.name} ${Math.round(t.startTime)} ms`).join(", ");
		const failed = Object.values(r.categories).flatMap((cat) => cat.auditRefs)
			.filter((ref) => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1).map((ref) => ref.id);
		console.log(`${process.argv[2]}\n  performance ${c.performance.score}  accessibility ${c.accessibility.score}  best-practices ${c["best-practices"].score}`);
		console.log(`  simulated: first-contentful-paint ${ms("first-contentful-paint")}, largest-contentful-paint ${ms("largest-contentful-paint")}, total-blocking-time ${ms("total-blocking-time")}, cumulative-layout-shift ${a["cumulative-layout-shift"].numericValue.toFixed(3)}`);
		console.log(`  observed (unthrottled): ${marks || "no marks"}`);
		if (failed.length) console.log(`  audits below 1: ${[...new Set(failed)].join(", ")}`);
	' "$report" "$page"
done
