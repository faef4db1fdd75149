"""The Yandex.Market Partner API limits table, keyed by operationId.

Every operation of the vendored OpenAPI tree comes from ``_spec_operations.py``, generated from
each operation's ``x-resource-limit-config`` by ``tests/gen_yandex_operations.py``. The entries
written here take precedence: they carry what the spec cannot say (the SDK's default of 500 SKUs
per updateStocks request, codes per digital item) and the v3 stock method, which is newer than the
vendored spec. ``marketplace-async operations -m yandex`` lists every row.

How a spec cost (``cost_path``) maps to a rate:

* ``resp``: 1 per request (Unit.REQUESTS).
* ``req.<field>``: the number of items in the request's ``<field>`` (Unit.ITEMS, ``items_field``).
* ``resp.<...>``: the number of items the server returns (Unit.ITEMS, no ``items_field``). That
  count is unknown before the call, so the client charges 1 per request up front; the server's
  ``X-RateLimit-Resource-Remaining``/``-Until`` headers then bring the bucket in line with what the
  server actually counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .._limits import Endpoint, LimitsTable, Rate, Scope, Unit
from ._spec_operations import MAX_BODY_BYTES as MAX_BODY_BYTES  # re-exported
from ._spec_operations import SPEC_OPERATIONS, SPEC_PAGE_TOKEN_PATHS

DOCS = "https://yandex.ru/dev/market/partner-api/doc/ru/"
LIMITS_PAGE = f"{DOCS}concepts/limits"
V3_STOCKS_COMMIT = "https://github.com/yandex-market/yandex-market-partner-api/commit/995b2f76fa5959d8ee8d4916bf477acd81336ede"
"""The spec commit that added updateStocksOnPartnerWarehouses (after the vendored 1318e9b)."""


def doc_page(section: str, operation_id: str) -> str:
    """The reference page of one operation (``section`` as in the spec's paths: stocks, prices...)."""
    return f"{DOCS}reference/{section}/{operation_id}"


_SPEC = "x-resource-limit-config"

UPDATE_STOCKS = Endpoint(
    key="updateStocks",
    method="PUT",
    path="/v2/campaigns/{campaignId}/offers/stocks",
    rates=(
        Rate(
            100_000,
            60.0,
            Unit.ITEMS,
            Scope.ENDPOINT,
            f"{doc_page('stocks', 'updateStocks')}: 100,000 SKUs a minute ({_SPEC} req.skus)",
        ),
    ),
    max_items=500,
    max_body_bytes=MAX_BODY_BYTES,
    items_field="skus",
    cost_path="req.skus",
    source=(
        f"{doc_page('stocks', 'updateStocks')}: the SDK sends 500 SKUs a request by default; the spec allows "
        "2000 (raise it with limits=)"
    ),
)

UPDATE_STOCKS_V3 = Endpoint(
    key="updateStocksOnPartnerWarehouses",
    method="POST",
    path="/v3/businesses/{businessId}/offers/stocks/update",
    rates=(Rate(50, 60.0, Unit.REQUESTS, Scope.ENDPOINT, f"{V3_STOCKS_COMMIT}: 50 requests a minute"),),
    max_items=2000,
    max_body_bytes=MAX_BODY_BYTES,
    items_field="skuItems",
    cost_path="resp",
    source=f"{V3_STOCKS_COMMIT}: skuItems 1..2000 (newer than the vendored spec)",
)

DELIVER_DIGITAL_GOODS = Endpoint(
    key="provideOrderDigitalCodes",
    method="POST",
    path="/v2/campaigns/{campaignId}/orders/{orderId}/deliverDigitalGoods",
    rates=(
        Rate(
            10_000,
            3600.0,
            Unit.REQUESTS,
            Scope.ENDPOINT,
            f"{doc_page('orders', 'provideOrderDigitalCodes')}: 10,000 requests an hour ({_SPEC} since "
            "April 2026; the page said 100,000 an hour from October 2024 to March 2026)",
        ),
    ),
    max_items=100,
    max_codes_per_item=5000,
    max_body_bytes=MAX_BODY_BYTES,
    parallel=6,
    idempotent=False,
    items_field="items",
    cost_path="resp",
    source=(
        f"{doc_page('orders', 'provideOrderDigitalCodes')}: items 1..100, codes 1..5000 per item, 6 in "
        "parallel; e-mails the keys to the buyer, so never resent blindly"
    ),
)

UPDATE_PRICES = Endpoint(
    key="updatePrices",
    method="POST",
    path="/v2/campaigns/{campaignId}/offer-prices/updates",
    rates=(
        Rate(
            10_000,
            60.0,
            Unit.ITEMS,
            Scope.ENDPOINT,
            f"{doc_page('prices', 'updatePrices')}: 10,000 offers a minute ({_SPEC} req.offers)",
        ),
    ),
    max_items=2000,
    max_body_bytes=MAX_BODY_BYTES,
    parallel=12,
    items_field="offers",
    cost_path="req.offers",
    source=f"{doc_page('prices', 'updatePrices')}: offers 1..2000, 12 in parallel",
)

UPDATE_BUSINESS_PRICES = Endpoint(
    key="updateBusinessPrices",
    method="POST",
    path="/v2/businesses/{businessId}/offer-prices/updates",
    rates=(
        Rate(
            10_000,
            60.0,
            Unit.ITEMS,
            Scope.ENDPOINT,
            f"{doc_page('prices', 'updateBusinessPrices')}: 10,000 offers a minute ({_SPEC} req.offers)",
        ),
    ),
    max_items=500,
    max_body_bytes=MAX_BODY_BYTES,
    items_field="offers",
    cost_path="req.offers",
    source=f"{doc_page('prices', 'updateBusinessPrices')}: offers 1..500",
)

HAND_WRITTEN = (UPDATE_STOCKS, UPDATE_STOCKS_V3, DELIVER_DIGITAL_GOODS, UPDATE_PRICES, UPDATE_BUSINESS_PRICES)

YANDEX_LIMITS = LimitsTable(
    marketplace="yandex",
    account_rates=(),
    account_parallel=4,
    # Spec order, each hand entry replacing its spec namesake; hand-only entries come last.
    endpoints=MappingProxyType({ep.key: ep for ep in (*SPEC_OPERATIONS, *HAND_WRITTEN)}),
    source=f"{LIMITS_PAGE}: at most 4 parallel requests per campaign or business",
)

PAGE_TOKEN_OPERATIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(SPEC_PAGE_TOKEN_PATHS)
"""Operations paged by the ``page_token`` query parameter (the spec's ``pageToken``, which it also
accepts as ``page_token``), each mapped to the keys of ``nextPageToken`` in its response: most
answer ``result.paging.nextPageToken``, some (getCampaigns, getBusinessOrders, getOutlets, the
region searches, ...) ``paging.nextPageToken`` at the top level."""
