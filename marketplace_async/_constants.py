"""Every default in one place: timeouts, retries, backoff bounds, concurrency."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CONNECTIONS = 64
DEFAULT_CONCURRENCY = 8  # requests of one bulk call in flight at once, when no parallel cap says less


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a failed attempt is retried. Immutable: use ``dataclasses.replace`` for a variant."""

    max_attempts: int = 5
    timeout: float = 30.0  # per attempt, seconds
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    max_retry_after: float = 900.0  # a longer server-stated wait is capped to this

    def backoff(self, attempt: int) -> float:
        """Upper bound of the full-jitter backoff before attempt ``attempt + 1``."""
        return float(min(self.backoff_max, self.backoff_initial * 2 ** (attempt - 1)))


DEFAULT_RETRY = RetryPolicy()
