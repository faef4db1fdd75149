"""``marketplace-async demo``: the emulator in this process, and five uploads through the real clients.

200,000 Yandex SKUs, 20,000 Ozon stock rows, 20,000 Ozon prices, and one order's digital keys on
each marketplace, all at once, with ``time_scale`` dividing every documented window (4 by default:
a documented minute lasts 15 s, and the longest upload, Ozon's 200 stock requests at 80 a minute,
about 30 s). Then a table per upload, from the emulator's own records:

* **of limit**: how much of its binding limit the upload used while it ran. A sliding window lets
  a whole window's amount ``A`` through at once, so items/elapsed would overstate it; this is
  ``N / (A * T / W + tail)``, where ``T`` runs from the first arrival to the last and ``tail`` is
  what arrived in the last window ``W``. No sender within the limit can exceed 1.0 (the window
  ending at the last arrival holds ``tail``; every earlier stretch of ``W`` at most ``A``), and a
  sender that is always at the limit gets 1.0 less the time it takes to get its first window out.
  An upload that fits in one window was never held back by its limit: ``-``.
* **peak window**: the largest load the emulator saw in any sliding window, against the amount.
* **rejected**: requests the emulator refused (420/429 or a parallel cap): 0 expected.
* **failed**: items the client could not confirm: 0 expected.

Exit code 0 only if nothing was rejected, nothing failed, and the emulator's final state holds
exactly what was sent.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from .._limits import LimitsTable, Rate, Scope, Unit
from .._limits import _human_window as human_window
from .._ozon.client import OzonClient
from .._ozon.endpoints import OZON_LIMITS
from .._pool import ClientPool
from .._results import BatchOutcome, BulkResult
from .._scheduler import DEFAULT_JITTER_MARGIN as SDK_JITTER_MARGIN
from .._yandex.client import YandexMarketClient
from .._yandex.operations import YANDEX_LIMITS
from ..testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, DEMO_YANDEX_TOKEN, Emulator
from ._console import Bars, make_console
from ._records import UsageError

DEFAULT_TIME_SCALE = 4.0
DEFAULT_JITTER_MARGIN = SDK_JITTER_MARGIN
"""Real seconds added to each window: the SDK's default. The client and the emulator share one
busy event loop here, so a request may wait 0-0.3 s between the scheduler and the emulator; the
scheduler counts each take until a window after its answer, so that delay costs no rejection."""

YANDEX_SKUS = 200_000
OZON_OFFERS, OZON_WAREHOUSES = 10_000, (1, 2)  # 20,000 stock rows
OZON_PRICES = 20_000
CAMPAIGN, ORDER = 4_200_001, 77_000_001
ORDER_ITEMS, KEYS_PER_ITEM = (1, 2, 3, 4, 5), 20
POSTING = "83700001-0001-1"
POSTING_PRODUCTS = (("DIGI-GAME-1", 10), ("DIGI-GAME-2", 20), ("DIGI-SUB-12M", 30))


def add_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "demo",
        help="push 240,000 items to the bundled emulator at the documented limits (about 30 s)",
        description=(
            "Start the emulator in this process and push 200,000 Yandex SKUs, 20,000 Ozon stock "
            "rows, 20,000 Ozon prices and one order's digital keys on each marketplace, at once, "
            "through the real clients, with every documented window divided by --time-scale. "
            "Then report, per upload, the share of its limit it used, the emulator's largest "
            "count in any window, rejections and failures. No credentials, no network. "
            "Exit code 0 only with 0 rejections and 0 failures."
        ),
    )
    p.add_argument(
        "--time-scale",
        type=float,
        default=DEFAULT_TIME_SCALE,
        help=f"divide every documented window (default {DEFAULT_TIME_SCALE:g}: about 30 s)",
    )
    p.add_argument("--seed", type=int, default=0, help="random seed of the generated data (default 0)")
    p.add_argument(
        "--jitter-margin",
        type=float,
        default=DEFAULT_JITTER_MARGIN,
        help=f"real seconds added to every window by the client (default {DEFAULT_JITTER_MARGIN:g})",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress: only the table")
    p.set_defaults(run=run)


@dataclass(slots=True)
class Upload:
    """One of the demo's uploads and what it should leave in the emulator."""

    label: str
    marketplace: str
    endpoint: str
    total: int  # items, or keys for the digital uploads
    start: Callable[[Callable[[BatchOutcome], None]], Awaitable[BulkResult]]
    weight: Callable[[Any], int] = lambda _: 1
    keys: bool = False  # total counts keys; the client's items are order items or SKUs
    expected: dict[str, Any] = field(default_factory=dict)
    result: BulkResult | None = None


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    items: str
    requests: str
    busy: str
    limit: str
    used: str
    peak: str
    rejected: int
    failed: int


