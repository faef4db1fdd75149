"""Wire models of the Yandex.Market bulk writes and their common responses, as msgspec Structs.

Field names and types follow the vendored OpenAPI tree (and the method pages of the documentation, where it says more).
Python names are snake_case; ``rename="camel"`` gives the camelCase wire names, except for
``provideOrderDigitalCodes`` items, whose wire names are snake_case (``activate_till``).
``Meta`` constraints mirror the spec's and apply when a body is decoded (an emulator, a test);
encoding never checks them: the client checks a caller's items before building these.

Prices are ``Decimal`` and go out as exact JSON numbers through :data:`json_encode`
(``Decimal("1999.90")`` is written ``1999.90``; a float would be rounded to binary first).

Responses decode tolerantly: unknown fields are ignored, ``status`` is any string and every
field but the error ``code`` is optional, so a new server field or enum value never breaks a call.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

ShopSku = Annotated[str, Meta(min_length=1, max_length=255)]
"""The seller's SKU (``offerId``/``sku``); the server trims surrounding whitespace."""

StockCount = Annotated[int, Meta(ge=0, le=2_000_000_000)]

json_encode = msgspec.json.Encoder(decimal_format="number").encode
"""The JSON encoder of Yandex bodies: a ``Decimal`` is written as the JSON number it holds."""


def _require_offset(field: str, value: datetime | None) -> None:
    # The spec asks for ISO 8601 with a UTC offset; msgspec would send a naive datetime without one.
    if value is not None and value.tzinfo is not UTC and value.utcoffset() is None:  # UTC: no call
        raise ValueError(f"{field} must be timezone-aware, got {value.isoformat()}")


class _Wire(Struct, kw_only=True, omit_defaults=True, rename="camel", gc=False):
    """Base of the camelCase request bodies: optional fields left at None are not sent.

    ``gc=False``: a body never holds a reference cycle, and untracked objects spare the garbage
    collector passes that cost a bulk upload ~10% of its CPU (benchmarks/results/profile.md).
    """


# --- updateStocks: PUT /v2/campaigns/{campaignId}/offers/stocks ---------------------------------


class StockItem(_Wire):
    """``UpdateStockItemDTO``: the available count, as of ``updated_at`` (server time if omitted)."""

    count: StockCount
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_offset("updatedAt", self.updated_at)


class SkuStock(_Wire):
    """``UpdateStockDTO``: one SKU; ``items`` holds exactly one entry."""

    sku: ShopSku
    items: Annotated[list[StockItem], Meta(min_length=1, max_length=1)]


class UpdateStocksRequest(_Wire):
    """``UpdateStocksRequest``: each ``sku`` at most once per request."""

    skus: Annotated[list[SkuStock], Meta(min_length=1, max_length=2000)]


class LegacyStockItem(Struct, kw_only=True, rename="camel"):
    """The item of updateStocks before March 2024: ``type`` (always ``FIT``) and a required
    ``updatedAt``.

    Not ``omit_defaults``: that version requires ``type`` on the wire even at its only value."""

    count: StockCount
    type: Literal["FIT"] = "FIT"
    updated_at: datetime

    def __post_init__(self) -> None:
        _require_offset("updatedAt", self.updated_at)


class LegacySkuStock(_Wire):
    """``StockDTO`` before March 2024, with the ``warehouseId`` the current API no longer takes."""

    sku: ShopSku
    warehouse_id: int
    items: Annotated[list[LegacyStockItem], Meta(min_length=1)]


class LegacyUpdateStocksRequest(_Wire):
    """The updateStocks body as it was before March 2024 (``warehouseId``, ``items[].type``)."""

    skus: Annotated[list[LegacySkuStock], Meta(min_length=1)]


# --- updateStocksOnPartnerWarehouses: POST /v3/businesses/{businessId}/offers/stocks/update -----


class SkuWarehouseStock(_Wire):
    """``UpdateStockOnWarehouseItemDTO`` (updateStocksOnPartnerWarehouses): one (sku, partnerWarehouseId) pair."""

    sku: ShopSku
    partner_warehouse_id: Annotated[int, Meta(ge=1)]
    count: StockCount
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_offset("updatedAt", self.updated_at)


class UpdateStocksOnPartnerWarehousesRequest(_Wire):
    """Each (sku, partnerWarehouseId) pair at most once per request."""

    sku_items: Annotated[list[SkuWarehouseStock], Meta(min_length=1, max_length=2000)]


# --- provideOrderDigitalCodes: POST /v2/campaigns/{campaignId}/orders/{orderId}/deliverDigitalGoods


class DigitalItem(Struct, kw_only=True, omit_defaults=True):
    """``OrderDigitalItemDTO``; snake_case on the wire. ``codes`` is nullable in the schema but
    documented as mandatory, so it is required here."""

    id: int
    codes: Annotated[list[Annotated[str, Meta(max_length=256)]], Meta(min_length=1, max_length=5000)]
    slip: Annotated[str, Meta(max_length=10_000)]
    activate_till: date


class ProvideOrderDigitalCodesRequest(Struct, kw_only=True, omit_defaults=True):
    """One element per item ``id``; all of an order's keys go in one request."""

    items: Annotated[list[DigitalItem], Meta(min_length=1, max_length=100)]


# --- prices --------------------------------------------------------------------------------------


class CampaignPrice(_Wire):
    """``PriceDTO`` of updatePrices. The spec marks no field required; a price update needs
    ``value`` and ``currency_id``, so they are required here."""

    value: Decimal
    currency_id: str
    discount_base: Decimal | None = None
    vat: int | None = None


class CampaignOfferPrice(_Wire):
    """``OfferPriceDTO``."""

    offer_id: ShopSku
    price: CampaignPrice


class UpdatePricesRequest(_Wire):
    """updatePrices: POST /v2/campaigns/{campaignId}/offer-prices/updates."""

    offers: Annotated[list[CampaignOfferPrice], Meta(min_length=1, max_length=2000)]


class BusinessPrice(_Wire):
    """``UpdateBusinessPricesDTO``: ``value`` and ``currencyId`` required."""

    value: Decimal
    currency_id: str
    discount_base: Decimal | None = None
    minimum_for_bestseller: Decimal | None = None


class BusinessOfferPrice(_Wire):
    """``UpdateBusinessOfferPriceDTO``."""

    offer_id: ShopSku
    price: BusinessPrice


class UpdateBusinessPricesRequest(_Wire):
    """updateBusinessPrices: POST /v2/businesses/{businessId}/offer-prices/updates; each
    ``offerId`` at most once per request."""

    offers: Annotated[list[BusinessOfferPrice], Meta(min_length=1, max_length=500)]


# --- responses -----------------------------------------------------------------------------------


class EmptyApiResponse(Struct, kw_only=True):
    """``{status}``: ``OK`` or ``ERROR``. A 200 with ``OK`` means accepted, not yet applied."""

    status: str


class ApiError(Struct, kw_only=True):
    """``ApiErrorDTO``."""

    code: str
    message: str | None = None


class ApiErrorResponse(Struct, kw_only=True):
    """``{status: "ERROR", errors: [{code, message}]}``, the body of 400/401/403/404/420/423/500."""

    status: str = "ERROR"
    errors: list[ApiError] | None = None
