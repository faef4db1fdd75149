"""Build the emulator's view of the specs: ``_data/<marketplace>.json``. Development time only.

``python -m marketplace_async._codegen`` writes them with the rest of the generated code, from
the vendored specs (``marketplace_async/_specs``, through the generator's loader, which needs
pyyaml); its ``--check`` exits 1 when a committed file differs from what the specs give. The emulator reads
only the JSON files, so it needs no YAML parser at run time.

Each file holds, per operation: its operationId, method, path, deprecation, path and query
parameters, the JSON request body schema, and the success answer (status, content type, schema
and the spec's example when that example conforms to the schema). Schemas keep only the keywords
that validation and synthesis read (types, formats, enums, bounds, required, nesting); the
components they reach are kept under ``schemas``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

DATA_DIR = Path(__file__).resolve().parent / "_data"
MARKETPLACES = ("ozon", "yandex")
SCHEMA_REF = "#/components/schemas/"

_KEEP = frozenset(
    {
        "type",
        "format",
        "enum",
        "required",
        "nullable",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "pattern",
        "multipleOf",
        "$ref",
    }
)
_NESTED_LISTS = ("allOf", "oneOf", "anyOf")
_JSON = "application/json"


def strip(node: Any) -> Any:
    """A schema with only what validation and synthesis read; property names are kept whole."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {k: v for k, v in node.items() if k in _KEEP}
    if "example" in node and not isinstance(node["example"], dict | list):
        out["example"] = node["example"]  # a value that fits a pattern, where the spec gives one
    if isinstance(out.get("required"), list):
        out["required"] = [r for r in out["required"] if isinstance(r, str)]
    else:
        out.pop("required", None)
    if out.get("enum") is None:
        out.pop("enum", None)
    if isinstance(node.get("properties"), dict):
        out["properties"] = {name: strip(sub) for name, sub in node["properties"].items()}
    if isinstance(node.get("items"), dict):
        out["items"] = strip(node["items"])
    extra = node.get("additionalProperties")
    if isinstance(extra, dict | bool):
        out["additionalProperties"] = strip(extra) if isinstance(extra, dict) else extra
    for key in _NESTED_LISTS:
        if isinstance(node.get(key), list):
            out[key] = [strip(part) for part in node[key]]
    return out


_JSON_TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})
_OZON_TYPE_WORDS: dict[str, dict[str, Any]] = {
    "int": {"type": "integer"},
    "bool": {"type": "boolean"},
    "timestamp": {"type": "string", "format": "date-time"},
    "array of strings": {"type": "array", "items": {"type": "string"}},
}


def ozon_as_meant(document: Any) -> Any:
    """An Ozon spec document (or part) read as its authors meant it; the tests hand schemathesis
    the same document, so the emulator and the tester agree on what the spec says.

    - Some ``type`` values are words (``"int"``, ``"timestamp"``, ``"array of strings"``, or an enum
      value such as ``"BOX"``): each becomes the type it names (any other word: a string).
    - Every ``pattern`` is a format description (``" YYYY-MM-DD"``, ``"+7(XXX)XXX-XX-XX"``), which
      read as a regular expression would refuse every real value: dropped.
    - A keyword set to ``null`` (``enum``, ``description``, ``requestBody``) says nothing: dropped.
    - One operation (DeliveryAPI_DeliveryPointList) has its ``default`` answer beside ``responses``
      instead of in it; one path parameter (``{file_guid}``) is not declared.
    """
    if isinstance(document, list):
        return [ozon_as_meant(v) for v in document]
    if not isinstance(document, dict):
        return document
    out = {
        k: ozon_as_meant(v)
        for k, v in document.items()
        if not (k == "pattern" and isinstance(v, str)) and not (v is None and k not in ("example", "default"))
    }
    kind = document.get("type")
    if isinstance(kind, str) and kind not in _JSON_TYPES and not isinstance(document.get("properties"), dict):
        out.update(_OZON_TYPE_WORDS.get(kind, {"type": "string"}))
    if "operationId" in out and isinstance(out.get("responses"), dict) and "default" in out:
        out["responses"] = {**out["responses"], "default": out.pop("default")}
    return out


