"""What handlers share: the call they serve, the failures they raise and strict field readers.

Field readers take the decoded JSON (msgspec gives plain dict/list/str/int/float/bool/None) and
raise :class:`Invalid` naming the field path, which each marketplace turns into its own 400 body.
``bool`` is never accepted where a number is expected, although Python counts it as an ``int``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from .._limits import Endpoint

if TYPE_CHECKING:
    from ._world import World

NOT_EMULATED = "not emulated by marketplace_async.testing"


class ApiFailure(Exception):
    """A request refused as a whole with the marketplace's own code; nothing was applied.

    ``code`` ``None`` means the marketplace's generic bad-request code. ``reason`` is the stats
    bucket: ``auth``, ``validation`` or ``fault``. ``body`` replaces the marketplace's error body.
    """

    def __init__(
        self,
        status: int,
        message: str,
        code: int | str | None = None,
        reason: str = "validation",
        body: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.reason = reason
        self.body = body


class Invalid(ApiFailure):
    """400: the body breaks a documented rule."""

    def __init__(self, message: str, code: int | str | None = None) -> None:
        super().__init__(400, message, code)


@dataclass(slots=True)
class Call:
    """One admitted request, as a handler sees it."""

    endpoint: Endpoint
    entity: str
    client_id: str  # Ozon Client-Id; "" for Yandex
    business_id: int  # Yandex: the token's business (or the demo one); 0 for Ozon
    params: Mapping[str, str]
    query: Mapping[str, str]
    body: Any
    now: float  # loop time when the request is applied (after any injected latency)
    wall: datetime  # wall clock (UTC) at the same moment


@dataclass(frozen=True, slots=True)
class Reply:
    """A response given as bytes: a binary document, or an answer a test registered."""

    status: int
    body: bytes
    content_type: str
    headers: Mapping[str, str]


Handler = Callable[["World", Call], "dict[str, Any] | Reply"]


@dataclass(frozen=True, slots=True)
class Route:
    """One emulated method: its limits-table key, HTTP verb, path and handler.

    ``fallback`` holds the method's documented limits for when the shared table has no row for
    ``key`` (the tables grow while the SDK grows); a row in the table always wins.
    """

    key: str
    method: str
    path: str
    handler: Handler
    fallback: Endpoint
    shape_error: Callable[[int, dict[str, Any]], dict[str, Any]] | None = None
    """Turns the marketplace's usual error body into the one the operation documents, if another."""


def as_object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Invalid(f"{where}: must be a JSON object")
    return value


def as_list(obj: Mapping[str, Any], name: str, where: str, lo: int, hi: int | None) -> list[Any]:
    value = obj.get(name)
    path = _path(where, name)
    if value is None and lo > 0:
        raise Invalid(f"{path}: field is required")
    if value is None:
        return []
    if not isinstance(value, list):
        raise Invalid(f"{path}: must be an array")
    if len(value) < lo or (hi is not None and len(value) > hi):
        bound = f"between {lo} and {hi} items" if hi is not None else f"at least {lo} items"
        raise Invalid(f"{path}: value must contain {bound}, got {len(value)}")
    return value


def _path(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def opt_int(
    obj: Mapping[str, Any],
    name: str,
    where: str,
    *,
    lo: int | None = None,
    hi: int | None = None,
    strings: bool = False,
) -> int | None:
    """An integer field or ``None``; ``strings`` also takes the decimal strings of protobuf int64."""
    value = obj.get(name)
    if value is None:
        return None
    path = _path(where, name)
    if isinstance(value, str) and strings and value.strip().lstrip("-").isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"{path}: must be an integer")
    if lo is not None and value < lo:
        raise Invalid(f"{path}: value must be greater than or equal to {lo}")
    if hi is not None and value > hi:
        raise Invalid(f"{path}: value must be less than or equal to {hi}")
    return value


def req_int(
    obj: Mapping[str, Any],
    name: str,
    where: str,
    *,
    lo: int | None = None,
    hi: int | None = None,
    strings: bool = False,
) -> int:
    value = opt_int(obj, name, where, lo=lo, hi=hi, strings=strings)
    if value is None:
        raise Invalid(f"{_path(where, name)}: field is required")
    return value


def opt_str(obj: Mapping[str, Any], name: str, where: str, *, max_len: int | None = None) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    path = _path(where, name)
    if not isinstance(value, str):
        raise Invalid(f"{path}: must be a string")
    if max_len is not None and len(value) > max_len:
        raise Invalid(f"{path}: length must be at most {max_len}, got {len(value)}")
    return value


def req_str(obj: Mapping[str, Any], name: str, where: str, *, max_len: int | None = None) -> str:
    value = opt_str(obj, name, where, max_len=max_len)
    if value is None:
        raise Invalid(f"{_path(where, name)}: field is required")
    return value


def opt_number(obj: Mapping[str, Any], name: str, where: str, *, positive: bool = False) -> float | None:
    value = obj.get(name)
    if value is None:
        return None
    path = _path(where, name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Invalid(f"{path}: must be a number")
    if positive and not value > 0:
        raise Invalid(f"{path}: value must be greater than 0")
    return float(value)


def req_number(obj: Mapping[str, Any], name: str, where: str, *, positive: bool = False) -> float:
    value = opt_number(obj, name, where, positive=positive)
    if value is None:
        raise Invalid(f"{_path(where, name)}: field is required")
    return value


def opt_datetime(obj: Mapping[str, Any], name: str, where: str) -> datetime | None:
    """An ISO 8601 date-time with an offset (naive ones are refused), or ``None``."""
    text = opt_str(obj, name, where)
    if text is None:
        return None
    path = _path(where, name)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise Invalid(f"{path}: must be an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        raise Invalid(f"{path}: date-time must carry a UTC offset")
    return moment


def req_date(obj: Mapping[str, Any], name: str, where: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    text = req_str(obj, name, where)
    path = _path(where, name)
    if len(text) != 10:
        raise Invalid(f"{path}: must be a date YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid(f"{path}: must be a date YYYY-MM-DD") from None


def count_items(body: Any, field: str | None) -> int:
    """Items a request carries in ``field``: the weight of an item-counted limit."""
    if field is None:
        return 0
    items = body
    for part in field.split("."):  # the tables may name a nested field, e.g. "filter.offer_id"
        if not isinstance(items, dict):
            return 0
        items = items.get(part)
    return len(items) if isinstance(items, list) else 0
