-- The soak's mixed load (soak.sh): searches (rare and frequent words, phrases, pairs, deep pages, filters, the
-- API: more distinct requests than the site's page cache holds, so both hits and fresh searches), browsing,
-- question pages, directories and feeds, drawn at random per request. Question pages are drawn from a file of
-- « legislature/number » lines that exist in the store (SOAK_KEYS, written by soak.sh).
local words = { "agriculture", "hôpital", "ponts", "santé", "école", "retraite", "frelon asiatique", "\"prime Ségur\"",
  "ehpad", "logement social", "transition écologique", "handicap", "gendarmerie", "vaccin", "fiscalité" }
local keys = {}
for line in io.lines(os.getenv("SOAK_KEYS")) do keys[#keys + 1] = line end
local function key() return keys[math.random(#keys)] end
local function q() return words[math.random(#words)] end
local function enc(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
local routes = {
  function() return "/questions?q=" .. enc(q()) end,
  function() return "/questions?q=" .. enc(q()) .. "&statut=answered&tri=date" end,
  function() return "/api/questions?q=" .. enc(q() .. " " .. q()) end,
  function() return "/questions?q=" .. enc(q()) .. "&page=" .. math.random(1, 20) end,
  function() return "/questions?page=" .. math.random(1, 50) end,
  function() return "/questions/" .. key() end,
  function() return "/api/questions/" .. key() end,
  function() return "/" end,
  function() return "/ministeres" end,
  function() return "/rubriques" end,
  function() return "/flux/questions?q=" .. enc(q()) end,
}
request = function()
  return wrk.format("GET", routes[math.random(#routes)]())
end
