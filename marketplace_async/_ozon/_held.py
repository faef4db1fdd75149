"""Held uploads: batching keyed items under a per-key limit without stalling the others.

Ozon accepts one stock update per (offer, warehouse) pair every 30 s. A pair that is not due is
parked with its due time (newer values coalescing into it) while every other item goes on, and
it is released into a later batch when due, or reported ``RATE_LIMITED`` if the caller will not
wait.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from datetime import UTC, datetime, timedelta

import anyio

from .._bulk import SendGuard, deliver
from .._keyed import KeyGate
from .._results import BatchOutcome, BulkResult, FailureReason, ItemFailure, OnBatch
from .models import StockItem


def when(seconds: float) -> str:
    at = datetime.now(UTC) + timedelta(seconds=seconds)
    return f"in {seconds:.1f} s (at {at:%H:%M:%S} UTC)"


def describe_key(key: Hashable) -> str:
    if isinstance(key, tuple) and len(key) == 3:
        return f"{key[0]} {key[1]!r} on warehouse {key[2]}"
    if isinstance(key, tuple) and len(key) == 2:
        return f"{key[0]} {key[1]!r}"
    return repr(key)


class HeldUpload:
    """Batches keyed items under a per-key limit, holding keys that are not due yet.

    The producer keeps three stores, each holding at most one (the latest) value per key:
    ``open`` (the batch being filled; its keys are claimed), ``parked`` (due at a known time,
    ordered by a heap) and ``blocked`` (the key is in a request right now; due 30 s after it
    ends). A new value for a key in any store replaces the old one (coalesced). Held items never
    stop the others: they are released into later batches when due.
    """

    def __init__(
        self,
        *,
        endpoint: str,
        max_items: int,
        key: Callable[[StockItem], Hashable],
        gate: KeyGate | None,
        hold: bool,
        max_wait: float | None,
        result: BulkResult,
        on_batch: OnBatch | None,
        clock: Callable[[], float],
        send: Callable[[list[StockItem]], Awaitable[BatchOutcome]],
    ) -> None:
        self.endpoint = endpoint
        self.max_items = max_items
        self.key = key
        self.gate = gate
        self.hold = hold
        self.max_wait = max_wait
        self.result = result
        self.on_batch = on_batch
        self.clock = clock
        self.send = send
        self.open: dict[Hashable, StockItem] = {}
        self.parked: dict[Hashable, StockItem] = {}
        self.blocked: dict[Hashable, StockItem] = {}
        self.heap: list[tuple[float, int, Hashable]] = []
        self.seq = itertools.count()
        self.refused: list[ItemFailure] = []
        self.guard = SendGuard(endpoint)

    def admit(self, item: StockItem, now: float) -> None:
        key = self.key(item)
        for store in (self.open, self.parked, self.blocked):
            if key in store:
                store[key] = item
                self.result.coalesced += 1
                return
        self.place(key, item, now)

    def place(self, key: Hashable, item: StockItem, now: float) -> None:
        gate = self.gate
        wait = 0.0 if gate is None else gate.wait(key, now)
        if wait == 0.0:
            if gate is not None:
                gate.claim(key)
            self.open[key] = item
        elif not self.hold or (wait is not None and self.max_wait is not None and wait > self.max_wait):
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
        self.refused.append(
            ItemFailure(
                item,
                FailureReason.RATE_LIMITED,
                code="TOO_MANY_REQUESTS",
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
        if self.blocked and self.gate is not None:
            for key in [k for k in self.blocked if k not in self.gate.claimed]:
                self.place(key, self.blocked.pop(key), now)

    async def flush_refused(self) -> None:
        if self.refused:
            refused, self.refused = self.refused, []
            await deliver(BatchOutcome(self.endpoint, [], refused), self.result, self.on_batch)

    async def run(self, source: AsyncIterator[StockItem], concurrency: int) -> None:
        send_stream, receive_stream = anyio.create_memory_object_stream[list[tuple[Hashable, StockItem]]](0)

        async def emit(full_only: bool) -> None:
            while self.open and (len(self.open) >= self.max_items or not full_only):
                keys = list(itertools.islice(self.open, self.max_items))
                batch = [(k, self.open.pop(k)) for k in keys]
                try:
                    await self.flush_refused()
                    await send_stream.send(batch)
                except BaseException:
                    if self.gate is not None:  # never handed to a worker: unclaim, unused
                        self.gate.finish(keys, self.clock(), used=False)
                    raise

        async def produce() -> None:
            async with send_stream:
                try:
                    async for item in source:
                        self.result.received += 1
                        now = self.clock()
                        self.release(now)
                        self.admit(item, now)
                        await emit(full_only=True)
                    while True:
                        await self.flush_refused()
                        self.release(self.clock())
                        if self.open:
                            await emit(full_only=False)
                        elif self.refused:
                            continue
                        elif not (self.parked or self.blocked):
                            return
                        else:
                            # No await since release(): a claim ending from here on wakes us.
                            await self.wait_next()
                finally:
                    if self.open and self.gate is not None:  # cancelled with a batch still open
                        self.gate.finish(list(self.open), self.clock(), used=False)

        async def worker() -> None:
            async for batch in receive_stream:
                await self.deliver(batch)

        async with receive_stream, anyio.create_task_group() as tg:
            for _ in range(max(1, concurrency)):
                tg.start_soon(worker)
            await produce()

    async def wait_next(self) -> None:
        """Sleep until the next parked key is due or a claim ends (a blocked key may be free)."""
        timeout = max(0.0, self.heap[0][0] - self.clock()) if self.heap else None
        if self.blocked and self.gate is not None:
            with anyio.move_on_after(timeout if timeout is not None else float("inf")):
                await self.gate.changed.wait()
        elif timeout is not None:
            await anyio.sleep(timeout)

    async def deliver(self, batch: list[tuple[Hashable, StockItem]]) -> None:
        keys = [k for k, _ in batch]
        items = [item for _, item in batch]
        sent = self.guard.error is None
        try:
            outcome = await self.guard.send(self.send, items)
        finally:
            if self.gate is not None:
                self.gate.finish(keys, self.clock(), used=sent)
        await deliver(outcome, self.result, self.on_batch)
