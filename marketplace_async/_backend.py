"""Bucket state behind a small storage interface.

A :class:`Bucket` is one concrete budget: ``amount`` units in any window of ``window`` seconds.
The backend holds the state of every bucket and answers one question atomically: may these
demands be taken now, all of them? If yes it records them; if not it records nothing and says
how long to wait. The in-process :class:`MemoryBackend` is here; a Redis backend implements the
same protocol so that callers need no change.

Why a sliding log and not a token bucket: a bucket that starts full (aiolimiter's leaky bucket
used as is) admits its capacity at once and then refills, so about twice the limit can land in
the first window. The log admits a demand only if the units already recorded in the trailing
window plus the demand fit the amount, which bounds *every* window, aligned or not, and still
lets a saturated sender use the whole amount (100% of the limit, not a fraction of it).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Bucket:
    """``amount`` units in any window of ``window`` seconds (already scaled, margin included)."""

    key: str
    amount: int
    window: float


Demand = tuple[Bucket, int]


class LimiterBackend(Protocol):
    """Where bucket state lives. Every method is atomic with respect to every other caller.

    ``ticket`` names one acquire (unique within the process; repeated only while that acquire
    waits), so that :meth:`refund` gives back exactly that take and no other of equal weight.
    """

    async def acquire(self, demands: Sequence[Demand], ticket: int) -> float:
        """Take every demand, or none. Return 0.0 if taken, else seconds until it may fit."""
        ...

    async def refund(self, demands: Sequence[Demand], ticket: int) -> None:
        """Give back demands that were taken under ``ticket`` but never sent."""
        ...

    def settle(self, demands: Sequence[Demand], ticket: int) -> None:
        """The request taken under ``ticket`` was answered (or given up): its takes leave the
        window one window from now. Until then they count, however long the request travels."""
        ...

    async def pause(self, bucket: Bucket, seconds: float) -> None:
        """Admit nothing from ``bucket`` for ``seconds`` (the server said we are over)."""
        ...

    async def observe_remaining(self, bucket: Bucket, remaining: int, reset_in: float) -> None:
        """The server counts only ``remaining`` units left until ``reset_in``: never believe more."""
        ...

    async def aclose(self) -> None: ...


class _SlidingLog:
    """Exact record of what was taken in the trailing window, with O(1) amortised upkeep."""

    __slots__ = (
        "amount",
        "expiries",
        "floor",
        "floor_base_total",
        "floor_tickets",
        "floor_until",
        "inflight",
        "paused_until",
        "total",
        "used",
        "weights",
        "window",
    )

    def __init__(self, amount: int, window: float) -> None:
        self.amount = amount
        self.window = window
        # When each entry leaves the window. Storing expiry (not send time) makes "expired" and
        # "seconds until it expires" one computation, so float rounding cannot make them disagree.
        self.expiries: deque[float] = deque()
        self.weights: deque[int] = deque()
        # Takes whose request has not been answered yet, by ticket. The server counts a request
        # when it arrives, at the latest when its answer leaves, so a take leaves the window one
        # window after the answer (settle), never earlier, however long the request was on its way.
        self.inflight: dict[int, int] = {}
        self.used = 0  # sum of weights still inside the window, in flight included
        self.total = 0  # every unit ever taken: lets a server floor count what we sent after it
        self.paused_until = float("-inf")
        self.floor = 0
        self.floor_base_total = 0
        self.floor_until = float("-inf")
        # Takes in flight when the floor was set: the server's count may include them, so giving
        # one back (never sent after all) must not lower the floor below what the server said.
        self.floor_tickets: frozenset[int] = frozenset()

    def _expire(self, now: float) -> None:
        expiries, weights = self.expiries, self.weights
        while expiries and expiries[0] <= now:
            expiries.popleft()
            self.used -= weights.popleft()

    def wait_for(self, weight: int, now: float) -> float:
        """Seconds until ``weight`` fits; 0.0 if it fits now."""
        self._expire(now)
        wait = self.paused_until - now if now < self.paused_until else 0.0
        if now < self.floor_until:
            # The server said only so much is left until a reset: honour it on top of our own log.
            server_used = self.floor + (self.total - self.floor_base_total)
            if server_used + weight > self.amount:
                wait = max(wait, self.floor_until - now)
        excess = self.used + weight - self.amount
        if excess > 0:
            freed = 0
            for expiry, w in zip(self.expiries, self.weights, strict=True):
                freed += w
                if freed >= excess:
                    wait = max(wait, expiry - now)
                    break
            else:
                # Only takes still in flight could make room: each leaves one window after its
                # answer, which has not come yet, so one window is the soonest to look again.
                wait = max(wait, self.window)
        return wait

    def take(self, weight: int, ticket: int) -> None:
        """Record a take: in flight until :meth:`settle` (or :meth:`give_back`)."""
        self.inflight[ticket] = self.inflight.get(ticket, 0) + weight
        self.used += weight
        self.total += weight

    def settle(self, ticket: int, now: float) -> None:
        weight = self.inflight.pop(ticket, None)
        if weight is not None:  # settling twice, or after a refund, changes nothing
            # Settles happen at non-decreasing times, so the expiries stay sorted.
            self.expiries.append(now + self.window)
            self.weights.append(weight)

    def give_back(self, ticket: int) -> None:
        weight = self.inflight.pop(ticket, 0)  # 0: refunded already, or settled (it was sent)
        if ticket in self.floor_tickets:
            self.floor_base_total -= weight
        self.used -= weight
        self.total -= weight

    def idle(self, now: float) -> bool:
        """Holds nothing that could hold a request back: safe to forget."""
        self._expire(now)
        return (
            not self.expiries and not self.inflight and self.paused_until <= now and self.floor_until <= now
        )


class MemoryBackend:
    """In-process bucket state. Atomic by construction: no method awaits while it holds state."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        self._clock = clock
        self._logs: dict[str, _SlidingLog] = {}

    def _now(self) -> float:
        return self._clock() if self._clock is not None else asyncio.get_running_loop().time()

    def _log(self, bucket: Bucket) -> _SlidingLog:
        log = self._logs.get(bucket.key)
        if log is None:
            log = self._logs[bucket.key] = _SlidingLog(bucket.amount, bucket.window)
        elif log.amount != bucket.amount or log.window != bucket.window:
            # The limit was reconfigured: what was already sent, paused or observed still counts.
            log.amount, log.window = bucket.amount, bucket.window
        return log

    def try_acquire(self, demands: Sequence[Demand], ticket: int) -> float:
        """Synchronous core of :meth:`acquire`, for callers already on the event loop."""
        now = self._now()
        wait = 0.0
        logs = [self._log(bucket) for bucket, _ in demands]
        for log, (_, weight) in zip(logs, demands, strict=True):
            wait = max(wait, log.wait_for(weight, now))
        if wait > 0.0:
            return wait
        for log, (_, weight) in zip(logs, demands, strict=True):
            log.take(weight, ticket)
        return 0.0

    async def acquire(self, demands: Sequence[Demand], ticket: int) -> float:
        return self.try_acquire(demands, ticket)

    async def refund(self, demands: Sequence[Demand], ticket: int) -> None:
        for bucket, _ in demands:
            self._log(bucket).give_back(ticket)

    def settle(self, demands: Sequence[Demand], ticket: int) -> None:
        now = self._now()
        for bucket, _ in demands:
            self._log(bucket).settle(ticket, now)

    async def pause(self, bucket: Bucket, seconds: float) -> None:
        log = self._log(bucket)
        log.paused_until = max(log.paused_until, self._now() + seconds)

    async def observe_remaining(self, bucket: Bucket, remaining: int, reset_in: float) -> None:
        log = self._log(bucket)
        now = self._now()
        log._expire(now)
        server_used = max(0, bucket.amount - remaining)
        if server_used <= log.used:
            return  # the server believes no more than we do: our log already bounds it
        log.floor = server_used
        log.floor_base_total = log.total
        log.floor_tickets = frozenset(log.inflight)
        log.floor_until = now + max(0.0, reset_in)

    def usage(self, bucket: Bucket) -> int:
        """Units inside the trailing window now (for tests and stats)."""
        log = self._log(bucket)
        log._expire(self._now())
        return log.used

    def prune(self) -> int:
        """Forget buckets that hold nothing; returns how many were dropped."""
        now = self._now()
        dead = [key for key, log in self._logs.items() if log.idle(now)]
        for key in dead:
            del self._logs[key]
        return len(dead)

    async def aclose(self) -> None:
        self._logs.clear()
