"""The scheduler: every request acquires from all the limits that apply to it, at once.

Guarantees (each proven in ``tests/test_scheduler.py`` on a virtual clock):

* In any window of a bucket's length, aligned or not, what the server receives stays within its
  amount. A take counts from its acquire until one window after its request was answered (the
  backend's sliding log with in-flight takes, settled by :meth:`Permit.release`): the server
  counts a request when it arrives, which is between the two, so the bound holds at the server
  however long a request waits in the client's loop or travels. A safety margin in real seconds
  (default 0.1 s) widens every window on top, for clock-rate drift and timestamp granularity.
* All of a request's buckets are taken atomically: all or nothing.
* Waiters of one lane (one account's endpoint) are served strictly FIFO: a large weighted request
  at the head is never overtaken by small ones behind it, so it cannot starve.
* A cancelled waiter takes nothing, holds no parallel slot and leaves no trace in the queue.
* Lanes are independent: one endpoint's backlog waits in its own queue and never delays another
  lane, except through a budget they genuinely share (the account's).
* Server feedback (429/420, Yandex rate-limit headers) pauses or tightens the matching bucket.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType

from ._backend import Bucket, Demand, LimiterBackend, MemoryBackend
from ._limits import Rate, Scope, Unit

DEFAULT_JITTER_MARGIN = 0.1
"""Real seconds added to every window: covers arrival jitter of up to ±50 ms at the server."""


_MIN_SLEEP = 0.001
_tickets = itertools.count(1)  # one per acquire, unique in the process: names the take for refunds


class LimitTooSmallError(ValueError):
    """A single request costs more than its limit allows in a whole window: it can never be sent."""


@dataclass(frozen=True, slots=True)
class BucketUse:
    """A bucket a lane draws from, and whether a request costs 1 or its item count."""

    bucket: Bucket
    per_item: bool
    scope: Scope


def bucket_for(rate: Rate, key: str, time_scale: float, margin: float) -> BucketUse:
    """Bind a documented rate to a scope key; the margin is real time and is not scaled."""
    return BucketUse(
        Bucket(key=key, amount=rate.amount, window=rate.window / time_scale + margin),
        per_item=rate.unit is Unit.ITEMS,
        scope=rate.scope,
    )


class _Slots:
    """A FIFO counting semaphore for parallel caps, whose waiters can be cancelled cleanly."""

    __slots__ = ("capacity", "in_use", "waiters")

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.in_use = 0
        self.waiters: deque[asyncio.Future[None]] = deque()

    async def acquire(self) -> None:
        if self.in_use < self.capacity and not self.waiters:
            self.in_use += 1
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waiters.append(fut)
        try:
            await fut
        except BaseException:
            if fut.done() and not fut.cancelled():
                self.release()  # the slot was handed to us as we were cancelled: pass it on
            else:
                self.waiters.remove(fut)
            raise

    def release(self) -> None:
        while self.waiters:
            fut = self.waiters.popleft()
            if not fut.done():
                fut.set_result(None)  # the slot moves to the next waiter; in_use is unchanged
                return
        self.in_use -= 1


class Permit:
    """What a successful acquire holds: parallel slots until released, and the demands it took."""

    __slots__ = ("_demands", "_lane", "_slots", "_ticket")

    def __init__(self, lane: Lane, slots: Sequence[_Slots], demands: Sequence[Demand], ticket: int) -> None:
        self._lane = lane
        self._slots = slots
        self._demands = demands
        self._ticket = ticket

    def release(self) -> None:
        """The request is over (answered, failed or abandoned): settle its takes, free its slots.

        Call it when the answer arrives: the takes then leave their windows one window later,
        which is never before the server's own count of the request expires.
        """
        demands, self._demands = self._demands, ()
        if demands:
            self._lane._backend.settle(demands, self._ticket)
        slots, self._slots = self._slots, ()
        for slot in slots:
            slot.release()

    async def refund(self) -> None:
        """Give the budget back: for a request that was acquired but never sent."""
        demands, self._demands = self._demands, ()
        await self._lane._backend.refund(demands, self._ticket)

    async def __aenter__(self) -> Permit:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


class Lane:
    """One FIFO queue in front of a fixed set of buckets and parallel caps."""

    def __init__(
        self, key: str, uses: Sequence[BucketUse], slots: Sequence[_Slots], backend: LimiterBackend
    ) -> None:
        self.key = key
        self.uses = tuple(uses)
        self._slots = tuple(slots)
        self._backend = backend
        self._queue: deque[asyncio.Future[None]] = deque()

    @property
    def waiting(self) -> int:
        return len(self._queue)

    def demands(self, items: int) -> list[Demand]:
        demands: list[Demand] = []
        for use in self.uses:
            weight = items if use.per_item else 1
            if weight > use.bucket.amount:
                raise LimitTooSmallError(
                    f"{self.key}: a request of {weight} units exceeds the limit of "
                    f"{use.bucket.amount} per {use.bucket.window:g} s; split it"
                )
            demands.append((use.bucket, weight))
        return demands

    async def acquire(self, items: int = 1) -> Permit:
        """Wait for this lane's turn, then for every slot and bucket; returns a :class:`Permit`.

        ``items`` is the request's item count; it weighs on item-counting limits only.
        """
        demands = self.demands(items)
        ticket = next(_tickets)
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue = self._queue
        queue.append(fut)
        taken: list[_Slots] = []
        try:
            if queue[0] is not fut:
                await fut
            for slot in self._slots:
                await slot.acquire()
                taken.append(slot)
            while True:
                wait = await self._backend.acquire(demands, ticket)
                if wait <= 0.0:
                    return Permit(self, taken, demands, ticket)
                # Loops may wake a hair early (clock resolution) or round tiny sleeps to nothing;
                # a floor on the sleep guarantees progress, and waiting longer is always safe.
                await asyncio.sleep(max(wait, _MIN_SLEEP))
        except BaseException:
            for slot in taken:
                slot.release()
            raise
        finally:
            if queue and queue[0] is fut:
                queue.popleft()
                for nxt in queue:  # wake the new head, skipping any cancelled on the way
                    if not nxt.done():
                        nxt.set_result(None)
                        break
            else:
                queue.remove(fut)

    async def pause(self, seconds: float, scopes: Sequence[Scope] = (Scope.ACCOUNT, Scope.ENDPOINT)) -> None:
        """The server refused us: admit nothing from the matching buckets for ``seconds``."""
        for use in self.uses:
            if use.scope in scopes:
                await self._backend.pause(use.bucket, seconds)

    async def observe_remaining(self, remaining: int, reset_in: float, scope: Scope = Scope.ENDPOINT) -> None:
        """The server's count of what is left wins over ours when it is lower."""
        for use in self.uses:
            if use.scope is scope:
                await self._backend.observe_remaining(use.bucket, remaining, reset_in)


