"""Run a bulk upload: validate, chunk, send batches concurrently, account for every item.

The pipeline streams: a producer pulls items, the chunker forms batches, and a fixed number of
workers send them, each acquiring from the scheduler. Only the batches in flight are in memory.

Input is validated item by item before anything of it is sent. A list or tuple is validated
whole before the first request, and its first bad item raises :class:`ValidationError`. A stream
(any other iterable or async iterable) cannot be seen whole in advance, so each bad item is kept
out of every request and reported in ``result.failed`` with its :class:`ValidationError`.

If a key comes again after its earlier value went out in another batch, the later batch waits
until the earlier one has completed, so the last value is also the last to reach the server.

An upload stops at the first of: an :class:`AuthError` (every later request would fail the same
way), an exception raised by the items' source (a generator or async iterator), by ``on_batch``,
or by a bug. It then takes no more items from the source, lets the requests already sent end,
reports the items it took but did not send as ``CANCELLED`` ("not sent"), and raises that
exception itself (never an ``ExceptionGroup``) with the partial :class:`BulkResult` as its
``result`` attribute: ``received`` counts the items taken from the source, and every batch
already reported through ``on_batch`` is in it.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import anyio

from ._chunking import ListBatch, aiter_items, chunked, list_batches
from ._errors import AuthError, MarketplaceError, OutcomeUnknownError, ValidationError
from ._limits import Endpoint, LimitsTable, Scope, Unit
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
    convert_list: Callable[[list[Any]], list[Any] | None] | None = None
    """A list validated whole at once (``None`` back: item by item with ``convert``, which names
    every bad item); what it gives is the items sent, or what ``build`` makes them from."""
    build: Callable[[list[Any]], list[T]] | None = None
    """The items sent for a batch of what ``convert_list`` gave, built batch by batch as they go
    (the list was validated whole before, so building cannot fail); ``key`` reads what
    ``convert_list`` gave."""
    encode: Callable[[list[T]], bytes] | None = None
    """A batch's request body: given, a list's batches are measured by their body, encoded once,
    and ``send`` gets them as :class:`EncodedBatch`."""


class EncodedBatch(list[T]):
    """A batch with the request body it was measured by, so that ``send`` need not encode it again."""

    __slots__ = ("body",)

    def __init__(self, items: list[T], body: bytes) -> None:
        super().__init__(items)
        self.body = body


def batch_limit(table: LimitsTable, endpoint: Endpoint, default: int) -> int:
    """Items per request: the endpoint's maximum, and no more than any item-counted limit of the
    request's lane (the account's or the endpoint's) allows in a whole window, so that an
    override such as 50 items a minute shrinks the batches instead of refusing them."""
    caps = [endpoint.max_items or default]
    caps += [
        rate.amount
        for rate in (*table.account_rates, *endpoint.rates)
        if rate.unit is Unit.ITEMS and rate.scope is not Scope.ITEM_KEY
    ]
    return min(caps)


def convert_all(items: Items, convert: Callable[[Any, int], T]) -> list[T] | None:
    """Validate a list or tuple whole, every bad item in one ValidationError; ``None`` for streams,
    which are validated as they flow."""
    if isinstance(items, (list, tuple)):
        return convert_list(items, convert)
    return None


async def run_bulk(
    plan: BulkPlan[T], items: Items, result: BulkResult, on_batch: OnBatch | None
) -> BulkResult:
    """Send ``items`` as ``plan`` says; returns ``result``, or raises what stopped the upload
    with ``result`` attached (see the module docstring)."""
    prepared: list[Any] | None = None
    build = None
    if plan.convert_list is not None and type(items) is list:
        prepared = plan.convert_list(items)
        if prepared is not None:
            build = plan.build
    if prepared is None:
        prepared = convert_all(items, plan.convert)
    guard = BulkGuard(plan.endpoint, result, on_batch)
    key = plan.key
    listed: AsyncIterator[tuple[list[T], tuple[int, ...]]] | None = None
    streamed: AsyncIterator[list[T]] | None = None
    if prepared is not None:
        listed = guard.take_list(
            list_batches(
                prepared,
                max_items=plan.max_items,
                key=key,
                build=build,
                encode=plan.encode,
                size=plan.size,
                max_body_bytes=plan.max_body_bytes,
                release=prepared is not items,  # converted here: freed batch by batch as they go
            )
        )
    else:

        def count_coalesced(_old: T) -> None:
            result.coalesced += 1

        streamed = chunked(
            guard.take(validated(items, plan.convert, result)),
            max_items=plan.max_items,
            key=key,
            size=plan.size,
            max_body_bytes=plan.max_body_bytes,
            on_replaced=count_coalesced,
        )
    inflight: dict[Hashable, asyncio.Event] = {}  # a stream's keys in flight: their batch's event
    send_stream, receive_stream = anyio.create_memory_object_stream[tuple[list[T], asyncio.Event | None]](0)

    async def worker() -> None:
        async for batch, done in receive_stream:
            try:
                outcome = await guard.send(plan.send, batch)
            finally:
                if done is not None:
                    done.set()
                    if streamed is not None:
                        for item in batch:
                            k = key(item)  # type: ignore[misc]
                            if inflight.get(k) is done:
                                del inflight[k]
            await guard.deliver(outcome)

    async def produce_list(batches: AsyncIterator[tuple[list[T], tuple[int, ...]]]) -> None:
        done_of: list[asyncio.Event] = []  # by batch number: a later batch with one of its keys waits
        async for batch, after in batches:
            done: asyncio.Event | None = None
            if key is not None:
                for number in after:
                    await done_of[number].wait()
                done = asyncio.Event()
                done_of.append(done)
            await send_stream.send((batch, done))

    async def produce_stream(batches: AsyncIterator[list[T]]) -> None:
        async for batch in batches:
            done: asyncio.Event | None = None
            if key is not None:
                batch_keys = [key(item) for item in batch]
                for k in batch_keys:
                    earlier = inflight.get(k)
                    if earlier is not None:
                        await earlier.wait()
                done = asyncio.Event()
                for k in batch_keys:
                    inflight[k] = done
            await send_stream.send((batch, done))

    async def produce() -> None:
        async with send_stream:
            try:
                if listed is not None:
                    await produce_list(listed)
                elif streamed is not None:
                    await produce_stream(streamed)
            except Exception as exc:  # a bug of the chunker or a key function: stop, never a group
                guard.stop(exc)

    async with receive_stream, anyio.create_task_group() as tg:  # workers end before the stream closes
        for _ in range(max(1, plan.concurrency)):
            tg.start_soon(worker)
        await produce()
    guard.raise_if_stopped()
    return result


async def validated(items: Items, convert: Callable[[Any, int], T], result: BulkResult) -> AsyncIterator[T]:
    """A stream's valid items; each invalid one goes to ``result.failed``, counted as received."""
    index = 0
    async for raw in aiter_items(items):
        try:
            item = convert(raw, index)
        except ValidationError as exc:
            result.received += 1
            failure = ItemFailure(raw, FailureReason.VALIDATION, code=exc.code, message=str(exc), error=exc)
            result.add(BatchOutcome(result.endpoint, [], [failure]))
        else:
            yield item
        index += 1


