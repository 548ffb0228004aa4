-- Supports posted by wrk as fast as it can (bench/consultation.sh): one per idea of the file IDS, the ideas dealt out
-- among wrk's THREADS threads so that none is supported twice, each request signed in with one of the sessions of the
-- file SESSIONS (lines "COOKIE CSRF"), to CONSULTATION_PATH/ideas/{id}/support. Prints the acknowledged ones (302).
local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("number", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  local count = tonumber(os.getenv("THREADS"))
  ideas, sessions, sent, acked, refused = {}, {}, 0, 0, 0
  local line_number = 0
  for line in io.lines(os.getenv("IDS")) do
    if line_number % count == number then table.insert(ideas, line) end
    line_number = line_number + 1
  end
  for line in io.lines(os.getenv("SESSIONS")) do
    local cookie, csrf = line:match("^(%S+) (%S+)$")
    if cookie then table.insert(sessions, { cookie = cookie, csrf = csrf }) end
  end
  base = os.getenv("CONSULTATION_PATH")
end

function request()
  sent = sent + 1
  -- Past the last idea the requests repeat it, and are refused as second supports (counted apart).
  local idea = ideas[math.min(sent, #ideas)]
  local session = sessions[(sent % #sessions) + 1]
  return wrk.format("POST", base .. "/ideas/" .. idea .. "/support",
    { ["Cookie"] = session.cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, "_csrf=" .. session.csrf)
end

function response(status, headers, body)
  if status == 302 then acked = acked + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local total_acked, total_refused = 0, 0
  for _, thread in ipairs(threads) do
    total_acked = total_acked + thread:get("acked")
    total_refused = total_refused + thread:get("refused")
  end
  io.write(string.format("acknowledged=%d refused=%d supports/s=%.0f p50_ms=%.1f p99_ms=%.1f\n", total_acked, total_refused,
    total_acked / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
