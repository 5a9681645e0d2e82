#!/usr/bin/env bash
# Page benchmark (issue 15): the real site (Release, Production, server GC) on an existing store, every route it
# serves measured through HTTP — its first request after the start, then warm: p50, p95, p99 at one connection (a
# request's own time, nothing queued before it), requests/s and p95 at --connections (the machine saturated) — with
# the framework's ceiling (/api/sante) first. Then what one route per URL cannot show: question pages each seen for the
# first time (distinct keys drawn from the store), and the search mix (the bench's query sets weighted 40 % rare,
# 30 % mid, 10 % frequent, 10 % phrase, 10 % pairs) on the HTML page and the API, with the site's caches as shipped
# and with them off (Search:CachedResultPages=0, Search:CachedSimilarLists=0, Server:OutputCacheMegabytes=0: every
# search computed and rendered). Latency at one connection (a request's own time), throughput at --connections. Prints Markdown; run it on stores of 10k,
# 100k and 1M questions and compare p50 route by route.
#   tests/QuestionsEcrites.Benchmarks/page-bench.sh --db FILE --index DIR [--seconds 3] [--connections 8] [--port 5189] [--no-build] [--routes-only]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=""; INDEX=""; SECONDS_PER_ROUTE=3; CONNECTIONS=8; PORT=5189; BUILD=1; ROUTES_ONLY=0
while [ $# -gt 0 ]; do
  case $1 in
    --db) DB=$2; shift 2 ;; --index) INDEX=$2; shift 2 ;; --seconds) SECONDS_PER_ROUTE=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;; --port) PORT=$2; shift 2 ;; --no-build) BUILD=0; shift ;;
    --routes-only) ROUTES_ONLY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$DB" ] && [ -n "$INDEX" ] || { echo "--db and --index are required" >&2; exit 2; }
source "$ROOT/tests/QuestionsEcrites.Benchmarks/tools.sh"
require_tools wrk sqlite3 jq curl
if [ $BUILD = 1 ]; then
  dotnet build -c Release "$ROOT/src/QuestionsEcrites.Web" -v q > /dev/null
  dotnet build -c Release "$ROOT/tests/QuestionsEcrites.Benchmarks" -v q > /dev/null
fi

STATS="$ROOT/tests/QuestionsEcrites.Benchmarks/page-stats.lua"
WORK=$(mktemp -d /tmp/page-bench.XXXX)
sql() { sqlite3 "$DB" "$1"; }
key() { sql "SELECT Legislature || '/' || Number FROM Questions WHERE Type = 'QE' AND Status = '$1' ORDER BY Id DESC LIMIT 1"; }
answered=$(key Answered); pending=$(key Pending)
ministry=$(sql "SELECT m.Slug FROM Ministries m JOIN Questions q ON q.MinistryAssignedId = m.Id GROUP BY m.Id ORDER BY count(*) DESC LIMIT 1")
rubrique=$(sql "SELECT r.Slug FROM Rubriques r JOIN Questions q ON q.RubriqueId = r.Id GROUP BY r.Id ORDER BY count(*) DESC LIMIT 1")
deputy=$(sql "SELECT a.Slug FROM Authors a JOIN Questions q ON q.AuthorId = a.Id GROUP BY a.Id ORDER BY count(*) DESC LIMIT 1")
group=$(sql "SELECT g.Slug FROM PoliticalGroups g JOIN Questions q ON q.GroupId = g.Id GROUP BY g.Id ORDER BY count(*) DESC LIMIT 1")
queries() { dotnet "$ROOT/tests/QuestionsEcrites.Benchmarks/bin/Release/net10.0/QuestionsEcrites.Benchmarks.dll" queries --set "$1"; }
encode() { jq -sRr @uri | sed 's/%0A$//'; }
query() { queries "$1" | head -1 | encode; }
rare=$(query rare); mid=$(query mid); frequent=$(query frequent); phrase=$(query phrase)

