"""msgspec models of the Ozon bulk and digital-goods methods, named as in the swagger.

Field names and types follow the official Ozon Seller API reference (June 2026, vendored in
``marketplace_async/_specs/ozon``): prices are strings, int64 fields are ``int``. Two ``required``
lists there are wrong and these models follow the documentation's text instead:

* ``/v2/products/stocks`` items: ``quant_size`` was removed on 26 Jun 2025 (changelog), and the
  operation's own text says to send ``offer_id`` *or* ``product_id``, so at least one is needed,
  not ``product_id`` always.
* ``/v1/posting/digital/codes/upload``: ``posting_number`` sits on the request, not on each
  ``exemplars_by_sku`` item (the swagger example agrees).

Requests are frozen and omit unset optional fields. Responses ignore unknown fields and default
missing ones, because Ozon adds fields; decode them with :func:`decode_response`, which also
accepts int64 values sent as JSON strings (Ozon's own examples do that).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Annotated, Literal, TypeVar, cast

import msgspec
from msgspec import Meta

from .._validation import STOCK_TOO_BIG, money_meta

Toggle = Literal["UNKNOWN", "ENABLED", "DISABLED"]
SortDir = Literal["ASC", "DESC"]

_R = TypeVar("_R", bound=msgspec.Struct)


def decode_response(response_type: type[_R], data: bytes | str) -> _R:
    """Decode a JSON response body; int64 fields may arrive as strings."""
    decoder = _decoders.get(response_type)
    if decoder is None:  # one per model, kept: a decoder made per call costs a third more
        decoder = _decoders[response_type] = msgspec.json.Decoder(response_type, strict=False)
    return cast(_R, decoder.decode(data))


_decoders: dict[type[msgspec.Struct], msgspec.json.Decoder[msgspec.Struct]] = {}


def _require_aware(name: str, value: datetime | None) -> None:
    # The API works in UTC; a naive datetime would be sent without an offset.
    if value is not None and value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


# Item fields with their rules (README, "Numbers and fields"); msgspec checks them on conversion.
OfferId = Annotated[str, Meta(min_length=1)]
ProductId = Annotated[int, Meta(ge=1)]
WarehouseId = Annotated[int, Meta(ge=1)]
STOCK_LIMIT = 1_000_000
"""A stock must be below this: the API answers ``STOCK_TOO_BIG`` otherwise (``ProductAPI_ProductsStocksV2``)."""
Stock = Annotated[int, Meta(ge=0, lt=STOCK_LIMIT, extra={"above": STOCK_TOO_BIG})]
Money = Annotated[str, money_meta(2, ge=0)]
"""A price: the plain decimal text of a value >= 0 with up to two decimals after a point
(swagger: "до двух знаков после точки"); ``"0"`` resets ``old_price``."""
Vat = Annotated[Literal["0", "0.05", "0.07", "0.1", "0.2", "0.22"], money_meta(2)]
"""The VAT rates the swagger lists for ``vat``; a number (``0.2``) is written as its text."""
# \A...\Z: msgspec searches the pattern, and $ would also match before a trailing newline ("RUB\n").
CurrencyCode = Annotated[str, Meta(pattern=r"\A[A-Z]{3}\Z", extra={"format": "3 capital letters, e.g. RUB"})]


# ---------------------------------------------------------------- errors


class RpcStatusDetail(msgspec.Struct, kw_only=True):
    typeUrl: str = ""
    value: str = ""


class RpcStatus(msgspec.Struct, kw_only=True):
    """The error body ``rpcStatus`` (alias ``googlerpcStatus``) of every Ozon method."""

    code: int = 0
    message: str = ""
    details: list[RpcStatusDetail] = []


class ItemError(msgspec.Struct, kw_only=True):
    """A per-item error in a bulk update's result."""

    code: str = ""
    message: str = ""


# ---------------------------------------------------------------- POST /v2/products/stocks


class StockItem(
    msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True, forbid_unknown_fields=True, gc=False
):
    """One (product, warehouse) stock; give ``offer_id`` or ``product_id`` (``offer_id`` wins when
    both are sent). ``gc=False``: an item never holds a reference cycle."""

    offer_id: OfferId | None = None
    product_id: ProductId | None = None
    stock: Stock
    warehouse_id: WarehouseId


