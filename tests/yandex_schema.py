"""The vendored Yandex.Market OpenAPI tree, for tests: its operations and request validation.

The tree (``openapi.yaml`` + ``paths/*.yaml`` + ``components/**``) is OpenAPI 3.0, split over files
that ``$ref`` each other by relative path. Validation converts each file on first use to JSON Schema
2020-12 (``nullable``, boolean ``exclusiveMinimum``) and lets ``referencing`` resolve the ``$ref``s
file by file. Every YAML file is parsed once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import msgspec
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from spec_paths import YANDEX_LIMITS_TABLE, YANDEX_OPENAPI_DIR

from marketplace_async._codegen.spec import load_yaml, resolve  # one YAML cache for the run

SPEC_DIR = YANDEX_OPENAPI_DIR
LIMITS_TABLE = YANDEX_LIMITS_TABLE

_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True, slots=True)
class SpecOperation:
    """One operation of the tree; ``raw`` is its YAML mapping, ``file`` the path file it lives in."""

    operation_id: str
    method: str
    path: str
    file: Path
    raw: Mapping[str, Any]


@functools.cache
def yandex_operations() -> tuple[SpecOperation, ...]:
    """Every operation, in the order of ``openapi.yaml``'s ``paths``."""
    root = load_yaml(SPEC_DIR / "openapi.yaml")
    ops = []
    for path, item in root["paths"].items():
        node, file = resolve(item, SPEC_DIR / "openapi.yaml")
        for method in _METHODS:
            if method in node:
                op = node[method]
                ops.append(SpecOperation(op["operationId"], method.upper(), path, file, op))
    return tuple(ops)


@functools.cache
def yandex_operation(operation_id: str) -> SpecOperation:
    for op in yandex_operations():
        if op.operation_id == operation_id:
            return op
    raise KeyError(f"no operation {operation_id!r} in {SPEC_DIR}")


def request_body(operation_id: str) -> tuple[Mapping[str, Any], Path] | None:
    """The operation's JSON request schema (raw) and the file it is relative to, or None."""
    op = yandex_operation(operation_id)
    if "requestBody" not in op.raw:
        return None
    body, base = resolve(op.raw["requestBody"], op.file)
    content = body.get("content", {})
    if "application/json" not in content:
        return None
    return content["application/json"]["schema"], base


# --- OpenAPI 3.0 -> JSON Schema 2020-12 ---------------------------------------------------------


def to_json_schema(node: Any) -> Any:
    """Convert an OpenAPI 3.0 schema node to JSON Schema 2020-12.

    ``nullable: true`` becomes ``anyOf [schema, null]`` (also right for ``$ref`` and ``allOf``
    nodes, where a type list would not be); ``exclusiveMinimum: true`` + ``minimum: m`` becomes
    ``exclusiveMinimum: m``. ``example`` and ``x-*`` keys carry no constraints and are dropped.
    """
    if isinstance(node, list):
        return [to_json_schema(v) for v in node]
    if not isinstance(node, Mapping):
        return node
    out = {
        k: to_json_schema(v)
        for k, v in node.items()
        if k not in ("example", "nullable") and not k.startswith("x-")
    }
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(node.get(exclusive), bool):
            flag = out.pop(exclusive)
            if flag and bound in out:
                out[exclusive] = out.pop(bound)
    if node.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


def _uri_to_path(uri: str) -> Path:
    parts = urlsplit(uri)
    if parts.scheme != "file":
        raise LookupError(f"only file:// references are resolvable, not {uri!r}")
    return Path(unquote(parts.path))


@functools.cache
def _retrieve(uri: str) -> Resource[Any]:
    return DRAFT202012.create_resource(to_json_schema(load_yaml(_uri_to_path(uri))))


_REGISTRY: Registry[Any] = Registry(retrieve=_retrieve)

