"""How Ozon answers: its error body, its 429, and what a 429 pauses.

Ozon's error body is ``rpcStatus`` = ``{code, message, details}`` (API_FACTS §6). A 429 is the
account-wide per-second limit ("You have reached request rate limit per second"), which every
method of the Client-Id shares, so it pauses the ACCOUNT buckets, not just the endpoint's. A
``Retry-After`` header (seconds, or an HTTP date) sets the pause when present [3P].

Error texts are built from the status and the response body only, never from headers.
"""

from __future__ import annotations

import email.utils
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
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date); None if unusable."""
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
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)


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
        if status == 429:
            return RateLimitError(message, retry_after=self.retry_after(response), **kw)
        if status >= 500:
            return ServerError(message, **kw)
        return ApiError(message, **kw)

    def is_rate_limited(self, response: Response) -> bool:
        return response.status == 429

    def retry_after(self, response: Response) -> float | None:
        return parse_retry_after(response.headers.get("Retry-After"))

    async def observe(self, lane: Lane, response: Response) -> None:
        """Ozon documents no rate-limit headers on success; a 429 is handled by the engine."""

    def __repr__(self) -> str:
        return "<OzonDialect>"
