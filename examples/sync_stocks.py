"""Keep stocks in sync on Ozon and Yandex.Market while their source keeps changing.

    python examples/sync_stocks.py                   # sandbox: a simulated warehouse, for --seconds
    python examples/sync_stocks.py --csv stocks.csv  # real APIs: put the rows that change in the file

Each change is one ``await sync.put(...)``. The sync (``ozon.stock_sync()``, ``ym.stock_sync(campaign)``)
batches changes (100 pairs a request for Ozon, 500 SKUs for Yandex), keeps only the latest value of
an item while it waits, holds an Ozon pair updated less than 30 s ago in its buffer until the pair
is due, and paces requests to the limits. ``on_outcome`` hears of every update confirmed or
failed. Leaving the ``async with`` block sends whatever still waits; Ctrl-C reports what was not
sent as cancelled.
"""

from __future__ import annotations

import asyncio
import csv
import random
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import _setup

from marketplace_async import BulkSync, OzonClient, SyncOutcome, YandexMarketClient

Row = dict[str, Any]  # {"offer_id", "warehouse_id", "stock"}


async def simulated_warehouse(seconds: float, offers: int = 300) -> AsyncIterator[Row]:
    """About 2,000 stock changes a second to ``offers`` offers, for ``seconds``."""
    rng = random.Random(1)
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while loop.time() < end:
        for _ in range(20):
            yield {
                "offer_id": f"SKU-{rng.randrange(offers):04d}",
                "warehouse_id": 1,
                "stock": rng.randrange(100),
            }
        await asyncio.sleep(0.01)


def read_rows(path: Path) -> list[Row]:
    with path.open(newline="") as file:
        return [
            {
                "offer_id": r["offer_id"],
                "warehouse_id": _setup.number(r["warehouse_id"]),
                "stock": _setup.number(r["stock"]),
            }
            for r in csv.DictReader(file)
        ]


async def watch_csv(path: Path, every: float) -> AsyncIterator[Row]:
    """The rows of an ERP export that changed since the last read, each time the file changes."""
    known: dict[tuple[str, Any], Any] = {}
    seen_mtime = None
    while True:
        mtime = (await asyncio.to_thread(path.stat)).st_mtime_ns  # file access blocks: off the loop
        if mtime != seen_mtime:
            seen_mtime = mtime
            for row in await asyncio.to_thread(read_rows, path):
                key = (row["offer_id"], row["warehouse_id"])
                if known.get(key) != row["stock"]:
                    known[key] = row["stock"]
                    yield row
        await asyncio.sleep(every)


class Tally:
    """An ``on_outcome`` callback: counts outcomes and prints the failures."""

    def __init__(self, name: str) -> None:
        self.name, self.confirmed, self.failed = name, 0, 0

    def __call__(self, outcome: SyncOutcome) -> None:
        if outcome.ok:
            self.confirmed += 1
        else:
            self.failed += 1
            print(f"{self.name}: {outcome.key} not updated: {outcome.failure}")


async def main() -> int:
    p = _setup.parser(__doc__)
    p.add_argument("--csv", help="real APIs: the file to watch (offer_id,warehouse_id,stock)")
    p.add_argument("--seconds", type=float, default=5.0, help="sandbox: how long the warehouse changes")
    p.add_argument("--every", type=float, default=10.0, help="real APIs: seconds between looks at the file")
    args = p.parse_args()
    latest: dict[str, int] = {}
    async with _setup.connect(args) as setup, AsyncExitStack() as stack:
        if setup.real:
            source = watch_csv(_setup.own_data(args.csv, "--csv", "stocks.csv"), args.every)
        else:
            source = simulated_warehouse(args.seconds)
        syncs: list[tuple[BulkSync[Any], Callable[[Row], Any], Tally]] = []
        if setup.ozon:
            ozon = await stack.enter_async_context(OzonClient(**setup.ozon))
            tally = Tally("ozon")
            sync = await stack.enter_async_context(ozon.stock_sync(on_outcome=tally))
            syncs.append((sync, lambda row: row, tally))
        if setup.yandex:
            ym = await stack.enter_async_context(YandexMarketClient(**setup.yandex))
            tally = Tally("yandex")
            sync = await stack.enter_async_context(ym.stock_sync(setup.campaign_id, on_outcome=tally))
            syncs.append((sync, lambda row: {"sku": row["offer_id"], "count": row["stock"]}, tally))

        async for row in source:
            latest[row["offer_id"]] = row["stock"]
            for sync, shape, _ in syncs:
                await sync.put(shape(row))
        await stack.aclose()  # leave the syncs (sending what waits), then the clients

        ok = True
        for sync, _, tally in syncs:
            s = sync.stats
            print(
                f"{tally.name}: {s.puts} changes put, {s.coalesced} replaced while waiting, "
                f"{tally.confirmed} confirmed, {tally.failed} failed, in {s.requests} requests"
            )
            ok &= tally.failed == 0
        if setup.emulator is not None:
            store = setup.emulator.store
            ozon_now = {offer: v for (_, offer, _), v in store.ozon_stocks.items()}
            yandex_now = {sku: v for (_, sku), v in store.yandex_stocks.items()}
            ok &= _setup.check(ozon_now == latest, f"Ozon in sync: {len(ozon_now)}/{len(latest)} offers")
            ok &= _setup.check(
                yandex_now == latest, f"Yandex in sync: {len(yandex_now)}/{len(latest)} offers"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
