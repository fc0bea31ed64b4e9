#!/usr/bin/env python3
"""Warden's load run: throughput, latency at a fixed rate, cold start and idle memory, in one run.

Run it through bench/load/run.sh (which installs wrk and moto and builds the jars):

    bench/load/run.sh [--rounds 2] [--check]

Everything runs on this machine over loopback, bounded in count and time:

1. cold start: `./warden up` on a fresh temp home, time from spawn to the first answered GET /health
   (and to the first answered signed GetCallerIdentity); idle resident memory (VmRSS of the process
   tree) a few seconds later.
2. closed-loop throughput with wrk (C, epoll; one thread by default so the server keeps most of the
   2 cores): the server's own unauthenticated GET /health versus signed STS GetCallerIdentity, in
   alternating rounds after a warm-up. Requests are SigV4-signed ahead of each measurement with
   botocore (timestamps spread over the preceding minute, all inside the signature window) and
   replayed round robin by bench/load/presigned.lua, so signing costs the generator nothing.
3. AssumeRole latency at a fixed rate (1,000 requests/s) with the open-loop Java generator
   dev.warden.bench.load.FixedRateLoad: latency counts from each request's due time, so a stall
   cannot hide slow answers. Each request names its own session (distinct signed bodies).
4. idle memory again after the load, and a restart on the same home (warm start).
5. moto's server (`moto_server`) alone on the machine, the same GetCallerIdentity measurement.

Prints a table with the measured numbers, the targets and the ratios. With --check it exits 1 when
a target is missed (exit 2 for a run that could not measure).
"""

import argparse
import configparser
import datetime
import http.client
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from unittest import mock

import botocore.auth
import botocore.credentials
from botocore.awsrequest import AWSRequest

REPO = Path(__file__).resolve().parents[2]
LUA = REPO / "bench" / "load" / "presigned.lua"
BENCH_JAR = REPO / "bench" / "target" / "benchmarks.jar"
FORM = "application/x-www-form-urlencoded; charset=utf-8"
GCI_BODY = "Action=GetCallerIdentity&Version=2011-06-15"

TARGET_GCI_VS_HEALTH = 0.60
TARGET_VS_MOTO = 10.0
TARGET_ASSUME_P99_MS = 10.0
TARGET_COLD_START_S = 2.0
TARGET_IDLE_RSS_MB = 300.0


class RunProblem(Exception):
    """The run could not measure something (as opposed to measuring a miss)."""


def log(message):
    print(f"load: {message}", file=sys.stderr, flush=True)


# --- processes -----------------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server process in its own process group, stopped by that group's id."""

    def __init__(self, name, command, env, log_path):
        self.name = name
        self.log_path = log_path
        self.log_file = open(log_path, "wb")
        self.spawned_at = time.monotonic()
        self.process = subprocess.Popen(command, env=env, stdout=self.log_file, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        if self.alive():
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        self.log_file.close()

    def tail(self, lines=30):
        text = Path(self.log_path).read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])

    def tree(self):
        """The process and all its descendants (a wrapper's JVM included)."""
        children = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        found, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            todo.extend(children.get(pid, []))
            found.append(pid)
        return found

    def rss_mb(self):
        """Resident memory of the process tree."""
        total_kb = 0
        for pid in self.tree():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            found = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
            total_kb += int(found.group(1)) if found else 0
        return total_kb / 1024

    def cpu_seconds(self):
        """User plus system CPU time the process tree has used so far. Unlike a rate, CPU time per
        request hardly depends on what else the machine runs, so it compares runs on a busy machine."""
        ticks = 0
        for pid in self.tree():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")


def http_call(port, method, path, body=None, headers=None, timeout=2.0):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def wait_until(server, attempt, timeout_s, what):
    """Polls attempt() every 5 ms until it returns True; seconds since the server was spawned."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if attempt():
                return time.monotonic() - server.spawned_at
        except (OSError, http.client.HTTPException):
            pass
        if not server.alive():
            raise RunProblem(f"{server.name} exited before {what}:\n{server.tail()}")
        if time.monotonic() > deadline:
            raise RunProblem(f"{server.name}: no {what} within {timeout_s}s:\n{server.tail()}")
        time.sleep(0.005)


# --- signing -------------------------------------------------------------------------------------

class Keys:
    def __init__(self, key_id, secret, token=None):
        self.key_id, self.secret, self.token = key_id, secret, token


def signed_request(keys, region, service, port, body, when):
    """SigV4 headers for a form POST to 127.0.0.1:port, signed at `when` (botocore's signer)."""
    request = AWSRequest(method="POST", url=f"http://127.0.0.1:{port}/", data=body.encode(),
                         headers={"Content-Type": FORM})
    credentials = botocore.credentials.Credentials(keys.key_id, keys.secret, keys.token)
    with mock.patch("botocore.auth.get_current_datetime", return_value=when):
        botocore.auth.SigV4Auth(credentials, service, region).add_auth(request)
    headers = {name: value for name, value in request.headers.items()}
    headers["Host"] = f"127.0.0.1:{port}"
    return headers


def signing_times(count, spread_s=60):
    """Distinct whole seconds over the last spread_s seconds: distinct canonical requests."""
    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None, microsecond=0)
    return [now - datetime.timedelta(seconds=(i % spread_s)) for i in range(count)]


