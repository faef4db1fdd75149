"""How Ozon answers: its error body, its 429, and what a 429 pauses.

Ozon's error body is ``rpcStatus`` = ``{code, message, details}`` (https://docs.ozon.ru/api/seller/,
the error responses of every method). A 429 is the
account-wide per-second limit ("You have reached request rate limit per second"), which every
method of the Client-Id shares, so it pauses the ACCOUNT buckets, not just the endpoint's. A
``Retry-After`` header (seconds, or an HTTP date) sets the pause when present (seen from the live API; the reference documents no 429).

The five product methods with a per-item operations limit (``/v3/product/import``,
``/v1/product/import-by-sku``, ``/v1/product/attributes/update``, ``/v1/product/pictures/import``,
``/v1/product/update/offer-id``) answer 429 with ``Item-Retry-After`` (minutes until that limit
resets; for the daily one, until 03:00 Moscow time) and ``Item-Rate-Limit-Remaining``. Such a 429
is not the account's per-second limit, so it pauses nothing and is not retried: it raises
:class:`ItemRateLimitError` at once, with ``retry_after`` in seconds.

Error texts are built from the status and the response body only, never from headers.
"""

from __future__ import annotations

import email.utils
import math
import time
from typing import Any

from .._errors import ApiError, AuthError, MarketplaceError, RateLimitError, ServerError
from .._limits import Endpoint, Scope
from .._scheduler import Lane
from .._transport import Response

_MAX_MESSAGE = 500


def _error_fields(response: Response) -> tuple[str, Any, Any]:
    """(message, code, details) from an ``rpcStatus`` body, or a neutral text for anything else."""
    body = response.json()
    if isinstance(body, dict):
        message = body.get("message")
        code = body.get("code")
        details = body.get("details")
        if isinstance(message, str) and message:
            return message[:_MAX_MESSAGE], code, details
        if code is not None:
            return "no message", code, details
    # A non-JSON body (an HTML page from a proxy) is not echoed: it tells the caller nothing useful.
    size = len(response.body)
    return (f"no Ozon error body ({size} bytes)" if size else "empty body"), None, None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date); None if unusable
    or not in the future."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds) or seconds <= 0:
        # "0", a negative number or a past date: resending at once would hit the same limit, so
        # the engine's jittered backoff applies instead.
        return None
    return seconds


ITEM_RETRY_AFTER = "Item-Retry-After"
ITEM_RATE_LIMIT_REMAINING = "Item-Rate-Limit-Remaining"


class ItemRateLimitError(RateLimitError):
    """A product method's per-item operations limit is spent (429 with ``Item-Retry-After``).

    ``retry_after`` is the seconds until it resets (the header's minutes × 60), ``remaining`` the
    operations left until then (``Item-Rate-Limit-Remaining``), None when a header is unreadable.
    Retrying within the same minute would only be refused again, so the call is not retried.
    """

    def __init__(self, message: str, *, remaining: int | None = None, **kw: Any) -> None:
        self.remaining = remaining
        super().__init__(message, **kw)


def _item_limit(response: Response) -> tuple[float | None, int | None]:
    """(seconds until the per-item limit resets, operations remaining) from the item headers."""
    headers = response.headers
    try:
        seconds: float | None = float(headers.get(ITEM_RETRY_AFTER, "")) * 60.0
    except ValueError:
        seconds = None
    if seconds is not None and not 0.0 <= seconds < float("inf"):  # NaN fails the test too
        seconds = None
    try:
        remaining: int | None = int(headers.get(ITEM_RATE_LIMIT_REMAINING, ""))
    except ValueError:
        remaining = None
    return seconds, remaining


class OzonDialect:
    """The :class:`~marketplace_async._engine.Dialect` of the Ozon Seller API."""

    name = "ozon"
    pause_scopes: tuple[Scope, ...] = (Scope.ACCOUNT,)

    def error_for(self, endpoint: Endpoint, response: Response) -> MarketplaceError:
        status = response.status
        message, code, details = _error_fields(response)
        kw: dict[str, Any] = {"status": status, "code": code, "details": details, "endpoint": endpoint.key}
        if status in (401, 403):
            return AuthError(message, **kw)
        if status == 429 and ITEM_RETRY_AFTER in response.headers:
            retry_after, remaining = _item_limit(response)
            return ItemRateLimitError(message, retry_after=retry_after, remaining=remaining, **kw)
        if status == 429:
            return RateLimitError(message, retry_after=self.retry_after(response), **kw)
        if status >= 500:
            return ServerError(message, **kw)
        return ApiError(message, **kw)

    def is_rate_limited(self, response: Response) -> bool:
        # A per-item limit (Item-Retry-After) is final for this call: error_for raises it.
        return response.status == 429 and ITEM_RETRY_AFTER not in response.headers

    def retry_after(self, response: Response) -> float | None:
        return parse_retry_after(response.headers.get("Retry-After"))

    async def observe(self, lane: Lane, response: Response, max_wait: float) -> None:
        """Ozon documents no rate-limit headers on success; a 429 is handled by the engine."""

    def __repr__(self) -> str:
        return "<OzonDialect>"