class BulkGuard:
    """One upload's stop switch and its accounting at the edges.

    It counts the items taken from the source, turns a request's error into its items' failures,
    and stops the upload at the first :class:`AuthError` or unexpected exception (the source's,
    ``on_batch``'s, a bug's): from then on it takes no more items and reports every batch it is
    given as not sent. :meth:`raise_if_stopped` raises that exception with the result attached.
    Nothing here raises into a task group, so the caller never sees an ``ExceptionGroup``.
    """

    __slots__ = ("_callback_failed", "endpoint", "error", "on_batch", "result", "stopped")

    def __init__(self, endpoint: str, result: BulkResult, on_batch: OnBatch | None) -> None:
        self.endpoint = endpoint
        self.result = result
        self.on_batch = on_batch
        self.error: BaseException | None = None
        self.stopped = asyncio.Event()
        self._callback_failed = False

    def stop(self, error: BaseException) -> None:
        if self.error is None:
            self.error = error
            self.stopped.set()

    async def take_list(
        self, batches: Iterator[ListBatch[T]]
    ) -> AsyncIterator[tuple[list[T], tuple[int, ...]]]:
        """A list's batches until the upload stops, their items (and those they superseded)
        counted as received; each batch (with its body as an :class:`EncodedBatch`) with the
        numbers of the earlier batches it must wait for."""
        result = self.result
        for batch in batches:
            if self.error is not None:
                return
            result.received += len(batch.items) + len(batch.replaced)
            result.coalesced += len(batch.replaced)
            items = batch.items if batch.body is None else EncodedBatch(batch.items, batch.body)
            yield items, batch.after

    async def take(self, source: AsyncIterator[T] | list[T]) -> AsyncIterator[T]:
        """The source's items, counted as received, until the upload stops; the source's own
        exception stops it (and ends this iteration normally, so batches formed are reported).
        A list (items already converted) is read without an async iterator per item."""
        if isinstance(source, list):
            for item in source:
                if self.error is not None:
                    return
                self.result.received += 1
                yield item
            return
        iterator = aiter(source)
        try:
            while self.error is None:
                try:
                    item = await anext(iterator)
                except StopAsyncIteration:
                    return
                except Exception as exc:
                    self.stop(exc)
                    return
                self.result.received += 1
                yield item
        finally:
            close = getattr(iterator, "aclose", None)
            if close is not None and self.error is not None:
                # The source failing to close changes nothing already counted.
                with contextlib.suppress(Exception):
                    await close()

    async def send(self, send: Callable[[list[T]], Awaitable[BatchOutcome]], batch: list[T]) -> BatchOutcome:
        """``send(batch)``'s outcome; its error as every item's failure; nothing once stopped."""
        if self.error is not None:
            return self.not_sent(batch)
        try:
            return await send(batch)
        except AuthError as exc:
            self.stop(exc)
            return batch_failed(batch, exc, self.endpoint)
        except MarketplaceError as exc:
            return batch_failed(batch, exc, self.endpoint)
        except Exception as exc:  # a bug below: the request may have gone out
            self.stop(exc)
            message = (
                f"{self.endpoint}: the upload raised {type(exc).__name__}: {exc}; it may have been applied"
            )
            return BatchOutcome(
                self.endpoint,
                [],
                [ItemFailure(item, FailureReason.OUTCOME_UNKNOWN, message=message) for item in batch],
            )

    def not_sent(self, batch: list[Any]) -> BatchOutcome:
        """Every item of ``batch`` as not sent because the upload stopped."""
        error = self.error
        if isinstance(error, MarketplaceError):
            why, cause = str(error), error
        else:
            why, cause = f"{type(error).__name__}: {error}", None
        message = f"not sent: the upload stopped ({why})"
        code = getattr(cause, "code", None)
        failed = [
            ItemFailure(
                item,
                FailureReason.CANCELLED,
                code=None if code is None else str(code),
                message=message,
                error=cause,
            )
            for item in batch
        ]
        return BatchOutcome(self.endpoint, [], failed)

    async def deliver(self, outcome: BatchOutcome) -> None:
        """Count an outcome into the result, then tell ``on_batch``; an AuthError among its
        failures, or ``on_batch`` raising, stops the upload."""
        self.result.add(outcome)
        for failure in outcome.failed:
            if isinstance(failure.error, AuthError) and failure.reason is not FailureReason.CANCELLED:
                self.stop(failure.error)
                break
        if self.on_batch is None or self._callback_failed:
            return
        try:
            ret = self.on_batch(outcome)
            if inspect.isawaitable(ret):
                await ret
        except Exception as exc:
            self._callback_failed = True
            self.stop(exc)

    def raise_if_stopped(self) -> None:
        """Raise what stopped the upload, with the result as its ``result`` attribute."""
        error = self.error
        if error is None:
            return
        try:
            error.result = self.result  # type: ignore[attr-defined]
        except AttributeError:  # an exception type that takes no attributes
            error.add_note(f"marketplace_async: {self.result!r}")
        raise error


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
