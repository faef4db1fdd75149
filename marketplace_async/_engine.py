"""One request end to end: lane → scheduler → transport → feedback, with the retry loop.

Every attempt, retries included, acquires from the scheduler again, because the server counts
every request it receives. Whether a failed attempt may be resent is decided once, from the
endpoint's ``idempotent`` flag:

* absolute-value updates (stocks, prices) are resent after any transient failure;
* non-idempotent calls (code uploads) are resent only if the request certainly never reached the
  server or the server refused it for a rate limit; otherwise :class:`OutcomeUnknownError`.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from typing import Protocol

import anyio

from ._constants import RetryPolicy
from ._errors import MarketplaceError, OutcomeUnknownError, RateLimitError, ServerError
from ._limits import Endpoint, LimitsTable, Scope
from ._pool import ClientPool
from ._scheduler import BucketUse, Lane, bucket_for
from ._transport import AmbiguousError, NotSentError, Response

log = logging.getLogger("marketplace_async")


class Dialect(Protocol):
    """What differs between marketplaces in reading answers."""

    name: str
    pause_scopes: tuple[Scope, ...]

    def error_for(self, endpoint: Endpoint, response: Response) -> MarketplaceError: ...

    def is_rate_limited(self, response: Response) -> bool: ...

    def retry_after(self, response: Response) -> float | None: ...

    async def observe(self, lane: Lane, response: Response) -> None: ...


class Counter(Protocol):
    """Where a call's requests and retries are counted: a :class:`BulkResult` is one."""

    requests: int
    retries: int


class Engine:
    """Sends requests for one client; holds no secret in its repr."""

    def __init__(
        self,
        *,
        pool: ClientPool,
        table: LimitsTable,
        dialect: Dialect,
        base_url: str,
        headers: Callable[[], Mapping[str, str]],
        time_scale: float,
        retry: RetryPolicy,
    ) -> None:
        self.pool = pool
        self.table = table
        self.dialect = dialect
        self.base_url = base_url.rstrip("/")
        self._headers = headers
        self.time_scale = time_scale
        self.retry = retry

    def __repr__(self) -> str:
        return f"<Engine {self.dialect.name} {self.base_url}>"

    def lane(self, endpoint: Endpoint, scope_key: str) -> Lane:
        """The lane of ``endpoint`` for one account (an Ozon Client-Id, a Yandex campaign...)."""
        prefix = f"{self.dialect.name}:{scope_key}"
        margin = self.pool.scheduler.jitter_margin
        uses: list[BucketUse] = [
            bucket_for(rate, f"{prefix}:account:{i}", self.time_scale, margin)
            for i, rate in enumerate(self.table.account_rates)
        ]
        uses += [
            bucket_for(rate, f"{prefix}:{endpoint.key}:{i}", self.time_scale, margin)
            for i, rate in enumerate(endpoint.rates)
            if rate.scope is not Scope.ITEM_KEY
        ]
        parallel: list[tuple[str, int]] = []
        if self.table.account_parallel:
            parallel.append((f"{prefix}:parallel", self.table.account_parallel))
        if endpoint.parallel:
            parallel.append((f"{prefix}:{endpoint.key}:parallel", endpoint.parallel))
        return self.pool.scheduler.lane(f"{prefix}:{endpoint.key}", uses, parallel)

    async def send(
        self,
        endpoint: Endpoint,
        lane: Lane,
        *,
        path: str,
        body: bytes | None = None,
        query: Mapping[str, str] | None = None,
        items: int = 1,
        counter: Counter | None = None,
    ) -> Response:
        """Send until success or a final error; raises a :class:`MarketplaceError` subclass."""
        self.pool._check_open()
        url = self.base_url + path
        policy = self.retry
        attempt = 0
        while True:
            attempt += 1
            if counter is not None:
                counter.requests += 1
                if attempt > 1:
                    counter.retries += 1
            wait: float | None = None
            permit = await lane.acquire(items)
            try:
                response = await self.pool.transport.send(
                    endpoint.method,
                    url,
                    headers=self._headers(),
                    body=body,
                    params=query,
                    attempt_timeout=policy.timeout,
                )
            except NotSentError as exc:
                await permit.refund()  # the server never saw it, so it counted nothing
                error: MarketplaceError = exc
            except AmbiguousError as exc:
                if not endpoint.idempotent:
                    raise OutcomeUnknownError(
                        f"{endpoint.key}: {exc}; the request may have been applied, so it is not resent"
                    ) from exc
                error = exc
            else:
                await self.dialect.observe(lane, response)
                log.debug("%s %s -> %d (attempt %d)", endpoint.method, path, response.status, attempt)
                if response.status < 400:
                    return response
                if self.dialect.is_rate_limited(response):
                    wait = self.dialect.retry_after(response)
                    error = self.dialect.error_for(endpoint, response)
                    if isinstance(error, RateLimitError) and wait is not None:
                        error.retry_after = wait
                    pause = min(wait if wait is not None else policy.backoff(attempt), policy.max_retry_after)
                    await lane.pause(pause, self.dialect.pause_scopes)
                    wait = 0.0  # the paused buckets hold the retry back; no extra sleep
                elif response.status >= 500:
                    error = self.dialect.error_for(endpoint, response)
                    if not endpoint.idempotent:
                        raise OutcomeUnknownError(
                            f"{endpoint.key}: HTTP {response.status}; the request may have been applied, "
                            "so it is not resent"
                        ) from error
                else:
                    raise self.dialect.error_for(endpoint, response)
            finally:
                permit.release()
            if attempt >= policy.max_attempts:
                raise error
            if wait is None:
                wait = random.uniform(0.0, policy.backoff(attempt))  # full jitter
            log.debug("%s %s: retrying in %.3f s after %s", endpoint.method, path, wait, _describe(error))
            if wait > 0:
                await anyio.sleep(wait)


def _describe(error: MarketplaceError) -> str:
    if isinstance(error, (RateLimitError, ServerError)):
        return f"HTTP {error.status}"
    return type(error).__name__