def run(args: argparse.Namespace) -> int:
    if not args.time_scale > 0:
        raise UsageError(f"--time-scale must be > 0, got {args.time_scale:g}")
    if args.jitter_margin < 0:
        raise UsageError(f"--jitter-margin must be >= 0, got {args.jitter_margin:g}")
    return asyncio.run(_demo(args, make_console()))


async def _demo(args: argparse.Namespace, out: Console) -> int:
    scale = args.time_scale
    rng = random.Random(args.seed)
    async with Emulator(time_scale=scale, seed=args.seed, record_arrivals=True) as emu:
        if not args.quiet:
            out.print(
                f"emulator at {emu.base_url}; time_scale {scale:g}: a documented minute lasts "
                f"{60 / scale:g} s; client jitter margin {args.jitter_margin:g} s",
                markup=False,
            )
        async with ClientPool(jitter_margin=args.jitter_margin) as pool:
            ozon = OzonClient(
                client_id=DEMO_OZON_CLIENT_ID,
                api_key=DEMO_OZON_API_KEY,
                base_url=emu.base_url,
                time_scale=scale,
                pool=pool,
            )
            yandex = YandexMarketClient(
                api_key=DEMO_YANDEX_TOKEN, base_url=emu.base_url, time_scale=scale, pool=pool
            )
            uploads = _uploads(emu, ozon, yandex, rng)
            started = time.monotonic()
            with Bars(out, quiet=args.quiet) as bars:

                async def one(upload: Upload) -> None:
                    task = bars.add(upload.label, upload.total)

                    def on_batch(batch: BatchOutcome) -> None:
                        done = batch.succeeded + [f.item for f in batch.failed]
                        bars.advance(task, sum(upload.weight(item) for item in done))

                    upload.result = await upload.start(on_batch)

                await asyncio.gather(*(one(u) for u in uploads))
            wall = time.monotonic() - started
        stats, arrivals = emu.stats(), emu.arrivals()
        problems = _check_state(emu, uploads)
    rows = [_row(u, stats, arrivals, scale) for u in uploads]
    rows += _account_rows(stats)
    rejected = int(stats["totals"]["rejected"])
    failed = sum(len(u.result.failed) for u in uploads if u.result is not None)
    out.print(_table(rows, scale))
    items = sum(u.total for u in uploads if not u.keys)
    keys = sum(u.total for u in uploads if u.keys)
    out.print(
        f"{items:,} items and {keys:,} keys in {stats['totals']['accepted']:,} requests in {wall:.1f} s; "
        f"{rejected} rejected, {failed} failed; "
        + ("the emulator's state holds exactly what was sent" if not problems else "state differs:"),
        markup=False,
    )
    for problem in problems:
        out.print(f"  {problem}", markup=False)
    return 0 if not rejected and not failed and not problems else 1


# --- the uploads ------------------------------------------------------------------------------


