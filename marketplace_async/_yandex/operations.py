"""The Yandex.Market Partner API limits table, keyed by operationId.

Figures come from each operation's ``x-resource-limit-config`` in the vendored OpenAPI tree
(``shared/specs/yandex-market-partner-api``), except where the policy of API_FACTS.md makes the
user's seed figure the default (updateStocks: 500 SKUs a request).
"""

from __future__ import annotations

from .._limits import Endpoint, LimitsTable, Rate, Scope, Unit

_FACTS = "shared/API_FACTS.md"
_SPEC = "openapi x-resource-limit-config"
MAX_BODY_BYTES = 512 * 1024  # API_FACTS: request body <= 512 KB

UPDATE_STOCKS = Endpoint(
    key="updateStocks",
    method="PUT",
    path="/v2/campaigns/{campaignId}/offers/stocks",
    rates=(Rate(100_000, 60.0, Unit.ITEMS, Scope.ENDPOINT, f"{_SPEC} (req.skus) and seed 003: 100,000 SKUs/min"),),
    max_items=500,
    max_body_bytes=MAX_BODY_BYTES,
    items_field="skus",
    cost_path="req.skus",
    source="seed 003: at most 500 SKUs a request (spec allows 2000)",
)

UPDATE_STOCKS_V3 = Endpoint(
    key="updateStocksOnPartnerWarehouses",
    method="POST",
    path="/v3/businesses/{businessId}/offers/stocks/update",
    rates=(Rate(50, 60.0, Unit.REQUESTS, Scope.ENDPOINT, f"{_FACTS} §8: 50 req/min (spec commit 995b2f7)"),),
    max_items=2000,
    max_body_bytes=MAX_BODY_BYTES,
    items_field="skuItems",
    cost_path="resp",
    source=f"{_FACTS} §8: skuItems 1..2000",
)

DELIVER_DIGITAL_GOODS = Endpoint(
    key="provideOrderDigitalCodes",
    method="POST",
    path="/v2/campaigns/{campaignId}/orders/{orderId}/deliverDigitalGoods",
    rates=(Rate(10_000, 3600.0, Unit.REQUESTS, Scope.ENDPOINT, f"{_SPEC}: 10,000/h (stricter than seed 002's 100,000/h)"),),
    max_items=100,
    max_codes_per_item=5000,
    max_body_bytes=MAX_BODY_BYTES,
    parallel=6,
    idempotent=False,
    items_field="items",
    cost_path="resp",
    source=f"{_FACTS} §9: items 1..100, codes 1..5000 per item, parallel 6",
)

UPDATE_PRICES = Endpoint(
    key="updatePrices",
    method="POST",
    path="/v2/campaigns/{campaignId}/offer-prices/updates",
    rates=(Rate(10_000, 60.0, Unit.ITEMS, Scope.ENDPOINT, f"{_SPEC} (req.offers): 10,000 offers/min"),),
    max_items=2000,
    max_body_bytes=MAX_BODY_BYTES,
    parallel=12,
    items_field="offers",
    cost_path="req.offers",
    source=f"{_FACTS} §10: offers 1..2000, parallel 12",
)

UPDATE_BUSINESS_PRICES = Endpoint(
    key="updateBusinessPrices",
    method="POST",
    path="/v2/businesses/{businessId}/offer-prices/updates",
    rates=(Rate(10_000, 60.0, Unit.ITEMS, Scope.ENDPOINT, f"{_SPEC} (req.offers): 10,000 offers/min"),),
    max_items=500,
    max_body_bytes=MAX_BODY_BYTES,
    items_field="offers",
    cost_path="req.offers",
    source=f"{_FACTS} §10: offers 1..500",
)

_ENDPOINTS = (UPDATE_STOCKS, UPDATE_STOCKS_V3, DELIVER_DIGITAL_GOODS, UPDATE_PRICES, UPDATE_BUSINESS_PRICES)

YANDEX_LIMITS = LimitsTable(
    marketplace="yandex",
    account_rates=(),
    account_parallel=4,
    endpoints={ep.key: ep for ep in _ENDPOINTS},
    source=f"{_FACTS} §11: at most 4 parallel requests per campaign or business",
)
