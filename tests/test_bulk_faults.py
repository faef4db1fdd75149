"""The bulk pipeline under faults: no deadlock between keyed uploads, a lost answer counted as a
use of its pairs, a stream or callback that raises, an AuthError, item-counted overrides.

Most tests run on looptime's virtual clock with an in-memory server at the transport seam. The
lost-answer tests use a scripted local aiohttp server that applies a request and then drops the
connection, so the client really cannot know the outcome; they run in real time with
``time_scale`` shrinking Ozon's 30 s and hour.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import anyio
import msgspec
import pytest
from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy

from marketplace_async import (
    AuthError,
    BatchOutcome,
    BulkResult,
    FailureReason,
    OzonClient,
    Rate,
    RetryPolicy,
    Scope,
    Unit,
    YandexMarketClient,
)
from marketplace_async._ozon.endpoints import STOCKS
from marketplace_async._transport import AmbiguousError, NotSentError, Response

STOCKS_PATH = "/v2/products/stocks"
PRICES_PATH = "/v1/product/import/prices"
FAST_RETRY = RetryPolicy(max_attempts=3, backoff_initial=0.01, backoff_max=0.02)
CAMPAIGN = 7
_HEADERS: CIMultiDictProxy[str] = CIMultiDictProxy(CIMultiDict())


def accounted(result: BulkResult) -> BulkResult:
    assert result.received == result.succeeded + len(result.failed) + result.coalesced, result
    return result


def stock(offer: str, value: int = 1, warehouse: int = 1) -> dict[str, Any]:
    return {"offer_id": offer, "warehouse_id": warehouse, "stock": value}


def price(offer: str, value: str = "100") -> dict[str, Any]:
    return {"offer_id": offer, "price": value}


# ---------------------------------------------------------------- an in-memory server (looptime)


@dataclass
class Seam:
    """Both marketplaces' bulk methods in memory, at the clients' transport seam."""

    latency: Callable[[list[str]], float] = lambda offers: 0.0
    answer: Callable[[int], int] = lambda n: 200  # status of the n-th request (from 1)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    requests: list[list[str]] = field(default_factory=list)  # offers of each request, on arrival
    finished: int = 0  # requests answered (never abandoned midway)
    unreachable: bool = False  # every attempt fails before the request is written
    lose: set[int] = field(default_factory=set)  # requests (from 1) applied, then the answer lost
    too_soon: set[int] = field(default_factory=set)  # requests whose every item is refused as too frequent
    closed: bool = False

    async def send(self, method: str, url: str, **kw: Any) -> Response:
        if self.unreachable:
            raise NotSentError("connection refused")
        data = msgspec.json.decode(kw["body"] or b"{}")
        path = urlsplit(url).path
        if path == STOCKS_PATH:
            offers = [s["offer_id"] for s in data["stocks"]]
        elif path == PRICES_PATH:
            offers = [p["offer_id"] for p in data["prices"]]
        else:
            offers = [s["sku"] for s in data["skus"]]
        self.requests.append(offers)
        number = len(self.requests)
        status = self.answer(number)
        self.arrived.set()
        await asyncio.sleep(self.latency(offers))
        self.finished += 1
        if number in self.lose:
            raise AmbiguousError("the connection was dropped")
        if status != 200:
            return Response(status, _HEADERS, b'{"code": 16, "message": "Api-Key is invalid"}')
        if path == STOCKS_PATH:
            refused = number in self.too_soon
            errors = [{"code": "TOO_MANY_REQUESTS", "message": "too frequently"}] if refused else []
            rows = [{**s, "product_id": 0, "updated": not refused, "errors": errors} for s in data["stocks"]]
            return Response(200, _HEADERS, msgspec.json.encode({"result": rows}))
        if path == PRICES_PATH:
            rows = [{"offer_id": o, "product_id": 0, "updated": True, "errors": []} for o in offers]
            return Response(200, _HEADERS, msgspec.json.encode({"result": rows}))
        return Response(200, _HEADERS, b'{"status": "OK"}')

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
def seam() -> Seam:
    return Seam()


@pytest.fixture
async def ozon(seam: Seam) -> AsyncIterator[OzonClient]:
    async with OzonClient(client_id="cid", api_key="key", retry=FAST_RETRY) as client:
        client.pool.transport = seam  # type: ignore[assignment]
        yield client


@pytest.fixture
async def ym(seam: Seam) -> AsyncIterator[YandexMarketClient]:
    limits = {"updateStocks": {"max_items": 100}}
    async with YandexMarketClient(api_key="token", retry=FAST_RETRY, limits=limits) as client:
        client.pool.transport = seam  # type: ignore[assignment]
        yield client


# ---------------------------------------------------------------- 1: no deadlock between keyed uploads


@pytest.mark.looptime
async def test_price_uploads_claiming_overlapping_products_in_opposite_orders_never_deadlock(
    ozon: OzonClient, seam: Seam
) -> None:
    # X sends P0 slowly. A and B then each take one product and reach P0 in opposite orders: a
    # client that waited for P0 holding P1 (A) or P2 (B) would wait forever.
    seam.latency = lambda offers: 5.0 if offers == ["P0"] else 0.1
    results: list[BulkResult] = []

    async def upload(offers: list[str]) -> None:
        results.append(accounted(await ozon.update_prices([price(o) for o in offers])))

    with anyio.fail_after(600):
        async with anyio.create_task_group() as tg:
            tg.start_soon(upload, ["P0"])
            await seam.arrived.wait()
            tg.start_soon(upload, ["P1", "P0", "P2"])
            tg.start_soon(upload, ["P2", "P0", "P1"])
    assert sorted(r.succeeded for r in results) == [1, 3, 3] and all(r.ok for r in results)
    assert sorted(o for offers in seam.requests for o in offers) == ["P0"] * 3 + ["P1"] * 2 + ["P2"] * 2


@pytest.mark.looptime
async def test_a_stock_stream_waiting_on_another_upload_holds_none_of_its_pairs(
    ozon: OzonClient, seam: Seam
) -> None:
    other_done = asyncio.Event()

    async def rows() -> AsyncIterator[dict[str, Any]]:
        yield stock("A", 1)
        await other_done.wait()  # e.g. the stream reads what the other upload has written
        yield stock("Z", 1)

    async def other() -> BulkResult:
        try:
            return await ozon.update_stocks([stock("A", 2)])
        finally:
            other_done.set()

    with anyio.fail_after(600):
        streamed, direct = await asyncio.gather(ozon.update_stocks(rows()), other())
    assert accounted(streamed).succeeded == 2 and accounted(direct).succeeded == 1
    assert seam.requests[0] == ["A"]  # the other upload went first: the stream held no claim on A
    assert sorted(seam.requests[1:]) == [["A"], ["Z"]]  # A again once due, Z at once


@pytest.mark.looptime
async def test_a_request_that_never_left_uses_no_pair_and_no_price_update(
    ozon: OzonClient, seam: Seam
) -> None:
    seam.unreachable = True
    assert (await ozon.update_stocks([stock("A")])).failed[0].reason is FailureReason.BATCH
    for _ in range(10):
        assert not (await ozon.update_prices([price("P")])).ok
    seam.unreachable = False
    start = asyncio.get_running_loop().time()
    assert (await ozon.update_stocks([stock("A")])).ok  # at once, not 30 s later
    assert asyncio.get_running_loop().time() - start < 1.0
    for _ in range(10):  # the product's 10 updates of the hour are all still there
        assert (await ozon.update_prices([price("P")])).ok


# ---------------------------------------------------------------- 3: a stream or callback that raises


class CursorLost(Exception):
    """The caller's own error, raised by its item source midway."""


