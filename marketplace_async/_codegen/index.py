"""The operations index of one marketplace: an :class:`OperationSpec` per operation, and its examples."""

from __future__ import annotations

import dataclasses
import html
import re
from dataclasses import dataclass
from typing import Any

from .._operation import OperationSpec, PagingSpec
from .models import ModelSet, _merged_properties, _resolve, summary
from .names import METHOD_RESERVED, operation_attr, pascal, python_name
from .spec import RawOperation, Spec

JSON = "application/json"

HAND_WRITTEN: dict[str, frozenset[str]] = {
    # Public names of the hand-written clients (and their base): a generated method never takes
    # one. Listed here, not introspected, so generation depends on the specs alone; a test checks
    # the list against the classes.
    "ozon": frozenset(
        {
            "update_stocks",
            "update_prices",
            "import_digital_stocks",
            "upload_posting_codes",
            "upload_digital_codes",
            "iter_digital_postings",
            "stock_sync",
            "price_sync",
            "call",
            "paginate",
            "endpoint",
            "aclose",
            "closed",
            "limits",
            "account",
            "keyed_rate",
            "now",
        }
    ),
    "yandex": frozenset(
        {
            "update_stocks",
            "update_stocks_v3",
            "update_prices",
            "update_business_prices",
            "deliver_digital_goods",
            "stock_sync",
            "price_sync",
            "call",
            "paginate",
            "endpoint",
            "aclose",
            "closed",
            "limits",
            "account",
            "keyed_rate",
            "now",
        }
    ),
}
COLLISION_PREFIX = "call_"
"""A generated method whose name a hand-written one has is called ``call_<name>`` instead."""


@dataclass
class Param:
    wire: str
    name: str
    type: str
    required: bool


@dataclass
class Built:
    spec: Spec
    operations: list[OperationSpec]
    models: ModelSet
    examples: dict[str, dict[str, Any]]
    params: dict[str, tuple[list[Param], list[Param]]]
    """operationId → (path, query) parameters with their request-side types."""


def build(spec: Spec) -> Built:
    models = ModelSet(spec)
    attrs = _attrs(spec)
    requests: dict[str, tuple[str | None, str | None]] = {}
    for op in spec.operations:  # every request model first: they keep the plain names
        requests[op.operation_id] = _request_model(op, models)
    ops: list[OperationSpec] = []
    examples: dict[str, dict[str, Any]] = {}
    by_id = {op.operation_id: op for op in spec.operations}
    for op in spec.operations:
        request_model, content_type = requests[op.operation_id]
        response_model, response_schema = _response_model(op, models)
        deprecation, replacement = _deprecation(spec.marketplace, op, by_id)
        path_params, query_params = _params(op)
        ops.append(
            OperationSpec(
                operation_id=op.operation_id,
                method=op.method,
                path=op.path,
                summary=summary(op.raw.get("summary") or "", 200),
                section=_section(spec.marketplace, op),
                attr=attrs[op.operation_id],
                request_model=request_model,
                response_model=response_model,
                path_params=path_params,
                query_params=query_params,
                request_content_type=content_type,
                deprecated=bool(op.raw.get("deprecated")),
                deprecation=deprecation,
                replacement=replacement,
                paging=_with_item_model(_paging(spec, op, response_schema), response_model, models),
            )
        )
        found = _examples(op)
        if found:
            examples[op.operation_id] = found
    ops = [
        dataclasses.replace(op, replacement_attr=attrs[op.replacement]) if op.replacement in attrs else op
        for op in ops
    ]
    return Built(spec, ops, models, examples, _param_types(spec, ops, models))


def _param_types(
    spec: Spec, operations: list[OperationSpec], models: ModelSet
) -> dict[str, tuple[list[Param], list[Param]]]:
    """operationId → (path, query) parameters with their request-side types."""
    out: dict[str, tuple[list[Param], list[Param]]] = {}
    for raw, op in zip(spec.operations, operations, strict=True):
        schemas = {p["name"]: p for p in raw.raw.get("parameters") or () if p.get("in") in ("path", "query")}
        context = pascal(op.operation_id)
        path = [
            Param(wire, name, models.model_for(schemas[wire].get("schema"), "request", context), True)
            for wire, name in op.path_params
        ]
        query = [
            Param(
                wire,
                name,
                models.model_for(schemas[wire].get("schema"), "request", context),
                bool(schemas[wire].get("required")),
            )
            for wire, name in op.query_params
        ]
        out[op.operation_id] = (path, query)
    return out


