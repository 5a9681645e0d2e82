#!/usr/bin/env bash
# HTTP benchmark of the site (issue 6): the engine's own throughput on the index, then the site started on an
# existing database and index (cold start), then wrk on a trivial endpoint (the framework's ceiling), the JSON
# search API, the HTML search page and the browse page, with the server's memory and CPU after each run.
# Prints Markdown on stdout; the details (wrk's own output, the server's log) go to the work folder.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: tests/QuestionsEcrites.Benchmarks/http-bench.sh --db FILE --index DIR [options]

  --db FILE             an existing SQLite database (e.g. a bench store's questions.db)
  --index DIR           its Lucene index folder (nothing else may have it open)
  --duration S          seconds of each measured wrk run (15)
  --connections N       wrk connections (64)
  --threads N           wrk threads (2)
  --warmup S            seconds of an untimed wrk run before each measured one (5)
  --engine-seconds S    seconds of each engine measurement, 1 then 2 threads (10)
  --cold-starts N       starts of the site to time; the median is reported (3)
  --breakdown           also run both search endpoints with taille=1 (the same searches, one row to load,
                        highlight and render instead of 20): the difference is the per-row cost
  --quiet-wait S        before each measurement, wait up to S seconds for the machine to be idle (120; 0: never)
  --max-noise C         measure again (3 tries at most) when other processes used more than C cores meanwhile (0.25)
  --port P              loopback port of the site (5187)
  --seed S              seed of the pinned queries, that of the corpus (42)
  --work DIR            logs and intermediate files (/tmp/questionsecrites-http)
  --json FILE           summary as JSON (WORK/http-bench.json)
  --no-build            use the Release builds as they are

Installs wrk and jq with apt-get when missing. Exit code 0 when every request answered 2xx, 1 otherwise, 2 on a
usage error. The site opens the database read-write (it checks migrations and imports nothing): give it a copy
if the store must stay untouched.
EOF
}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=""
INDEX=""
DURATION=15
CONNECTIONS=64
WRK_THREADS=2
WARMUP=5
ENGINE_SECONDS=10
COLD_STARTS=3
BREAKDOWN=0
QUIET_WAIT=120
MAX_NOISE=0.25
TRIES=3
PORT=5187
SEED=42
WORK=/tmp/questionsecrites-http
JSON=""
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --db) DB=${2:?}; shift 2 ;;
        --index) INDEX=${2:?}; shift 2 ;;
        --duration) DURATION=${2:?}; shift 2 ;;
        --connections) CONNECTIONS=${2:?}; shift 2 ;;
        --threads) WRK_THREADS=${2:?}; shift 2 ;;
        --warmup) WARMUP=${2:?}; shift 2 ;;
        --engine-seconds) ENGINE_SECONDS=${2:?}; shift 2 ;;
        --cold-starts) COLD_STARTS=${2:?}; shift 2 ;;
        --breakdown) BREAKDOWN=1; shift ;;
        --quiet-wait) QUIET_WAIT=${2:?}; shift 2 ;;
        --max-noise) MAX_NOISE=${2:?}; shift 2 ;;
        --port) PORT=${2:?}; shift 2 ;;
        --seed) SEED=${2:?}; shift 2 ;;
        --work) WORK=${2:?}; shift 2 ;;
        --json) JSON=${2:?}; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "error: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done

if [[ -z "$DB" || -z "$INDEX" ]]; then
    echo "error: --db and --index are required" >&2
    usage >&2
    exit 2
fi
for number in "$DURATION" "$CONNECTIONS" "$WRK_THREADS" "$WARMUP" "$ENGINE_SECONDS" "$COLD_STARTS" "$QUIET_WAIT" "$PORT" "$SEED"; do
    [[ "$number" =~ ^[0-9]+$ ]] || { echo "error: « $number » is not a whole number" >&2; exit 2; }
