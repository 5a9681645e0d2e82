-- a different query string at every request: always an output-cache miss
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. (string.find(wrk.path, "?", 1, true) and "&" or "?") .. "v=" .. counter)
end