def _attrs(spec: Spec) -> dict[str, str]:
    reserved = HAND_WRITTEN[spec.marketplace]
    out: dict[str, str] = {}
    seen: dict[str, str] = {}
    for op in spec.operations:
        attr = operation_attr(spec.marketplace, op.operation_id)
        if attr in reserved:
            attr = COLLISION_PREFIX + attr
        if attr in seen or attr in reserved or ("iter_" + attr) in reserved:
            raise ValueError(f"{spec.marketplace}: {op.operation_id} and {seen.get(attr)} both map to {attr}")
        seen[attr] = op.operation_id
        out[op.operation_id] = attr
    return out


def _section(marketplace: str, op: RawOperation) -> str:
    if marketplace == "ozon":
        section = op.raw.get("x-ozon-section") or {}
        return str(section.get("name") or (op.raw.get("tags") or [""])[0])
    return str((op.raw.get("tags") or [""])[0])


def _request_model(op: RawOperation, models: ModelSet) -> tuple[str | None, str | None]:
    content = (op.raw.get("requestBody") or {}).get("content") or {}
    for content_type in (JSON, "multipart/form-data"):
        if content_type in content:
            schema = content[content_type].get("schema")
            context = python_class(op.operation_id) + "Request"
            return models.model_for(schema, "request", context), content_type
    return None, None


def python_class(operation_id: str) -> str:
    return pascal(operation_id)


def _success(op: RawOperation) -> dict[str, Any]:
    responses = op.raw.get("responses") or {}
    for status in ("200", "201", "202", "204"):
        if status in responses:
            return responses[status] or {}
    return {}


def _response_model(op: RawOperation, models: ModelSet) -> tuple[str, Any]:
    content = _success(op).get("content") or {}
    if JSON in content and isinstance(content[JSON], dict) and "schema" in content[JSON]:
        schema = content[JSON]["schema"]
        return models.model_for(schema, "response", python_class(op.operation_id) + "Response"), schema
    if any(isinstance(media, dict) for media in content.values()):
        return "bytes", None  # PDF, PNG, JPEG, Excel
    return "None", None


def _params(op: RawOperation) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    path: list[tuple[str, str]] = []
    query: list[tuple[str, str]] = []
    taken: set[str] = set()
    for param in op.raw.get("parameters") or ():
        where = param.get("in")
        if where not in ("path", "query"):
            continue
        name = python_name(param["name"], METHOD_RESERVED)
        while name in taken:  # e.g. both fromDate and from_date: the second is from_date_
            name += "_"
        taken.add(name)
        (path if where == "path" else query).append((param["name"], name))
    order = re.findall(r"\{(\w+)\}", op.path)
    path.sort(key=lambda p: order.index(p[0]) if p[0] in order else len(order))
    return tuple(path), tuple(query)


_OZON_WARNING = re.compile(r'<aside class="warning">(.*?)</aside>', re.S)
_OZON_REPLACEMENT = re.compile(r"#operation/(\w+)")


def _deprecation(
    marketplace: str, op: RawOperation, by_id: dict[str, RawOperation]
) -> tuple[str | None, str | None]:
    if not op.raw.get("deprecated"):
        return None, None
    if marketplace == "yandex":
        config = op.raw.get("x-deprecation-config") or {}
        parts = []
        if "degradation-start-date" in config:
            parts.append(f"degraded from {config['degradation-start-date']}")
        if "shutdown-date" in config:
            parts.append(f"off on {config['shutdown-date']}")
        return (", ".join(parts) or None), config.get("replacement-operation-id")
    warning = _OZON_WARNING.search(op.raw.get("description") or "")
    if warning is None:
        return None, None
    note = " ".join(html.unescape(re.sub(r"<[^>]+>", "", warning.group(1))).split())
    replacement = _OZON_REPLACEMENT.search(warning.group(1))
    # The link names the operation by its docs anchor, which is not always the operationId.
    target = replacement.group(1) if replacement and replacement.group(1) in by_id else None
    return note or None, target


def _examples(op: RawOperation) -> dict[str, Any]:
    out: dict[str, Any] = {}
    request = ((op.raw.get("requestBody") or {}).get("content") or {}).get(JSON) or {}
    if "example" in request:
        out["request"] = request["example"]
    elif request.get("examples"):
        first = next(iter(request["examples"].values()))
        if isinstance(first, dict) and "value" in first:
            out["request"] = first["value"]
    success = _success(op)
    media = (success.get("content") or {}).get(JSON)
    if isinstance(media, dict) and "example" in media:
        out["response"] = media["example"]
    elif "example" in (success.get("content") or {}):
        # Two Ozon operations put the example beside the media types instead of inside one.
        out["response"] = success["content"]["example"]
    return out


# ------------------------------------------------------------------------------------- paging

_TOKEN_FIELDS = {"cursor": "cursor", "last_id": "last_id"}


