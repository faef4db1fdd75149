"""The vendored Ozon swagger, for tests: its paths, request validation and model checks.

``swagger.json`` is OpenAPI 3.0 with every schema under ``#/components/schemas``. Validation runs
JSON Schema draft 7 over a patched copy of the whole document, with ``referencing`` resolving the
``$ref``s: ``nullable`` becomes a ``"null"`` type, a schema with ``items`` or ``properties`` but no
``type`` gets ``array`` or ``object``, ``format`` is not checked (OpenAPI formats such as int64 are
hints), and the spec bugs in :data:`SPEC_FIXES` are corrected as API_FACTS says. With
``strict=True`` (the default) an object schema that lists its properties rejects any other, so a
misspelt field fails here instead of being silently dropped.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import msgspec
from jsonschema import Draft7Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7
from spec_paths import OZON_OPENAPI

SWAGGER_PATH = OZON_OPENAPI

_URI = "urn:ozon-seller-swagger"
_METHODS = ("get", "post", "put", "delete", "patch")
_JSON = "application/json"

SPEC_FIXES: Mapping[str, str] = {
    "productv2ProductsStocksRequestStock": (
        "quant_size was removed on 26 Jun 2025 (API_FACTS §1) but is still required; the operation's "
        "text says to send offer_id or product_id, yet product_id is required"
    ),
    "UploadPostingCodesRequestPostingLineExemplarInfo": (
        "posting_number is required on each exemplars_by_sku item, but it is a field of the request"
    ),
}
"""Component schemas patched before validation, and why."""


@functools.cache
def ozon_swagger() -> dict[str, Any]:
    """The swagger document as published (do not mutate it)."""
    with SWAGGER_PATH.open(encoding="utf-8") as f:
        doc: dict[str, Any] = json.load(f)
    return doc


def ozon_swagger_paths() -> set[str]:
    """Every path of the swagger, spelt as there (``/v1/cargoes-label/file/{file_guid}``)."""
    return set(ozon_swagger()["paths"])


def swagger_path(path_or_key: str) -> str:
    """``v1/x/:id`` or ``/v1/x/{id}`` → ``/v1/x/{id}``."""
    return "/" + re.sub(r":(\w+)", r"{\1}", path_or_key.strip("/"))


def ozon_operation(path_or_key: str) -> tuple[str, dict[str, Any]]:
    """(HTTP method, operation object) of a swagger path; KeyError if the swagger lacks it."""
    item = ozon_swagger()["paths"][swagger_path(path_or_key)]
    methods = [m for m in _METHODS if m in item]
    if len(methods) != 1:
        raise ValueError(f"{path_or_key}: expected one operation, found {methods}")
    return methods[0].upper(), item[methods[0]]


def _subschemas(node: Any) -> Iterator[dict[str, Any]]:
    """A schema and every schema nested in it, followed structurally (not into ``$ref``s)."""
    if not isinstance(node, dict):
        return
    yield node
    for key in ("items", "additionalProperties", "not"):
        yield from _subschemas(node.get(key))
    for sub in node.get("properties", {}).values():
        yield from _subschemas(sub)
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key, ()):
            yield from _subschemas(sub)


def _all_schemas(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    roots: list[Any] = list(doc["components"]["schemas"].values())
    bodies: list[Any] = list(doc["components"].get("requestBodies", {}).values())
    for item in doc["paths"].values():
        for method in _METHODS:
            op = item.get(method)
            if op:
                bodies.append(op.get("requestBody", {}))
                bodies.extend(op.get("responses", {}).values())
    for body in bodies:
        roots.extend(media.get("schema") for media in ((body or {}).get("content") or {}).values())
    for root in roots:
        yield from _subschemas(root)


def _apply_fixes(schemas: dict[str, Any]) -> None:
    stock = schemas["productv2ProductsStocksRequestStock"]
    stock["required"] = ["stock", "warehouse_id"]
    stock["anyOf"] = [{"required": ["offer_id"]}, {"required": ["product_id"]}]
    exemplar = schemas["UploadPostingCodesRequestPostingLineExemplarInfo"]
    exemplar["required"] = [r for r in exemplar["required"] if r != "posting_number"]
    request = schemas["v1UploadPostingCodesRequest"]
    request["required"] = sorted({*request.get("required", ()), "posting_number"})


@functools.cache
def _document(strict: bool, fixes: bool = True) -> dict[str, Any]:
    doc = copy.deepcopy(ozon_swagger())
    if fixes:
        _apply_fixes(doc["components"]["schemas"])
    for node in _all_schemas(doc):
        # Some schemas leave out the type their keywords imply; without it any value would pass.
        if "type" not in node and "$ref" not in node:
            if "items" in node:
                node["type"] = "array"
            elif "properties" in node:
                node["type"] = "object"
        if node.pop("nullable", False) is True and isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        if strict and isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
            node["additionalProperties"] = False
    return doc


@functools.cache
def _registry(strict: bool, fixes: bool) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(_document(strict, fixes), default_specification=DRAFT7)
    registry: Registry[Any] = Registry().with_resource(_URI, resource)
    return registry


def _pointer(*parts: str) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def request_schema_ref(path_or_key: str) -> str | None:
    """JSON pointer (within the document) of the request body schema, or None without a body."""
    method, op = ozon_operation(path_or_key)
    if _JSON not in op.get("requestBody", {}).get("content", {}):
        return None
    return _pointer(
        "paths", swagger_path(path_or_key), method.lower(), "requestBody", "content", _JSON, "schema"
    )


def response_schema_ref(path_or_key: str, status: str = "200") -> str:
    method, op = ozon_operation(path_or_key)
    if _JSON not in op["responses"][status].get("content", {}):
        raise KeyError(f"{path_or_key}: no JSON {status} response")
    return _pointer(
        "paths", swagger_path(path_or_key), method.lower(), "responses", status, "content", _JSON, "schema"
    )


def validate_ozon_request(path: str, body: object, *, strict: bool = True, fixes: bool = True) -> None:
    """Validate a request body (a dict or msgspec Struct) against the swagger; raise on mismatch.

    ``fixes=False`` validates against the swagger as published, without :data:`SPEC_FIXES`.

    Raises ``jsonschema.ValidationError`` for a body that does not match, ``KeyError`` for a path
    the swagger lacks, and ``ValueError`` for a body sent to an operation that takes none.
    """
    ref = request_schema_ref(path)
    instance = msgspec.to_builtins(body)
    if ref is None:
        if instance not in (None, {}):
            raise ValueError(f"{path} takes no request body")
        return
    validator = Draft7Validator({"$ref": _URI + "#" + ref}, registry=_registry(strict, fixes))
    error = best_match(validator.iter_errors(instance))
    if error is not None:
        raise error


# ---------------------------------------------------------------- model ↔ schema comparison


def _resolve(node: dict[str, Any], strict: bool) -> dict[str, Any]:
    doc = _document(strict)
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def schema_at(pointer: str) -> dict[str, Any]:
    """The (patched, non-strict) schema at a JSON pointer, ``$ref``s followed."""
    target: Any = _document(False)
    for part in pointer.lstrip("/").split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return _resolve(target, False)


_SCALARS: dict[type[msgspec.inspect.Type], str] = {
    msgspec.inspect.StrType: "string",
    msgspec.inspect.IntType: "integer",
    msgspec.inspect.BoolType: "boolean",
    msgspec.inspect.FloatType: "number",
    msgspec.inspect.DateTimeType: "string",
}


def struct_schema_mismatches(
    struct_type: type[msgspec.Struct], schema: dict[str, Any], *, request: bool
) -> list[str]:
    """Every difference between a Struct's fields and an object schema, recursively.

    Field names and JSON types must match; a ``datetime`` field needs ``format: date-time``; a
    ``Literal`` must stay within the schema's ``enum``. For requests, every property the schema
    requires must be a required field.
    """
    problems: list[str] = []
    _compare_struct(msgspec.inspect.type_info(struct_type), schema, struct_type.__name__, request, problems)
    return problems


def _compare_struct(
    info: msgspec.inspect.Type, schema: dict[str, Any], where: str, request: bool, problems: list[str]
) -> None:
    assert isinstance(info, msgspec.inspect.StructType)
    schema = _resolve(schema, False)
    props: dict[str, Any] = schema.get("properties", {})
    fields = {f.encode_name: f for f in info.fields}
    for name, field in fields.items():
        if name not in props:
            problems.append(f"{where}.{name}: not in the schema")
            continue
        _compare_type(field.type, props[name], f"{where}.{name}", request, problems)
    if request:
        for name in schema.get("required", ()):
            if name not in fields or not fields[name].required:
                problems.append(f"{where}.{name}: required by the schema, optional or absent in the model")


def _compare_type(
    info: msgspec.inspect.Type, schema: dict[str, Any], where: str, request: bool, problems: list[str]
) -> None:
    schema = _resolve(schema, False)
    if isinstance(info, msgspec.inspect.Metadata):  # Meta constraints: the type under them counts
        info = info.type
    if isinstance(info, msgspec.inspect.UnionType):
        kinds = [t for t in info.types if not isinstance(t, msgspec.inspect.NoneType)]
        if len(kinds) != 1:
            problems.append(f"{where}: union {info} is not modelled here")
            return
        info = kinds[0]
        if isinstance(info, msgspec.inspect.Metadata):
            info = info.type
    expected = schema.get("type")
    if isinstance(info, msgspec.inspect.StructType):
        if expected not in (None, "object"):
            problems.append(f"{where}: object in the model, {expected} in the schema")
        _compare_struct(info, schema, where, request, problems)
    elif isinstance(info, msgspec.inspect.ListType):
        if expected != "array":
            problems.append(f"{where}: array in the model, {expected} in the schema")
        else:
            _compare_type(info.item_type, schema["items"], f"{where}[]", request, problems)
    elif isinstance(info, msgspec.inspect.LiteralType):
        if expected != "string":
            problems.append(f"{where}: string literal in the model, {expected} in the schema")
        extra = set(info.values) - set(schema.get("enum", info.values))
        if extra:
            problems.append(f"{where}: values {sorted(map(str, extra))} not in the schema's enum")
    elif type(info) in _SCALARS:
        if _SCALARS[type(info)] != expected:
            problems.append(f"{where}: {_SCALARS[type(info)]} in the model, {expected} in the schema")
        is_datetime = isinstance(info, msgspec.inspect.DateTimeType)
        if is_datetime != (schema.get("format") == "date-time"):
            problems.append(f"{where}: datetime in the model iff format date-time in the schema")
    else:
        problems.append(f"{where}: model type {info} is not compared")
