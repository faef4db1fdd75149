"""How Yandex.Market answers: its error body, its 420, and its rate-limit headers.

* The error body is ``{status: "ERROR", errors: [{code, message}]}`` on every error status
  (https://yandex.ru/dev/market/partner-api/doc/ru/concepts/error-codes); it becomes :class:`ApiError`
  (401/403: :class:`AuthError`, 5xx: :class:`ServerError`).
* Any exceeded limit answers **420** (Enhance Your Calm). Yandex documents no 429 and no
  ``Retry-After``; a 429 is treated as a 420 anyway. Limits are per method, so a 420 pauses the
  ENDPOINT buckets of the lane, until ``X-RateLimit-Resource-Until`` (an RFC 822 date). A 420 for
  "Hit rate limit of N parallel requests" frees as soon as a request ends: it gets the engine's
  short backoff instead of a wait until the window's end.
* Every response carries ``X-RateLimit-Resource-Remaining`` and ``-Until``; they feed
  :meth:`Lane.observe_remaining`, so when the server counts less left than we do (another process
  on the same campaign, a restart), the server wins until ``Until``.

Error texts are built from the status and the response body only, never from headers.
"""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Callable, Mapping
from typing import Any

from .._errors import ApiError, AuthError, MarketplaceError, RateLimitError, ServerError
from .._limits import Endpoint, Scope
from .._scheduler import Lane
from .._transport import Response

_MAX_MESSAGE = 500
_PARALLEL_LIMIT = re.compile(r"parallel\s+requests", re.IGNORECASE)

DIGITAL_CODES_OPERATION = "provideOrderDigitalCodes"
DIGITAL_CODES_DEADLINE = (
    "Yandex.Market accepts digital-goods keys only within 30 minutes of the order entering "
    "PROCESSING; after that the order can no longer take keys"
)
# A refusal of late keys names the order's status or the time limit; the wording is not documented.
_LATE_KEYS = re.compile(r"deadline|expired|too late|late|30 ?min|minute|timeout|processing|status", re.I)


def parse_until(value: str | None, now: float) -> float | None:
    """Seconds from ``now`` (epoch seconds) to an RFC 822 ``Until`` date; None if unusable."""
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # RFC 822 without a zone: the API works in UTC
        return None
    seconds = when.timestamp() - now
    return seconds if math.isfinite(seconds) else None


def _parse_retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return parse_until(value, now)
    return seconds if math.isfinite(seconds) else None


def _errors(response: Response) -> tuple[str, str | None, Any]:
    """(message, first code, the errors list) from a Yandex error body, or a neutral text."""
    body = response.json()
    errors = body.get("errors") if isinstance(body, Mapping) else None
    if isinstance(errors, list) and errors:
        parts: list[str] = []
        code: str | None = None
        for error in errors:
            if not isinstance(error, Mapping):
                continue
            this_code = error.get("code")
            if code is None and this_code is not None:
                code = str(this_code)
            text = error.get("message")
            if isinstance(text, str) and text:
                parts.append(f"{this_code}: {text}" if this_code is not None and len(errors) > 1 else text)
            elif this_code is not None:
                parts.append(str(this_code))
        message = "; ".join(parts) or "no message"
        return message[:_MAX_MESSAGE], code, errors
    # A non-JSON body (an HTML page from a proxy) is not echoed: it tells the caller nothing useful.
    size = len(response.body)
    return (f"no Yandex error body ({size} bytes)" if size else "empty body"), None, None


class YandexDialect:
    """The :class:`~marketplace_async._engine.Dialect` of the Yandex.Market Partner API.

    ``clock`` gives the epoch seconds that ``X-RateLimit-Resource-Until`` is compared with.
    """

    name = "yandex"
    pause_scopes: tuple[Scope, ...] = (Scope.ENDPOINT,)

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock

    def is_rate_limited(self, response: Response) -> bool:
        return response.status in (420, 429)

    def is_parallel_limit(self, response: Response) -> bool:
        """A 420 for too many requests in flight, which frees as soon as one of them ends."""
        message, _, _ = _errors(response)
        return bool(_PARALLEL_LIMIT.search(message))

    def retry_after(self, response: Response) -> float | None:
        """Seconds until ``X-RateLimit-Resource-Until`` (or ``Retry-After``).

        None (the engine's short jittered backoff) for a parallel-requests 420 and when the header
        is missing or already past, since waiting "until now" would resend at once, into the same
        limit, with no backoff at all.
        """
        if self.is_parallel_limit(response):
            return None
        now = self.clock()
        headers = response.headers
        wait = parse_until(headers.get("X-RateLimit-Resource-Until"), now)
        if wait is None:
            wait = _parse_retry_after(headers.get("Retry-After"), now)
        return wait if wait is not None and wait > 0 else None

    def error_for(self, endpoint: Endpoint, response: Response) -> MarketplaceError:
        status = response.status
        message, code, details = _errors(response)
        kw: dict[str, Any] = {"status": status, "code": code, "details": details, "endpoint": endpoint.key}
        if status in (401, 403):
            return AuthError(message, **kw)
        if self.is_rate_limited(response):
            return RateLimitError(message, retry_after=self.retry_after(response), **kw)
        if status >= 500:
            return ServerError(message, **kw)
        if endpoint.key == DIGITAL_CODES_OPERATION and _LATE_KEYS.search(message):
            message = f"{message} ({DIGITAL_CODES_DEADLINE})"
        return ApiError(message, **kw)

    async def observe(self, lane: Lane, response: Response, max_wait: float) -> None:
        """Let the server's count of what is left tighten the lane's ENDPOINT buckets, for at most
        ``max_wait`` seconds: an ``Until`` days ahead must not hold the lane for days."""
        headers = response.headers
        raw = headers.get("X-RateLimit-Resource-Remaining")
        if raw is None:
            return
        try:
            remaining = int(raw.strip())
        except ValueError:
            return
        reset_in = parse_until(headers.get("X-RateLimit-Resource-Until"), self.clock())
        if reset_in is None or reset_in <= 0:
            return
        await lane.observe_remaining(max(0, remaining), min(reset_in, max_wait), Scope.ENDPOINT)

    def __repr__(self) -> str:
        return "<YandexDialect>"