@pytest.mark.looptime
async def test_a_yandex_stream_that_raises_midway_raises_its_own_error_with_the_partial_result(
    ym: YandexMarketClient, seam: Seam
) -> None:
    seam.latency = lambda offers: 3.0
    outcomes: list[BatchOutcome] = []

    def rows() -> Iterator[dict[str, Any]]:
        for i in range(250):
            yield {"sku": f"S{i}", "count": 1}
        raise CursorLost("the database cursor was lost")

    with pytest.raises(CursorLost) as caught:
        await ym.update_stocks(CAMPAIGN, rows(), on_batch=outcomes.append, concurrency=2)
    result = caught.value.result  # type: ignore[attr-defined]
    assert isinstance(result, BulkResult) and accounted(result).received == 250
    sent = len(seam.requests)
    assert seam.finished == sent >= 1  # the requests in flight ended, none abandoned
    assert result.succeeded == 100 * sent  # batches not yet sent when the source raised are not
    assert result.failures_by_reason() == {FailureReason.CANCELLED: 250 - 100 * sent}
    assert all("not sent" in f.message and "CursorLost" in f.message for f in result.failed)
    assert sum(len(o.succeeded) + len(o.failed) for o in outcomes) == 250  # all told to on_batch


@pytest.mark.looptime
async def test_an_ozon_stock_stream_that_raises_midway_raises_its_own_error_with_the_result(
    ozon: OzonClient, seam: Seam
) -> None:
    seam.latency = lambda offers: 3.0
    outcomes: list[BatchOutcome] = []

    async def rows() -> AsyncIterator[dict[str, Any]]:
        for i in range(150):
            yield stock(f"A{i}")
        yield stock("A0", 5)  # a pair whose first value is in flight: held, never sent
        raise CursorLost("the database cursor was lost")

    with pytest.raises(CursorLost) as caught:
        await ozon.update_stocks(rows(), on_batch=outcomes.append)
    result = caught.value.result  # type: ignore[attr-defined]
    assert isinstance(result, BulkResult) and accounted(result).received == 151
    assert seam.finished == len(seam.requests) == 1  # the full batch went and was answered
    assert result.succeeded == 100 and result.failures_by_reason() == {FailureReason.CANCELLED: 51}
    assert sum(len(o.succeeded) + len(o.failed) for o in outcomes) == 151


