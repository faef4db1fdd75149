"""Two processes push OVERLAPPING Ozon stock pairs and prices for one account, through one shared
limits backend (SQLite, Redis), against the emulator: the pair's 30 s and the product's 10 prices
an hour hold across them, so the emulator refuses no item as too frequent. With the memory backend
(nothing shared) the same pushes are refused, which shows the test can tell.

Run as a script, this file is one worker: ``python tests/test_shared_item_rules.py '<json>'``.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from redis_server import RedisServer

from marketplace_async import ClientPool, LimiterBackend, MemoryBackend, OzonClient, SqliteBackend
from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, Emulator

pytestmark = pytest.mark.slow

TIME_SCALE = 60.0  # a pair's 30 s is 0.5 s; a product's hour is 60 s
PAIRS = 150  # every worker pushes the same pairs
ROUNDS = 3  # ... three times over, with its own values
PRODUCTS = 5  # every worker updates the same products' prices
PRICE_UPDATES = 6  # ... six times each: 12 > 10 an hour in all


def backend_of(spec: dict[str, str]) -> LimiterBackend:
    if spec["kind"] == "sqlite":
        return SqliteBackend(spec["path"])
    if spec["kind"] == "redis":
        from marketplace_async import RedisBackend

        return RedisBackend(spec["url"], prefix=spec["prefix"])
    return MemoryBackend()


async def push(base_url: str, backend: dict[str, str], index: int) -> dict[str, Any]:
    async with (
        ClientPool(limits_backend=backend_of(backend)) as pool,
        OzonClient(
            client_id=DEMO_OZON_CLIENT_ID,
            api_key=DEMO_OZON_API_KEY,
            base_url=base_url,
            time_scale=TIME_SCALE,
            pool=pool,
            limits={"v2/products/stocks": {"max_items": 50}},  # several requests a round
        ) as client,
    ):
        stocks = {"succeeded": 0, "failed": 0}
        for round_ in range(ROUNDS):
            rows = [
                {"offer_id": f"of-{n}", "warehouse_id": 1, "stock": 10 * index + round_} for n in range(PAIRS)
            ]
            result = await client.update_stocks(rows)
            stocks["succeeded"] += result.succeeded
            stocks["failed"] += len(result.failed)
        prices = {"succeeded": 0, "failed": 0}
        for update in range(PRICE_UPDATES):
            rows = [{"offer_id": f"of-{n}", "price": str(100 + 10 * index + update)} for n in range(PRODUCTS)]
            result = await client.update_prices(rows)
            prices["succeeded"] += result.succeeded
            prices["failed"] += len(result.failed)
    return {"stocks": stocks, "prices": prices}


async def run_two(emulator: Emulator, backend: dict[str, str]) -> list[dict[str, Any]]:
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            json.dumps({"base_url": emulator.base_url, "backend": backend, "index": index}),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for index in range(2)
    ]
    reports = []
    for proc in procs:
        out, err = await asyncio.wait_for(proc.communicate(), 60)
        assert proc.returncode == 0, err.decode()
        reports.append(json.loads(out))
    return reports


async def trust_redis_history(url: str, prefix: str) -> None:
    """Mark the test's keys as held by this Redis since long ago. Otherwise a Redis younger than
    the product's hour (scaled) holds every bucket until an hour after it started: what was sent
    before may still count (``RedisBackend``'s fence)."""
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url)
    run_id = (await client.info("server"))["run_id"]
    await client.set(prefix + "fence", f"{run_id} 0")
    await client.aclose()


def too_frequent(emulator: Emulator) -> dict[str, int]:
    endpoints = emulator.stats()["endpoints"]["ozon"]
    return {
        path: endpoints.get(path, {}).get("item_errors", {}).get("TOO_MANY_REQUESTS", 0)
        for path in ("v2/products/stocks", "v1/product/import/prices")
    }


@pytest.mark.parametrize("kind", ["sqlite", "redis", "memory"])
async def test_overlapping_items_from_two_processes(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    backend = {"kind": kind, "path": str(tmp_path / "limits.sqlite3")}
    if kind == "redis":
        server: RedisServer = request.getfixturevalue("shared_redis")
        backend.update(url=server.url, prefix=f"{tmp_path.name}:")
        await trust_redis_history(server.url, backend["prefix"])
    async with Emulator(time_scale=TIME_SCALE) as emulator:
        reports = await run_two(emulator, backend)
        refused = too_frequent(emulator)
        if kind == "memory":  # nothing shared: each process sends what the other just sent
            assert refused["v2/products/stocks"] > 0 and refused["v1/product/import/prices"] > 0, refused
            return
        assert refused == {"v2/products/stocks": 0, "v1/product/import/prices": 0}, refused
        # Every stock value was sent (a pair waits for its 30 s); of 12 price updates per product,
        # 10 were sent and the rest refused before sending.
        assert sum(r["stocks"]["succeeded"] for r in reports) == 2 * ROUNDS * PAIRS, reports
        assert sum(r["prices"]["succeeded"] for r in reports) == 10 * PRODUCTS, reports
        assert sum(r["prices"]["failed"] for r in reports) == 2 * PRODUCTS, reports


if __name__ == "__main__":
    print(json.dumps(asyncio.run(push(**json.loads(sys.argv[1])))))
