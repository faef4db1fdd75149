"""The exception tree, written down once.

    MarketplaceError
    ├── ValidationError      bad input, raised before anything is sent (names item, field, rule)
    ├── AuthError            401 / 403: wrong or missing credentials, missing role
    ├── RateLimitError       429 (Ozon) / 420 (Yandex); ``retry_after`` in seconds
    ├── ServerError          5xx after retries
    ├── TransportError       connection errors and timeouts after retries
    │   └── OutcomeUnknownError   a non-idempotent call may or may not have been applied
    ├── ApiError             any other error status with the API's code, message, details
    └── LimiterUnavailableError  the shared limiter state (Redis) cannot be reached: nothing is sent

No exception text ever carries a credential: messages are built from status codes, the API's
error body and the caller's items, never from request headers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._results import BulkResult


class MarketplaceError(Exception):
    """Base class of every error this package raises."""


class ValidationError(MarketplaceError, ValueError):
    """Input that breaks a documented rule, caught before any request is sent.

    ``code`` is stable and machine-readable (README lists the codes); ``rule`` and the message are
    for people. A list checked whole raises one error whose ``errors`` holds every bad item's.
    """

    def __init__(
        self,
        message: str,
        *,
        item_index: int | None = None,
        field: str | None = None,
        rule: str | None = None,
        item: Any = None,
        code: str = "INVALID",
        errors: Sequence[ValidationError] = (),
    ) -> None:
        self.item_index = item_index
        self.field = field
        self.rule = rule
        self.item = item
        self.code = code
        self._errors = tuple(errors)
        where = []
        if item_index is not None:
            where.append(f"item #{item_index}")
        if field is not None:
            where.append(f"field {field!r}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)

    @property
    def errors(self) -> tuple[ValidationError, ...]:
        """Every item's error when a list was checked whole; this error alone otherwise."""
        return self._errors or (self,)


class _HttpStatusError(MarketplaceError):
    """An error response; carries what the API said, never what we sent in headers."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | int | None = None,
        details: Any = None,
        endpoint: str | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.endpoint = endpoint
        head = f"HTTP {status}" if status is not None else "error"
        if endpoint:
            head += f" from {endpoint}"
        tail = f" [{code}]" if code not in (None, "") else ""
        super().__init__(f"{head}{tail}: {message}")


class AuthError(_HttpStatusError):
    """401 or 403: the credentials are wrong, missing, IP-restricted or lack a role.

    A bulk method (``update_stocks``, ``update_prices``...) raises it once, rather than failing
    every item, when authentication stops the upload: every later request would fail the same
    way, so nothing more is sent. ``result`` is then that call's :class:`BulkResult`: the items
    confirmed before (if the credential was revoked midway), those of the refused requests and
    those taken but not sent (``CANCELLED``). It is ``None`` when a single call raised it.
    """

    result: BulkResult | None = None


class RateLimitError(_HttpStatusError):
    """The marketplace refused the call for a rate limit (Ozon 429, Yandex 420)."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kw)


class ServerError(_HttpStatusError):
    """5xx from the marketplace, after the retries allowed for the endpoint."""


class ApiError(_HttpStatusError):
    """Any other error answer: the API's ``code``, ``message`` and ``details``."""


class TransportError(MarketplaceError):
    """The request could not be completed: connection error or timeout, after retries."""


class OutcomeUnknownError(TransportError):
    """A non-idempotent request may have been applied; it is never resent blindly."""


class LimiterUnavailableError(MarketplaceError):
    """The shared limits backend (Redis) could not be reached, so the request was not sent."""
