"""The Ozon Seller API limits table: a row for every operation of the official spec.

The rows come from the operations index generated from the vendored spec (``_generated/ozon``),
with what each operation's documentation page states layered over them from
``_limits_data.py``: per-method rates, per-request maxima, idempotency and deprecations. Paths
that the 2024-25 documentation listed and the current spec no longer has stay callable as
deprecated aliases naming their replacement.

A row's key is its path without the leading slash (``v1/cargoes-label/file/{file_guid}``); its
operationId names the same row (``OZON_LIMITS.endpoint("ProductAPI_ProductsStocksV2")``).
``items_field`` names the request list that ``max_items`` caps; a dotted name points into a
nested object (``filter.offer_id`` is the ``offer_id`` list inside ``filter``).

The account-wide 50 requests a second is ``OZON_LIMITS.account_rates``, not repeated per row.
Every figure's ``source`` is the documentation page that states it:
``https://docs.ozon.ru/api/seller/#operation/<operationId>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from .._generated.ozon.operations import OPERATIONS
from .._limits import Endpoint, LimitsTable, Rate, Scope, Unit
from .._operation import OperationSpec
from ._limits_data import (
    ACCOUNT_RATE_SOURCE,
    COUNTED_ITEMS,
    DEFAULT_BATCHES,
    DEPRECATED,
    DOCS,
    FIGURES,
    LEGACY,
    NO_FIGURE,
    NOT_IDEMPOTENT,
    doc_page,
)

ACCOUNT_RPS = Rate(50, 1.0, Unit.REQUESTS, Scope.ACCOUNT, ACCOUNT_RATE_SOURCE)


_COLON_PARAM = re.compile(r":(\w+)")


def key_of(path: str) -> str:
    """The table key of a path: ``/v1/x/{id}`` (or ``v1/x/:id``) → ``v1/x/{id}``."""
    return _COLON_PARAM.sub(r"{\1}", path.strip().strip("/"))


def _row(op: OperationSpec, keys: Mapping[str, str]) -> Endpoint:
    op_id = op.operation_id
    figures = FIGURES.get(op_id)
    says = figures.says if figures else NO_FIGURE
    rates: tuple[Rate, ...] = figures.rates if figures else ()
    max_items = figures.max_items if figures else None
    items_field = figures.items_field if figures else None
    if op_id in DEFAULT_BATCHES:
        max_items, items_field, says = DEFAULT_BATCHES[op_id]
    if op_id in COUNTED_ITEMS:
        items_field, says = COUNTED_ITEMS[op_id]
    source = f"{doc_page(op_id)}: {says}"
    if op_id in NOT_IDEMPOTENT:
        source += f"; never resent blindly: it {NOT_IDEMPOTENT[op_id]}"
    deprecation = DEPRECATED.get(op_id)
    return Endpoint(
        key=keys[op_id],
        method=op.method.upper(),
        path=op.path,
        rates=rates,
        max_items=max_items,
        idempotent=op_id not in NOT_IDEMPOTENT,
        items_field=items_field,
        source=source,
        deprecated=deprecation.why if deprecation else None,
        replacement=keys[deprecation.replacement] if deprecation else None,
    )


def _legacy_rows() -> Iterable[Endpoint]:
    for legacy in LEGACY:
        yield Endpoint(
            key=legacy.key,
            method=legacy.method,
            path="/" + legacy.key,
            max_items=legacy.max_items,
            idempotent=legacy.idempotent,
            items_field=legacy.items_field,
            source=f"{DOCS} (2024-25 method list): {legacy.says}",
            deprecated=legacy.why,
            replacement=legacy.replacement,
        )


def build_table(operations: Iterable[OperationSpec]) -> LimitsTable:
    """The limits table over ``operations`` (the generated index), with the legacy aliases."""
    operations = tuple(operations)
    keys = {op.operation_id: key_of(op.path) for op in operations}
    table: dict[str, Endpoint] = {}
    for ep in (*(_row(op, keys) for op in operations), *_legacy_rows()):
        if ep.key in table:
            raise ValueError(f"duplicate Ozon endpoint key {ep.key!r}")
        table[ep.key] = ep
    return LimitsTable(
        marketplace="ozon",
        account_rates=(ACCOUNT_RPS,),
        account_parallel=None,
        endpoints=MappingProxyType(table),
        source=ACCOUNT_RATE_SOURCE,
        aliases=MappingProxyType(keys),
    )


OZON_LIMITS = build_table(OPERATIONS)

STOCKS = OZON_LIMITS.endpoint("v2/products/stocks")
PRICES = OZON_LIMITS.endpoint("v1/product/import/prices")
DIGITAL_STOCKS = OZON_LIMITS.endpoint("v1/product/digital/stocks/import")
POSTING_CODES = OZON_LIMITS.endpoint("v1/posting/digital/codes/upload")
DIGITAL_LIST_V1 = OZON_LIMITS.endpoint("v1/posting/digital/list")
DIGITAL_LIST_V2 = OZON_LIMITS.endpoint("v2/posting/digital/list")

LIVE_OUTSIDE_SPEC: Mapping[str, str] = MappingProxyType({})
"""Live endpoints the vendored spec does not list, with the reason they are kept (none today)."""

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
    source: str = DOCS


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
            "cursor",
            "cursor",
            "cursor",
            "postings",
            "has_next",
            max_limit=None,
            source=doc_page("PostingDigitalList"),
        ),
    }
)
"""Paging of the list methods, checked against the spec's request and response shapes."""

PAGINATION: Mapping[str, PagingStyle] = MappingProxyType({key: p.style for key, p in PAGING.items()})
"""Endpoint key → paging style, for the list methods."""
