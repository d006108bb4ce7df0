-- wrk script for the soak (run-bench.sh SECTIONS=soak): reservations of one unit at MAD-001,
-- spread over INVENTORY_PRODUCTS products, with the token in INVENTORY_TOKEN. Each wrk thread
-- repeats three requests: a reservation to be confirmed (ttl 600 s), one left to expire
-- (ttl 1 s), and the confirmation of a reservation it made 200 rounds earlier; so two of
-- every three requests make a reservation, and half of them end CONFIRMED, half EXPIRED.
-- The ids are the client's own (INVENTORY_SOAK_RUN keeps them apart between runs), so no
-- answer has to be read. 600 requests lie between a reservation and its confirmation: a
-- thread has at most its connections in flight, and a connection's first request may wait
-- while the server accepts the others.
local token = os.getenv("INVENTORY_TOKEN")
local products = tonumber(os.getenv("INVENTORY_PRODUCTS") or "1000")
local run = os.getenv("INVENTORY_SOAK_RUN") or "0"
local headers = { ["Host"] = "bench", ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local step = 0

local function id(kind, n)
  return string.format("soak-%s-%d-%s%d", run, thread_id, kind, n)
end

local function reserve(kind, n, ttl)
  local body = string.format(
    '{"reservationId":"%s","productId":"SYN-%07d","storeId":"MAD-001","quantity":1,"customerId":"soak","ttl":%d}',
    id(kind, n), n % products, ttl)
  return wrk.format("POST", "/api/v1/reservations", headers, body)
end

request = function()
  local round = math.floor(step / 3)
  local phase = step % 3
  step = step + 1
  if phase == 0 then
    return reserve("c", round, 600)
  end
  if phase == 1 then
    return reserve("e", round, 1)
  end
  -- Round 0's reservation is not confirmed: wrk calls request() once on its first thread to
  -- check the script, and that one is never sent.
  if round <= 200 then
    return reserve("x", round, 1)
  end
  return wrk.format("POST", "/api/v1/reservations/" .. id("c", round - 200) .. "/confirm", headers)
end
