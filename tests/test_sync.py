"""BulkSync, the coalescing batcher: coalescing, batching, held pairs, backpressure, drain, cancel.

Most tests put an in-memory server at the clients' transport seam and run on looptime's virtual
clock, so Ozon's 30 s per pair, its 80 requests a minute and the price hour pass in no real time.
The server keeps the state the requests leave behind and the time and keys of every request, so
a test can check what arrived, not only what the sync says. Two tests use the emulator over HTTP.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import AsyncIterator, Hashable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import anyio
import msgspec
import pytest
from multidict import CIMultiDict, CIMultiDictProxy

from marketplace_async import (
    AuthError,
    BulkSync,
    FailureReason,
    OzonClient,
    RetryPolicy,
    SyncOutcome,
    ValidationError,
    YandexMarketClient,
)
from marketplace_async._transport import Response
from marketplace_async.testing import DEMO_YANDEX_TOKEN, Emulator

STOCKS = "/v2/products/stocks"
PRICES = "/v1/product/import/prices"
FAST_RETRY = RetryPolicy(max_attempts=2, backoff_initial=0.01, backoff_max=0.02)
CAMPAIGN = 7
_HEADERS: CIMultiDictProxy[str] = CIMultiDictProxy(CIMultiDict())


@dataclass
class Request:
    path: str
    at: float  # loop time it arrived
    keys: list[Hashable]


@dataclass
class FakeServer:
    """Both marketplaces' bulk methods in memory: applies every item, records every request."""

    latency: float = 0.0
    slow_first: float = 0.0  # extra latency of the first request
    failing: set[str] = field(default_factory=set)  # offer ids refused per item
    status: int = 200  # answer every request with this status instead
    requests: list[Request] = field(default_factory=list)
    stocks: dict[Hashable, int] = field(default_factory=dict)
    prices: dict[str, str] = field(default_factory=dict)
    closed: bool = False
    attempts: int = 0

    async def send(
        self, method: str, url: str, *, headers: Any, body: bytes | None, params: Any, attempt_timeout: float
    ) -> Response:
        path = urlsplit(url).path
        arrived = asyncio.get_running_loop().time()
        self.attempts += 1
        data = msgspec.json.decode(body or b"{}")
        if self.latency or (self.slow_first and self.attempts == 1):
            await asyncio.sleep(self.latency + (self.slow_first if self.attempts == 1 else 0.0))
        if self.status != 200:
            return Response(self.status, _HEADERS, b'{"code": 13, "message": "down"}')
        if path == STOCKS:
            rows = []
            for s in data["stocks"]:
                ok = s["offer_id"] not in self.failing
                if ok:
                    self.stocks[(s["offer_id"], s["warehouse_id"])] = s["stock"]
                errors = [] if ok else [{"code": "NOT_FOUND", "message": "no such offer"}]
                rows.append({**s, "product_id": 0, "updated": ok, "errors": errors})
            self.requests.append(Request(path, arrived, [(s["offer_id"], s["warehouse_id"]) for s in rows]))
            return Response(200, _HEADERS, msgspec.json.encode({"result": rows}))
        if path == PRICES:
            rows = []
            for p in data["prices"]:
                self.prices[p["offer_id"]] = p["price"]
                rows.append({"offer_id": p["offer_id"], "product_id": 0, "updated": True, "errors": []})
            self.requests.append(Request(path, arrived, [p["offer_id"] for p in data["prices"]]))
            return Response(200, _HEADERS, msgspec.json.encode({"result": rows}))
        # Yandex updateStocks
        for s in data["skus"]:
            self.stocks[s["sku"]] = s["items"][0]["count"]
        self.requests.append(Request(path, arrived, [s["sku"] for s in data["skus"]]))
        return Response(200, _HEADERS, b'{"status": "OK"}')

    def to(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
async def ozon(server: FakeServer) -> AsyncIterator[OzonClient]:
    async with OzonClient(client_id="cid", api_key="key", retry=FAST_RETRY) as client:
        client.pool.transport = server  # type: ignore[assignment]
        yield client


@pytest.fixture
async def ym(server: FakeServer) -> AsyncIterator[YandexMarketClient]:
    async with YandexMarketClient(api_key="token", retry=FAST_RETRY) as client:
        client.pool.transport = server  # type: ignore[assignment]
        yield client


def stock(offer: str, value: int, warehouse: int = 1) -> dict[str, Any]:
    return {"offer_id": offer, "warehouse_id": warehouse, "stock": value}


def now() -> float:
    return asyncio.get_running_loop().time()


def accounted(sync: BulkSync[Any], outcomes: list[SyncOutcome] | None = None) -> None:
    """Every value put is coalesced, has an outcome, or is still buffered or in flight; each once."""
    s = sync.stats
    assert s.puts == s.coalesced + s.confirmed + s.failed + sync.buffered + sync.in_flight, s
    if outcomes is not None:
        assert len(outcomes) == s.confirmed + s.failed


# ---------------------------------------------------------------- coalescing and batching


@pytest.mark.looptime
async def test_a_million_puts_over_1000_keys_leave_the_latest_value_of_each_at_the_server(
    ozon: OzonClient, server: FakeServer
) -> None:
    rows = [stock(f"K{k:03d}", 0) for k in range(1000)]
    outcomes: list[SyncOutcome] = []
    started = time.perf_counter()
    async with ozon.stock_sync(on_outcome=outcomes.append) as sync:
        for i in range(1_000_000):
            row = rows[i % 1000]
            row["stock"] = i % 999_983  # the same dict, changed: put must keep its own copy
            await sync.put(row)
    elapsed = time.perf_counter() - started
    assert elapsed < 20, f"1M puts took {elapsed:.1f} s"
    latest = {(f"K{k:03d}", 1): (999_000 + k) % 999_983 for k in range(1000)}
    assert server.stocks == latest
    assert sync.stats.puts == 1_000_000 and sync.buffered == sync.in_flight == 0
    accounted(sync, outcomes)
    assert all(o.ok for o in outcomes)
    # Each key went at most a handful of times, never twice in one request.
    sent = Counter(k for r in server.requests for k in r.keys)
    assert sum(sent.values()) == len(outcomes) <= 3 * 1000
    assert all(len(set(r.keys)) == len(r.keys) <= 100 for r in server.requests)


@pytest.mark.looptime
async def test_a_full_batch_goes_at_once_a_partial_one_after_linger(
    ozon: OzonClient, server: FakeServer
) -> None:
    async with ozon.stock_sync(linger=0.5) as sync:
        start = now()
        for i in range(103):
            await sync.put(stock(f"A{i}", i))
        await asyncio.sleep(0.1)
        full, *rest = server.to(STOCKS)
        assert len(full.keys) == 100 and full.at == start and not rest
        await asyncio.sleep(1)
    full, partial = server.to(STOCKS)
    assert partial.keys == [("A100", 1), ("A101", 1), ("A102", 1)]
    assert partial.at == pytest.approx(start + 0.5)


@pytest.mark.looptime
async def test_flush_sends_a_partial_batch_now_and_returns_with_its_outcomes(
    ozon: OzonClient, server: FakeServer
) -> None:
    outcomes: list[SyncOutcome] = []
    async with ozon.stock_sync(linger=60, on_outcome=outcomes.append) as sync:
        for i in range(3):
            await sync.put(stock(f"A{i}", i))
        start = now()
        await sync.flush()
        assert now() == start and len(outcomes) == 3 and all(o.ok for o in outcomes)
        assert [o.key for o in outcomes] == [("offer", f"A{i}", 1) for i in range(3)]
        await sync.flush()  # nothing buffered: returns at once
    assert len(server.requests) == 1


# ---------------------------------------------------------------- per-item rules and limits


@pytest.mark.looptime
async def test_a_pair_inside_its_30s_window_waits_in_the_buffer_and_keeps_coalescing(
    ozon: OzonClient, server: FakeServer
) -> None:
    outcomes: list[SyncOutcome] = []
    async with ozon.stock_sync(linger=0.1, on_outcome=outcomes.append) as sync:
        await sync.put(stock("A", 1))
        await sync.flush()
        first_done = now()
        for value in (2, 3, 4):
            await sync.put(stock("A", value))
            await sync.put(stock(f"B{value}", value))
            await asyncio.sleep(5)
        # B2..B4 went on their own; A waited (with each newer value replacing the last).
        assert [r.keys for r in server.to(STOCKS)][1:] == [[("B2", 1)], [("B3", 1)], [("B4", 1)]]
        assert sync.buffered == 1
    *_, held = server.to(STOCKS)
    assert held.keys == [("A", 1)] and server.stocks[("A", 1)] == 4
    margin = ozon.pool.scheduler.jitter_margin
    assert 30.0 <= held.at - first_done <= 30.0 + margin + 1e-6
    assert sync.stats.coalesced == 2
    accounted(sync, outcomes)
    assert [o.item.stock for o in outcomes if o.key == ("offer", "A", 1)] == [1, 4]


@pytest.mark.looptime
async def test_no_window_goes_over_a_limit_under_a_random_stream_of_changes(
    ozon: OzonClient, server: FakeServer
) -> None:
    rng = random.Random(8)
    latest: dict[tuple[str, int], int] = {}
    outcomes: list[SyncOutcome] = []
    async with ozon.stock_sync(on_outcome=outcomes.append) as sync:
        for _ in range(1000):  # about 3 virtual minutes of changes to 3,000 pairs, in bursts
            for _ in range(20):
                offer, value = f"P{rng.randrange(3000)}", rng.randrange(500)
                latest[(offer, 1)] = value
                await sync.put(stock(offer, value))
            await asyncio.sleep(rng.expovariate(5.5))
    assert server.stocks == latest
    accounted(sync, outcomes)
    assert all(o.ok for o in outcomes)
    requests = server.to(STOCKS)
    margin = ozon.pool.scheduler.jitter_margin
    times = [r.at for r in requests]
    # 80 requests a minute in any window, aligned or not; and the limit was really used.
    assert max(sum(1 for t in times if a <= t < a + 60.0 + margin - 1e-9) for a in times) <= 80
    assert len(requests) > 3 * 60
    # One update per pair every 30 s.
    last_sent: dict[Hashable, float] = {}
    for r in requests:
        for k in r.keys:
            assert r.at - last_sent.get(k, -1e9) >= 30.0, k
            last_sent[k] = r.at


@pytest.mark.looptime
async def test_a_key_is_never_in_two_requests_at_once_so_its_latest_value_lands_last(
    ym: YandexMarketClient, server: FakeServer
) -> None:
    server.slow_first = 5.0  # no key gate on Yandex: the sync itself must keep the order
    async with ym.stock_sync(CAMPAIGN, linger=0.1) as sync:
        await sync.put({"sku": "K", "count": 1})
        await asyncio.sleep(1)  # its request is in flight, and slow
        await sync.put({"sku": "K", "count": 2})
        await sync.put({"sku": "other", "count": 1})
        await asyncio.sleep(1)
        assert [r.keys for r in server.requests] == [["other"]]  # K=2 waits for K=1 to land
    first, second = (r for r in server.requests if r.keys == ["K"])
    assert second.at >= first.at + 5.0 and server.stocks["K"] == 2


@pytest.mark.looptime
async def test_the_11th_price_of_an_hour_waits_in_the_buffer_until_the_hour_allows(
    ozon: OzonClient, server: FakeServer
) -> None:
    outcomes: list[SyncOutcome] = []
    async with ozon.price_sync(on_outcome=outcomes.append) as sync:
        start = now()
        for i in range(10):
            await sync.put({"offer_id": "P", "price": str(100 + i)})
            await sync.flush()
        await sync.put({"offer_id": "P", "price": "200"})
        await sync.put({"offer_id": "P", "price": "300"})
        await asyncio.sleep(60)
        assert len(server.to(PRICES)) == 10 and sync.buffered == 1
    requests = server.to(PRICES)
    assert len(requests) == 11 and server.prices["P"] == "300"
    assert requests[-1].at - requests[0].at >= 3600.0 and requests[-1].at - start < 3600.0 + 10
    accounted(sync, outcomes)
    assert sync.stats.coalesced == 1 and all(o.ok for o in outcomes)


async def test_the_emulator_sees_only_latest_values_and_no_window_over_its_limit() -> None:
    async with Emulator(time_scale=120.0) as emu:
        async with OzonClient(
            client_id="demo", api_key="demo-key", base_url=emu.base_url, time_scale=120.0
        ) as ozon:
            outcomes: list[SyncOutcome] = []
            latest: dict[tuple[str, int], int] = {}
            async with ozon.stock_sync(linger=0.02, on_outcome=outcomes.append) as sync:
                for i in range(6000):
                    offer = f"E{(i * 7919) % 400}"
                    latest[(offer, 1 + i % 2)] = i
                    await sync.put(stock(offer, i, warehouse=1 + i % 2))
                    if i % 50 == 0:
                        await asyncio.sleep(0.002)
        assert {(o, w): v for (_, o, w), v in emu.store.ozon_stocks.items()} == latest
        assert emu.stats()["totals"]["rejected"] == 0
        for row in emu.stats()["limits"]:
            assert row["max_seen"] <= row["amount"], row
        accounted(sync, outcomes)
        assert all(o.ok for o in outcomes)


# ---------------------------------------------------------------- backpressure, drain, cancel


@pytest.mark.looptime
async def test_a_fast_producer_waits_for_a_slow_server_and_the_buffer_stays_bounded(
    ym: YandexMarketClient, server: FakeServer
) -> None:
    server.latency = 2.0
    outcomes: list[SyncOutcome] = []
    buffered: list[int] = []
    async with ym.stock_sync(CAMPAIGN, max_buffer=700, on_outcome=outcomes.append) as sync:
        start = now()
        for i in range(10_000):
            await sync.put({"sku": f"S{i}", "count": i})
            buffered.append(sync.buffered)
        assert now() - start >= 2.0 * (10_000 - 700 - 500 * 2) / (500 * 2)  # put waited for the server
    assert max(buffered) == sync.stats.max_buffered == 700
    assert len(server.stocks) == 10_000 and all(o.ok for o in outcomes)
    accounted(sync, outcomes)


@pytest.mark.looptime
async def test_leaving_the_context_drains_everything_including_held_pairs(
    ozon: OzonClient, server: FakeServer
) -> None:
    outcomes: list[SyncOutcome] = []
    async with ozon.stock_sync(linger=5, on_outcome=outcomes.append) as sync:
        await sync.put(stock("A", 1))
        await sync.flush()
        await sync.put(stock("A", 2))
        for i in range(250):
            await sync.put(stock(f"B{i}", i))
        start = now()
    assert now() - start >= 30.0  # A=2 had to wait for its window
    assert server.stocks[("A", 1)] == 2 and len(server.stocks) == 251
    assert sync.buffered == sync.in_flight == 0 and len(outcomes) == 252
    accounted(sync, outcomes)


@pytest.mark.looptime
@pytest.mark.parametrize("how", ["cancel", "exception", "deadline"])
async def test_cancelling_reports_every_value_once_as_sent_cancelled_or_unknown(
    ozon: OzonClient, server: FakeServer, how: str
) -> None:
    server.latency = 1.0
    outcomes: list[SyncOutcome] = []

    async def record(outcome: SyncOutcome) -> None:  # awaited: must still run inside a cancelled scope
        await asyncio.sleep(0)
        outcomes.append(outcome)

    last_put: dict[Hashable, int] = {}
    sync = ozon.stock_sync(on_outcome=record if how == "deadline" else outcomes.append, max_buffer=300)

    async def produce() -> None:
        async with sync:
            for i in range(2_000):
                offer = f"C{i % 700}"
                await sync.put(stock(offer, i))
                last_put[("offer", offer, 1)] = i  # once accepted: a put cancelled while waiting is not
                if i == 1_500 and how == "exception":
                    raise ValueError("the source broke")
            await asyncio.sleep(3600)

    async def produce_until_deadline() -> None:
        with anyio.move_on_after(40):  # an anyio scope cancels again at every await until it is left
            await produce()

    task = asyncio.create_task(produce_until_deadline() if how == "deadline" else produce())
    await asyncio.sleep(40)
    if how == "cancel":
        task.cancel()
    raised = {"cancel": asyncio.CancelledError, "exception": ValueError, "deadline": None}[how]
    if raised is None:
        await task
    else:
        with pytest.raises(raised):
            await task
    reasons = Counter(o.failure.reason if o.failure else "ok" for o in outcomes)
    assert set(reasons) <= {"ok", FailureReason.CANCELLED, FailureReason.OUTCOME_UNKNOWN}
    assert reasons["ok"] > 0 and reasons[FailureReason.CANCELLED] > 0
    # One outcome per value put and not replaced, each value once, and every key's last value among them.
    assert len(outcomes) == sync.stats.puts - sync.stats.coalesced
    assert len({o.item.stock for o in outcomes}) == len(outcomes)
    reported = {(o.key, o.item.stock) for o in outcomes}
    assert all((k, v) in reported for k, v in last_put.items())
    assert sync.buffered == sync.in_flight == 0
    with pytest.raises(RuntimeError, match="aborted"):
        await sync.put(stock("late", 1))


@pytest.mark.looptime
async def test_outcomes_can_be_iterated_and_end_when_the_sync_is_drained(
    ozon: OzonClient, server: FakeServer
) -> None:
    server.failing = {"BAD"}
    sync = ozon.stock_sync()
    seen: list[SyncOutcome] = []

    async def read() -> None:
        async for outcome in sync.outcomes():
            seen.append(outcome)

    reader = asyncio.create_task(read())
    async with sync:
        await sync.put(stock("GOOD", 1))
        await sync.put(stock("BAD", 1))
    await asyncio.wait_for(reader, 1)
    (good,) = [o for o in seen if o.ok]
    (bad,) = [o for o in seen if not o.ok]
    assert good.key == ("offer", "GOOD", 1)
    assert bad.failure is not None and bad.failure.reason is FailureReason.API
    assert bad.failure.code == "NOT_FOUND"


# ---------------------------------------------------------------- failures and misuse


@pytest.mark.looptime
async def test_a_failed_request_fails_its_values_and_the_sync_goes_on(
    ozon: OzonClient, server: FakeServer
) -> None:
    outcomes: list[SyncOutcome] = []
    async with ozon.stock_sync(on_outcome=outcomes.append) as sync:
        server.status = 503
        await sync.put(stock("A", 1))
        await sync.flush()
        server.status = 200
        await sync.put(stock("B", 1))
    failed, ok = outcomes
    # A 5xx may have been applied: after its resends the pair's outcome is unknown.
    assert failed.failure is not None and failed.failure.reason is FailureReason.OUTCOME_UNKNOWN
    assert ok.ok and server.stocks == {("B", 1): 1}
    accounted(sync, outcomes)


@pytest.mark.looptime
async def test_an_auth_failure_stops_sending_and_is_raised(ozon: OzonClient, server: FakeServer) -> None:
    server.status = 401
    outcomes: list[SyncOutcome] = []
    with pytest.raises(AuthError):
        async with ozon.stock_sync(concurrency=1, on_outcome=outcomes.append) as sync:
            for i in range(250):
                await sync.put(stock(f"A{i}", i))
            await sync.flush()
    assert server.attempts == 1  # the first request failed: the rest were never sent
    assert len(outcomes) == 250 and all(
        isinstance(o.failure and o.failure.error, AuthError) for o in outcomes
    )
    assert sum("not sent" in o.failure.message for o in outcomes if o.failure) == 150
    accounted(sync, outcomes)


async def test_bad_items_are_refused_at_put_or_reported_as_outcomes(
    ozon: OzonClient, ym: YandexMarketClient, server: FakeServer
) -> None:
    async with ozon.stock_sync() as sync:
        with pytest.raises(ValidationError, match="stock"):
            await sync.put(stock("A", -1))  # Ozon items are converted on put
        assert sync.stats.puts == 0
    outcomes: list[SyncOutcome] = []
    async with ym.stock_sync(CAMPAIGN, on_outcome=outcomes.append) as ysync:
        with pytest.raises(ValidationError, match="sku"):
            await ysync.put({"count": 1})  # no key at all
        await ysync.put({"sku": " S1 ", "count": 1})
        await ysync.put({"sku": "S1", "count": 2})  # the same SKU once trimmed
        await ysync.put({"sku": "S2", "count": -5})
    assert ysync.stats.coalesced == 1 and server.stocks == {"S1": 2}
    (bad,) = [o for o in outcomes if not o.ok]
    assert bad.key == "S2" and bad.failure is not None and bad.failure.reason is FailureReason.VALIDATION
    accounted(ysync, outcomes)


async def test_a_sync_is_used_once_and_refuses_puts_outside_its_context(ozon: OzonClient) -> None:
    sync = ozon.stock_sync()
    with pytest.raises(RuntimeError, match="new"):
        await sync.put(stock("A", 1))
    async with sync:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        await sync.put(stock("A", 1))
    with pytest.raises(RuntimeError, match="once"):
        async with sync:
            pass
    with pytest.raises(ValueError, match=">= 1"):
        ozon.stock_sync(max_buffer=0)


async def test_an_outcome_callback_that_raises_is_surfaced_after_the_drain(
    ozon: OzonClient, server: FakeServer
) -> None:
    calls: list[SyncOutcome] = []

    def broken(outcome: SyncOutcome) -> None:
        calls.append(outcome)
        raise KeyError("app bug")

    with pytest.raises(KeyError, match="app bug"):
        async with ozon.stock_sync(on_outcome=broken) as sync:
            for i in range(150):
                await sync.put(stock(f"A{i}", i))
            await sync.flush()  # every value has gone and had its outcome: the callback raised
            raise AssertionError("not reached")
    assert len(calls) == 150 and len(server.stocks) == 150
    accounted(sync)
    with pytest.raises(KeyError):
        await sync.put(stock("late", 1))


async def test_yandex_syncs_reach_the_emulator_with_the_latest_values() -> None:
    async with (
        Emulator(time_scale=60.0) as emu,
        YandexMarketClient(api_key=DEMO_YANDEX_TOKEN, base_url=emu.base_url, time_scale=60.0) as ym,
    ):
        latest: dict[tuple[int, str], int] = {}
        async with ym.stock_sync(CAMPAIGN) as stocks, ym.price_sync(CAMPAIGN) as prices:
            for i in range(3000):
                await stocks.put({"sku": f"S{i % 800}", "count": i})
                latest[(CAMPAIGN, f"S{i % 800}")] = i
                await prices.put({"offerId": f"S{i % 300}", "price": {"value": 100 + i, "currencyId": "RUR"}})
        assert emu.store.yandex_stocks == latest
        assert emu.store.yandex_prices[(CAMPAIGN, "S7")]["value"] == 100 + 2707
        assert emu.stats()["totals"]["rejected"] == 0
        accounted(stocks), accounted(prices)
