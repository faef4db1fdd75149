"""OzonClient at the transport seam: wire format, batching, per-item rules, paging, errors, secrets.

A :class:`FakeOzon` replaces the pool's transport: it records every request (method, raw path,
headers, decoded body, loop time) and answers from per-path handlers, with no sockets, so the
tests run on looptime's virtual clock and never wait for a documented 30 s or hour. Every body
sent to a bulk or digital method is validated against the vendored swagger as it is recorded.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import pytest
from multidict import CIMultiDict, CIMultiDictProxy
from ozon_schema import validate_ozon_request

from marketplace_async import (
    ApiError,
    AuthError,
    BatchOutcome,
    BulkResult,
    ClientPool,
    FailureReason,
    OutcomeUnknownError,
    OzonClient,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ValidationError,
)
from marketplace_async._ozon.client import account_fingerprint
from marketplace_async._ozon.dialect import parse_retry_after
from marketplace_async._ozon.models import PriceItem, StockItem
from marketplace_async._transport import AmbiguousError, Response

CLIENT_ID = "cid-7Qx-SECRET-4411"
API_KEY = "key-9Zp-SECRET-VALUE-0042"
STOCKS = "/v2/products/stocks"
PRICES = "/v1/product/import/prices"
DIGITAL_STOCKS = "/v1/product/digital/stocks/import"
CODES = "/v1/posting/digital/codes/upload"
LIST_V1 = "/v1/posting/digital/list"
LIST_V2 = "/v2/posting/digital/list"
LEGACY = "/v1/product/upload_digital_codes"
LEGACY_INFO = "/v1/product/upload_digital_codes/info"
# Bodies of these are checked against the swagger (v2/posting/digital/list is newer than it).
VALIDATED = {STOCKS, PRICES, DIGITAL_STOCKS, CODES, LIST_V1}
FAST_RETRY = RetryPolicy(max_attempts=3, backoff_initial=0.01, backoff_max=0.05)


@dataclass
class Sent:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    at: float


Reply = tuple[int, Any] | tuple[int, Any, dict[str, str]] | BaseException
Handler = Callable[[Sent], Reply | Awaitable[Reply]]


def _echo_stocks(sent: Sent) -> Reply:
    rows = [
        {
            "offer_id": s.get("offer_id", ""),
            "product_id": s.get("product_id", 0),
            "warehouse_id": s["warehouse_id"],
            "updated": True,
            "errors": [],
        }
        for s in sent.body["stocks"]
    ]
    return 200, {"result": rows}


def _echo_prices(sent: Sent) -> Reply:
    rows = [
        {
            "offer_id": p.get("offer_id", ""),
            "product_id": p.get("product_id", 0),
            "updated": True,
            "errors": [],
        }
        for p in sent.body["prices"]
    ]
    return 200, {"result": rows}


def _echo_digital(sent: Sent) -> Reply:
    rows = [{"offer_id": s["offer_id"], "updated": True, "errors": []} for s in sent.body["stocks"]]
    return 200, {"status": rows}


def _echo_codes(sent: Sent) -> Reply:
    rows = [
        {"sku": e["sku"], "received_qty": e["exemplar_qty"], "rejected_qty": 0, "failed_exemplars": []}
        for e in sent.body["exemplars_by_sku"]
    ]
    return 200, {"exemplars_by_sku": rows}


class FakeOzon:
    """The transport seam: records each request and answers from per-path handlers."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self.routes: dict[str, Handler] = {
            STOCKS: _echo_stocks,
            PRICES: _echo_prices,
            DIGITAL_STOCKS: _echo_digital,
            CODES: _echo_codes,
        }
        self.closed = False

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str],
        body: bytes | None,
        params: Any = None,
        attempt_timeout: float,
    ) -> Response:
        path = urlsplit(url).path
        decoded = json.loads(body) if body else None
        if path in VALIDATED:
            validate_ozon_request(path, decoded)
        sent = Sent(method, path, dict(headers), decoded, asyncio.get_running_loop().time())
        self.sent.append(sent)
        reply = self.routes.get(path, lambda _: (200, {}))(sent)
        if inspect.isawaitable(reply):
            reply = await reply
        if isinstance(reply, BaseException):
            raise reply
        status, payload, *rest = reply
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        return Response(status, CIMultiDictProxy(CIMultiDict(rest[0] if rest else {})), raw)

    def to(self, path: str) -> list[Sent]:
        return [s for s in self.sent if s.path == path]

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
async def fake() -> FakeOzon:
    return FakeOzon()


@pytest.fixture
async def ozon(fake: FakeOzon) -> AsyncIterator[OzonClient]:
    async with OzonClient(client_id=CLIENT_ID, api_key=API_KEY, retry=FAST_RETRY) as client:
        client.pool.transport = fake  # type: ignore[assignment]
        yield client


def accounted(result: BulkResult) -> BulkResult:
    assert result.received == result.succeeded + len(result.failed) + result.coalesced, result
    return result


def stock(offer: str, warehouse: int = 1, value: int = 5) -> dict[str, Any]:
    return {"offer_id": offer, "warehouse_id": warehouse, "stock": value}


def now() -> float:
    return asyncio.get_running_loop().time()


# ---------------------------------------------------------------- construction, secrets


async def test_repr_and_headers_carry_the_account_but_no_secret(ozon: OzonClient, fake: FakeOzon) -> None:
    text = repr(ozon) + repr(ozon._engine) + repr(ozon.pool) + repr(ozon._credentials)
    assert CLIENT_ID not in text and API_KEY not in text
    assert ozon.account == account_fingerprint(CLIENT_ID) and ozon.account in repr(ozon)
    await ozon.call("v1/warehouse/list")
    headers = fake.sent[0].headers
    assert headers["Client-Id"] == CLIENT_ID and headers["Api-Key"] == API_KEY
    assert headers["Content-Type"] == "application/json"
    bucket_keys = " ".join(lane for lane in ozon.pool.scheduler._lanes)
    assert ozon._bucket_scope in bucket_keys and CLIENT_ID not in bucket_keys


def test_fingerprint_is_stable_and_distinct() -> None:
    fingerprint = account_fingerprint("123")
    assert fingerprint == account_fingerprint("123") != account_fingerprint("124")
    assert fingerprint.startswith("c") and len(fingerprint) == 13


