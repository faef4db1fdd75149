"""The Ozon Seller API limits table: every endpoint the SDK calls, with the source of each figure.

Keys are the seed paths of ``seeds/001`` and ``seeds/000`` without the leading slash, plus the
current replacements of the seed paths Ozon has removed. Path parameters are written ``{name}``
in ``path``; the seed spelling ``:name`` is kept in the key.

``items_field`` names the request list that ``max_items`` caps. A dotted name points into a
nested object: ``filter.offer_id`` is the ``offer_id`` list inside ``filter``.

Removed endpoints stay in the table under their seed key with ``deprecated`` (why, and since
when) and ``replacement`` (the key of the current method, itself in the table and live). The
account-wide 50 req/s is ``OZON_LIMITS.account_rates``, not repeated per endpoint.

Sources: the Ozon Seller API documentation (https://docs.ozon.ru/api/seller/) and its official
reference, vendored in ``marketplace_async/_specs/ozon`` (June 2026), with its changelog.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from .._limits import Endpoint, LimitsTable, Rate, Scope, Unit

_FACTS = "shared/API_FACTS.md"
_SEED = "seeds/001 (user's method list)"
_SEED0 = "seeds/000 (user's Digital methods)"
_SWAGGER = "swagger.json"
_NEWS = "swagger News (changelog)"
_NO_FIGURE = "no per-method limit documented"

SEED_PATH_COUNT = 102
"""Distinct paths in the seeds: 99 in ``seeds/001`` (100 headings, ``v2/fbs/posting/delivering``
twice) and 3 in ``seeds/000``."""

ACCOUNT_RPS = Rate(
    50, 1.0, Unit.REQUESTS, Scope.ACCOUNT, f"{_FACTS} §6: 50 req/s per Client-Id (22 May 2025)"
)

STOCKS = Endpoint(
    key="v2/products/stocks",
    method="POST",
    path="/v2/products/stocks",
    rates=(
        Rate(
            80,
            60.0,
            Unit.REQUESTS,
            Scope.ENDPOINT,
            f"{_FACTS} §1 and the user's card: 80 req/min per account",
        ),
        Rate(
            1,
            30.0,
            Unit.ITEMS,
            Scope.ITEM_KEY,
            f"{_FACTS} §1: one update per (offer, warehouse) pair per 30 s",
        ),
    ),
    max_items=100,
    items_field="stocks",
    source=f"{_FACTS} §1: 100 pairs per request",
)

PRICES = Endpoint(
    key="v1/product/import/prices",
    method="POST",
    path="/v1/product/import/prices",
    rates=(
        Rate(10, 3600.0, Unit.ITEMS, Scope.ITEM_KEY, f"{_FACTS} §2: 10 price updates per product per hour"),
    ),
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
    deprecated=f"newer Ozon docs than the vendored swagger mark it deprecated ({_FACTS} §5)",
    replacement="v2/posting/digital/list",
)

DIGITAL_LIST_V2 = Endpoint(
    key="v2/posting/digital/list",
    method="POST",
    path="/v2/posting/digital/list",
    source=f"{_FACTS} §5: cursor paging; {_NO_FIGURE}",
)

_PARAM = re.compile(r":(\w+)")


def _path(key: str) -> str:
    return "/" + _PARAM.sub(r"{\1}", key)


def _seed(
    key: str, method: str = "POST", *, source: str = f"{_SEED}: {_NO_FIGURE}", **fields: Any
) -> Endpoint:
    """A live seed endpoint."""
    return Endpoint(key=key, method=method, path=_path(key), source=source, **fields)


def _new(key: str, *, source: str = f"{_SWAGGER}: {_NO_FIGURE}", **fields: Any) -> Endpoint:
    """A current method from the swagger that replaces a removed seed endpoint."""
    return Endpoint(key=key, method="POST", path=_path(key), source=source, **fields)


def _gone(
    key: str,
    why: str,
    replacement: str | None,
    method: str = "POST",
    *,
    source: str = f"{_SEED}: {_NO_FIGURE}",
    **fields: Any,
) -> Endpoint:
    """A seed endpoint Ozon has removed; ``why`` must say "no replacement" when there is none."""
    return Endpoint(
        key=key,
        method=method,
        path=_path(key),
        source=source,
        deprecated=why,
        replacement=replacement,
        **fields,
    )


_LIVE_SEED: tuple[Endpoint, ...] = (
    _seed("v1/actions", "GET"),
    _seed("v1/actions/candidates"),
    _seed("v1/actions/products"),
    _seed("v1/actions/products/activate"),
    _seed("v1/actions/products/deactivate"),
    _seed(
        "v1/analytics/data",
        rates=(Rate(1, 60.0, Unit.REQUESTS, Scope.ENDPOINT, f"{_SWAGGER}: at most once a minute"),),
        source=f"{_SWAGGER}: once a minute (no limit with Premium Plus; override for such accounts)",
    ),
    _seed("v1/brand/company-certification/list"),
    _seed("v1/chat/send/file", idempotent=False),
    _seed("v1/chat/send/message", idempotent=False),
    _seed("v1/chat/start", idempotent=False),
    _seed("v1/delivery-method/list"),
    _seed("v1/polygon/bind"),
    _seed("v1/polygon/create", idempotent=False),
    _seed("v1/posting/carriage-available/list"),
    _seed("v1/product/archive", max_items=100, items_field="product_id", source=f"{_SWAGGER}: up to 100 ids"),
    _seed("v1/product/import/info"),
    PRICES,
    _seed(
        "v1/product/import-by-sku",
        max_items=1000,
        items_field="items",
        idempotent=False,
        source=f"{_SWAGGER}: items maxItems 1000 (stricter than the seed's 'unlimited')",
    ),
    _seed("v1/product/info/description"),
    _seed("v1/product/info/stocks-by-warehouse/fbs"),
    # Replaces the product's whole picture set, so a resend is harmless.
    _seed(
        "v1/product/pictures/import",
        max_items=15,
        items_field="images",
        source=f"{_SWAGGER}: up to 15 images per product",
    ),
    _seed("v1/product/certificate/accordance-types", "GET"),
    _seed("v1/product/certificate/bind"),
    _seed("v1/product/certificate/create", idempotent=False),
    _seed("v1/product/certificate/types", "GET"),
    _seed(
        "v1/product/unarchive", max_items=100, items_field="product_id", source=f"{_SWAGGER}: up to 100 ids"
    ),
    _seed("v1/report/info"),
    _seed("v1/report/list"),
    _seed("v1/report/postings/create", idempotent=False),
    _seed("v1/warehouse/list"),
    _seed("v2/fbs/posting/delivering"),
    _seed("v2/fbs/posting/last-mile"),
    _seed("v2/posting/fbo/get"),
    _seed("v2/posting/fbo/list"),
    _seed("v2/posting/fbs/act/check-status"),
    _seed("v2/posting/fbs/act/get-container-labels"),
    _seed("v2/posting/fbs/act/get-pdf"),
    _seed("v2/posting/fbs/arbitration"),
    _seed("v2/posting/fbs/awaiting-delivery"),
    _seed("v2/posting/fbs/cancel"),
    _seed("v2/posting/fbs/cancel-reason/list"),
    _seed("v2/posting/fbs/get-by-barcode"),
    _seed(
        "v2/posting/fbs/package-label",
        max_items=20,
        items_field="posting_number",
        source=f"{_SEED} and {_SWAGGER}: at most 20 posting numbers",
    ),
    # Cancels a quantity of a product: a resend could cancel more units.
    _seed("v2/posting/fbs/product/cancel", idempotent=False),
    _gone(
        "v2/posting/fbs/product/change",
        "not in the June 2026 reference any more; no replacement is documented",
        None,
    ),
    _seed("v2/posting/fbs/product/country/list"),
    _seed("v2/posting/fbs/product/country/set"),
    _seed(
        "v2/products/delete",
        max_items=500,
        items_field="products",
        source=f"{_SEED} and {_SWAGGER}: up to 500",
    ),
    STOCKS,
    _seed("v3/finance/transaction/list"),
    _seed("v3/finance/transaction/totals"),
    _seed("v3/posting/fbs/get"),
    _seed("v3/posting/fbs/list"),
    _seed("v3/posting/fbs/unfulfilled/list"),
    # Splits an order into postings: a resend could split again.
    _seed("v4/posting/fbs/ship", idempotent=False),
)

_SEED0_ENDPOINTS: tuple[Endpoint, ...] = (POSTING_CODES, DIGITAL_LIST_V1, DIGITAL_STOCKS)

_MISLABELLED: tuple[Endpoint, ...] = (
    Endpoint(
        key="v2/fbs/posting/delivered",
        method="POST",
        path="/v2/fbs/posting/delivered",
        source=f"{_SEED} lists it as a second v2/fbs/posting/delivering («Доставлено»); {_NO_FIGURE}",
    ),
)

_GONE_SEED: tuple[Endpoint, ...] = (
    _gone(
        "v1/analytics/item_turnover",
        f"switched off 1 Apr 2023, removed 22 Aug 2023 ({_NEWS}); no replacement: "
        "Ozon points to the turnover report in the seller cabinet",
        None,
    ),
    _gone(
        "v1/analytics/stock_on_warehouses",
        "removed 22 Aug 2023 for v2/analytics/stock_on_warehouses, which the swagger says will be "
        "switched off for v1/analytics/stocks",
        "v1/analytics/stocks",
    ),
    _gone(
        "v1/categories/tree",
        "not in the swagger nor its changelog (removed before 2021); the category tree is "
        "v1/description-category/tree, where v2/category/tree also went",
        "v1/description-category/tree",
        "GET",
    ),
    _gone(
        "v1/chat/history",
        f"removed 20 Feb 2024 for v2/chat/history, itself switched off 13 Jul 2025 ({_NEWS})",
        "v3/chat/history",
    ),
    _gone(
        "v1/chat/list",
        f"removed 20 Feb 2024 for v2/chat/list, itself deprecated 28 Jul 2025 ({_NEWS})",
        "v3/chat/list",
    ),
    _gone(
        "v1/chat/updates",
        f"removed 20 Feb 2024 for v2/chat/history, itself switched off 13 Jul 2025 ({_NEWS})",
        "v3/chat/history",
    ),
    _gone("v1/polygon/delete", f"removed 5 Sep 2023 ({_NEWS}); no replacement", None),
    _gone(
        "v1/product/import/stocks",
        f"switched off 27 May 2025 ({_FACTS} §3)",
        "v2/products/stocks",
        max_items=100,
        items_field="stocks",
        source=f"{_FACTS} §3: same item shape as v2/products/stocks",
    ),
    _gone(
        "v1/product/pictures/info",
        f"removed from the docs 10 Feb 2025, switched off 11 Feb 2025 ({_NEWS})",
        "v2/product/pictures/info",
    ),
    _gone(
        "v1/product/certification/list",
        "switched off 14 Apr 2025 (swagger warning; still listed there)",
        "v2/product/certification/list",
    ),
    _gone(
        "v1/product/upload_digital_codes",
        f"removed 1 Jul 2025 ({_FACTS} §4); live calls return 404 [3P]",
        "v1/posting/digital/codes/upload",
        idempotent=False,
        source=f"{_FACTS} §4: per-request limits unconfirmed",
    ),
    _gone(
        "v1/product/upload_digital_codes/info",
        f"removed 1 Jul 2025 ({_FACTS} §4); the new upload answers synchronously, no task to poll",
        "v1/posting/digital/codes/upload",
    ),
    _gone(
        "v1/products/geo-restrictions-catalog-by-filter",
        f"switched off 1 Oct 2024, removed from the docs 17 Oct 2024 ({_NEWS}); no replacement",
        None,
    ),
    _gone(
        "v1/report/finance/create",
        f"removed 22 Aug 2023 ({_NEWS})",
        "v1/finance/cash-flow-statement/list",
        idempotent=False,
    ),
    _gone(
        "v1/report/product/create",
        "not in the swagger: the documented path is v1/report/products/create (same description)",
        "v1/report/products/create",
        idempotent=False,
    ),
    _gone(
        "v1/report/products/movements/create",
        f"removed 18 Oct 2023 (spelt .../movement/create in {_NEWS}); no replacement",
        None,
        idempotent=False,
    ),
    _gone(
        "v1/report/products/prices/create",
        f"removed 22 Aug 2023 for v4/product/info/prices, itself removed 18 Feb 2025 ({_NEWS})",
        "v5/product/info/prices",
        idempotent=False,
    ),
    _gone(
        "v1/report/returns/create",
        f"switched off 15 Feb 2025, removed from the docs 18 Feb 2025 ({_NEWS})",
        "v2/report/returns/create",
        idempotent=False,
    ),
    _gone(
        "v1/report/stock/create",
        f"removed 18 Oct 2023 ({_NEWS})",
        "v1/report/warehouse/stock",
        idempotent=False,
    ),
    _gone(
        "v1/report/transactions/create",
        f"removed 22 Aug 2023 ({_NEWS})",
        "v3/finance/transaction/list",
        idempotent=False,
    ),
    _gone(
        "v1/supplier/orders/:order_id/waybill_acceptance_results",
        f"removed 10 Jan 2023 ({_NEWS}); no replacement",
        None,
        "GET",
    ),
    _gone(
        "v1/supplier/waybill_acceptance_results/:waybill_id",
        f"removed 10 Jan 2023 ({_NEWS}); no replacement",
        None,
        "GET",
    ),
    _gone(
        "v2/category/attribute/values",
        f"switched off and removed 11 Mar 2024 ({_NEWS})",
        "v1/description-category/attribute/values",
    ),
    _gone(
        "v2/category/tree", f"switched off and removed 11 Mar 2024 ({_NEWS})", "v1/description-category/tree"
    ),
    _gone(
        "v2/fbs/posting/send-by-seller",
        "not in the June 2026 reference (nor its 2025 spelling v2/fbs/posting/sent-by-seller); no replacement",
        None,
    ),
    _gone(
        "v4/fbs/posting/product/exemplar/status",
        "not in the June 2026 reference; v5/fbs/posting/product/exemplar/status replaces it",
        "v5/fbs/posting/product/exemplar/status",
    ),
    _gone(
        "v4/fbs/posting/product/exemplar/validate",
        "not in the June 2026 reference; v5/fbs/posting/product/exemplar/validate replaces it",
        "v5/fbs/posting/product/exemplar/validate",
    ),
    _gone(
        "v2/fbs/posting/tracking-numbers/set",
        "not in the swagger: the documented path is v2/fbs/posting/tracking-number/set (same description)",
        "v2/fbs/posting/tracking-number/set",
    ),
    _gone(
        "v2/posting/fbs/ship",
        f"not in the swagger; last dropped from its Errors section 2 Aug 2024 ({_NEWS})",
        "v4/posting/fbs/ship",
        idempotent=False,
    ),
    _gone(
        "v2/product/import",
        f"switched off and removed 11 Mar 2024 ({_NEWS})",
        "v3/product/import",
        max_items=100,
        items_field="items",
        idempotent=False,
        source=f"{_SEED}: up to 100 products per request",
    ),
    _gone("v2/product/info", f"removed 10 Mar 2025 ({_NEWS})", "v3/product/info/list"),
    _gone(
        "v2/product/info/limit",
        f"removed 22 Aug 2023 ({_NEWS})",
        "v4/product/info/limit",
    ),
    _gone(
        "v2/product/info/list",
        f"switched off and removed 17 Feb 2025 ({_NEWS})",
        "v3/product/info/list",
    ),
    _gone(
        "v2/product/list",
        f"switched off 9 Feb 2025, removed from the docs 11 Feb 2025 ({_NEWS})",
        "v3/product/list",
    ),
    _gone(
        "v2/returns/company/fbo",
        f"removed 22 Aug 2023 for v3/returns/company/fbo, itself removed 18 Feb 2025 ({_NEWS})",
        "v1/returns/list",
    ),
    _gone(
        "v2/returns/company/fbs",
        f"removed 22 Aug 2023 for v3/returns/company/fbs, itself removed 18 Feb 2025 ({_NEWS})",
        "v1/returns/list",
    ),
    _gone(
        "v3/category/attribute",
        f"switched off and removed 11 Mar 2024 ({_NEWS}); the replacement takes one category and type",
        "v1/description-category/attribute",
        max_items=20,
        items_field="category_id",
        source=f"{_SEED}: at most 20 category ids",
    ),
    _gone(
        "v3/posting/fbs/set",
        f"not in the swagger: its seed text describes v3/posting/fbs/ship, removed 9 Feb 2024 ({_NEWS})",
        "v4/posting/fbs/ship",
        idempotent=False,
    ),
    _gone(
        "v3/posting/fbs/ship/package",
        f"removed 9 Feb 2024 ({_NEWS})",
        "v4/posting/fbs/ship/package",
        idempotent=False,
    ),
    _gone(
        "v3/product/info/stocks",
        f"switched off 31 Jan 2025, removed from the docs 10 Feb 2025 ({_NEWS})",
        "v4/product/info/stocks",
    ),
    _gone(
        "v3/products/info/attributes",
        f"not in the swagger; v3/product/info/attributes was switched off 9 Feb 2025 ({_NEWS})",
        "v4/product/info/attributes",
    ),
    _gone(
        "v3/products/info/stocks",
        "not in the swagger; its seed text is that of v3/product/info/stocks, switched off 31 Jan 2025",
        "v4/product/info/stocks",
    ),
    _gone(
        "v4/fbs/posting/product/exemplar/set",
        "not in the June 2026 reference; v6/fbs/posting/product/exemplar/set replaces it",
        "v6/fbs/posting/product/exemplar/set",
    ),
    _gone(
        "v4/product/info/prices",
        f"switched off 17 Feb 2025, removed from the docs 18 Feb 2025 ({_NEWS})",
        "v5/product/info/prices",
        max_items=1000,
        items_field="filter.offer_id",
        source=f"{_SEED}: at most 1000 products (filter.offer_id or filter.product_id) per request",
    ),
)

_REPLACEMENTS: tuple[Endpoint, ...] = (
    DIGITAL_LIST_V2,
    _new("v1/analytics/stocks"),
    _new("v1/description-category/tree"),
    _new("v1/description-category/attribute"),
    _new("v1/description-category/attribute/values"),
    _new("v1/finance/cash-flow-statement/list"),
    _new("v1/report/products/create", idempotent=False),
    _new("v1/report/warehouse/stock", idempotent=False),
    _new(
        "v1/returns/list",
        max_items=50,
        items_field="filter.posting_numbers",
        source=f"{_SWAGGER}: at most 50 posting numbers in the filter",
    ),
    _new(
        "v2/fbs/posting/tracking-number/set",
        max_items=20,
        items_field="tracking_numbers",
        source=f"{_SWAGGER}: up to 20 tracking numbers per request",
    ),
    _new(
        "v2/product/pictures/info",
        max_items=1000,
        items_field="product_id",
        source=f"{_SWAGGER}: product_id maxItems 1000",
    ),
    _new("v2/product/certification/list"),
    _new("v2/report/returns/create", idempotent=False),
    _new("v3/chat/history"),
    _new("v3/chat/list"),
    _new(
        "v3/product/import",
        max_items=100,
        items_field="items",
        idempotent=False,
        source=f"{_SWAGGER}: up to 100 products per request",
    ),
    _new(
        "v3/product/info/list",
        max_items=1000,
        items_field="offer_id",
        source=f"{_SWAGGER}: at most 1000 ids across offer_id, product_id and sku together",
    ),
    _new(
        "v3/product/list",
        max_items=1000,
        items_field="filter.offer_id",
        source=f"{_SWAGGER}: one id group per request, at most 1000 ids; limit 1..1000",
    ),
    _new(
        "v4/posting/fbs/ship/package",
        idempotent=False,
        source=f"{_SWAGGER}: {_NO_FIGURE}; splits the posting, so never resent blindly",
    ),
    _new(
        "v4/product/info/attributes",
        max_items=1000,
        items_field="filter.product_id",
        source=f"{_SWAGGER}: up to 1000 product ids in the filter",
    ),
    _new("v4/product/info/limit"),
    _new("v4/product/info/stocks", source=f"{_SWAGGER}: cursor paging, limit 1..1000"),
    _new("v5/fbs/posting/product/exemplar/status"),
    _new("v5/fbs/posting/product/exemplar/validate"),
    _new(
        "v6/fbs/posting/product/exemplar/set",
        source=f"{_SWAGGER}: {_NO_FIGURE}; sends the full exemplar set, so a resend is harmless",
    ),
    _new(
        "v5/product/info/prices",
        max_items=1000,
        items_field="filter.offer_id",
        source=f"{_SWAGGER}: up to 1000 values in filter.offer_id or filter.product_id; limit 1..1000",
    ),
)

_ENDPOINTS: tuple[Endpoint, ...] = _LIVE_SEED + _SEED0_ENDPOINTS + _MISLABELLED + _GONE_SEED + _REPLACEMENTS

LIVE_OUTSIDE_SWAGGER: Mapping[str, str] = MappingProxyType({})
"""Live endpoints the vendored swagger does not list, with the reason they are kept."""


def _by_key(endpoints: tuple[Endpoint, ...]) -> dict[str, Endpoint]:
    table: dict[str, Endpoint] = {}
    for ep in endpoints:
        if ep.key in table:
            raise ValueError(f"duplicate Ozon endpoint key {ep.key!r}")
        table[ep.key] = ep
    return table


OZON_LIMITS = LimitsTable(
    marketplace="ozon",
    account_rates=(ACCOUNT_RPS,),
    account_parallel=None,
    endpoints=_by_key(_ENDPOINTS),
    source=_FACTS,
)

PagingStyle = Literal["last_id", "offset", "cursor"]


@dataclass(frozen=True, slots=True)
class Paging:
    """How one list method pages; every field name is a dotted path into the JSON body.

    One generic iterator per style:

    * ``last_id``: send ``request_field`` = the previous page's ``response_field`` (empty at
      first); stop on an empty token or a page shorter than ``limit``.
    * ``offset``: send ``request_field`` = items seen so far; stop when ``has_next_field`` is
      false, or (without it) on a page shorter than ``limit``; never page past ``max_offset``.
    * ``cursor``: like ``last_id`` with an opaque token; stop when ``has_next_field`` is false
      or, without it, on an empty cursor or a page shorter than ``limit``.
    """

    style: PagingStyle
    request_field: str
    response_field: str | None
    items_field: str
    has_next_field: str | None = None
    limit_field: str = "limit"
    max_limit: int | None = 1000
    max_offset: int | None = None
    source: str = _SWAGGER


PAGING: Mapping[str, Paging] = MappingProxyType(
    {
        "v3/product/list": Paging("last_id", "last_id", "result.last_id", "result.items"),
        # The offset parameter of these two was switched off on 5 May 2025.
        "v1/actions/candidates": Paging(
            "last_id", "last_id", "result.last_id", "result.products", max_limit=None
        ),
        "v1/actions/products": Paging(
            "last_id", "last_id", "result.last_id", "result.products", max_limit=None
        ),
        "v3/posting/fbs/list": Paging("offset", "offset", None, "result.postings", "result.has_next"),
        "v2/posting/fbo/list": Paging("offset", "offset", None, "result", max_offset=20_000),
        "v1/posting/digital/list": Paging("offset", "offset", None, "result", max_offset=20_000),
        "v4/product/info/stocks": Paging("cursor", "cursor", "cursor", "items"),
        "v5/product/info/prices": Paging("cursor", "cursor", "cursor", "items"),
        "v2/posting/digital/list": Paging(
            "cursor", "cursor", "cursor", "postings", "has_next", max_limit=None, source=f"{_FACTS} §5 [3P]"
        ),
    }
)
"""Paging of the list methods, checked against the swagger's request and response shapes."""

PAGINATION: Mapping[str, PagingStyle] = MappingProxyType({key: p.style for key, p in PAGING.items()})
"""Endpoint key → paging style, for the list methods."""
