"""Per-item-key limits, such as Ozon's one stock update per (offer, warehouse) pair every 30 s.

There can be millions of keys, so this is not a scheduler bucket per key: it is one log of
``(time, key)`` records in time order plus a count per key, pruned as records age out of the
window. Memory is bounded by the keys touched within one window, not by every key ever seen.

When the pool's limits backend is shared between processes (SQLite, Redis), a gate also takes
each key it sends from the backend, as a bucket of its own (:class:`SharedKeys`), at the moment it
claims it: a key another process is sending or sent within its window waits here too. Within one
process the gate alone orders uses of a key, so the last value per key still lands last; across
processes each use is within the limit, but which process's value lands last is not defined.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from collections.abc import Callable, Hashable, Iterable, KeysView, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TypeVar

from ._backend import Bucket, LimiterBackend
from ._errors import LimiterUnavailableError
from ._limits import Rate
from ._results import BatchOutcome
from ._transport import NotSentError

T = TypeVar("T")

_tickets = itertools.count(1)  # names one shared take of a key, for its settle or refund


class KeyedRate:
    """At most ``amount`` uses of each key in any window of ``window`` seconds.

    The log holds one ``(expiry, keys)`` record per request, not one per key. A key's uses are
    its expiries: a float for one use (for ``amount == 1``, its latest, the only one that decides
    its wait), a deque in time order for more. Times are expected in order (one clock).
    """

    __slots__ = ("_counts", "_log", "amount", "window")

    def __init__(self, amount: int, window: float) -> None:
        self.amount = amount
        self.window = window
        self._log: deque[tuple[float, Sequence[Hashable]]] = deque()
        self._counts: dict[Hashable, float | deque[float]] = {}

    @classmethod
    def from_rate(cls, rate: Rate, time_scale: float, margin: float = 0.0) -> KeyedRate:
        return cls(rate.amount, rate.window / time_scale + margin)

    def _expire(self, now: float) -> None:
        log, counts = self._log, self._counts
        while log and log[0][0] <= now:
            expiry, keys = log.popleft()
            held = list(map(counts.get, keys))
            if held.count(expiry) == len(held):  # the common case: this record is each key's last use
                deque(map(counts.pop, keys, itertools.repeat(None)), maxlen=0)
                continue
            for key in keys:
                uses = counts.get(key)
                if uses is None:  # gone with an earlier record of the same key
                    continue
                if isinstance(uses, deque):
                    uses.popleft()
                    if not uses:
                        del counts[key]
                elif uses <= now:  # a later use of the key (amount 1) keeps it
                    del counts[key]

    def wait_for(self, key: Hashable, now: float) -> float:
        """Seconds until ``key`` may be used again; 0.0 if now."""
        if key not in self._counts:  # the common case, one lookup: expiring cannot add a use
            return 0.0
        self._expire(now)
        return self._wait(key, now)

    def _wait(self, key: Hashable, now: float) -> float:
        """``wait_for`` once the log has been expired to ``now``."""
        uses = self._counts.get(key)
        if uses is None:
            return 0.0
        if isinstance(uses, deque):
            return 0.0 if len(uses) < self.amount else uses[len(uses) - self.amount] - now
        return uses - now if self.amount <= 1 else 0.0

    def _add(self, key: Hashable, expiry: float) -> None:
        counts = self._counts
        uses = counts.get(key)
        if uses is None or self.amount == 1:
            counts[key] = expiry
        elif isinstance(uses, deque):
            uses.append(expiry)
        else:
            counts[key] = deque((uses, expiry))

    def record(self, key: Hashable, now: float) -> None:
        expiry = now + self.window  # stored as expiry: see _backend._SlidingLog for why
        log = self._log
        if log and log[0][0] <= now:  # memory stays one window's records, whoever asks wait_for
            self._expire(now)
        log.append((expiry, (key,)))
        self._add(key, expiry)

    def record_many(self, keys: Iterable[Hashable], now: float) -> None:
        """:meth:`record` for every key of a request that ended at ``now``, in one record."""
        keys = tuple(keys)  # the log keeps them: a copy, whatever the caller does with its list
        if not keys:
            return
        expiry = now + self.window
        log, counts = self._log, self._counts
        if log and log[0][0] <= now:
            self._expire(now)
        log.append((expiry, keys))
        once = dict.fromkeys(keys, expiry)
        if self.amount == 1 or (len(once) == len(keys) and once.keys().isdisjoint(counts.keys())):
            counts.update(once)  # the common case: keys new to the window, in one C call
        else:
            for key in keys:
                self._add(key, expiry)

    def __len__(self) -> int:
        return len(self._counts)


@dataclass(frozen=True, slots=True)
class SharedKeys:
    """Where a gate's uses of each key live when processes share limits: a backend bucket per key.

    ``prefix`` names the account and endpoint the same way in every process.
    """

    backend: LimiterBackend
    prefix: str

    def bucket(self, key: Hashable, rate: KeyedRate) -> Bucket:
        return Bucket(f"{self.prefix}:{key!r}", rate.amount, rate.window)


@dataclass(slots=True)
class KeyGate:
    """A per-item-key limit shared by every call of one client.

    A key is *claimed* while a request carrying it is being sent; only when the request ends is
    its use recorded, at the end time, which is never earlier than the server's. While claimed,
    the key's wait is unknown (``None``): waiters are woken through :attr:`changed` when claims end.

    No deadlock: claims are taken only by :meth:`sort_out`, which never waits, right before the
    request goes, and a holder of claims never waits on :attr:`changed` (it waits for its own
    request only, which the scheduler serves whatever any gate holds). Whoever must wait for a
    claimed key first gives back every claim it holds.
    """

    rate: KeyedRate
    claimed: dict[Hashable, int] = field(default_factory=dict)
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    shared: SharedKeys | None = None
    # Shared only: the ticket of each key taken from the backend, and when keys that another
    # process holds may be tried again (this gate's clock).
    tickets: dict[Hashable, int] = field(default_factory=dict)
    elsewhere: dict[Hashable, float] = field(default_factory=dict)

    def wait(self, key: Hashable, now: float) -> float | None:
        if key in self.claimed:
            return None
        wait = self.rate.wait_for(key, now)
        if self.elsewhere:
            until = self.elsewhere.get(key)
            if until is not None:
                if until > now:
                    return max(wait, until - now)
                del self.elsewhere[key]
        return wait

    def free(self, keys: KeysView[Hashable] | AbstractSet[Hashable], now: float) -> bool:
        """Whether :meth:`wait` is 0.0 now for every one of ``keys``, looked up at once: none is
        claimed, used within the window or held by another process (each check goes over the
        smaller side)."""
        self.rate._expire(now)
        return (
            keys.isdisjoint(self.claimed.keys())
            and keys.isdisjoint(self.rate._counts.keys())
            and keys.isdisjoint(self.elsewhere.keys())
        )

    def claim(self, key: Hashable) -> None:
        self.claimed[key] = self.claimed.get(key, 0) + 1

    def sort_out(
        self,
        items: Iterable[T],
        key: Callable[[T], Hashable],
        now: float,
        keys: list[Hashable] | None = None,
    ) -> tuple[list[T], list[tuple[T, float | None]]]:
        """Claim every item whose key may be used now; the others come back with their wait
        (``None``: another request holds the key). All at once, without waiting. ``keys``: the
        items' keys, if the caller has them."""
        items = items if isinstance(items, list) else list(items)
        if keys is None:
            keys = [key(item) for item in items]
        rate, claimed, counts = self.rate, self.claimed, self.rate._counts
        rate._expire(now)  # once for the batch, not per key
        once = dict.fromkeys(keys, 1)
        fresh = once.keys()
        if len(once) == len(keys) and fresh.isdisjoint(claimed.keys()) and fresh.isdisjoint(counts.keys()):
            claimed.update(once)  # the common case: every key distinct, free and unused in the window
            return items[:], []
        ready: list[T] = []
        later: list[tuple[T, float | None]] = []
        for item, k in zip(items, keys, strict=True):
            if k in claimed:
                later.append((item, None))
            elif k not in counts or rate._wait(k, now) == 0.0:  # not used within the window: one lookup
                claimed[k] = claimed.get(k, 0) + 1
                ready.append(item)
            else:
                later.append((item, rate._wait(k, now)))
        return ready, later

    async def sort_out_shared(
        self,
        items: Iterable[T],
        key: Callable[[T], Hashable],
        now: float,
        keys: list[Hashable] | None = None,
    ) -> tuple[list[T], list[tuple[T, float | None]]]:
        """:meth:`sort_out`, then, if processes share the limit, take each claimed key from the
        backend too: a key another process holds is given back here and comes back with its wait."""
        ready, later = self.sort_out(items, key, now, keys)
        shared = self.shared
        if shared is None or not ready:
            return ready, later
        keys = [key(item) for item in ready]
        tickets = [next(_tickets) for _ in ready]
        demands = [[(shared.bucket(k, self.rate), 1)] for k in keys]
        waits: list[float | BaseException] = []
        try:
            for start in range(0, len(keys), _SHARED_AT_ONCE):  # round trips in parallel, a few at a time
                waits += await asyncio.gather(
                    *(
                        shared.backend.acquire(demands[i], tickets[i])
                        for i in range(start, min(start + _SHARED_AT_ONCE, len(keys)))
                    ),
                    return_exceptions=True,
                )
        except BaseException:  # cancelled: some keys may be taken; give every one back
            self.finish(keys, now, used=False)
            for demand, ticket in zip(demands, tickets, strict=True):
                _spawn_refund(shared.backend, demand, ticket)
            raise
        unexpected = next((w for w in waits if isinstance(w, Exception) and not isinstance(w, _DOWN)), None)
        if unexpected is not None:
            self.finish(keys, now, used=False)
            for demand, ticket, wait in zip(demands, tickets, waits, strict=True):
                if wait == 0.0:
                    _spawn_refund(shared.backend, demand, ticket)
            raise unexpected
        kept: list[T] = []
        refused: list[Hashable] = []
        for item, k, ticket, wait in zip(ready, keys, tickets, waits, strict=True):
            if isinstance(wait, BaseException):
                # The backend is unreachable: the request meets the same error when it asks the
                # scheduler, and is reported unsent; until then the key is held here only.
                kept.append(item)
            elif wait > 0.0:
                refused.append(k)
                self.elsewhere[k] = now + wait
                later.append((item, wait))
            else:
                self.tickets[k] = ticket
                kept.append(item)
        if refused:
            self.finish(refused, now, used=False)
            if len(self.elsewhere) > len(self.claimed) + 1024:  # forget waits that have ended
                self.elsewhere = {k: t for k, t in self.elsewhere.items() if t > now}
        return kept, later

    def finish(self, keys: Iterable[Hashable], now: float, *, used: bool) -> None:
        """End claims; ``used`` records them (the request may have reached the server)."""
        if not isinstance(keys, (list, tuple)):
            keys = list(keys)  # read twice below
        if self.tickets:
            self._finish_shared(keys, used=used)
        claimed = self.claimed
        held = list(map(claimed.pop, keys, itertools.repeat(0)))
        if held.count(1) != len(held):  # a key claimed twice or given twice: put back, count down
            for key, count in zip(keys, held, strict=True):
                if count:
                    claimed[key] = count
            for key in keys:
                left = claimed[key] - 1
                if left:
                    claimed[key] = left
                else:
                    del claimed[key]
        if used:
            self.rate.record_many(keys, now)
        event, self.changed = self.changed, asyncio.Event()
        event.set()

    def _finish_shared(self, keys: Iterable[Hashable], *, used: bool) -> None:
        shared = self.shared
        assert shared is not None
        for key in keys:
            ticket = self.tickets.pop(key, None)
            if ticket is None:
                continue
            demands = [(shared.bucket(key, self.rate), 1)]
            if used:
                shared.backend.settle(demands, ticket)
            else:  # never sent: give the key back to every process
                _spawn_refund(shared.backend, demands, ticket)


_DOWN = LimiterUnavailableError
_SHARED_AT_ONCE = 16  # keys asked of a shared backend concurrently (Redis: connections in use)
_refunds: set[asyncio.Task[None]] = set()  # refunds in flight, kept from the garbage collector


def _spawn_refund(backend: LimiterBackend, demands: list[tuple[Bucket, int]], ticket: int) -> None:
    task = asyncio.get_running_loop().create_task(backend.refund(demands, ticket))
    _refunds.add(task)
    task.add_done_callback(_refunds.discard)


_NEVER_SENT = (NotSentError, LimiterUnavailableError)


def may_have_reached(outcome: BatchOutcome | None) -> bool:
    """Whether a finished request counts as a use of its keys: yes, unless every item failed with
    an error saying the request never left (the connection never opened, the limiter was down).
    ``None`` (the request was cancelled midway) counts."""
    if outcome is None or outcome.succeeded or not outcome.failed:
        return True
    return not all(isinstance(failure.error, _NEVER_SENT) for failure in outcome.failed)
