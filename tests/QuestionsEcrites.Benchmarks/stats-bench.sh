#!/usr/bin/env bash
# Accountability pages and API through HTTP (issue 12): starts the Release site on an existing store, times the
# first request of each route after the start, then N sequential requests per route (p50/p95/p99 in ms). « cached »
# routes repeat one URL (served from the figures' cache after the first); « uncached » ones change the `au` date
# at every request, so each is a fresh pass over the in-memory snapshot. Prints Markdown.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: tests/QuestionsEcrites.Benchmarks/stats-bench.sh --db FILE --index DIR [--requests N] [--port P] [--no-build]
USAGE
}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=""; INDEX=""; REQUESTS=200; PORT=5191; BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB=$2; shift 2 ;;
        --index) INDEX=$2; shift 2 ;;
        --requests) REQUESTS=$2; shift 2 ;;
        --port) PORT=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
[ -n "$DB" ] && [ -n "$INDEX" ] || { usage >&2; exit 2; }

if [ "$BUILD" = 1 ]; then
    dotnet build "$ROOT/src/QuestionsEcrites.Web" -c Release -v q -nologo >/dev/null
fi

BASE="http://127.0.0.1:$PORT"
LOG=$(mktemp)
start=$(date +%s.%N)
ASPNETCORE_URLS=$BASE dotnet "$ROOT/src/QuestionsEcrites.Web/bin/Release/net10.0/QuestionsEcrites.Web.dll" \
    "--ConnectionStrings:Questions=Data Source=$DB" "--Search:IndexPath=$INDEX" >"$LOG" 2>&1 &
SITE=$!
trap 'kill $SITE 2>/dev/null || true; rm -f "$LOG"' EXIT
until curl -s -o /dev/null "$BASE/api/sante"; do sleep 0.1; done
listening=$(echo "$(date +%s.%N) - $start" | bc)

# Slugs of the largest ministry, group and deputy, from the API itself.
read -r MINISTRY GROUP DEPUTY < <(python3 - "$BASE" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
def first(path):
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)["items"][0]["slug"]
print(first("/api/statistiques/ministeres"), first("/api/statistiques/groupes"), first("/api/statistiques/deputes"))
PY
)

ROUTES=(
    "/" "/ministeres" "/ministeres?legislature=16" "/ministeres?tri=taux-dans-le-delai" "/ministeres/$MINISTRY"
    "/groupes" "/groupes/$GROUP" "/rubriques" "/deputes" "/deputes/$DEPUTY" "/signalees" "/signalees?ministere=$MINISTRY"
    "/api/statistiques/ministeres" "/api/statistiques/deputes" "/api/statistiques/ministeres?legislature=15&du=2018-01-01"
)
UNCACHED=("/ministeres?au=" "/api/statistiques/ministeres?au=" "/ministeres/$MINISTRY?au=" "/api/statistiques/deputes?au=")

echo "Site listening after ${listening} s; $REQUESTS sequential requests per route; machine: $(nproc) cores."
echo
echo "| route | first request (ms) | p50 (ms) | p95 (ms) | p99 (ms) |"
echo "|---|---:|---:|---:|---:|"
measure() {
    local label=$1; shift
    python3 - "$label" "$@" <<'PY'
import sys, statistics
label, first, *times = sys.argv[1], float(sys.argv[2]) * 1000, *[float(t) * 1000 for t in sys.argv[3:]]
times.sort()
pct = lambda p: times[min(len(times) - 1, int(round(p * (len(times) - 1))))]
print(f"| `{label}` | {first:.0f} | {pct(0.5):.1f} | {pct(0.95):.1f} | {pct(0.99):.1f} |")
PY
}
for route in "${ROUTES[@]}"; do
    first=$(curl -s -o /dev/null -w "%{time_total}" "$BASE$route")
    times=()
    for _ in $(seq 1 "$REQUESTS"); do times+=("$(curl -s -o /dev/null -w "%{time_total}" "$BASE$route")"); done
    measure "$route" "$first" "${times[@]}"
done
offset=0
for route in "${UNCACHED[@]}"; do
    # Days no other route asked for: the page and the API share the figures' cache.
    offset=$((offset + REQUESTS + 1))
    times=()
    for i in $(seq 1 "$REQUESTS"); do
        day=$(date -d "2012-01-01 + $((offset + i)) days" +%F)
        times+=("$(curl -s -o /dev/null -w "%{time_total}" "$BASE$route$day")")
    done
    measure "${route}{a different day each time} (uncached)" "${times[0]}" "${times[@]}"
done
echo
echo "Server RSS after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$SITE/status) / 1024 )) MB."
