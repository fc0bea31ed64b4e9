#!/usr/bin/env python3
"""A quicker look than run.sh, for profiling: one `./warden up` (WARDEN_JAVA_OPTS honoured, e.g. with
-XX:StartFlightRecording), a warm-up, then wrk rounds of GET /health and/or signed GetCallerIdentity,
or AssumeRole at a fixed rate; prints the rates and the server's CPU per request.

    python3 bench/load/quick_compare.py gci --seconds 10            # /health and GetCallerIdentity, 2 rounds
    python3 bench/load/quick_compare.py gci --only gci --perf /tmp/perf.data   # perf record -g the server
    python3 bench/load/quick_compare.py assume --seconds 10 --rate 1000

Build first (bench/load/run.sh does: build_jars in common.sh). Uses warden_load.py's steps.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import warden_load as wl  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["gci", "assume"])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--only", choices=["health", "gci"], help="with gci: measure one side only")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--rate", type=int, default=1000, help="with assume: requests per second")
    parser.add_argument("--perf", help="with gci: `perf record -g` the server during one round into this file")
    args = parser.parse_args()
    wrk_args = argparse.Namespace(wrk_threads=1, wrk_connections=16, pool_size=600)
    work = Path(tempfile.mkdtemp(prefix="warden-quick-"))
    home = work / "home"
    server = wl.start_warden(wrk_args, work, home, "warden")
    try:
        wl.wait_until(server, lambda: wl.http_call(server.port, "GET", "/health", timeout=1)[0] == 200, 60,
                      "answer on /health")
        keys, region = wl.profile_keys(home)
        port = server.port
        if args.what == "assume":
            user_keys, role_arn = wl.set_up_assume_role(home, region)
            total = args.rate * (5 + args.seconds)
            signed = [{"headers": wl.signed_request(user_keys, region, "sts", port, wl.assume_role_body(role_arn, n), t),
                       "body": wl.assume_role_body(role_arn, n)}
                      for n, t in enumerate(wl.signing_times(min(total, 20000)))]
            pool = work / "assume-role.json"
            pool.write_text(json.dumps(signed))
            before = server.cpu_seconds()
            result = wl.fixed_rate(port, pool, args.rate, 5, args.seconds)
            answered = result["measured"]["answered"] + result.get("warmup", {}).get("answered", 0)
            print(f"AssumeRole: server CPU {1e6 * (server.cpu_seconds() - before) / max(1, answered):.0f} us per call"
                  " (warm-up included)")
            print(json.dumps(result["measured"]))
            print(f"RSS {server.rss_mb():.0f} MB")
            return
        health = work / "health.pool"
        wl.write_pool(health, [f"GET /health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()])
        gci = work / "gci.pool"
        wl.write_pool(gci, [wl.raw_http(port, wl.signed_request(keys, region, "sts", port, wl.GCI_BODY, t), wl.GCI_BODY)
                            for t in wl.signing_times(600)])
        wl.throughput(port, lambda: health, 4, wrk_args, "GET /health warm-up")
        wl.throughput(port, lambda: gci, 6, wrk_args, "GetCallerIdentity warm-up")
        sides = [("health", health), ("gci", gci)]
        if args.only:
            sides = [side for side in sides if side[0] == args.only]
        for round_no in range(args.rounds):
            for name, pool in sides:
                perf = None
                if args.perf and round_no == 0:
                    perf = subprocess.Popen(["perf", "record", "-F", "1999", "-g", "-p", str(server.tree()[-1]),
                                             "-o", args.perf, "--", "sleep", str(args.seconds)],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                rate, _, cpu = wl.throughput(port, lambda: pool, args.seconds, wrk_args, name, server)
                if perf:
                    perf.wait()
                print(f"{name:6} {rate:,.0f} req/s, server CPU {cpu:.1f} us per request", flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
