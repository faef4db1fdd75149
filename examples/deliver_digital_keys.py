"""Deliver digital keys for new orders on Ozon and Yandex.Market, each within its deadline.

    python examples/deliver_digital_keys.py                  # sandbox: sample orders, generated keys
    python examples/deliver_digital_keys.py --keys keys.csv  # real APIs: your keys (offer_id,code)

Ozon: poll the digital postings every ``--poll`` seconds (``iter_digital_postings``) and upload all
codes of each new posting in one request (``upload_posting_codes``), the most urgent first, before
its ``waiting_deadline_for_digital_code`` (24 h after the order). Yandex.Market: orders reach your
app as notifications; hand their keys to ``deliver_digital_goods`` within 30 minutes of the order
entering PROCESSING. In the sandbox a queue stands in for the notifications; with real credentials
only Ozon runs, as this example has no notification endpoint.

Key uploads are not idempotent. After an ambiguous failure the SDK reports the items
``OUTCOME_UNKNOWN`` and never resends them; this example keeps such keys aside (they may have
reached the buyer) and asks for a check. Keys of a request that certainly failed go back to the
store, and the posting is tried again at the next poll.
"""

from __future__ import annotations

import asyncio
import csv
import sys
from contextlib import AsyncExitStack, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import _setup

from marketplace_async import ApiError, BulkResult, FailureReason, OzonClient, YandexMarketClient
from marketplace_async.testing import Emulator

NOT_DELIVERED = (FailureReason.BATCH, FailureReason.RATE_LIMITED)
YANDEX_DEADLINE = timedelta(minutes=30)


class KeyStore:
    """Unsold keys per offer. A real shop keeps them in a database, taken in one transaction per order."""

    def __init__(self, keys: dict[str, list[str]]) -> None:
        self.keys = keys

    @classmethod
    def from_csv(cls, path: Path) -> KeyStore:
        keys: dict[str, list[str]] = {}
        with path.open(newline="") as file:
            for row in csv.DictReader(file):
                keys.setdefault(row["offer_id"], []).append(row["code"])
        return cls(keys)

    def take(self, offer_id: str, count: int) -> list[str]:
        """Up to ``count`` keys; fewer when the offer runs out."""
        stock = self.keys.get(offer_id, [])
        taken, self.keys[offer_id] = stock[:count], stock[count:]
        return taken

    def give_back(self, offer_id: str, codes: list[str]) -> None:
        self.keys.setdefault(offer_id, []).extend(codes)


@dataclass
class YandexOrder:
    """What a Yandex.Market order notification tells: the order, its items and when it became PROCESSING."""

    order_id: int
    items: list[tuple[int, str, int]]  # (order item id, offer id, keys wanted)
    processing_since: datetime


def left(deadline: datetime | None) -> str:
    if deadline is None:
        return "no deadline given"
    return f"{(deadline - datetime.now(UTC)).total_seconds():.0f} s before its deadline"


async def deliver_ozon(ozon: OzonClient, keys: KeyStore, posting: Any) -> bool:
    """Upload every code of one posting; False when nothing reached Ozon and it is worth a retry."""
    number, deadline = posting.posting_number, posting.waiting_deadline_for_digital_code
    if deadline is not None and deadline <= datetime.now(UTC):
        print(f"ozon {number}: its deadline passed at {deadline:%H:%M:%S}; not sent")
        return True
    entries, offers = [], {}
    for product in posting.products:
        wanted = product.required_qty_for_digital_code
        codes = keys.take(product.offer_id, wanted)
        offers[product.sku] = product.offer_id
        entries.append(
            {
                "sku": product.sku,
                "exemplar_qty": len(codes),
                "not_available_exemplar_qty": wanted - len(codes),  # out of keys: say so, do not stall
                "exemplar_keys": codes,
            }
        )
    result = await ozon.upload_posting_codes(number, entries)
    retry = False
    for failure in result.failed:
        entry = failure.item
        if failure.reason in NOT_DELIVERED:  # the request certainly failed: the keys are still ours
            keys.give_back(offers[entry.sku], list(entry.exemplar_keys))
            retry |= not isinstance(failure.error, ApiError)  # a refusal would only be refused again
        print(f"ozon {number}: sku {entry.sku} not delivered: {failure}")
    print(f"ozon {number}: {result.succeeded}/{result.received} items delivered, {left(deadline)}")
    return not retry


async def poll_ozon(ozon: OzonClient, keys: KeyStore, every: float, stop: asyncio.Event) -> int:
    handled: set[str] = set()
    while not stop.is_set():
        now = datetime.now(UTC)
        new = [p async for p in ozon.iter_digital_postings(now - timedelta(days=1), now)]
        new = [p for p in new if p.posting_number not in handled]
        new.sort(key=lambda p: p.waiting_deadline_for_digital_code or now)  # the most urgent first
        for posting in new:
            if await deliver_ozon(ozon, keys, posting):
                handled.add(posting.posting_number)  # else: again at the next poll
        with suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
    return len(handled)


