# Shell functions the load scripts (run.sh, workload.sh) share. Source it from the repository root:
#   . bench/load/common.sh

# A TCP port free on loopback right now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits up to a minute for GET /health on the port to answer; the caller's next step fails if it never does.
wait_for_health() {
  local port="$1"
  for _ in $(seq 600); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/health', timeout=1)" 2>/dev/null && return 0
    sleep 0.1
  done
  return 0
}

ensure_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    echo "load: installing wrk (Debian)" >&2
    (apt-get update -qq && apt-get install -y -qq wrk) >&2
  fi
}

# The warden jar (through the launcher) and the bench jar.
build_jars() {
  timeout 900 ./warden --version >/dev/null
  timeout 900 ./mvnw -B -q -DskipTests -Dmaven.test.skip=true -pl bench -am package >&2
}

# The launcher records a class-data archive (cli/target/warden.jsa) during the first `up` after a
# build and maps it from then on; recording it here, with one `./warden up` on a temporary home,
# makes the timings that follow measure an installed build rather than the one-off recording run.
record_class_data_archive() {
  if [ ! -s cli/target/warden.jsa ] || [ cli/target/warden.jar -nt cli/target/warden.jsa ]; then
    echo "load: recording the launcher's class-data archive (one \`./warden up\` on a temp home)" >&2
    local prime_home prime_port prime_pid
    prime_home="$(mktemp -d)"
    prime_port="$(free_port)"
    ./warden up --home "$prime_home" --port "$prime_port" >"$prime_home.log" 2>&1 &
    prime_pid=$!
    wait_for_health "$prime_port"
    kill -TERM "$prime_pid" 2>/dev/null || true
    wait "$prime_pid" || true
    rm -rf "$prime_home" "$prime_home.log"
  fi
}
