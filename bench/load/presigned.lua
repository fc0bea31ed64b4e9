-- wrk script: sends pre-signed raw HTTP requests round robin, so that SigV4 signing costs the
-- load generator nothing during the measurement.
--
--   wrk -t1 -c16 -d10s -s bench/load/presigned.lua http://127.0.0.1:PORT/ -- POOL_FILE
--
-- POOL_FILE (written by bench/load/warden_load.py) holds the requests back to back, each as
-- "<byte length>\n<raw request bytes>". Each wrk thread starts at another offset of the pool.

local pool = {}
local next_index = 1

local function load(path)
  local file = assert(io.open(path, "rb"), "cannot open request pool " .. tostring(path))
  local data = file:read("*a")
  file:close()
  local requests, at = {}, 1
  while at <= #data do
    local newline = assert(data:find("\n", at, true), "bad request pool: no length line")
    local length = assert(tonumber(data:sub(at, newline - 1)), "bad request pool: length")
    requests[#requests + 1] = data:sub(newline + 1, newline + length)
    at = newline + length + 1
  end
  assert(#requests > 0, "empty request pool")
  return requests
end

local threads = 0
function setup(thread)
  thread:set("offset", threads * 97)
  threads = threads + 1
end

function init(args)
  pool = load(args[1])
  next_index = (offset or 0) % #pool + 1
end

function request()
  local raw = pool[next_index]
  next_index = next_index % #pool + 1
  return raw
end
