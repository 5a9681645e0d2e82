#!/usr/bin/env bash
# Page benchmark (issue 15): the real site (Release, Production, server GC) on an existing store, every route it
# serves measured through HTTP — its first request after the start, then warm: requests/s, p50, p95, p99 — with the
# framework's ceiling (/api/sante) first. Prints a Markdown table; run it on stores of 10k, 100k and 1M questions
# and compare p50 route by route.
#   tests/QuestionsEcrites.Benchmarks/page-bench.sh --db FILE --index DIR [--seconds 5] [--connections 8] [--port 5189] [--no-build]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=""; INDEX=""; SECONDS_PER_ROUTE=5; CONNECTIONS=8; PORT=5189; BUILD=1
while [ $# -gt 0 ]; do
  case $1 in
    --db) DB=$2; shift 2 ;; --index) INDEX=$2; shift 2 ;; --seconds) SECONDS_PER_ROUTE=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;; --port) PORT=$2; shift 2 ;; --no-build) BUILD=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$DB" ] && [ -n "$INDEX" ] || { echo "--db and --index are required" >&2; exit 2; }
command -v wrk > /dev/null || apt-get install -y wrk > /dev/null
command -v sqlite3 > /dev/null || apt-get install -y sqlite3 > /dev/null
if [ $BUILD = 1 ]; then
  dotnet build -c Release "$ROOT/src/QuestionsEcrites.Web" -v q > /dev/null
  dotnet build -c Release "$ROOT/tests/QuestionsEcrites.Benchmarks" -v q > /dev/null
fi

sql() { sqlite3 "$DB" "$1"; }
key() { sql "SELECT Legislature || '/' || Number FROM Questions WHERE Type = 'QE' AND Status = '$1' ORDER BY Id DESC LIMIT 1"; }
answered=$(key Answered); pending=$(key Pending)
ministry=$(sql "SELECT m.Slug FROM Ministries m JOIN Questions q ON q.MinistryAssignedId = m.Id GROUP BY m.Id ORDER BY count(*) DESC LIMIT 1")
rubrique=$(sql "SELECT r.Slug FROM Rubriques r JOIN Questions q ON q.RubriqueId = r.Id GROUP BY r.Id ORDER BY count(*) DESC LIMIT 1")
deputy=$(sql "SELECT a.Slug FROM Authors a JOIN Questions q ON q.AuthorId = a.Id GROUP BY a.Id ORDER BY count(*) DESC LIMIT 1")
group=$(sql "SELECT g.Slug FROM PoliticalGroups g JOIN Questions q ON q.GroupId = g.Id GROUP BY g.Id ORDER BY count(*) DESC LIMIT 1")
query() { dotnet "$ROOT/tests/QuestionsEcrites.Benchmarks/bin/Release/net10.0/QuestionsEcrites.Benchmarks.dll" queries --set "$1" | head -1 | jq -sRr @uri | sed 's/%0A$//'; }
command -v jq > /dev/null || apt-get install -y jq > /dev/null
rare=$(query rare); mid=$(query mid); frequent=$(query frequent); phrase=$(query phrase)

routes=(
  "/api/sante" "/" "/questions" "/questions?page=200" "/questions?statut=answered" "/questions?rubrique=$rubrique"
  "/questions?ministere=$ministry" "/questions?du=2024-01-01&au=2024-12-31" "/questions?identiques=oui"
  "/questions?q=$rare" "/questions?q=$mid" "/questions?q=$frequent" "/questions?q=$phrase" "/questions?q=$mid&tri=date"
  "/api/questions?q=$mid" "/api/questions?q=$frequent"
  "/questions/$answered" "/questions/$pending" "/api/questions/$answered" "/api/questions/$answered/proches"
  "/ministeres" "/ministeres/$ministry" "/rubriques" "/rubriques/$rubrique" "/deputes" "/deputes/$deputy"
  "/groupes" "/groupes/$group" "/signalees" "/questions/identiques" "/aide/recherche" "/api/"
  "/api/statistiques/ministeres" "/api/statistiques/deputes" "/api/statistiques/groupes" "/api/statistiques/rubriques"
  "/flux/questions" "/flux/questions?q=$mid" "/flux/questions/$answered" "/flux/ministeres/$ministry"
  "/telechargement/questions.csv?q=$rare" "/questions/17/999999999" "/nulle-part"
)

if [ -n "${PAGE_BENCH_LIST_ONLY:-}" ]; then printf '%s\n' "${routes[@]}"; exit 0; fi # sql-plans.sh reads the list

log=$(mktemp /tmp/page-bench-server.XXXX.log)
started=$(date +%s%N)
( cd "$(dirname "$DB")" && DOTNET_gcServer=1 ASPNETCORE_ENVIRONMENT=Production exec dotnet "$ROOT/src/QuestionsEcrites.Web/bin/Release/net10.0/QuestionsEcrites.Web.dll" \
    --urls "http://127.0.0.1:$PORT" "--ConnectionStrings:Questions=Data Source=$DB" "--Search:IndexPath=$INDEX" \
    --RateLimiting:RequestsPerMinute=100000000 --RateLimiting:DownloadsPerMinute=1000000 --RateLimiting:ConcurrentDownloads=64 > "$log" 2>&1 ) &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/sante"; do sleep 0.05; done
listening=$(( ($(date +%s%N) - started) / 1000000 ))
questions=$(sql "SELECT count(*) FROM Questions")
echo "Store: $questions questions; listening $listening ms after the start; $CONNECTIONS connections, $SECONDS_PER_ROUTE s per route; $(nproc) cores"
echo
# The first request of every route after the start, in this order (the first search waits for the index's warm-up).
declare -A first status
for route in "${routes[@]}"; do
  read -r code time < <(curl -s -o /dev/null -w "%{http_code} %{time_total}\n" "http://127.0.0.1:$PORT$route")
  first[$route]=$(awk -v t="$time" 'BEGIN{printf "%.0f", t * 1000}'); status[$route]=$code
done
echo "| route | status | first request (ms) | req/s | p50 (ms) | p95 (ms) | p99 (ms) | failed |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
failed=0
for route in "${routes[@]}"; do
  expect=${status[$route]}; [ "$expect" = 404 ] || expect=200
  line=$(PAGE_EXPECT=$expect wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_ROUTE}s" -s "$ROOT/tests/QuestionsEcrites.Benchmarks/page-stats.lua" "http://127.0.0.1:$PORT$route" | awk '/^PAGE/{print $2, $3, $4, $5, $6}')
  read -r rps p50 p95 p99 bad <<< "$line"
  failed=$(( failed + bad ))
  # Percent-escapes shown decoded (« santé », not « sant%C3%A9 »); a pipe escaped for the Markdown table.
  shown=$(printf '%b' "$(printf '%s' "$route" | sed 's/%\([0-9A-Fa-f][0-9A-Fa-f]\)/\\x\1/g')" | sed 's/|/\\|/g')
  echo "| \`$shown\` | ${status[$route]} | ${first[$route]} | $rps | $p50 | $p95 | $p99 | $bad |"
done
rss=$(awk '/VmHWM/{printf "%.0f", $2/1024}' /proc/$server/status)
echo
echo "Server peak RSS: $rss MB; failed responses: $failed; server log errors: $(grep -c ' fail: ' "$log" || true)"
[ "$failed" = 0 ]
