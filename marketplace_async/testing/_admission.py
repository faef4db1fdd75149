"""Limit enforcement of one marketplace: sliding windows per entity, parallel caps, item-key rates.

An entity is whose budget is spent: the Ozon Client-Id, or the Yandex ``campaignId N`` /
``businessId N`` taken from the URL. Every window is the documented one divided by
``time_scale``. A request is admitted only if every applicable rate has room for its weight and
every parallel cap has a free slot; then all of them count it at once. Refused requests are not
counted as accepted, but each rate also keeps an *offered* log of every arrival, so the statistics
show both what the server took and what the client tried.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .._limits import Endpoint, LimitsTable, Rate, Scope, Unit
from ._windows import Gauge, KeyedLogs, SlidingLog

ACCOUNT = "account"  # owner name of the account-wide rates and cap


@dataclass(slots=True)
class RateWindow:
    owner: str
    rate: Rate
    entity: str
    accepted: SlidingLog
    offered: SlidingLog
    rejected: int = 0
    tokens: float = -1.0  # token-bucket counting only: what is left (-1: full, not yet used)
    filled_at: float = 0.0


@dataclass(slots=True)
class ItemRate:
    owner: str
    rate: Rate
    entity: str
    logs: KeyedLogs
    rejected: int = 0

    def fits(self, key: object, now: float) -> bool:
        """Whether one more update of ``key`` fits; a refusal is counted (the item fails)."""
        if self.logs.load(key, now) + 1 > self.rate.amount:
            self.rejected += 1
            return False
        return True

    def take(self, key: object, now: float) -> None:
        self.logs.add(key, now)


@dataclass(slots=True)
class ParallelCap:
    owner: str
    cap: int
    entity: str
    gauge: Gauge = field(default_factory=Gauge)
    rejected: int = 0


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a request was refused: a full rate window (``rate`` set) or a full parallel cap."""

    entity: str
    owner: str
    amount: int
    retry_at: float
    rate: Rate | None = None


@dataclass(slots=True)
class Ticket:
    """Parallel slots held by one admitted request; :meth:`release` exactly once."""

    caps: list[ParallelCap]

    def release(self) -> None:
        for cap in self.caps:
            cap.gauge.leave()
        self.caps = []


