"""Exact sliding-window counters, O(1) amortized per arrival.

A window of ``span`` seconds ending at ``t`` holds the arrivals in ``(t - span, t]``. Counts only
grow at arrivals, so the largest count over every possible window equals the largest count over
the windows that end at an arrival; :attr:`SlidingLog.peak` records exactly that.
"""

from __future__ import annotations

from collections import deque


class SlidingLog:
    """Arrival times and weights of the last ``span`` seconds with their running sum."""

    __slots__ = ("_log", "_total", "peak", "span")

    def __init__(self, span: float) -> None:
        self.span = span
        self._log: deque[tuple[float, int]] = deque()
        self._total = 0
        self.peak = 0

    def _evict(self, now: float) -> None:
        edge = now - self.span
        log = self._log
        while log and log[0][0] <= edge:
            self._total -= log.popleft()[1]

    def load(self, now: float) -> int:
        """Weight that arrived in ``(now - span, now]``."""
        self._evict(now)
        return self._total

    def add(self, now: float, weight: int) -> int:
        """Record an arrival; returns the window's load including it."""
        self._evict(now)
        if weight:
            self._log.append((now, weight))
            self._total += weight
        if self._total > self.peak:
            self.peak = self._total
        return self._total

    def frees_at(self, now: float, amount: int, weight: int) -> float:
        """Earliest time at which ``weight`` more fits under ``amount`` (``now`` if it fits already).

        Walks the log from its oldest entry; called only for rejections and headers.
        """
        excess = self.load(now) + weight - amount
        if excess <= 0:
            return now
        for at, w in self._log:
            excess -= w
            if excess <= 0:
                return at + self.span
        return now + self.span  # weight alone exceeds amount: never fits; say one window

    def oldest_expiry(self, now: float) -> float:
        """When the oldest arrival in the window leaves it (``now + span`` for an empty window)."""
        self._evict(now)
        return self._log[0][0] + self.span if self._log else now + self.span

    def arrivals(self) -> int:
        return len(self._log)


class KeyedLogs:
    """One :class:`SlidingLog` per item key (an Ozon offer/warehouse pair, a product's price).

    :attr:`peak` is the largest count any single key reached in any window.
    """

    __slots__ = ("_logs", "peak", "span")

    def __init__(self, span: float) -> None:
        self.span = span
        self._logs: dict[object, SlidingLog] = {}
        self.peak = 0

    def load(self, key: object, now: float) -> int:
        log = self._logs.get(key)
        return log.load(now) if log is not None else 0

    def add(self, key: object, now: float, weight: int = 1) -> int:
        log = self._logs.get(key)
        if log is None:
            log = self._logs[key] = SlidingLog(self.span)
        total = log.add(now, weight)
        if total > self.peak:
            self.peak = total
        return total

    def frees_at(self, key: object, now: float, amount: int) -> float:
        log = self._logs.get(key)
        return log.frees_at(now, amount, 1) if log is not None else now


class Gauge:
    """Requests in flight, with the largest number ever seen at once."""

    __slots__ = ("current", "peak")

    def __init__(self) -> None:
        self.current = 0
        self.peak = 0

    def enter(self) -> None:
        self.current += 1
        if self.current > self.peak:
            self.peak = self.current

    def leave(self) -> None:
        self.current -= 1