routes=(
  "/api/sante" "/" "/questions" "/questions?page=200" "/questions?statut=answered" "/questions?rubrique=$rubrique"
  "/questions?ministere=$ministry" "/questions?du=2024-01-01&au=2024-12-31" "/questions?identiques=oui"
  "/questions?q=$rare" "/questions?q=$mid" "/questions?q=$frequent" "/questions?q=$phrase" "/questions?q=$mid&tri=date"
  "/api/questions?q=$mid" "/api/questions?q=$frequent"
  "/questions/$answered" "/questions/$pending" "/api/questions/$answered" "/api/questions/$answered/proches"
  "/ministeres" "/ministeres/$ministry" "/rubriques" "/rubriques/$rubrique" "/deputes" "/deputes/$deputy"
  "/groupes" "/groupes/$group" "/signalees" "/questions/identiques" "/aide/recherche" "/api/"
  "/openapi/v1.json" "/api/statistiques/ministeres" "/api/statistiques/deputes" "/api/statistiques/groupes" "/api/statistiques/rubriques"
  "/flux/questions" "/flux/questions?q=$mid" "/flux/questions/$answered" "/flux/ministeres/$ministry"
  "/telechargement/questions.csv?q=$rare" "/questions/17/999999999" "/nulle-part"
)

if [ -n "${PAGE_BENCH_LIST_ONLY:-}" ]; then printf '%s\n' "${routes[@]}"; exit 0; fi # sql-plans.sh reads the list

server=""
trap '[ -z "$server" ] || kill $server 2> /dev/null || true' EXIT
# Starts the site on the store (extra configuration arguments appended); sets $listening (ms after the start).
start_server() {
  local log="$WORK/server-$(date +%s%N).log" started
  started=$(date +%s%N)
  ( cd "$(dirname "$DB")" && DOTNET_gcServer=1 ASPNETCORE_ENVIRONMENT=Production exec dotnet "$ROOT/src/QuestionsEcrites.Web/bin/Release/net10.0/QuestionsEcrites.Web.dll" \
      --urls "http://127.0.0.1:$PORT" "--ConnectionStrings:Questions=Data Source=$DB" "--Search:IndexPath=$INDEX" \
      --RateLimiting:RequestsPerMinute=100000000 --RateLimiting:DownloadsPerMinute=1000000 --RateLimiting:ConcurrentDownloads=64 "$@" > "$log" 2>&1 ) &
  server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/sante"; do sleep 0.05; done
  listening=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_server() { kill $server 2> /dev/null || true; wait $server 2> /dev/null || true; server=""; }
# One wrk run: prints « requests/s p50 p95 p99 failed »; extra environment (PAGE_EXPECT, MIX_*) passes through.
measure() { # connections url
  local threads=2; [ "$1" -ge 2 ] || threads=1
  wrk -t$threads -c"$1" -d"${SECONDS_PER_ROUTE}s" -s "$STATS" "$2" | awk '/^PAGE/{print $2, $3, $4, $5, $6}'
}
decoded() { printf '%b' "$(printf '%s' "$1" | sed 's/%\([0-9A-Fa-f][0-9A-Fa-f]\)/\\x\1/g')" | sed 's/|/\\|/g'; }
peak_rss() { awk '/VmHWM/{printf "%.0f", $2 / 1024}' "/proc/$server/status"; }

start_server
questions=$(sql "SELECT count(*) FROM Questions")
echo "Store: $questions questions; listening $listening ms after the start; $SECONDS_PER_ROUTE s per run, at 1 and $CONNECTIONS connections; $(nproc) cores"
echo
# The first request of every route after the start, in this order (the first search waits for the index's warm-up).
declare -A first status
for route in "${routes[@]}"; do
  read -r code time < <(curl -s -o /dev/null -w "%{http_code} %{time_total}\n" "http://127.0.0.1:$PORT$route")
  first[$route]=$(awk -v t="$time" 'BEGIN{printf "%.0f", t * 1000}'); status[$route]=$code
done
echo "| route | status | first request (ms) | p50 (ms) | p95 (ms) | p99 (ms) | req/s at $CONNECTIONS | p95 at $CONNECTIONS (ms) | failed |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
failed=0
for route in "${routes[@]}"; do
  expect=${status[$route]}; [ "$expect" = 404 ] || expect=200
  read -r _ p50 p95 p99 bad1 <<< "$(PAGE_EXPECT=$expect measure 1 "http://127.0.0.1:$PORT$route")"
  read -r rps _ loaded95 _ bad <<< "$(PAGE_EXPECT=$expect measure "$CONNECTIONS" "http://127.0.0.1:$PORT$route")"
  failed=$(( failed + bad1 + bad ))
  echo "| \`$(decoded "$route")\` | ${status[$route]} | ${first[$route]} | $p50 | $p95 | $p99 | $rps | $loaded95 | $(( bad1 + bad )) |"
done

# Downloads stream every matching question: what a user waits for is the first byte. Ten sequential requests each
# (the whole store aborted after 2 s; a search's selection read to the end).
echo
echo "| download | first byte p50 (ms) | first byte max (ms) | complete, that request (ms) |"
echo "|---|---:|---:|---:|"
for route in "/telechargement/questions.csv" "/telechargement/questions.json" "/telechargement/questions.csv?q=$rare" "/telechargement/questions.csv?q=$frequent"; do
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    curl -s -o /dev/null --max-time 2 -w "%{time_starttransfer} %{time_total} %{http_code}\n" "http://127.0.0.1:$PORT$route" || true
  done | sort -n | awk -v r="$(decoded "$route")" '{fb[NR]=$1*1000; tt[NR]=$2*1000; if ($3 != 200) bad++} END {
    printf "| `%s` | %.1f | %.1f | %s |\n", r, fb[int((NR+1)/2)], fb[NR], (tt[int((NR+1)/2)] >= 1990 ? "(aborted at 2 s)" : sprintf("%.1f", tt[int((NR+1)/2)])) }'
