"""keyfold-server's verify endpoint against its /health, driven from a second process.

Starts keyfold-server on a free 127.0.0.1 port with a throwaway SQLite
database and a verification limit high enough not to interfere, registers
one key, then a separate driver process hammers POST
/api/crypto/signatures/verify (a valid signature, so each request verifies
Ed25519 and writes the verification log) for a bounded time with several
threads, and the same for GET /health. Prints requests per second and
p50/p99 latency for both and the ratio. A quick run:
python bench/server_verify.py --seconds 5
"""

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from keyfold.core.keys import KeyPair

CLIENT_ID = "bench-client"
LIMIT = "1000000000/hour"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per endpoint (10)")
    parser.add_argument("--threads", type=int, default=8, help="concurrent requests (8)")
    parser.add_argument("--drive", nargs=2, metavar=("URL", "KIND"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        return drive(args.drive[0], args.drive[1], args.seconds, args.threads)

    with tempfile.TemporaryDirectory() as folder:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "keyfold.server.main",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--db",
                str(Path(folder) / "bench.db"),
                "--verification-limit",
                LIMIT,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert server.stdout is not None
            url = server.stdout.readline().rsplit(" ", 1)[1].strip()
            pair = prepare(url)
            results = {}
            for kind in ("verify", "health"):
                body = json.dumps(_verify_body(pair)) if kind == "verify" else ""
                done = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--drive",
                        url,
                        kind,
                        "--seconds",
                        str(args.seconds),
                        "--threads",
                        str(args.threads),
                    ],
                    input=body,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                results[kind] = json.loads(done.stdout)
        finally:
            server.terminate()
            server.wait(timeout=15)
            if server.stdout is not None:
                server.stdout.close()

    print(f"keyfold-server on 127.0.0.1, {args.threads} threads, {args.seconds:g} s each")
    print(f"{'endpoint':<10} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for kind, figures in results.items():
        print(
            f"{kind:<10} {figures['rps']:>9.0f} {figures['p50_ms']:>8.2f} "
            f"{figures['p99_ms']:>8.2f} {figures['errors']:>7}"
        )
    ratio = results["verify"]["rps"] / results["health"]["rps"]
    print(f"verify runs at {ratio:.2f}x the request rate of /health")
    return 0


def prepare(url: str) -> KeyPair:
    pair = KeyPair.generate()
    with httpx.Client(base_url=url, trust_env=False) as client:
        for _ in range(100):
            try:
                if client.get("/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        response = client.post(
            "/api/crypto/keys/register",
            json={"client_id": CLIENT_ID, "public_key": pair.public.hex},
        )
        response.raise_for_status()
    return pair


def _verify_body(pair: KeyPair) -> dict[str, str]:
    message = "keyfold bench message"
    return {
        "client_id": CLIENT_ID,
        "message": message,
        "message_encoding": "utf8",
        "signature": pair.sign(message.encode()).hex(),
    }


def drive(url: str, kind: str, seconds: float, threads: int) -> int:
    """The second process: hit one endpoint from `threads` threads; print JSON figures."""
    body = sys.stdin.read()
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker() -> None:
        nonlocal errors
        mine: list[float] = []
        failed = 0
        with httpx.Client(base_url=url, trust_env=False, timeout=10) as client:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                if kind == "verify":
                    response = client.post(
                        "/api/crypto/signatures/verify",
                        content=body,
                        headers={"Content-Type": "application/json"},
                    )
                else:
                    response = client.get("/health")
                mine.append(time.perf_counter() - started)
                failed += response.status_code != 200
        with lock:
            latencies.extend(mine)
            errors += failed

    started = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def percentile(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    print(
        json.dumps(
            {
                "rps": len(latencies) / elapsed,
                "p50_ms": percentile(0.50),
                "p99_ms": percentile(0.99),
                "errors": errors,
                "requests": len(latencies),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