def _uploads(emu: Emulator, ozon: OzonClient, yandex: YandexMarketClient, rng: random.Random) -> list[Upload]:
    today = date.today()
    yandex_counts = [rng.randrange(1000) for _ in range(YANDEX_SKUS)]
    ozon_stocks = [rng.randrange(500) for _ in range(OZON_OFFERS * len(OZON_WAREHOUSES))]
    ozon_prices = [f"{rng.randrange(100, 100_000)}.{rng.randrange(100):02d}" for _ in range(OZON_PRICES)]

    def yandex_rows() -> Iterator[dict[str, Any]]:
        for i, count in enumerate(yandex_counts):
            yield {"sku": f"SKU-{i:06d}", "count": count}

    def ozon_stock_rows() -> Iterator[dict[str, Any]]:
        for i, stock in enumerate(ozon_stocks):
            offer, warehouse = divmod(i, len(OZON_WAREHOUSES))
            yield {"offer_id": f"OZ-{offer:05d}", "warehouse_id": OZON_WAREHOUSES[warehouse], "stock": stock}

    def ozon_price_rows() -> Iterator[dict[str, Any]]:
        for i, price in enumerate(ozon_prices):
            yield {"offer_id": f"OZ-{i:05d}", "price": price, "currency_code": "RUB"}

    keys = {
        item: [f"YM-{item}-{n:03d}-{rng.getrandbits(48):012x}" for n in range(KEYS_PER_ITEM)]
        for item in ORDER_ITEMS
    }
    emu.add_yandex_order(CAMPAIGN, ORDER, ORDER_ITEMS)
    digital = [
        {
            "id": item,
            "codes": codes,
            "slip": "Activate in your account: Profile, Keys.",
            "activate_till": today + timedelta(days=365),
        }
        for item, codes in keys.items()
    ]
    posting = emu.add_ozon_posting(
        POSTING, [{"offer_id": offer, "required_qty": qty} for offer, qty in POSTING_PRODUCTS]
    )
    exemplars = []
    for product in posting["products"]:
        qty = product["required_qty_for_digital_code"]
        codes = [f"OZ-{product['sku']}-{n:03d}-{rng.getrandbits(48):012x}" for n in range(qty)]
        exemplars.append(
            {
                "sku": product["sku"],
                "exemplar_qty": qty,
                "not_available_exemplar_qty": 0,
                "exemplar_keys": codes,
            }
        )

    return [
        Upload(
            "Yandex stocks",
            "yandex",
            "updateStocks",
            YANDEX_SKUS,
            lambda on_batch: yandex.update_stocks(CAMPAIGN, yandex_rows(), on_batch=on_batch),
            expected={"count": YANDEX_SKUS, "sum": sum(yandex_counts)},
        ),
        Upload(
            "Ozon stocks",
            "ozon",
            "v2/products/stocks",
            len(ozon_stocks),
            lambda on_batch: ozon.update_stocks(ozon_stock_rows(), on_batch=on_batch),
            expected={"count": len(ozon_stocks), "sum": sum(ozon_stocks)},
        ),
        Upload(
            "Ozon prices",
            "ozon",
            "v1/product/import/prices",
            OZON_PRICES,
            lambda on_batch: ozon.update_prices(ozon_price_rows(), on_batch=on_batch),
            expected={"count": OZON_PRICES, "sum": sum(Decimal(p) for p in ozon_prices)},
        ),
        Upload(
            "Yandex keys",
            "yandex",
            "provideOrderDigitalCodes",
            sum(len(c) for c in keys.values()),
            lambda on_batch: yandex.deliver_digital_goods(CAMPAIGN, ORDER, digital, on_batch=on_batch),
            weight=lambda item: len(_field(item, "codes")),
            keys=True,
            expected={"codes": {(CAMPAIGN, ORDER, item): codes for item, codes in keys.items()}},
        ),
        Upload(
            "Ozon codes",
            "ozon",
            "v1/posting/digital/codes/upload",
            sum(e["exemplar_qty"] for e in exemplars),
            lambda on_batch: ozon.upload_posting_codes(POSTING, exemplars, on_batch=on_batch),
            weight=lambda item: len(_field(item, "exemplar_keys")),
            keys=True,
            expected={
                "codes": {(DEMO_OZON_CLIENT_ID, POSTING, e["sku"]): e["exemplar_keys"] for e in exemplars}
            },
        ),
    ]


def _field(item: Any, name: str) -> Any:
    return item[name] if isinstance(item, dict) else getattr(item, name)


def _check_state(emu: Emulator, uploads: list[Upload]) -> list[str]:
    """What differs between the emulator's final state and what the uploads sent."""
    store = emu.store
    found: dict[str, dict[str, Any]] = {
        "updateStocks": _count_and_sum(n for (c, _), n in store.yandex_stocks.items() if c == CAMPAIGN),
        "v2/products/stocks": _count_and_sum(
            n for (c, _, _), n in store.ozon_stocks.items() if c == DEMO_OZON_CLIENT_ID
        ),
        "v1/product/import/prices": _count_and_sum(
            Decimal(p["price"]) for (c, _), p in store.ozon_prices.items() if c == DEMO_OZON_CLIENT_ID
        ),
        "provideOrderDigitalCodes": {"codes": dict(store.yandex_codes)},
        "v1/posting/digital/codes/upload": {"codes": dict(store.ozon_posting_codes)},
    }
    return [
        f"{u.label}: sent {u.expected}, the emulator holds {found[u.endpoint]}"
        for u in uploads
        if found[u.endpoint] != u.expected
    ]


