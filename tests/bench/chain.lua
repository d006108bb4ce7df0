-- wrk script for the chain dataset (inventory-clientprobe seed --stores): with the token in
-- INVENTORY_TOKEN, the catalogue size in INVENTORY_PRODUCTS and the number of stores in
-- INVENTORY_STORES, INVENTORY_CHAIN_PATH picks what each request does:
--   availability  a random product's availability in every store
--   storestock    a random page of 100 rows of a random store's stock
--   write         add one unit of a random product at a random store
-- Store ids are the seed's: the 4 demo stores, then CHN-0005, CHN-0006, …
local token = os.getenv("INVENTORY_TOKEN")
local products = tonumber(os.getenv("INVENTORY_PRODUCTS") or "20000")
local stores = tonumber(os.getenv("INVENTORY_STORES") or "4")
local what = os.getenv("INVENTORY_CHAIN_PATH") or "availability"
local headers = { ["Host"] = "bench", ["Authorization"] = "Bearer " .. token }
local demo = { "BCN-001", "MAD-001", "SEV-001", "VAL-001" }
math.randomseed(os.time())

local function product()
  return string.format("SYN-%07d", math.random(0, products - 1))
end

local function store()
  local n = math.random(1, stores)
  if n <= 4 then return demo[n] end
  return string.format("CHN-%04d", n)
end

request = function()
  if what == "storestock" then
    local page = math.random(1, math.floor(products / 100))
    return wrk.format("GET", "/api/v1/stores/" .. store() .. "/stock?limit=100&page=" .. page, headers)
  end
  if what == "write" then
    local body = string.format('{"storeId":"%s","operation":"add","quantity":1,"reason":"received"}', store())
    local h = { ["Host"] = "bench", ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
    return wrk.format("POST", "/api/v1/products/" .. product() .. "/stock", h, body)
  end
  return wrk.format("GET", "/api/v1/products/" .. product() .. "/availability", headers)
end
