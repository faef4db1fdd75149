"""The scheduler: every request acquires from all the limits that apply to it, at once.

Guarantees (each proven on a virtual clock in ``tests/test_scheduler.py`` and
``tests/test_limiter_*.py``; ``tests/mutation_limiter.py`` checks that the tests notice a change):

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
  lane, except through a budget they genuinely share (the account's). A lane takes its parallel
  slots only for the moment its budget is checked and keeps them only if the request can go: a
  lane sleeping on its buckets (or paused by the server) holds no slot another lane could use.
* Server feedback (429/420, Yandex rate-limit headers) pauses or tightens the matching bucket.
  After a pause one request probes the server; every other request on the paused buckets waits
  for its answer, so a lane resumes once, not with every waiter retrying at once.
* Even pacing (opt-in per bucket, ``BucketUse.paced``): after a paced request of weight w, a bucket
  of N per W admits the next one w * W / N later at the earliest, so requests are spread evenly
  and every shape of server counting (fixed windows, sliding windows, a token bucket whose burst
  holds the largest request) admits them, at the full rate. Pacing is kept per process.
* Idle state (lanes, parallel slots, probes, the memory backend's logs) is pruned as the pool
  runs, at most every :data:`PRUNE_INTERVAL` seconds, so touching many accounts once leaves nothing
  behind.
"""

from __future__ import annotations

import asyncio
import itertools
import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType

from ._backend import Bucket, Demand, LimiterBackend, MemoryBackend
from ._limits import Rate, Scope, Unit

DEFAULT_JITTER_MARGIN = 0.1
"""Real seconds added to every window: covers arrival jitter of up to ±50 ms at the server."""


PRUNE_INTERVAL = 60.0
"""Seconds of loop time between two passes that forget idle lanes, slots, probes and bucket logs."""

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
    paced: bool = False  # admit one request's worth every window / amount (see the module docstring)


def bucket_for(rate: Rate, key: str, time_scale: float, margin: float, *, paced: bool = False) -> BucketUse:
    """Bind a documented rate to a scope key; the margin is real time and is not scaled."""
    return BucketUse(
        Bucket(key=key, amount=rate.amount, window=rate.window / time_scale + margin),
        per_item=rate.unit is Unit.ITEMS,
        scope=rate.scope,
        paced=paced,
    )


class _Slots:
    """A FIFO counting semaphore for parallel caps, whose waiters can be cancelled cleanly."""

    __slots__ = ("capacity", "in_use", "waiters")

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.in_use = 0
        self.waiters: deque[asyncio.Future[None]] = deque()

    def try_acquire(self) -> bool:
        """Take a slot if one is free and nobody waits for it; never waits."""
        if self.in_use < self.capacity and not self.waiters:
            self.in_use += 1
            return True
        return False

    async def acquire(self) -> None:
        if self.try_acquire():
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


class _Probe:
    """After a pause of one bucket: the request that goes first, and those waiting for its answer."""

    __slots__ = ("answered", "holder", "renewed", "stale_after")

    def __init__(self, stale_after: float) -> None:
        self.holder: int | None = None  # ticket of the request probing now; None: the next one probes
        self.answered = asyncio.Event()  # set when the probing request is over; one per probe
        self.renewed = False  # paused again while the probe was out: the next request probes again
        self.stale_after = stale_after  # loop time after which an unclaimed probe is forgotten


