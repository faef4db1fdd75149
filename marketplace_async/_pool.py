"""The client pool: one HTTP session and one scheduler shared by any number of accounts.

Each account keeps its own buckets (their keys name the account), so many Ozon Client-Ids and
Yandex campaigns can push through one pool while each stays within its own limits.
"""

from __future__ import annotations

import warnings
from types import TracebackType
from typing import Any, Final, Literal

import aiohttp

from ._backend import LimiterBackend
from ._constants import DEFAULT_CONNECT_TIMEOUT, DEFAULT_CONNECTIONS, DEFAULT_POOL_TIMEOUT
from ._metrics import PoolMetrics
from ._scheduler import DEFAULT_JITTER_MARGIN, Scheduler
from ._transport import Transport

LIFTED_TIME_SCALE: Final = 1e9
"""What ``ClientPool(limits="lifted")`` divides every documented window by: a minute becomes 60 ns."""


class ClientPool:
    """Shared session, connector and scheduler. Use as ``async with ClientPool() as pool``.

    ``limits_backend`` puts bucket state elsewhere (e.g. ``RedisBackend``) so that processes
    share one budget per account. ``jitter_margin`` is real seconds added to every window.
    ``pool_timeout`` bounds the wait for one of the ``connections`` and ``connect_timeout`` a new
    connection's setup: a request that runs out of either was never sent, so it is resent (even a
    code upload) and its rate budget is given back. The wait for the answer is ``RetryPolicy.timeout``.

    ``limits="lifted"`` is for load tests against your own mock server, never a marketplace: every
    rate of every client on this pool (the account's, the method's, per item key) stops binding,
    while the request path stays the same (every request still goes through the scheduler and the
    per-item rules). Batch sizes, body sizes and in-flight caps still shape the requests. It divides
    every window by ``LIFTED_TIME_SCALE`` and sets ``jitter_margin`` to 0 (the margin is real
    seconds: with it, 50 requests a second would still cap near 500). A client's ``time_scale``
    divides documented windows only, never network latency.

    :meth:`stats` returns what the pool sent and how close to its limits it ran; the same figures
    go to OpenTelemetry when ``opentelemetry-api`` is installed, through ``meter_provider`` (by
    default the global one; see ``_metrics.py`` for the instruments).
    """

    def __init__(
        self,
        *,
        connections: int = DEFAULT_CONNECTIONS,
        limits_backend: LimiterBackend | None = None,
        jitter_margin: float = DEFAULT_JITTER_MARGIN,
        session: aiohttp.ClientSession | None = None,
        pool_timeout: float = DEFAULT_POOL_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        limits: Literal["documented", "lifted"] = "documented",
        meter_provider: Any = None,
    ) -> None:
        if limits not in ("documented", "lifted"):
            raise ValueError(f"limits must be 'documented' or 'lifted', got {limits!r}")
        self.limits_lifted = limits == "lifted"
        if self.limits_lifted:
            jitter_margin = 0.0
        self.scheduler = Scheduler(limits_backend, jitter_margin=jitter_margin)
        self.transport = Transport(
            session, connections=connections, pool_timeout=pool_timeout, connect_timeout=connect_timeout
        )
        self.metrics = PoolMetrics(self.scheduler, meter_provider)
        self._closed = False
        self._users = 0

    def stats(self) -> dict[str, Any]:
        """Requests and items by endpoint and outcome, 429/420s, retries, seconds waited for the
        limits, and the share of each limit in use now: a snapshot, OpenTelemetry or not."""
        return self.metrics.snapshot()

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this ClientPool is closed; create a new one")

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        await self.transport.aclose()
        await self.scheduler.aclose()

    async def __aenter__(self) -> ClientPool:
        self._check_open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True) and not self.transport.closed:  # True: __init__ raised
            warnings.warn(
                "ClientPool was never closed; use 'async with' or await aclose()",
                ResourceWarning,
                stacklevel=2,
            )

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        lifted = " limits=lifted" if self.limits_lifted else ""
        return f"<ClientPool {state} margin={self.scheduler.jitter_margin:g}s{lifted}>"