def ozon_path_parameters(path: str, operation: dict[str, Any]) -> dict[str, Any]:
    """``operation`` with every ``{name}`` of its path declared as a string path parameter."""
    declared = {p.get("name") for p in operation.get("parameters", ()) if p.get("in") == "path"}
    missing = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in re.findall(r"\{(\w+)\}", path)
        if name not in declared
    ]
    return {**operation, "parameters": [*operation.get("parameters", ()), *missing]} if missing else operation


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            yield ref.removeprefix(SCHEMA_REF)
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _success(responses: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    for status in sorted(responses):
        if status.startswith("2"):
            return status, responses[status]
    return "200", {}


def _errors(responses: dict[str, Any]) -> dict[str, Any]:
    """The JSON schema of each documented 4xx answer and of ``default``, by status."""
    out = {}
    for status, answer in responses.items():
        if status.startswith("4") or status == "default":
            schema = ((answer.get("content") or {}).get(_JSON) or {}).get("schema")
            if schema is not None:
                out[status] = strip(schema)
    return out


def _media(content: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The answer's content type: JSON when the spec offers it, else its first (binary) type."""
    if _JSON in content:
        return _JSON, content[_JSON]
    for name, media in content.items():
        if "/" in name:
            return name, media
    return None, {}


def bundle(marketplace: str) -> dict[str, Any]:
    from .._codegen import spec as specs  # dev-time: the Yandex tree needs pyyaml

    spec = specs.load(marketplace)
    if marketplace == "ozon":
        spec = dataclasses.replace(
            spec,
            schemas=ozon_as_meant(spec.schemas),
            operations=tuple(
                dataclasses.replace(op, raw=ozon_path_parameters(op.path, ozon_as_meant(op.raw)))
                for op in spec.operations
            ),
        )
    operations: list[dict[str, Any]] = []
    examples: dict[str, tuple[Any, Any]] = {}
    for op in spec.operations:
        raw = op.raw
        params = [
            {
                "name": p["name"],
                "in": p["in"],
                "required": bool(p.get("required")),
                "schema": strip(p.get("schema")),
            }
            for p in raw.get("parameters", ())
            if isinstance(p, dict) and p.get("in") in ("path", "query")
        ]
        body = None
        request = (raw.get("requestBody") or {}).get("content", {}).get(_JSON)
        if request is not None:
            body = {
                "required": bool(raw["requestBody"].get("required")),
                "schema": strip(request.get("schema")),
            }
        status, answer = _success(raw.get("responses", {}))
        content_type, media = _media(answer.get("content") or {})
        ok: dict[str, Any] = {"status": int(status), "content_type": content_type}
        if content_type == _JSON and media.get("schema") is not None:
            ok["schema"] = strip(media["schema"])
            if "example" in media:
                examples[op.operation_id] = (media["example"], media["schema"])
                ok["example"] = media["example"]  # dropped below unless it conforms
        operations.append(
            {
                "operation_id": op.operation_id,
                "method": op.method,
                "path": op.path,
                "deprecated": bool(raw.get("deprecated")),
                "parameters": params,
                "body": body,
                "ok": ok,
                "errors": _errors(raw.get("responses", {})),
            }
        )
    good = _conforming(examples, spec.schemas) if examples else set()
    for entry in operations:
        if entry["operation_id"] not in good:
            entry["ok"].pop("example", None)
    reached: dict[str, Any] = {}
    pending = sorted(set(_refs(operations)))
    while pending:
        name = pending.pop()
        if name in reached:
            continue
        reached[name] = strip(spec.schemas[name])
        pending.extend(n for n in _refs(reached[name]) if n not in reached)
    return {"marketplace": marketplace, "operations": operations, "schemas": dict(sorted(reached.items()))}


def _conforming(examples: dict[str, tuple[Any, Any]], schemas: dict[str, Any]) -> set[str]:
    """The operations whose spec example validates against its schema, formats included, with the
    validator schemathesis uses (many published examples do not). ``examples``: id → (example, schema)."""
    import jsonschema_rs  # dev-time only (comes with schemathesis)

    document = {
        "components": {"schemas": {k: _json_schema(v, digits=True) for k, v in schemas.items()}},
        "properties": {op_id: _json_schema(schema, digits=True) for op_id, (_, schema) in examples.items()},
    }
    validator = jsonschema_rs.Draft4Validator(document, validate_formats=True)
    good = set()
    for op_id, (example, _) in examples.items():
        try:
            if validator.is_valid({op_id: example}):
                good.add(op_id)
        except ValueError:  # a schema the spec got wrong ("type": "array of strings")
            continue
    return good


def _json_schema(node: Any, *, digits: bool = False) -> Any:
    """OpenAPI 3.0 → JSON Schema draft 4: ``nullable`` becomes a null option. With ``digits``, an
    int64 written as a string must be digits (published examples write ``"offset": "string"``,
    which the SDK's models, like any client, cannot read as a number)."""
    if isinstance(node, list):
        return [_json_schema(v, digits=digits) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _json_schema(v, digits=digits) for k, v in node.items() if k != "nullable"}
    if "$ref" in out:
        out = {"$ref": out["$ref"]}
    elif digits and node.get("type") == "string" and node.get("format") in ("int64", "uint64", "int32"):
        out["pattern"] = "^-?[0-9]+$"
    if node.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


def encode(data: dict[str, Any]) -> bytes:
    return msgspec.json.format(msgspec.json.encode(data), indent=0) + b"\n"
