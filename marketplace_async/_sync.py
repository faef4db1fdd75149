"""Continuous sync: a coalescing batcher in front of one bulk method, for a stream of changes.

``async with ozon.stock_sync() as sync: await sync.put(item)``. Guarantees:

* At most one value per key waits: a later ``put`` for a key replaces the waiting one (the latest
  wins; the replaced value is counted in ``stats.coalesced`` and gets no outcome of its own).
* A batch goes as soon as ``max_items`` keys are ready; a partial batch ``linger`` seconds after
  its first key became ready, at once on :meth:`BulkSync.flush`, on close, or when ``put`` waits.
* Every batch is one call of the client's bulk method, so the scheduler and the per-item rules
  apply. With a key gate (Ozon's 30 s per pair, 10 prices an hour), a key the gate refuses now
  stays in the buffer, where later puts still coalesce into it, and goes as soon as the gate
  allows. A key is never in two requests at once, so its latest value is the last to arrive.
* At most ``max_buffer`` keys wait; ``put`` of a new key then waits (backpressure), never drops.
* Every value that was not coalesced gets exactly one :class:`SyncOutcome`: confirmed, or failed
  with an :class:`ItemFailure`. Leaving the context drains everything first; leaving it with an
  exception (cancellation included) reports the values still buffered as ``CANCELLED`` and those
  whose request was in flight as ``OUTCOME_UNKNOWN``. Nothing is dropped silently.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import inspect
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio

from ._bulk import batch_failed
from ._errors import AuthError, MarketplaceError, ValidationError
from ._keyed import KeyGate
from ._results import BatchOutcome, BulkResult, FailureReason, ItemFailure, OnBatch

T = TypeVar("T")

DEFAULT_LINGER = 0.1
"""Real seconds a partial batch waits for more keys before it goes."""
DEFAULT_MAX_BUFFER = 10_000
"""Keys that may wait in the buffer before ``put`` of a new key waits."""
DEFAULT_SYNC_CONCURRENCY = 2
"""Bulk calls in flight at once. Few, so that values wait in the buffer (where they coalesce)
rather than in the scheduler's queue; two already keep every documented rate busy."""

BulkSend = Callable[[Iterator[T], OnBatch], Awaitable[BulkResult]]
"""The bulk method: ``send(items, on_batch)``. Items come as an iterator (a stream), so that an
item the method finds invalid is reported alone rather than failing its whole batch."""