class Permit:
    """What a successful acquire holds: parallel slots until released, and the demands it took.

    ``probing`` is True when this request is the one that tests the server after a pause: every
    other request on the paused buckets waits until this permit is released or refunded.
    """

    __slots__ = ("_demands", "_lane", "_probes", "_slots", "_ticket")

    def __init__(
        self,
        lane: Lane,
        slots: Sequence[_Slots],
        demands: Sequence[Demand],
        ticket: int,
        probes: Sequence[str] = (),
    ) -> None:
        self._lane = lane
        self._slots = slots
        self._demands = demands
        self._ticket = ticket
        self._probes = probes

    @property
    def probing(self) -> bool:
        return bool(self._probes)

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
        if self._probes:
            self._end_probes(sent=True)

    async def refund(self) -> None:
        """Give the budget back: for a request that was acquired but never sent."""
        demands, self._demands = self._demands, ()
        if self._probes:
            self._end_probes(sent=False)  # the server saw nothing: the next request probes
        await self._lane._backend.refund(demands, self._ticket)

    def _end_probes(self, *, sent: bool) -> None:
        keys, self._probes = self._probes, ()
        probes = self._lane._probes
        for key in keys:  # claimed by this permit: nothing else ends or forgets them
            probe = probes[key]
            if sent and not probe.renewed:
                del probes[key]  # the server took it: the lane resumes
            else:
                probe.holder, probe.renewed = None, False
            probe.answered.set()

    async def __aenter__(self) -> Permit:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


