#!/usr/bin/env bash
# Every SQL statement the site runs for its routes, with SQLite's plan for it (issue 15 §3: no full scan on a
# request path). Starts the site with EF Core's command log on, requests each route of page-bench.sh once, then runs
# EXPLAIN QUERY PLAN on each distinct statement. Prints Markdown; exit 1 when a plan scans a table of questions,
# a table rather than searching it (« SCAN t », or « SCAN t USING INDEX i »: every row in index order), a
# co-routine's own output (a subquery's rows) aside.
#   tests/QuestionsEcrites.Benchmarks/sql-plans.sh --db FILE --index DIR [--port 5190]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=""; INDEX=""; PORT=5190
while [ $# -gt 0 ]; do
  case $1 in
    --db) DB=$2; shift 2 ;; --index) INDEX=$2; shift 2 ;; --port) PORT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$DB" ] && [ -n "$INDEX" ] || { echo "--db and --index are required" >&2; exit 2; }
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
require_tools sqlite3 python3
work=$(mktemp -d /tmp/sql-plans.XXXX)
# The routes: page-bench.sh's own list, printed without running it.
routes=$(PAGE_BENCH_LIST_ONLY=1 bash "$ROOT/tests/QuestionsEcrites.Benchmarks/page-bench.sh" --db "$DB" --index "$INDEX" --no-build)
( cd "$(dirname "$DB")" && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$ROOT/src/QuestionsEcrites.Web/bin/Release/net10.0/QuestionsEcrites.Web.dll" \
    --urls "http://127.0.0.1:$PORT" "--ConnectionStrings:Questions=Data Source=$DB" "--Search:IndexPath=$INDEX" \
    --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information --Logging:Console:FormatterName=simple \
    --RateLimiting:RequestsPerMinute=100000000 > "$work/server.log" 2>&1 ) &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/sante"; do sleep 0.1; done
curl -s -o /dev/null "http://127.0.0.1:$PORT/questions?q=sant%C3%A9" # the warm-up, whose reads are not a request's
sleep 2; : > "$work/server.log.mark"; start=$(wc -l < "$work/server.log")
while read -r route; do
  echo "$route" >> "$work/routes.txt"
  curl -s -o /dev/null "http://127.0.0.1:$PORT$route"
done <<< "$routes"
sleep 1
tail -n +"$start" "$work/server.log" > "$work/requests.log"
python3 - "$work/requests.log" "$DB" <<'PY'
import re, sqlite3, sys
log, db = sys.argv[1], sys.argv[2]
text = open(log, encoding="utf-8").read()
# EF Core: "Executed DbCommand (3ms) [Parameters=[...], CommandType='Text', CommandTimeout='30']" then the SQL, up to the next log line.
statements = []
for block in re.split(r"\n(?=\w+: )", text):
    m = re.search(r"Executed DbCommand \((\d+)ms\).*?\]\s*\n(.*)", block, re.S)
    if m:
        sql = "\n".join(l.strip() for l in m.group(2).strip().splitlines())
        statements.append((int(m.group(1)), sql))
seen, rows, bad = {}, [], 0
for ms, sql in statements:
    seen.setdefault(sql, []).append(ms)
con = sqlite3.connect(db)
print(f"{len(statements)} statements, {len(seen)} distinct\n")
print("| statement (opening) | runs | max ms | plan |\n|---|---:|---:|---|")
for sql, times in seen.items():
    try:
        plan = [r[3] for r in con.execute("EXPLAIN QUERY PLAN " + re.sub(r"@\w+", "NULL", sql))]
    except Exception as e:
        plan = [f"(not explained: {e})"]
    coroutines = {p.split()[1] for p in plan if p.startswith(("CO-ROUTINE", "MATERIALIZE"))}
    scans = [p for p in plan if p.startswith("SCAN ") and p.split()[1] not in coroutines and "CONSTANT ROW" not in p]
    bad += len(scans)
    opening = re.sub(r"\s+", " ", sql)[:90].replace("|", "\\|")
    print(f"| `{opening}` | {len(times)} | {max(times)} | {'<br>'.join(p.replace('|', '/') for p in plan)}{' **full scan**' if scans else ''} |")
print(f"\nscans on request paths: {bad}")
sys.exit(1 if bad else 0)
PY
