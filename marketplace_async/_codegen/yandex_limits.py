"""The Yandex limits rows: ``marketplace_async/_yandex/_spec_operations.py``, an ``Endpoint`` per operation.

Each operation's ``x-resource-limit-config`` gives its rates (see ``endpoint_source``);
``marketplace_async/_yandex/operations.py`` layers the hand-written entries over these.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .spec import RawOperation, resolve, yandex_raw_operations, yandex_request_body

HEADER = '''"""Each operation of the vendored Yandex.Market OpenAPI as an Endpoint. GENERATED: do not edit.

Source: the official tree vendored in marketplace_async/_specs/yandex; regenerate with
``python -m marketplace_async._codegen``. ``operations.py`` layers the hand-written
entries over these. Rates: the stricter tier of ``x-resource-limit-config``; a cost counted on the
response (``resp.<field>``) is Unit.ITEMS with no items_field (see operations.py).
"""

from __future__ import annotations

from .._limits import Endpoint, Rate, Scope, Unit

# A request body is at most 512 KB: https://yandex.ru/dev/market/partner-api/doc/ru/concepts/method-call
MAX_BODY_BYTES = 512 * 1024
'''

_PERIOD_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}

# Operations a retry could apply twice: creations, report/barcode generation, messages, codes sent
# to a buyer, one-shot decisions. Everything else is an absolute write (set stocks, prices, status)
# or a read, and stays retryable. Names starting with create/generate/send are caught by prefix.
_NON_IDEMPOTENT_PREFIXES = ("create", "generate", "send")
_NON_IDEMPOTENT = {
    "provideOrderDigitalCodes": "e-mails the keys to the buyer",
    "submitReturnDecision": "executes the return decision (refund)",
    "transferOrdersFromShipment": "moves orders to the next shipment",
    "verifyOrderEac": "each code check is an attempt",
    "updateGoodsFeedbackComment": "creates a comment when no comment.id is given",
    "updateGoodsQuestionTextEntity": "creates an answer or comment when no id is given",
    "updateOutletLicenses": "creates licenses when no id is given",
}


def _window(tier: Mapping[str, Any]) -> float:
    return float(_PERIOD_SECONDS[tier["period"]] * tier["period-duration"])


def _describe(tier: Mapping[str, Any]) -> str:
    return f"{tier['amount']}/{tier['period-duration']} {tier['period']}"


def _rate(op: RawOperation, config: Mapping[str, Any]) -> tuple[int, float, str]:
    """(amount, window, source) of the stricter tier: the lower rate, then the smaller burst."""
    tiers = {name: t for name, t in config.items() if isinstance(t, Mapping)}
    if not tiers:
        raise ValueError(f"{op.operation_id}: x-resource-limit-config has no tier")
    name, tier = min(tiers.items(), key=lambda kv: (kv[1]["amount"] / _window(kv[1]), kv[1]["amount"]))
    others = [f"{n} {_describe(t)}" for n, t in tiers.items() if n != name and t != tier]
    same = [n for n, t in tiers.items() if n != name and t == tier]
    source = f"x-resource-limit-config {name}" + "".join(f"={n}" for n in same)
    if others:
        source += f" (stricter than {', '.join(others)})"
    return tier["amount"], _window(tier), source


def _max_items(op: RawOperation, field: str) -> int | None:
    found = yandex_request_body(op)
    if found is None:
        raise ValueError(f"{op.operation_id}: cost is req.{field} but there is no JSON request body")
    schema, base = resolve(*found)
    props: dict[str, Any] = {}
    for part in (schema, *schema.get("allOf", ())):
        part, _ = resolve(part, base)
        props.update(part.get("properties", {}))
    if field not in props:
        raise ValueError(f"{op.operation_id}: cost is req.{field} but the request has no {field!r}")
    array, _ = resolve(props[field], base)
    max_items = array.get("maxItems")
    return int(max_items) if max_items is not None else None


def _idempotent(op: RawOperation) -> bool:
    if op.method == "GET":
        return True
    return not (op.operation_id.startswith(_NON_IDEMPOTENT_PREFIXES) or op.operation_id in _NON_IDEMPOTENT)


def _has_json_body(op: RawOperation) -> bool:
    return "requestBody" in op.raw and yandex_request_body(op) is not None


def endpoint_source(op: RawOperation) -> str:
    """The ``Endpoint(...)`` expression for one operation."""
    config = op.raw["x-resource-limit-config"]
    cost = config["path"]
    amount, window, rate_source = _rate(op, config)
    items_field: str | None = None
    if cost == "resp":
        unit = "Unit.REQUESTS"
    elif cost.startswith("req."):
        unit, items_field = "Unit.ITEMS", cost.removeprefix("req.")
    elif cost.startswith("resp."):
        unit = "Unit.ITEMS"  # counted on the response; see operations.py
    else:
        raise ValueError(f"{op.operation_id}: unknown cost path {cost!r}")
    fields = [
        f"key={op.operation_id!r}",
        f"method={op.method!r}",
        f"path={op.path!r}",
        f"rates=(Rate({amount:_}, {window!r}, {unit}, Scope.ENDPOINT, {rate_source!r}),)",
    ]
    if items_field is not None and (max_items := _max_items(op, items_field)) is not None:
        fields.append(f"max_items={max_items:_}")
    # A multipart upload (sendFileToChat) carries a file of up to 5 MB by its own schema, so the
    # 512 KB JSON-body rule is not applied to it.
    if _has_json_body(op):
        fields.append("max_body_bytes=MAX_BODY_BYTES")
    if "parallel-limit-value" in config:
        fields.append(f"parallel={int(config['parallel-limit-value'])}")
    if not _idempotent(op):
        fields.append("idempotent=False")
    if items_field is not None:
        fields.append(f"items_field={items_field!r}")
    fields.append(f"cost_path={cost!r}")
    fields.append(f"source={'openapi ' + op.operation_id!r}")
    if op.raw.get("deprecated"):
        dep = op.raw.get("x-deprecation-config", {})
        parts = ["deprecated"]
        if "degradation-start-date" in dep:
            parts.append(f"degraded from {dep['degradation-start-date']}")
        if "shutdown-date" in dep:
            parts.append(f"off on {dep['shutdown-date']}")
        text = ", ".join(parts)
        replacement = dep.get("replacement-operation-id")  # said once, by Endpoint.deprecation()
        fields.append(f"deprecated={text!r}")
        if replacement:
            fields.append(f"replacement={replacement!r}")
    return "Endpoint(" + ", ".join(fields) + ",)"


def page_token_paths() -> dict[str, tuple[str, ...]]:
    """operationId -> keys leading to ``nextPageToken`` in the 200 response, for every operation
    with a ``page_token`` (alias of ``pageToken``) query parameter."""
    out: dict[str, tuple[str, ...]] = {}
    for op in yandex_raw_operations():
        names: set[str] = set()
        for param in op.raw.get("parameters", ()):
            param, _ = resolve(param, op.file)
            if param.get("in") == "query":
                names.update((param["name"], *param.get("x-aliases", ())))
        if "page_token" not in names:
            continue
        response, base = resolve(op.raw["responses"]["200"], op.file)
        schema = response["content"]["application/json"]["schema"]
        found = _token_paths(schema, base, ())
        if len(found) != 1:
            raise ValueError(f"{op.operation_id}: expected one nextPageToken in the response, got {found}")
        out[op.operation_id] = found[0]
    return out


def _token_paths(node: Any, base: Path, prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
    node, base = resolve(node, base)
    found: list[tuple[str, ...]] = []
    for part in node.get("allOf", ()):
        found += _token_paths(part, base, prefix)
    for name, sub in node.get("properties", {}).items():
        if name == "nextPageToken":
            found.append((*prefix, name))
        elif len(prefix) < 4:  # the token sits at most under result.paging; lists are not followed
            found += _token_paths(sub, base, (*prefix, name))
    return found


def spec_operations_module() -> str:
    """The module text (not yet formatted)."""
    body = [HEADER, "", "SPEC_OPERATIONS: tuple[Endpoint, ...] = ("]
    body += [f"    {endpoint_source(op)}," for op in yandex_raw_operations()]
    body.append(")")
    body.append("")
    body.append("# operationId -> keys of nextPageToken in the response, for operations paged by page_token.")
    body.append("SPEC_PAGE_TOKEN_PATHS: dict[str, tuple[str, ...]] = {")
    body += [f"    {key!r}: {path!r}," for key, path in page_token_paths().items()]
    body.append("}")
    return "\n".join(body) + "\n"