@pytest.mark.looptime
async def test_an_on_batch_that_raises_stops_the_upload_and_its_error_is_raised_alone(
    ym: YandexMarketClient, seam: Seam
) -> None:
    seam.latency = lambda offers: 1.0
    told = 0

    def on_batch(outcome: BatchOutcome) -> None:
        nonlocal told
        told += 1
        raise KeyError("journal full")

    items = [{"sku": f"S{i}", "count": 1} for i in range(1000)]
    with pytest.raises(KeyError) as caught:
        await ym.update_stocks(CAMPAIGN, items, on_batch=on_batch, concurrency=2)
    result = caught.value.result  # type: ignore[attr-defined]
    assert told == 1 and len(seam.requests) < 10  # it stopped sending
    assert accounted(result).succeeded == 100 * len(seam.requests)


@pytest.mark.looptime
async def test_a_stopped_upload_reports_a_pair_waiting_to_be_resent_as_unknown_not_unsent(
    ozon: OzonClient, seam: Seam
) -> None:
    seam.lose = {1}

    async def rows() -> AsyncIterator[dict[str, Any]]:
        for i in range(100):
            yield stock(f"A{i}")
        yield stock("B")
        await asyncio.sleep(1.0)  # the first request's answer is lost; its pairs wait 30 s
        raise CursorLost("the database cursor was lost")

    with pytest.raises(CursorLost) as caught:
        await ozon.update_stocks(rows())
    result = accounted(caught.value.result)  # type: ignore[attr-defined]
    assert len(seam.requests) == 1 and result.received == 101
    assert result.failures_by_reason() == {FailureReason.OUTCOME_UNKNOWN: 100, FailureReason.CANCELLED: 1}


