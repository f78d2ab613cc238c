-- wrk script: cycles through public pages (anonymous) and member pages (with the member's session
-- cookie), counts answers by status, and prints them at the end. Paths come from PATHS_FILE, one
-- "public /path" or "member /path" per line.
local paths, kinds = {}, {}
local file = assert(io.open(os.getenv("PATHS_FILE"), "r"))
for line in file:lines() do
  local kind, path = line:match("^(%a+)%s+(%S+)$")
  if kind then
    table.insert(kinds, kind)
    table.insert(paths, path)
  end
end
file:close()
local cookie = "sessionid=" .. (os.getenv("MEMBER_SESSION") or "")
local counter = 0

request = function()
  counter = counter + 1
  local index = (counter % #paths) + 1
  local headers = { ["Accept-Language"] = "en" }
  if kinds[index] == "member" then
    headers["Cookie"] = cookie
  end
  return wrk.format("GET", paths[index], headers)
end

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

-- Global (not local), so done() can read each thread's table with thread:get().
statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    -- Each thread keeps its own table; wrk hands them over as strings.
    local counts = thread:get("statuses") or {}
    for status, count in pairs(counts) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("status %d: %d\n", status, count))
  end
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