done
[[ "$MAX_NOISE" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "error: --max-noise takes a number of cores" >&2; exit 2; }
(( DURATION > 0 && CONNECTIONS > 0 && WRK_THREADS > 0 && ENGINE_SECONDS > 0 && COLD_STARTS > 0 )) \
    || { echo "error: durations and counts must be > 0" >&2; exit 2; }
DB=$(realpath "$DB")
INDEX=$(realpath "$INDEX")
[[ -f "$DB" ]] || { echo "error: no database at $DB" >&2; exit 2; }
compgen -G "$INDEX/segments_*" >/dev/null || { echo "error: no Lucene index in $INDEX" >&2; exit 2; }
mkdir -p "$WORK"
WORK=$(realpath "$WORK")
JSON=${JSON:-$WORK/http-bench.json}
BASE="http://127.0.0.1:$PORT"
WEB_DLL="$ROOT/src/QuestionsEcrites.Web/bin/Release/net10.0/QuestionsEcrites.Web.dll"
BENCH_DLL="$ROOT/tests/QuestionsEcrites.Benchmarks/bin/Release/net10.0/QuestionsEcrites.Benchmarks.dll"
SERVER_LOG="$WORK/server.log"
SERVER_PID=""

log() { echo "[$(date +%T)] $*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
seconds_of() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
# Busy ticks of all cores (user, nice, system, irq, softirq, steal), 100 per second per core.
cpu_busy() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# The same without interrupts: the kernel's share of loopback traffic is nobody else's work.
cpu_busy_processes() { awk '$1 == "cpu" { print $2 + $3 + $4 + $9 }' /proc/stat; }

stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# The machine may be shared: wait until it is idle (under a quarter of a core busy over one second).
wait_quiet() {
    [[ "$QUIET_WAIT" -gt 0 ]] || return 0
    local deadline=$(( $(date +%s) + QUIET_WAIT )) before after
    while true; do
        before=$(cpu_busy)
        sleep 1
        after=$(cpu_busy)
        (( after - before < 25 )) && return 0
        if (( $(date +%s) >= deadline )); then
            log "the machine is still busy ($(( after - before )) % of a core): measuring anyway"
            return 0
        fi
    done
}

# True when $1 cores of noise is over the limit.
noisy() { awk -v n="$1" -v max="$MAX_NOISE" 'BEGIN { exit !(n > max) }'; }

# --- tools ---------------------------------------------------------------------------------------------------
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
require_tools wrk jq curl

if [[ $BUILD -eq 1 ]]; then
    log "building the site and the benchmarks (Release)"
    dotnet build "$ROOT/src/QuestionsEcrites.Web/QuestionsEcrites.Web.csproj" -c Release -nologo -v quiet >&2
    dotnet build "$ROOT/tests/QuestionsEcrites.Benchmarks/QuestionsEcrites.Benchmarks.csproj" -c Release -nologo -v quiet >&2
fi
# The engine figures are the yardstick of the site's: both must run the same product code.
for library in Domain Data Search Import; do
    cmp -s "$(dirname "$WEB_DLL")/QuestionsEcrites.$library.dll" "$(dirname "$BENCH_DLL")/QuestionsEcrites.$library.dll" || {
        echo "error: QuestionsEcrites.$library.dll differs between the site's and the benchmarks' Release builds: build both (drop --no-build)" >&2
        exit 1
    }
done

# --- the queries: the engine benchmark's pinned sets, URL-encoded ---------------------------------------------
dotnet "$BENCH_DLL" queries --seed "$SEED" > "$WORK/queries.txt"
jq -Rr '@uri' < "$WORK/queries.txt" > "$WORK/queries.uri"
QUERY_COUNT=$(wc -l < "$WORK/queries.uri")

# wrk scripts: done() prints one line of figures from wrk's own histogram (microseconds) and error counters
# (status: responses >= 400).
STATS_LUA='
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRKSTATS requests=%d duration_us=%d bytes=%d mean_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, summary.bytes, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
'
printf '%s' "$STATS_LUA" > "$WORK/static.lua"
cat > "$WORK/rotate.lua" <<'EOF'
-- Each thread cycles through the URL-encoded queries (from its own offset), appended to a path prefix.
-- Arguments after the URL: the path prefix and the file of queries.
local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  requests = {}
  for line in io.lines(args[2]) do
    if #line > 0 then
      requests[#requests + 1] = wrk.format("GET", args[1] .. line)
    end
  end
  counter = (offset or 0) * 37
end

function request()
  counter = counter + 1
  return requests[counter % #requests + 1]
end
EOF
printf '%s' "$STATS_LUA" >> "$WORK/rotate.lua"

COMMIT=$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo "unknown (not a git checkout)")
echo "# HTTP under load — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), ASP.NET Core $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }'), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), commit $COMMIT"
echo
echo "database $DB ($(du -m "$DB" | cut -f1) MB), index $INDEX ($(du -sm "$INDEX" | cut -f1) MB); wrk $WRK_THREADS threads, $CONNECTIONS connections, ${DURATION} s per run after ${WARMUP} s of warm-up; $QUERY_COUNT pinned queries (seed $SEED)"

# --- engine yardstick (before the site: the index has one writer lock) -----------------------------------------
for try in $(seq 1 "$TRIES"); do
    wait_quiet
    log "engine throughput on the index ($ENGINE_SECONDS s per thread count, try $try)"
    dotnet "$BENCH_DLL" engine --index "$INDEX" --seconds "$ENGINE_SECONDS" --seed "$SEED" --json "$WORK/engine.json" | grep -v '^résultats JSON' > "$WORK/engine.md"
    ENGINE_NOISE=$(jq '[.measurements[].otherCores] | max' "$WORK/engine.json")
    if ! noisy "$ENGINE_NOISE" || [[ $try -eq $TRIES ]]; then
        break
    fi
    log "other processes used $ENGINE_NOISE cores meanwhile: measuring again"
done
echo
cat "$WORK/engine.md"
ENGINE_1=$(jq '.measurements[] | select(.threads == 1) | .searchesPerSecond' "$WORK/engine.json")
ENGINE_2=$(jq '.measurements[] | select(.threads == 2) | .searchesPerSecond' "$WORK/engine.json")
ENGINE_CPU_MS=$(jq '.measurements[] | select(.threads == 2) | (.ownCores / .searchesPerSecond * 1000 * 1000 | round / 1000)' "$WORK/engine.json")
DOCUMENTS=$(jq '.documents' "$WORK/engine.json")

# --- cold starts ------------------------------------------------------------------------------------------------
if curl -s -o /dev/null "$BASE/" 2>/dev/null; then
    echo "error: something already listens on $BASE" >&2
    exit 1
fi

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$1" 2>/dev/null || true; }

# Waits until $1 answers 200; prints the milliseconds since $2. Fails if the server dies or 120 s pass.
wait_for_200() {
    local url=$1 since=$2 code
    while true; do
        code=$(status_of "$url")
        if [[ "$code" == "200" ]]; then
            echo $(( $(now_ms) - since ))
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "error: the site stopped; end of $SERVER_LOG:" >&2
            tail -30 "$SERVER_LOG" >&2
            return 1
        fi
        if (( $(now_ms) - since > 120000 )); then
            echo "error: $url did not answer 200 within 120 s (last status $code)" >&2
            return 1
        fi
        sleep 0.01
    done
}

start_server() {
    (
        cd "$WORK"
        export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
        exec dotnet "$WEB_DLL" --urls "$BASE" --ConnectionStrings:Questions="Data Source=$DB" --Search:IndexPath="$INDEX"
    ) >> "$SERVER_LOG" 2>&1 &
    SERVER_PID=$!
}

: > "$SERVER_LOG"
COLD_HEALTH=()
COLD_SEARCH=()
FIRST_SEARCH=()
for attempt in $(seq 1 "$COLD_STARTS"); do
    stop_server
    wait_quiet
    log "starting the site on $BASE ($attempt/$COLD_STARTS)"
    echo "--- start $attempt ---" >> "$SERVER_LOG"
    started=$(now_ms)
    start_server
    COLD_HEALTH+=("$(wait_for_200 "$BASE/api/sante" "$started")")
    before_search=$(now_ms)
    COLD_SEARCH+=("$(wait_for_200 "$BASE/api/questions?q=sant%C3%A9" "$started")")
    FIRST_SEARCH+=("$(( $(now_ms) - before_search ))")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
COLD_HEALTH_MS=$(median "${COLD_HEALTH[@]}")
COLD_SEARCH_MS=$(median "${COLD_SEARCH[@]}")
FIRST_SEARCH_MS=$(median "${FIRST_SEARCH[@]}")

rss_kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$SERVER_PID/status"; }
server_cpu() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }
RSS_START=$(rss_kb VmRSS)
HWM_START=$(rss_kb VmHWM)

# --- every URL once: each must answer 200 (wrk only counts statuses >= 400) ------------------------------------
check_urls() {
    local prefix=$1 failures=0 code
    while IFS= read -r query; do
        code=$(status_of "$BASE$prefix$query")
        if [[ "$code" != "200" ]]; then
            echo "error: $prefix$query answered $code" >&2
            failures=$((failures + 1))
        fi
    done < "$WORK/queries.uri"
    echo "$failures"
}
log "checking the $QUERY_COUNT URLs of each search endpoint"
CHECK_API=$(check_urls "/api/questions?q=")
CHECK_PAGE=$(check_urls "/questions?q=")

# --- wrk runs --------------------------------------------------------------------------------------------------
RESULTS="$WORK/runs.jsonl"
: > "$RESULTS"
: > "$WORK/wrk.txt"
FAILED=0

# run NAME PATH [PREFIX]: a warm-up, then a measured run; with PREFIX, wrk rotates through the queries.
run() {
    local name=$1 path=$2 prefix=${3:-} script args=()
    if [[ -n "$prefix" ]]; then
        script="$WORK/rotate.lua"
        args=("$prefix" "$WORK/queries.uri")
    else
        script="$WORK/static.lua"
    fi
    if [[ "$WARMUP" -gt 0 ]]; then
        log "wrk: $name (${WARMUP} s warm-up)"
        wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$script" "$BASE$path" "${args[@]}" > "$WORK/warmup.txt" 2>&1
    fi
    local try discarded=0
    for try in $(seq 1 "$TRIES"); do
        measure "$name" "$path" "$prefix" "$script" "${args[@]}"
        # Errors are never retried away: any try's errors fail the run, and discarded tries' are reported.
        (( $(jq '.errors | add' "$WORK/run.json") == 0 )) || FAILED=1
        if ! noisy "$(jq '.cores.others' "$WORK/run.json")" || [[ $try -eq $TRIES ]]; then
            break
        fi
        log "other processes used $(jq '.cores.others' "$WORK/run.json") cores meanwhile: measuring again"
        discarded=$(( discarded + $(jq '.errors | add' "$WORK/run.json") ))
    done
    jq -c --argjson tries "$try" --argjson discarded "$discarded" '. + {tries: $tries, errorsInDiscardedTries: $discarded}' "$WORK/run.json" >> "$RESULTS"
}

# measure NAME PATH PREFIX SCRIPT [ARGS...]: one measured wrk run, its figures as JSON in WORK/run.json.
measure() {
    local name=$1 path=$2 prefix=$3 script=$4
    shift 4
    local args=("$@")
    wait_quiet
    log "wrk: $name (${DURATION} s measured)"
    local busy0 server0 busy1 server1 TIMEFORMAT='%3U %3S'
    busy0=$(cpu_busy_processes)
    server0=$(server_cpu)
    { time wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$script" "$BASE$path" "${args[@]}" > "$WORK/last.txt" 2>&1; } 2> "$WORK/wrk-cpu.txt"
    busy1=$(cpu_busy_processes)
    server1=$(server_cpu)
    { echo "### $name ($path)"; cat "$WORK/last.txt"; echo; } >> "$WORK/wrk.txt"
    local stats
    stats=$(grep '^WRKSTATS' "$WORK/last.txt" | sed 's/^WRKSTATS //' || true)
    if [[ -z "$stats" ]]; then
        echo "error: wrk gave no figures for $name:" >&2
        cat "$WORK/last.txt" >&2
        return 1
    fi
    local -A s
    for pair in $stats; do s[${pair%%=*}]=${pair#*=}; done
    local seconds
    seconds=$(awk -v us="${s[duration_us]}" 'BEGIN { print us / 1e6 }')
    jq -cn \
        --arg name "$name" --arg path "$path" --arg prefix "$prefix" \
        --argjson requests "${s[requests]}" --argjson seconds "$seconds" --argjson bytes "${s[bytes]}" \
        --argjson mean_us "${s[mean_us]}" --argjson p50_us "${s[p50_us]}" --argjson p90_us "${s[p90_us]}" \
        --argjson p99_us "${s[p99_us]}" --argjson max_us "${s[max_us]}" \
        --argjson non2xx "${s[status]}" --argjson connect "${s[connect]}" --argjson read "${s[read]}" \
        --argjson write "${s[write]}" --argjson timeout "${s[timeout]}" \
        --argjson rss_kb "$(rss_kb VmRSS)" --argjson hwm_kb "$(rss_kb VmHWM)" \
        --argjson server_ticks "$(( server1 - server0 ))" --argjson machine_ticks "$(( busy1 - busy0 ))" \
        --argjson wrk_cpu "$(awk '{ print $1 + $2 }' "$WORK/wrk-cpu.txt")" \
        '{name: $name, path: $path, queryPrefix: (if $prefix == "" then null else $prefix end),
          requests: $requests, seconds: $seconds, requestsPerSecond: (($requests / $seconds) * 10 | round / 10),
          bytes: $bytes, latencyMs: {mean: ($mean_us / 1000), p50: ($p50_us / 1000), p90: ($p90_us / 1000), p99: ($p99_us / 1000), max: ($max_us / 1000)},
          errors: {non2xx: $non2xx, connect: $connect, read: $read, write: $write, timeout: $timeout},
          rssKb: $rss_kb, hwmKb: $hwm_kb,
          serverCpuMsPerRequest: (if $requests > 0 then ($server_ticks * 10 / $requests * 1000 | round / 1000) else null end),
          cores: {server: ($server_ticks / 100 / $seconds * 100 | round / 100), wrk: ($wrk_cpu / $seconds * 100 | round / 100),
                  others: ([($machine_ticks / 100 - $server_ticks / 100 - $wrk_cpu) / $seconds, 0] | max * 100 | round / 100)}}' > "$WORK/run.json"
}

run "/api/sante (framework ceiling)" "/api/sante"
run "/api/questions?q= (100 queries)" "/api/questions" "/api/questions?q="
run "/questions?q= (100 queries, HTML)" "/questions" "/questions?q="
run "/questions (browse, HTML)" "/questions"
if [[ $BREAKDOWN -eq 1 ]]; then
    run "/api/questions?taille=1&q= (100 queries, 1 row)" "/api/questions" "/api/questions?taille=1&q="
    run "/questions?taille=1&q= (100 queries, 1 row, HTML)" "/questions" "/questions?taille=1&q="
fi

RSS_END=$(rss_kb VmRSS)
HWM_END=$(rss_kb VmHWM)
SERVER_FAILS=$(grep -c '^fail:' "$SERVER_LOG" || true)
stop_server

# --- report ----------------------------------------------------------------------------------------------------
echo
echo "Cold start, database and index already there, page cache warm (median of $COLD_STARTS starts): first 200 of \`/api/sante\` after **$(seconds_of "$COLD_HEALTH_MS") s**, of a search (\`/api/questions?q=santé\`) after **$(seconds_of "$COLD_SEARCH_MS") s**, that first search taking $FIRST_SEARCH_MS ms (each start: $(for i in "${!COLD_HEALTH[@]}"; do printf '%s / %s s; ' "$(seconds_of "${COLD_HEALTH[$i]}")" "$(seconds_of "${COLD_SEARCH[$i]}")"; done | sed 's/; $//')). RSS then $(mb "$RSS_START") MB (peak $(mb "$HWM_START") MB)."
echo
echo "Every URL once before the runs: \`/api/questions?q=\` $((QUERY_COUNT - CHECK_API))/$QUERY_COUNT answered 200, \`/questions?q=\` $((QUERY_COUNT - CHECK_PAGE))/$QUERY_COUNT."
echo
echo "| endpoint | requests/s | p50 ms | p99 ms | max ms | non-2xx | socket errors (connect/read/write/timeout) | server CPU ms per request | RSS after, MB | peak RSS, MB | cores: server / wrk / others | tries |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
jq -r '"| `\(.name)` | \(.requestsPerSecond) | \(.latencyMs.p50) | \(.latencyMs.p99) | \(.latencyMs.max) | \(.errors.non2xx) | \(.errors.connect)/\(.errors.read)/\(.errors.write)/\(.errors.timeout) | \(.serverCpuMsPerRequest) | \(.rssKb / 1024 | round) | \(.hwmKb / 1024 | round) | \(.cores.server) / \(.cores.wrk) / \(.cores.others) | \(.tries)\(if .errorsInDiscardedTries > 0 then " (\(.errorsInDiscardedTries) errors in discarded tries)" else "" end) |"' "$RESULTS"
API_RPS=$(jq -s '.[1].requestsPerSecond' "$RESULTS")
PAGE_RPS=$(jq -s '.[2].requestsPerSecond' "$RESULTS")
RATIO=$(awk -v a="$API_RPS" -v e="$ENGINE_2" 'BEGIN { printf "%.2f", (e > 0 ? a / e : 0) }')
echo
echo "Engine alone, same index, just before: $ENGINE_1 searches/s on 1 thread, **$ENGINE_2 on 2** ($ENGINE_CPU_MS ms of CPU per search). \`/api/questions?q=\` serves **$API_RPS requests/s = $(awk -v r="$RATIO" 'BEGIN { printf "%.0f", r * 100 }') %** of the engine's 2-thread throughput (target ≥ 70 %)."
echo
echo "Targets (set for 1,000,000 questions; measured here on $DOCUMENTS): \`/api/questions?q=\` ≥ 800 requests/s: $API_RPS; \`/questions?q=\` ≥ 500: $PAGE_RPS; RSS ≤ 1 GB: peak $(mb "$HWM_END") MB; cold start ≤ 2 s: $(seconds_of "$COLD_SEARCH_MS") s to the first search."
echo
echo "Server log: $SERVER_FAILS error entries (\`fail:\`) in $SERVER_LOG; wrk's own output in $WORK/wrk.txt."

jq -n \
    --arg commit "$COMMIT" --arg db "$DB" --arg index "$INDEX" --argjson documents "$DOCUMENTS" \
    --argjson cores "$(nproc)" --argjson duration "$DURATION" --argjson warmup "$WARMUP" \
    --argjson connections "$CONNECTIONS" --argjson threads "$WRK_THREADS" --argjson queries "$QUERY_COUNT" \
    --argjson cold_health "$(printf '%s\n' "${COLD_HEALTH[@]}" | jq -s .)" \
    --argjson cold_search "$(printf '%s\n' "${COLD_SEARCH[@]}" | jq -s .)" \
    --argjson first_search "$(printf '%s\n' "${FIRST_SEARCH[@]}" | jq -s .)" \
    --argjson rss_start "$RSS_START" --argjson hwm_start "$HWM_START" --argjson rss_end "$RSS_END" --argjson hwm_end "$HWM_END" \
    --argjson check_api "$CHECK_API" --argjson check_page "$CHECK_PAGE" --argjson server_fails "$SERVER_FAILS" \
    --argjson ratio "$RATIO" --slurpfile engine "$WORK/engine.json" --slurpfile runs "$RESULTS" \
    '{commit: $commit, database: $db, index: $index, documents: $documents, cores: $cores,
      wrk: {threads: $threads, connections: $connections, durationSeconds: $duration, warmupSeconds: $warmup, queries: $queries},
      coldStartMs: {health: $cold_health, firstSearch: $cold_search, firstSearchRequest: $first_search,
                    medianHealth: ($cold_health | sort | .[(length - 1) / 2 | floor]),
                    medianFirstSearch: ($cold_search | sort | .[(length - 1) / 2 | floor])},
      startRssKb: $rss_start, startHwmKb: $hwm_start, endRssKb: $rss_end, endHwmKb: $hwm_end,
      urlCheckFailures: {api: $check_api, page: $check_page}, serverLogErrors: $server_fails,
      engine: $engine[0], runs: $runs, apiToEngineTwoThreads: $ratio}' > "$JSON"
echo
echo "JSON: $JSON"

if [[ $FAILED -ne 0 || $CHECK_API -ne 0 || $CHECK_PAGE -ne 0 || $SERVER_FAILS -ne 0 ]]; then
    echo "error: some requests failed (see the table, $WORK/wrk.txt and $SERVER_LOG)" >&2
    exit 1
fi
