#!/usr/bin/env bash
# Usage: tests/QuestionsEcrites.Benchmarks/soak.sh --db FILE --index DIR [--minutes 10] [--connections 64] [--port 5188]
# A soak (issue 16): the site (Release, Production, server GC) on an existing store, then one minute of wrk after
# another with the mixed load of soak-mix.lua, printing per minute: requests/s, p50, p99, errors (non-2xx/3xx and
# socket errors) and the server's RSS; then whether memory stayed flat (last minute's RSS within 10 % of the
# second's) and no request failed. Exit 1 otherwise. Rate limits are lifted for the run (one client address).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=""; INDEX=""; MINUTES=10; CONNECTIONS=64; PORT=5188
while [ $# -gt 0 ]; do
  case $1 in
    --db) DB=$2; shift 2 ;; --index) INDEX=$2; shift 2 ;; --minutes) MINUTES=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;; --port) PORT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$DB" ] && [ -n "$INDEX" ] || { echo "--db and --index are required" >&2; exit 2; }
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
require_tools wrk sqlite3
export SOAK_KEYS=$(mktemp /tmp/soak-keys.XXXX)
sqlite3 "$DB" "SELECT Legislature || '/' || Number FROM Questions WHERE Type = 'QE' ORDER BY random() LIMIT 5000" > "$SOAK_KEYS"
dotnet build -c Release "$ROOT/src/QuestionsEcrites.Web" -v q > /dev/null
log=$(mktemp /tmp/soak-server.XXXX.log)
( cd "$(dirname "$DB")" && DOTNET_gcServer=1 ASPNETCORE_ENVIRONMENT=Production exec dotnet "$ROOT/src/QuestionsEcrites.Web/bin/Release/net10.0/QuestionsEcrites.Web.dll" \
    --urls "http://127.0.0.1:$PORT" "--ConnectionStrings:Questions=Data Source=$DB" "--Search:IndexPath=$INDEX" \
    --RateLimiting:RequestsPerMinute=100000000 --RateLimiting:DownloadsPerMinute=1000000 > "$log" 2>&1 ) &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/api/sante" > /dev/null; do sleep 0.5; done
curl -s "http://127.0.0.1:$PORT/questions?q=sant%C3%A9" > /dev/null # the first search waits for the warm-up
rss() { awk '/VmRSS/{printf "%.0f", $2/1024}' /proc/$server/status; }
echo "Soak: $MINUTES × 60 s, $CONNECTIONS connections, store $(sqlite3 "$DB" 'SELECT count(*) FROM Questions') questions, $(wc -l < "$SOAK_KEYS") question pages drawn from"
echo
echo "| minute | requests/s | p50 | p99 | errors | RSS (MB) |"
echo "|---:|---:|---:|---:|---:|---:|"
failed=0; second=0; last=0
for minute in $(seq 1 "$MINUTES"); do
  out=$(wrk -t2 -c"$CONNECTIONS" -d60s --latency -s "$ROOT/tests/QuestionsEcrites.Benchmarks/soak-mix.lua" "http://127.0.0.1:$PORT")
  rps=$(echo "$out" | awk '/Requests\/sec/{printf "%.0f", $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}'); p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/{print $5}'); socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/{print $4+$6+$8+$10}')
  errors=$(( ${non2xx:-0} + ${socket:-0} )); mb=$(rss)
  [ "$minute" = 2 ] && second=$mb; last=$mb; failed=$(( failed + errors ))
  echo "| $minute | $rps | $p50 | $p99 | $errors | $mb |"
done
echo
grep -c " fail: \|Unhandled" "$log" > /dev/null && { echo "server log errors:"; grep " fail: \|Unhandled" "$log" | head; failed=$((failed + 1)); }
drift=$(awk -v a="$second" -v b="$last" 'BEGIN{ if (a == 0) print 0; else printf "%.1f", (b - a) * 100 / a }')
echo "errors: $failed; RSS minute 2 → minute $MINUTES: $second → $last MB ($drift %)"
awk -v d="$drift" 'BEGIN{ exit (d > 10 || d < -10) }' && [ "$failed" = 0 ]
