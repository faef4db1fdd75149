"""What a pool sent and how close to its limits it ran: ``pool.stats()``, and OpenTelemetry metrics
when ``opentelemetry-api`` is installed (``pip install 'marketplace_async[otel]'``).

Recorded once per request attempt and once per batch, never per item, as a few dict updates;
OpenTelemetry reads them when it collects (observable instruments). Instruments, all with
``marketplace_async.endpoint``:

=====================================  =========  ===========================================
``marketplace_async.requests``         counter    attempts that left, by ``marketplace_async.outcome``
                                                   (ok, rate_limited, server_error, client_error,
                                                   no_answer) and ``http.response.status_code``
``marketplace_async.items``            counter    items of bulk calls, by outcome (succeeded or
                                                   the failure reason), as ``BulkResult`` counts them
``marketplace_async.rate_limited``     counter    429/420 answers, by ``http.response.status_code``
``marketplace_async.retries``          counter    attempts after the first of a request, and
                                                   resends of items whose answer was lost
``marketplace_async.scheduler.wait``   counter    seconds requests waited for their limits (s)
``marketplace_async.limit.utilization`` gauge     share of each limit used in its trailing window,
                                                   by ``marketplace_async.limit`` (the bucket key;
                                                   memory and SQLite backends)
=====================================  =========  ===========================================

OpenTelemetry's semantic conventions name the HTTP attribute (``http.response.status_code``); they
have no instruments for rate limits, so the instruments are named under ``marketplace_async.``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._results import BatchOutcome

if TYPE_CHECKING:
    from ._scheduler import Scheduler

try:
    import opentelemetry.metrics as otel
except ImportError:  # pragma: no cover - depends on the environment
    otel = None  # type: ignore[assignment]  # no-op: pool.stats() still reports

ENDPOINT = "marketplace_async.endpoint"
OUTCOME = "marketplace_async.outcome"
STATUS = "http.response.status_code"
LIMIT = "marketplace_async.limit"
RATE_LIMITED = (429, 420)
_READ_TIMEOUT = 1.0  # seconds an exporter waits for the loop to read the limits' use


def outcome_of(status: int | None) -> str:
    if status is None:
        return "no_answer"  # sent, but no answer came (timeout, connection lost)
    if status < 400:
        return "ok"
    if status in RATE_LIMITED:
        return "rate_limited"
    return "server_error" if status >= 500 else "client_error"


class PoolMetrics:
    """Counts of one pool; ``meter_provider`` (an OpenTelemetry ``MeterProvider``) defaults to the
    global one. Without OpenTelemetry only :meth:`snapshot` reports them.

    The request path only updates these dicts (well under a microsecond a request); OpenTelemetry
    reads them through observable instruments when it collects, since recording through the SDK's
    synchronous instruments costs over ten microseconds a call.
    """

    def __init__(self, scheduler: Scheduler, meter_provider: Any = None) -> None:
        self._scheduler = scheduler
        self.requests: dict[tuple[str, str, int | None], int] = {}  # (endpoint, outcome, status)
        self.items: dict[tuple[str, str], int] = {}
        self.rate_limited: dict[tuple[str, int], int] = {}
        self.retries: dict[str, int] = {}
        self.waited: dict[str, float] = {}  # endpoint: seconds in all
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop that owns the backend's state
        if otel is not None:
            provider = meter_provider if meter_provider is not None else otel.get_meter_provider()
            meter = provider.get_meter("marketplace_async")
            for name, unit, callback in (
                ("marketplace_async.requests", "{request}", self._observe_requests),
                ("marketplace_async.items", "{item}", self._observe_items),
                ("marketplace_async.rate_limited", "{response}", self._observe_rate_limited),
                ("marketplace_async.retries", "{request}", self._observe_retries),
                ("marketplace_async.scheduler.wait", "s", self._observe_waited),
            ):
                meter.create_observable_counter(name, callbacks=[callback], unit=unit)
            meter.create_observable_gauge(
                "marketplace_async.limit.utilization", callbacks=[self._observe_utilization], unit="1"
            )

    def attempt(self, endpoint: str, status: int | None, *, sent: bool, retry: bool, waited: float) -> None:
        """One attempt of a request: ``status`` of its answer (None: none came), whether it left
        the process, whether it retries an earlier one, and how long it waited for its limits."""
        self.waited[endpoint] = self.waited.get(endpoint, 0.0) + waited
        self._loop = asyncio.get_running_loop()
        if not sent:
            return
        outcome = outcome_of(status)
        key = (endpoint, outcome, status)
        self.requests[key] = self.requests.get(key, 0) + 1
        if retry:
            self.retries[endpoint] = self.retries.get(endpoint, 0) + 1
        if outcome == "rate_limited":
            assert status is not None
            limited = (endpoint, status)
            self.rate_limited[limited] = self.rate_limited.get(limited, 0) + 1

    def resent(self, endpoint: str) -> None:
        """Items whose answer was lost go out again in a new request: one retry, as
        ``BulkResult.retries`` counts it."""
        self.retries[endpoint] = self.retries.get(endpoint, 0) + 1

    def batch(self, endpoint: str, outcome: BatchOutcome) -> None:
        """Items of one batch, by outcome: counted per reason, not per item."""
        items = self.items
        if outcome.succeeded:
            key = (endpoint, "succeeded")
            items[key] = items.get(key, 0) + len(outcome.succeeded)
        for failure in outcome.failed:
            key = (endpoint, failure.reason.value)
            items[key] = items.get(key, 0) + 1

    def utilization(self) -> dict[str, float]:
        """Share of each limit in use now, by bucket key (backends that can tell: memory, SQLite)."""
        usage = getattr(self._scheduler.backend, "usage", None)
        if not callable(usage):
            return {}
        lanes = list(self._scheduler._lanes.values())
        buckets = {use.bucket.key: use.bucket for lane in lanes for use in lane.uses}
        return {key: usage(bucket) / bucket.amount for key, bucket in buckets.items()}

    def snapshot(self) -> dict[str, Any]:
        """The same figures as the OpenTelemetry instruments, as plain data."""
        requests: dict[str, dict[str, int]] = {}
        for (endpoint, outcome, _), n in self.requests.items():
            by_outcome = requests.setdefault(endpoint, {})
            by_outcome[outcome] = by_outcome.get(outcome, 0) + n
        return {
            "requests": requests,
            "items": _nest(self.items),
            "rate_limited": _nest(self.rate_limited),
            "retries": dict(self.retries),
            "scheduler_wait_seconds": dict(self.waited),
            "limit_utilization": self.utilization(),
        }

    # -- OpenTelemetry callbacks: they may run on an exporter's thread, so each reads a copy ----

    def _observe_requests(self, options: Any) -> Iterable[Any]:
        assert otel is not None
        return [
            otel.Observation(n, {ENDPOINT: e, OUTCOME: o, **({STATUS: s} if s is not None else {})})
            for (e, o, s), n in self.requests.copy().items()
        ]

    def _observe_items(self, options: Any) -> Iterable[Any]:
        assert otel is not None
        return [otel.Observation(n, {ENDPOINT: e, OUTCOME: o}) for (e, o), n in self.items.copy().items()]

    def _observe_rate_limited(self, options: Any) -> Iterable[Any]:
        assert otel is not None
        return [
            otel.Observation(n, {ENDPOINT: e, STATUS: s}) for (e, s), n in self.rate_limited.copy().items()
        ]

    def _observe_retries(self, options: Any) -> Iterable[Any]:
        assert otel is not None
        return [otel.Observation(n, {ENDPOINT: e}) for e, n in self.retries.copy().items()]

    def _observe_waited(self, options: Any) -> Iterable[Any]:
        assert otel is not None
        return [otel.Observation(seconds, {ENDPOINT: e}) for e, seconds in self.waited.copy().items()]

    def _observe_utilization(self, options: Any) -> Iterable[Any]:
        assert otel is not None
        try:
            asyncio.get_running_loop()
            shares = self.utilization()
        except RuntimeError:  # an exporter's thread: the backend's state is the loop's to read
            shares = self._utilization_on_loop()
        return [otel.Observation(share, {LIMIT: key}) for key, share in shares.items()]

    def _utilization_on_loop(self) -> dict[str, float]:
        loop = self._loop
        if loop is None or loop.is_closed():
            return {}
        found: concurrent.futures.Future[dict[str, float]] = concurrent.futures.Future()

        def read() -> None:
            try:
                found.set_result(self.utilization())
            except Exception as exc:
                found.set_exception(exc)

        try:
            loop.call_soon_threadsafe(read)
            return found.result(timeout=_READ_TIMEOUT)
        except (RuntimeError, concurrent.futures.TimeoutError):  # the loop closed, or is busy
            return {}


def _nest(counts: dict[tuple[str, Any], int]) -> dict[str, dict[Any, int]]:
    nested: dict[str, dict[Any, int]] = {}
    for (outer, inner), n in counts.items():
        nested.setdefault(outer, {})[inner] = n
    return nested
