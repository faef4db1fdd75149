"""The Yandex.Market Partner API client: stocks, prices, digital-goods keys, and every spec operation.

Limits are counted per campaign for ``/campaigns/{campaignId}`` URLs and per business for
``/businesses/{businessId}`` URLs (https://yandex.ru/dev/market/partner-api/doc/ru/concepts/limits),
so that is the scope of every lane: the global
cap of 4 requests in flight and each method's rates apply per campaign or business. Other URLs count
per token; their scope is a fingerprint keyed by the token itself (``_fingerprint.py``), never the token.

Items may be dicts (snake_case, camelCase accepted) or the package's models (``_yandex/models.py``),
in any iterable or async iterable. Bulk methods return a :class:`BulkResult`. One that stops (an
:class:`AuthError`, an exception of the items' source or of ``on_batch``) takes no more items, lets
its requests in flight end and raises that exception with the partial result as ``result``.
"""

from __future__ import annotations

import enum
import operator
import re
import time
import warnings
from collections.abc import AsyncIterator, Callable, Hashable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any, Final, Literal
from urllib.parse import quote, unquote

import msgspec
from msgspec import Meta, Struct
from multidict import MultiDict

from .._bulk import BulkPlan, EncodedBatch, Items, batch_failed, batch_limit, deliver
from .._client import BaseClient
from .._constants import DEFAULT_CONCURRENCY, RetryPolicy
from .._engine import Dialect
from .._errors import ApiError, MarketplaceError, ValidationError
from .._fingerprint import fingerprint
from .._generated.yandex.methods import YandexOperations
from .._limits import Endpoint, Pacing
from .._multipart import Form
from .._pool import ClientPool
from .._results import BatchOutcome, BulkResult, FailureReason, ItemFailure, OnBatch
from .._sync import BulkSync, field_key
from .._transport import Response
from .._validation import (
    CONFLICT,
    DUPLICATE,
    FORMAT,
    LENGTH,
    RANGE,
    REQUIRED,
    TOO_LARGE,
    TYPE,
    convert_each,
    convert_item,
    money_meta,
    refuse,
)
from .dialect import DIGITAL_CODES_DEADLINE, DIGITAL_CODES_OPERATION, YandexDialect
from .models import (
    BusinessOfferPrice,
    BusinessPrice,
    CampaignOfferPrice,
    CampaignPrice,
    DigitalItem,
    LegacySkuStock,
    LegacyStockItem,
    LegacyUpdateStocksRequest,
    ProvideOrderDigitalCodesRequest,
    ShopSku,
    SkuStock,
    SkuWarehouseStock,
    StockCount,
    StockItem,
    UpdateBusinessPricesRequest,
    UpdatePricesRequest,
    UpdateStocksOnPartnerWarehousesRequest,
    UpdateStocksRequest,
    json_encode,
)
from .operations import MAX_BODY_BYTES, PAGE_TOKEN_OPERATIONS, YANDEX_LIMITS

DEFAULT_BASE_URL: Final = "https://api.partner.market.yandex.ru"

OAUTH_SCHEME: Final = "Bearer"
"""Scheme of the ``Authorization`` header for ``oauth_token=``: the OAuth 2.0 standard (RFC 6750).
Whether the Partner API wants ``Bearer`` or Yandex's older ``OAuth`` scheme is not documented
(https://yandex.ru/dev/market/partner-api/doc/ru/concepts/authorization); this constant is the
one place to change it."""

UPDATE_STOCKS: Final = "updateStocks"
UPDATE_STOCKS_V3: Final = "updateStocksOnPartnerWarehouses"
UPDATE_PRICES: Final = "updatePrices"
UPDATE_BUSINESS_PRICES: Final = "updateBusinessPrices"

_SCOPED_PATH = re.compile(r"^/v\d+/(campaigns|businesses)/\{(\w+)\}")
_VERSIONED_PATH = re.compile(r"/v\d+/[\w\-./]+")
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")

# ShopSku: 1..255 characters after trimming, no control characters but tab (spec pattern).
Sku = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=255,
        pattern=r"^[^\x00-\x08\x0A-\x1f\x7f]+$",
        extra={"format": "text without control characters"},
    ),
]
# Money under the number rule (README, "Numbers and fields"), sent as exact JSON numbers: kopecks at
# most; discountBase "must be whole" (DiscountBase schema).
Price = Annotated[str, money_meta(2, gt=0)]
WholePrice = Annotated[str, money_meta(0, gt=0)]
BestsellerPrice = Annotated[str, money_meta(2, gt=0, le=100_000_000)]
# \A...\Z: msgspec searches the pattern, and $ would also match before a trailing newline ("RUR\n").
CurrencyId = Annotated[str, Meta(pattern=r"\A[A-Z]{3}\Z", extra={"format": "3 capital letters, e.g. RUR"})]
# VatType: 7 (20%) may no longer be sent since 1 July 2026; 14 (22%) replaces it.
Vat = Literal[2, 5, 6, 10, 11, 14]
Code = Annotated[str, Meta(min_length=1, max_length=256)]


# --- caller items, as they are checked ----------------------------------------------------------


# With a UTC offset, checked by msgspec itself: a __post_init__ hook doing it cost a Python call
# per item (benchmarks/results/profile.md).
AwareDatetime = Annotated[datetime, Meta(tz=True)]


class _StockIn(Struct, forbid_unknown_fields=True):
    sku: Sku
    count: StockCount
    updated_at: AwareDatetime | None = None


class _WarehouseStockIn(Struct, forbid_unknown_fields=True):
    sku: Sku
    warehouse_id: Annotated[int, Meta(ge=1)]
    count: StockCount
    updated_at: AwareDatetime | None = None


_STOCK_FIELDS = frozenset(_StockIn.__struct_fields__)
_WAREHOUSE_STOCK_FIELDS = frozenset(_WarehouseStockIn.__struct_fields__)


