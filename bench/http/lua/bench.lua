-- The load of `make bench-http` (bench/http/run.py runs wrk with this script).
-- Environment: BENCH_PATH (the request path), BENCH_TOKEN (a staff bearer token, or empty),
-- BENCH_BODY (for a create: the JSON body, "{n}" replaced by a per-request number; each
-- request also gets a fresh Idempotency-Key), BENCH_KEY_PREFIX (unique per wrk run).
local path = os.getenv("BENCH_PATH") or "/healthz"
local token = os.getenv("BENCH_TOKEN") or ""
local body = os.getenv("BENCH_BODY") or ""
local prefix = os.getenv("BENCH_KEY_PREFIX") or tostring(os.time())
local counter = 0

local headers = {}
if token ~= "" then
  headers["Authorization"] = "Bearer " .. token
end

function request()
  if body == "" then
    return wrk.format("GET", path, headers)
  end
  counter = counter + 1
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = prefix .. "-" .. counter
  return wrk.format("POST", path, headers, (body:gsub("{n}", tostring(counter))))
end

-- One JSON line for the runner: counts, errors and the latency distribution (microseconds).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests": %d, "duration_us": %d, "bytes": %d, '
    .. '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d, '
    .. '"p50": %d, "p90": %d, "p99": %d, "mean": %.1f, "max": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.mean, latency.max))
end
