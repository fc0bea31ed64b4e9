# Starting and stopping a real `./warden up` for the end-to-end suites (tests/e2e/seed-story.sh,
# tests/e2e/federation.sh, tests/js-sdk/run.sh, tests/wire/response-shapes.sh). Sourced; the caller
# defines fail MESSAGE [DETAIL] (prints and exits non-zero).
#
# WARDEN_START_CMD, if set, starts the server with this bash command instead of `./warden up`; it gets
# WARDEN_HOME and WARDEN_PORT in its environment and must write the same files.

# A free TCP port on 127.0.0.1.
warden_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# warden_launch REPO HOME PORT LOG: starts the server in its own process group; sets server_pid.
warden_launch() {
  local repo="$1" home="$2" port="$3" log="$4"
  if [ -n "${WARDEN_START_CMD:-}" ]; then
    WARDEN_HOME="$home" WARDEN_PORT="$port" setsid bash -c "$WARDEN_START_CMD" >"$log" 2>&1 </dev/null &
  else
    setsid "$repo/warden" up --home "$home" --port "$port" >"$log" 2>&1 </dev/null &
  fi
  server_pid=$!
}

# warden_wait_health PORT TIMEOUT_SECONDS: waits for GET /health; sets server_health to its body.
warden_wait_health() {
  local port="$1" timeout="$2" deadline
  deadline=$(( $(date +%s) + timeout ))
  until server_health="$(curl -fsS --max-time 1 "http://127.0.0.1:$port/health" 2>/dev/null)"; do
    kill -0 "$server_pid" 2>/dev/null || fail "the server exited before answering /health"
    [ "$(date +%s)" -lt "$deadline" ] || fail "no answer from /health after ${timeout}s"
    sleep 0.05
  done
}

# warden_check_profile_files HOME PORT: first start wrote the `warden` profile, naming this endpoint.
warden_check_profile_files() {
  local home="$1" port="$2" f
  for f in "$home/aws/credentials" "$home/aws/config"; do
    [ -s "$f" ] || fail "missing or empty: $f"
  done
  grep -q '^\[warden\]' "$home/aws/credentials" || fail "no [warden] profile in $home/aws/credentials"
  grep -q '^\[profile warden\]' "$home/aws/config" || fail "no [profile warden] section in $home/aws/config"
  grep -q "endpoint_url *= *http://127.0.0.1:$port" "$home/aws/config" \
    || fail "config does not name endpoint_url http://127.0.0.1:$port" "$(cat "$home/aws/config")"
}

# warden_use_profile_files HOME: only Warden's files steer the clients; nothing of the caller's AWS_*
# environment leaks in.
warden_use_profile_files() {
  local home="$1" v
  for v in $(env | sed -n 's/^\(AWS_[A-Z_]*\)=.*/\1/p'); do unset "$v"; done
  export AWS_CONFIG_FILE="$home/aws/config"
  export AWS_SHARED_CREDENTIALS_FILE="$home/aws/credentials"
}

# warden_kill: stops the server's process group (a wrapper's children too), if it still runs.
warden_kill() {
  if [ -n "${server_pid:-}" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM -- "-$server_pid" 2>/dev/null || kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
}

# warden_finish RC PREFIX KEEP TMP LOG: stops the server; after a failure prints the tail of its LOG.
# TMP (the home and the log) is kept after a failure or when KEEP is 1, and removed otherwise.
warden_finish() {
  local rc="$1" prefix="$2" keep="$3" tmp="$4" log="$5"
  warden_kill
  if [ "$rc" -ne 0 ] && [ -s "$log" ]; then
    echo "$prefix: last lines of the server log ($log):" >&2
    tail -n 40 "$log" | sed "s/^/$prefix:   | /" >&2
  fi
  if [ "$keep" = 1 ] || [ "$rc" -ne 0 ]; then
    echo "$prefix: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
}

# The steps every suite starts with (needs tests/lib/steps.sh's step, ok and fail).
# warden_build_step REPO TMP TIMEOUT: builds the launcher's jar if stale, so no build runs mid-suite.
warden_build_step() {
  local repo="$1" tmp="$2" timeout="$3"
  step "build the warden launcher's jar (if stale)"
  timeout "$timeout" "$repo/warden" --version >"$tmp/build.log" 2>&1 \
    || fail "./warden --version failed" "$(tail -n 30 "$tmp/build.log")"
  ok "$(tail -n 1 "$tmp/build.log")"
}

# warden_start_steps REPO HOME PORT LOG TIMEOUT: starts the server and waits for GET /health.
warden_start_steps() {
  local repo="$1" home="$2" port="$3" log="$4" timeout="$5" started
  step "start Warden on 127.0.0.1:$port (home $home)"
  warden_launch "$repo" "$home" "$port" "$log"
  ok "pid $server_pid"

  step "GET /health answers 200 within ${timeout}s"
  started=$(date +%s%N)
  warden_wait_health "$port" "$timeout"
  ok "$(( ($(date +%s%N) - started) / 1000000 )) ms, $server_health"
}
