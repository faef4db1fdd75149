"""Several worker processes share one account's limits through Redis.

    redis-server --port 6379 &
    python examples/redis_workers.py                   # sandbox: 4 workers push stocks for one Ozon account
    python examples/redis_workers.py --csv stocks.csv  # real API: the rows are split among the workers

Alone, each process's scheduler would believe it owns the account's whole budget (80 stock
requests a minute) and together they would go over it. With
``ClientPool(limits_backend=RedisBackend(url))`` every process takes from the same buckets in
Redis, atomically and on Redis's clock: together the workers stay within the limit, and use it
all. Nothing else changes in the code. Without a redis-server at ``--redis-url`` the example says
so and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import _setup

from marketplace_async import ClientPool, OzonClient
from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID


def my_rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    if not args.csv:
        return [
            {"offer_id": f"w{args.worker}-{n}", "warehouse_id": 1, "stock": n % 90} for n in range(args.rows)
        ]
    with Path(args.csv).open(newline="") as file:
        rows = [r for i, r in enumerate(csv.DictReader(file)) if i % args.workers == args.worker]
    return [
        {"offer_id": r["offer_id"], "warehouse_id": int(r["warehouse_id"]), "stock": int(r["stock"])}
        for r in rows
    ]


async def worker(args: argparse.Namespace) -> None:
    """One process: push its share of the rows, print a JSON summary."""
    from marketplace_async import RedisBackend

    if args.base_url:  # the sandbox
        client: dict[str, Any] = {"client_id": DEMO_OZON_CLIENT_ID, "api_key": DEMO_OZON_API_KEY}
        client.update(base_url=args.base_url, time_scale=args.time_scale)
    else:  # credentials come in the environment, never on a command line that `ps` shows
        client = {"client_id": os.environ["OZON_CLIENT_ID"], "api_key": os.environ["OZON_API_KEY"]}
    async with (
        ClientPool(limits_backend=RedisBackend(args.redis_url)) as pool,
        OzonClient(**client, pool=pool) as ozon,
    ):
        result = await ozon.update_stocks(my_rows(args))
    summary = {"worker": args.worker, "received": result.received, "succeeded": result.succeeded}
    print(json.dumps({**summary, "failed": len(result.failed), "requests": result.requests}))


async def redis_available(url: str) -> str | None:
    """None if a redis-server answers at ``url``, else why not."""
    try:
        import redis.asyncio as redis
    except ImportError:
        return "the redis package is missing: pip install 'marketplace_async[redis]'"
    client = redis.Redis.from_url(url, socket_connect_timeout=1.0, socket_timeout=1.0)
    try:
        await client.ping()
    except (OSError, redis.RedisError) as exc:
        return f"no redis-server answers at {url} ({type(exc).__name__}): start one, e.g. `redis-server --port 6379`"
    finally:
        await client.aclose()
    return None


async def main() -> int:
    p = _setup.parser(__doc__)
    p.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--rows", type=int, default=4000, help="sandbox: stocks per worker")
    p.add_argument("--csv", help="real API: offer_id,warehouse_id,stock rows, split among the workers")
    p.add_argument("--worker", type=int, help=argparse.SUPPRESS)  # set for the worker processes
    p.add_argument("--base-url", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker is not None:
        await worker(args)
        return 0
    problem = await redis_available(args.redis_url)
    if problem is not None:
        print(f"skipped: {problem}")
        return 0
    if _setup.real_credentials():
        args.csv = str(_setup.own_data(args.csv, "--csv", "stocks.csv"))
    async with _setup.connect(args) as setup:
        if setup.ozon is None:
            sys.exit("this example needs Ozon credentials (OZON_CLIENT_ID, OZON_API_KEY) or the sandbox")
        command = [sys.executable, __file__, "--redis-url", args.redis_url, "--workers", str(args.workers)]
        command += ["--rows", str(args.rows), "--time-scale", str(setup.time_scale)]
        command += ["--base-url", setup.emulator.base_url] if setup.emulator is not None else []
        command += ["--csv", args.csv] if args.csv else []
        started = time.perf_counter()
        procs = [
            await asyncio.create_subprocess_exec(*command, "--worker", str(i), stdout=asyncio.subprocess.PIPE)
            for i in range(args.workers)
        ]
        reports: list[dict[str, Any]] = []
        for proc in procs:
            out, _ = await proc.communicate()
            if proc.returncode:
                print(f"a worker failed with exit code {proc.returncode}")
                return 1
            reports.append(json.loads(out.decode().strip().splitlines()[-1]))
        elapsed = time.perf_counter() - started
        for r in reports:
            print(f"  worker {r['worker']}: {r['succeeded']}/{r['received']} in {r['requests']} requests")
        requests = sum(r["requests"] for r in reports)
        print(
            f"{args.workers} workers: {requests} requests in {elapsed:.1f} s, one account's 80 a minute shared"
        )
        ok = all(r["failed"] == 0 for r in reports)
        if setup.emulator is not None:
            stats = setup.emulator.stats()
            for row in stats["limits"]:
                if row["endpoint"] == "v2/products/stocks" and row.get("scope") == "endpoint":
                    print(
                        f"  the emulator's busiest window: {row['max_seen']} of {row['amount']} ({row['limit']})"
                    )
            within = all(row.get("max_seen", 0) <= row["amount"] for row in stats["limits"])
            ok &= _setup.check(
                within and stats["totals"]["rejected"] == 0, "the workers together stayed within the limit"
            )
            stored = len(setup.emulator.store.ozon_stocks)
            ok &= _setup.check(
                stored == args.workers * args.rows, f"{stored} stocks from {args.workers} workers"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
