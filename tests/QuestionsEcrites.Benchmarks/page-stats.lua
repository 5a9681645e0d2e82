-- page-bench.sh: one line per wrk run — requests/s, p50, p95, p99 (ms) and failed responses (non-2xx/3xx beyond
-- the route's expected status, counted by the script: a 404 route expects 404).
-- With MIX_FILE (lines « set<TAB>percent-encoded query ») and MIX_PATH (« /questions?q= »), each request draws a
-- query: a set by MIX_WEIGHTS (« rare=40,mid=30,… »), then one of its queries at random.
local expected = tonumber(os.getenv("PAGE_EXPECT") or "200")
unexpected = 0
local threads = {}
local mix, weights, total = {}, {}, 0
if os.getenv("MIX_FILE") then
  for line in io.lines(os.getenv("MIX_FILE")) do
    local set, query = line:match("^([^\t]+)\t(.+)$")
    if set then mix[set] = mix[set] or {}; table.insert(mix[set], query) end
  end
  for set, weight in (os.getenv("MIX_WEIGHTS") or ""):gmatch("([^=,]+)=(%d+)") do
    if mix[set] then table.insert(weights, { set = set, weight = tonumber(weight) }); total = total + tonumber(weight) end
  end
  request = function()
    local draw, chosen = math.random(total), nil
    for _, w in ipairs(weights) do
      if draw <= w.weight then chosen = w.set; break end
      draw = draw - w.weight
    end
    local queries = mix[chosen]
    return wrk.format("GET", os.getenv("MIX_PATH") .. queries[math.random(#queries)])
  end
end
setup = function(thread) table.insert(threads, thread) end
init = function() unexpected = 0; math.randomseed(os.time() + math.random(1000)) end
response = function(status) if status ~= expected and status ~= 304 then unexpected = unexpected + 1 end end
done = function(summary, latency)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do failed = failed + thread:get("unexpected") end
  io.write(string.format("PAGE %.0f %.1f %.1f %.1f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, failed))
end