def _with_item_model(paging: PagingSpec | None, response_model: str, models: ModelSet) -> PagingSpec | None:
    """Name the element class of the paged list, found by walking the response classes."""
    if paging is None or paging.items_field is None:
        return paging
    type_text = response_model
    for part in paging.items_field.split("."):
        cls = models.classes.get(type_text.removesuffix(" | None"))
        found = next((f for f in cls.fields if f.wire == part), None) if cls else None
        if found is None:
            return dataclasses.replace(paging, items_field=None)
        type_text = found.type.removesuffix(" | None")
    match = re.fullmatch(r"list\[(\w+)\]", type_text)
    if match is None or match.group(1) not in models.classes:
        return dataclasses.replace(paging, items_field=None)
    return dataclasses.replace(paging, item_model=match.group(1))


def _paging(spec: Spec, op: RawOperation, response_schema: Any) -> PagingSpec | None:
    if response_schema is None:
        return None
    fields = _fields(spec, response_schema)
    if spec.marketplace == "yandex":
        names = {p.get("name") for p in op.raw.get("parameters") or ()} | {
            alias for p in op.raw.get("parameters") or () for alias in p.get("x-aliases") or ()
        }
        if "page_token" not in names:
            return None
        tokens = [path for path in fields if path.endswith("nextPageToken")]
        if len(tokens) != 1:
            raise ValueError(f"{op.operation_id}: expected one nextPageToken, got {tokens}")
        token = tokens[0]
        parent = token.rsplit(".", 2)[0] if token.count(".") >= 2 else ""
        items, item_model = _items(spec, fields, parent)
        limit = next((p["name"] for p in op.raw.get("parameters") or () if p.get("name") == "limit"), None)
        return PagingSpec("page_token", "page_token", token, items, item_model, limit_field=limit)
    request = (((op.raw.get("requestBody") or {}).get("content") or {}).get(JSON) or {}).get("schema")
    if request is None:
        return None
    request_props, _ = _merged_properties(request, spec)
    limit_field = "limit" if "limit" in request_props else None
    max_limit = _resolve(request_props.get("limit"), spec) if limit_field else None
    maximum = max_limit.get("maximum") if isinstance(max_limit, dict) else None
    for style, name in _TOKEN_FIELDS.items():
        if name in request_props:
            answers = [path for path in fields if path.rsplit(".", 1)[-1] == name]
            if len(answers) == 1:
                parent = answers[0].rpartition(".")[0]
                items, item_model = _items(spec, fields, parent)
                has_next = _sibling(fields, parent, "has_next")
                return PagingSpec(
                    "cursor" if style == "cursor" else "last_id",
                    name,
                    answers[0],
                    items,
                    item_model,
                    has_next_field=has_next,
                    limit_field=limit_field,
                    max_limit=int(maximum) if maximum is not None else None,
                )
    if "offset" in request_props:
        for marker in ("has_next", "total"):
            found = [path for path in fields if path.rsplit(".", 1)[-1] == marker]
            if len(found) == 1:
                parent = found[0].rpartition(".")[0]
                items, item_model = _items(spec, fields, parent)
                return PagingSpec(
                    "offset",
                    "offset",
                    None,
                    items,
                    item_model,
                    has_next_field=found[0] if marker == "has_next" else None,
                    total_field=found[0] if marker == "total" else None,
                    limit_field=limit_field,
                    max_limit=int(maximum) if maximum is not None else None,
                )
    return None


def _fields(spec: Spec, schema: Any, prefix: str = "", depth: int = 0) -> dict[str, Any]:
    """Dotted path → schema of every property down to depth 3, lists not followed."""
    out: dict[str, Any] = {}
    if depth > 3:
        return out
    props, _ = _merged_properties(schema, spec)
    for name, sub in props.items():
        path = f"{prefix}{name}"
        out[path] = sub
        resolved = _resolve(sub, spec)
        if isinstance(resolved, dict) and resolved.get("type") != "array" and "items" not in resolved:
            out.update(_fields(spec, sub, path + ".", depth + 1))
    return out


def _sibling(fields: dict[str, Any], parent: str, name: str) -> str | None:
    path = f"{parent}.{name}" if parent else name
    return path if path in fields else None


def _items(spec: Spec, fields: dict[str, Any], parent: str) -> tuple[str | None, str | None]:
    """The single list of objects directly under ``parent``, and its element schema's ref name."""
    prefix = f"{parent}." if parent else ""
    lists = []
    for path, sub in fields.items():
        if not path.startswith(prefix) or "." in path[len(prefix) :]:
            continue
        sub = _resolve(sub, spec)
        if isinstance(sub, dict) and (sub.get("type") == "array" or "items" in sub):
            lists.append((path, sub.get("items")))
    if len(lists) != 1:
        return None, None
    return lists[0][0], None  # the element class is named later, from the built classes