done

if [ $ROUTES_ONLY = 0 ]; then
  # Question pages never asked before: 20,000 keys drawn from the store, one drawn per request (few repeats).
  sql "SELECT 'question' || char(9) || Legislature || '/' || Number FROM Questions WHERE Type = 'QE' ORDER BY random() LIMIT 20000" > "$WORK/keys.tsv"
  # The search mix: every query of the five sets, percent-encoded, once each on both endpoints before measuring.
  for set in rare mid frequent phrase and-pair; do queries $set | while IFS= read -r q; do printf '%s\t%s\n' "$set" "$(printf '%s' "$q" | encode)"; done; done > "$WORK/mix.tsv"
  weights="rare=40,mid=30,frequent=10,phrase=10,and-pair=10"
  warm() { cut -f2 "$WORK/mix.tsv" | while IFS= read -r q; do curl -s -o /dev/null "http://127.0.0.1:$PORT/questions?q=$q"; curl -s -o /dev/null "http://127.0.0.1:$PORT/api/questions?q=$q"; done; }
  mix_rows() { # label
    local c path rps p50 p95 p99 bad html_rps=""
    for c in 1 "$CONNECTIONS"; do
      for path in "/questions?q=" "/api/questions?q="; do
        read -r rps p50 p95 p99 bad <<< "$(MIX_FILE=$WORK/mix.tsv MIX_PATH=$path MIX_WEIGHTS=$weights measure "$c" "http://127.0.0.1:$PORT/")"
        failed=$(( failed + bad ))
        local ratio=""
        if [ "$path" = "/questions?q=" ]; then html_rps=$rps; else ratio=$(awk -v h="$html_rps" -v a="$rps" 'BEGIN{printf "%.0f %%", 100 * h / a}'); fi
        echo "| $1 | \`$path\` | $c | $rps | $p50 | $p95 | $p99 | $ratio | $bad |"
      done
    done
  }
  question_rows() { # label
    local c rps p50 p95 p99 bad
    for c in 1 "$CONNECTIONS"; do
      read -r rps p50 p95 p99 bad <<< "$(MIX_FILE=$WORK/keys.tsv MIX_PATH=/questions/ MIX_WEIGHTS=question=1 measure "$c" "http://127.0.0.1:$PORT/")"
      failed=$(( failed + bad ))
      echo "| $1 | \`/questions/{leg}/{n}\` (20,000 keys) | $c | $rps | $p50 | $p95 | $p99 | | $bad |"
    done
  }
  echo
  echo "Search mix ($weights over the 100 pinned queries, each asked once on both endpoints first) and question pages seen for the first time; ${SECONDS_PER_ROUTE} s per row. The HTML column: the page's requests/s as a share of the API's at the same load."
  echo
  echo "| caches | route | connections | req/s | p50 (ms) | p95 (ms) | p99 (ms) | HTML ÷ API | failed |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  warm
  mix_rows "as shipped"
  question_rows "as shipped"
  rss_shipped=$(peak_rss)
  stop_server
  start_server --Search:CachedResultPages=0 --Search:CachedSimilarLists=0 --Server:OutputCacheMegabytes=0
  warm
  mix_rows "off"
  question_rows "off"
  rss_off=$(peak_rss)
  echo
  echo "Server peak RSS: $rss_shipped MB (caches as shipped, after the route table), $rss_off MB (caches off); failed responses: $failed; server log errors: $(cat "$WORK"/server-*.log | grep -c ' fail: ' || true)"
else
  echo
  echo "Server peak RSS: $(peak_rss) MB; failed responses: $failed; server log errors: $(cat "$WORK"/server-*.log | grep -c ' fail: ' || true)"
fi
[ "$failed" = 0 ]
