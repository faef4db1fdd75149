"""Processes pushing Ozon stocks for ONE account through one SQLite file, against the emulator.

Two workers at once: the emulator (counting at arrival, in exact sliding windows) refuses
nothing, sees no window over the limit, and the two together use >= 95% of the limit. Two
cron-style runs back to back: the second starts within the first's window and, through the file,
sends nothing the emulator refuses; with the memory backend the same second run is refused.

Run as a script, this file is one worker: ``python tests/test_sqlite_multiprocess.py '<json>'``.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from test_redis_multiprocess import assert_shared_at_the_limit, assert_within_limits, summary

from marketplace_async import ClientPool, MemoryBackend, OzonClient, SqliteBackend
from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, Emulator

pytestmark = pytest.mark.slow

STOCKS = "v2/products/stocks"
AMOUNT, WINDOW = 80, 60.0  # Ozon stocks: 80 requests a minute per account
PER_REQUEST = 10  # small requests: the limit counts requests, whatever their size
CONCURRENCY = 2


async def push(base_url: str, db: str | None, index: int, items: int, time_scale: float) -> dict[str, Any]:
    """One worker (or one cron run): push its own pairs once."""
    stocks = [
        {"offer_id": f"w{index}-{n}", "warehouse_id": 1, "stock": (7 * index + n) % 1000}
        for n in range(items)
    ]
    backend = SqliteBackend(db) if db is not None else MemoryBackend()
    async with (
        ClientPool(limits_backend=backend) as pool,
        OzonClient(
            client_id=DEMO_OZON_CLIENT_ID,
            api_key=DEMO_OZON_API_KEY,
            base_url=base_url,
            time_scale=time_scale,
            pool=pool,
            limits={STOCKS: {"max_items": PER_REQUEST}},
        ) as client,
    ):
        result = await client.update_stocks(stocks, concurrency=CONCURRENCY)
    return {"first": summary(result)}


async def run_workers(
    emulator: Emulator, db: str | None, indexes: list[int], items: int, time_scale: float
) -> list[Any]:
    procs = []
    for index in indexes:
        config = {
            "base_url": emulator.base_url,
            "db": db,
            "index": index,
            "items": items,
            "time_scale": time_scale,
        }
        procs.append(
            await asyncio.create_subprocess_exec(
                sys.executable,
                __file__,
                json.dumps(config),
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
        )
    reports = []
    for proc in procs:
        out, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()
        reports.append(json.loads(out))
    return reports


async def test_two_processes_share_one_account_at_the_limit(tmp_path: Path) -> None:
    # 80 requests per 6 s: a take counts until one window after its answer, so each window also
    # carries the 0.1 s margin and a round trip; at 3 s windows those alone cost over 5% under load.
    time_scale = 10.0
    requests = 3 * AMOUNT  # three full windows in all
    workers = 2
    items = requests * PER_REQUEST // workers
    db = str(tmp_path / "limits.sqlite3")
    async with Emulator(time_scale=time_scale, record_arrivals=True) as emulator:
        reports = await run_workers(emulator, db, list(range(workers)), items, time_scale)
        assert_shared_at_the_limit(emulator, reports, items, requests, time_scale)
        assert len(emulator.store.ozon_stocks) == workers * items


@pytest.mark.parametrize("backend", ["sqlite", "memory"])
async def test_a_cron_run_right_after_another_sends_nothing_refused(tmp_path: Path, backend: str) -> None:
    """Each run spends a whole window's budget at once; the second starts right after the first."""
    time_scale = 10.0  # 80 requests per 6 s: the second run starts well within the first's window
    items = AMOUNT * PER_REQUEST
    db = str(tmp_path / "limits.sqlite3") if backend == "sqlite" else None
    async with Emulator(time_scale=time_scale) as emulator:
        for run in range(2):
            (report,) = await run_workers(emulator, db, [run], items, time_scale)
            assert report["first"]["succeeded"] == items
        rejected = emulator.stats()["totals"]["rejected"]
        if backend == "sqlite":
            assert_within_limits(emulator)
        else:  # a new process with an empty memory: the marketplace refuses its first requests
            assert rejected > 0


if __name__ == "__main__":
    print(json.dumps(asyncio.run(push(**json.loads(sys.argv[1])))))
