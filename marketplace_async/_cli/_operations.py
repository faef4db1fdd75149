"""``marketplace-async operations [-m ozon|yandex] [--json] [FILTER]``: every operation of both APIs.

For each operation of the official specs: its operationId, HTTP verb and path, the client
attribute that calls it as written in user code (the README's ``ozon`` and ``ym`` clients:
``ozon.<name>(...)``, ``ym.<name>(...)``), its request and response models, its limits from the
SDK's limits table and any deprecation. The rows the table adds beyond the spec (older paths Ozon
removed, kept as deprecated aliases; a Yandex operation newer than the vendored spec) follow,
callable with ``call()``.

``--json`` prints one JSON document for tools; its shape is stable (fields are only ever added)::

    {
      "schema": "marketplace-async/operations/1",
      "marketplaces": [
        {
          "marketplace": "ozon" | "yandex",
          "title": str,
          "account_limits": {"rates": [Rate], "parallel": int | null, "source": str},
          "operations": [
            {
              "operation_id": str,
              "method": "GET" | "POST" | "PUT" | "DELETE",
              "path": str,                    # the spec's template: "/v1/x/{id}"
              "attribute": str,               # "ozon.product_get_product_list", "ym.get_campaigns"
              "request_model": str | null,    # null: no JSON body
              "response_model": str,          # "bytes" for files, "None" without a body
              "summary": str,
              "section": str,
              "limits": Limits,
              "deprecated": Deprecation | null
            }
          ],
          "outside_spec": [                   # rows call() accepts that the spec lacks
            {"key": str, "method": str, "path": str, "limits": Limits,
             "deprecated": Deprecation | null}
          ]
        }
      ]
    }

    Limits = {"key": str,                     # what call() and limits= take
              "rates": [Rate], "max_items": int | null, "items_field": str | null,
              "max_codes_per_item": int | null, "max_body_bytes": int | null,
              "parallel": int | null, "idempotent": bool, "cost_path": str | null,
              "source": str}
    Rate = {"amount": int, "window_seconds": float, "unit": "requests" | "items",
            "scope": "account" | "endpoint" | "item_key", "source": str}
    Deprecation = {"reason": str, "replacement": str | null}   # replacement: a limits-table key

FILTER keeps the operations whose operationId, path or attribute contains it (case-insensitive).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from .._generated.ozon.operations import OPERATIONS as OZON_OPERATIONS
from .._generated.yandex.operations import OPERATIONS as YANDEX_OPERATIONS
from .._limits import Endpoint, LimitsTable, Rate
from .._operation import OperationSpec
from .._ozon.endpoints import OZON_LIMITS
from .._yandex.operations import YANDEX_LIMITS
from ._console import make_console

SCHEMA = "marketplace-async/operations/1"

MARKETPLACES: dict[str, tuple[str, str, LimitsTable, tuple[OperationSpec, ...]]] = {
    "ozon": ("Ozon Seller API", "ozon", OZON_LIMITS, OZON_OPERATIONS),
    "yandex": ("Yandex.Market Partner API", "ym", YANDEX_LIMITS, YANDEX_OPERATIONS),
}
"""marketplace → (title, the client's name in user code, limits table, operations index)."""


def add_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "operations",
        help="list every operation of both APIs: its method, models, limits and deprecation",
        description=(
            "List every operation of the official specs: operationId, verb and path, the client "
            "attribute that calls it, request and response models, limits and deprecation. "
            "--json prints a stable JSON document for tools (its schema is in the README). FILTER "
            "keeps the operations whose operationId, path or attribute contains it."
        ),
    )
    p.add_argument("filter", nargs="?", metavar="FILTER", help="e.g. stocks, getCampaigns, /v2/posting")
    p.add_argument("--marketplace", "-m", choices=tuple(MARKETPLACES), help="one marketplace only")
    p.add_argument("--json", action="store_true", help="print JSON for tools instead of a table")
    p.set_defaults(run=run)


def _rate(rate: Rate) -> dict[str, Any]:
    return {
        "amount": rate.amount,
        "window_seconds": rate.window,
        "unit": rate.unit.value,
        "scope": rate.scope.value,
        "source": rate.source,
    }


def limits_of(ep: Endpoint) -> dict[str, Any]:
    """The JSON ``Limits`` of one table row."""
    return {
        "key": ep.key,
        "rates": [_rate(rate) for rate in ep.rates],
        "max_items": ep.max_items,
        "items_field": ep.items_field,
        "max_codes_per_item": ep.max_codes_per_item,
        "max_body_bytes": ep.max_body_bytes,
        "parallel": ep.parallel,
        "idempotent": ep.idempotent,
        "cost_path": ep.cost_path,
        "source": ep.source,
    }