class Lane:
    """One FIFO queue in front of a fixed set of buckets and parallel caps.

    What the retry engine relies on:

    * :meth:`acquire` returns a :class:`Permit` once the request may go; release it when the
      answer arrives, or refund it if the request was certainly never sent.
    * :meth:`pause` after a 429/420, *before* releasing that request's permit. The paused buckets
      then admit nothing until the pause ends; after it, the first request admitted on them
      probes (``permit.probing``) and the others wait for its answer. If the probe is refused
      again, pausing before its release keeps the lane waiting for the next probe; if it is
      refunded (never sent), the next request probes instead. So a caller retrying a 429 needs no
      sleep of its own: acquiring again waits for the pause and for the probe.
    * :meth:`observe_remaining` lets the server's count of what is left tighten the buckets.

    Probes are per process: processes sharing buckets through Redis share the pause, and each
    sends its own probe after it.
    """

    def __init__(
        self,
        key: str,
        uses: Sequence[BucketUse],
        parallel: Sequence[tuple[str, int]],
        scheduler: Scheduler,
    ) -> None:
        self.key = key
        self.uses = tuple(uses)
        self._parallel = tuple(parallel)
        self._slots = tuple(scheduler.slots(name, cap) for name, cap in parallel)
        self._scheduler = scheduler
        self._backend = scheduler.backend
        self._probes = scheduler._probes
        self._paced = any(use.paced for use in self.uses)
        self._queue: deque[asyncio.Future[None]] = deque()
        self._pruned = False
        # With nothing counted per item, every request demands the same: built once, on first use.
        self._per_request: tuple[Demand, ...] | None = None
        self._weighs_items = any(use.per_item for use in self.uses)
        # The in-process backend answers without awaiting (its acquire is try_acquire): an
        # uncontended acquire then needs no queue entry. A backend that overrides acquire is awaited.
        backend = self._backend
        self._try_now: Callable[[Sequence[Demand], int], float] | None = None
        if isinstance(backend, MemoryBackend) and type(backend).acquire is MemoryBackend.acquire:
            self._try_now = backend.try_acquire

    @property
    def waiting(self) -> int:
        return len(self._queue)

    @property
    def pruned(self) -> bool:
        """Forgotten by the scheduler while idle; :meth:`acquire` still works (it revives the key)."""
        return self._pruned

    def demands(self, items: int) -> tuple[Demand, ...]:
        if not self._weighs_items:
            if self._per_request is None:
                self._per_request = self._demands(1)
            return self._per_request
        return self._demands(items)

    def _demands(self, items: int) -> tuple[Demand, ...]:
        demands: list[Demand] = []
        for use in self.uses:
            weight = items if use.per_item else 1
            if weight > use.bucket.amount:
                raise LimitTooSmallError(
                    f"{self.key}: a request of {weight} units exceeds the limit of "
                    f"{use.bucket.amount} per {use.bucket.window:g} s; split it"
                )
            demands.append((use.bucket, weight))
        return tuple(demands)

    async def acquire(self, items: int = 1) -> Permit:
        """Wait for this lane's turn, then for every slot and bucket; returns a :class:`Permit`.

        ``items`` is the request's item count; it weighs on item-counting limits only.
        """
        if self._pruned:  # forgotten while idle: the scheduler's lane of this key takes over
            return await self._scheduler._revive(self).acquire(items)
        demands = self.demands(items)
        ticket = next(_tickets)
        queue = self._queue
        probes = self._probes
        # Nobody ahead, nothing paused, no cap or pace: the head's first check, without a queue entry.
        direct = self._try_now
        if (
            direct is not None
            and not queue
            and not probes
            and not self._slots
            and not self._paced
            and direct(demands, ticket) <= 0.0  # 0: taken (else nothing was recorded)
        ):
            return Permit(self, (), demands, ticket)
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue.append(fut)
        try:
            if queue[0] is not fut:
                await fut
            while True:  # the head's wait: probes in flight, then slots and buckets together
                if probes:
                    answered = self._probe_in_flight()
                    if answered is not None:
                        await answered.wait()
                        continue
                taken = await self._take_slots() if self._slots else ()
                try:
                    wait = self._pace_wait(demands) if self._paced else 0.0
                    if wait <= 0.0:
                        wait = await self._backend.acquire(demands, ticket)
                    if wait <= 0.0 and probes and self._probe_in_flight() is not None:
                        # Another lane's request became the probe while our backend answered.
                        await self._backend.refund(demands, ticket)
                        wait = _MIN_SLEEP
                except BaseException:
                    for slot in taken:
                        slot.release()
                    raise
                if wait <= 0.0:
                    if self._paced:
                        self._paced_now(demands)
                    return Permit(self, taken, demands, ticket, self._claim_probes(ticket) if probes else ())
                for slot in taken:  # no slot is held while sleeping: another lane may use it
                    slot.release()
                # Loops may wake a hair early (clock resolution) or round tiny sleeps to nothing;
                # a floor on the sleep guarantees progress, and waiting longer is always safe.
                await asyncio.sleep(max(wait, _MIN_SLEEP))
        finally:
            if queue and queue[0] is fut:
                queue.popleft()
                for nxt in queue:  # wake the new head, skipping any cancelled on the way
                    if not nxt.done():
                        nxt.set_result(None)
                        break
            else:
                queue.remove(fut)

    def _pace_wait(self, demands: Sequence[Demand]) -> float:
        """Seconds until every paced bucket's previous request is w * W / N behind (w: its weight)."""
        now = asyncio.get_running_loop().time()
        next_of = self._scheduler._paced_at
        wait = 0.0
        for use, (bucket, _) in zip(self.uses, demands, strict=True):
            if use.paced:
                wait = max(wait, next_of.get(bucket.key, now) - now)
        return wait

    def _paced_now(self, demands: Sequence[Demand]) -> None:
        now = asyncio.get_running_loop().time()
        next_of = self._scheduler._paced_at
        for use, (bucket, weight) in zip(self.uses, demands, strict=True):
            if use.paced:
                next_of[bucket.key] = now + weight * bucket.window / bucket.amount

    async def _take_slots(self) -> tuple[_Slots, ...]:
        taken: list[_Slots] = []
        try:
            for slot in self._slots:
                await slot.acquire()
                taken.append(slot)
        except BaseException:
            for slot in taken:
                slot.release()
            raise
        return tuple(taken)

    def _probe_in_flight(self) -> asyncio.Event | None:
        for use in self.uses:
            probe = self._probes.get(use.bucket.key)
            if probe is not None and probe.holder is not None:
                return probe.answered
        return None

    def _claim_probes(self, ticket: int) -> tuple[str, ...]:
        claimed: list[str] = []
        for use in self.uses:
            probe = self._probes.get(use.bucket.key)
            if probe is not None and probe.holder is None:
                probe.holder, probe.answered = ticket, asyncio.Event()
                claimed.append(use.bucket.key)
        return tuple(claimed)

    async def pause(self, seconds: float, scopes: Sequence[Scope] = (Scope.ACCOUNT, Scope.ENDPOINT)) -> None:
        """The server refused us: admit nothing from the matching buckets for ``seconds``, then
        one probe before the rest (see the class docstring)."""
        stale_after = asyncio.get_running_loop().time() + seconds
        for use in self.uses:
            if use.scope in scopes:
                await self._backend.pause(use.bucket, seconds)
                key = use.bucket.key
                probe = self._probes.get(key)
                if probe is None:
                    self._probes[key] = _Probe(stale_after + use.bucket.window)
                else:
                    probe.renewed = probe.holder is not None
                    probe.stale_after = max(probe.stale_after, stale_after + use.bucket.window)

    async def observe_remaining(self, remaining: int, reset_in: float, scope: Scope = Scope.ENDPOINT) -> None:
        """The server's count of what is left wins over ours when it is lower."""
        for use in self.uses:
            if use.scope is scope:
                await self._backend.observe_remaining(use.bucket, remaining, reset_in)

    def _idle(self) -> bool:
        return not self._queue and not any(slot.in_use or slot.waiters for slot in self._slots)


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
        self._probes: dict[str, _Probe] = {}  # by bucket key, while a pause awaits its probe
        self._paced_at: dict[str, float] = {}  # by bucket key: loop time its next paced request may go
        self._next_prune = -math.inf

    def slots(self, key: str, capacity: int) -> _Slots:
        slots = self._slots.get(key)
        if slots is None:
            slots = self._slots[key] = _Slots(capacity)
        else:
            slots.capacity = capacity
        return slots

    def lane(self, key: str, uses: Sequence[BucketUse], parallel: Sequence[tuple[str, int]] = ()) -> Lane:
        """The lane named ``key``; created on first use, shared by every client that names it."""
        lane = self._lanes.get(key)
        if lane is None or lane.uses != tuple(uses):
            self._maybe_prune()
            lane = self._lanes[key] = Lane(key, uses, parallel, self)
        return lane

    def current(self, lane: Lane) -> bool:
        """Whether ``lane`` is the one :meth:`lane` would return for its key and uses now."""
        return self._lanes.get(lane.key) is lane

    def _revive(self, pruned: Lane) -> Lane:
        lane = self._lanes.get(pruned.key)
        if lane is None:
            lane = self._lanes[pruned.key] = Lane(pruned.key, pruned.uses, pruned._parallel, self)
        return lane

    def _maybe_prune(self) -> None:
        # Checked only when a lane is created: the one moment state grows.
        try:
            now = asyncio.get_running_loop().time()
        except RuntimeError:
            return
        if now >= self._next_prune:
            self._next_prune = now + PRUNE_INTERVAL
            self.prune(now)

    def prune(self, now: float | None = None) -> None:
        """Forget idle lanes, parallel slots and probes, and the memory backend's idle logs.

        A lane someone still holds comes back on its next acquire, with fresh slots of the same
        caps: a pruned slot had nothing in use and nobody waiting, so no cap is ever split.
        """
        if now is None:
            now = asyncio.get_running_loop().time()
        for key in [key for key, lane in self._lanes.items() if lane._idle()]:
            self._lanes.pop(key)._pruned = True
        live = {name for lane in self._lanes.values() for name, _ in lane._parallel}
        for key in [key for key in self._slots if key not in live]:
            del self._slots[key]
        for key in [k for k, p in self._probes.items() if p.holder is None and p.stale_after <= now]:
            del self._probes[key]
        for key in [k for k, at in self._paced_at.items() if at <= now]:  # passed: they hold nothing
            del self._paced_at[key]
        prune = getattr(self.backend, "prune", None)
        if callable(prune):
            prune()

    async def aclose(self) -> None:
        self._lanes.clear()
        self._slots.clear()
        self._probes.clear()
        await self.backend.aclose()