class Admission:
    """Limits of one marketplace, enforced per entity."""

    def __init__(self, table: LimitsTable, time_scale: float, token_burst: float | None = None) -> None:
        """``token_burst``: count every rate in a token bucket holding that share of its amount
        (at least one request's worth), refilled at amount per window, instead of exact sliding
        windows: a server whose counting admits no burst."""
        self.table = table
        self.time_scale = time_scale
        self.token_burst = token_burst
        self._windows: dict[tuple[str, Rate, str], RateWindow] = {}
        self._items: dict[tuple[str, int, str], ItemRate] = {}
        self._caps: dict[tuple[str, str], ParallelCap] = {}
        self._rates_of: dict[str, tuple[tuple[str, Rate], ...]] = {}

    def span(self, rate: Rate) -> float:
        return rate.window / self.time_scale

    def _request_rates(self, endpoint: Endpoint) -> tuple[tuple[str, Rate], ...]:
        """(owner, rate) of every rate a request of ``endpoint`` spends; an ACCOUNT rate is shared."""
        rates = self._rates_of.get(endpoint.key)
        if rates is None:
            pairs = [(ACCOUNT, r) for r in self.table.account_rates]
            pairs += [
                (ACCOUNT if r.scope is Scope.ACCOUNT else endpoint.key, r)
                for r in endpoint.rates
                if r.scope is not Scope.ITEM_KEY
            ]
            rates = self._rates_of[endpoint.key] = tuple(pairs)
        return rates

    def _window(self, owner: str, rate: Rate, entity: str) -> RateWindow:
        key = (owner, rate, entity)
        window = self._windows.get(key)
        if window is None:
            span = self.span(rate)
            window = self._windows[key] = RateWindow(owner, rate, entity, SlidingLog(span), SlidingLog(span))
        return window

    def _cap(self, owner: str, cap: int, entity: str) -> ParallelCap:
        found = self._caps.get((owner, entity))
        if found is None:
            found = self._caps[(owner, entity)] = ParallelCap(owner, cap, entity)
        return found

    def admit(self, endpoint: Endpoint, entity: str, items: int, now: float) -> Ticket | Refusal:
        """Admit one request of ``items`` items at ``now``, or say which limit refuses it."""
        windows = [
            (self._window(owner, rate, entity), items if rate.unit is Unit.ITEMS else 1)
            for owner, rate in self._request_rates(endpoint)
        ]
        for window, weight in windows:
            window.offered.add(now, weight)
        caps = []
        if self.table.account_parallel:
            caps.append(self._cap(ACCOUNT, self.table.account_parallel, entity))
        if endpoint.parallel:
            caps.append(self._cap(endpoint.key, endpoint.parallel, entity))
        for cap in caps:
            if cap.gauge.current >= cap.cap:
                cap.rejected += 1
                return Refusal(entity, cap.owner, cap.cap, now)
        if self.token_burst is not None:
            return self._admit_tokens(windows, caps, entity, now)
        refusal: Refusal | None = None
        for window, weight in windows:
            if window.accepted.load(now) + weight > window.rate.amount:
                window.rejected += 1
                retry_at = window.accepted.frees_at(now, window.rate.amount, weight)
                if refusal is None or retry_at > refusal.retry_at:
                    refusal = Refusal(entity, window.owner, window.rate.amount, retry_at, window.rate)
        if refusal is not None:
            return refusal
        for window, weight in windows:
            window.accepted.add(now, weight)
        for cap in caps:
            cap.gauge.enter()
        return Ticket(caps)

    def _admit_tokens(
        self, windows: list[tuple[RateWindow, int]], caps: list[ParallelCap], entity: str, now: float
    ) -> Ticket | Refusal:
        assert self.token_burst is not None
        refusal: Refusal | None = None
        for window, weight in windows:
            amount, span = window.rate.amount, self.span(window.rate)
            capacity = max(float(weight), amount * self.token_burst)
            left = capacity if window.tokens < 0 else window.tokens
            window.tokens = min(capacity, left + (now - window.filled_at) * amount / span)
            window.filled_at = now
            if window.tokens < weight:
                window.rejected += 1
                retry_at = now + (weight - window.tokens) * span / amount
                if refusal is None or retry_at > refusal.retry_at:
                    refusal = Refusal(entity, window.owner, amount, retry_at, window.rate)
        if refusal is not None:
            return refusal
        for window, weight in windows:
            window.tokens -= weight
            window.accepted.add(now, weight)
        for cap in caps:
            cap.gauge.enter()
        return Ticket(caps)

    def headline(self, endpoint: Endpoint, entity: str, now: float) -> tuple[int, int, float] | None:
        """(limit, remaining, until) of the endpoint's first own rate, for Yandex's headers."""
        for owner, rate in self._request_rates(endpoint):
            if owner == endpoint.key:
                log = self._window(owner, rate, entity).accepted
                remaining = max(0, rate.amount - log.load(now))
                return rate.amount, remaining, log.oldest_expiry(now)
        return None

    def item_rates(self, endpoint: Endpoint, entity: str) -> list[ItemRate]:
        found = []
        for i, rate in enumerate(endpoint.rates):
            if rate.scope is Scope.ITEM_KEY:
                key = (endpoint.key, i, entity)
                item = self._items.get(key)
                if item is None:
                    item = self._items[key] = ItemRate(endpoint.key, rate, entity, KeyedLogs(self.span(rate)))
                found.append(item)
        return found

    def stats(self, marketplace: str) -> Iterator[dict[str, Any]]:
        def row(owner: str, rate: Rate, entity: str, **rest: Any) -> dict[str, Any]:
            return {
                "marketplace": marketplace,
                "endpoint": owner,
                "entity": entity,
                "limit": rate.describe(),
                "amount": rate.amount,
                "unit": rate.unit.value,
                "scope": rate.scope.value,
                "window": rate.window,
                "scaled_window": self.span(rate),
                "source": rate.source,
                **rest,
            }

        for w in self._windows.values():
            yield row(
                w.owner,
                w.rate,
                w.entity,
                max_seen=w.accepted.peak,
                max_offered=w.offered.peak,
                rejected=w.rejected,
            )
        for item in self._items.values():
            yield row(item.owner, item.rate, item.entity, max_seen=item.logs.peak, rejected=item.rejected)
        for cap in self._caps.values():
            yield {
                "marketplace": marketplace,
                "endpoint": cap.owner,
                "entity": cap.entity,
                "limit": f"{cap.cap} in parallel",
                "amount": cap.cap,
                "unit": "in_flight",
                "scope": "parallel",
                "max_seen": cap.gauge.peak,
                "rejected": cap.rejected,
            }