@pytest.mark.parametrize("kwargs", [{"client_id": " ", "api_key": "k"}, {"client_id": "1", "api_key": ""}])
def test_empty_credentials_are_refused(kwargs: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        OzonClient(**kwargs)  # type: ignore[arg-type]


async def test_secrets_stay_out_of_debug_logs_errors_and_failures(
    ozon: OzonClient, fake: FakeOzon, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake.routes[STOCKS] = lambda s: (403, {"code": 7, "message": "Api-Key is missing a required role"})
    fake.routes["/v1/warehouse/list"] = lambda s: (401, {"code": 16, "message": "unauthenticated"})
    with pytest.raises(AuthError) as bulk:
        await ozon.update_stocks([stock("A")])
    result = bulk.value.result
    assert result is not None
    with pytest.raises(AuthError) as caught:
        await ozon.call("v1/warehouse/list")
    texts = [caplog.text, str(caught.value), repr(caught.value), *(str(f) for f in result.failed)]
    assert caplog.records, "the engine logs each request at DEBUG"
    for text in texts:
        assert CLIENT_ID not in text and API_KEY not in text


# ---------------------------------------------------------------- call: any endpoint


async def test_call_gets_with_quoted_path_params_and_no_body(ozon: OzonClient, fake: FakeOzon) -> None:
    fake.routes["/v1/supplier/orders/A%2FB%201/waybill_acceptance_results"] = lambda s: (200, {"ok": 1})
    with pytest.warns(DeprecationWarning):
        answer = await ozon.call(
            "/v1/supplier/orders/{order_id}/waybill_acceptance_results", path_params={"order_id": "A/B 1"}
        )
    assert answer == {"ok": 1}
    assert (fake.sent[0].method, fake.sent[0].path, fake.sent[0].body) == (
        "GET",
        "/v1/supplier/orders/A%2FB%201/waybill_acceptance_results",
        None,
    )


async def test_call_posts_an_empty_object_when_no_body_is_given(ozon: OzonClient, fake: FakeOzon) -> None:
    await ozon.call("/v1/warehouse/list/")
    assert (fake.sent[0].method, fake.sent[0].path, fake.sent[0].body) == ("POST", "/v1/warehouse/list", {})


@pytest.mark.parametrize(
    ("path", "kwargs", "field"),
    [
        ("not/a/method", {}, "path"),
        ("v1/supplier/waybill_acceptance_results/:waybill_id", {}, "path_params"),
        ("v1/warehouse/list", {"path_params": {"x": 1}}, "path_params"),
        ("v1/actions", {"body": {"a": 1}}, "body"),
    ],
)
async def test_call_refuses_bad_paths_params_and_get_bodies(
    ozon: OzonClient, fake: FakeOzon, path: str, kwargs: dict[str, Any], field: str
) -> None:
    body = kwargs.pop("body", None)
    with pytest.raises(ValidationError) as caught:
        await ozon.call(path, body, **kwargs)
    assert caught.value.field == field
    assert fake.sent == []


@pytest.mark.parametrize(
    ("path", "field", "maximum"),
    [
        ("v2/products/delete", "products", 500),
        ("v2/posting/fbs/package-label", "posting_number", 20),
        ("v5/product/info/prices", "filter.offer_id", 1000),
    ],
)
async def test_call_enforces_the_per_request_maximum(
    ozon: OzonClient, fake: FakeOzon, path: str, field: str, maximum: int
) -> None:
    def body(n: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        *parents, leaf = field.split(".")
        node = out
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = [str(i) for i in range(n)]
        return out

    await ozon.call(path, body(maximum))
    with pytest.raises(ValidationError) as caught:
        await ozon.call(path, body(maximum + 1))
    assert caught.value.field == field and str(maximum) in str(caught.value)
    assert len(fake.sent) == 1


async def test_id_groups_count_together_against_the_maximum(ozon: OzonClient, fake: FakeOzon) -> None:
    with pytest.raises(ValidationError):
        await ozon.call("v3/product/info/list", {"offer_id": ["a"] * 600, "product_id": list(range(401))})
    assert fake.sent == []


async def test_deprecated_calls_warn_with_their_replacement(ozon: OzonClient, fake: FakeOzon) -> None:
    with pytest.warns(DeprecationWarning, match=r"v1/product/import/stocks.*use v2/products/stocks"):
        await ozon.call("v1/product/import/stocks", {"stocks": []})
    with pytest.warns(DeprecationWarning, match="no replacement"):
        await ozon.call("v2/fbs/posting/send-by-seller", {})
    assert [s.path for s in fake.sent] == ["/v1/product/import/stocks", "/v2/fbs/posting/send-by-seller"]


async def test_live_calls_do_not_warn(ozon: OzonClient, recwarn: pytest.WarningsRecorder) -> None:
    await ozon.call("v4/posting/fbs/list", {"filter": {}, "limit": 10})
    assert not [w for w in recwarn if issubclass(w.category, DeprecationWarning)]


@pytest.mark.looptime
async def test_calls_stay_within_the_account_50_per_second(ozon: OzonClient, fake: FakeOzon) -> None:
    paths = ["v1/warehouse/list", "v1/report/list", "v3/posting/fbs/list"]
    await asyncio.gather(*(ozon.call(paths[i % 3], {}) for i in range(160)))
    times = sorted(s.at for s in fake.sent)
    window = 1.0 + ozon.pool.scheduler.jitter_margin
    assert max(sum(1 for t in times if a <= t < a + window - 1e-9) for a in times) <= 50
    assert times[-1] - times[0] >= 3.0  # 160 requests need at least 3 full windows after the first 50


# ---------------------------------------------------------------- errors (the dialect)


@pytest.mark.parametrize(
    ("status", "error"), [(400, ApiError), (404, ApiError), (401, AuthError), (403, AuthError)]
)
async def test_error_bodies_map_to_the_exception_tree(
    ozon: OzonClient, fake: FakeOzon, status: int, error: type[Exception]
) -> None:
    details = [{"typeUrl": "t", "value": "v"}]
    fake.routes["/v1/report/info"] = lambda s: (
        status,
        {"code": 3, "message": "bad report id", "details": details},
    )
    with pytest.raises(error) as caught:
        await ozon.call("v1/report/info", {"code": "x"})
    exc = caught.value
    assert isinstance(exc, (ApiError, AuthError))
    assert (exc.status, exc.code, exc.message, exc.details) == (status, 3, "bad report id", details)
    assert exc.endpoint == "v1/report/info"
    assert len(fake.sent) == 1  # client errors are never retried


async def test_server_errors_are_retried_then_raised_without_echoing_html(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    fake.routes["/v1/report/list"] = lambda s: (502, b"<html>upstream secret page</html>")
    with pytest.raises(ServerError) as caught:
        await ozon.call("v1/report/list", {})
    assert "secret page" not in str(caught.value) and "no Ozon error body" in str(caught.value)
    assert len(fake.sent) == FAST_RETRY.max_attempts


@pytest.mark.looptime
async def test_429_waits_retry_after_and_pauses_the_whole_account(ozon: OzonClient, fake: FakeOzon) -> None:
    answers = iter(
        [
            (
                429,
                {"code": 8, "message": "You have reached request rate limit per second"},
                {"Retry-After": "7"},
            )
        ]
    )
    fake.routes["/v1/warehouse/list"] = lambda s: next(answers, (200, {"result": []}))

    async def other_endpoint_later() -> None:
        await asyncio.sleep(0.5)
        await ozon.call("v1/report/list", {})

    start = now()
    await asyncio.gather(ozon.call("v1/warehouse/list"), other_endpoint_later())
    first, retry = fake.to("/v1/warehouse/list")
    (other,) = fake.to("/v1/report/list")
    assert retry.at - first.at >= 7.0
    assert other.at - start >= 7.0  # a 429 is the account's per-second limit: every endpoint waits


@pytest.mark.looptime
async def test_429_until_patience_runs_out_raises_rate_limit_error(ozon: OzonClient, fake: FakeOzon) -> None:
    fake.routes["/v1/report/list"] = lambda s: (
        429,
        {"code": 8, "message": "slow down"},
        {"Retry-After": "0.01"},
    )
    start = now()
    with pytest.raises(RateLimitError) as caught:
        await ozon.call("v1/report/list", {})
    assert caught.value.retry_after == pytest.approx(0.01) and caught.value.code == 8
    # A 429 is not a failed attempt: they are waited out for a few windows of the account's limit.
    patience = FAST_RETRY.rate_limit_windows * (1.0 + ozon.pool.scheduler.jitter_margin)
    assert len(fake.sent) > FAST_RETRY.max_attempts
    assert patience <= now() - start <= patience + 0.05


def test_retry_after_parsing() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("0.250") == 0.25
    assert parse_retry_after("nonsense") is None and parse_retry_after(None) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == pytest.approx(10.0)


# ---------------------------------------------------------------- update_stocks


async def test_stocks_go_100_a_request_and_each_row_is_confirmed(ozon: OzonClient, fake: FakeOzon) -> None:
    outcomes: list[BatchOutcome] = []
    result = accounted(
        await ozon.update_stocks([stock(f"A{i}") for i in range(250)], on_batch=outcomes.append)
    )
    assert [len(s.body["stocks"]) for s in fake.to(STOCKS)] == [100, 100, 50]
    assert (result.succeeded, result.failed, result.requests) == (250, [], 3)
    assert sum(len(o.succeeded) for o in outcomes) == 250
    sent = {(x["offer_id"], x["warehouse_id"]) for s in fake.sent for x in s.body["stocks"]}
    assert len(sent) == 250


async def test_a_pair_repeated_in_one_upload_is_coalesced_last_wins(ozon: OzonClient, fake: FakeOzon) -> None:
    items = [
        stock("A", 1, 1),
        stock("B", 1, 1),
        stock("A", 2, 7),
        stock("A", 1, 9),
        StockItem(product_id=5, warehouse_id=1, stock=3),
    ]
    result = accounted(await ozon.update_stocks(items))
    (sent,) = fake.to(STOCKS)
    assert sent.body["stocks"] == [
        {"offer_id": "A", "stock": 9, "warehouse_id": 1},
        {"offer_id": "B", "stock": 1, "warehouse_id": 1},
        {"offer_id": "A", "stock": 7, "warehouse_id": 2},
        {"product_id": 5, "stock": 3, "warehouse_id": 1},
    ]
    assert (result.received, result.succeeded, result.coalesced) == (5, 4, 1)


async def test_per_item_errors_not_updated_and_missing_rows_fail(ozon: OzonClient, fake: FakeOzon) -> None:
    def answer(sent: Sent) -> Reply:
        return 200, {
            "result": [
                {"offer_id": "OK", "product_id": 1, "warehouse_id": 1, "updated": True, "errors": []},
                {
                    "offer_id": "BAD",
                    "warehouse_id": 1,
                    "updated": False,
                    "errors": [
                        {"code": "STOCK_TOO_BIG", "message": "too big"},
                        {"code": "X", "message": "y"},
                    ],
                },
                {"offer_id": "NOPE", "warehouse_id": 1, "updated": False, "errors": []},
                # Found by its product id: Ozon fills in the offer id of a product_id-only item.
                {"offer_id": "P-OFFER", "product_id": 77, "warehouse_id": 1, "updated": True, "errors": []},
            ]
        }

    fake.routes[STOCKS] = answer
    items = [
        stock("OK"),
        stock("BAD"),
        stock("NOPE"),
        stock("LOST"),
        {"product_id": 77, "warehouse_id": 1, "stock": 1},
    ]
    result = accounted(await ozon.update_stocks(items))
    by_offer = {f.item.offer_id: f for f in result.failed}
    assert result.succeeded == 2
    assert (by_offer["BAD"].reason, by_offer["BAD"].code) == (FailureReason.API, "STOCK_TOO_BIG")
    assert "too big" in by_offer["BAD"].message and "X: y" in by_offer["BAD"].message
    assert by_offer["NOPE"].reason is FailureReason.NOT_UPDATED
    assert by_offer["LOST"].reason is FailureReason.BATCH and "missing" in by_offer["LOST"].message


@pytest.mark.parametrize(
    ("item", "field", "code"),
    [
        ({"offer_id": "A", "warehouse_id": 1, "stock": -1}, "stock", "RANGE"),
        ({"offer_id": "A", "warehouse_id": 1, "stock": 1_000_000}, "stock", "STOCK_TOO_BIG"),
        ({"offer_id": "A", "warehouse_id": 1, "stock": 1.5}, "stock", "PRECISION"),
        ({"offer_id": "A", "warehouse_id": 1, "stock": True}, "stock", "TYPE"),
        ({"offer_id": "A", "stock": 1}, "warehouse_id", "REQUIRED"),
        ({"offer_id": "", "warehouse_id": 1, "stock": 1}, "offer_id", "LENGTH"),
        ({"warehouse_id": 1, "stock": 1}, "offer_id", "REQUIRED"),
        ({"offer_id": "A", "warehouse_id": 0, "stock": 1}, "warehouse_id", "RANGE"),
        ({"offer_id": "A", "warehouse_id": 1, "stok": 1}, "stok", "UNKNOWN_FIELD"),
    ],
)
async def test_bad_stock_items_are_refused_before_sending(
    ozon: OzonClient, fake: FakeOzon, item: dict[str, Any], field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await ozon.update_stocks([stock("fine"), item])
    assert (caught.value.item_index, caught.value.field, caught.value.code) == (1, field, code)
    assert caught.value.rule and str(caught.value).startswith(f"item #1, field {field!r}: ")
    assert fake.sent == []


async def test_a_stream_reports_bad_items_and_sends_the_rest(ozon: OzonClient, fake: FakeOzon) -> None:
    async def rows() -> AsyncIterator[dict[str, Any]]:
        yield stock("A", 1, 1)
        yield {"offer_id": "B", "warehouse_id": 1, "stock": -3}
        yield stock("A", 1, 2)  # still in the open batch: coalesced
        yield stock("C")

    result = accounted(await ozon.update_stocks(rows()))
    assert (result.succeeded, result.coalesced) == (2, 1)
    (bad,) = result.failed
    assert bad.reason is FailureReason.VALIDATION and "stock" in bad.message
    assert fake.to(STOCKS)[0].body["stocks"][0] == {"offer_id": "A", "stock": 2, "warehouse_id": 1}


@pytest.mark.looptime
async def test_a_pair_updated_again_is_held_30s_without_holding_the_others(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    accounted(await ozon.update_stocks([stock("A", 1, 1)]))
    first_done = now()
    result = accounted(await ozon.update_stocks([stock("A", 1, 2), stock("B", 1, 1), stock("A", 2, 1)]))
    first, fresh, held = fake.to(STOCKS)
    assert fresh.body["stocks"] == [stock("B", 1, 1), stock("A", 2, 1)] and fresh.at == first_done
    assert held.body["stocks"] == [stock("A", 1, 2)]
    assert 30.0 <= held.at - first.at <= 30.0 + ozon.pool.scheduler.jitter_margin + 1e-6
    assert (result.succeeded, result.requests) == (3, 2)


@pytest.mark.looptime
async def test_a_pair_repeated_after_its_batch_went_out_is_held_within_the_same_upload(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    async def rows() -> AsyncIterator[dict[str, Any]]:
        for i in range(100):
            yield stock(f"S{i}")
        await asyncio.sleep(1)  # the first batch of 100 has gone out and been answered
        yield stock("S0", value=42)

    result = accounted(await ozon.update_stocks(rows()))
    first, again = fake.to(STOCKS)
    assert again.body["stocks"] == [stock("S0", value=42)]
    assert again.at - first.at >= 30.0
    assert (result.received, result.succeeded, result.coalesced) == (101, 101, 0)


@pytest.mark.looptime
async def test_hold_false_and_max_wait_report_the_pair_with_when_it_may_go(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    await ozon.update_stocks([stock("A"), stock("B")])
    outcomes: list[BatchOutcome] = []
    refused = accounted(
        await ozon.update_stocks([stock("A", value=9), stock("C")], hold=False, on_batch=outcomes.append)
    )
    (failure,) = refused.failed
    assert failure.reason is FailureReason.RATE_LIMITED and failure.code == "TOO_MANY_REQUESTS"
    assert (
        failure.item.offer_id == "A" and "may be sent in 30." in failure.message and "UTC" in failure.message
    )
    assert refused.succeeded == 1 and refused.requests == 1
    assert any(o.failed == [failure] for o in outcomes)

    short = accounted(await ozon.update_stocks([stock("B", value=9)], max_wait=10))
    assert short.failed[0].reason is FailureReason.RATE_LIMITED and short.requests == 0
    long = accounted(await ozon.update_stocks([stock("B", value=9)], max_wait=60))
    assert long.succeeded == 1
    assert [s.body["stocks"] for s in fake.to(STOCKS)][-1] == [stock("B", value=9)]


@pytest.mark.looptime
async def test_concurrent_uploads_of_one_pair_wait_for_each_other(ozon: OzonClient, fake: FakeOzon) -> None:
    async def slow(sent: Sent) -> Reply:
        await asyncio.sleep(5)
        return _echo_stocks(sent)

    fake.routes[STOCKS] = slow

    async def second() -> BulkResult:
        await asyncio.sleep(1)  # the first upload's request is in flight
        return await ozon.update_stocks([stock("A", value=2), stock("Z")])

    one, two = await asyncio.gather(ozon.update_stocks([stock("A", value=1)]), second())
    accounted(one), accounted(two)
    first, fresh, held = fake.to(STOCKS)
    assert [x["offer_id"] for x in fresh.body["stocks"]] == ["Z"]
    assert held.body["stocks"] == [stock("A", value=2)]
    assert held.at >= first.at + 5 + 30  # counted from the end of the first request, not its start


@pytest.mark.looptime
async def test_stocks_stay_within_80_requests_a_minute(ozon: OzonClient, fake: FakeOzon) -> None:
    result = accounted(await ozon.update_stocks([stock(f"A{i}") for i in range(8_500)]))
    assert result.requests == 85 and result.succeeded == 8_500
    times = [s.at for s in fake.to(STOCKS)]
    window = 60.0 + ozon.pool.scheduler.jitter_margin
    assert max(sum(1 for t in times if a <= t < a + window - 1e-9) for a in times) <= 80
    assert times[80] - times[0] >= 60.0


async def test_auth_failure_stops_the_upload_and_fails_every_item(ozon: OzonClient, fake: FakeOzon) -> None:
    fake.routes[STOCKS] = lambda s: (
        403,
        {"code": 7, "message": "Api-Key is restricted to specific IP addresses"},
    )
    with pytest.raises(AuthError) as caught:
        await ozon.update_stocks([stock(f"A{i}") for i in range(250)], concurrency=1)
    result = caught.value.result
    assert result is not None and accounted(result).received < 250  # it stopped taking items
    assert result.requests == 1 and result.succeeded == 0
    assert all(isinstance(f.error, AuthError) for f in result.failed)
    refused = [f for f in result.failed if f.reason is FailureReason.BATCH]
    assert len(refused) == 100 and all(
        f.reason is FailureReason.CANCELLED and "not sent" in f.message for f in result.failed[100:]
    )


@pytest.mark.looptime  # the pair's 30 s between resends pass on a virtual clock
async def test_failed_batches_are_retried_and_then_reported(ozon: OzonClient, fake: FakeOzon) -> None:
    answers = iter([(500, {"code": 13, "message": "Internal"})])
    fake.routes[STOCKS] = lambda s: next(answers, None) or _echo_stocks(s)
    ok = accounted(await ozon.update_stocks([stock("A")]))
    assert (ok.succeeded, ok.requests, ok.retries) == (1, 2, 1)  # stocks are absolute values: resent
    fake.routes[STOCKS] = lambda s: (503, {"code": 14, "message": "down"})
    down = accounted(await ozon.update_stocks([stock("B")]))
    # Every 5xx may have been applied: the pair's resend waits for its 30 s, and in the end the
    # outcome is unknown, not an ordinary failure.
    assert down.failed[0].reason is FailureReason.OUTCOME_UNKNOWN and down.requests == FAST_RETRY.max_attempts


async def test_on_batch_may_be_async(ozon: OzonClient) -> None:
    seen: list[int] = []

    async def record(outcome: BatchOutcome) -> None:
        await asyncio.sleep(0)
        seen.append(len(outcome.succeeded))

    accounted(await ozon.update_stocks([stock(f"A{i}") for i in range(150)], on_batch=record))
    assert sorted(seen) == [50, 100]


@pytest.mark.looptime
async def test_time_scale_shortens_the_30s_hold(fake: FakeOzon) -> None:
    async with OzonClient(client_id=CLIENT_ID, api_key=API_KEY, time_scale=10) as ozon:
        ozon.pool.transport = fake  # type: ignore[assignment]
        await ozon.update_stocks([stock("A", value=1)])
        await ozon.update_stocks([stock("A", value=2)])
    first, held = fake.to(STOCKS)
    margin = ozon.pool.scheduler.jitter_margin  # real seconds, never scaled
    assert 3.0 <= held.at - first.at <= 3.0 + margin + 1e-6


async def test_limits_overrides_change_the_batch_size(fake: FakeOzon) -> None:
    async with OzonClient(
        client_id=CLIENT_ID, api_key=API_KEY, limits={"v2/products/stocks": {"max_items": 40}}
    ) as ozon:
        ozon.pool.transport = fake  # type: ignore[assignment]
        result = accounted(await ozon.update_stocks([stock(f"A{i}") for i in range(100)]))
    assert [len(s.body["stocks"]) for s in fake.to(STOCKS)] == [40, 40, 20] and result.requests == 3


@pytest.mark.looptime
async def test_clients_on_one_pool_share_the_budget_of_their_account_only(fake: FakeOzon) -> None:
    async with ClientPool() as pool:
        pool.transport = fake  # type: ignore[assignment]
        twin_a = OzonClient(client_id=CLIENT_ID, api_key=API_KEY, pool=pool)
        twin_b = OzonClient(client_id=CLIENT_ID, api_key=API_KEY, pool=pool)
        other = OzonClient(client_id="another-account", api_key=API_KEY, pool=pool)
        async with twin_a, twin_b, other:
            await asyncio.gather(
                *(c.call("v1/warehouse/list") for c in (twin_a, twin_b) for _ in range(40)),
                *(other.call("v1/report/list", {}) for _ in range(40)),
            )
        assert not pool.closed  # a shared pool belongs to its owner
    mine = sorted(s.at for s in fake.sent if s.headers["Client-Id"] == CLIENT_ID)
    theirs = sorted(s.at for s in fake.sent if s.headers["Client-Id"] == "another-account")
    assert len(mine) == 80 and mine[50] - mine[0] >= 1.0  # one account: 50 a second between both clients
    assert theirs[-1] == theirs[0]  # the other account's 40 went at once


async def test_cancelling_an_upload_leaves_no_pair_claimed(ozon: OzonClient, fake: FakeOzon) -> None:
    started = asyncio.Event()

    async def hang(sent: Sent) -> Reply:
        started.set()
        await asyncio.sleep(3600)
        return _echo_stocks(sent)

    fake.routes[STOCKS] = hang
    task = asyncio.create_task(ozon.update_stocks([stock(f"A{i}") for i in range(250)], concurrency=1))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    gate = ozon._gates["v2/products/stocks"]
    assert gate.claimed == {}
    # The pairs of the request that was in flight may have been applied: they count as used.
    assert gate.rate.wait_for(("offer", "A0", 1), now()) > 0
    assert gate.rate.wait_for(("offer", "A249", 1), now()) == 0


# ---------------------------------------------------------------- update_prices


async def test_prices_go_as_strings_1000_a_request(ozon: OzonClient, fake: FakeOzon) -> None:
    items: list[Any] = [
        {"offer_id": "D", "price": Decimal("1990.50"), "old_price": 0, "currency_code": "RUB"},
        {"offer_id": "E", "price": Decimal("1E+3"), "min_price": "800"},
        PriceItem(product_id=7, price="99.9", net_price="10"),
        *({"offer_id": f"P{i}", "price": 100 + i} for i in range(2497)),
    ]
    result = accounted(await ozon.update_prices(items))
    sends = fake.to(PRICES)
    assert [len(s.body["prices"]) for s in sends] == [1000, 1000, 500]
    assert sends[0].body["prices"][:3] == [
        {"currency_code": "RUB", "offer_id": "D", "old_price": "0", "price": "1990.50"},
        {"min_price": "800", "offer_id": "E", "price": "1000"},
        {"net_price": "10", "price": "99.9", "product_id": 7},
    ]
    assert result.succeeded == 2500


@pytest.mark.parametrize(
    ("price", "code"),
    [
        (19.999, "PRECISION"),
        (-1, "RANGE"),
        (Decimal("-0.01"), "RANGE"),
        ("-5", "RANGE"),
        ("1.999", "PRECISION"),
        ("1,5", "FORMAT"),
        (" 10", "FORMAT"),
        ("١٢", "FORMAT"),  # Arabic-Indic digits
        ("１２", "FORMAT"),  # full-width digits
        (True, "TYPE"),
        (Decimal("NaN"), "RANGE"),
        (float("inf"), "RANGE"),
        ([1], "TYPE"),
    ],
)
async def test_bad_prices_are_refused_before_anything_is_sent(
    ozon: OzonClient, fake: FakeOzon, price: Any, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await ozon.update_prices([{"offer_id": "A", "price": "10"}, {"offer_id": "B", "old_price": price}])
    assert (caught.value.item_index, caught.value.field, caught.value.code) == (1, "old_price", code)
    assert fake.sent == []


async def test_price_model_with_an_inexact_float_is_refused_too(ozon: OzonClient, fake: FakeOzon) -> None:
    with pytest.raises(ValidationError) as caught:
        await ozon.update_prices([PriceItem(offer_id="A", price=10.555)])  # type: ignore[arg-type]
    assert caught.value.code == "PRECISION" and fake.sent == []
    await ozon.update_prices([PriceItem(offer_id="A", price=10.5)])  # type: ignore[arg-type]
    assert fake.to(PRICES)[0].body["prices"] == [{"offer_id": "A", "price": "10.5"}]


@pytest.mark.looptime
async def test_the_11th_price_update_within_an_hour_is_reported_not_sent(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    results = [
        accounted(await ozon.update_prices([{"offer_id": "P", "price": str(100 + i)}])) for i in range(12)
    ]
    assert [r.succeeded for r in results] == [1] * 10 + [0, 0]
    for late in results[10:]:
        (failure,) = late.failed
        assert failure.reason is FailureReason.RATE_LIMITED and late.requests == 0
        assert "10 price updates" in failure.message and "may be sent in" in failure.message
    assert len(fake.to(PRICES)) == 10
    # Other products are not affected, in the same call.
    mixed = accounted(
        await ozon.update_prices([{"offer_id": "P", "price": "1"}, {"offer_id": "Q", "price": "1"}])
    )
    assert mixed.succeeded == 1 and fake.to(PRICES)[-1].body["prices"] == [{"offer_id": "Q", "price": "1"}]
    await asyncio.sleep(3600 + 1)
    assert accounted(await ozon.update_prices([{"offer_id": "P", "price": "5"}])).succeeded == 1


async def test_a_price_stream_reports_bad_items_and_sends_the_rest(ozon: OzonClient, fake: FakeOzon) -> None:
    rows = ({"offer_id": f"P{i}", "price": 1.555 if i == 3 else str(i)} for i in range(5))
    result = accounted(await ozon.update_prices(rows))
    (bad,) = result.failed
    assert bad.reason is FailureReason.VALIDATION and bad.item["offer_id"] == "P3"
    assert [p["offer_id"] for p in fake.to(PRICES)[0].body["prices"]] == ["P0", "P1", "P2", "P4"]


async def test_price_rows_with_errors_fail(ozon: OzonClient, fake: FakeOzon) -> None:
    fake.routes[PRICES] = lambda s: (
        200,
        {
            "result": [
                {
                    "offer_id": "A",
                    "updated": False,
                    "errors": [{"code": "discount_too_big", "message": "90%"}],
                }
            ]
        },
    )
    result = accounted(await ozon.update_prices([{"offer_id": "A", "price": "1", "old_price": "100"}]))
    assert result.failed[0].code == "discount_too_big" and result.failed[0].reason is FailureReason.API


# ---------------------------------------------------------------- digital goods


async def test_digital_stocks_go_100_a_request(ozon: OzonClient, fake: FakeOzon) -> None:
    def answer(sent: Sent) -> Reply:
        rows = [
            {"offer_id": s["offer_id"], "updated": s["offer_id"] != "D7", "errors": []}
            for s in sent.body["stocks"]
            if s["offer_id"] != "D8"
        ]
        return 200, {"status": rows}

    fake.routes[DIGITAL_STOCKS] = answer
    result = accounted(
        await ozon.import_digital_stocks([{"offer_id": f"D{i}", "stock": i} for i in range(250)])
    )
    assert [len(s.body["stocks"]) for s in fake.to(DIGITAL_STOCKS)] == [100, 100, 50]
    reasons = {f.item.offer_id: f.reason for f in result.failed}
    assert reasons == {"D7": FailureReason.NOT_UPDATED, "D8": FailureReason.BATCH}
    with pytest.raises(ValidationError):
        await ozon.import_digital_stocks([{"offer_id": "D", "stock": -1}])


def codes_item(sku: int, *keys: str, missing: int = 0) -> dict[str, Any]:
    return {
        "sku": sku,
        "exemplar_qty": len(keys),
        "not_available_exemplar_qty": missing,
        "exemplar_keys": list(keys),
    }


async def test_posting_codes_go_in_one_request_with_every_code(ozon: OzonClient, fake: FakeOzon) -> None:
    items = [codes_item(sku, *(f"K{sku}-{i}" for i in range(300))) for sku in range(1, 6)]
    items.append(codes_item(9, missing=2))
    outcomes: list[BatchOutcome] = []
    result = accounted(await ozon.upload_posting_codes("12345-0001-1", items, on_batch=outcomes.append))
    (sent,) = fake.to(CODES)
    assert sent.body["posting_number"] == "12345-0001-1"
    assert [len(e.get("exemplar_keys", [])) for e in sent.body["exemplars_by_sku"]] == [300] * 5 + [0]
    assert (result.received, result.succeeded, result.requests) == (6, 6, 1)
    assert len(outcomes) == 1 and len(outcomes[0].succeeded) == 6


async def test_code_uploads_spend_the_same_account_budget_as_every_other_call(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    # The account's 50 a second is one bucket per account: a code upload taking it under another
    # name (the per-process display fingerprint) would let the account go over its limit.
    scopes: list[str] = []
    lane = ozon._engine.lane

    def recording(endpoint: Any, scope_key: str) -> Any:
        scopes.append(scope_key)
        return lane(endpoint, scope_key)

    ozon._engine.lane = recording  # type: ignore[method-assign]
    accounted(await ozon.update_stocks([stock("A")]))
    accounted(await ozon.upload_posting_codes("12345-0001-1", [codes_item(1, "K1")]))
    assert len(scopes) >= 2 and len(set(scopes)) == 1, scopes
    assert ozon.account not in scopes  # the display name is never a bucket key


@pytest.mark.parametrize(
    ("items", "rule"),
    [
        ([{"sku": 1, "exemplar_qty": 2, "not_available_exemplar_qty": 0, "exemplar_keys": ["K1"]}], None),
        ([codes_item(1, "K1", "K1")], "unique codes"),
        ([codes_item(1, "K1"), codes_item(2, "K1")], "unique codes in the posting"),
        ([codes_item(1, "K1"), codes_item(1, "K2")], "unique sku"),
        ([codes_item(1, "K1", missing=-1)], "must be >= 0"),
        ([codes_item(1, "")], "must not be empty"),
    ],
)
async def test_bad_posting_codes_are_refused_before_sending(
    ozon: OzonClient, fake: FakeOzon, items: list[dict[str, Any]], rule: str | None
) -> None:
    with pytest.raises(ValidationError) as caught:
        await ozon.upload_posting_codes("1-1-1", items)
    if rule is not None:
        assert caught.value.rule == rule
    assert "exemplar" in str(caught.value) or "sku" in str(caught.value)
    assert fake.sent == []


async def test_a_posting_too_large_for_one_request_is_refused_not_split(fake: FakeOzon) -> None:
    limits = {
        "v1/posting/digital/codes/upload": {"max_codes_per_item": 10, "max_items": 3, "max_body_bytes": 300}
    }
    async with OzonClient(client_id=CLIENT_ID, api_key=API_KEY, limits=limits) as ozon:
        ozon.pool.transport = fake  # type: ignore[assignment]
        with pytest.raises(ValidationError, match="over 10"):
            await ozon.upload_posting_codes("1-1-1", [codes_item(1, *map(str, range(11)))])
        with pytest.raises(ValidationError, match="cannot be split"):
            await ozon.upload_posting_codes("1-1-1", [codes_item(i, f"K{i}") for i in range(1, 5)])
        with pytest.raises(ValidationError, match="over 300 for one request"):
            await ozon.upload_posting_codes(
                "1-1-1", [codes_item(i, *(f"K{i}-{k}" for k in range(9))) for i in (1, 2)]
            )
    assert fake.sent == []


async def test_rejected_codes_fail_their_sku_named_by_position_not_value(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    fake.routes[CODES] = lambda s: (
        200,
        {
            "exemplars_by_sku": [
                {"sku": 1, "received_qty": 2, "rejected_qty": 0, "failed_exemplars": []},
                {
                    "sku": 2,
                    "received_qty": 1,
                    "rejected_qty": 1,
                    "failed_exemplars": [{"key": "SECRET-CODE-B", "message": "duplicate code"}],
                },
                {"sku": 3, "received_qty": 0, "rejected_qty": 0, "failed_exemplars": []},
                # rejected_qty counts the codes declared not available too: that is no failure.
                {"sku": 5, "received_qty": 1, "rejected_qty": 2, "failed_exemplars": []},
            ]
        },
    )
    items = [
        codes_item(1, "A1", "A2"),
        codes_item(2, "SECRET-CODE-A", "SECRET-CODE-B"),
        codes_item(3, "C1"),
        codes_item(4, "D1"),
        codes_item(5, "E1", missing=2),
    ]
    result = accounted(await ozon.upload_posting_codes("1-1-1", items))
    by_sku = {f.item.sku: f for f in result.failed}
    assert result.succeeded == 2 and set(by_sku) == {2, 3, 4}
    assert by_sku[2].reason is FailureReason.API and "code #1: duplicate code" in by_sku[2].message
    assert "SECRET-CODE" not in by_sku[2].message
    assert by_sku[3].reason is FailureReason.NOT_UPDATED
    assert by_sku[4].reason is FailureReason.OUTCOME_UNKNOWN


@pytest.mark.parametrize(
    "reply", [AmbiguousError("connection dropped"), (500, {"code": 13, "message": "Internal"})]
)
async def test_an_ambiguous_codes_upload_is_never_resent(
    ozon: OzonClient, fake: FakeOzon, reply: Reply
) -> None:
    fake.routes[CODES] = lambda s: reply
    result = accounted(await ozon.upload_posting_codes("1-1-1", [codes_item(1, "K1"), codes_item(2, "K2")]))
    assert len(fake.to(CODES)) == 1 and result.requests == 1
    assert [f.reason for f in result.failed] == [FailureReason.OUTCOME_UNKNOWN] * 2
    assert all(isinstance(f.error, OutcomeUnknownError) for f in result.failed)


async def test_a_codes_upload_refused_for_a_rate_limit_is_resent(ozon: OzonClient, fake: FakeOzon) -> None:
    answers = iter([(429, {"code": 8, "message": "slow"}, {"Retry-After": "0.01"})])
    fake.routes[CODES] = lambda s: next(answers, None) or _echo_codes(s)
    result = accounted(await ozon.upload_posting_codes("1-1-1", [codes_item(1, "K1")]))
    assert result.succeeded == 1 and result.retries == 1


# ---------------------------------------------------------------- pagination


SINCE = datetime(2025, 7, 1, tzinfo=UTC)
TO = SINCE + timedelta(days=1)


async def test_digital_postings_v2_page_by_cursor(ozon: OzonClient, fake: FakeOzon) -> None:
    postings = [
        {"posting_number": f"P-{i}", "products": [{"sku": i, "required_qty_for_digital_code": 1}]}
        for i in range(7)
    ]

    def answer(sent: Sent) -> Reply:
        start = int(sent.body.get("cursor") or 0)
        end = start + sent.body["limit"]
        return 200, {"cursor": str(end), "has_next": end < len(postings), "postings": postings[start:end]}

    fake.routes[LIST_V2] = answer
    found = [p async for p in ozon.iter_digital_postings(SINCE, TO, limit=3, posting_numbers=["P-1"])]
    assert [p.posting_number for p in found] == [f"P-{i}" for i in range(7)]
    assert found[2].products[0].required_qty_for_digital_code == 1
    bodies = [s.body for s in fake.to(LIST_V2)]
    assert [b.get("cursor") for b in bodies] == [None, "3", "6"]
    assert bodies[0]["filter"] == {
        "posting_numbers": ["P-1"],
        "since": "2025-07-01T00:00:00Z",
        "to": "2025-07-02T00:00:00Z",
    }


async def test_digital_postings_v1_page_by_offset_up_to_20000(ozon: OzonClient, fake: FakeOzon) -> None:
    fake.routes[LIST_V1] = lambda s: (
        200,
        {"result": [{"posting_number": f"N{s.body['offset'] + i}"} for i in range(s.body["limit"])]},
    )
    seen = 0
    with (
        pytest.warns(DeprecationWarning, match="v2/posting/digital/list"),
        pytest.raises(ValidationError, match="offset 21000") as caught,
    ):
        async for _ in ozon.iter_digital_postings(SINCE, TO, api_version=1):
            seen += 1
    assert caught.value.rule == "offset <= 20000"
    assert seen == 21_000 and [s.body["offset"] for s in fake.to(LIST_V1)][-1] == 20_000
    fake.sent.clear()
    fake.routes[LIST_V1] = lambda s: (200, {"result": [{"posting_number": "only"}]})
    with pytest.warns(DeprecationWarning):
        assert [p.posting_number async for p in ozon.iter_digital_postings(SINCE, TO, api_version=1)] == [
            "only"
        ]
    assert len(fake.sent) == 1


@pytest.mark.parametrize("since", [datetime(2025, 7, 1), "yesterday", "2025-07-01T00:00:00"])
async def test_digital_postings_need_aware_datetimes(ozon: OzonClient, since: Any) -> None:
    with pytest.raises(ValidationError):
        async for _ in ozon.iter_digital_postings(since, TO):
            pass


async def test_paginate_last_id(ozon: OzonClient, fake: FakeOzon) -> None:
    ids = list(range(1, 2501))

    def answer(sent: Sent) -> Reply:
        after = int(sent.body.get("last_id") or 0)
        page = [i for i in ids if i > after][: sent.body["limit"]]
        return 200, {
            "result": {
                "items": [{"product_id": i} for i in page],
                "last_id": str(page[-1]) if page else "",
                "total": len(ids),
            }
        }

    fake.routes["/v3/product/list"] = answer
    got = [
        item["product_id"]
        async for item in ozon.paginate("v3/product/list", {"filter": {"visibility": "ALL"}})
    ]
    assert got == ids
    bodies = [s.body for s in fake.to("/v3/product/list")]
    assert [(b.get("last_id"), b["limit"]) for b in bodies] == [(None, 1000), ("1000", 1000), ("2000", 1000)]


async def test_paginate_offset_with_has_next(ozon: OzonClient, fake: FakeOzon) -> None:
    def answer(sent: Sent) -> Reply:
        offset, limit = sent.body["offset"], sent.body["limit"]
        page = list(range(offset, min(offset + limit, 45)))
        return 200, {"result": {"postings": page, "has_next": offset + limit < 45}}

    fake.routes["/v3/posting/fbs/list"] = answer
    got = [p async for p in ozon.paginate("v3/posting/fbs/list", {"filter": {}}, limit=20)]
    assert got == list(range(45))
    assert [s.body["offset"] for s in fake.to("/v3/posting/fbs/list")] == [0, 20, 40]


async def test_paginate_cursor(ozon: OzonClient, fake: FakeOzon) -> None:
    def answer(sent: Sent) -> Reply:
        start = int(sent.body.get("cursor") or 0)
        page = list(range(start, min(start + sent.body["limit"], 25)))
        return 200, {"cursor": str(start + len(page)) if page else "", "items": page, "total": 25}

    fake.routes["/v4/product/info/stocks"] = answer
    got = [i async for i in ozon.paginate("v4/product/info/stocks", {"filter": {}}, limit=10)]
    assert got == list(range(25))
    assert [s.body.get("cursor") for s in fake.to("/v4/product/info/stocks")] == [None, "10", "20"]


async def test_paginate_refuses_other_methods_bad_limits_and_stuck_cursors(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    with pytest.raises(ValidationError, match="not a paged"):
        async for _ in ozon.paginate("v1/warehouse/list"):
            pass
    with pytest.raises(ValidationError, match=r"1\.\.1000"):
        async for _ in ozon.paginate("v3/product/list", limit=1001):
            pass
    fake.routes["/v4/product/info/stocks"] = lambda s: (
        200,
        {"cursor": "same", "items": [1] * s.body["limit"]},
    )
    with pytest.raises(ApiError, match="did not advance"):
        async for _ in ozon.paginate("v4/product/info/stocks", {"filter": {}}):
            pass


# ---------------------------------------------------------------- legacy digital codes


@pytest.mark.looptime
async def test_legacy_codes_warn_chunk_and_poll_until_the_task_ends(ozon: OzonClient, fake: FakeOzon) -> None:
    polls: dict[int, int] = {}

    def upload(sent: Sent) -> Reply:
        task = len(fake.to(LEGACY))
        return 200, {"result": {"task_id": task}}

    def info(sent: Sent) -> Reply:
        task = sent.body["task_id"]
        polls[task] = polls.get(task, 0) + 1
        status = "pending" if polls[task] < 3 else ("failed" if task == 2 else "imported")
        return 200, {"result": {"status": status}}

    fake.routes[LEGACY], fake.routes[LEGACY_INFO] = upload, info
    codes = [f"CODE-{i}" for i in range(250)]
    with pytest.warns(DeprecationWarning, match=r"v1/posting/digital/codes/upload"):
        result = accounted(await ozon.upload_digital_codes(123, codes, poll_interval=2.0))
    assert [len(s.body["digital_codes"]) for s in fake.to(LEGACY)] == [100, 100, 50]
    assert fake.to(LEGACY)[0].body["product_id"] == 123 and polls == {1: 3, 2: 3, 3: 3}
    assert result.succeeded == 150
    assert {f.reason for f in result.failed} == {FailureReason.API} and len(result.failed) == 100


@pytest.mark.looptime
async def test_legacy_codes_still_pending_at_the_timeout_are_of_unknown_outcome(
    ozon: OzonClient, fake: FakeOzon
) -> None:
    fake.routes[LEGACY] = lambda s: (200, {"result": {"task_id": 5}})
    fake.routes[LEGACY_INFO] = lambda s: (200, {"result": {"status": "pending"}})
    with pytest.warns(DeprecationWarning):
        result = accounted(await ozon.upload_digital_codes(1, ["a", "b"], poll_interval=1, poll_timeout=10))
    assert [f.reason for f in result.failed] == [FailureReason.OUTCOME_UNKNOWN] * 2
    assert "still pending" in result.failed[0].message and len(fake.to(LEGACY)) == 1