@pytest.mark.looptime
async def test_a_resend_refused_as_too_frequent_is_unknown_even_if_newer_values_came_meanwhile(
    ozon: OzonClient, seam: Seam
) -> None:
    seam.lose, seam.too_soon = {1}, {2}  # the first answer is lost; the resend is refused per pair
    seam.latency = lambda offers: 5.0 if len(seam.requests) == 2 else 0.0  # the resend is slow

    async def rows() -> AsyncIterator[dict[str, Any]]:
        for i in range(100):
            yield stock(f"A{i}", 1)
        await asyncio.sleep(31.0)  # the A pairs are due for their resend
        yield stock("B", 1)  # releases the resend, which goes at once
        await asyncio.sleep(1.0)
        yield stock("A0", 2)  # newer values of A0 while its resend is in flight
        yield stock("A0", 3)

    result = accounted(await ozon.update_stocks(rows()))
    assert result.failures_by_reason() == {FailureReason.OUTCOME_UNKNOWN: 100}
    assert result.coalesced == 1 and result.succeeded == 2  # A0's 3 (and B)
    assert seam.requests[-1] == ["A0"] and len(seam.requests) == 4


# ---------------------------------------------------------------- AuthError (issue 11, item 3)


@pytest.mark.looptime
async def test_a_credential_revoked_midway_raises_one_auth_error_keeping_what_was_confirmed(
    ym: YandexMarketClient, seam: Seam
) -> None:
    seam.answer = lambda n: 200 if n == 1 else 401
    items = [{"sku": f"S{i}", "count": 1} for i in range(10_000)]
    with pytest.raises(AuthError) as caught:
        await ym.update_stocks(CAMPAIGN, items, concurrency=1)
    result = caught.value.result
    assert result is not None and accounted(result).succeeded == 100
    assert len(seam.requests) == 2 and result.received < 1000  # it stopped taking items
    assert result.failures_by_reason()[FailureReason.BATCH] == 100  # the refused request's items
    assert all(isinstance(f.error, AuthError) for f in result.failed)


# ---------------------------------------------------------------- 9: item-counted overrides


@pytest.mark.looptime
async def test_an_item_counted_override_smaller_than_a_batch_shrinks_the_batches(seam: Seam) -> None:
    rates = (*STOCKS.rates, Rate(30, 60.0, Unit.ITEMS, Scope.ENDPOINT))
    async with OzonClient(client_id="c", api_key="k", limits={STOCKS.key: {"rates": rates}}) as ozon:
        ozon.pool.transport = seam  # type: ignore[assignment]
        result = accounted(await ozon.update_stocks([stock(f"A{i}") for i in range(100)]))
        prices = accounted(await ozon.update_prices([price(f"P{i}") for i in range(40)]))
    assert result.succeeded == 100 and prices.succeeded == 40
    assert [len(r) for r in seam.requests[:4]] == [30, 30, 30, 10]


@pytest.mark.looptime
async def test_an_item_counted_account_limit_shrinks_yandex_batches(seam: Seam) -> None:
    account = {"rates": [Rate(300, 60.0, Unit.ITEMS, Scope.ACCOUNT)]}
    async with YandexMarketClient(api_key="t", limits={"account": account}) as ym:
        ym.pool.transport = seam  # type: ignore[assignment]
        result = accounted(
            await ym.update_stocks(CAMPAIGN, [{"sku": f"S{i}", "count": 1} for i in range(700)])
        )
    assert result.succeeded == 700 and sorted(len(r) for r in seam.requests) == [100, 300, 300]


# ---------------------------------------------------------------- 2: a lost answer counts (a real server)

SCALE = 100.0  # Ozon's 30 s per pair is 0.3 s here, its hour 36 s


