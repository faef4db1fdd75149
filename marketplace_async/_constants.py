"""Every default in one place: timeouts, retries, backoff bounds, concurrency."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CONNECTIONS = 64
DEFAULT_CONCURRENCY = 8  # requests of one bulk call in flight at once, when no parallel cap says less
# Before a request is written, nothing can have been applied: a timeout there is safe to resend.
DEFAULT_POOL_TIMEOUT = 30.0  # seconds waiting for a free connection of the shared pool
DEFAULT_CONNECT_TIMEOUT = 10.0  # seconds for DNS, TCP and TLS of a new connection


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a failed attempt is retried. Immutable: use ``dataclasses.replace`` for a variant.

    A rate-limit answer (Ozon 429, Yandex 420) is the server saying "wait", not a failure: it does
    not count against ``max_attempts``. Such answers are waited out for ``rate_limit_windows``
    windows of the request's longest limit (counted from the first of them in the call), then the
    call fails with :class:`RateLimitError`.
    """

    max_attempts: int = 5  # attempts that failed for another reason than a rate limit
    timeout: float = 30.0  # seconds waiting for the answer once the request is written
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    max_retry_after: float = 900.0  # a longer server-stated wait is capped to this
    rate_limit_windows: float = 5.0

    def backoff(self, attempt: int) -> float:
        """Upper bound of the full-jitter backoff before attempt ``attempt + 1``."""
        return float(min(self.backoff_max, self.backoff_initial * 2 ** (attempt - 1)))


DEFAULT_RETRY = RetryPolicy()