async def deliver_yandex(
    ym: YandexMarketClient, campaign_id: int, keys: KeyStore, order: YandexOrder, deadline: timedelta
) -> BulkResult | None:
    due = order.processing_since + deadline
    if due <= datetime.now(UTC):
        print(f"yandex {order.order_id}: more than {deadline} in PROCESSING; keys can no longer go")
        return None
    items = [
        {
            "id": item_id,
            "codes": keys.take(offer_id, count),
            "slip": "Activate the key at https://example.com/activate",
            "activate_till": date.today() + timedelta(days=365),
        }
        for item_id, offer_id, count in order.items
    ]
    result = await ym.deliver_digital_goods(campaign_id, order.order_id, items)
    for failure in result.failed:
        print(f"yandex {order.order_id}: item {failure.item.id} not delivered: {failure}")
    print(f"yandex {order.order_id}: {result.succeeded}/{result.received} items delivered, {left(due)}")
    return result


async def serve_yandex(
    ym: YandexMarketClient,
    campaign_id: int,
    keys: KeyStore,
    notifications: asyncio.Queue[YandexOrder | None],
    deadline: timedelta,
) -> int:
    delivered = 0
    while (order := await notifications.get()) is not None:
        result = await deliver_yandex(ym, campaign_id, keys, order, deadline)
        delivered += result is not None and result.ok
    return delivered


async def sandbox_buyers(
    emulator: Emulator, campaign_id: int, notifications: asyncio.Queue[YandexOrder | None], poll: float
) -> None:
    """The sandbox's buyers: 5 Ozon postings and 3 Yandex orders now, 3 more postings a poll later."""
    for n in range(5):
        emulator.add_ozon_posting(f"1000-{n}-1", [{"offer_id": f"GAME-{n % 3}", "required_qty": 1 + n % 2}])
    for n in range(3):
        emulator.add_yandex_order(campaign_id, 500 + n, [1])
        notifications.put_nowait(YandexOrder(500 + n, [(1, f"GAME-{n}", 2)], datetime.now(UTC)))
    notifications.put_nowait(None)
    await asyncio.sleep(poll * 1.5)
    for n in range(5, 8):
        emulator.add_ozon_posting(f"1000-{n}-1", [{"offer_id": "GAME-0", "required_qty": 1}])


async def main() -> int:
    p = _setup.parser(__doc__)
    p.add_argument("--keys", help="real APIs: a CSV of offer_id,code with unsold keys")
    p.add_argument("--poll", type=float, default=60.0, help="seconds between looks at the Ozon postings")
    p.add_argument("--seconds", type=float, default=0.0, help="stop after this long (0: until Ctrl-C)")
    args = p.parse_args()
    async with _setup.connect(args) as setup:
        sandbox = setup.emulator
        if sandbox is None:
            keys = KeyStore.from_csv(_setup.own_data(args.keys, "--keys"))
        else:
            keys = KeyStore({f"GAME-{g}": [f"KEY-{g}-{n:04d}" for n in range(50)] for g in range(3)})
            args.poll, args.seconds = min(args.poll, 0.2), args.seconds or 1.5
        stop = asyncio.Event()
        tasks: dict[str, asyncio.Task[int]] = {}
        notifications: asyncio.Queue[YandexOrder | None] = asyncio.Queue()
        async with AsyncExitStack() as stack, asyncio.TaskGroup() as tg:
            if sandbox is not None:
                tg.create_task(sandbox_buyers(sandbox, setup.campaign_id, notifications, args.poll))
            if setup.ozon:
                ozon = await stack.enter_async_context(OzonClient(**setup.ozon))
                tasks["ozon"] = tg.create_task(poll_ozon(ozon, keys, args.poll, stop))
            if setup.yandex and sandbox is not None:
                ym = await stack.enter_async_context(YandexMarketClient(**setup.yandex))
                deadline = YANDEX_DEADLINE / setup.time_scale
                tasks["yandex"] = tg.create_task(
                    serve_yandex(ym, setup.campaign_id, keys, notifications, deadline)
                )
            elif setup.yandex:
                print("yandex: skipped; this example has no endpoint for Yandex's order notifications")
            if args.seconds:
                await asyncio.sleep(args.seconds)
                stop.set()
        if sandbox is None:
            return 0
        posted = {number for (_, number, _) in sandbox.store.ozon_posting_codes}
        once = all(n == 1 for n in sandbox.store.code_deliveries.values())
        ok = _setup.check(len(posted) == 8 and once, f"{len(posted)}/8 Ozon postings have their codes, once")
        orders = {order for (_, order, _) in sandbox.store.yandex_codes}
        good = tasks["yandex"].result()
        ok &= _setup.check(len(orders) == good == 3, f"{len(orders)}/3 Yandex orders have their keys")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