def raw_http(port, headers, body):
    lines = [f"POST / HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    lines += [f"{name}: {value}" for name, value in headers.items() if name.lower() != "host"]
    lines.append(f"Content-Length: {len(body.encode())}")
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


def write_pool(path, raw_requests):
    with open(path, "wb") as out:
        for raw in raw_requests:
            out.write(f"{len(raw)}\n".encode() + raw)


# --- generators ----------------------------------------------------------------------------------

def wrk(port, pool_file, seconds, threads, connections):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s",
               "-s", str(LUA), f"http://127.0.0.1:{port}/", "--", str(pool_file)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    if result.returncode != 0:
        raise RunProblem(f"wrk failed: {result.stderr or result.stdout}")
    out = result.stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if not rate:
        raise RunProblem(f"no Requests/sec in wrk output:\n{out}")
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    bad = int(non_2xx.group(1)) if non_2xx else 0
    if bad:
        raise RunProblem(f"{bad} answers were not 2xx (a signing or server problem):\n{out}")
    socket_errors = sum(int(n) for n in errors.groups()) if errors else 0
    return {"rate": float(rate.group(1)), "socket_errors": socket_errors, "output": out}


def fixed_rate(port, pool_json, rate, warmup_s, seconds):
    command = ["java", "-cp", str(BENCH_JAR), "dev.warden.bench.load.FixedRateLoad",
               "--url", f"http://127.0.0.1:{port}/", "--requests", str(pool_json), "--rate", str(rate),
               "--warmup", str(warmup_s), "--duration", str(seconds)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=warmup_s + seconds + 120)
    if result.returncode != 0:
        raise RunProblem(f"FixedRateLoad failed ({result.returncode}):\n{result.stderr}{result.stdout}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- the run -------------------------------------------------------------------------------------

def profile_keys(home):
    credentials = configparser.ConfigParser()
    credentials.read(Path(home) / "aws" / "credentials")
    if "warden" not in credentials:
        raise RunProblem(f"no [warden] profile in {home}/aws/credentials")
    section = credentials["warden"]
    config = configparser.ConfigParser()
    config.read(Path(home) / "aws" / "config")
    region = config.get("profile warden", "region", fallback="us-east-1")
    return Keys(section["aws_access_key_id"], section["aws_secret_access_key"]), region


def warden_command(args, home, port):
    if os.environ.get("WARDEN_START_CMD"):
        return ["bash", "-c", os.environ["WARDEN_START_CMD"]]
    return [str(REPO / "warden"), "up", "--home", str(home), "--port", str(port)]


def start_warden(args, work, home, name):
    port = free_port()
    env = dict(os.environ, WARDEN_HOME=str(home), WARDEN_PORT=str(port))
    server = Server(name, warden_command(args, home, port), env, work / f"{name}.log")
    server.port = port
    return server


def gci_answers(port, keys, region):
    when = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
    headers = signed_request(keys, region, "sts", port, GCI_BODY, when)
    status, text = http_call(port, "POST", "/", GCI_BODY, headers)
    return status == 200 and "<GetCallerIdentityResult>" in text


def set_up_assume_role(home, region):
    """A user with a key and a role that trusts it, created through Warden's own profile."""
    import boto3
    os.environ.update(AWS_CONFIG_FILE=str(Path(home) / "aws" / "config"),
                      AWS_SHARED_CREDENTIALS_FILE=str(Path(home) / "aws" / "credentials"))
    session = boto3.Session(profile_name="warden", region_name=region)
    iam, sts = session.client("iam"), session.client("sts")
    account = sts.get_caller_identity()["Account"]
    iam.create_user(UserName="load-user")
    key = iam.create_access_key(UserName="load-user")["AccessKey"]
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
             "Principal": {"AWS": f"arn:aws:iam::{account}:user/load-user"}}]}
    role_arn = iam.create_role(RoleName="load-role", AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
    return Keys(key["AccessKeyId"], key["SecretAccessKey"]), role_arn


def assume_role_body(role_arn, n):
    return urllib.parse.urlencode({"Action": "AssumeRole", "Version": "2011-06-15", "RoleArn": role_arn,
                                   "RoleSessionName": f"load-{n}", "DurationSeconds": "900"})


def throughput(port, make_pool, seconds, args, label, server=None):
    """One wrk run with freshly signed requests (make_pool writes them); req/s, wrk's output and, when
    the server is given, its CPU time per answered request in microseconds."""
    pool = make_pool()
    cpu_before = server.cpu_seconds() if server else None
    result = wrk(port, pool, seconds, args.wrk_threads, args.wrk_connections)
    cpu_us = None
    if server:
        cpu_us = 1e6 * (server.cpu_seconds() - cpu_before) / max(1.0, result["rate"] * seconds)
    log(f"{label}: {result['rate']:,.0f} req/s over {seconds}s, socket errors {result['socket_errors']}"
        + (f", server CPU {cpu_us:.1f} us/request" if cpu_us is not None else ""))
    return result["rate"], result["output"], cpu_us


def run(args):
    work = Path(tempfile.mkdtemp(prefix="warden-load."))
    log(f"work directory {work}")
    try:
        return measure(args, work)
    finally:
        if args.keep_work:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def measure(args, work):
    results = {"load_before": os.getloadavg()}
    home = work / "home"

    # 1. cold start on a fresh home, idle memory.
    warden = start_warden(args, work, home, "warden-first-start")
    try:
        results["cold_health_s"] = wait_until(
            warden, lambda: http_call(warden.port, "GET", "/health", timeout=1)[0] == 200, 60, "answer on /health")
        keys, region = profile_keys(home)
        results["cold_gci_s"] = wait_until(
            warden, lambda: gci_answers(warden.port, keys, region), 30, "answered GetCallerIdentity")
        log(f"cold start: /health after {results['cold_health_s']:.3f}s, "
            f"signed GetCallerIdentity after {results['cold_gci_s']:.3f}s")
        time.sleep(args.idle_seconds)
        results["rss_idle_start_mb"] = warden.rss_mb()
        log(f"idle RSS after start: {results['rss_idle_start_mb']:.0f} MB")

        # 2. throughput: GET /health versus signed GetCallerIdentity, alternating.
        port = warden.port
        health_raw = f"GET /health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        health_pool = work / "health.pool"
        write_pool(health_pool, [health_raw])

        def gci_pool():
            path = work / "gci.pool"
            write_pool(path, [raw_http(port, signed_request(keys, region, "sts", port, GCI_BODY, when), GCI_BODY)
                              for when in signing_times(args.pool_size)])
            return path

        throughput(port, lambda: health_pool, args.wrk_warmup, args, "GET /health warm-up")
        throughput(port, gci_pool, args.wrk_warmup, args, "GetCallerIdentity (Warden) warm-up")
        results["health"], results["gci"], results["health_cpu_us"], results["gci_cpu_us"] = [], [], [], []
        for round_no in range(1, args.rounds + 1):
            rate, results["health_output"], cpu_us = throughput(
                port, lambda: health_pool, args.wrk_seconds, args, f"GET /health round {round_no}", warden)
            results["health"].append(rate)
            results["health_cpu_us"].append(cpu_us)
            rate, results["gci_output"], cpu_us = throughput(
                port, gci_pool, args.wrk_seconds, args, f"GetCallerIdentity (Warden) round {round_no}", warden)
            results["gci"].append(rate)
            results["gci_cpu_us"].append(cpu_us)

        # 3. AssumeRole at a fixed rate.
        user_keys, role_arn = set_up_assume_role(home, region)
        first_body = assume_role_body(role_arn, "check")
        status, text = http_call(port, "POST", "/", first_body, signed_request(
            user_keys, region, "sts", port, first_body,
            datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)))
        if status != 200 or "<AssumedRoleUser>" not in text:
            raise RunProblem(f"AssumeRole does not answer 200 with AssumedRoleUser: {status} {text[:500]}")
        total = args.assume_rate * (args.assume_warmup + args.assume_seconds)
        pool_size = min(total, args.assume_pool_size)
        signed = [{"headers": signed_request(user_keys, region, "sts", port, assume_role_body(role_arn, n), when),
                   "body": assume_role_body(role_arn, n)}
                  for n, when in enumerate(signing_times(pool_size))]
        pool_json = work / "assume-role.json"
        pool_json.write_text(json.dumps(signed))
        log(f"AssumeRole at {args.assume_rate}/s: {args.assume_warmup}s warm-up, {args.assume_seconds}s measured, "
            f"{pool_size} distinct signed requests")
        cpu_before = warden.cpu_seconds()
        results["assume"] = fixed_rate(port, pool_json, args.assume_rate, args.assume_warmup, args.assume_seconds)
        answered = results["assume"]["measured"]["answered"] + results["assume"].get("warmup", {}).get("answered", 0)
        results["assume_cpu_us"] = 1e6 * (warden.cpu_seconds() - cpu_before) / max(1, answered)
        log(f"AssumeRole measured: {json.dumps(results['assume']['measured'])}")

        # 4. idle memory after the load.
        time.sleep(args.idle_seconds)
        results["rss_idle_after_load_mb"] = warden.rss_mb()
        log(f"idle RSS after load: {results['rss_idle_after_load_mb']:.0f} MB")
    finally:
        warden.stop()

    restart = start_warden(args, work, home, "warden-restart")
    try:
        results["warm_health_s"] = wait_until(
            restart, lambda: http_call(restart.port, "GET", "/health", timeout=1)[0] == 200, 60, "answer on /health")
        log(f"restart on the same home: /health after {results['warm_health_s']:.3f}s")
    finally:
        restart.stop()

    # 5. moto, alone, the same GetCallerIdentity.
    if not args.skip_moto:
        moto_port = free_port()
        moto = Server("moto", shlex.split(args.moto_cmd.format(port=moto_port)), dict(os.environ), work / "moto.log")
        try:
            moto_keys = Keys("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            wait_until(moto, lambda: gci_answers(moto_port, moto_keys, "us-east-1"), 60, "answered GetCallerIdentity")

            def moto_pool():
                path = work / "moto.pool"
                write_pool(path, [raw_http(moto_port, signed_request(moto_keys, "us-east-1", "sts", moto_port,
                                                                       GCI_BODY, when), GCI_BODY)
                                  for when in signing_times(args.pool_size)])
                return path
            throughput(moto_port, moto_pool, args.wrk_warmup, args, "GetCallerIdentity (moto) warm-up")
            results["moto"] = [throughput(moto_port, moto_pool, args.wrk_seconds, args,
                                          f"GetCallerIdentity (moto) round {n}")[0]
                               for n in range(1, args.rounds + 1)]
        finally:
            moto.stop()
    results["load_after"] = os.getloadavg()
    return results


# --- report --------------------------------------------------------------------------------------

def report(results, args):
    rows, misses = [], []

    def row(metric, measured, target, met):
        verdict = "-" if met is None else ("met" if met else "MISSED")
        if met is False:
            misses.append(metric.strip())
        rows.append((metric, measured, target, verdict))

    def rates(values):
        return " / ".join(f"{v:,.0f}" for v in values)

    health, gci = max(results["health"]), max(results["gci"])
    row("GET /health, req/s (best of rounds)", f"{health:,.0f}  [{rates(results['health'])}]", "", None)
    row("GetCallerIdentity Warden, req/s", f"{gci:,.0f}  [{rates(results['gci'])}]", "", None)
    row("  Warden GetCallerIdentity / GET /health", f"{gci / health:.0%}", f">= {TARGET_GCI_VS_HEALTH:.0%}",
        gci / health >= TARGET_GCI_VS_HEALTH)
    health_cpu, gci_cpu = min(results["health_cpu_us"]), min(results["gci_cpu_us"])
    row("  server CPU per request, /health / GetCallerIdentity, us", f"{health_cpu:.1f} / {gci_cpu:.1f}  "
        f"(CPU ratio {health_cpu / gci_cpu:.0%})", "", None)
    if "moto" in results:
        moto = max(results["moto"])
        row("GetCallerIdentity moto_server, req/s", f"{moto:,.0f}  [{rates(results['moto'])}]", "", None)
        row("  Warden / moto (GetCallerIdentity)", f"{gci / moto:.1f}x", f">= {TARGET_VS_MOTO:.0f}x",
            gci / moto >= TARGET_VS_MOTO)
    m = results["assume"]["measured"]
    clean = m["answered"] == m["sent"] and not m["failures"] and m["skipped"] == 0
    row(f"AssumeRole at {m['rate']}/s: answered/sent", f"{m['answered']}/{m['sent']} "
        f"(failures {m['failures'] or 0}, skipped {m['skipped']})", "all", clean)
    row("  achieved rate, req/s", f"{m['achievedRate']:,.0f}", "", None)
    row("  server CPU per answered AssumeRole (warm-up included), us", f"{results['assume_cpu_us']:.0f}", "", None)
    row("  latency p50 / p90, ms", f"{m['p50Ms']:.2f} / {m['p90Ms']:.2f}", "", None)
    row("  latency p99, ms", f"{m['p99Ms']:.2f}", f"<= {TARGET_ASSUME_P99_MS:.0f}", m["p99Ms"] <= TARGET_ASSUME_P99_MS)
    row("  latency p99.9 / max, ms", f"{m['p999Ms']:.2f} / {m['maxMs']:.2f}", "", None)
    row("  generator's max dispatch lag, ms", f"{m['maxDispatchLagMs']:.2f}", "", None)
    row("cold start (fresh home) to first /health 200, s", f"{results['cold_health_s']:.2f}",
        f"<= {TARGET_COLD_START_S:.0f}", results["cold_health_s"] <= TARGET_COLD_START_S)
    row("  to first signed GetCallerIdentity 200, s", f"{results['cold_gci_s']:.2f}", "", None)
    row("restart (existing home) to first /health 200, s", f"{results['warm_health_s']:.2f}", "", None)
    row(f"idle RSS {args.idle_seconds}s after start, MB", f"{results['rss_idle_start_mb']:.0f}",
        f"<= {TARGET_IDLE_RSS_MB:.0f}", results["rss_idle_start_mb"] <= TARGET_IDLE_RSS_MB)
    row(f"idle RSS {args.idle_seconds}s after the load, MB", f"{results['rss_idle_after_load_mb']:.0f}",
        f"<= {TARGET_IDLE_RSS_MB:.0f}", results["rss_idle_after_load_mb"] <= TARGET_IDLE_RSS_MB)

    widths = [max(len(r[i]) for r in rows + [("metric", "measured", "target", "verdict")]) for i in range(4)]
    line = "  ".join("{:<%d}" % w for w in widths)
    print()
    print(f"Warden load run: {os.cpu_count()} cores, wrk -t{args.wrk_threads} -c{args.wrk_connections} "
          f"{args.wrk_seconds}s x {args.rounds} rounds, AssumeRole {args.assume_seconds}s at {args.assume_rate}/s")
    print("machine load average (1, 5, 15 min) before: {:.2f} {:.2f} {:.2f}, after: {:.2f} {:.2f} {:.2f}"
          " (other work on the machine lowers every number)".format(*results["load_before"], *results["load_after"]))
    print(line.format("metric", "measured", "target", "verdict"))
    print(line.format(*("-" * w for w in widths)))
    for r in rows:
        print(line.format(*r))
    print()
    print("Last wrk output, Warden GetCallerIdentity:")
    print(results["gci_output"].rstrip())
    print(f"\ntargets missed: {', '.join(misses)}" if misses else "\nall targets met")
    return misses


def main():
    parser = argparse.ArgumentParser(description="Warden load run (see the module docstring).")
    parser.add_argument("--rounds", type=int, default=2, help="measured wrk rounds per endpoint (default 2)")
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--wrk-warmup", type=int, default=5)
    parser.add_argument("--wrk-threads", type=int, default=1)
    parser.add_argument("--wrk-connections", type=int, default=16)
    parser.add_argument("--pool-size", type=int, default=600, help="distinct signed GetCallerIdentity requests")
    parser.add_argument("--assume-rate", type=int, default=1000)
    parser.add_argument("--assume-seconds", type=int, default=15)
    parser.add_argument("--assume-warmup", type=int, default=5)
    parser.add_argument("--assume-pool-size", type=int, default=20000,
                        help="distinct signed AssumeRole requests (each its own session name)")
    parser.add_argument("--idle-seconds", type=int, default=5)
    parser.add_argument("--moto-cmd", default="moto_server -H 127.0.0.1 -p {port}")
    parser.add_argument("--skip-moto", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--keep-work", action="store_true",
                        help="keep the temp folder (server logs, home, signed requests) instead of deleting it")
    args = parser.parse_args()
    for name in ("rounds", "wrk_seconds", "wrk_threads", "wrk_connections", "pool_size", "assume_rate",
                 "assume_seconds", "assume_pool_size"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    try:
        results = run(args)
    except RunProblem as problem:
        log(f"could not measure: {problem}")
        return 2
    misses = report(results, args)
    return 1 if (misses and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
