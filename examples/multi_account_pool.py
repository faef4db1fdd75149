"""Several seller accounts through one ClientPool: one HTTP session, one scheduler, separate budgets.

    python examples/multi_account_pool.py                   # sandbox: three Ozon accounts, two Yandex campaigns
    python examples/multi_account_pool.py --csv-dir stocks  # real APIs (see below)

Limits belong to an account: 80 stock requests a minute per Ozon Client-Id, 100,000 SKUs a minute
per Yandex campaign. The pool's buckets are keyed by account (and campaign), so the uploads of
different accounts run side by side at full speed and none spends another's budget. Clients
given ``pool=`` leave it open when they close; the pool is closed once, at the end.

Real APIs: ``OZON_ACCOUNTS="client_id:api_key,client_id:api_key"`` and, for Yandex,
``YANDEX_MARKET_API_KEY`` and ``YANDEX_CAMPAIGN_ID``. ``--csv-dir`` holds ``<client_id>.csv``
(offer_id,warehouse_id,stock) per Ozon account and ``<campaign_id>.csv`` (sku,count) for Yandex.
"""

from __future__ import annotations

import asyncio
import csv
import os
import sys
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import _setup

from marketplace_async import BulkResult, ClientPool, OzonClient, YandexMarketClient

SANDBOX_ACCOUNTS = {"shop-a": "key-a", "shop-b": "key-b", "shop-c": "key-c"}
SANDBOX_CAMPAIGNS = (21_000_001, 21_000_002)


def read_csv(path: Path) -> list[dict[str, Any]]:
    with path.open(newline="") as file:
        return [
            {k: v if k in ("offer_id", "sku") else _setup.number(v) for k, v in row.items()}
            for row in csv.DictReader(file)
        ]


async def timed(name: str, upload: Awaitable[BulkResult]) -> tuple[str, BulkResult, float]:
    started = time.perf_counter()
    result = await upload
    return name, result, time.perf_counter() - started


async def main() -> int:
    p = _setup.parser(__doc__)
    p.add_argument("--csv-dir", help="real APIs: a folder of <client_id>.csv and <campaign_id>.csv")
    p.add_argument("--rows", type=int, default=3000, help="sandbox: stocks per Ozon account")
    args = p.parse_args()
    if _setup.real_credentials():
        folder = _setup.own_data(args.csv_dir, "--csv-dir")
        pairs = [a.split(":", 1) for a in os.environ.get("OZON_ACCOUNTS", "").split(",") if a]
        accounts, campaigns = dict(pairs), [int(os.environ.get("YANDEX_CAMPAIGN_ID", "0"))]
    else:
        accounts, campaigns = SANDBOX_ACCOUNTS, list(SANDBOX_CAMPAIGNS)

    def rows(name: str, sandbox_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return read_csv(folder / f"{name}.csv") if _setup.real_credentials() else sandbox_rows

    async with _setup.connect(args, ozon_accounts=SANDBOX_ACCOUNTS) as setup, ClientPool() as pool:
        uploads = []
        for client_id, api_key in accounts.items():
            ozon = OzonClient(client_id=client_id, api_key=api_key, pool=pool, **setup.where)
            stocks = rows(
                client_id,
                [
                    {"offer_id": f"{client_id}-{i}", "warehouse_id": 1, "stock": i % 90}
                    for i in range(args.rows)
                ],
            )
            uploads.append(timed(f"ozon {client_id}", ozon.update_stocks(stocks)))
        if setup.yandex:
            ym = YandexMarketClient(api_key=setup.yandex["api_key"], pool=pool, **setup.where)
            for campaign in campaigns:
                skus = rows(str(campaign), [{"sku": f"S{i}", "count": i % 90} for i in range(10 * args.rows)])
                uploads.append(timed(f"yandex {campaign}", ym.update_stocks(campaign, skus)))
        started = time.perf_counter()
        results = await asyncio.gather(*uploads)
        print(f"all uploads side by side: {time.perf_counter() - started:.2f} s")
        for name, result, seconds in results:
            print(
                f"  {name}: {result.succeeded}/{result.received} in {result.requests} requests, {seconds:.2f} s"
            )
        ok = all(result.ok for _, result, _ in results)
        if setup.emulator is not None:
            stats = setup.emulator.stats()
            for row in stats["limits"]:
                if (
                    row["endpoint"] in ("v2/products/stocks", "updateStocks")
                    and row.get("scope") == "endpoint"
                ):
                    print(
                        f"  {row['entity']}: busiest window {row['max_seen']} of {row['amount']} ({row['limit']})"
                    )
            within = all(row.get("max_seen", 0) <= row["amount"] for row in stats["limits"])
            ok &= _setup.check(
                within and stats["totals"]["rejected"] == 0, "every account stayed within its limits"
            )
            stored = len(setup.emulator.store.ozon_stocks)
            ok &= _setup.check(
                stored == len(accounts) * args.rows, f"{stored} Ozon stocks over {len(accounts)} accounts"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