class Scheduler:
    """Owns the lanes and parallel caps of a pool; bucket state lives in its backend."""

    def __init__(
        self, backend: LimiterBackend | None = None, *, jitter_margin: float = DEFAULT_JITTER_MARGIN
    ):
        if jitter_margin < 0:
            raise ValueError("jitter_margin must be >= 0")
        self.backend: LimiterBackend = backend if backend is not None else MemoryBackend()
        self.jitter_margin = jitter_margin
        self._lanes: dict[str, Lane] = {}
        self._slots: dict[str, _Slots] = {}

    def slots(self, key: str, capacity: int) -> _Slots:
        slots = self._slots.get(key)
        if slots is None or slots.capacity != capacity:
            if slots is not None:
                slots.capacity = capacity
            else:
                slots = self._slots[key] = _Slots(capacity)
        return slots

    def lane(self, key: str, uses: Sequence[BucketUse], parallel: Sequence[tuple[str, int]] = ()) -> Lane:
        """The lane named ``key``; created on first use, shared by every client that names it."""
        lane = self._lanes.get(key)
        if lane is None or lane.uses != tuple(uses):
            slots = [self.slots(name, cap) for name, cap in parallel]
            lane = Lane(key, uses, slots, self.backend)
            self._lanes[key] = lane
        return lane

    async def aclose(self) -> None:
        self._lanes.clear()
        await self.backend.aclose()
