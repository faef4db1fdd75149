"""What a bulk call returns: every item is confirmed, failed with its reason, or coalesced.

``received == succeeded + len(failed) + coalesced`` always holds; a test checks it on every
bulk path. ``coalesced`` counts items replaced by a later value for the same key in the same
upload (the last value wins), which were therefore never sent on their own.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ._errors import MarketplaceError


class FailureReason(enum.StrEnum):
    VALIDATION = "validation"  # refused on the client before sending
    API = "api"  # the marketplace returned a per-item error
    NOT_UPDATED = "not_updated"  # the marketplace answered updated=false with no error
    BATCH = "batch"  # the whole request failed (status error, retries exhausted)
    OUTCOME_UNKNOWN = "outcome_unknown"  # non-idempotent request may or may not have applied
    RATE_LIMITED = "rate_limited"  # a per-item limit forbids sending it now (held or refused)
    CANCELLED = "cancelled"  # not sent: the call was cancelled or stopped (AuthError, the source raised)


@dataclass(frozen=True, slots=True)
class ItemFailure:
    """One item that was not confirmed, and why."""

    item: Any
    reason: FailureReason
    code: str | None = None
    message: str = ""
    error: MarketplaceError | None = None

    def __str__(self) -> str:
        code = f" [{self.code}]" if self.code else ""
        return f"{self.reason.value}{code}: {self.message}"


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """What one request did: for progress bars, journals and per-item callbacks."""

    endpoint: str
    succeeded: list[Any]
    failed: list[ItemFailure]


OnBatch = Callable[[BatchOutcome], Any]


@dataclass(slots=True)
class BulkResult:
    """The outcome of one bulk call."""

    endpoint: str
    received: int = 0
    succeeded: int = 0
    failed: list[ItemFailure] = field(default_factory=list)
    coalesced: int = 0
    requests: int = 0
    retries: int = 0
    _metrics: Any = field(default=None, repr=False, compare=False)  # the pool's PoolMetrics

    @property
    def sent(self) -> int:
        """Items that went out in a request (confirmed, refused by the API, or of unknown outcome)."""
        return self.succeeded + sum(
            1
            for f in self.failed
            if f.reason not in (FailureReason.VALIDATION, FailureReason.RATE_LIMITED, FailureReason.CANCELLED)
        )

    @property
    def ok(self) -> bool:
        return not self.failed

    def failures_by_reason(self) -> dict[FailureReason, int]:
        counts: dict[FailureReason, int] = {}
        for failure in self.failed:
            counts[failure.reason] = counts.get(failure.reason, 0) + 1
        return counts

    def __iter__(self) -> Iterator[ItemFailure]:
        return iter(self.failed)

    def add(self, outcome: BatchOutcome) -> None:
        self.succeeded += len(outcome.succeeded)
        self.failed.extend(outcome.failed)
        if self._metrics is not None:
            self._metrics.batch(self.endpoint, outcome)

    def raise_for_failures(self) -> BulkResult:
        """Raise :class:`BulkError` if any item failed; return self otherwise (for chaining)."""
        if self.failed:
            raise BulkError(self)
        return self

    def __repr__(self) -> str:
        return (
            f"BulkResult({self.endpoint}: received={self.received} succeeded={self.succeeded} "
            f"failed={len(self.failed)} coalesced={self.coalesced} requests={self.requests} "
            f"retries={self.retries})"
        )


class BulkError(MarketplaceError):
    """Some items of a bulk call failed; ``.result`` holds them all, and the successes' count."""

    def __init__(self, result: BulkResult) -> None:
        self.result = result
        by_reason = ", ".join(f"{k.value}={v}" for k, v in result.failures_by_reason().items())
        first = result.failed[0]
        super().__init__(
            f"{len(result.failed)} of {result.received} items failed on {result.endpoint} ({by_reason}); "
            f"first: {first}"
        )
