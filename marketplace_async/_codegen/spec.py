"""Load the vendored specs into one shape: named schemas plus operations whose other ``$ref``s are inlined.

Ozon is one JSON document; Yandex is a YAML tree whose files ``$ref`` each other by relative path
(``../components/schemas/CampaignDTO.yaml``). Both become a :class:`Spec`: ``schemas`` maps a name
(the Ozon component name, the Yandex schema file's stem) to its node, every schema reference in it
is ``{"$ref": "#/components/schemas/<name>"}``, and parameters, request bodies and responses are
inlined into the operations. Corrections (``corrections.py``) are applied here, once.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._specs import OZON_OPENAPI, YANDEX_OPENAPI, YANDEX_OPENAPI_DIR
from . import corrections

METHODS = ("get", "put", "post", "delete", "patch")
SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True, slots=True)
class RawOperation:
    """One operation as written in the spec: ``raw`` is its node, ``file`` the file it lives in."""

    operation_id: str
    method: str
    path: str
    file: Path
    raw: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Spec:
    marketplace: str
    schemas: dict[str, Any]
    operations: tuple[RawOperation, ...]
    """Operations in spec order; their ``raw`` has every non-schema ``$ref`` inlined."""


# ------------------------------------------------------------------------------------------- Ozon


@functools.cache
def ozon_document() -> dict[str, Any]:
    with OZON_OPENAPI.open(encoding="utf-8") as f:
        doc: dict[str, Any] = json.load(f)
    return doc


@functools.cache
def ozon_spec() -> Spec:
    doc = copy.deepcopy(ozon_document())
    components = doc["components"]

    def inline(node: Any) -> Any:
        if isinstance(node, list):
            return [inline(v) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            ref = corrections.OZON_REFS.get(ref, ref)
            if ref.startswith(SCHEMA_REF):
                return {**node, "$ref": ref}
            section, name = ref.removeprefix("#/components/").split("/")
            return inline(components[section][name])
        return {k: inline(v) for k, v in node.items()}

    schemas = {name: inline(node) for name, node in components["schemas"].items()}
    corrections.apply_schema_fixes("ozon", schemas)
    ops = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                op = _with_path_params(path, inline(item.get("parameters") or []), inline(item[method]))
                ops.append(RawOperation(op["operationId"], method.upper(), path, OZON_OPENAPI, op))
    return Spec("ozon", schemas, tuple(ops))


def _with_path_params(path: str, shared: list[Any], op: dict[str, Any]) -> dict[str, Any]:
    """The operation with its path item's parameters, and every ``{name}`` of the path declared.

    Ozon's ``/v1/cargoes-label/file/{file_guid}`` declares no parameter for its placeholder; it
    becomes a required string.
    """
    params = [*shared, *(op.get("parameters") or [])]
    declared = {p.get("name") for p in params if p.get("in") == "path"}
    for name in re.findall(r"\{(\w+)\}", path):
        if name not in declared:
            params.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
    return {**op, "parameters": params}


# ----------------------------------------------------------------------------------------- Yandex

_SCHEMAS_DIR = (YANDEX_OPENAPI_DIR / "components" / "schemas").resolve()


@functools.cache
def load_yaml(path: Path) -> Any:
    import yaml  # type: ignore[import-untyped]  # dev-time only: pyyaml is a dev extra

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)


def resolve(node: Any, base: Path) -> tuple[Any, Path]:
    """Follow whole-file ``$ref``s (the only kind the Yandex tree uses) to a raw YAML node."""
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if "#" in ref:
            raise NotImplementedError(f"fragment $ref {ref!r} in {base}")
        base = (base.parent / ref).resolve()
        node = load_yaml(base)
    return node, base


@functools.cache
def yandex_raw_operations() -> tuple[RawOperation, ...]:
    """Every operation of the tree, raw (file-relative ``$ref``s), in ``openapi.yaml`` order."""
    root = load_yaml(YANDEX_OPENAPI)
    ops = []
    for path, item in root["paths"].items():
        node, file = resolve(item, YANDEX_OPENAPI)
        for method in METHODS:
            if method in node:
                op = node[method]
                ops.append(RawOperation(op["operationId"], method.upper(), path, file, op))
    return tuple(ops)


def yandex_request_body(op: RawOperation) -> tuple[Mapping[str, Any], Path] | None:
    """The operation's raw JSON request schema and the file it is relative to, or None."""
    if "requestBody" not in op.raw:
        return None
    body, base = resolve(op.raw["requestBody"], op.file)
    content = body.get("content", {})
    if "application/json" not in content:
        return None
    return content["application/json"]["schema"], base


@functools.cache
def yandex_spec() -> Spec:
    schemas: dict[str, Any] = {}
    files: dict[str, Path] = {}
    pending: list[Path] = []

    def named(target: Path) -> str:
        name = target.stem
        if name not in files:
            files[name] = target
            pending.append(target)
        elif files[name] != target:
            raise ValueError(f"two Yandex schemas named {name}: {files[name]} and {target}")
        return name

    def inline(node: Any, base: Path) -> Any:
        if isinstance(node, list):
            return [inline(v, base) for v in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target = (base.parent / node["$ref"]).resolve()
            if target.parent == _SCHEMAS_DIR:
                rest = {k: inline(v, base) for k, v in node.items() if k != "$ref"}
                return {**rest, "$ref": SCHEMA_REF + named(target)}
            return inline(load_yaml(target), target)
        return {k: inline(v, base) for k, v in node.items()}

    ops = tuple(
        RawOperation(
            op.operation_id,
            op.method,
            op.path,
            op.file,
            _with_path_params(op.path, [], inline(op.raw, op.file)),
        )
        for op in yandex_raw_operations()
    )
    while pending:
        target = pending.pop()
        schemas[target.stem] = inline(load_yaml(target), target)
    corrections.apply_schema_fixes("yandex", schemas)
    return Spec("yandex", dict(sorted(schemas.items())), ops)


def load(marketplace: str) -> Spec:
    return ozon_spec() if marketplace == "ozon" else yandex_spec()