class _CampaignPriceIn(Struct, forbid_unknown_fields=True):
    value: Price
    currency_id: CurrencyId
    discount_base: WholePrice | None = None
    vat: Vat | None = None


class _CampaignOfferIn(Struct, forbid_unknown_fields=True):
    offer_id: Sku
    price: _CampaignPriceIn


class _BusinessPriceIn(Struct, forbid_unknown_fields=True):
    value: Price
    currency_id: CurrencyId
    discount_base: WholePrice | None = None
    minimum_for_bestseller: BestsellerPrice | None = None


class _BusinessOfferIn(Struct, forbid_unknown_fields=True):
    offer_id: Sku
    price: _BusinessPriceIn


class _DigitalIn(Struct, forbid_unknown_fields=True):
    id: Annotated[int, Meta(ge=1)]
    slip: Annotated[str, Meta(max_length=10_000)]
    activate_till: date
    codes: Annotated[list[Code], Meta(min_length=1)] | None = None
    code: Code | None = None


# --- a list's fast path: the common shape of the models above, every rule in msgspec's decoder ----
#
# A list of plain dicts in snake_case, SKUs with nothing to trim, money as a positive int or its
# plain text (what the number rule sends unchanged) is converted whole by one msgspec.convert into
# these models; the rules that would cost a regex call per item (SKU characters, currency) are
# checked over the whole list at once. Anything else (camelCase, a float, a model, a bad item)
# fails it, and the whole list goes item by item, which gives every error its words.

_PositiveInt = Annotated[int, Meta(gt=0)]
_PlainPrice = Annotated[str, Meta(pattern=r"\A(?:[1-9][0-9]*(?:\.[0-9]{1,2})?|0\.(?:0[1-9]|[1-9][0-9]?))\Z")]
_PlainWhole = Annotated[str, Meta(pattern=r"\A[1-9][0-9]*\Z")]


class _StockFast(Struct, forbid_unknown_fields=True, gc=False):
    sku: ShopSku
    count: StockCount
    updated_at: AwareDatetime | None = None


class _WarehouseStockFast(Struct, forbid_unknown_fields=True, gc=False):
    sku: ShopSku
    partner_warehouse_id: Annotated[int, Meta(ge=1)] = msgspec.field(name="warehouse_id")
    count: StockCount
    updated_at: AwareDatetime | None = None


class _CampaignPriceFast(Struct, forbid_unknown_fields=True, gc=False):
    value: _PositiveInt | _PlainPrice
    currency_id: str
    discount_base: _PositiveInt | _PlainWhole | None = None
    vat: Vat | None = None


class _CampaignOfferFast(Struct, forbid_unknown_fields=True, gc=False):
    offer_id: ShopSku
    price: _CampaignPriceFast


class _BusinessPriceFast(Struct, forbid_unknown_fields=True, gc=False):
    value: _PositiveInt | _PlainPrice
    currency_id: str
    discount_base: _PositiveInt | _PlainWhole | None = None
    minimum_for_bestseller: Annotated[int, Meta(gt=0, le=100_000_000)] | None = None


class _BusinessOfferFast(Struct, forbid_unknown_fields=True, gc=False):
    offer_id: ShopSku
    price: _BusinessPriceFast


_STOCKS_FAST: Final = list[_StockFast]
_WAREHOUSE_STOCKS_FAST: Final = list[_WarehouseStockFast]
_CAMPAIGN_OFFERS_FAST: Final = list[_CampaignOfferFast]
_BUSINESS_OFFERS_FAST: Final = list[_BusinessOfferFast]
_CAMPAIGN_OFFERS: Final = list[CampaignOfferPrice]
_BUSINESS_OFFERS: Final = list[BusinessOfferPrice]

# Keys of the wire items (and of the fast models): map() calls an attrgetter without a Python frame.
# (A comprehension reads a Struct field faster still, where the code is not given a key function.)
_sku_key: Callable[[Any], Hashable] = operator.attrgetter("sku")
_sku_warehouse_key: Callable[[Any], Hashable] = operator.attrgetter("sku", "partner_warehouse_id")
_offer_key: Callable[[Any], Hashable] = operator.attrgetter("offer_id")

# Over SKUs joined by NUL, a few scans in C instead of a regex call per SKU: no NUL inside one, no
# other control character but tab (the Sku pattern), and no whitespace after a NUL, in the text
# and reversed (a SKU that _trim would change: re's \s and str.strip agree on what whitespace is).
_CONTROL = re.compile(r"[\x01-\x08\x0A-\x1f\x7f]")
_SPACE_AFTER_NUL = re.compile(r"\x00\s")
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def _clean_skus(skus: list[Any]) -> bool:
    """Whether every SKU is sent as given: nothing to trim, no character the Sku rule refuses."""
    joined = "\x00" + "\x00".join(skus) + "\x00"
    if joined.isascii():
        # ASCII without a control character (the common case) can have no whitespace but the
        # space: one translate in C tells, then a space next to a NUL is one to trim.
        raw = joined.encode("ascii")
        if len(raw.translate(None, _PRINTABLE_ASCII)) == len(skus) + 1:
            return b"\x00 " not in raw and b" \x00" not in raw
    return (
        joined.count("\x00") == len(skus) + 1
        and _CONTROL.search(joined) is None
        and _SPACE_AFTER_NUL.search(joined) is None
        and _SPACE_AFTER_NUL.search(joined[::-1]) is None
    )


class _StocksAtOnce:
    """Converts a list of stock dicts whole by a fast model (``None``: item by item), and keeps
    the time its items were taken: ``updated_at=``, else when the list was converted (its
    batches are built and sent later)."""

    __slots__ = ("model", "stamp")

    def __init__(self, model: Any, stamp: datetime | None) -> None:
        self.model = model
        self.stamp = stamp

    def __call__(self, items: list[Any]) -> Any:
        try:
            converted = msgspec.convert(items, self.model)
        except msgspec.ValidationError:
            return None
        if not _clean_skus([item.sku for item in converted]):
            return None
        if self.stamp is None:
            self.stamp = _now()
        return converted

    @property
    def taken_at(self) -> datetime:
        return self.stamp or _now()  # set once a list was converted


