-- wrk script: a page of 50 movements of a random one of the 1,000 products of
-- history-dataset.sh at MAD-001, with the token in INVENTORY_TOKEN. INVENTORY_HISTORY_PATH picks
-- another route: shrink (the shrink report), day (the day report of MAD-001 for a random one of
-- the 50 days after INVENTORY_TICKETS_FROM, UTC seconds), sales (the sales by day of MAD-001
-- over the 30 days after a random one of those), products (MAD-001's top sellers and unsold
-- products of the last 30 days), stockvalue (every store's stock value).
local token = os.getenv("INVENTORY_TOKEN")
local what = os.getenv("INVENTORY_HISTORY_PATH") or "history"
local day0 = tonumber(os.getenv("INVENTORY_TICKETS_FROM") or "1767225600")
local headers = { ["Host"] = "bench", ["Authorization"] = "Bearer " .. token }
math.randomseed(os.time())

local function day(offset)
  return os.date("!%Y-%m-%dT00:00:00Z", day0 + 86400 * offset)
end

request = function()
  if what == "shrink" then
    return wrk.format("GET", "/api/v1/reports/shrink?storeId=MAD-001", headers)
  end
  if what == "day" then
    local date = os.date("!%Y-%m-%d", day0 + 86400 * math.random(0, 49))
    return wrk.format("GET", "/api/v1/reports/day?storeId=MAD-001&utcOffset=%2B00:00&date=" .. date, headers)
  end
  if what == "sales" then
    local first = math.random(0, 20)
    return wrk.format("GET", "/api/v1/reports/sales?storeId=MAD-001&bucket=day&utcOffset=%2B00:00&from="
      .. day(first) .. "&to=" .. day(first + 30), headers)
  end
  if what == "products" then
    return wrk.format("GET", "/api/v1/reports/products?storeId=MAD-001&days=30&limit=10", headers)
  end
  if what == "stockvalue" then
    return wrk.format("GET", "/api/v1/reports/stock-value", headers)
  end
  local product = string.format("H-%04d", math.random(1, 1000))
  return wrk.format("GET", "/api/v1/products/" .. product .. "/history?storeId=MAD-001&limit=50", headers)
end
