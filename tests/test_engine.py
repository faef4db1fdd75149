"""The engine's retry loop and the bulk runner, on a minimal dialect against a local aiohttp server."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aioresponses import aioresponses

from marketplace_async import (
    ApiError,
    AuthError,
    ClientPool,
    Endpoint,
    FailureReason,
    LimitsTable,
    MarketplaceError,
    OutcomeUnknownError,
    Rate,
    RateLimitError,
    RetryPolicy,
    Scope,
    ServerError,
    TransportError,
    Unit,
    ValidationError,
)
from marketplace_async._bulk import BulkPlan, batch_failed, run_bulk
from marketplace_async._engine import Engine
from marketplace_async._results import BatchOutcome, BulkResult
from marketplace_async._scheduler import Lane
from marketplace_async._transport import Response

SECRET = "sk-live-DO-NOT-LEAK-8f3a"


class MiniDialect:
    name = "mini"
    pause_scopes = (Scope.ACCOUNT,)

    def error_for(self, endpoint: Endpoint, response: Response) -> MarketplaceError:
        body = response.json() or {}
        message = str(body.get("message", ""))
        if response.status in (401, 403):
            return AuthError(message, status=response.status, endpoint=endpoint.key)
        if response.status == 429:
            return RateLimitError(message, status=429, endpoint=endpoint.key)
        if response.status >= 500:
            return ServerError(message, status=response.status, endpoint=endpoint.key)
        return ApiError(message, status=response.status, code=body.get("code"), endpoint=endpoint.key)

    def is_rate_limited(self, response: Response) -> bool:
        return response.status == 429

    def retry_after(self, response: Response) -> float | None:
        value = response.headers.get("Retry-After")
        return float(value) if value else None

    async def observe(self, lane: Lane, response: Response, max_wait: float) -> None:
        return None


PUT = Endpoint("put", "POST", "/put", rates=(Rate(1000, 1.0),), max_items=3, items_field="items")
CODES = Endpoint("codes", "POST", "/codes", rates=(Rate(1000, 1.0),), idempotent=False)
TABLE = LimitsTable(
    "mini", (Rate(1000, 1.0, Unit.REQUESTS, Scope.ACCOUNT),), None, {"put": PUT, "codes": CODES}
)
FAST_RETRY = RetryPolicy(max_attempts=4, timeout=2.0, backoff_initial=0.001, backoff_max=0.002)


def make_engine(pool: ClientPool, base_url: str, retry: RetryPolicy = FAST_RETRY) -> Engine:
    return Engine(
        pool=pool,
        table=TABLE,
        dialect=MiniDialect(),
        base_url=base_url,
        headers=lambda: {"Api-Key": SECRET},
        time_scale=1.0,
        retry=retry,
    )


Handler = Callable[[web.Request], Any]


async def serve(handler: Handler) -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest.fixture
async def pool() -> AsyncIterator[ClientPool]:
    async with ClientPool(jitter_margin=0.0) as p:
        yield p


async def test_idempotent_request_is_retried_after_5xx_and_counts_retries(pool: ClientPool) -> None:
    engine = make_engine(pool, "http://mini.test")
    counter = BulkResult("put")
    with aioresponses() as mocked:
        mocked.post("http://mini.test/put", status=503, payload={"message": "busy"})
        mocked.post("http://mini.test/put", status=200, payload={"ok": True})
        response = await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}", counter=counter)
    assert response.status == 200
    assert (counter.requests, counter.retries) == (2, 1)


async def test_non_idempotent_5xx_is_outcome_unknown_and_not_resent(pool: ClientPool) -> None:
    engine = make_engine(pool, "http://mini.test")
    counter = BulkResult("put")
    with aioresponses() as mocked:
        mocked.post("http://mini.test/codes", status=500, payload={"message": "oops"})
        mocked.post("http://mini.test/codes", status=200, payload={})
        with pytest.raises(OutcomeUnknownError):
            await engine.send(CODES, engine.lane(CODES, "acct"), path="/codes", body=b"{}", counter=counter)
    assert counter.requests == 1


async def test_non_idempotent_dropped_connection_is_not_resent(pool: ClientPool) -> None:
    hits = 0

    async def drop(request: web.Request) -> web.StreamResponse:
        nonlocal hits
        hits += 1
        await request.read()
        assert request.transport is not None
        request.transport.close()  # applied, then the connection dies: the client cannot know
        return web.Response()

    async for url in serve(drop):
        engine = make_engine(pool, url)
        with pytest.raises(OutcomeUnknownError, match="not resent"):
            await engine.send(CODES, engine.lane(CODES, "acct"), path="/codes", body=b"{}")
        assert hits == 1
        # The same failure on an idempotent endpoint is retried until attempts run out.
        with pytest.raises(TransportError):
            await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}")
        assert hits == 1 + FAST_RETRY.max_attempts


async def test_connection_refused_is_resent_even_when_not_idempotent(pool: ClientPool) -> None:
    engine = make_engine(pool, "http://mini.test")
    with aioresponses() as mocked:
        mocked.post(
            "http://mini.test/codes", exception=aiohttp.ClientConnectorError(None, OSError(111, "refused"))
        )  # type: ignore[arg-type]
        mocked.post("http://mini.test/codes", status=200, payload={})
        response = await engine.send(CODES, engine.lane(CODES, "acct"), path="/codes", body=b"{}")
    assert response.status == 200


async def test_429_pauses_the_account_and_honours_retry_after(pool: ClientPool) -> None:
    engine = make_engine(pool, "http://mini.test")
    loop = asyncio.get_running_loop()
    with aioresponses() as mocked:
        mocked.post(
            "http://mini.test/put", status=429, headers={"Retry-After": "0.3"}, payload={"message": "rps"}
        )
        mocked.post("http://mini.test/put", status=200, payload={})
        start = loop.time()
        response = await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}")
    assert response.status == 200
    assert loop.time() - start >= 0.29


@pytest.mark.looptime
async def test_rate_limit_error_carries_retry_after_when_patience_runs_out(pool: ClientPool) -> None:
    # Patience: 3 windows of the account's 1 s. The stated 7 s is waited once, then it has run out.
    engine = make_engine(pool, "http://mini.test", RetryPolicy(max_attempts=1, rate_limit_windows=3))
    counter = BulkResult("put")
    with aioresponses() as mocked:
        mocked.post(
            "http://mini.test/put",
            status=429,
            headers={"Retry-After": "7"},
            payload={"message": "rps"},
            repeat=True,
        )
        with pytest.raises(RateLimitError) as info:
            await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}", counter=counter)
    assert info.value.retry_after == 7.0
    assert (counter.requests, counter.retries) == (2, 1)


async def test_4xx_is_final_and_typed(pool: ClientPool) -> None:
    engine = make_engine(pool, "http://mini.test")
    with aioresponses() as mocked:
        mocked.post(
            "http://mini.test/put", status=403, payload={"message": "Api-Key is missing a required role"}
        )
        with pytest.raises(AuthError, match="required role"):
            await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}")
        mocked.post("http://mini.test/put", status=400, payload={"code": 3, "message": "bad"})
        with pytest.raises(ApiError) as info:
            await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}")
    assert info.value.code == 3 and info.value.status == 400


async def test_secret_never_in_debug_logs_or_errors(
    pool: ClientPool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    engine = make_engine(pool, "http://mini.test")
    errors: list[BaseException] = []
    with aioresponses() as mocked:
        mocked.post("http://mini.test/put", status=503, payload={"message": "busy"})
        mocked.post("http://mini.test/put", status=401, payload={"message": "bad key"})
        try:
            await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}")
        except MarketplaceError as exc:
            errors.append(exc)
    assert errors
    assert any("retrying" in r.getMessage() for r in caplog.records)  # DEBUG logging did run
    text = caplog.text + "".join(map(str, errors)) + "".join(map(repr, errors)) + repr(engine) + repr(pool)
    assert SECRET not in text


# --- the bulk runner -----------------------------------------------------------------------------


def plan_for(send: Callable[[list[dict[str, Any]]], Any], concurrency: int = 4) -> BulkPlan[dict[str, Any]]:
    def convert(raw: Any, index: int) -> dict[str, Any]:
        if not isinstance(raw.get("v"), int):
            raise ValidationError("must be an int", item_index=index, field="v", rule="type")
        return dict(raw)

    return BulkPlan(
        endpoint="put",
        max_items=3,
        send=send,
        convert=convert,
        key=lambda it: it["k"],
        concurrency=concurrency,
    )


async def test_batches_go_out_concurrently_and_every_item_is_accounted() -> None:
    in_flight = peak = 0
    received: list[list[dict[str, Any]]] = []

    async def send(batch: list[dict[str, Any]]) -> BatchOutcome:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        received.append(batch)
        ok = [it for it in batch if it["v"] % 5]
        bad = [it for it in batch if not it["v"] % 5]
        return BatchOutcome("put", ok, [batch_failed([it], ApiError("zero"), "put").failed[0] for it in bad])

    async def items() -> AsyncIterator[dict[str, Any]]:
        for i in range(40):
            yield {"k": i % 17, "v": i}
        yield {"k": 99, "v": "x"}  # invalid, in a stream: reported, never sent

    result = await run_bulk(plan_for(send), items(), BulkResult("put"), None)
    assert peak > 1
    assert result.received == 41
    assert result.received == result.succeeded + len(result.failed) + result.coalesced
    assert result.failures_by_reason()[FailureReason.VALIDATION] == 1
    assert all(len(b) <= 3 for b in received)
    assert all(it["k"] != 99 for b in received for it in b)


async def test_later_value_of_a_key_reaches_the_server_last() -> None:
    server: dict[int, int] = {}

    async def send(batch: list[dict[str, Any]]) -> BatchOutcome:
        # The first batch is slow: without ordering, the newer value would land first and be overwritten.
        await asyncio.sleep(0.05 if batch[0]["v"] == 0 else 0.0)
        for it in batch:
            server[it["k"]] = it["v"]
        return BatchOutcome("put", batch, [])

    # Batches of 3: [k1 k2 k3] and [k4 k1]; k1's newer value is in the second, faster request.
    items = [{"k": 1, "v": 0}, {"k": 2, "v": 1}, {"k": 3, "v": 2}, {"k": 4, "v": 3}, {"k": 1, "v": 4}]
    result = await run_bulk(plan_for(send), items, BulkResult("put"), None)
    assert server[1] == 4
    assert result.succeeded == 5


async def test_list_input_is_validated_whole_before_anything_is_sent() -> None:
    sent: list[Any] = []

    async def send(batch: list[dict[str, Any]]) -> BatchOutcome:
        sent.append(batch)
        return BatchOutcome("put", batch, [])

    items = [{"k": i, "v": i} for i in range(10)] + [{"k": 10, "v": 1.5}]
    with pytest.raises(ValidationError) as info:
        await run_bulk(plan_for(send), items, BulkResult("put"), None)
    assert sent == []
    assert info.value.item_index == 10 and info.value.field == "v"
    assert "item #10" in str(info.value)


async def test_auth_failure_stops_sending_but_accounts_for_every_item() -> None:
    calls = 0

    async def send(batch: list[dict[str, Any]]) -> BatchOutcome:
        nonlocal calls
        calls += 1
        raise AuthError("Api-Key is invalid", status=401)

    outcomes: list[BatchOutcome] = []
    items = ({"k": i, "v": i} for i in range(30))
    with pytest.raises(AuthError) as caught:
        await run_bulk(plan_for(send, concurrency=1), items, BulkResult("put"), outcomes.append)
    result = caught.value.result
    assert calls == 1 and result is not None
    assert result.received == len(result.failed) < 30  # it stopped taking items
    assert sum(len(o.failed) for o in outcomes) == len(result.failed)
    assert [f.reason for f in result.failed[:3]] == [FailureReason.BATCH] * 3
    assert all(f.reason is FailureReason.CANCELLED for f in result.failed[3:])


async def test_an_attempt_that_never_acquired_is_not_counted_as_a_request(pool: ClientPool) -> None:
    once = Endpoint("once", "POST", "/put", rates=(Rate(1, 60.0),))
    engine = make_engine(pool, "http://mini.test")
    lane = engine.lane(once, "acct")
    counter = BulkResult("once")
    with aioresponses() as mocked:
        mocked.post("http://mini.test/put", status=200, payload={}, repeat=True)
        await engine.send(once, lane, path="/put", body=b"{}", counter=counter)
        waiting = asyncio.create_task(engine.send(once, lane, path="/put", body=b"{}", counter=counter))
        await asyncio.sleep(0.05)  # the second waits a minute for its turn; the caller gives up
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
    assert (counter.requests, counter.retries) == (1, 0)
