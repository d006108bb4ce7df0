-- wrk script: durable reservations of one unit each, on one hot product or spread over
-- PRODUCTS products (env INVENTORY_PRODUCTS, default 1), with the token in INVENTORY_TOKEN.
-- Every request is built once, here: wrk shares the two cores with the server it measures,
-- and formatting each request in Lua took a third more of wrk's CPU per request (12-15
-- against 9-10 µs).
local token = os.getenv("INVENTORY_TOKEN")
local products = tonumber(os.getenv("INVENTORY_PRODUCTS") or "1")
-- Host is required in HTTP/1.1 (the server refuses a request without it).
local headers = { ["Host"] = "bench", ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }

local function body(product)
  return string.format('{"productId":"%s","storeId":"MAD-001","quantity":1,"customerId":"bench","ttl":86400}', product)
end

if products == 1 then
  -- No request() function: wrk then sends this one request as it is, without calling Lua.
  wrk.method = "POST"
  wrk.path = "/api/v1/reservations"
  for name, value in pairs(headers) do wrk.headers[name] = value end
  wrk.body = body("PROD-001")
else
  local requests = {}
  for i = 1, products do
    requests[i] = wrk.format("POST", "/api/v1/reservations", headers, body(string.format("SYN-%07d", i % products)))
  end
  local counter = 0
  request = function()
    counter = counter % products + 1
    return requests[counter]
  end
end