def _prices_at_once(items: list[Any], model: Any) -> Any:
    """``items`` converted by ``model`` (a ``list[...]`` of a fast price model), or ``None``. Its
    wire models come from it field by field (``from_attributes``: an int or plain text becomes
    the same ``Decimal``)."""
    try:
        converted = msgspec.convert(items, model)
        for currency in {offer.price.currency_id for offer in converted}:
            msgspec.convert(currency, CurrencyId)
    except msgspec.ValidationError:
        return None
    return converted if _clean_skus([offer.offer_id for offer in converted]) else None


_SNAKE: dict[str, str] = {}


def _snake(name: str) -> str:
    # Cached: a bulk call converts the same few keys hundreds of thousands of times.
    snake = _SNAKE.get(name)
    if snake is None:
        snake = _CAMEL_HUMP.sub(r"_\1", name).lower()
        if len(_SNAKE) < 4096:  # bounded: keys come from callers' data
            _SNAKE[name] = snake
    return snake


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


_SCALARS = (str, int, float, bool, type(None))


def _plain(raw: Any) -> Any:
    """An item as plain data with snake_case keys; package models go through their wire form."""
    if type(raw) is not dict and isinstance(raw, Struct):  # a dict skips both ABC checks
        raw = msgspec.to_builtins(raw)
    if type(raw) is dict or isinstance(raw, Mapping):
        return {
            _snake(k) if isinstance(k, str) else k: v if type(v) in _SCALARS else _plain(v)
            for k, v in raw.items()
        }
    if isinstance(raw, list):
        return [v if type(v) in _SCALARS else _plain(v) for v in raw]
    return raw


def _flat(raw: Any, fields: frozenset[str]) -> Any:
    """``_plain`` for the common case at a fraction of the cost: a flat dict already in snake_case."""
    if type(raw) is dict and raw.keys() <= fields:
        return dict(raw)
    return _plain(raw)


def _mapping(data: Any, index: int, raw: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise refuse(
            TYPE, f"expected a mapping (dict) or a model, got {type(raw).__name__}", index=index, item=raw
        )
    return data


def _trim(data: dict[str, Any], field: str) -> None:
    # The server trims SKUs, so " S1 " and "S1" are one SKU: trim before keying and length checks.
    value = data.get(field)
    if isinstance(value, str):
        data[field] = value.strip()


def _flatten_wire_stock(data: dict[str, Any], index: int, raw: Any) -> None:
    """Accept the wire shape ``{sku, items: [{count, updatedAt}]}`` (``SkuStock``) as well."""
    if "items" not in data or "count" in data:
        return
    entries = data.pop("items")
    if not isinstance(entries, list) or len(entries) != 1 or not isinstance(entries[0], dict):
        raise refuse(LENGTH, "must hold exactly one entry", index=index, field="items", item=raw)
    entry = dict(entries[0])
    entry.pop("type", None)  # the constant FIT of the pre-2024 body
    data.update(entry)


def _timestamp(value: datetime | str | None, field: str) -> datetime | None:
    if value is None:
        return None
    try:
        stamp = msgspec.convert(value, datetime)
    except msgspec.ValidationError:
        raise refuse(FORMAT, f"expected an ISO 8601 date-time, got {value!r}", field=field) from None
    if stamp.utcoffset() is None:
        raise refuse(
            FORMAT, f"needs a UTC offset (e.g. 2026-07-01T12:30:00+03:00), got {value!r}", field=field
        )
    return stamp


_clock_second = -1
_clock_stamp = datetime.now(UTC)


def _now() -> datetime:
    """Now in UTC, to the second (reused within a second: items are stamped by the hundred thousand)."""
    global _clock_second, _clock_stamp
    second = int(time.time())
    if second != _clock_second:
        _clock_second, _clock_stamp = second, datetime.fromtimestamp(second, UTC)
    return _clock_stamp


def _positive_id(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise refuse(TYPE, f"expected an integer, got {type(value).__name__} {value!r}", field=field)
    if value < 1:
        raise refuse(RANGE, f"must be >= 1, got {value}", field=field)
    return value


def _api_failed(batch: list[Any], error: ApiError, endpoint: str) -> BatchOutcome:
    """The API refused a request as a whole: every item of it failed, with the API's code."""
    code = None if error.code is None else str(error.code)
    failed = [
        ItemFailure(item, FailureReason.API, code=code, message=str(error), error=error) for item in batch
    ]
    return BatchOutcome(endpoint, [], failed)


def _outcome(dialect: Dialect, endpoint: Endpoint, batch: list[Any], response: Response) -> BatchOutcome:
    """A 2xx ``EmptyApiResponse``: OK means every item was accepted, ERROR that none was."""
    body = response.json()
    if isinstance(body, Mapping) and body.get("status") == "ERROR":
        error = dialect.error_for(endpoint, response)
        if isinstance(error, ApiError):
            return _api_failed(batch, error, endpoint.key)
    return BatchOutcome(endpoint.key, list(batch), [])


def _acknowledged(dialect: Dialect, endpoint: Endpoint, batch: list[Any], response: Response) -> BatchOutcome:
    """:func:`_outcome` of an answer that must say OK or ERROR: anything else (an HTML page, a cut
    or empty body) raises, so a call that may have been applied is never taken as done."""
    body = response.json()
    if not (isinstance(body, Mapping) and body.get("status") in ("OK", "ERROR")):
        raise ApiError(
            f"HTTP {response.status} without the API's OK or ERROR status ({len(response.body)} bytes)",
            status=response.status,
            endpoint=endpoint.key,
        )
    return _outcome(dialect, endpoint, batch, response)


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _query(query: Mapping[str, Any] | None) -> MultiDict[str] | None:
    """Query parameters; a list becomes a repeated parameter (OpenAPI's form style, explode)."""
    if not query:
        return None
    params: MultiDict[str] = MultiDict()
    for name, value in query.items():
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple, set, frozenset)) else (value,)
        for one in values:
            params.add(name, _query_value(one))
    return params


