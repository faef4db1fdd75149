"""marketplace_async: push stocks, prices and digital codes to Ozon and Yandex.Market at the
highest rate their documented limits allow, never above them, and account for every item."""

from ._backend import Bucket, LimiterBackend, MemoryBackend
from ._constants import RetryPolicy
from ._errors import (
    ApiError,
    AuthError,
    MarketplaceError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    TransportError,
    ValidationError,
)
from ._limits import Endpoint, LimitsTable, Rate, Scope, Unit
from ._ozon.client import OzonClient
from ._ozon.endpoints import OZON_LIMITS
from ._pool import ClientPool
from ._results import BatchOutcome, BulkError, BulkResult, FailureReason, ItemFailure
from ._scheduler import DEFAULT_JITTER_MARGIN, LimitTooSmallError, Scheduler
from ._yandex.client import YandexMarketClient
from ._yandex.operations import YANDEX_LIMITS

__all__ = [
    "DEFAULT_JITTER_MARGIN",
    "OZON_LIMITS",
    "YANDEX_LIMITS",
    "ApiError",
    "AuthError",
    "BatchOutcome",
    "Bucket",
    "BulkError",
    "BulkResult",
    "ClientPool",
    "Endpoint",
    "FailureReason",
    "ItemFailure",
    "LimitTooSmallError",
    "LimiterBackend",
    "LimitsTable",
    "MarketplaceError",
    "MemoryBackend",
    "OutcomeUnknownError",
    "OzonClient",
    "Rate",
    "RateLimitError",
    "RetryPolicy",
    "Scheduler",
    "Scope",
    "ServerError",
    "TransportError",
    "Unit",
    "ValidationError",
    "YandexMarketClient",
]