class StocksRequest(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    stocks: list[StockItem]


# A bulk answer's rows hold scalars and a list of scalar structs that the client never points
# back at the row, so they cannot be in a reference cycle: untracked by the garbage collector
# (gc=False), a thousand-row answer gives it half as much to count and scan.
class StockResult(msgspec.Struct, kw_only=True, gc=False):
    offer_id: str = ""
    product_id: int = 0
    warehouse_id: int = 0
    updated: bool = False
    errors: list[ItemError] = []


class StocksResponse(msgspec.Struct, kw_only=True):
    result: list[StockResult] = []


# ---------------------------------------------------------------- POST /v1/product/import/prices


class PriceItem(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True, forbid_unknown_fields=True):
    """One product's prices: ``offer_id`` or ``product_id``, and at least one money field.

    Money fields go out as decimal strings (``old_price="0"`` resets it); the client takes them as
    int, Decimal, str or float under the number rule (README, "Numbers and fields")."""

    auto_action_enabled: Toggle | None = None
    auto_add_to_ozon_actions_list_enabled: Toggle | None = None
    currency_code: CurrencyCode | None = None
    manage_elastic_boosting_through_price: bool | None = None
    min_price: Money | None = None
    min_price_for_auto_actions_enabled: bool | None = None
    net_price: Money | None = None
    offer_id: OfferId | None = None
    old_price: Money | None = None
    price: Money | None = None
    price_strategy_enabled: Toggle | None = None
    product_id: ProductId | None = None
    quant_size: Annotated[int, Meta(ge=1)] | None = None
    vat: Vat | None = None


class PricesRequest(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    prices: list[PriceItem]


class PriceResult(msgspec.Struct, kw_only=True, gc=False):  # untracked: see StockResult
    offer_id: str = ""
    product_id: int = 0
    updated: bool = False
    errors: list[ItemError] = []


class PricesResponse(msgspec.Struct, kw_only=True):
    result: list[PriceResult] = []


# ---------------------------------------------------------------- POST /v1/product/digital/stocks/import


class DigitalStockItem(
    msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True, forbid_unknown_fields=True
):
    offer_id: OfferId
    stock: Annotated[int, Meta(ge=0)]


class DigitalStocksRequest(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    stocks: list[DigitalStockItem]


class DigitalStockStatus(msgspec.Struct, kw_only=True):
    offer_id: str = ""
    product_id: int = 0
    sku: int = 0
    updated: bool = False
    errors: list[ItemError] = []


class DigitalStocksResponse(msgspec.Struct, kw_only=True):
    status: list[DigitalStockStatus] = []


# ---------------------------------------------------------------- POST /v1/posting/digital/codes/upload


class ExemplarsBySku(
    msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True, forbid_unknown_fields=True
):
    """All codes of one SKU of a posting; they must go in one request (UploadPostingCodes).

    ``exemplar_keys`` holds ``exemplar_qty`` codes (the client checks it);
    ``exemplar_qty + not_available_exemplar_qty`` must equal the posting's
    ``required_qty_for_digital_code``.
    """

    sku: Annotated[int, Meta(ge=1)]
    exemplar_qty: Annotated[int, Meta(ge=0)]
    not_available_exemplar_qty: Annotated[int, Meta(ge=0)]
    exemplar_keys: list[Annotated[str, Meta(min_length=1)]] = []


class UploadPostingCodesRequest(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    posting_number: str
    exemplars_by_sku: list[ExemplarsBySku]


class FailedExemplar(msgspec.Struct, kw_only=True):
    key: str = ""
    message: str = ""


class ExemplarsResult(msgspec.Struct, kw_only=True):
    sku: int = 0
    received_qty: int = 0
    rejected_qty: int = 0
    failed_exemplars: list[FailedExemplar] = []


class UploadPostingCodesResponse(msgspec.Struct, kw_only=True):
    exemplars_by_sku: list[ExemplarsResult] = []


# ---------------------------------------------------------------- digital postings (list methods)


class PostingsWith(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Extra blocks to add to each posting of the answer."""

    analytics_data: bool | None = None
    financial_data: bool | None = None
    legal_info: bool | None = None


class DigitalListFilter(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    posting_number: list[str] = []
    since: datetime | None = None
    to: datetime | None = None

    def __post_init__(self) -> None:
        _require_aware("since", self.since)
        _require_aware("to", self.to)


class DigitalListRequest(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """``POST /v1/posting/digital/list``: offset paging, limit 1..1000, offset <= 20000.

    ``filter`` is optional in the swagger but the live API answers 400 without it.
    """

    filter: DigitalListFilter
    dir: SortDir | None = None
    limit: int | None = None
    offset: int | None = None
    with_: PostingsWith | None = msgspec.field(default=None, name="with")

    def __post_init__(self) -> None:
        if self.limit is not None and not 1 <= self.limit <= 1000:
            raise ValueError(f"limit must be 1..1000, got {self.limit}")
        if self.offset is not None and not 0 <= self.offset <= 20_000:
            raise ValueError(f"offset must be 0..20000, got {self.offset}")


class AdditionalDataItem(msgspec.Struct, kw_only=True):
    key: str = ""
    value: str = ""


class PostingAnalyticsData(msgspec.Struct, kw_only=True):
    city: str = ""
    delivery_type: str = ""
    is_legal: bool = False
    is_premium: bool = False
    payment_type_group_name: str = ""
    region: str = ""
    warehouse_id: int | None = None  # the spec's own example sends null
    warehouse_name: str = ""


class PostingLegalInfo(msgspec.Struct, kw_only=True):
    company_name: str = ""
    inn: str = ""
    kpp: str = ""


class DigitalPostingProduct(msgspec.Struct, kw_only=True):
    sku: int = 0
    offer_id: str = ""
    name: str = ""
    price: str = ""
    currency_code: str = ""
    required_qty_for_digital_code: int = 0


class DigitalPosting(msgspec.Struct, kw_only=True):
    """A posting waiting for digital codes (``financial_data`` is not modelled and is skipped)."""

    posting_number: str = ""
    order_id: int = 0
    order_number: str = ""
    status: str = ""
    cancel_reason_id: int = 0
    created_at: datetime | None = None
    in_process_at: datetime | None = None
    waiting_deadline_for_digital_code: datetime | None = None
    products: list[DigitalPostingProduct] = []
    additional_data: list[AdditionalDataItem] = []
    analytics_data: PostingAnalyticsData | None = None
    legal_info: PostingLegalInfo | None = None


class DigitalListResponse(msgspec.Struct, kw_only=True):
    result: list[DigitalPosting] = []


class DigitalListV2Filter(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    order_numbers: list[str] = []
    posting_numbers: list[str] = []
    since: datetime | None = None
    to: datetime | None = None

    def __post_init__(self) -> None:
        _require_aware("since", self.since)
        _require_aware("to", self.to)


class DigitalListV2Request(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """``POST /v2/posting/digital/list`` (``PostingDigitalList``): cursor paging."""

    cursor: str = ""
    filter: DigitalListV2Filter | None = None
    limit: int | None = None
    sort_dir: SortDir | None = None
    with_: PostingsWith | None = msgspec.field(default=None, name="with")


class PostingMoney(msgspec.Struct, kw_only=True):
    amount: str = ""
    currency: str = ""


class DigitalPostingProductV2(msgspec.Struct, kw_only=True):
    sku: int = 0
    offer_id: str = ""
    name: str = ""
    price: PostingMoney | None = None
    quantity: int = 0
    required_qty_for_digital_code: int = 0


class DigitalPostingV2(DigitalPosting, kw_only=True):
    """A posting of ``v2/posting/digital/list``: its product prices carry their currency."""

    products: list[DigitalPostingProductV2] = []  # type: ignore[assignment]


class DigitalListV2Response(msgspec.Struct, kw_only=True):
    cursor: str = ""
    has_next: bool = False
    postings: list[DigitalPostingV2] = []


# ---------------------------------------------------------------- legacy digital codes (removed 1 Jul 2025)


class UploadDigitalCodesRequest(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """``POST /v1/product/upload_digital_codes`` (removed on 1 Jul 2025; shape from the method's former documentation page)."""

    digital_codes: list[str]
    product_id: int


class UploadDigitalCodesTask(msgspec.Struct, kw_only=True):
    task_id: int = 0


class UploadDigitalCodesResponse(msgspec.Struct, kw_only=True):
    result: UploadDigitalCodesTask | None = None


class UploadDigitalCodesInfoRequest(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """``POST /v1/product/upload_digital_codes/info`` (removed)."""

    task_id: int


class UploadDigitalCodesStatus(msgspec.Struct, kw_only=True):
    status: str = ""
    """``pending``, ``imported`` or ``failed``."""


class UploadDigitalCodesInfoResponse(msgspec.Struct, kw_only=True):
    result: UploadDigitalCodesStatus | None = None


MODELS: Mapping[str, tuple[type[msgspec.Struct], type[msgspec.Struct]]] = MappingProxyType(
    {
        "v2/products/stocks": (StocksRequest, StocksResponse),
        "v1/product/import/prices": (PricesRequest, PricesResponse),
        "v1/product/digital/stocks/import": (DigitalStocksRequest, DigitalStocksResponse),
        "v1/posting/digital/codes/upload": (UploadPostingCodesRequest, UploadPostingCodesResponse),
        "v1/posting/digital/list": (DigitalListRequest, DigitalListResponse),
        "v2/posting/digital/list": (DigitalListV2Request, DigitalListV2Response),
        "v1/product/upload_digital_codes": (UploadDigitalCodesRequest, UploadDigitalCodesResponse),
        "v1/product/upload_digital_codes/info": (
            UploadDigitalCodesInfoRequest,
            UploadDigitalCodesInfoResponse,
        ),
    }
)
"""Endpoint key → (request type, response type) for the modelled methods."""
