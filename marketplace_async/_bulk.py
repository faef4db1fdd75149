"""Run a bulk upload: validate, chunk, send batches concurrently, account for every item.

The pipeline streams: a producer pulls items, the chunker forms batches, and a fixed number of
workers send them, each acquiring from the scheduler. Only the batches in flight are in memory.

Input is validated item by item before anything of it is sent. A list or tuple is validated
whole before the first request, and its first bad item raises :class:`ValidationError`. A stream
(any other iterable or async iterable) cannot be seen whole in advance, so each bad item is kept
out of every request and reported in ``result.failed`` with its :class:`ValidationError`.

If a key comes again after its earlier value went out in another batch, the later batch waits
until the earlier one has completed, so the last value is also the last to reach the server.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import anyio

from ._chunking import aiter_items, chunked
from ._errors import AuthError, MarketplaceError, OutcomeUnknownError, ValidationError
from ._results import BatchOutcome, BulkResult, FailureReason, ItemFailure, OnBatch
from ._validation import convert_list

T = TypeVar("T")

Items = Iterable[Any] | AsyncIterable[Any]


@dataclass(frozen=True, slots=True)
class BulkPlan(Generic[T]):
    """How one bulk method turns items into requests."""

    endpoint: str
    max_items: int
    send: Callable[[list[T]], Awaitable[BatchOutcome]]
    convert: Callable[[Any, int], T]
    key: Callable[[T], Hashable] | None = None
    size: Callable[[T], int] | None = None
    max_body_bytes: int | None = None
    concurrency: int = 8


def convert_all(items: Items, convert: Callable[[Any, int], T]) -> list[T] | None:
    """Validate a list or tuple whole, every bad item in one ValidationError; ``None`` for streams,
    which are validated as they flow."""
    if isinstance(items, (list, tuple)):
        return convert_list(items, convert)
    return None


async def run_bulk(
    plan: BulkPlan[T], items: Items, result: BulkResult, on_batch: OnBatch | None
) -> BulkResult:
    prepared = convert_all(items, plan.convert)
    source: AsyncIterator[T] = (
        aiter_items(prepared) if prepared is not None else validated(items, plan.convert, result)
    )

    def count_coalesced(_old: T) -> None:
        result.coalesced += 1

    batches = chunked(
        _counted(source, result),
        max_items=plan.max_items,
        key=plan.key,
        size=plan.size,
        max_body_bytes=plan.max_body_bytes,
        on_replaced=count_coalesced,
    )
    inflight: dict[Hashable, asyncio.Event] = {}
    guard = SendGuard(plan.endpoint)
    send_stream, receive_stream = anyio.create_memory_object_stream[tuple[list[T], asyncio.Event | None]](0)

    async def worker() -> None:
        async for batch, done in receive_stream:
            try:
                await deliver(await guard.send(plan.send, batch), result, on_batch)
            finally:
                if done is not None:
                    done.set()
                    for item in batch:
                        k = plan.key(item)  # type: ignore[misc]
                        if inflight.get(k) is done:
                            del inflight[k]

    async def produce() -> None:
        async with send_stream:
            async for batch in batches:
                done: asyncio.Event | None = None
                if plan.key is not None:
                    keys = [plan.key(item) for item in batch]
                    for k in keys:
                        earlier = inflight.get(k)
                        if earlier is not None:
                            await earlier.wait()
                    done = asyncio.Event()
                    for k in keys:
                        inflight[k] = done
                await send_stream.send((batch, done))

    async with receive_stream, anyio.create_task_group() as tg:  # workers end before the stream closes
        for _ in range(max(1, plan.concurrency)):
            tg.start_soon(worker)
        await produce()
    return result


async def _counted(source: AsyncIterator[T], result: BulkResult) -> AsyncIterator[T]:
    async for item in source:
        result.received += 1
        yield item


async def validated(items: Items, convert: Callable[[Any, int], T], result: BulkResult) -> AsyncIterator[T]:
    """A stream's valid items; each invalid one goes to ``result.failed``, counted as received."""
    index = 0
    async for raw in aiter_items(items):
        try:
            item = convert(raw, index)
        except ValidationError as exc:
            result.received += 1
            result.failed.append(
                ItemFailure(raw, FailureReason.VALIDATION, code=exc.code, message=str(exc), error=exc)
            )
        else:
            yield item
        index += 1


class SendGuard:
    """Turns a request's error into its items' failures, and stops sending after an AuthError:
    every later request of the upload would fail the same way, so its items are failed unsent."""

    __slots__ = ("endpoint", "error")

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        self.error: AuthError | None = None

    async def send(self, send: Callable[[list[T]], Awaitable[BatchOutcome]], batch: list[T]) -> BatchOutcome:
        if self.error is not None:
            return batch_failed(batch, self.error, self.endpoint, "not sent")
        try:
            return await send(batch)
        except AuthError as exc:
            self.error = exc
            return batch_failed(batch, exc, self.endpoint)
        except MarketplaceError as exc:
            return batch_failed(batch, exc, self.endpoint)


def batch_failed(batch: list[Any], error: MarketplaceError, endpoint: str, prefix: str = "") -> BatchOutcome:
    """Every item of a request that failed as a whole, with the request's error."""
    reason = FailureReason.OUTCOME_UNKNOWN if isinstance(error, OutcomeUnknownError) else FailureReason.BATCH
    code = getattr(error, "code", None)
    message = f"{prefix}: {error}" if prefix else str(error)
    failed = [
        ItemFailure(item, reason, code=None if code is None else str(code), message=message, error=error)
        for item in batch
    ]
    return BatchOutcome(endpoint, [], failed)


async def deliver(outcome: BatchOutcome, result: BulkResult, on_batch: OnBatch | None) -> None:
    """Count a request's outcome into the result, then tell the caller's ``on_batch``."""
    result.add(outcome)
    if on_batch is not None:
        ret = on_batch(outcome)
        if inspect.isawaitable(ret):
            await ret
