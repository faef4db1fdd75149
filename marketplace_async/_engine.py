"""One request end to end: lane → scheduler → transport → feedback, with the retry loop.

Every attempt, retries included, acquires from the scheduler again, because the server counts
every request it receives. Whether a failed attempt may be resent is decided once, from the
endpoint's ``idempotent`` flag:

* absolute-value updates (stocks, prices) are resent after any transient failure;
* non-idempotent calls (code uploads) are resent only if the request certainly never reached the
  server or the server refused it for a rate limit. Anything else after the request may have been
  applied (a timeout, a dropped connection, a 5xx, a 2xx whose body is not the expected answer, a
  failed follow-up such as a status poll) is :class:`OutcomeUnknownError`: see :meth:`Engine.applied`.

Rate-limit answers (429/420) are the server saying "wait": they are waited out for a time budget
(``RetryPolicy.rate_limit_windows``), not counted against ``max_attempts``. The lane is paused
before the refused request's permit is released, so after the pause one request probes the server
before the lane resumes.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Protocol, TypeVar

import anyio
import msgspec

from ._constants import RetryPolicy
from ._errors import MarketplaceError, OutcomeUnknownError, RateLimitError, ServerError
from ._limits import Endpoint, LimitsTable, Scope
from ._pool import ClientPool
from ._scheduler import BucketUse, Lane, bucket_for
from ._transport import AmbiguousError, NotSentError, Response

log = logging.getLogger("marketplace_async")

T = TypeVar("T")
# Parses (so validates) a whole document without building it: a success body only has to be JSON.
_json_check = msgspec.json.Decoder(msgspec.Raw)
_LANE_CACHE = 4096  # lanes an engine remembers (endpoints x accounts or campaigns)


class Dialect(Protocol):
    """What differs between marketplaces in reading answers."""

    name: str
    pause_scopes: tuple[Scope, ...]

    def error_for(self, endpoint: Endpoint, response: Response) -> MarketplaceError: ...

    def is_rate_limited(self, response: Response) -> bool: ...

    def retry_after(self, response: Response) -> float | None: ...

    async def observe(self, lane: Lane, response: Response, max_wait: float) -> None:
        """Feed the server's rate-limit headers to the lane; never hold it longer than ``max_wait``."""


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
        self._lanes: dict[tuple[str, str], tuple[Endpoint, Lane]] = {}  # (endpoint key, scope) → lane

    def __repr__(self) -> str:
        return f"<Engine {self.dialect.name} {self.base_url}>"

    def lane(self, endpoint: Endpoint, scope_key: str) -> Lane:
        """The lane of ``endpoint`` for one account (an Ozon Client-Id, a Yandex campaign...).

        Built once per endpoint and account, then reused: every request asks for its lane.
        """
        cache_key = (endpoint.key, scope_key)
        cached = self._lanes.get(cache_key)
        # Still the scheduler's lane of its key: not pruned, nor replaced by a client of the same
        # account with other limits (its parallel slots are then the ones every lane of the key uses).
        if cached is not None and cached[0] is endpoint and self.pool.scheduler.current(cached[1]):
            return cached[1]
        lane = self._build_lane(endpoint, scope_key)
        if len(self._lanes) >= _LANE_CACHE:  # many campaigns: keep memory bounded, rebuilding is cheap
            self._lanes.clear()
        self._lanes[cache_key] = (endpoint, lane)
        return lane

    def _build_lane(self, endpoint: Endpoint, scope_key: str) -> Lane:
        prefix = f"{self.dialect.name}:{scope_key}"
        margin = self.pool.scheduler.jitter_margin
        paced = (endpoint.pacing or self.table.pacing) == "even"
        uses: list[BucketUse] = [
            bucket_for(rate, f"{prefix}:account:{i}", self.time_scale, margin, paced=paced)
            for i, rate in enumerate(self.table.account_rates)
        ]
        uses += [
            bucket_for(rate, f"{prefix}:{endpoint.key}:{i}", self.time_scale, margin, paced=paced)
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
        content_type: str | None = None,
    ) -> Response:
        """Send until success or a final error; raises a :class:`MarketplaceError` subclass.

        ``counter`` counts the requests that went out (an attempt refused by the limiter, or
        whose connection never opened, is not one) and, of those, the retries. ``content_type``
        replaces the client's JSON one (a file upload's ``multipart/form-data; boundary=...``).
        """
        self.pool._check_open()
        url = self.base_url + path
        policy = self.retry
        failures = 0  # attempts that failed for another reason than a rate limit
        limited = 0  # rate-limit answers so far
        patience_ends = 0.0  # loop time; set at the first rate-limit answer
        sent_before = False
        loop = asyncio.get_running_loop()
        while True:
            wait: float | None = None
            asked = loop.time()
            permit = await lane.acquire(items)
            waited = loop.time() - asked
            sent = True
            status: int | None = None
            try:
                response = await self.pool.transport.send(
                    endpoint.method,
                    url,
                    headers={**self._headers(), "Content-Type": content_type}
                    if content_type
                    else self._headers(),
                    body=body,
                    params=query,
                    attempt_timeout=policy.timeout,
                )
            except NotSentError as exc:
                sent = False
                await permit.refund()  # the server never saw it, so it counted nothing
                error: MarketplaceError = exc
            except AmbiguousError as exc:
                if not endpoint.idempotent:
                    raise _outcome_unknown(endpoint, exc) from exc
                error = exc
            else:
                status = response.status
                await self.dialect.observe(lane, response, policy.max_retry_after)
                log.debug(
                    "%s %s -> %d (attempt %d)", endpoint.method, path, response.status, failures + limited + 1
                )
                if response.status < 400:
                    if not endpoint.idempotent:
                        _check_document(endpoint, response)
                    return response
                if self.dialect.is_rate_limited(response):
                    limited += 1
                    now = asyncio.get_running_loop().time()
                    if limited == 1:
                        patience_ends = now + self._patience(lane)
                    stated = self.dialect.retry_after(response)
                    error = self.dialect.error_for(endpoint, response)
                    if isinstance(error, RateLimitError) and stated is not None:
                        error.retry_after = stated
                    if stated is not None:
                        pause, wait = min(stated, policy.max_retry_after), 0.0
                    else:
                        # Every refused request pauses the lane to one deadline; each then retries
                        # at a random time of its own after it, so the retries (here and in other
                        # processes sharing the account) do not go out in lock-step.
                        pause = policy.backoff(limited) / 2
                        wait = random.uniform(pause, 2 * pause)
                    if now >= patience_ends:  # checked at each refusal: a long stated wait is tried once
                        raise error
                    # Paused before this permit is released: after the pause one request probes.
                    await lane.pause(pause, self.dialect.pause_scopes)
                elif response.status >= 500 and response.status != 501:  # 501: never there to retry
                    error = self.dialect.error_for(endpoint, response)
                    if not endpoint.idempotent:
                        raise _outcome_unknown(endpoint, error) from error
                else:
                    raise self.dialect.error_for(endpoint, response)
            finally:
                permit.release()
                self.pool.metrics.attempt(endpoint.key, status, sent=sent, retry=sent_before, waited=waited)
                if sent and counter is not None:
                    counter.requests += 1
                    if sent_before:
                        counter.retries += 1
                sent_before = sent_before or sent
            if wait is None:
                failures += 1
                if failures >= policy.max_attempts:
                    raise error
                wait = random.uniform(0.0, policy.backoff(failures))  # full jitter
            log.debug("%s %s: retrying in %.3f s after %s", endpoint.method, path, wait, _describe(error))
            if wait > 0:
                await anyio.sleep(wait)

    async def request(
        self,
        endpoint: Endpoint,
        lane: Lane,
        decode: Callable[[Response], T],
        *,
        path: str,
        body: bytes | None = None,
        query: Mapping[str, str] | None = None,
        items: int = 1,
        counter: Counter | None = None,
    ) -> T:
        """:meth:`send`, then ``decode`` the answer under :meth:`applied`."""
        response = await self.send(
            endpoint, lane, path=path, body=body, query=query, items=items, counter=counter
        )
        with self.applied(endpoint):
            return decode(response)

    @contextmanager
    def applied(self, endpoint: Endpoint) -> Iterator[None]:
        """Around what follows a request that may have been applied: reading its answer, polling
        its task. For a non-idempotent endpoint, any :class:`MarketplaceError` raised inside
        becomes :class:`OutcomeUnknownError`, so the caller never resends blindly."""
        try:
            yield
        except OutcomeUnknownError:
            raise
        except MarketplaceError as exc:
            if endpoint.idempotent:
                raise
            raise _outcome_unknown(endpoint, exc) from exc

    def _patience(self, lane: Lane) -> float:
        """How long rate-limit answers are waited out: a few windows of the lane's longest limit."""
        longest = max((use.bucket.window for use in lane.uses), default=self.retry.backoff_max)
        return self.retry.rate_limit_windows * longest


def _outcome_unknown(endpoint: Endpoint, cause: object) -> OutcomeUnknownError:
    return OutcomeUnknownError(
        f"{endpoint.key}: {cause}; the request may have been applied, so it is not resent"
    )


_FILE_TYPES = ("application/pdf", "image/", "application/octet-stream", "application/zip")


def _check_document(endpoint: Endpoint, response: Response) -> None:
    """A success of a non-idempotent call must at least be a JSON document, a file the server
    labels as one (a PNG barcode, a PDF), or 204 No Content: an HTML page from a proxy or a
    cut-off body says nothing about what the server did."""
    if response.status == 204 or response.headers.get("Content-Type", "").startswith(_FILE_TYPES):
        return
    try:
        _json_check.decode(response.body)
    except msgspec.DecodeError:
        raise _outcome_unknown(
            endpoint, f"HTTP {response.status} with a body that is not JSON ({len(response.body)} bytes)"
        ) from None


def _describe(error: MarketplaceError) -> str:
    if isinstance(error, (RateLimitError, ServerError)):
        return f"HTTP {error.status}"
    return type(error).__name__
