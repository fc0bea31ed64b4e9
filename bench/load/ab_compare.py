#!/usr/bin/env python3
"""A/B comparison of server builds in one run: starts one `up` process per variant (same JVM options
as `./warden up`, no CDS archive, so that each variant starts alike), warms each up, then alternates
wrk rounds of GET /health and signed GetCallerIdentity over the variants, and prints req/s and the
server's user and system CPU per request, with medians over the rounds.

    python3 bench/load/ab_compare.py --seconds 6 --rounds 3 /tmp/base.jar /tmp/candidate.jar
    python3 bench/load/ab_compare.py /tmp/exp.jar '/tmp/exp.jar|-Dsome.property=true'

A variant is a jar path, optionally followed by `|` and extra JVM options. Alternating the variants
within one run is what makes small differences visible on this noisy 2-core machine: a quiet minute
and a busy one land on both sides alike. Build the jars first (e.g. copy cli/target/warden.jar after
`./mvnw -B -q -pl cli -am package -DskipTests` on each commit). WARDEN_AB_JAVA_OPTS replaces the JVM
options shared by all variants.
"""
import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import warden_load as wl  # noqa: E402

UP_OPTIONS = "-XX:+UseParallelGC -XX:ParallelGCThreads=2 -Xmx160m -Xmn96m -XX:TieredStopAtLevel=1"


def cpu_split(server):
    """User and system CPU seconds of the server's process tree so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    user = system = 0
    for pid in server.tree():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        user += int(fields[11])
        system += int(fields[12])
    return user / ticks, system / ticks


def start(variant, index, shared_options, wrk_args):
    jar, _, extra = variant.partition("|")
    work = Path(tempfile.mkdtemp(prefix=f"warden-ab{index}-"))
    home = work / "home"
    os.environ["WARDEN_START_CMD"] = (f'exec java {shared_options} {extra} -jar {jar} up '
                                      f'--home "$WARDEN_HOME" --port "$WARDEN_PORT"')
    server = wl.start_warden(wrk_args, work, home, f"variant{index}")
    wl.wait_until(server, lambda: wl.http_call(server.port, "GET", "/health", timeout=1)[0] == 200, 60,
                  "answer on /health")
    keys, region = wl.profile_keys(home)
    health = work / "health.pool"
    wl.write_pool(health, [f"GET /health HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode()])
    gci = work / "gci.pool"
    wl.write_pool(gci, [wl.raw_http(server.port, wl.signed_request(keys, region, "sts", server.port, wl.GCI_BODY, t),
                                    wl.GCI_BODY) for t in wl.signing_times(600)])
    name = f"{index}:{Path(jar).name}" + (f" {extra.strip()}" if extra.strip() else "")
    return name, server, health, gci


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="+", help="JAR or 'JAR|extra JVM options'")
    parser.add_argument("--seconds", type=int, default=6, help="seconds per wrk round (default 6)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per variant and endpoint (default 3)")
    args = parser.parse_args()
    shared_options = os.environ.get("WARDEN_AB_JAVA_OPTS", UP_OPTIONS)
    wrk_args = argparse.Namespace(wrk_threads=1, wrk_connections=16, pool_size=600)
    variants = []
    try:
        for index, variant in enumerate(args.variants):
            variants.append(start(variant, index, shared_options, wrk_args))
        for _, server, health, gci in variants:
            wl.wrk(server.port, health, 4, 1, 16)
            wl.wrk(server.port, gci, 6, 1, 16)
        rows = {}
        for round_no in range(args.rounds):
            for name, server, health, gci in variants:
                for side, pool in (("health", health), ("gci", gci)):
                    user0, system0 = cpu_split(server)
                    result = wl.wrk(server.port, pool, args.seconds, 1, 16)
                    user1, system1 = cpu_split(server)
                    answered = max(1.0, result["rate"] * args.seconds)
                    row = (result["rate"], 1e6 * (user1 - user0) / answered, 1e6 * (system1 - system0) / answered)
                    rows.setdefault((name, side), []).append(row)
                    print(f"round {round_no} {name} {side:6} {row[0]:8,.0f} req/s  server CPU user {row[1]:5.1f}"
                          f" system {row[2]:5.1f} us/request", flush=True)
        print("--- medians over the rounds")
        for name, *_ in variants:
            health, gci = rows[(name, "health")], rows[(name, "gci")]
            ratios = [g[0] / h[0] for h, g in zip(health, gci)]
            print(f"{name}\n   /health {statistics.median(r[0] for r in health):8,.0f} req/s,"
                  f" CPU {statistics.median(r[1] + r[2] for r in health):5.1f} us"
                  f" | GetCallerIdentity {statistics.median(r[0] for r in gci):8,.0f} req/s,"
                  f" CPU {statistics.median(r[1] + r[2] for r in gci):5.1f} us"
                  f" (user {statistics.median(r[1] for r in gci):5.1f}, system {statistics.median(r[2] for r in gci):5.1f})"
                  f" | ratio {statistics.median(ratios):.0%} (rounds: {', '.join(f'{r:.0%}' for r in ratios)})")
    finally:
        for _, server, *_ in variants:
            server.stop()


if __name__ == "__main__":
    main()
