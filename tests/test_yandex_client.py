"""YandexMarketClient against an in-memory transport, on a virtual clock (looptime).

The fake transport stands where aiohttp would (the seam of ``ClientPool.transport``): it records
every request with its loop time and answers from a handler. Every body the client builds is
checked against the vendored OpenAPI schema, and every bulk result against its invariant.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import formatdate
from typing import Any

import msgspec
import pytest
from multidict import CIMultiDict, CIMultiDictProxy
from yandex_schema import validate_yandex_request

from marketplace_async import (
    ApiError,
    AuthError,
    BatchOutcome,
    BulkResult,
    ClientPool,
    FailureReason,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ValidationError,
    YandexMarketClient,
)
from marketplace_async._transport import AmbiguousError, Response
from marketplace_async._yandex import models as m
from marketplace_async._yandex.client import OAUTH_SCHEME
from marketplace_async._yandex.dialect import DIGITAL_CODES_DEADLINE, YandexDialect, parse_until

API_KEY = "ACMA:secret-api-key-0123456789:deadbeef"
OAUTH = "y0_oauth-secret-token-9876543210"
BASE = "https://api.partner.market.yandex.ru"
CAMPAIGN, BUSINESS, ORDER = 21_000_001, 7_000_002, 55_000_003

# Operation of each path, to validate bodies by the operation the request went to.
PATH_OPS = [
    ("PUT", r"/v2/campaigns/\d+/offers/stocks", "updateStocks"),
    ("POST", r"/v3/businesses/\d+/offers/stocks/update", "updateStocksOnPartnerWarehouses"),
    ("POST", r"/v2/campaigns/\d+/offer-prices/updates", "updatePrices"),
    ("POST", r"/v2/businesses/\d+/offer-prices/updates", "updateBusinessPrices"),
    ("POST", r"/v2/campaigns/\d+/orders/\d+/deliverDigitalGoods", "provideOrderDigitalCodes"),
]


@dataclass
class Seen:
    at: float
    method: str
    path: str
    headers: dict[str, str]
    params: dict[str, list[str]]
    body: Any


def response(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> Response:
    payload = msgspec.json.encode({"status": "OK"} if body is None else body)
    return Response(status, CIMultiDictProxy(CIMultiDict(headers or {})), payload)


def error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return response(status, {"status": "ERROR", "errors": [{"code": code, "message": message}]}, headers)


Handler = Callable[[Seen], Response]


@dataclass
class FakeTransport:
    """Records requests; ``handler`` answers (or raises a transport error)."""

    handler: Handler = field(default=lambda seen: response())
    seen: list[Seen] = field(default_factory=list)
    latency: float = 0.0
    in_flight: dict[str, int] = field(default_factory=dict)
    peak: dict[str, int] = field(default_factory=dict)
    closed: bool = False

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: Any,
        body: bytes | None,
        params: Any = None,
        attempt_timeout: float,
    ) -> Response:
        assert url.startswith(BASE)
        path = url[len(BASE) :]
        scope = "/".join(path.split("/")[2:4])  # "campaigns/42" or "businesses/7"
        decoded = msgspec.json.decode(body) if body else None
        query = {k: params.getall(k) for k in params} if params is not None else {}
        seen = Seen(asyncio.get_running_loop().time(), method, path, dict(headers), query, decoded)
        self.seen.append(seen)
        self.in_flight[scope] = self.in_flight.get(scope, 0) + 1
        self.peak[scope] = max(self.peak.get(scope, 0), self.in_flight[scope])
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            return self.handler(seen)
        finally:
            self.in_flight[scope] -= 1

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
def fake() -> FakeTransport:
    return FakeTransport()


@pytest.fixture
async def ym(fake: FakeTransport) -> Any:
    async with client(fake) as c:
        yield c


@contextlib.asynccontextmanager
async def client(fake: FakeTransport, **kw: Any) -> AsyncIterator[YandexMarketClient]:
    """A client on a pool that sends through ``fake``; no jitter margin, fast backoff."""
    kw.setdefault("api_key", API_KEY)
    kw.setdefault("retry", RetryPolicy(backoff_initial=0.01, backoff_max=0.05))
    async with ClientPool(jitter_margin=0.0) as pool:
        pool.transport = fake  # type: ignore[assignment]
        async with YandexMarketClient(base_url=BASE, pool=pool, **kw) as c:
            yield c


def check(result: BulkResult) -> BulkResult:
    """The invariant of every bulk result."""
    assert result.received == result.succeeded + len(result.failed) + result.coalesced, result
    return result


def op_of(seen: Seen) -> str:
    return next(
        op for method, path, op in PATH_OPS if seen.method == method and re.fullmatch(path, seen.path)
    )


def validate_all(fake: FakeTransport) -> None:
    assert fake.seen
    for seen in fake.seen:
        validate_yandex_request(op_of(seen), seen.body)


def until(seconds: int) -> str:
    """An ``X-RateLimit-Resource-Until`` date ``seconds`` (whole) after the current wall-clock second."""
    return formatdate(math.floor(time.time()) + seconds, usegmt=True)


def stock_skus(fake: FakeTransport) -> list[str]:
    return [s["sku"] for seen in fake.seen if seen.method == "PUT" for s in seen.body["skus"]]


# --- construction, auth, secrets -----------------------------------------------------------------


async def test_api_key_and_oauth_headers() -> None:
    fake = FakeTransport()
    async with client(fake) as ym:
        await ym.call("getCampaign", path={"campaignId": 42})
    async with client(fake, api_key=None, oauth_token=OAUTH) as ym:
        await ym.call("getCampaign", path={"campaignId": 42})
    api, oauth = fake.seen
    assert api.headers["Api-Key"] == API_KEY and "Authorization" not in api.headers
    assert oauth.headers["Authorization"] == f"{OAUTH_SCHEME} {OAUTH}" and "Api-Key" not in oauth.headers
    assert OAUTH_SCHEME == "Bearer"
    assert api.headers["Content-Type"] == "application/json"
    assert (api.method, api.path) == ("GET", "/v2/campaigns/42")


@pytest.mark.parametrize(
    "kw", [{}, {"api_key": "a", "oauth_token": "b"}, {"api_key": ""}, {"oauth_token": "  "}]
)
def test_exactly_one_credential(kw: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        YandexMarketClient(**kw)


async def test_secrets_absent_from_repr_logs_and_errors(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeTransport(handler=lambda seen: error(403, "FORBIDDEN", "Access denied"))
    caplog.set_level(logging.DEBUG)
    async with client(fake, retry=RetryPolicy(max_attempts=1)) as ym:
        texts = [repr(ym), repr(ym._engine), repr(ym.pool), str(vars(ym.pool.scheduler))]
        with pytest.raises(AuthError) as info:
            await ym.call("getCampaigns")
        texts += [str(info.value), repr(info.value)]
        with pytest.raises(AuthError) as bulk:
            await ym.update_stocks(CAMPAIGN, [{"sku": "S1", "count": 1}])
        result = bulk.value.result
        assert result is not None
        texts += [repr(result), *(str(f) for f in result.failed), *(str(f.error) for f in result.failed)]
        texts += list(ym.pool.scheduler._lanes)  # lane and bucket keys
    texts += [r.getMessage() for r in caplog.records]
    assert caplog.records, "the engine logs at DEBUG"
    for text in texts:
        assert API_KEY not in text and "secret-api-key" not in text, text
    assert any(key.startswith("yandex:t") for key in texts), "getCampaigns is scoped per token"


# --- updateStocks ------------------------------------------------------------------------------


@pytest.mark.looptime
async def test_stocks_split_500_and_every_sku_once(ym: YandexMarketClient, fake: FakeTransport) -> None:
    items = [{"sku": f"SKU-{i}", "count": i} for i in range(1234)]
    result = check(await ym.update_stocks(CAMPAIGN, items))
    assert sorted(len(seen.body["skus"]) for seen in fake.seen) == [234, 500, 500]
    assert sorted(stock_skus(fake)) == sorted(f"SKU-{i}" for i in range(1234))
    assert (result.succeeded, result.requests, result.ok) == (1234, 3, True)
    validate_all(fake)
    seen = fake.seen[0]
    assert (seen.method, seen.path) == ("PUT", f"/v2/campaigns/{CAMPAIGN}/offers/stocks")
    entry = seen.body["skus"][0]
    assert set(entry) == {"sku", "items"} and set(entry["items"][0]) == {"count", "updatedAt"}


@pytest.mark.looptime
async def test_stocks_default_updated_at_is_now_utc(ym: YandexMarketClient, fake: FakeTransport) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    given = datetime(2026, 7, 1, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    await ym.update_stocks(
        CAMPAIGN, [{"sku": "A", "count": 1}, {"sku": "B", "count": 2, "updated_at": given}]
    )
    stamps = {s["sku"]: datetime.fromisoformat(s["items"][0]["updatedAt"]) for s in fake.seen[0].body["skus"]}
    assert stamps["A"].utcoffset() == timedelta(0) and before <= stamps["A"] <= datetime.now(UTC)
    assert stamps["B"] == given
    fake.seen.clear()
    await ym.update_stocks(CAMPAIGN, [{"sku": "A", "count": 1}], updated_at="2026-07-01T09:00:00+00:00")
    assert fake.seen[0].body["skus"][0]["items"][0]["updatedAt"] == "2026-07-01T09:00:00Z"


@pytest.mark.looptime
async def test_stocks_same_sku_last_value_wins(ym: YandexMarketClient, fake: FakeTransport) -> None:
    items = [
        {"sku": "A", "count": 1},
        {"sku": " B ", "count": 2},
        {"sku": "A", "count": 3},
        {"sku": "B", "count": 4},
    ]
    result = check(await ym.update_stocks(CAMPAIGN, items))
    sent = {s["sku"]: s["items"][0]["count"] for s in fake.seen[0].body["skus"]}
    assert sent == {"A": 3, "B": 4} and len(fake.seen[0].body["skus"]) == 2
    assert (result.received, result.succeeded, result.coalesced) == (4, 2, 2)


@pytest.mark.looptime
async def test_stocks_legacy_shape_only_with_a_warehouse(ym: YandexMarketClient, fake: FakeTransport) -> None:
    await ym.update_stocks(CAMPAIGN, [{"sku": "A", "count": 1}], warehouse_id=555)
    entry = fake.seen[0].body["skus"][0]
    assert entry["warehouseId"] == 555 and entry["items"][0]["type"] == "FIT"
    assert "updatedAt" in entry["items"][0]
    await ym.update_stocks(CAMPAIGN, [{"sku": "A", "count": 1}])
    entry = fake.seen[1].body["skus"][0]
    assert "warehouseId" not in entry and "type" not in entry["items"][0]
    validate_all(fake)


@pytest.mark.looptime
async def test_stocks_accept_models_and_camel_case(ym: YandexMarketClient, fake: FakeTransport) -> None:
    at = datetime(2026, 7, 1, tzinfo=UTC)
    items: list[Any] = [
        m.SkuStock(sku="M1", items=[m.StockItem(count=7, updated_at=at)]),
        {"sku": "D1", "count": 8, "updatedAt": "2026-07-01T00:00:00Z"},
    ]
    check(await ym.update_stocks(CAMPAIGN, items))
    body = fake.seen[0].body["skus"]
    assert [(s["sku"], s["items"][0]["count"], s["items"][0]["updatedAt"]) for s in body] == [
        ("M1", 7, "2026-07-01T00:00:00Z"),
        ("D1", 8, "2026-07-01T00:00:00Z"),
    ]


@pytest.mark.parametrize(
    ("item", "field", "code"),
    [
        ({"sku": "A", "count": -1}, "count", "RANGE"),
        ({"sku": "A", "count": 2_000_000_001}, "count", "RANGE"),
        ({"sku": "A", "count": 1.5}, "count", "PRECISION"),
        ({"sku": "A", "count": "٣"}, "count", "FORMAT"),
        ({"sku": "A"}, "count", "REQUIRED"),
        ({"sku": "   ", "count": 1}, "sku", "LENGTH"),
        ({"sku": "x" * 256, "count": 1}, "sku", "LENGTH"),
        ({"sku": "a\nb", "count": 1}, "sku", "FORMAT"),
        ({"sku": "A", "count": 1, "updated_at": "2026-07-01T00:00:00"}, "updated_at", "FORMAT"),
        ({"sku": "A", "stock": 1}, "stock", "UNKNOWN_FIELD"),
        ("A", None, "TYPE"),
    ],
)
async def test_stocks_list_validated_before_sending(
    ym: YandexMarketClient, fake: FakeTransport, item: Any, field: str | None, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        await ym.update_stocks(CAMPAIGN, [{"sku": "OK", "count": 1}, item])
    assert (info.value.item_index, info.value.field, info.value.code) == (1, field, code)
    assert "Expected `" not in str(info.value) and "Object " not in str(info.value)  # not msgspec's words
    assert fake.seen == []


async def test_stocks_sku_of_255_chars_after_trim_is_valid(
    ym: YandexMarketClient, fake: FakeTransport
) -> None:
    check(await ym.update_stocks(CAMPAIGN, [{"sku": "  " + "x" * 255 + " ", "count": 0}]))
    assert stock_skus(fake) == ["x" * 255]


@pytest.mark.looptime
async def test_stocks_stream_reports_bad_items_and_sends_the_rest(
    ym: YandexMarketClient, fake: FakeTransport
) -> None:
    async def stream() -> Any:
        for i in range(10):
            yield {"sku": f"S{i}", "count": -1 if i % 4 == 0 else i}

    result = check(await ym.update_stocks(CAMPAIGN, stream()))
    assert result.failures_by_reason() == {FailureReason.VALIDATION: 3}
    assert sorted(stock_skus(fake)) == sorted(f"S{i}" for i in range(10) if i % 4)


@pytest.mark.looptime
async def test_stocks_2000_override_keeps_body_under_512kb(fake: FakeTransport) -> None:
    async with client(fake, limits={"updateStocks": {"max_items": 2000}}) as ym:
        items = [{"sku": f"{i:06d}" + "x" * 249, "count": 2_000_000_000} for i in range(3000)]
        result = check(await ym.update_stocks(CAMPAIGN, items))
    sizes = [len(msgspec.json.encode(seen.body)) for seen in fake.seen]
    assert max(sizes) <= 512 * 1024 and len(fake.seen) == 2
    first = len(fake.seen[0].body["skus"])
    assert 500 < first < 2000  # the override lifted the cap to 2000, and the 512 KB body bound binds
    assert sorted(stock_skus(fake)) == sorted(i["sku"] for i in items) and result.succeeded == 3000


@pytest.mark.looptime
async def test_stocks_400_fails_the_request_items_with_the_api_code() -> None:
    def handler(seen: Seen) -> Response:
        if any(s["sku"] == "BAD" for s in seen.body["skus"]):
            return error(400, "BAD_REQUEST", "Duplicate shop-sku")
        return response()

    fake = FakeTransport(handler=handler)
    async with client(fake) as ym:
        items = [{"sku": "BAD", "count": 1}] + [{"sku": f"S{i}", "count": 1} for i in range(700)]
        result = check(await ym.update_stocks(CAMPAIGN, items))
    assert result.succeeded == 201 and len(result.failed) == 500
    assert {(f.reason, f.code) for f in result.failed} == {(FailureReason.API, "BAD_REQUEST")}
    assert "Duplicate shop-sku" in result.failed[0].message
    assert result.requests == 2  # a 400 is final: not retried


@pytest.mark.looptime
async def test_stocks_200_with_status_error_is_not_a_success() -> None:
    fake = FakeTransport(handler=lambda seen: error(200, "PARTIAL", "nothing applied"))
    async with client(fake) as ym:
        result = check(await ym.update_stocks(CAMPAIGN, [{"sku": "A", "count": 1}]))
    assert result.succeeded == 0 and result.failed[0].code == "PARTIAL"


@pytest.mark.looptime
async def test_auth_error_stops_the_upload(fake: FakeTransport) -> None:
    fake.handler = lambda seen: error(401, "UNAUTHORIZED", "Token is invalid")
    async with client(fake) as ym:
        with pytest.raises(AuthError) as caught:
            await ym.update_stocks(
                CAMPAIGN, [{"sku": f"S{i}", "count": 1} for i in range(5000)], concurrency=1
            )
    result = caught.value.result
    assert result is not None and check(result).received < 5000  # it stopped taking items
    assert len(fake.seen) == 1 and all(isinstance(f.error, AuthError) for f in result.failed)


@pytest.mark.looptime
async def test_bulk_callbacks_sync_and_async(ym: YandexMarketClient, fake: FakeTransport) -> None:
    got: list[BatchOutcome] = []

    async def collect(outcome: BatchOutcome) -> None:
        await asyncio.sleep(0)
        got.append(outcome)

    items = [{"sku": f"S{i}", "count": 1} for i in range(1100)]
    check(await ym.update_stocks(CAMPAIGN, items, on_batch=collect))
    assert sorted(len(o.succeeded) for o in got) == [100, 500, 500]
    sync: list[int] = []
    check(await ym.update_stocks(CAMPAIGN, items, on_batch=lambda o: sync.append(len(o.succeeded))))
    assert sum(sync) == 1100


@pytest.mark.looptime
async def test_stocks_rate_100k_skus_per_minute(ym: YandexMarketClient, fake: FakeTransport) -> None:
    items = [{"sku": f"S{i}", "count": 1} for i in range(250_000 // 50)]  # 5000 SKUs, scaled limit below
    async with client(fake, limits={"updateStocks": {"rates": _items_rate(1000)}}) as small:
        start = asyncio.get_running_loop().time()
        check(await small.update_stocks(CAMPAIGN, items))
    times = [seen.at - start for seen in fake.seen]
    # 1000 SKUs/min in 500s: two requests a minute, so 10 requests span at least 4 whole minutes.
    assert len(times) == 10 and times[-1] >= 240
    for t in times:
        assert sum(500 for u in times if t - 60 < u <= t) <= 1000


@pytest.mark.looptime
async def test_stocks_batches_never_outweigh_an_item_limit(fake: FakeTransport) -> None:
    async with client(fake, limits={"updateStocks": {"rates": _items_rate(300)}}) as ym:
        result = check(await ym.update_stocks(CAMPAIGN, [{"sku": f"S{i}", "count": 1} for i in range(700)]))
    assert result.ok and [len(seen.body["skus"]) for seen in fake.seen] == [300, 300, 100]


def _items_rate(amount: int) -> tuple[Any, ...]:
    from marketplace_async import Rate, Scope, Unit

    return (Rate(amount, 60.0, Unit.ITEMS, Scope.ENDPOINT),)


# --- updateStocksOnPartnerWarehouses -------------------------------------------------------------


@pytest.mark.looptime
async def test_stocks_v3_body_keys_and_split(ym: YandexMarketClient, fake: FakeTransport) -> None:
    items: list[Any] = [{"sku": f"S{i}", "warehouse_id": 1 + i % 2, "count": i} for i in range(2500)]
    items[10:10] = [
        {"sku": "S0", "partnerWarehouseId": 1, "count": 99},  # same pair as item 0, later: wins
        {"sku": "S0", "warehouse_id": 3, "count": 5},  # same SKU, another warehouse: a new pair
        m.SkuWarehouseStock(sku="M", partner_warehouse_id=9, count=1),
    ]
    result = check(await ym.update_stocks_v3(BUSINESS, items))
    assert [len(seen.body["skuItems"]) for seen in fake.seen] == [2000, 502]
    assert (result.coalesced, result.succeeded) == (1, 2502)
    validate_all(fake)
    pairs = [
        (s["sku"], s["partnerWarehouseId"], s["count"]) for seen in fake.seen for s in seen.body["skuItems"]
    ]
    assert ("S0", 1, 99) in pairs and ("S0", 1, 0) not in pairs and ("S0", 3, 5) in pairs
    assert fake.seen[0].path == f"/v3/businesses/{BUSINESS}/offers/stocks/update"
    assert all("updatedAt" in s for s in fake.seen[0].body["skuItems"])


async def test_stocks_v3_needs_a_partner_warehouse(ym: YandexMarketClient, fake: FakeTransport) -> None:
    with pytest.raises(ValidationError) as info:
        await ym.update_stocks_v3(BUSINESS, [{"sku": "A", "count": 1, "warehouse_id": 0}])
    assert info.value.field == "warehouse_id" and fake.seen == []


@pytest.mark.looptime
async def test_stocks_v3_50_requests_per_minute(fake: FakeTransport) -> None:
    async with client(fake, limits={"updateStocksOnPartnerWarehouses": {"max_items": 1}}) as ym:
        check(
            await ym.update_stocks_v3(
                BUSINESS, [{"sku": f"S{i}", "warehouse_id": 1, "count": 1} for i in range(120)]
            )
        )
    times = [seen.at for seen in fake.seen]
    assert len(times) == 120 and times[-1] - times[0] >= 120  # 120 requests at 50/min: past 2 minutes
    for t in times:
        assert sum(1 for u in times if t - 60 < u <= t) <= 50


# --- prices --------------------------------------------------------------------------------------


@pytest.mark.looptime
async def test_prices_bodies_snake_and_camel(ym: YandexMarketClient, fake: FakeTransport) -> None:
    snake = [
        {"offer_id": f"O{i}", "price": {"value": 1990, "currency_id": "RUR", "discount_base": 2490}}
        for i in range(2500)
    ]
    camel = [{"offerId": "C", "price": {"value": 10.5, "currencyId": "RUR", "vat": 14}}]
    result = check(await ym.update_prices(CAMPAIGN, snake + camel))
    assert [len(seen.body["offers"]) for seen in fake.seen] == [2000, 501]
    assert fake.seen[0].body["offers"][0] == {
        "offerId": "O0",
        "price": {"value": 1990, "currencyId": "RUR", "discountBase": 2490},
    }
    assert fake.seen[1].body["offers"][-1] == {
        "offerId": "C",
        "price": {"value": 10.5, "currencyId": "RUR", "vat": 14},
    }
    assert fake.seen[0].path == f"/v2/campaigns/{CAMPAIGN}/offer-prices/updates" and result.succeeded == 2501
    validate_all(fake)


@pytest.mark.looptime
async def test_business_prices_500_a_request(ym: YandexMarketClient, fake: FakeTransport) -> None:
    items: list[Any] = [
        {"offer_id": f"O{i}", "price": {"value": 100 + i, "currency_id": "RUR"}} for i in range(1200)
    ]
    model = m.BusinessOfferPrice(
        offer_id="O0", price=m.BusinessPrice(value=5.0, currency_id="RUR", minimum_for_bestseller=4.0)
    )
    items.insert(3, model)  # same offer as item 0, in the same request: replaces it
    result = check(await ym.update_business_prices(BUSINESS, items))
    assert [len(seen.body["offers"]) for seen in fake.seen] == [500, 500, 200]
    assert result.coalesced == 1 and result.succeeded == 1200
    o0 = [o for seen in fake.seen for o in seen.body["offers"] if o["offerId"] == "O0"]
    assert o0 == [
        {
            "offerId": "O0",
            "price": {"value": 5.0, "currencyId": "RUR", "minimumForBestseller": 4.0},
        }
    ]
    assert fake.seen[0].path == f"/v2/businesses/{BUSINESS}/offer-prices/updates"
    validate_all(fake)


@pytest.mark.parametrize(
    "price",
    [
        {"value": 0, "currency_id": "RUR"},
        {"value": -1, "currency_id": "RUR"},
        {"value": 1},
        {"value": 1, "currency_id": "rub"},
    ],
)
async def test_prices_validation(ym: YandexMarketClient, fake: FakeTransport, price: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        await ym.update_prices(CAMPAIGN, [{"offer_id": "A", "price": price}])
    with pytest.raises(ValidationError):
        await ym.update_business_prices(BUSINESS, [{"offer_id": "A", "price": price}])
    assert fake.seen == []


@pytest.mark.looptime
async def test_prices_12_in_parallel_but_4_per_campaign(fake: FakeTransport) -> None:
    fake.latency = 1.0
    async with client(fake, limits={"updatePrices": {"max_items": 1}}) as ym:
        items = [{"offer_id": f"O{i}", "price": {"value": 1, "currency_id": "RUR"}} for i in range(40)]
        await asyncio.gather(
            ym.update_prices(CAMPAIGN, items, concurrency=12),
            ym.update_prices(CAMPAIGN + 1, items, concurrency=12),
        )
    # The global cap (4 in flight) is per campaign, and binds before updatePrices' own 12.
    assert fake.peak == {f"campaigns/{CAMPAIGN}": 4, f"campaigns/{CAMPAIGN + 1}": 4}


# --- deliverDigitalGoods -------------------------------------------------------------------------


def digital(id_: int, codes: list[str], **kw: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "codes": codes,
        "slip": "<p>Activate at example.com</p>",
        "activate_till": "2026-12-31",
        **kw,
    }


@pytest.mark.looptime
async def test_digital_12000_codes_three_items_one_request(
    ym: YandexMarketClient, fake: FakeTransport
) -> None:
    codes = [f"KEY-{i:08d}" for i in range(12_000)]
    result = check(await ym.deliver_digital_goods(CAMPAIGN, ORDER, [digital(1, codes), digital(2, ["K2"])]))
    assert len(fake.seen) == 1 and result.requests == 1
    sent = fake.seen[0].body["items"]
    assert [(i["id"], len(i["codes"])) for i in sent] == [(1, 5000), (1, 5000), (1, 2000), (2, 1)]
    assert [c for i in sent if i["id"] == 1 for c in i["codes"]] == codes  # each key once, in order
    assert fake.seen[0].path == f"/v2/campaigns/{CAMPAIGN}/orders/{ORDER}/deliverDigitalGoods"
    assert (result.received, result.succeeded) == (2, 2)
    assert all("code" not in i for i in sent)
    validate_all(fake)


async def test_digital_more_than_100_items_refused_before_sending(
    ym: YandexMarketClient, fake: FakeTransport
) -> None:
    items = [digital(1, [f"A{i}" for i in range(5001)])] + [digital(n, [f"K{n}"]) for n in range(2, 101)]
    with pytest.raises(ValidationError) as info:
        await ym.deliver_digital_goods(CAMPAIGN, ORDER, items)  # 2 + 99 = 101 items after splitting
    assert info.value.rule == "max_items" and fake.seen == []
    check(await ym.deliver_digital_goods(CAMPAIGN, ORDER, items[:-1]))  # 100 items fit
    assert len(fake.seen[0].body["items"]) == 100


@pytest.mark.parametrize(
    ("items", "rule"),
    [
        ([digital(1, ["DUP-SECRET", "B"]), digital(2, ["DUP-SECRET"])], "unique"),
        ([digital(1, ["A"], code="B")], None),
        ([{"id": 1, "slip": "s", "activate_till": "2026-12-31"}], None),
        ([digital(1, [])], None),
        ([digital(1, ["x" * 257])], None),
        ([digital(1, [""])], None),
        ([digital(1, ["A"], slip="s" * 10_001)], None),
        ([digital(1, ["A"], activate_till="31.12.2026")], None),
        ([], "min_items"),
    ],
)
async def test_digital_validation(
    ym: YandexMarketClient, fake: FakeTransport, items: list[Any], rule: str | None
) -> None:
    with pytest.raises(ValidationError) as info:
        await ym.deliver_digital_goods(CAMPAIGN, ORDER, items)
    if rule is not None:
        assert info.value.rule == rule
    assert "DUP-SECRET" not in str(info.value)  # keys are the buyer's secrets
    assert fake.seen == []


async def test_digital_body_over_512kb_refused(ym: YandexMarketClient, fake: FakeTransport) -> None:
    codes = [f"{i:06d}" + "k" * 250 for i in range(2100)]  # ~540 KB of keys
    with pytest.raises(ValidationError) as info:
        await ym.deliver_digital_goods(CAMPAIGN, ORDER, [digital(1, codes)])
    assert info.value.rule == "max_body_bytes" and fake.seen == []


@pytest.mark.looptime
async def test_digital_accepts_code_date_and_model(ym: YandexMarketClient, fake: FakeTransport) -> None:
    items: list[Any] = [
        {"id": 1, "code": "ONE", "slip": "s", "activate_till": date(2027, 1, 31)},
        m.DigitalItem(id=2, codes=["TWO"], slip="s", activate_till=date(2027, 2, 1)),
    ]
    check(await ym.deliver_digital_goods(CAMPAIGN, ORDER, items))
    assert fake.seen[0].body["items"] == [
        {"id": 1, "codes": ["ONE"], "slip": "s", "activate_till": "2027-01-31"},
        {"id": 2, "codes": ["TWO"], "slip": "s", "activate_till": "2027-02-01"},
    ]
    validate_all(fake)


@pytest.mark.looptime
@pytest.mark.parametrize("failure", ["dropped", "500"])
async def test_digital_never_resent_after_an_ambiguous_failure(fake: FakeTransport, failure: str) -> None:
    def handler(seen: Seen) -> Response:
        if failure == "500":
            return error(500, "INTERNAL_ERROR", "oops")
        raise AmbiguousError(f"POST {BASE}: ServerDisconnectedError")

    fake.handler = handler
    async with client(fake) as ym:
        result = check(
            await ym.deliver_digital_goods(CAMPAIGN, ORDER, [digital(1, ["A"]), digital(2, ["B"])])
        )
    assert len(fake.seen) == 1 and result.requests == 1
    assert result.failures_by_reason() == {FailureReason.OUTCOME_UNKNOWN: 2}


@pytest.mark.looptime
async def test_digital_resent_after_420_since_the_server_refused_it(fake: FakeTransport) -> None:
    answers = iter([error(420, "LIMIT", "Hit rate limit of 6 parallel requests"), response()])
    fake.handler = lambda seen: next(answers)
    async with client(fake) as ym:
        result = check(await ym.deliver_digital_goods(CAMPAIGN, ORDER, [digital(1, ["A"])]))
    assert len(fake.seen) == 2 and result.ok and result.retries == 1


@pytest.mark.looptime
async def test_digital_late_keys_error_names_the_30_minute_rule(fake: FakeTransport) -> None:
    fake.handler = lambda seen: error(400, "BAD_REQUEST", "Order 55000003 has invalid status DELIVERY")
    async with client(fake) as ym:
        result = check(await ym.deliver_digital_goods(CAMPAIGN, ORDER, [digital(1, ["A"])]))
    failure = result.failed[0]
    assert failure.reason is FailureReason.API and failure.code == "BAD_REQUEST"
    assert DIGITAL_CODES_DEADLINE in failure.message and "30 minutes" in failure.message
    assert "30 minutes" in (YandexMarketClient.deliver_digital_goods.__doc__ or "")


# --- 420, 429 and the rate-limit headers ---------------------------------------------------------


@pytest.mark.looptime
async def test_420_retry_after_from_until(fake: FakeTransport) -> None:
    fake.handler = lambda seen: error(
        420, "LIMIT", "Hit rate limit of 5000 requests per 1 hour", {"X-RateLimit-Resource-Until": until(30)}
    )
    async with client(fake, retry=RetryPolicy(max_attempts=1)) as ym:
        with pytest.raises(RateLimitError) as info:
            await ym.call("getCampaign", path={"campaignId": 1})
    assert info.value.status == 420 and info.value.code == "LIMIT"
    assert info.value.retry_after is not None and 28.5 < info.value.retry_after <= 30


@pytest.mark.looptime
@pytest.mark.parametrize("status", [420, 429])
async def test_420_pauses_the_endpoint_then_recovers(fake: FakeTransport, status: int) -> None:
    refused: list[int] = []

    def handler(seen: Seen) -> Response:
        if not refused:
            refused.append(len(fake.seen))
            return error(status, "LIMIT", "Hit rate limit", {"X-RateLimit-Resource-Until": until(30)})
        return response()

    fake.handler = handler
    async with client(fake, limits={"updateStocks": {"max_items": 10}}) as ym:
        other = asyncio.create_task(_later(5, ym.call("getCampaign", path={"campaignId": CAMPAIGN})))
        result = check(await ym.update_stocks(CAMPAIGN, [{"sku": f"S{i}", "count": 1} for i in range(40)]))
        await other
    assert result.ok and result.retries == 1
    assert sorted(stock_skus(fake)) == sorted([f"S{i}" for i in range(40)] + [f"S{i}" for i in range(10)])
    t0 = fake.seen[0].at
    stocks_after = [s.at - t0 for s in fake.seen[1:] if s.method == "PUT"]
    assert min(stocks_after) >= 29, "the paused endpoint sent nothing before Until"
    campaign_call = next(s for s in fake.seen if s.method == "GET")
    assert campaign_call.at - t0 < 10, "another endpoint of the campaign is not paused"


async def _later(delay: float, coro: Any) -> Any:
    await asyncio.sleep(delay)
    return await coro


@pytest.mark.looptime
async def test_parallel_420_gets_a_short_backoff(fake: FakeTransport) -> None:
    answers = iter(
        [
            error(
                420,
                "LIMIT",
                "Hit rate limit of 4 parallel requests for campaign",
                {"X-RateLimit-Resource-Until": until(600)},
            ),
            response(),
        ]
    )
    fake.handler = lambda seen: next(answers)
    async with client(fake, retry=RetryPolicy()) as ym:
        await ym.call("getCampaign", path={"campaignId": 1})
    assert len(fake.seen) == 2 and fake.seen[1].at - fake.seen[0].at < 1.0


@pytest.mark.looptime
async def test_remaining_zero_holds_the_next_request_until_until(fake: FakeTransport) -> None:
    headers = iter([{"X-RateLimit-Resource-Remaining": "0", "X-RateLimit-Resource-Until": until(20)}, {}, {}])
    fake.handler = lambda seen: response(headers=next(headers))
    async with client(fake) as ym:
        for _ in range(3):
            await ym.call("getCampaign", path={"campaignId": 1})
    t = [s.at for s in fake.seen]
    assert 19 <= t[1] - t[0] <= 21, "the server said nothing is left until Until"
    assert t[2] - t[1] < 1


@pytest.mark.looptime
async def test_remaining_tightens_an_item_bucket(fake: FakeTransport) -> None:
    # The server has counted 99,500 SKUs this minute (another process): 500 left, not 100,000.
    first = {"X-RateLimit-Resource-Remaining": "500", "X-RateLimit-Resource-Until": until(40)}
    answers = iter([response(headers=first)])
    fake.handler = lambda seen: next(answers, response())
    async with client(fake) as ym:
        check(
            await ym.update_stocks(
                CAMPAIGN, [{"sku": f"S{i}", "count": 1} for i in range(1500)], concurrency=1
            )
        )
    t = [s.at - fake.seen[0].at for s in fake.seen]
    assert len(t) == 3 and t[1] < 1, "the 500 the server had left were used at once"
    # Until has one-second resolution and is read a moment after it was written: 39 s less that moment.
    assert t[2] >= 38.5, "then nothing was left until Until"


async def test_remaining_above_ours_changes_nothing(fake: FakeTransport) -> None:
    fake.handler = lambda seen: response(
        headers={"X-RateLimit-Resource-Remaining": "4999", "X-RateLimit-Resource-Until": until(3000)}
    )
    async with client(fake) as ym:
        for _ in range(5):
            await ym.call("getCampaign", path={"campaignId": 1})
    assert fake.seen[-1].at - fake.seen[0].at < 1


def test_parse_until() -> None:
    now = 1_790_000_000.0
    assert parse_until(formatdate(now + 12, usegmt=True), now) == 12
    assert parse_until("Thu, 01 Jan 2026 03:00:00 +0300", 1_767_225_600.0) == 0
    for bad in (None, "", "soon", "2026-01-01T00:00:00"):
        assert parse_until(bad, now) is None


def test_retry_after_past_until_falls_back_to_backoff() -> None:
    dialect = YandexDialect(clock=lambda: 2_000_000_000.0)
    past = error(420, "LIMIT", "x", {"X-RateLimit-Resource-Until": formatdate(1_999_999_990, usegmt=True)})
    assert dialect.retry_after(past) is None
    future = error(420, "LIMIT", "x", {"X-RateLimit-Resource-Until": formatdate(2_000_000_007, usegmt=True)})
    assert dialect.retry_after(future) == 7


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.looptime
async def test_error_mapping(fake: FakeTransport) -> None:
    answers = {
        "400": error(400, "BAD_REQUEST", "Bad campaign"),
        "403": error(403, "FORBIDDEN", "No role"),
        "404": response(404, b"<html>not found</html>"),
        "500": error(500, "INTERNAL_ERROR", "oops"),
    }
    fake.handler = lambda seen: answers[seen.params["case"][0]]
    async with client(fake) as ym:
        with pytest.raises(ApiError) as api:
            await ym.call("getCampaigns", query={"case": "400"})
        with pytest.raises(AuthError) as auth:
            await ym.call("getCampaigns", query={"case": "403"})
        with pytest.raises(ApiError) as html:
            await ym.call("getCampaigns", query={"case": "404"})
        with pytest.raises(ServerError):
            await ym.call("getCampaigns", query={"case": "500"})
    assert (api.value.status, api.value.code, api.value.message) == (400, "BAD_REQUEST", "Bad campaign")
    assert api.value.details == [{"code": "BAD_REQUEST", "message": "Bad campaign"}]
    assert api.value.endpoint == "getCampaigns" and auth.value.code == "FORBIDDEN"
    assert "<html>" not in str(html.value)
    assert len([s for s in fake.seen if s.params["case"] == ["500"]]) == RetryPolicy().max_attempts


# --- call() and paginate() -----------------------------------------------------------------------


@pytest.mark.looptime
async def test_call_paths_methods_query_and_body(ym: YandexMarketClient, fake: FakeTransport) -> None:
    fake.handler = lambda seen: response(body={"status": "OK", "result": {"ok": True}})
    got = await ym.call("getCampaign", path={"campaign_id": 42})
    assert got == {"status": "OK", "result": {"ok": True}}
    await ym.call(
        "getBusinessOrders",
        path={"businessId": 7},
        query={"limit": 50, "flag": True, "ids": [1, 2]},
        body={"orderIds": [1]},
    )
    assert [(s.method, s.path) for s in fake.seen] == [
        ("GET", "/v2/campaigns/42"),
        ("POST", "/v1/businesses/7/orders"),
    ]
    assert fake.seen[1].params == {"limit": ["50"], "flag": ["true"], "ids": ["1", "2"]}
    assert fake.seen[1].body == {"orderIds": [1]}


async def test_call_refuses_bad_paths_and_operations(ym: YandexMarketClient, fake: FakeTransport) -> None:
    with pytest.raises(ValidationError, match="missing"):
        await ym.call("getCampaign")
    with pytest.raises(ValidationError, match="no path parameters"):
        await ym.call("getCampaign", path={"campaignId": 1, "orderId": 2})
    with pytest.raises(ValidationError, match="no operation"):
        await ym.call("noSuchOperation")
    assert fake.seen == []


@pytest.mark.looptime
async def test_call_returns_bytes_for_non_json(ym: YandexMarketClient, fake: FakeTransport) -> None:
    fake.handler = lambda seen: Response(200, CIMultiDictProxy(CIMultiDict()), b"%PDF-1.4 ...")
    assert await ym.call("generateOrderLabels", path={"campaignId": 1, "orderId": 2}) == b"%PDF-1.4 ..."


async def test_call_warns_on_deprecated_operations(ym: YandexMarketClient, fake: FakeTransport) -> None:
    with pytest.warns(DeprecationWarning, match="getBusinessOrders"):
        await ym.call("getOrder", path={"campaignId": 1, "orderId": 2})
    assert len(fake.seen) == 1


@pytest.mark.looptime
async def test_call_charges_items_of_the_counted_field(fake: FakeTransport) -> None:
    async with client(fake, limits={"updateStocks": {"rates": _items_rate(1000)}}) as ym:
        body = {"skus": [{"sku": f"S{i}", "items": [{"count": 1}]} for i in range(400)]}
        for _ in range(3):
            await ym.call("updateStocks", path={"campaignId": 1}, body=body)
        lane = ym._engine.lane(ym.limits.endpoint("updateStocks"), "c1")
        backend = ym.pool.scheduler.backend
        assert backend.usage(lane.uses[0].bucket) == 400  # type: ignore[attr-defined]
    t = [s.at - fake.seen[0].at for s in fake.seen]
    assert t[1] < 1 and t[2] >= 60, "1200 SKUs do not fit 1000 a minute: the third call waits"


@pytest.mark.looptime
async def test_paginate_follows_next_page_token(ym: YandexMarketClient, fake: FakeTransport) -> None:
    pages = {None: "p2", "p2": "p3", "p3": None}

    def handler(seen: Seen) -> Response:
        token = seen.params.get("page_token", [None])[0]
        nxt = pages[token]
        paging = {"nextPageToken": nxt} if nxt else {}
        return response(body={"result": {"paging": paging, "offers": [token]}})

    fake.handler = handler
    got = [
        page
        async for page in ym.paginate("getOfferMappings", path={"businessId": 7}, query={"limit": 2}, body={})
    ]
    assert [p["result"]["offers"] for p in got] == [[None], ["p2"], ["p3"]]
    assert all(s.params["limit"] == ["2"] for s in fake.seen)
    with pytest.raises(ValidationError):
        [p async for p in ym.paginate("getCampaign", path={"campaignId": 1})]


@pytest.mark.looptime
async def test_paginate_stops_on_a_repeated_token(ym: YandexMarketClient, fake: FakeTransport) -> None:
    fake.handler = lambda seen: response(body={"paging": {"nextPageToken": "same"}})
    with pytest.raises(ApiError, match="already visited"):
        [p async for p in ym.paginate("getCampaigns")]
    assert len(fake.seen) == 2