_FORMATS = FormatChecker(formats=list(Draft202012Validator.FORMAT_CHECKER.checkers))


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    # jsonschema checks date-time only with the optional rfc3339-validator; the spec asks for
    # ISO 8601 with a UTC offset, which fromisoformat + an offset check covers.
    if not isinstance(value, str):
        return True
    return datetime.fromisoformat(value).tzinfo is not None and "T" in value.upper()


# Operations missing from the vendored tree, with a schema written from API_FACTS.md.
_SUPPLEMENT: dict[str, dict[str, Any]] = {
    # API_FACTS §8 (spec commit 995b2f7, after the vendored one): skuItems[1..2000]
    "updateStocksOnPartnerWarehouses": {
        "type": "object",
        "required": ["skuItems"],
        "properties": {
            "skuItems": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2000,
                "items": {
                    "type": "object",
                    "required": ["sku", "partnerWarehouseId", "count"],
                    "properties": {
                        "sku": {"$ref": (SPEC_DIR / "components/schemas/ShopSku.yaml").as_uri()},
                        "partnerWarehouseId": {"type": "integer", "minimum": 1},
                        "count": {"type": "integer", "minimum": 0, "maximum": 2_000_000_000},
                        "updatedAt": {"type": "string", "format": "date-time"},
                    },
                },
            }
        },
    },
}


@functools.cache
def _validator(operation_id: str) -> Draft202012Validator:
    if operation_id in _SUPPLEMENT:
        schema: dict[str, Any] = _SUPPLEMENT[operation_id]
    else:
        found = request_body(operation_id)
        if found is None:
            raise KeyError(f"{operation_id} has no JSON request body in the spec")
        raw, base = found
        # $id makes the schema's relative $refs resolve against the file it was written in.
        schema = {"$id": base.as_uri(), **to_json_schema(raw)}
    # Pre-load (and crawl once) every file the schema reaches: a lazily retrieved resource would be
    # re-crawled on each $ref lookup, which made a 2000-item body take seconds.
    base_uri = schema.get("$id", SPEC_DIR.as_uri() + "/")
    registry = _REGISTRY.with_resources((uri, _retrieve(uri)) for uri in _reachable(schema, base_uri)).crawl()
    return Draft202012Validator(schema, registry=registry, format_checker=_FORMATS)


def _reachable(schema: Any, base_uri: str) -> set[str]:
    seen: set[str] = set()
    pending = [(schema, base_uri)]
    while pending:
        node, base = pending.pop()
        for ref in _refs(node):
            uri = urljoin(base, ref)
            if uri not in seen:
                seen.add(uri)
                pending.append((_retrieve(uri).contents, uri))
    return seen


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def validate_yandex_request(operation_id: str, body: object) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``body`` (dict or Struct) fits the operation's
    request schema."""
    _validator(operation_id).validate(msgspec.to_builtins(body))


def yandex_request_errors(operation_id: str, body: object) -> list[str]:
    """Every violation, as ``"<json path>: <message>"`` lines (empty when the body is valid)."""
    errors = _validator(operation_id).iter_errors(msgspec.to_builtins(body))
    return sorted(f"{e.json_path}: {e.message}" for e in _leaves(errors))


def _leaves(errors: Iterable[ValidationError]) -> Iterator[ValidationError]:
    # A nullable field fails as "not valid under any of the given schemas"; report why the
    # non-null branch failed instead (the null branch's "is not of type 'null'" says nothing).
    for error in errors:
        if error.context:
            yield from _leaves(e for e in error.context if e.validator_value != "null")
        else:
            yield error


def schema_fields(name: str) -> tuple[set[str], set[str]]:
    """(property names, required names) of ``components/schemas/<name>.yaml``, through ``allOf``."""
    props: set[str] = set()
    required: set[str] = set()

    def collect(node: Any, base: Path) -> None:
        node, base = resolve(node, base)
        props.update(node.get("properties", {}))
        required.update(node.get("required", ()))
        for part in node.get("allOf", ()):
            collect(part, base)

    path = SPEC_DIR / "components" / "schemas" / f"{name}.yaml"
    collect(load_yaml(path), path)
    return props, required
