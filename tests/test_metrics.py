"""Metrics of a bulk upload: an OpenTelemetry in-memory reader sees requests, items, 429s, retries,
scheduler waits and limit utilization, with values that match the BulkResult; pool.stats() gives
the same figures without OpenTelemetry."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from marketplace_async import BulkResult, ClientPool, OzonClient, _metrics
from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, Emulator

STOCKS = "v2/products/stocks"


async def upload(emulator: Emulator, pool: ClientPool) -> BulkResult:
    """120 pairs in 10-pair requests: two invalid rows, two unknown offers, one 429 and one 500
    answered first (each retried)."""
    emulator.respond(STOCKS, error="rate limit", status=429, headers={"Retry-After": "0"}, times=1)
    rows: list[dict[str, Any]] = [{"offer_id": f"of-{n}", "warehouse_id": 1, "stock": n} for n in range(120)]
    rows[3]["stock"] = -1  # refused before sending
    rows[7]["warehouse_id"] = "x"
    rows[50]["offer_id"] = rows[90]["offer_id"] = "unknown-offer"
    async with OzonClient(
        client_id=DEMO_OZON_CLIENT_ID,
        api_key=DEMO_OZON_API_KEY,
        base_url=emulator.base_url,
        time_scale=60.0,
        pool=pool,
        limits={STOCKS: {"max_items": 10}},
    ) as client:
        first = await client.update_stocks(iter(rows[:60]), concurrency=1)  # streamed: bad rows reported
        emulator.respond(STOCKS, error="boom", status=500, times=1)
        second = await client.update_stocks(rows[60:], concurrency=1)
    total = BulkResult(
        STOCKS, received=first.received + second.received, succeeded=first.succeeded + second.succeeded
    )
    total.failed = first.failed + second.failed
    total.requests, total.retries = first.requests + second.requests, first.retries + second.retries
    return total


def points(reader: InMemoryMetricReader) -> dict[str, list[Any]]:
    data = reader.get_metrics_data()
    assert data is not None
    found: dict[str, list[Any]] = {}
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                found[metric.name] = list(metric.data.data_points)
    return found


def by(points: list[Any], *names: str) -> dict[tuple[Any, ...], Any]:
    return {tuple(p.attributes.get(n) for n in names): p.value for p in points}


@pytest.mark.emulator(catalog=[f"of-{n}" for n in range(120)])
async def test_an_in_memory_reader_sees_the_upload_as_the_bulk_result_counts_it(emulator: Emulator) -> None:
    reader = InMemoryMetricReader()
    async with ClientPool(meter_provider=MeterProvider(metric_readers=[reader])) as pool:
        result = await upload(emulator, pool)
        seen = points(reader)
        stats = pool.stats()
        # An exporter reads from its own thread: the backend's state, which only the loop may
        # touch (reading expires entries), is read on the loop for it.
        backend, readers = pool.scheduler.backend, set()
        usage = backend.usage  # type: ignore[attr-defined]
        backend.usage = lambda bucket: readers.add(threading.current_thread()) or usage(bucket)  # type: ignore[attr-defined]
        from_thread = await asyncio.to_thread(points, reader)
        assert readers == {threading.current_thread()}

    reasons = {reason.value: n for reason, n in result.failures_by_reason().items()}
    assert reasons == {"validation": 2, "api": 2}
    items = by(seen["marketplace_async.items"], "marketplace_async.endpoint", "marketplace_async.outcome")
    assert items == {(STOCKS, "succeeded"): result.succeeded} | {(STOCKS, r): n for r, n in reasons.items()}
    requests = by(
        seen["marketplace_async.requests"], "marketplace_async.outcome", "http.response.status_code"
    )
    ok = result.requests - 2  # every request but the refused two was answered 200
    assert requests == {("ok", 200): ok, ("rate_limited", 429): 1, ("server_error", 500): 1}
    assert sum(requests.values()) == result.requests
    assert by(seen["marketplace_async.retries"], "marketplace_async.endpoint") == {(STOCKS,): result.retries}
    assert by(seen["marketplace_async.rate_limited"], "http.response.status_code") == {(429,): 1}
    (waited,) = seen["marketplace_async.scheduler.wait"]
    assert waited.attributes == {"marketplace_async.endpoint": STOCKS}
    assert waited.value > 0.0  # the retry after the 429 waited for its pause, at least
    shares = by(seen["marketplace_async.limit.utilization"], "marketplace_async.limit")
    assert shares and all(0.0 < share <= 1.0 for share in shares.values())

    assert by(from_thread["marketplace_async.limit.utilization"], "marketplace_async.limit") == shares

    # pool.stats(): the same figures, as plain data.
    assert stats["items"] == {STOCKS: {"succeeded": result.succeeded, **reasons}}
    assert stats["requests"] == {STOCKS: {"ok": ok, "rate_limited": 1, "server_error": 1}}
    assert stats["rate_limited"] == {STOCKS: {429: 1}}
    assert stats["retries"] == {STOCKS: result.retries}
    assert stats["scheduler_wait_seconds"] == {STOCKS: waited.value}
    assert {(k,): v for k, v in stats["limit_utilization"].items()}.keys() == shares.keys()


@pytest.mark.emulator(catalog=[f"of-{n}" for n in range(120)])
async def test_without_opentelemetry_stats_still_count(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_metrics, "otel", None)
    async with ClientPool() as pool:
        result = await upload(emulator, pool)
        stats = pool.stats()
    assert stats["rate_limited"] == {STOCKS: {429: 1}}
    assert stats["retries"] == {STOCKS: result.retries}
    assert sum(stats["requests"][STOCKS].values()) == result.requests
    assert sum(stats["items"][STOCKS].values()) == result.received