def _count_and_sum(values: Iterator[Any]) -> dict[str, Any]:
    count, total = 0, 0
    for value in values:
        count += 1
        total += value
    return {"count": count, "sum": total}


# --- the table --------------------------------------------------------------------------------


def _table_of(marketplace: str) -> LimitsTable:
    return OZON_LIMITS if marketplace == "ozon" else YANDEX_LIMITS


def _binding(upload: Upload) -> tuple[Rate, str]:
    """The upload's own rate if it has one, else the account's; with the owner as the stats name it."""
    table = _table_of(upload.marketplace)
    own = [r for r in table.endpoint(upload.endpoint).rates if r.scope is not Scope.ITEM_KEY]
    if own:
        return own[0], upload.endpoint
    return table.account_rates[0], "account"


def used_share(arrivals: list[tuple[float, int, int]], rate: Rate, time_scale: float) -> float | None:
    """``N / (A * T / W + tail)`` over accepted arrivals (see the module docstring); None if one window holds all."""
    accepted = sorted(
        (t, items if rate.unit is Unit.ITEMS else 1) for t, items, status in arrivals if status == 200
    )
    total = sum(w for _, w in accepted)
    if total <= rate.amount:
        return None
    window = rate.window / time_scale
    first, last = accepted[0][0], accepted[-1][0]
    tail = sum(w for t, w in accepted if t > last - window)
    return total / (rate.amount * (last - first) / window + tail)


def _row(upload: Upload, stats: dict[str, Any], arrivals: dict[str, Any], time_scale: float) -> Row:
    rate, owner = _binding(upload)
    log = arrivals[upload.marketplace].get(upload.endpoint, [])
    accepted = [a for a in log if a[2] == 200]
    busy = f"{accepted[-1][0] - accepted[0][0]:.1f}" if len(accepted) > 1 else "-"
    share = used_share(log, rate, time_scale)
    peak = "-"
    for limit in stats["limits"]:
        if (
            limit["marketplace"] == upload.marketplace
            and limit["endpoint"] == owner
            and limit.get("window") == rate.window
        ):
            peak = f"{limit['max_seen']:,}/{limit['amount']:,}"
    counters = stats["endpoints"][upload.marketplace].get(upload.endpoint, {})
    result = upload.result
    return Row(
        label=upload.label,
        items=f"{result.succeeded if result else 0:,}" + (f" ({upload.total:,} keys)" if upload.keys else ""),
        requests=f"{len(accepted):,}",
        busy=busy,
        limit=_limit_text(rate) + (" (account)" if owner == "account" else ""),
        used=f"{share:.3f}" if share is not None else "-",
        peak=peak,
        rejected=int(counters.get("rejected_total", 0)),
        failed=len(result.failed) if result else 0,
    )


def _limit_text(rate: Rate) -> str:
    unit = "req" if rate.unit is Unit.REQUESTS else "items"
    return f"{rate.amount:,} {unit}/{human_window(rate.window)}"


def _account_rows(stats: dict[str, Any]) -> list[Row]:
    """Limits every upload of one account shares: Ozon's 50 req/s, Yandex's 4 requests in flight."""
    rows = []
    for limit in stats["limits"]:
        if limit["endpoint"] != "account":
            continue
        name = "Ozon account" if limit["marketplace"] == "ozon" else "Yandex campaign"
        if limit["unit"] == "in_flight":
            text = f"{limit['amount']} in flight"
        else:
            text = f"{limit['amount']:,} req/{human_window(limit['window'])}"
        peak = f"{limit['max_seen']:,}/{limit['amount']:,}"
        rows.append(Row(name, "", "", "", text, "", peak, int(limit["rejected"]), 0))
    return rows


def _table(rows: list[Row], time_scale: float) -> Table:
    table = Table(
        title=f"demo at time_scale {time_scale:g}: limits as documented, times in real seconds",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    for name in (
        "upload",
        "items",
        "requests",
        "busy s",
        "limit",
        "of limit",
        "peak window",
        "rejected",
        "failed",
    ):
        table.add_column(name, justify="left" if name in ("upload", "limit") else "right", no_wrap=True)
    for r in rows:
        table.add_row(
            r.label, r.items, r.requests, r.busy, r.limit, r.used, r.peak, str(r.rejected), str(r.failed)
        )
    return table
