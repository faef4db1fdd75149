"""marketplace_async: push stocks, prices and digital codes to Ozon and Yandex.Market at the
highest rate their documented limits allow, never above them, and account for every item.

``RedisBackend`` (limits shared across processes) needs the optional ``redis`` package
(``pip install 'marketplace_async[redis]'``); it is imported on first access, so the package
itself imports without it, and it is left out of ``__all__`` so that ``import *`` does too.
"""

from typing import TYPE_CHECKING, Any

from ._backend import Bucket, LimiterBackend, MemoryBackend
from ._constants import RetryPolicy
from ._errors import (
    ApiError,
    AuthError,
    LimiterUnavailableError,
    MarketplaceError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    TransportError,
    ValidationError,
)
from ._limits import Endpoint, LimitsTable, Rate, Scope, Unit
from ._multipart import FileUpload
from ._ozon.client import OzonClient
from ._ozon.dialect import ItemRateLimitError
from ._ozon.endpoints import OZON_LIMITS
from ._pool import ClientPool
from ._results import BatchOutcome, BulkError, BulkResult, FailureReason, ItemFailure
from ._scheduler import DEFAULT_JITTER_MARGIN, LimitTooSmallError, Scheduler
from ._sqlite import SqliteBackend
from ._sync import BulkSync, SyncOutcome, SyncStats
from ._yandex.client import YandexMarketClient
from ._yandex.operations import YANDEX_LIMITS

if TYPE_CHECKING:
    from ._redis import RedisBackend as RedisBackend


def __getattr__(name: str) -> Any:
    if name == "RedisBackend":
        from ._redis import RedisBackend

        return RedisBackend
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "BulkSync",
    "ClientPool",
    "Endpoint",
    "FailureReason",
    "FileUpload",
    "ItemFailure",
    "ItemRateLimitError",
    "LimitTooSmallError",
    "LimiterBackend",
    "LimiterUnavailableError",
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
    "SqliteBackend",
    "SyncOutcome",
    "SyncStats",
    "TransportError",
    "Unit",
    "ValidationError",
    "YandexMarketClient",
]
