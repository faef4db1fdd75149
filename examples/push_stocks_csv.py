"""Push stocks from a CSV file to Ozon and Yandex.Market, at the fastest pace their limits allow.

    python examples/push_stocks_csv.py                      # sandbox, with examples/data/stocks.csv
    python examples/push_stocks_csv.py --csv my_stocks.csv  # real APIs, credentials in the environment

The CSV has a header ``offer_id,warehouse_id,stock`` (Yandex.Market takes ``offer_id`` as its SKU).
Rows stream from the file, so a file of millions of rows is never held in memory. The SDK makes
requests of 100 pairs for Ozon and 500 SKUs for Yandex, paced to the documented limits; a bad row
is reported with its reason and the others go on.
"""

from __future__ import annotations

import asyncio
import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import _setup

from marketplace_async import BatchOutcome, BulkResult, OzonClient, YandexMarketClient


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(newline="") as file:
        for row in csv.DictReader(file):
            yield {
                "offer_id": row["offer_id"],
                "warehouse_id": _setup.number(row["warehouse_id"]),
                "stock": _setup.number(row["stock"]),
            }


def progress(name: str) -> Any:
    sent = 0

    def on_batch(outcome: BatchOutcome) -> None:
        nonlocal sent
        sent += len(outcome.succeeded) + len(outcome.failed)
        print(f"  {name}: {sent} rows answered", end="\r")

    return on_batch


def report(name: str, result: BulkResult) -> None:
    print(f"\n{name}: {result}")
    for failure in result.failed[:10]:
        print(f"  failed: {failure.item} -> {failure}")


async def main() -> int:
    p = _setup.parser(__doc__)
    p.add_argument("--csv", help="offer_id,warehouse_id,stock rows (required with real credentials)")
    args = p.parse_args()
    path = _setup.own_data(args.csv, "--csv", "stocks.csv")
    ok = True
    async with _setup.connect(args) as setup:
        if setup.ozon:
            async with OzonClient(**setup.ozon) as ozon:
                result = await ozon.update_stocks(read_rows(path), on_batch=progress("ozon"))
            report("Ozon", result)
            ok &= result.ok
        if setup.yandex:
            skus = ({"sku": r["offer_id"], "count": r["stock"]} for r in read_rows(path))
            async with YandexMarketClient(**setup.yandex) as ym:
                result = await ym.update_stocks(setup.campaign_id, skus, on_batch=progress("yandex"))
            report("Yandex.Market", result)
            ok &= result.ok
        if setup.emulator is not None:
            expected = {r["offer_id"]: r["stock"] for r in read_rows(path)}
            store = setup.emulator.store
            ozon_seen = {offer: v for (_, offer, _), v in store.ozon_stocks.items()}
            yandex_seen = {sku: v for (_, sku), v in store.yandex_stocks.items()}
            ok &= _setup.check(ozon_seen == expected, f"Ozon holds {len(ozon_seen)}/{len(expected)} stocks")
            ok &= _setup.check(
                yandex_seen == expected, f"Yandex holds {len(yandex_seen)}/{len(expected)} stocks"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
