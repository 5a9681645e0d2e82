#!/usr/bin/env bash
# Usage: tests/QuestionsEcrites.Benchmarks/cache-bench.sh http://127.0.0.1:PORT [seconds] (a site already serving a store)
# For each route: requests/s and latency of a fresh computation (a new query string every time: never cached),
# of the output cache (one URL), and of a revalidation (If-None-Match with the current ETag: 304).
source "$(dirname "$0")/tools.sh"
require_tools wrk curl
base=$1; dur=${2:-8}
echo "| route | computed req/s (p50) | output cache req/s (p50) | 304 req/s (p50) |"
echo "|---|---:|---:|---:|"
for route in "/api/sante" "/" "/ministeres" "/deputes" "/api/statistiques/ministeres" "/flux/questions" "/questions?q=agriculture"; do
  row="| \`$route\` |"
  for mode in miss hit revalidate; do
    args=(-t2 -c16 -d${dur}s --latency)
    if [ $mode = miss ]; then args+=(-s "$(dirname "$0")/cache-miss.lua"); fi
    if [ $mode = revalidate ]; then
      etag=$(curl -s -D - -o /dev/null "$base$route" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
      args+=(-H "If-None-Match: $etag")
    fi
    out=$(wrk "${args[@]}" "$base$route")
    rps=$(echo "$out" | awk '/Requests\/sec/{printf "%.0f", $2}')
    p50=$(echo "$out" | awk '$1=="50%"{print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/{print $5}')
    row="$row $rps ($p50)${non2xx:+ [non-2xx $non2xx]} |"
  done
  echo "$row"
done
