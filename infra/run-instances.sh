#!/usr/bin/env bash
# Starts N Mahnwerk API instances on ports 4001..400N (BASE_PORT+1 ..), all on one external PostgreSQL,
# and stops them all on Ctrl-C. Put infra/nginx/mahnwerk.conf (or any load balancer) in front.
#
#   npm run build                                  # once: apps/api/dist and apps/web/dist
#   export DATABASE_URL=postgres://mahnwerk:OWNER_PASSWORD@localhost:5432/mahnwerk
#   export DATABASE_API_URL=postgres://mahnwerk_api:API_PASSWORD@localhost:5432/mahnwerk  (infra/postgres/roles.sql)
#   export JWT_SECRET=$(openssl rand -base64 48)   # the same secret on every instance
#   infra/run-instances.sh 3
#
# Optional: BASE_PORT (4000), SEED_DEMO (false: true runs every instance in demo mode, and the first
# seeds the demo data into an empty database; outside demo mode ADMIN_EMAIL and ADMIN_PASSWORD create
# the first administrator, see the README's "first start of an agency"), LOG_DIR (.data/instances), NODE (node), METRICS_BASE_PORT (unset: no metrics;
# set, instance n serves Prometheus metrics on 127.0.0.1:METRICS_BASE_PORT+n/metrics).
set -euo pipefail

count="${1:-3}"
base_port="${BASE_PORT:-4000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
main="$root/apps/api/dist/main.js"
log_dir="${LOG_DIR:-$root/.data/instances}"
node_bin="${NODE:-node}"

fail() { echo "run-instances: $*" >&2; exit 1; }
[[ "$count" =~ ^[1-9][0-9]*$ ]] || fail "the instance count must be a positive number, got '$count'"
[[ -n "${DATABASE_URL:-}" ]] || fail "DATABASE_URL is not set: all instances must share one external PostgreSQL"
secret="${JWT_SECRET:-}"
[[ "${#secret}" -ge 32 ]] || fail "JWT_SECRET must be set (at least 32 characters) and the same for every instance"
[[ -f "$main" ]] || fail "$main is missing: run 'npm run build' first"
mkdir -p "$log_dir"

pids=()
declare -A pid_of
host="$(hostname 2>/dev/null || echo host)"
stop() {
  trap - INT TERM EXIT
  if ((${#pids[@]})); then
    echo "Stopping ${#pids[@]} instance(s) ..."
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop EXIT
trap 'stop; exit 0' INT TERM

# healthy PORT: 0 once GET /ready answers 200 (the instance and its database answer).
healthy() {
  "$node_bin" -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
    "http://127.0.0.1:$1/ready"
}

start() { # start N SEED
  local n="$1" port=$((base_port + $1))
  local metrics=()
  [[ -n "${METRICS_BASE_PORT:-}" ]] && metrics=("METRICS_PORT=$((METRICS_BASE_PORT + n))")
  env "${metrics[@]}" PORT="$port" INSTANCE_ID="api-$host-$port" SEED_DEMO="$2" DATABASE_URL="$DATABASE_URL" JWT_SECRET="$secret" \
    "$node_bin" --max-old-space-size=384 --max-semi-space-size=8 "$main" >"$log_dir/api-$port.log" 2>&1 &
  pids+=("$!")
  pid_of[$port]="$!"
  echo "instance $n: http://127.0.0.1:$port  (pid $!, log $log_dir/api-$port.log)"
}

wait_healthy() { # wait_healthy PORT
  for _ in $(seq 1 300); do
    healthy "$1" && return 0
    kill -0 "${pid_of[$1]}" 2>/dev/null || break
    sleep 0.5
  done
  fail "the instance on port $1 did not become healthy; see $log_dir/api-$1.log"
}

# The first instance migrates (and seeds, if asked) while the others would only wait for its lock.
start 1 "${SEED_DEMO:-false}"
wait_healthy $((base_port + 1))
# The others find the data there (demo mode must match: outside it, the demo password refuses the start).
for ((n = 2; n <= count; n++)); do start "$n" "${SEED_DEMO:-false}"; done
for ((n = 2; n <= count; n++)); do wait_healthy $((base_port + n)); done

echo "All $count instances are up. Ctrl-C stops them."
wait -n "${pids[@]}" || true
fail "an instance stopped; see the logs in $log_dir"
