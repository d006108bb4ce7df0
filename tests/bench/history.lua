-- wrk script: a page of 50 movements of a random one of the 1,000 products of
-- history-dataset.sh at MAD-001 (INVENTORY_HISTORY_PATH=shrink: the shrink report instead;
-- =day: the day report of MAD-001 for a random day of the dataset's first 50), with the token
-- in INVENTORY_TOKEN.
local token = os.getenv("INVENTORY_TOKEN")
local what = os.getenv("INVENTORY_HISTORY_PATH") or "history"
local headers = { ["Host"] = "bench", ["Authorization"] = "Bearer " .. token }
math.randomseed(os.time())

request = function()
  if what == "shrink" then
    return wrk.format("GET", "/api/v1/reports/shrink?storeId=MAD-001", headers)
  end
  if what == "day" then
    local day = os.date("!%Y-%m-%d", 1767225600 + 86400 * math.random(0, 49))
    return wrk.format("GET", "/api/v1/reports/day?storeId=MAD-001&utcOffset=%2B00:00&date=" .. day, headers)
  end
  local product = string.format("H-%04d", math.random(1, 1000))
  return wrk.format("GET", "/api/v1/products/" .. product .. "/history?storeId=MAD-001&limit=50", headers)
end
