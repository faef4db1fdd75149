"""What a waiting Ozon stock upload keeps alive (issue 15, the 1,000-account row).

Thousands of uploads wait at once in one pool, so each waiting batch or wait should cost few
objects: a batch is formed only when a worker is free for it (until then its items wait in the
upload's stores, where a newer value still coalesces into them), and the producer's wait for any
of several events is one future, not a task per event.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marketplace_async import OzonClient, Rate
from marketplace_async._bulk import BulkGuard
from marketplace_async._errors import ApiError, AuthError, OutcomeUnknownError
from marketplace_async._ozon._held import HeldUpload, answer_lost, first_of
from marketplace_async._ozon.client import _stock_key
from marketplace_async._ozon.models import StockItem
from marketplace_async._results import BatchOutcome, BulkResult, FailureReason, ItemFailure
from marketplace_async._transport import NotSentError

ENDPOINT = STOCKS = "v2/products/stocks"


def _stock(key: int, value: int = 0) -> StockItem:
    return StockItem(offer_id=f"A{key}", warehouse_id=1, stock=value)


def _upload(send: object) -> HeldUpload:
    return HeldUpload(
        max_items=100,
        key=_stock_key,
        gate=None,
        hold=True,
        max_wait=None,
        max_attempts=3,
        guard=BulkGuard(ENDPOINT, BulkResult(endpoint=ENDPOINT), None),
        clock=asyncio.get_running_loop().time,
        send=send,  # type: ignore[arg-type]
    )


async def test_a_batch_is_formed_only_when_a_worker_is_free_for_it() -> None:
    gate, first = asyncio.Event(), asyncio.Event()
    sent: list[list[Hashable]] = []

    async def send(batch: list[StockItem], keys: list[Hashable]) -> BatchOutcome:
        sent.append(keys)
        first.set()
        await gate.wait()
        return BatchOutcome(ENDPOINT, batch, [])

    upload = _upload(send)
    items = [_stock(k) for k in range(250)]
    task = asyncio.create_task(upload.run(items, 1))
    await first.wait()
    for _ in range(5):
        await asyncio.sleep(0)
    # The one worker's batch flies; the next 100 items wait in the stores, not as a batch.
    assert len(upload.flying) == 100 and len(upload.open) == 100 and upload.inflight == 1
    gate.set()
    await task
    assert upload.result.succeeded == 250 and [len(keys) for keys in sent] == [100, 100, 50]


async def test_concurrency_still_caps_the_batches_in_flight() -> None:
    release = asyncio.Event()
    flying = peak = 0

    async def send(batch: list[StockItem], keys: list[Hashable]) -> BatchOutcome:
        nonlocal flying, peak
        flying += 1
        peak = max(peak, flying)
        await release.wait()
        flying -= 1
        return BatchOutcome(ENDPOINT, batch, [])

    upload = _upload(send)
    task = asyncio.create_task(upload.run([_stock(k) for k in range(1000)], 3))
    for _ in range(20):
        await asyncio.sleep(0)
    assert flying == 3
    release.set()
    await task
    assert peak == 3 and upload.result.succeeded == 1000


async def test_waiting_for_any_of_several_events_starts_no_task() -> None:
    events = [asyncio.Event() for _ in range(3)]
    before = len(asyncio.all_tasks())
    waiting = asyncio.create_task(first_of(events, 60.0))
    await asyncio.sleep(0)
    assert len(asyncio.all_tasks()) == before + 1  # the waiter itself only
    assert not waiting.done()
    events[1].set()
    await waiting
    assert all(not event._waiters for event in events)  # it left every event's waiters


@pytest.mark.looptime
async def test_a_wait_for_events_ends_at_its_time_and_leaves_no_waiter() -> None:
    events = [asyncio.Event(), asyncio.Event()]
    loop = asyncio.get_running_loop()
    start = loop.time()
    await first_of(events, 5.0)
    assert loop.time() - start == pytest.approx(5.0)
    assert all(not event._waiters for event in events)
    events[0].set()
    await first_of(events, 5.0)  # already set: at once
    assert loop.time() - start == pytest.approx(5.0)


@pytest.mark.looptime
async def test_a_cancelled_wait_leaves_no_waiter() -> None:
    events = [asyncio.Event(), asyncio.Event()]
    waiting = asyncio.create_task(first_of(events, 60.0))
    await asyncio.sleep(1)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert all(not event._waiters for event in events)


async def _peak_batches_in_flight(limits: dict[str, Any], concurrency: int) -> int:
    """The most stock batches an upload of 1,000 items has being sent at once."""
    flying = peak = 0

    async def send_stocks(ep: Any, batch: list[StockItem], counter: Any, keys: Any) -> BatchOutcome:
        nonlocal flying, peak
        flying += 1
        peak = max(peak, flying)
        await asyncio.sleep(1.0)
        flying -= 1
        return BatchOutcome(ep.key, batch, [])

    async with OzonClient(client_id="1", api_key="k", limits=limits) as ozon:
        ozon._send_stocks = send_stocks  # type: ignore[method-assign]
        items = [{"offer_id": f"A{i}", "warehouse_id": 1, "stock": i} for i in range(1000)]
        result = await ozon.update_stocks(items, concurrency=concurrency)
    assert result.succeeded == 1000
    return peak


@pytest.mark.looptime
async def test_an_upload_starts_no_more_workers_than_its_lane_sends_in_a_window() -> None:
    five = {STOCKS: {"rates": [Rate(5, 60.0)]}}
    assert await _peak_batches_in_flight(five, concurrency=8) == 5  # was 8: 3 batches waiting in the lane
    assert await _peak_batches_in_flight(five, concurrency=2) == 2  # concurrency= still caps
    assert await _peak_batches_in_flight({}, concurrency=8) == 8  # 80 a minute: concurrency decides


@given(
    raised=st.sampled_from(["lost", "api", "not_sent", "auth", "bug", "answer_lost_row", "answer"]),
    size=st.integers(1, 5),
)
async def test_a_lost_answer_is_told_from_the_outcome_exactly_when_the_request_raised_it(
    raised: str, size: int
) -> None:
    """``answer_lost`` reads what ``BulkGuard.send`` made of the request: the lost-answer error
    exactly when the request raised one, never for an answer's own failed rows."""
    lost = OutcomeUnknownError("the connection dropped; it may have been applied")
    errors: dict[str, BaseException] = {
        "lost": lost,
        "api": ApiError("bad", status=400, endpoint=STOCKS),
        "not_sent": NotSentError("refused"),
        "auth": AuthError("no", status=401, endpoint=STOCKS),
        "bug": RuntimeError("a bug"),
    }
    batch = [_stock(k) for k in range(size)]

    async def send(items: list[StockItem]) -> BatchOutcome:
        if raised in errors:
            raise errors[raised]
        if raised == "answer_lost_row":  # a row failing with an error of that type, not raised
            failures = [ItemFailure(i, FailureReason.API, code="X", error=lost) for i in items]
            return BatchOutcome(STOCKS, [], failures)
        return BatchOutcome(STOCKS, items, [])

    guard = BulkGuard(STOCKS, BulkResult(endpoint=STOCKS), None)
    outcome = await guard.send(send, batch)
    assert answer_lost(outcome) is (lost if raised == "lost" else None)


async def test_a_cancelled_upload_cancels_its_requests_and_leaves_no_task() -> None:
    started, cancelled = asyncio.Event(), []

    async def send(batch: list[StockItem], keys: list[Hashable]) -> BatchOutcome:
        started.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.append(len(batch))
            raise
        return BatchOutcome(ENDPOINT, batch, [])

    before = asyncio.all_tasks()
    upload = _upload(send)
    run = asyncio.create_task(upload.run([_stock(k) for k in range(350)], 3))
    await started.wait()
    await asyncio.sleep(0)
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    assert cancelled == [100, 100, 100]
    assert asyncio.all_tasks() - before == {asyncio.current_task()} - before