@dataclass
class LossyOzon:
    """Applies stocks and prices with Ozon's per-item limits, then drops the first ``drops``
    connections without an answer (the client cannot know the outcome)."""

    drops: int = 0
    pair_window: float = 30.0 / SCALE
    hour: float = 3600.0 / SCALE
    applied: dict[str, list[float]] = field(default_factory=dict)  # offer -> loop times applied
    arrivals: list[tuple[str, float, list[str]]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # TOO_MANY_REQUESTS answers, by offer

    async def handle(self, request: web.Request) -> web.StreamResponse:
        now = asyncio.get_running_loop().time()
        body = await request.json()
        stocks = request.path == STOCKS_PATH
        entries = body["stocks"] if stocks else body["prices"]
        self.arrivals.append((request.path, now, [e["offer_id"] for e in entries]))
        rows = []
        for entry in entries:
            offer = entry["offer_id"]
            times = self.applied.setdefault(offer, [])
            if stocks:
                too_soon = bool(times) and now - times[-1] < self.pair_window
            else:
                too_soon = sum(1 for t in times if now - t < self.hour) >= 10
            if too_soon:
                self.refused.append(offer)
                errors = [{"code": "TOO_MANY_REQUESTS", "message": "updated too frequently"}]
            else:
                times.append(now)
                errors = []
            row = {"offer_id": offer, "product_id": 0, "updated": not errors, "errors": errors}
            rows.append({**row, "warehouse_id": entry["warehouse_id"]} if stocks else row)
        if self.drops:
            self.drops -= 1
            assert request.transport is not None
            request.transport.close()  # applied, and the answer is lost
            return web.Response()
        return web.json_response({"result": rows})


@pytest.fixture
async def lossy() -> AsyncIterator[tuple[LossyOzon, str]]:
    server = LossyOzon()
    app = web.Application()
    app.router.add_post(STOCKS_PATH, server.handle)
    app.router.add_post(PRICES_PATH, server.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield server, f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


def lossy_client(url: str) -> OzonClient:
    return OzonClient(client_id="c", api_key="k", base_url=url, time_scale=SCALE, retry=FAST_RETRY)


async def test_a_stock_request_whose_answer_was_lost_is_resent_when_its_pairs_are_due(
    lossy: tuple[LossyOzon, str],
) -> None:
    server, url = lossy
    server.drops = 1
    async with lossy_client(url) as ozon:
        result = accounted(await ozon.update_stocks([stock(f"A{i}") for i in range(50)]))
    assert result.ok and result.succeeded == 50 and server.refused == []
    (_, first, _), (_, resent, offers) = server.arrivals
    assert resent - first >= server.pair_window and len(offers) == 50
    assert (result.requests, result.retries) == (2, 1)


async def test_a_pair_whose_answers_are_always_lost_ends_outcome_unknown_never_failed(
    lossy: tuple[LossyOzon, str],
) -> None:
    server, url = lossy
    server.drops = 100
    async with lossy_client(url) as ozon:
        held = accounted(await ozon.update_stocks([stock("A")]))
        not_held = accounted(await ozon.update_stocks([stock("B")], hold=False))
    assert server.refused == []  # never resent within a pair's 30 s
    times = [at for _, at, offers in server.arrivals if offers == ["A"]]
    assert len(times) == FAST_RETRY.max_attempts
    assert all(b - a >= server.pair_window for a, b in itertools.pairwise(times))
    for result in (held, not_held):
        (failure,) = result.failed
        assert failure.reason is FailureReason.OUTCOME_UNKNOWN and "applied" in failure.message
    assert [offers for _, _, offers in server.arrivals].count(["B"]) == 1  # hold=False: not resent


async def test_a_lost_price_answer_counts_as_one_of_the_products_10_an_hour(
    lossy: tuple[LossyOzon, str],
) -> None:
    server, url = lossy
    async with lossy_client(url) as ozon:
        for i in range(9):
            assert (await ozon.update_prices([price("P", str(100 + i))])).ok
        server.drops = 1
        tenth = accounted(await ozon.update_prices([price("P", "200"), price("Q", "5")]))
    assert len(server.applied["P"]) == 10 and server.refused == []  # no 11th update sent
    assert tenth.succeeded == 1
    by_offer = {f.item.offer_id: f.reason for f in tenth.failed}
    assert by_offer == {"P": FailureReason.OUTCOME_UNKNOWN}  # Q had updates left: resent, confirmed
    assert len(server.applied["Q"]) == 2