def _dig(page: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        if not isinstance(page, Mapping):
            return None
        page = page.get(key)
    return page


class YandexMarketClient(BaseClient, YandexOperations):
    """Async client of the Yandex.Market Partner API.

    Give exactly one credential: ``api_key=`` (sent as ``Api-Key``) or ``oauth_token=`` (the
    outdated OAuth, sent as ``Authorization: Bearer <token>``, see :data:`OAUTH_SCHEME`).
    ``limits=`` overrides entries of :data:`YANDEX_LIMITS` by operationId (``{"updateStocks":
    {"max_items": 2000}}``); ``pool=`` shares a :class:`ClientPool` (one session, one scheduler)
    with other clients; ``time_scale=`` divides every documented window, for emulators.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        oauth_token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        limits: Mapping[str, Any] | None = None,
        pool: ClientPool | None = None,
        retry: RetryPolicy | None = None,
        time_scale: float = 1.0,
        pacing: Pacing = "burst",
    ) -> None:
        if (api_key is None) == (oauth_token is None):
            raise ValueError("give exactly one of api_key= or oauth_token=")
        secret = api_key if api_key is not None else oauth_token
        if not isinstance(secret, str) or not secret.strip():
            raise ValueError("the credential must be a non-empty string")
        self._auth_kind = "Api-Key" if api_key is not None else "OAuth"
        header = {"Api-Key": secret} if api_key is not None else {"Authorization": f"{OAUTH_SCHEME} {secret}"}
        self._headers: Mapping[str, str] = {
            **header,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        # Scope of URLs counted per token: keyed by the token, so processes sharing it agree and
        # no key or log holds the token.
        self._token_scope = "t" + fingerprint("token scope", secret=secret, length=16)
        self._base_url = base_url.rstrip("/")
        super().__init__(
            table=YANDEX_LIMITS,
            dialect=YandexDialect(),
            base_url=base_url,
            limits=limits,
            time_scale=time_scale,
            pool=pool,
            retry=retry,
            pacing=pacing,
        )

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<YandexMarketClient {self._base_url} auth={self._auth_kind} {state}>"

    def _auth_headers(self) -> Mapping[str, str]:
        return self._headers

    # --- bulk methods ----------------------------------------------------------------------------

    async def update_stocks(
        self,
        campaign_id: int,
        items: Items,
        *,
        warehouse_id: int | None = None,
        updated_at: datetime | str | None = None,
        on_batch: OnBatch | None = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Set available stock: ``PUT /v2/campaigns/{campaignId}/offers/stocks`` (updateStocks).

        Items: ``{"sku": str, "count": int, "updated_at"?: datetime | ISO str}`` (or ``SkuStock``).
        500 SKUs a request by default (README, limits policy; the spec allows 2000 through ``limits=``), at most
        100,000 SKUs a minute per campaign. A SKU (trimmed) given twice keeps its last value.
        ``updatedAt`` is the item's ``updated_at``, else ``updated_at=``, else the time the item was
        taken (UTC). With ``warehouse_id=`` the body takes the older shape (``warehouseId`` and
        ``items[].type = "FIT"``), which the API removed in March 2024; without it, the current one.
        """
        endpoint = self.limits.endpoint(UPDATE_STOCKS)
        campaign = _positive_id(campaign_id, "campaign_id")
        if warehouse_id is not None:
            _positive_id(warehouse_id, "warehouse_id")
        default_stamp = _timestamp(updated_at, "updated_at")

        def convert(raw: Any, index: int) -> SkuStock | LegacySkuStock:
            data = _mapping(_flat(raw, _STOCK_FIELDS), index, raw)
            _flatten_wire_stock(data, index, raw)
            given_warehouse = data.pop("warehouse_id", None)
            if given_warehouse is not None and given_warehouse != warehouse_id:
                raise refuse(
                    CONFLICT,
                    "a warehouse is given per call: update_stocks(..., warehouse_id=)",
                    index=index,
                    field="warehouse_id",
                    item=raw,
                )
            _trim(data, "sku")
            item = convert_item(data, index, _StockIn)
            stamp = item.updated_at or default_stamp or _now()
            if warehouse_id is None:
                return SkuStock(sku=item.sku, items=[StockItem(count=item.count, updated_at=stamp)])
            return LegacySkuStock(
                sku=item.sku,
                warehouse_id=warehouse_id,
                items=[LegacyStockItem(count=item.count, updated_at=stamp)],
            )

        taken = _StocksAtOnce(_STOCKS_FAST, default_stamp)

        def build(batch: list[_StockFast]) -> list[SkuStock] | list[LegacySkuStock]:
            stamp = taken.taken_at
            if warehouse_id is None:
                return [
                    SkuStock(sku=i.sku, items=[StockItem(count=i.count, updated_at=i.updated_at or stamp)])
                    for i in batch
                ]
            return [
                LegacySkuStock(
                    sku=i.sku,
                    warehouse_id=warehouse_id,
                    items=[LegacyStockItem(count=i.count, updated_at=i.updated_at or stamp)],
                )
                for i in batch
            ]

        def wrap(batch: list[Any]) -> Struct:
            if warehouse_id is None:
                return UpdateStocksRequest(skus=batch)
            return LegacyUpdateStocksRequest(skus=batch)

        return await self._bulk(
            endpoint,
            f"c{campaign}",
            {"campaignId": campaign},
            items,
            convert=convert,
            convert_list=taken,
            build=build,
            key=_sku_key,
            wrap=wrap,
            on_batch=on_batch,
            concurrency=concurrency,
        )

    async def update_stocks_v3(
        self,
        business_id: int,
        items: Items,
        *,
        updated_at: datetime | str | None = None,
        on_batch: OnBatch | None = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Set stock per partner warehouse: ``POST /v3/businesses/{businessId}/offers/stocks/update``.

        Items: ``{"sku", "warehouse_id" (the partner warehouse; ``partnerWarehouseId`` accepted),
        "count", "updated_at"?}`` (or ``SkuWarehouseStock``). 2000 a request, 50 requests a minute
        per business; a (sku, warehouse) pair given twice keeps its last value. Since July 2026
        this is the main stock method for businesses without warehouse groups.
        """
        endpoint = self.limits.endpoint(UPDATE_STOCKS_V3)
        business = _positive_id(business_id, "business_id")
        default_stamp = _timestamp(updated_at, "updated_at")

        def convert(raw: Any, index: int) -> SkuWarehouseStock:
            data = _mapping(_flat(raw, _WAREHOUSE_STOCK_FIELDS), index, raw)
            if "partner_warehouse_id" in data:
                if "warehouse_id" in data:
                    raise refuse(
                        CONFLICT,
                        "give warehouse_id or partnerWarehouseId, not both",
                        index=index,
                        field="warehouse_id",
                        item=raw,
                    )
                data["warehouse_id"] = data.pop("partner_warehouse_id")
            _trim(data, "sku")
            item = convert_item(data, index, _WarehouseStockIn)
            return SkuWarehouseStock(
                sku=item.sku,
                partner_warehouse_id=item.warehouse_id,
                count=item.count,
                updated_at=item.updated_at or default_stamp or _now(),
            )

        taken = _StocksAtOnce(_WAREHOUSE_STOCKS_FAST, default_stamp)

        def build(batch: list[_WarehouseStockFast]) -> list[SkuWarehouseStock]:
            stamp = taken.taken_at
            return [
                SkuWarehouseStock(
                    sku=i.sku,
                    partner_warehouse_id=i.partner_warehouse_id,
                    count=i.count,
                    updated_at=i.updated_at or stamp,
                )
                for i in batch
            ]

        def wrap(batch: list[Any]) -> Struct:
            return UpdateStocksOnPartnerWarehousesRequest(sku_items=batch)

        return await self._bulk(
            endpoint,
            f"b{business}",
            {"businessId": business},
            items,
            convert=convert,
            convert_list=taken,
            build=build,
            key=_sku_warehouse_key,
            wrap=wrap,
            on_batch=on_batch,
            concurrency=concurrency,
        )

    async def update_prices(
        self,
        campaign_id: int,
        items: Items,
        *,
        on_batch: OnBatch | None = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Set a shop's prices: ``POST /v2/campaigns/{campaignId}/offer-prices/updates`` (updatePrices).

        Items: ``{"offer_id", "price": {"value" > 0, "currency_id", "discount_base"?, "vat"?}}``
        (camelCase and ``CampaignOfferPrice`` accepted). 2000 offers a request, 10,000 offers a
        minute and 12 requests in parallel per campaign; an offer given twice keeps its last value.
        Only for businesses with ``onlyDefaultPrice=false``; others get a 423 for every item.
        """
        endpoint = self.limits.endpoint(UPDATE_PRICES)
        campaign = _positive_id(campaign_id, "campaign_id")

        def convert(raw: Any, index: int) -> CampaignOfferPrice:
            data = _mapping(_plain(raw), index, raw)
            _trim(data, "offer_id")
            item = convert_item(data, index, _CampaignOfferIn)
            p = item.price
            price = CampaignPrice(
                value=Decimal(p.value),
                currency_id=p.currency_id,
                discount_base=_decimal(p.discount_base),
                vat=p.vat,
            )
            return CampaignOfferPrice(offer_id=item.offer_id, price=price)

        def wrap(batch: list[Any]) -> Struct:
            return UpdatePricesRequest(offers=batch)

        return await self._bulk(
            endpoint,
            f"c{campaign}",
            {"campaignId": campaign},
            items,
            convert=convert,
            convert_list=lambda raw: _prices_at_once(raw, _CAMPAIGN_OFFERS_FAST),
            build=lambda batch: msgspec.convert(batch, _CAMPAIGN_OFFERS, from_attributes=True),
            key=_offer_key,
            wrap=wrap,
            on_batch=on_batch,
            concurrency=concurrency,
        )

    async def update_business_prices(
        self,
        business_id: int,
        items: Items,
        *,
        on_batch: OnBatch | None = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Set prices in every shop of a business: ``POST /v2/businesses/{businessId}/offer-prices/updates``.

        Items: ``{"offer_id", "price": {"value" > 0, "currency_id", "discount_base"?,
        "minimum_for_bestseller"?}}`` (camelCase and ``BusinessOfferPrice`` accepted). 500 offers a
        request and 10,000 offers a minute per business; an offer given twice keeps its last value.
        """
        endpoint = self.limits.endpoint(UPDATE_BUSINESS_PRICES)
        business = _positive_id(business_id, "business_id")

        def convert(raw: Any, index: int) -> BusinessOfferPrice:
            data = _mapping(_plain(raw), index, raw)
            _trim(data, "offer_id")
            item = convert_item(data, index, _BusinessOfferIn)
            p = item.price
            price = BusinessPrice(
                value=Decimal(p.value),
                currency_id=p.currency_id,
                discount_base=_decimal(p.discount_base),
                minimum_for_bestseller=_decimal(p.minimum_for_bestseller),
            )
            return BusinessOfferPrice(offer_id=item.offer_id, price=price)

        def wrap(batch: list[Any]) -> Struct:
            return UpdateBusinessPricesRequest(offers=batch)

        return await self._bulk(
            endpoint,
            f"b{business}",
            {"businessId": business},
            items,
            convert=convert,
            convert_list=lambda raw: _prices_at_once(raw, _BUSINESS_OFFERS_FAST),
            build=lambda batch: msgspec.convert(batch, _BUSINESS_OFFERS, from_attributes=True),
            key=_offer_key,
            wrap=wrap,
            on_batch=on_batch,
            concurrency=concurrency,
        )

    async def _bulk(
        self,
        endpoint: Endpoint,
        scope: str,
        path_values: Mapping[str, Any],
        items: Items,
        *,
        convert: Callable[[Any, int], Any],
        convert_list: Callable[[list[Any]], list[Any] | None],
        build: Callable[[list[Any]], list[Any]],
        key: Callable[[Any], Hashable],
        wrap: Callable[[list[Any]], Struct],
        on_batch: OnBatch | None,
        concurrency: int | None,
    ) -> BulkResult:
        self._check_open()
        if endpoint.max_items is None:
            raise ValueError(f"{endpoint.key}: the limits table gives no max_items")
        path = _fill_path(endpoint, path_values)
        lane = self._engine.lane(endpoint, scope)
        result = BulkResult(endpoint=endpoint.key, _metrics=self.pool.metrics)

        def encode(batch: list[Any]) -> bytes:
            return json_encode(wrap(batch))

        async def send(batch: list[Any]) -> BatchOutcome:
            body = batch.body if isinstance(batch, EncodedBatch) else encode(batch)
            try:
                response = await self._engine.send(
                    endpoint, lane, path=path, body=body, items=len(batch), counter=result
                )
            except ApiError as exc:
                return _api_failed(batch, exc, endpoint.key)
            return _outcome(self._engine.dialect, endpoint, batch, response)

        plan: BulkPlan[Any] = BulkPlan(
            endpoint=endpoint.key,
            max_items=batch_limit(self.limits, endpoint, endpoint.max_items),
            send=send,
            convert=convert,
            key=key,
            size=_encoded_size if endpoint.max_body_bytes else None,
            max_body_bytes=endpoint.max_body_bytes,
            concurrency=concurrency if concurrency is not None else self._default_concurrency(endpoint),
            convert_list=convert_list,
            build=build,
            encode=encode,
        )
        return await self._run_bulk(plan, items, result, on_batch)

    def _default_concurrency(self, endpoint: Endpoint) -> int:
        caps = [DEFAULT_CONCURRENCY]
        caps += [cap for cap in (self.limits.account_parallel, endpoint.parallel) if cap]
        return min(caps)

    # --- continuous sync -------------------------------------------------------------------------

    def stock_sync(self, campaign_id: int, **opts: Any) -> BulkSync[Any]:
        """A coalescing batcher over :meth:`update_stocks` for one campaign (options: see
        :class:`BulkSync`). Items are validated when their batch goes; failures come as outcomes."""
        campaign = _positive_id(campaign_id, "campaign_id")
        return BulkSync(
            lambda items, on_batch: self.update_stocks(campaign, items, on_batch=on_batch),
            endpoint=UPDATE_STOCKS,
            max_items=self.limits.endpoint(UPDATE_STOCKS).max_items or 500,
            convert=lambda raw, _: _flat(raw, _STOCK_FIELDS),  # a copy: the caller may reuse its dict
            key=field_key("sku"),
            clock=self.now,
            **opts,
        )

    def price_sync(self, campaign_id: int, **opts: Any) -> BulkSync[Any]:
        """A coalescing batcher over :meth:`update_prices` for one campaign (options: see
        :class:`BulkSync`). Items are validated when their batch goes; failures come as outcomes."""
        campaign = _positive_id(campaign_id, "campaign_id")
        return BulkSync(
            lambda items, on_batch: self.update_prices(campaign, items, on_batch=on_batch),
            endpoint=UPDATE_PRICES,
            max_items=self.limits.endpoint(UPDATE_PRICES).max_items or 2000,
            convert=lambda raw, _: _plain(raw),  # snake_case keys, and a copy the caller cannot change
            key=field_key("offer_id"),
            clock=self.now,
            **opts,
        )

    # --- digital goods ---------------------------------------------------------------------------

    async def deliver_digital_goods(
        self,
        campaign_id: int,
        order_id: int,
        items: Items,
        *,
        on_batch: OnBatch | None = None,
    ) -> BulkResult:
        """Hand the buyer the keys of a DBS order: ``POST .../orders/{orderId}/deliverDigitalGoods``.

        Items: ``{"id": order item id, "codes": [str, ...] (or one "code"), "slip": str <= 10,000
        chars (HTML allowed), "activate_till": date or "YYYY-MM-DD"}`` (or ``DigitalItem``).

        **Deadline: the keys must reach Yandex.Market within 30 minutes of the order entering
        PROCESSING.** A refusal for that reason says so in its error text.

        All keys of the order go in ONE request, as the method's page requires
        (https://yandex.ru/dev/market/partner-api/doc/ru/reference/orders/provideOrderDigitalCodes).
        A product with more than 5000 keys is split over several items with the same ``id`` (an item
        holds 5000). Keys must
        be unique within the order and 1..256 characters each. An order that does not fit one
        request (more than 100 items after splitting, or a body over 512 KB) raises
        :class:`ValidationError` before anything is sent.

        The call is not idempotent: if the outcome is ambiguous (a dropped connection, a timeout,
        a 5xx, a 2xx without the API's OK or ERROR status) it is never resent; every item is
        reported ``FailureReason.OUTCOME_UNKNOWN``. Check
        the order's status before sending again. Limit: 10,000 requests an hour and 6 in
        parallel per campaign. ``result.received`` counts the caller's items, not the split ones.
        """
        self._check_open()
        endpoint = self.limits.endpoint(DIGITAL_CODES_OPERATION)
        campaign = _positive_id(campaign_id, "campaign_id")
        order = _positive_id(order_id, "order_id")
        products = await convert_each(items, _digital_item)
        wire = _split_digital(products, endpoint.max_codes_per_item or 5000)
        if not wire:
            raise ValidationError(
                "an order needs at least one item", field="items", rule="min_items", code=REQUIRED
            )
        if endpoint.max_items is not None and len(wire) > endpoint.max_items:
            raise ValidationError(
                f"the order needs {len(wire)} items after splitting products of more than "
                f"{endpoint.max_codes_per_item} keys; one request takes at most {endpoint.max_items}, "
                "and all keys of an order must go in one request",
                field="items",
                rule="max_items",
                code=TOO_LARGE,
            )
        body = json_encode(ProvideOrderDigitalCodesRequest(items=wire))
        if endpoint.max_body_bytes is not None and len(body) > endpoint.max_body_bytes:
            raise ValidationError(
                f"the order's request body is {len(body)} bytes; the API takes at most "
                f"{endpoint.max_body_bytes}, and all keys of an order must go in one request",
                field="items",
                rule="max_body_bytes",
                code=TOO_LARGE,
            )
        path = _fill_path(endpoint, {"campaignId": campaign, "orderId": order})
        lane = self._engine.lane(endpoint, f"c{campaign}")
        result = BulkResult(endpoint=endpoint.key, _metrics=self.pool.metrics, received=len(products))
        dialect = self._engine.dialect
        try:
            outcome = await self._engine.request(
                endpoint,
                lane,
                lambda response: _acknowledged(dialect, endpoint, products, response),
                path=path,
                body=body,
                items=len(wire),
                counter=result,
            )
        except ApiError as exc:
            outcome = _api_failed(products, exc, endpoint.key)
        except MarketplaceError as exc:
            outcome = batch_failed(products, exc, endpoint.key)
        await deliver(outcome, result, on_batch)
        return result

    # --- any operation ---------------------------------------------------------------------------

    async def call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        """Call any operation by its operationId or as ``"VERB /path"``; returns the decoded JSON answer.

        ``path`` fills the path's ``{placeholders}`` (``campaignId`` or ``campaign_id``), ``query``
        becomes the query string (a list repeats the parameter), ``body`` is a dict, a model or
        raw JSON bytes. The call is charged to the operation's limits: 1 per request, or the
        number of items in the request's counted field (``skus``, ``offers``, ...). A non-JSON
        answer (a PDF label) is returned as bytes. Deprecated operations warn.

        ``"VERB /path"`` may be the spec's template (``"GET /v2/campaigns/{campaignId}"``, with
        ``path=``), a filled-in path (``"GET /v2/campaigns/123"``), or a versioned path newer than
        the spec the SDK was built from: that one is sent with the global limits only (4 in
        parallel), never resent after an ambiguous failure, and warned about once per client; give
        its limits with ``limits={"myOperation": {"method": ..., "path": ..., ...}}``.
        """
        if " " in operation_id.strip():
            endpoint, filled = self._operation_at(operation_id)
            if filled and path:
                raise ValidationError(
                    f"{operation_id} has its path parameters filled in already; give path= only with "
                    f"{endpoint.method} {endpoint.path}",
                    field="path",
                    rule="path parameters once",
                )
            path = filled or path
        else:
            endpoint = self._operation(operation_id)
        _warn_deprecated(endpoint)
        return await self._call(endpoint, path, query, body)

    async def paginate(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> AsyncIterator[Any]:
        """Each page of a ``page_token`` operation, following ``nextPageToken`` to the last page.

        ``query`` may set ``limit`` (page size) and a starting ``page_token``.
        """
        endpoint = self._operation(operation_id)
        keys = PAGE_TOKEN_OPERATIONS.get(endpoint.key)
        if keys is None:
            raise ValidationError(f"{endpoint.key} is not paged by page_token", rule="pagination")
        _warn_deprecated(endpoint)
        params = dict(query or {})
        first, alias = params.pop("page_token", None), params.pop("pageToken", None)
        token = first or alias
        seen: set[str] = set()
        while True:
            page_query = {**params, "page_token": token} if token else params
            page = await self._call(endpoint, path, page_query, body)
            yield page
            token = _dig(page, keys)
            if not token:
                return
            if token in seen:
                raise ApiError(
                    "the server returned an already visited nextPageToken; stopping to avoid a loop",
                    endpoint=endpoint.key,
                )
            seen.add(token)

    def _operation(self, operation_id: str) -> Endpoint:
        try:
            return self.limits.endpoint(operation_id)
        except KeyError:
            raise ValidationError(
                f"no operation {operation_id!r} in the Yandex limits table", rule="operation"
            ) from None

    def _operation_at(self, target: str) -> tuple[Endpoint, dict[str, str]]:
        """The row of ``"VERB /path"`` and the path parameters already filled in the path."""
        verb, _, raw = target.strip().partition(" ")
        verb, raw = verb.upper(), "/" + raw.strip().strip("/")
        for ep in self.limits:
            if ep.method != verb:
                continue
            if ep.path == raw:
                return ep, {}
            pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(ep.path))
            filled = re.fullmatch(pattern, raw)
            if filled:
                return ep, {name: unquote(value) for name, value in filled.groupdict().items()}
        if verb not in ("GET", "POST", "PUT", "DELETE", "PATCH") or not _VERSIONED_PATH.fullmatch(raw):
            raise ValidationError(
                f"{target!r} is neither an operation of the Yandex limits table nor 'VERB /vN/path'",
                rule="operation",
            )
        key = f"{verb} {raw}"
        newer = Endpoint(
            key=key,
            method=verb,
            path=raw,
            max_body_bytes=MAX_BODY_BYTES,
            idempotent=False,
            source="not in the Yandex.Market Partner API spec this SDK was built from (July 2026): "
            "only the global limits apply",
        )
        self.limits = self.limits.with_overrides({key: newer})  # so it warns once per client
        warnings.warn(
            f"Yandex.Market {key} is not in the spec this SDK was built from (July 2026): it is sent with "
            "the global limits only (4 in parallel) and never resent after an ambiguous failure; give "
            "its limits with YandexMarketClient(limits={'myOperation': {'method': ..., 'path': ..., ...}})",
            UserWarning,
            stacklevel=3,
        )
        return newer, {}

    async def _call(
        self,
        endpoint: Endpoint,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
    ) -> Any:
        self._check_open()
        values = {_camel(k): v for k, v in (path or {}).items()}
        url_path = _fill_path(endpoint, values)
        payload: bytes | None
        content_type: str | None = None
        if isinstance(body, Form):  # a file upload, encoded once by the typed method
            payload, items, content_type = body.body, 1, body.content_type
        else:
            payload, items = _encode_body(endpoint, body)
        response = await self._engine.send(
            endpoint,
            self._engine.lane(endpoint, self._scope(endpoint, values)),
            path=url_path,
            body=payload,
            query=_query(query),
            items=items,
            content_type=content_type,
        )
        data = response.json()
        if data is None and response.body and response.body.strip() != b"null":
            return response.body
        return data

    def _scope(self, endpoint: Endpoint, values: Mapping[str, Any]) -> str:
        match = _SCOPED_PATH.match(endpoint.path)
        if match is None:
            return self._token_scope
        prefix = "c" if match.group(1) == "campaigns" else "b"
        return f"{prefix}{values[match.group(2)]}"


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _encoded_size(item: Any) -> int:
    return len(json_encode(item))


def _digital_item(raw: Any, index: int) -> DigitalItem:
    data = _mapping(_plain(raw), index, raw)
    till = data.get("activate_till")
    if isinstance(till, datetime):
        data["activate_till"] = till.date()
    item = convert_item(data, index, _DigitalIn)
    if item.code is not None and item.codes is not None:
        raise refuse(
            CONFLICT,
            "give codes or code, never both (the API refuses both)",
            index=index,
            field="code",
            item=raw,
        )
    codes = item.codes if item.codes is not None else [item.code] if item.code is not None else None
    if codes is None:
        raise refuse(REQUIRED, "at least one key is required", index=index, field="codes", item=raw)
    return DigitalItem(id=item.id, codes=codes, slip=item.slip, activate_till=item.activate_till)


def _split_digital(products: list[DigitalItem], per_item: int) -> list[DigitalItem]:
    """One wire item per ``per_item`` keys, same id; keys unique across the whole order."""
    seen: dict[str, tuple[int, int]] = {}
    wire: list[DigitalItem] = []
    for index, product in enumerate(products):
        for position, code in enumerate(product.codes):
            earlier = seen.setdefault(code, (index, position))
            if earlier != (index, position):
                # The key itself is a secret of the buyer's: name positions, never the value.
                raise refuse(
                    DUPLICATE,
                    f"duplicate key: codes[{position}] repeats item #{earlier[0]} codes[{earlier[1]}]; "
                    "keys must be unique within an order",
                    index=index,
                    field="codes",
                    rule="unique",
                )
        for start in range(0, len(product.codes), per_item):
            codes = product.codes[start : start + per_item]
            wire.append(
                DigitalItem(
                    id=product.id, codes=codes, slip=product.slip, activate_till=product.activate_till
                )
            )
    return wire


def _fill_path(endpoint: Endpoint, values: Mapping[str, Any]) -> str:
    names = endpoint.path_params
    missing = [name for name in names if values.get(name) is None]
    if missing:
        raise ValidationError(
            f"{endpoint.key} needs path parameters {list(names)}; missing {missing}",
            rule="path",
            field=missing[0],
        )
    unknown = sorted(set(values) - set(names))
    if unknown:
        raise ValidationError(
            f"{endpoint.key} has no path parameters {unknown}", rule="path", field=unknown[0]
        )
    path = endpoint.path
    for name in names:
        value = values[name]
        if isinstance(value, bool) or not isinstance(value, (int, str)) or value == "":
            raise ValidationError(
                f"expected an int or a non-empty str, got {value!r}", field=name, rule="path"
            )
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    return path


def _encode_body(endpoint: Endpoint, body: Any) -> tuple[bytes | None, int]:
    """The request body and its cost in items (1 unless the operation counts a request field)."""
    if body is None:
        return None, 1
    if isinstance(body, (bytes, bytearray, memoryview)):
        payload = bytes(body)
        data = msgspec.json.decode(payload) if endpoint.items_field else None
    else:
        data = msgspec.to_builtins(body)
        payload = json_encode(data)
    if endpoint.max_body_bytes is not None and len(payload) > endpoint.max_body_bytes:
        raise ValidationError(
            f"{endpoint.key}: the body is {len(payload)} bytes; "
            f"the API takes at most {endpoint.max_body_bytes}",
            rule="max_body_bytes",
        )
    items = 1
    if endpoint.items_field and isinstance(data, Mapping):
        counted = data.get(endpoint.items_field)
        if isinstance(counted, list):
            items = max(1, len(counted))
            if endpoint.max_items is not None and len(counted) > endpoint.max_items:
                raise ValidationError(
                    f"{endpoint.key}: {len(counted)} {endpoint.items_field} in one request; at most "
                    f"{endpoint.max_items}",
                    field=endpoint.items_field,
                    rule="max_items",
                )
    return payload, items


def _warn_deprecated(endpoint: Endpoint) -> None:
    if endpoint.deprecated:
        warnings.warn(endpoint.deprecation("Yandex.Market"), DeprecationWarning, stacklevel=3)


__all__ = ["DEFAULT_BASE_URL", "DIGITAL_CODES_DEADLINE", "OAUTH_SCHEME", "YandexMarketClient"]
