-- page-bench.sh: one line per wrk run — requests/s, p50, p95, p99 (ms) and failed responses (non-2xx/3xx beyond
-- the route's expected status, counted by the script: a 404 route expects 404).
local expected = tonumber(os.getenv("PAGE_EXPECT") or "200")
unexpected = 0
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() unexpected = 0 end
response = function(status) if status ~= expected and status ~= 304 then unexpected = unexpected + 1 end end
done = function(summary, latency)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do failed = failed + thread:get("unexpected") end
  io.write(string.format("PAGE %.0f %.1f %.1f %.1f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, failed))
end
