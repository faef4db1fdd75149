"""The Ozon Seller API limits table: every endpoint the SDK calls, with the source of each figure.

Keys are the seed paths of ``seeds/001`` and ``seeds/000`` without the leading slash. Path
parameters are written ``{name}`` in ``path``; the seed spelling ``:name`` is kept in the key.
"""

from __future__ import annotations

from .._limits import Endpoint, LimitsTable, Rate, Scope, Unit

_FACTS = "shared/API_FACTS.md"
_SEED = "seeds/001 (user's method list)"

ACCOUNT_RPS = Rate(50, 1.0, Unit.REQUESTS, Scope.ACCOUNT, f"{_FACTS} §6: 50 req/s per Client-Id (22 May 2025)")

STOCKS = Endpoint(
    key="v2/products/stocks",
    method="POST",
    path="/v2/products/stocks",
    rates=(
        Rate(80, 60.0, Unit.REQUESTS, Scope.ENDPOINT, f"{_FACTS} §1 and the user's card: 80 req/min per account"),
        Rate(1, 30.0, Unit.ITEMS, Scope.ITEM_KEY, f"{_FACTS} §1: one update per (offer, warehouse) pair per 30 s"),
    ),
    max_items=100,
    items_field="stocks",
    source=f"{_FACTS} §1: 100 pairs per request",
)

PRICES = Endpoint(
    key="v1/product/import/prices",
    method="POST",
    path="/v1/product/import/prices",
    rates=(Rate(10, 3600.0, Unit.ITEMS, Scope.ITEM_KEY, f"{_FACTS} §2: 10 price updates per product per hour"),),
    max_items=1000,
    items_field="prices",
    source=f"{_FACTS} §2 and {_SEED}: 1000 items per request",
)

DIGITAL_STOCKS = Endpoint(
    key="v1/product/digital/stocks/import",
    method="POST",
    path="/v1/product/digital/stocks/import",
    max_items=100,
    items_field="stocks",
    source=f"{_FACTS} §5: batch size undocumented; 100 is the SDK's default",
)

POSTING_CODES = Endpoint(
    key="v1/posting/digital/codes/upload",
    method="POST",
    path="/v1/posting/digital/codes/upload",
    idempotent=False,
    items_field="exemplars_by_sku",
    source=f"{_FACTS} §5: all codes of an item in one request; no documented item limit",
)

DIGITAL_LIST_V1 = Endpoint(
    key="v1/posting/digital/list",
    method="POST",
    path="/v1/posting/digital/list",
    source=f"{_FACTS} §5: limit 1..1000, offset <= 20000",
    deprecated="Ozon marks /v1/posting/digital/list deprecated",
    replacement="v2/posting/digital/list",
)

DIGITAL_LIST_V2 = Endpoint(
    key="v2/posting/digital/list",
    method="POST",
    path="/v2/posting/digital/list",
    source=f"{_FACTS} §5: cursor paging",
)

_ENDPOINTS: tuple[Endpoint, ...] = (STOCKS, PRICES, DIGITAL_STOCKS, POSTING_CODES, DIGITAL_LIST_V1, DIGITAL_LIST_V2)

OZON_LIMITS = LimitsTable(
    marketplace="ozon",
    account_rates=(ACCOUNT_RPS,),
    account_parallel=None,
    endpoints={ep.key: ep for ep in _ENDPOINTS},
    source=_FACTS,
)
