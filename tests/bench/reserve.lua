-- wrk script: durable reservations of one unit each, on one hot product or spread over
-- PRODUCTS products (env INVENTORY_PRODUCTS, default 1), with the token in INVENTORY_TOKEN.
local token = os.getenv("INVENTORY_TOKEN")
local products = tonumber(os.getenv("INVENTORY_PRODUCTS") or "1")
local counter = 0
request = function()
  counter = counter + 1
  local product = products == 1 and "PROD-001" or string.format("SYN-%07d", counter % products)
  local body = string.format('{"productId":"%s","storeId":"MAD-001","quantity":1,"customerId":"bench","ttl":86400}', product)
  return wrk.format("POST", "/api/v1/reservations",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