OnOutcome = Callable[["SyncOutcome"], Any]


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What became of one value put: confirmed (``failure is None``) or failed and why."""

    key: Hashable
    item: Any
    failure: ItemFailure | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None


@dataclass(slots=True)
class SyncStats:
    """Counters of a sync. ``puts == coalesced + confirmed + failed + buffered + in flight``."""

    puts: int = 0
    coalesced: int = 0
    confirmed: int = 0
    failed: int = 0
    flushes: int = 0  # bulk calls
    requests: int = 0  # HTTP attempts of those calls, retries included
    retries: int = 0
    max_buffered: int = 0  # the buffer's high-water mark, in keys


def field_key(*names: str) -> Callable[[Any], Hashable]:
    """A key function: the first of ``names`` that is set on a mapping or object (str trimmed)."""

    def key(item: Any) -> Hashable:
        for name in names:
            value = item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)
            if value is not None:
                return value.strip() if isinstance(value, str) else value
        raise ValidationError(
            f"needs {' or '.join(names)}", field=names[0], rule="required", item=item, code="REQUIRED"
        )

    return key


@dataclass(eq=False, slots=True)
class _Flight:
    """One bulk call: its values by key, until each has its outcome."""

    keys: tuple[Hashable, ...]
    unreported: dict[Hashable, Any]
    task: asyncio.Task[None] | None = None


@dataclass(eq=False, slots=True)
class _Barrier:
    """A ``flush()`` waiting for the keys buffered and the calls in flight when it was called."""

    keys: set[Hashable]
    flights: set[_Flight]
    done: asyncio.Event = field(default_factory=asyncio.Event)


_MIN_SLEEP = 0.001

_NEW, _OPEN, _CLOSING, _CLOSED, _ABORTED = "new", "open", "closing", "closed", "aborted"


class BulkSync(Generic[T]):
    """A coalescing batcher over one bulk method; see the module docstring for its guarantees.

    Made by the clients (``ozon.stock_sync()``, ``ym.price_sync(campaign_id)``...). Options:
    ``linger`` (real seconds), ``max_buffer`` (keys), ``concurrency`` (bulk calls in flight),
    ``on_outcome`` (called, or awaited, with each :class:`SyncOutcome`; without it outcomes
    queue up for :meth:`outcomes`).
    """

    def __init__(
        self,
        send: BulkSend[T],
        *,
        endpoint: str,
        max_items: int,
        key: Callable[[T], Hashable],
        convert: Callable[[Any, int], T] | None = None,
        gate: KeyGate | None = None,
        clock: Callable[[], float] | None = None,
        linger: float = DEFAULT_LINGER,
        max_buffer: int = DEFAULT_MAX_BUFFER,
        concurrency: int = DEFAULT_SYNC_CONCURRENCY,
        on_outcome: OnOutcome | None = None,
    ) -> None:
        if max_items < 1 or max_buffer < 1 or concurrency < 1:
            raise ValueError("max_items, max_buffer and concurrency must be >= 1")
        if linger < 0:
            raise ValueError("linger must be >= 0")
        self.endpoint = endpoint
        self.stats = SyncStats()
        self._send = send
        self._key = key
        self._convert = convert
        self._gate = gate
        self._clock = clock or (lambda: asyncio.get_running_loop().time())
        self._max_items = max_items
        self._linger = linger
        self._max_buffer = max_buffer
        self._concurrency = concurrency
        self._on_outcome = on_outcome
        self._state = _NEW
        # Every buffered key is in _pending and in exactly one of: _ready (may go now, FIFO),
        # _held (a heap by the time the gate allows it), _after_flight (its previous value is in
        # one of our calls), _after_other (the gate says another call holds it).
        self._pending: dict[Hashable, T] = {}
        self._ready: dict[Hashable, None] = {}
        self._ready_since = 0.0
        self._held: list[tuple[float, int, Hashable]] = []
        self._seq = itertools.count()
        self._after_flight: set[Hashable] = set()
        self._after_other: set[Hashable] = set()
        self._flying: set[Hashable] = set()
        self._flights: set[_Flight] = set()
        self._barriers: list[_Barrier] = []
        self._starved = 0  # puts waiting for room
        self._gate_changed = False
        self._wake = asyncio.Event()
        self._room = asyncio.Event()
        self._queue: asyncio.Queue[SyncOutcome | None] = asyncio.Queue()
        self._error: BaseException | None = None
        self._tasks: list[asyncio.Task[None]] = []

    def __repr__(self) -> str:
        return (
            f"<BulkSync {self.endpoint} {self._state} buffered={self.buffered} "
            f"in_flight={self.in_flight} puts={self.stats.puts}>"
        )

    @property
    def buffered(self) -> int:
        """Keys waiting in the buffer now."""
        return len(self._pending)

    @property
    def in_flight(self) -> int:
        """Values in bulk calls now, without an outcome yet."""
        return sum(len(f.unreported) for f in self._flights)

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> BulkSync[T]:
        if self._state is not _NEW:
            raise RuntimeError("a BulkSync is used once; make a new one")
        self._state = _OPEN
        self._tasks.append(asyncio.create_task(self._run(), name=f"sync {self.endpoint}"))
        if self._gate is not None:
            self._tasks.append(asyncio.create_task(self._watch(self._gate)))
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:
            await self._abort()
            return
        self._state = _CLOSING
        self._wake.set()
        self._room.set()  # puts waiting for room refuse instead: nobody would flush them
        flusher = self._tasks[0]
        try:
            await asyncio.wait({flusher})  # a cancellation here must reach _abort, not the flusher
        except BaseException:
            await self._abort()
            raise
        if flusher.exception() is not None:
            await self._abort()  # what it could not send is reported, then its error raised
            raise self._error or RuntimeError("the flusher failed")
        await self._finish(_CLOSED)
        if self._error is not None:
            raise self._error

    async def _finish(self, state: str) -> None:
        self._state = state
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for barrier in self._barriers:
            barrier.done.set()
        self._barriers.clear()
        self._room.set()
        self._queue.put_nowait(None)

    async def _abort(self) -> None:
        """Stop at once; report every value without an outcome, then end the outcome stream."""
        if self._state in (_CLOSED, _ABORTED):
            return
        self._state = _ABORTED
        flights = list(self._flights)
        tasks = [*self._tasks, *(f.task for f in flights if f.task is not None)]
        for task in tasks:
            task.cancel()
        with anyio.CancelScope(shield=True):
            await asyncio.gather(*tasks, return_exceptions=True)
            for flight in flights:
                for k, item in list(flight.unreported.items()):
                    failure = ItemFailure(
                        item,
                        FailureReason.OUTCOME_UNKNOWN,
                        message=f"{self.endpoint}: cancelled while its request was queued or in flight; "
                        "it may have been applied",
                    )
                    await self._report(flight, k, failure)
            pending, self._pending = self._pending, {}
            for k, item in pending.items():
                failure = ItemFailure(
                    item, FailureReason.CANCELLED, message=f"{self.endpoint}: cancelled before it was sent"
                )
                await self._emit(SyncOutcome(k, item, failure))
            self._ready.clear()
            self._held.clear()
            self._after_flight.clear()
            self._after_other.clear()
            self._flights.clear()
            await self._finish(_ABORTED)

    # ------------------------------------------------------------------ the caller's side

    async def put(self, item: Any) -> None:
        """Buffer ``item`` (replacing a waiting value of its key); waits only while the buffer is full.

        Raises :class:`ValidationError` for an item that cannot be keyed (or converted, where the
        client converts on put), ``RuntimeError`` once the sync is closing or closed, and the
        error that stopped it (an :class:`AuthError`, or an exception of ``on_outcome``).
        """
        self._check_open()
        value = self._convert(item, self.stats.puts) if self._convert is not None else item
        k = self._key(value)
        pending = self._pending
        if k not in pending and len(pending) >= self._max_buffer:
            await self._wait_for_room(k)
        self.stats.puts += 1
        if k in pending:
            pending[k] = value
            self.stats.coalesced += 1
            return
        pending[k] = value
        if len(pending) > self.stats.max_buffered:
            self.stats.max_buffered = len(pending)
        self._place(k, self._clock())
        if len(self._ready) == self._max_items:
            await asyncio.sleep(0)  # let the flusher send the full batch even if the caller never waits

    async def _wait_for_room(self, k: Hashable) -> None:
        self._starved += 1
        self._wake.set()  # a starved put makes a partial batch go at once
        try:
            while k not in self._pending and len(self._pending) >= self._max_buffer:
                self._room.clear()
                await self._room.wait()
                self._check_open()
        finally:
            self._starved -= 1

    def _check_open(self) -> None:
        if self._error is not None:
            raise self._error
        if self._state is not _OPEN:
            raise RuntimeError(f"this BulkSync is {self._state}; put and flush only inside 'async with'")

    async def flush(self) -> None:
        """Send every value buffered now (held keys when their gate allows) and wait for their
        outcomes, and for the calls already in flight."""
        self._check_open()
        if not self._pending and not self._flights:
            return
        barrier = _Barrier(set(self._pending), set(self._flights))
        self._barriers.append(barrier)
        self._wake.set()
        try:
            await barrier.done.wait()
        finally:
            if barrier in self._barriers:
                self._barriers.remove(barrier)
        if self._error is not None:
            raise self._error

    async def outcomes(self) -> AsyncIterator[SyncOutcome]:
        """Every outcome, in the order they came; ends when the sync is closed and drained.

        Iterate from a task that outlives the ``async with`` block (or after it). Not available
        with ``on_outcome=``, which receives the outcomes instead.
        """
        if self._on_outcome is not None:
            raise RuntimeError("outcomes go to on_outcome=; outcomes() is for syncs without a callback")
        while True:
            outcome = await self._queue.get()
            if outcome is None:
                self._queue.put_nowait(None)  # for any other reader
                return
            yield outcome

    # ------------------------------------------------------------------ the flusher

    def _place(self, k: Hashable, now: float) -> None:
        """File a buffered key under the reason it waits, or as ready."""
        if k in self._flying:
            self._after_flight.add(k)
            return
        gate = self._gate
        if gate is not None:
            wait = gate.wait(k, now)
            if wait is None:
                self._after_other.add(k)
                return
            if wait > 0:
                heapq.heappush(self._held, (now + wait, next(self._seq), k))
                return
        ready = self._ready
        ready[k] = None
        if len(ready) == 1:
            self._ready_since = now
            self._wake.set()
        elif len(ready) == self._max_items:
            self._wake.set()

    def _release(self, now: float) -> None:
        held = self._held
        while held and held[0][0] <= now:
            self._place(heapq.heappop(held)[2], now)
        if self._gate_changed:
            self._gate_changed = False
            gate = self._gate
            assert gate is not None
            for k in [k for k in self._after_other if gate.wait(k, now) is not None]:
                self._after_other.discard(k)
                self._place(k, now)

    def _due(self, now: float) -> bool:
        return (
            len(self._ready) >= self._max_items
            or self._state is _CLOSING
            or bool(self._barriers)
            or self._starved > 0
            or now >= self._ready_since + self._linger
        )

    async def _run(self) -> None:
        try:
            await self._flush_forever()
        except Exception as exc:  # a bug: wake every waiter, so that each sees the error
            self._error = self._error or exc
            self._room.set()
            for barrier in self._barriers:
                barrier.done.set()
            raise

    async def _flush_forever(self) -> None:
        while True:
            self._wake.clear()
            now = self._clock()
            self._release(now)
            while self._ready and len(self._flights) < self._concurrency and self._due(now):
                self._dispatch()
            if self._state is _CLOSING and not self._pending and not self._flights:
                return
            deadlines = [self._held[0][0]] if self._held else []
            if self._ready and len(self._flights) < self._concurrency:
                deadlines.append(self._ready_since + self._linger)
            if not deadlines:
                await self._wake.wait()
                continue
            with contextlib.suppress(TimeoutError):
                # A floor: a gate may still say "1e-13 s" at the time it gave, which must not spin.
                async with asyncio.timeout(max(_MIN_SLEEP, min(deadlines) - now)):
                    await self._wake.wait()

    async def _watch(self, gate: KeyGate) -> None:
        while True:
            await gate.changed.wait()
            self._gate_changed = True
            self._wake.set()

    def _dispatch(self) -> None:
        ready, pending = self._ready, self._pending
        keys = tuple(itertools.islice(ready, self._max_items))
        for k in keys:
            del ready[k]
        values = {k: pending.pop(k) for k in keys}
        self._flying.update(keys)
        flight = _Flight(keys, values)
        self._flights.add(flight)
        for barrier in self._barriers:
            before = len(barrier.keys)
            barrier.keys.difference_update(keys)
            if len(barrier.keys) < before:
                barrier.flights.add(flight)
        self.stats.flushes += 1
        flight.task = asyncio.create_task(self._fly(flight))
        self._room.set()

    async def _fly(self, flight: _Flight) -> None:
        try:
            leftover = await self._call(flight)
        finally:
            if self._state is not _ABORTED:
                self._land(flight)
        if self._state is _ABORTED:
            return  # _abort reports what is left
        for k, item in list(flight.unreported.items()):
            await self._report(flight, k, leftover(item))

    async def _call(self, flight: _Flight) -> Callable[[Any], ItemFailure]:
        """One bulk call; returns the failure of an item it gave no outcome for."""
        endpoint = self.endpoint
        stopped = self._error
        if isinstance(stopped, AuthError):  # every request would fail the same way: send none
            return lambda item: batch_failed([item], stopped, endpoint, "not sent").failed[0]
        try:
            result = await self._send(iter(list(flight.unreported.values())), self._on_batch(flight))
        except Exception as exc:
            # A bulk call that stopped raises with its partial result attached: what it reported.
            partial = getattr(exc, "result", None)
            if isinstance(partial, BulkResult):
                await self._count(flight, partial)
            if isinstance(exc, AuthError):  # the call sent none of the rest: neither will we
                auth = exc
                return lambda item: batch_failed([item], auth, endpoint, "not sent").failed[0]
            if isinstance(exc, MarketplaceError):
                error = exc
                return lambda item: batch_failed([item], error, endpoint).failed[0]
            self._error = self._error or exc  # a bug below or in a callback: report, then surface it
            message = f"{endpoint}: the bulk call raised {type(exc).__name__}: {exc}"
            return lambda item: ItemFailure(item, FailureReason.BATCH, message=message)
        await self._count(flight, result)
        return lambda item: ItemFailure(item, FailureReason.BATCH, message=f"{endpoint}: no outcome given")

    async def _count(self, flight: _Flight, result: BulkResult) -> None:
        self.stats.requests += result.requests
        self.stats.retries += result.retries
        # A stream's invalid items are recorded in the result, not passed to on_batch.
        for failure in result.failed:
            await self._report(flight, self._key(failure.item), failure)

    def _land(self, flight: _Flight) -> None:
        """A bulk call ended: its keys may go again, flushes waiting on it may return."""
        self._flights.discard(flight)
        self._flying.difference_update(flight.keys)
        now = self._clock()
        for k in flight.keys:
            if k in self._after_flight:
                self._after_flight.discard(k)
                self._place(k, now)
        for barrier in self._barriers:
            barrier.flights.discard(flight)
            if not barrier.keys and not barrier.flights:
                barrier.done.set()
        self._wake.set()

    def _on_batch(self, flight: _Flight) -> OnBatch:
        async def on_batch(outcome: BatchOutcome) -> None:
            for item in outcome.succeeded:
                await self._report(flight, self._key(item), None)
            for failure in outcome.failed:
                await self._report(flight, self._key(failure.item), failure)

        return on_batch

    async def _report(self, flight: _Flight, k: Hashable, failure: ItemFailure | None) -> None:
        """The outcome of ``flight``'s value for ``k``, once (later reports of it are ignored)."""
        item = flight.unreported.pop(k, _MISSING)
        if item is _MISSING:
            return
        if failure is not None and isinstance(failure.error, AuthError) and self._error is None:
            self._error = failure.error  # stop sending; put, flush and close raise it
        await self._emit(SyncOutcome(k, item, failure))

    async def _emit(self, outcome: SyncOutcome) -> None:
        if outcome.failure is None:
            self.stats.confirmed += 1
        else:
            self.stats.failed += 1
        if self._on_outcome is None:
            self._queue.put_nowait(outcome)
            return
        try:
            ret = self._on_outcome(outcome)
            if inspect.isawaitable(ret):
                await ret
        except Exception as exc:  # the application's bug: keep accounting, raise it from put/close
            self._error = self._error or exc


_MISSING: Any = object()
