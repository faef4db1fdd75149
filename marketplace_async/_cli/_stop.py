"""A graceful stop for a push: requests already on the wire finish, nothing new goes out.

The transport is the one place where a request leaves the process, so after :meth:`Stopper.stop`
it refuses every new attempt with :class:`Interrupted`, before a byte is written. The clients then
report those items as failed with that error, which the push reads as "not sent". Requests on the
wire complete normally and are confirmed, and journalled, as usual. So an interrupted push never
leaves an item whose outcome is unknown, and its re-run sends nothing twice.

Requests queued behind a limit must not wait out their window only to be refused: the backend
wrapper answers every acquire at once after the stop, and before it, it caps each wait so that a
sleeping waiter looks again within :data:`POLL` seconds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._backend import Bucket, Demand, LimiterBackend, MemoryBackend
from .._constants import DEFAULT_CONNECTIONS
from .._errors import MarketplaceError
from .._pool import ClientPool
from .._transport import Response, Transport

POLL = 0.25  # seconds: the longest a request waiting for its limit goes without noticing a stop


class Interrupted(MarketplaceError):
    """The push was interrupted before this request was sent."""


class Stopper:
    """Owns the switch that both wrappers read."""

    def __init__(self) -> None:
        self.stopping = False
        self.sent = 0  # requests that went out (the clients' counters include refused attempts)

    def stop(self) -> None:
        self.stopping = True

    def pool(
        self, *, connections: int = DEFAULT_CONNECTIONS, limits_backend: LimiterBackend | None = None
    ) -> ClientPool:
        """A :class:`ClientPool` whose transport and limits backend (memory by default) obey this stopper."""
        inner = limits_backend if limits_backend is not None else MemoryBackend()
        pool = ClientPool(limits_backend=_StoppableBackend(inner, self), connections=connections)
        pool.transport = _StoppableTransport(self, connections=connections)  # its session is not made yet
        return pool


class _StoppableTransport(Transport):
    def __init__(self, stopper: Stopper, *, connections: int) -> None:
        super().__init__(connections=connections)
        self._stopper = stopper

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        body: bytes | None,
        params: Mapping[str, str] | None = None,
        attempt_timeout: float,
    ) -> Response:
        if self._stopper.stopping:
            raise Interrupted("not sent: the push was interrupted")
        self._stopper.sent += 1
        return await super().send(
            method, url, headers=headers, body=body, params=params, attempt_timeout=attempt_timeout
        )


class _StoppableBackend:
    def __init__(self, inner: LimiterBackend, stopper: Stopper) -> None:
        self._inner = inner
        self._stopper = stopper

    async def acquire(self, demands: Sequence[Demand], ticket: int) -> float:
        if self._stopper.stopping:
            return 0.0  # takes nothing: the transport refuses the request anyway
        wait = await self._inner.acquire(demands, ticket)
        return min(wait, POLL)

    async def refund(self, demands: Sequence[Demand], ticket: int) -> None:
        await self._inner.refund(demands, ticket)

    def settle(self, demands: Sequence[Demand], ticket: int) -> None:
        self._inner.settle(demands, ticket)

    async def pause(self, bucket: Bucket, seconds: float) -> None:
        await self._inner.pause(bucket, seconds)

    async def observe_remaining(self, bucket: Bucket, remaining: int, reset_in: float) -> None:
        await self._inner.observe_remaining(bucket, remaining, reset_in)

    async def aclose(self) -> None:
        await self._inner.aclose()
