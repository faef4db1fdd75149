"""Held uploads: batching keyed items under a per-key limit without stalling the others.

Ozon accepts one stock update per (offer, warehouse) pair every 30 s. A pair that is not due is
parked with its due time (newer values coalescing into it) while every other item goes on, and
it is released into a later batch when due, or reported ``RATE_LIMITED`` if the caller will not
wait.

Every attempt that may have reached the server counts as a use of its pairs: a request whose
answer was lost (dropped connection, timeout, 5xx) is not resent at once, which the server would
refuse per pair (``TOO_MANY_REQUESTS``) while the first attempt may have been applied. Its pairs
are parked until due and resent then, up to the retry policy's ``max_attempts`` in all; a pair
whose outcome still cannot be known is reported ``OUTCOME_UNKNOWN``, never as an ordinary failure.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import heapq
import itertools
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from datetime import UTC, datetime, timedelta

import anyio
from anyio.abc import TaskGroup

from .._bulk import BulkGuard
from .._errors import OutcomeUnknownError
from .._keyed import KeyGate, may_have_reached
from .._limits import Endpoint
from .._results import BatchOutcome, FailureReason, ItemFailure
from .models import StockItem

TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
"""Ozon's per-item code for a pair updated within its 30 s (or a product's 11th price an hour)."""


def when(seconds: float) -> str:
    at = datetime.now(UTC) + timedelta(seconds=seconds)
    return f"in {seconds:.1f} s (at {at:%H:%M:%S} UTC)"


def describe_key(key: Hashable) -> str:
    if isinstance(key, tuple) and len(key) == 3:
        return f"{key[0]} {key[1]!r} on warehouse {key[2]}"
    if isinstance(key, tuple) and len(key) == 2:
        return f"{key[0]} {key[1]!r}"
    return repr(key)


def hand_back_lost(endpoint: Endpoint) -> Endpoint:
    """``endpoint`` as a keyed upload sends it: the engine resends a request that may have been
    applied only for idempotent endpoints, so marked otherwise it hands such an attempt back
    (:class:`OutcomeUnknownError`) for the upload to resend once its keys are due. A request
    that certainly never arrived, or was refused for a rate limit, is still resent by the engine."""
    return dataclasses.replace(endpoint, idempotent=False)


def lost_answer(item: object, error: OutcomeUnknownError, why: str) -> ItemFailure:
    """An item whose request may have been applied and that will not be resent."""
    cause = error.__cause__ or error
    return ItemFailure(
        item,
        FailureReason.OUTCOME_UNKNOWN,
        message=(
            f"its request may have been applied but the answer was lost ({cause}); {why}; "
            "check the value at the marketplace before sending it again"
        ),
        error=error,
    )


def _send_with(
    send: Callable[[list[StockItem], list[Hashable]], Awaitable[BatchOutcome]],
    keys: list[Hashable],
    batch: list[StockItem],
) -> Awaitable[BatchOutcome]:
    return send(batch, keys)


def answer_lost(outcome: BatchOutcome) -> OutcomeUnknownError | None:
    """The error of a request whose answer was lost, from its outcome: :meth:`BulkGuard.send`
    reports it as every item's ``OUTCOME_UNKNOWN`` failure carrying it; an answer's own rows never
    carry one."""
    failed = outcome.failed
    if outcome.succeeded or not failed:
        return None
    first = failed[0]
    error = first.error
    if first.reason is FailureReason.OUTCOME_UNKNOWN and isinstance(error, OutcomeUnknownError):
        return error
    return None


def unknown_after_resend(failure: ItemFailure) -> ItemFailure:
    """A resend refused as too frequent: the lost earlier attempt may be what was applied."""
    return ItemFailure(
        failure.item,
        FailureReason.OUTCOME_UNKNOWN,
        code=failure.code,
        message=f"{failure.message}; an earlier attempt whose answer was lost may have been applied",
        error=failure.error,
    )


async def first_of(events: list[asyncio.Event], within: float) -> None:
    """Return when any of ``events`` is set, or after ``within`` seconds.

    One future waits on every event at once (it joins each event's waiters, as ``Event.wait``
    does with its own), so a wait costs no task per event: a thousand uploads waiting at once
    leave little for the garbage collector to scan."""
    if any(event.is_set() for event in events):
        return
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[bool] = loop.create_future()
    timer = None if math.isinf(within) else loop.call_later(within, _settle, waiter)
    for event in events:
        event._waiters.append(waiter)  # set() resolves it; the later events skip it (done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for event in events:
            with contextlib.suppress(ValueError):
                event._waiters.remove(waiter)


def _settle(waiter: asyncio.Future[bool]) -> None:
    if not waiter.done():
        waiter.set_result(True)


_TICK = 1e-3  # the shortest wait for a parked key: it is released at most this late, never early

Batch = tuple[list[Hashable], list[StockItem]]
"""A batch handed to a worker: its keys and its items, in the same order."""


class HeldUpload:
    """Batches keyed items under a per-key limit, holding keys that are not due yet.

    The producer keeps three stores, each holding at most one (the latest) value per key:
    ``open`` (due now: goes in the next batch), ``parked`` (due at a known time, ordered by a
    heap) and ``blocked`` (the key is in a request right now, ours or another call's; due 30 s
    after it ends). A new value for a key in any store replaces the old one (coalesced). Held
    items never stop the others: they are released into later batches when due.

    A worker claims its batch's keys at the gate only when it is about to send, all at once and
    without waiting (a key another call took in between goes back to the stores), and gives them
    back when the request ends; nothing waits for a key while holding one, so concurrent uploads
    with overlapping pairs cannot deadlock.
    """

    def __init__(
        self,
        *,
        max_items: int,
        key: Callable[[StockItem], Hashable],
        gate: KeyGate | None,
        hold: bool,
        max_wait: float | None,
        max_attempts: int,
        guard: BulkGuard,
        clock: Callable[[], float],
        send: Callable[[list[StockItem], list[Hashable]], Awaitable[BatchOutcome]],
    ) -> None:
        self.max_items = max_items
        self.key = key
        self.gate = gate
        self.hold = hold
        self.max_wait = max_wait
        self.max_attempts = max_attempts
        self.guard = guard
        self.result = guard.result
        self.clock = clock
        self.send = send
        self.open: dict[Hashable, StockItem] = {}
        self.parked: dict[Hashable, StockItem] = {}
        self.blocked: dict[Hashable, StockItem] = {}
        self.heap: list[tuple[float, int, Hashable]] = []
        self.seq = itertools.count()
        self.flying: set[Hashable] = set()  # keys of batches handed to workers, until they end
        # Attempts of a key's value whose answers were lost, and the last such error.
        self.attempts: dict[Hashable, tuple[int, OutcomeUnknownError]] = {}
        self.inflight = 0  # batches handed to workers and not yet ended
        self.unsent: list[ItemFailure] = []  # reported without a request; flushed by the producer
        self.wake = asyncio.Event()

    def admit(self, item: StockItem, now: float) -> None:
        self.admit_keyed(self.key(item), item, now)

    def admit_keyed(self, key: Hashable, item: StockItem, now: float) -> None:
        if (key in self.open or key in self.parked or key in self.blocked) and self.replace(key, item):
            return  # the common case, a key not waiting, skips replace()
        self.place(key, item, now)

    def admit_many(self, keys: list[Hashable], items: list[StockItem], now: float) -> None:
        """:meth:`admit` for each item, in one step when no key waits, flies, is claimed or was
        used within the window (what :meth:`place` would find for each: due now)."""
        fresh = dict(zip(keys, items, strict=True))
        gate = self.gate
        if (
            len(fresh) == len(keys)
            and fresh.keys().isdisjoint(self.open.keys())
            and fresh.keys().isdisjoint(self.parked.keys())
            and fresh.keys().isdisjoint(self.blocked.keys())
            and fresh.keys().isdisjoint(self.flying)
            and (gate is None or gate.free(fresh.keys(), now))
        ):
            self.open.update(fresh)
            return
        for key, item in zip(keys, items, strict=True):
            self.admit_keyed(key, item, now)

    def replace(self, key: Hashable, item: StockItem) -> bool:
        """Coalesce ``item`` into a waiting value of its key, if there is one."""
        for store in (self.open, self.parked, self.blocked):
            if key in store:
                store[key] = item
                self.result.coalesced += 1
                if key not in self.flying:  # else the attempts are the value in flight's
                    self.attempts.pop(key, None)  # the waiting value was superseded, resend or not
                return True
        return False

    def place(
        self, key: Hashable, item: StockItem, now: float, lost: OutcomeUnknownError | None = None
    ) -> None:
        """File an item under the reason it waits, or as due now; ``lost`` marks a resend."""
        if key in self.flying:
            self.blocked[key] = item
            return
        gate = self.gate
        wait = 0.0 if gate is None else gate.wait(key, now)
        if wait == 0.0:
            self.open[key] = item
        elif not self.hold or (wait is not None and self.max_wait is not None and wait > self.max_wait):
            if lost is not None:
                self.attempts.pop(key, None)
                self.unsent.append(lost_answer(item, lost, "not resent: it is not due yet and may not wait"))
            else:
                self.refuse(key, item, wait)
        elif wait is None:
            self.blocked[key] = item
        else:
            self.parked[key] = item
            heapq.heappush(self.heap, (now + wait, next(self.seq), key))

    def refuse(self, key: Hashable, item: StockItem, wait: float | None) -> None:
        assert self.gate is not None
        window = self.gate.rate.window
        due = when(wait) if wait is not None else f"{window:g} s after its update in flight ends"
        self.unsent.append(
            ItemFailure(
                item,
                FailureReason.RATE_LIMITED,
                code=TOO_MANY_REQUESTS,
                message=(
                    f"{describe_key(key)} was updated less than {window:g} s ago; not sent; "
                    f"it may be sent {due}"
                ),
            )
        )

    def release(self, now: float) -> None:
        """Move due parked keys, and blocked keys whose request ended, back through the gate."""
        while self.heap and self.heap[0][0] <= now:
            _, _, key = heapq.heappop(self.heap)
            self.place(key, self.parked.pop(key), now)
        if self.blocked:
            claimed = self.gate.claimed if self.gate is not None else {}
            for key in [k for k in self.blocked if k not in claimed and k not in self.flying]:
                self.place(key, self.blocked.pop(key), now)

    async def flush_unsent(self) -> None:
        if self.unsent:
            unsent, self.unsent = self.unsent, []
            await self.guard.deliver(BatchOutcome(self.guard.endpoint, [], unsent))

    async def drop_all(self) -> None:
        """The upload stopped: every value still waiting is reported."""
        waiting = [*self.open.items(), *self.parked.items(), *self.blocked.items()]
        self.open.clear()
        self.parked.clear()
        self.blocked.clear()
        self.heap.clear()
        await self.flush_unsent()
        if waiting:
            await self.guard.deliver(self.not_sent(waiting))

    def not_sent(self, pairs: list[tuple[Hashable, StockItem]]) -> BatchOutcome:
        """Values the stopped upload will not send: not sent, or unknown if an earlier attempt of
        the value may have been applied."""
        fresh = self.guard.not_sent([item for k, item in pairs if k not in self.attempts])
        resends = [
            lost_answer(item, self.attempts.pop(k)[1], "not resent: the upload stopped")
            for k, item in pairs
            if k in self.attempts
        ]
        return BatchOutcome(fresh.endpoint, [], fresh.failed + resends)

    async def run(self, source: AsyncIterator[StockItem] | list[StockItem], concurrency: int) -> None:
        """Send ``source`` with at most ``concurrency`` batches in flight.

        A batch is formed only when a worker is free for it, so what cannot go yet waits in the
        stores (where a newer value still coalesces into it), not as a coroutine. A worker is
        handed its batch directly (a future it waits on when idle), started only when every one
        started is busy: a small upload (one of a thousand accounts') starts as many as it has
        batches, not ``concurrency``.
        """
        cap = max(1, concurrency)
        loop = asyncio.get_running_loop()
        idle: list[asyncio.Future[Batch | None]] = []  # workers waiting for a batch
        closed = False
        from_list = isinstance(source, list)
        group: list[TaskGroup] = []  # the task group, once entered

        async def room() -> None:
            """Until a worker is free for another batch (each batch that ends sets ``wake``)."""
            while self.inflight >= cap:
                self.wake.clear()
                await self.wake.wait()

        async def emit(full_only: bool) -> None:
            while self.open and (len(self.open) >= self.max_items or not full_only):
                if self.inflight >= cap:
                    await room()
                    continue  # the stores may have changed meanwhile
                await self.flush_unsent()
                keys = list(itertools.islice(self.open, self.max_items))
                if not keys:
                    continue
                if len(keys) == len(self.open):
                    items = list(self.open.values())
                    self.open.clear()
                else:
                    items = [self.open.pop(k) for k in keys]
                self.flying.update(keys)
                self.inflight += 1
                while idle:
                    waiter = idle.pop()
                    if not waiter.done():  # else cancelled: the upload is being cancelled
                        waiter.set_result((keys, items))
                        break
                else:
                    group[0].start_soon(worker, (keys, items))
                if not from_list:  # the worker starts its request before the stream may fail
                    await asyncio.sleep(0)

        async def take_list(items: list[StockItem]) -> None:
            """A list, as many items at a time as fill the open batch: one clock read, one release
            and one admit for them (nothing else runs in between: no await), as if they came one
            by one. Their keys are made then, not for the whole list at once: memory stays flat."""
            at, result, key = 0, self.result, self.key
            while at < len(items) and self.guard.error is None:
                now = self.clock()
                self.release(now)
                end = min(len(items), at + max(1, self.max_items - len(self.open)))
                result.received += end - at
                chunk = items[at:end]
                self.admit_many([key(item) for item in chunk], chunk, now)
                at = end
                if len(self.open) >= self.max_items:
                    await emit(full_only=True)

        async def produce() -> None:
            try:
                if isinstance(source, list):
                    await take_list(source)
                else:
                    async for item in self.guard.take(source):
                        now = self.clock()
                        self.release(now)
                        self.admit(item, now)
                        if len(self.open) >= self.max_items:  # no coroutine per item: only when full
                            await emit(full_only=True)
                while self.guard.error is None:
                    self.wake.clear()  # set by every batch that ends, from here on
                    await self.flush_unsent()
                    self.release(self.clock())
                    if self.open:
                        await emit(full_only=False)
                    elif self.unsent:
                        continue
                    elif not (self.parked or self.blocked or self.inflight):
                        return
                    else:
                        await self.wait_next()
            except Exception as exc:  # a bug: stop, report, never raise into the task group
                self.guard.stop(exc)
            await self.drop_all()

        async def worker(batch: Batch | None) -> None:
            while batch is not None:
                try:
                    await self.deliver(*batch)
                finally:
                    self.inflight -= 1
                    self.wake.set()
                if closed:
                    return
                waiter: asyncio.Future[Batch | None] = loop.create_future()
                idle.append(waiter)
                try:
                    batch = await waiter
                finally:
                    if waiter in idle:  # cancelled while idle
                        idle.remove(waiter)

        async with anyio.create_task_group() as tg:
            group.append(tg)
            try:
                await produce()
            finally:
                closed = True
                for waiter in idle:
                    waiter.set_result(None)
                idle.clear()

    async def wait_next(self) -> None:
        """Sleep until the next parked key is due, a batch of ours ends, another call's claim
        ends (a blocked key may be free) or the upload stops."""
        # At least a tick: a timer may fire a float's rounding before the time it was set for.
        timeout = max(_TICK, self.heap[0][0] - self.clock()) if self.heap else math.inf
        events = [self.wake, self.guard.stopped]
        if self.blocked and self.gate is not None:
            events.append(self.gate.changed)
        await first_of(events, timeout)

    def refile(
        self, key: Hashable, item: StockItem, now: float, lost: OutcomeUnknownError | None = None
    ) -> None:
        """Put a value that came back from a worker into the stores, unless a newer one waits."""
        if key in self.open or key in self.parked or key in self.blocked:
            self.result.coalesced += 1  # superseded by a later value of the upload
            self.attempts.pop(key, None)
        else:
            self.place(key, item, now, lost)

    async def deliver(self, keys: list[Hashable], items: list[StockItem]) -> None:
        guard, gate = self.guard, self.gate
        if guard.error is not None:
            self.flying.difference_update(keys)
            await guard.deliver(self.not_sent(list(zip(keys, items, strict=True))))
            return
        if gate is not None:
            ready, taken = await gate.sort_out_shared(items, self.key, self.clock(), keys)
            if taken:  # another call took these keys since they were batched
                now = self.clock()
                for item, _ in taken:
                    k = self.key(item)
                    self.flying.discard(k)
                    earlier = self.attempts.get(k)
                    self.refile(k, item, now, earlier[1] if earlier else None)
                keys = [self.key(item) for item in ready]
            items = ready
        if not items:
            return
        outcome: BatchOutcome | None = None
        try:
            # A partial, not a closure: one object a waiting batch keeps (thousands may wait).
            outcome = await guard.send(functools.partial(_send_with, self.send, keys), items)
        finally:
            self.flying.difference_update(keys)
            if gate is not None:
                gate.finish(keys, self.clock(), used=may_have_reached(outcome))
        lost = answer_lost(outcome)
        if lost is not None:
            outcome = self.resend_later(list(zip(keys, items, strict=True)), lost)
        elif self.attempts:
            outcome = self.judge_resends(outcome)
        if outcome.succeeded or outcome.failed:
            await guard.deliver(outcome)

    def resend_later(
        self, ready: list[tuple[Hashable, StockItem]], lost: OutcomeUnknownError
    ) -> BatchOutcome:
        """The answer was lost: park each pair until due for a resend, or report it unknown."""
        now = self.clock()
        unknown: list[ItemFailure] = []
        resent = False
        for k, item in ready:
            tried = self.attempts.pop(k, (0, lost))[0] + 1
            if self.guard.error is not None:
                unknown.append(lost_answer(item, lost, "not resent: the upload stopped"))
            elif tried >= self.max_attempts:
                unknown.append(lost_answer(item, lost, f"not resent after {tried} attempts"))
            else:
                self.attempts[k] = (tried, lost)
                self.refile(k, item, now, lost)
                resent = True
        if resent:
            self.result.retries += 1  # its items go out again, in a later request
            if self.result._metrics is not None:
                self.result._metrics.resent(self.guard.endpoint)
        return BatchOutcome(self.guard.endpoint, [], unknown)

    def judge_resends(self, outcome: BatchOutcome) -> BatchOutcome:
        """A resend's answer; a pair refused as too frequent after a lost answer is unknown."""
        failed: list[ItemFailure] = []
        for failure in outcome.failed:
            resent = self.attempts.pop(self.key(failure.item), None) is not None
            too_soon = failure.reason is FailureReason.API and failure.code == TOO_MANY_REQUESTS
            failed.append(unknown_after_resend(failure) if resent and too_soon else failure)
        for item in outcome.succeeded:
            self.attempts.pop(self.key(item), None)
        return BatchOutcome(outcome.endpoint, outcome.succeeded, failed)