def _deprecation(ep: Endpoint) -> dict[str, Any] | None:
    return {"reason": ep.deprecated, "replacement": ep.replacement} if ep.deprecated else None


def document(marketplaces: Iterable[str], needle: str | None = None) -> dict[str, Any]:
    """The ``--json`` document for ``marketplaces``."""
    out = []
    for name in marketplaces:
        title, client, table, operations = MARKETPLACES[name]
        listed: list[dict[str, Any]] = []
        in_spec: set[str] = set()
        for op in operations:
            ep = table.endpoint(op.operation_id)
            in_spec.add(ep.key)
            attribute = f"{client}.{op.attr}"
            row: dict[str, Any] = {
                "operation_id": op.operation_id,
                "method": op.method,
                "path": op.path,
                "attribute": attribute,
                "request_model": op.request_model,
                "response_model": op.response_model,
                "summary": op.summary,
                "section": op.section,
                "limits": limits_of(ep),
                "deprecated": _deprecation(ep),
            }
            if _matches(needle, op.operation_id, op.path, attribute):
                listed.append(row)
        outside = [
            {
                "key": ep.key,
                "method": ep.method,
                "path": ep.path,
                "limits": limits_of(ep),
                "deprecated": _deprecation(ep),
            }
            for ep in table
            if ep.key not in in_spec and _matches(needle, ep.key, ep.path)
        ]
        out.append(
            {
                "marketplace": name,
                "title": title,
                "account_limits": {
                    "rates": [_rate(rate) for rate in table.account_rates],
                    "parallel": table.account_parallel,
                    "source": table.source,
                },
                "operations": listed,
                "outside_spec": outside,
            }
        )
    return {"schema": SCHEMA, "marketplaces": out}


def _matches(needle: str | None, *fields: str) -> bool:
    return needle is None or any(needle.lower() in field.lower() for field in fields)


def describe_limits(ep: Endpoint) -> str:
    """One line for the table: the row's rates, maxima, parallel cap and retry rule."""
    parts = [rate.describe() for rate in ep.rates]
    if ep.max_items:
        parts.append(f"{ep.max_items} {ep.items_field or 'items'}/request")
    if ep.max_codes_per_item:
        parts.append(f"{ep.max_codes_per_item} codes/item")
    if ep.parallel:
        parts.append(f"{ep.parallel} in parallel")
    if not ep.idempotent:
        parts.append("never resent blindly")
    return "; ".join(parts) or "account limits only"


def _print_entry(out: Any, name: str, row: dict[str, Any], call: str, table: LimitsTable) -> None:
    lines = [f"{name}  {row['method']} {row['path']}", f"    call as     {call}"]
    if "response_model" in row:
        lines.append(f"    models      {row['request_model'] or '(no body)'} -> {row['response_model']}")
    ep = table.endpoint(row["limits"]["key"])
    lines.append(f"    limits      {describe_limits(ep)}")
    if ep.deprecated:
        # The warning's wording (why, and what to use, each once), without its "<api> <key> is" head.
        warning = ep.deprecation(table.marketplace)
        lines.append(
            f"    deprecated  {warning.removeprefix(f'{table.marketplace} {ep.key} is deprecated').lstrip(':; ')}"
        )
    out.print("\n".join(lines), markup=False, highlight=False, soft_wrap=True)


def run(args: argparse.Namespace) -> int:
    names = (args.marketplace,) if args.marketplace else tuple(MARKETPLACES)
    doc = document(names, args.filter)
    shown = sum(len(m["operations"]) + len(m["outside_spec"]) for m in doc["marketplaces"])
    if args.json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 0 if shown else 1
    out = make_console()
    for market in doc["marketplaces"]:
        _, client, table, _ = MARKETPLACES[market["marketplace"]]
        if market["operations"]:
            out.print(f"{market['title']}: {len(market['operations'])} operations", markup=False)
        for row in market["operations"]:
            _print_entry(out, row["operation_id"], row, row["attribute"], table)
        if market["outside_spec"]:
            out.print(
                f"{market['title']}: {len(market['outside_spec'])} more paths call() takes", markup=False
            )
        for row in market["outside_spec"]:
            _print_entry(out, row["key"], row, f"{client}.call({row['key']!r})", table)
    if not shown:
        out.print(f"no operation matches {args.filter!r}", markup=False)
        return 1
    return 0
