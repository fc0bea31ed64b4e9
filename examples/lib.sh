# Shared by the examples: a private Warden on a temporary home and a free port, the admin's AWS CLI
# profile from `./warden env`, and helpers that print each command with its outcome and remember
# whether every outcome was the expected one. Sourced, not run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
warden="$repo/warden"
failures=0

if ! command -v aws >/dev/null 2>&1; then
  echo "These examples need the AWS CLI (pip install awscli, or your distribution's package)." >&2
  exit 2
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts Warden and points the AWS CLI at it as the admin (the `warden` profile).
start_warden() {
  home="$(mktemp -d "${TMPDIR:-/tmp}/warden-example.XXXXXX")"
  port="$(free_port)"
  "$warden" --version >/dev/null  # builds the jar first if needed, so the start below is quick
  trap stop_warden EXIT
  launch_server
  eval "$("$warden" env --home "$home")"
  export AWS_PAGER=""
  echo "Warden is listening on http://127.0.0.1:$port, home \$WORK=$home; the AWS CLI acts as the admin."
}

# Starts the server on $home and $port and waits until it answers.
launch_server() {
  "$warden" up --home "$home" --port "$port" >>"$home/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
      break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "Warden did not start; its log:" >&2
      cat "$home/server.log" >&2
      exit 2
    fi
    sleep 0.2
  done
}

# Starts the server again on the same home and port, after stop_server (offline commands in between).
restart_warden() {
  launch_server
  echo "Warden is listening again on http://127.0.0.1:$port, same home."
}

stop_server() {
  if [ -n "${server_pid:-}" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}

stop_warden() {
  local status=$?
  stop_server
  if [ -n "${home:-}" ] && [ -z "${KEEP_WARDEN_HOME:-}" ]; then
    rm -rf "$home"
  fi
  exit "$status"
}

# Runs a setup step as the admin, quietly; stops the example if it fails.
admin() {
  echo "  admin\$ aws $(echo "$*" | sed "s|$home|\$WORK|g; s|$repo/examples/||g")"
  if ! aws "$@" >"$home/last.out" 2>&1; then
    cat "$home/last.out" >&2
    echo "setup step failed: aws $*" >&2
    exit 1
  fi
}

# The command as a reader would type it: arguments with spaces or shell characters in single quotes.
shown() {
  local out="" arg
  for arg in "$@"; do
    if [[ "$arg" =~ [[:space:]\|\"\;\$\*] ]]; then
      out+="'$arg' "
    else
      out+="$arg "
    fi
  done
  echo "${out% }" | sed "s|$repo/warden|./warden|g; s|$home|\$WORK|g"
}

# expect allowed|denied -- COMMAND...: runs COMMAND, prints it and its outcome.
expect() {
  local wanted=$1
  shift 2
  echo
  echo "\$ $(shown "$@")"
  local status=0
  "$@" >"$home/last.out" 2>"$home/last.err" || status=$?
  sed "s|$home|\$WORK|g; s/^/    /" "$home/last.out"
  sed "s|$home|\$WORK|g; s/^/    /" "$home/last.err"
  local got
  if [ "$status" -eq 0 ]; then
    got=allowed
  elif grep -Eq "AccessDenied|\(403\)" "$home/last.err"; then
    # HEAD requests (aws s3 cp starts with one) are denied with a bare 403: no body to carry the code.
    got=denied
  else
    got="failed (exit $status)"
  fi
  if [ "$got" = "$wanted" ]; then
    echo "  -> $got, as expected"
  else
    echo "  -> $got, but $wanted was expected" >&2
    failures=$((failures + 1))
  fi
}

finish() {
  stop_server  # a stopped server has written every audit record
  echo
  echo "The audit log: every call the workload made, under its role session (./warden audit):"
  "$warden" audit --home "$home" --limit 100 | grep "assumed-role" | sed 's/^/    /' || true
  echo
  if [ "$failures" -eq 0 ]; then
    echo "$1: every outcome as expected."
  else
    echo "$1: $failures outcome(s) not as expected." >&2
    exit 1
  fi
}
