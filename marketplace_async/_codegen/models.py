"""Schemas → msgspec Structs, in two flavours.

* **Requests** (``kw_only``): required fields have no default, optional ones default to ``UNSET``
  and are left out of the body; enums are ``Literal`` aliases; wire names kept with ``name=``.
* **Responses** (``kw_only``): unknown fields are ignored (msgspec's default); enums are ``str``
  (a value newer than the spec still decodes); int64 is ``int`` and the client decodes with
  ``strict=False``, so ``"123"`` and ``123`` both arrive as ``123``; dates stay ``str`` (ISO 8601
  as sent); optional fields default to ``None``.

A schema reachable from both sides gets both flavours: the request class keeps the name, the
response class gets the suffix ``Out``. Classes nested inline are named after their parent and
field (``<Parent><Field>``, ``<Parent><Field>Item`` for list elements).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from .names import pascal, python_name
from .spec import SCHEMA_REF, Spec

Side = Literal["request", "response"]
_INT64 = {"int64", "uint64"}


@dataclass
class Field:
    wire: str
    name: str
    type: str
    required: bool


@dataclass
class ClassDef:
    name: str
    side: Side
    doc: str
    fields: list[Field] = field(default_factory=list)


@dataclass
class ModelSet:
    """Every class and enum alias one marketplace's operations reach."""

    spec: Spec
    classes: dict[str, ClassDef] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    """Literal alias name → ``Literal[...]`` text, for request enums."""
    _named: dict[tuple[str, Side], str] = field(default_factory=dict)
    _taken: set[str] = field(default_factory=set)
    _component: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Every component's class name is fixed up front from the schema names alone (sorted, a
        # clash numbered), so a name never depends on which operation reached the schema first,
        # and inline classes steer clear of all of them.
        for schema_name in sorted(self.spec.schemas):
            name = base = pascal(schema_name)
            number = 1
            while name in self._taken:
                number += 1
                name = f"{base}{number}"
            self._component[schema_name] = name
            self._taken.update((name, name + "Out"))

    # ------------------------------------------------------------------ public entry points

    def model_for(self, schema: Any, side: Side, context: str) -> str:
        """The type expression of an operation's body schema (a class name for objects)."""
        return self._type(schema, side, context)

    # ------------------------------------------------------------------ types

    def _target(self, node: dict[str, Any]) -> tuple[str, Any]:
        name = node["$ref"].removeprefix(SCHEMA_REF)
        return name, self.spec.schemas[name]

    def _type(self, node: Any, side: Side, context: str) -> str:
        if not isinstance(node, dict):
            return "_Any"
        text = self._bare_type(node, side, context)
        if node.get("nullable") is True and text != "_Any" and not text.endswith("| None"):
            text += " | None"
        return text

    def _bare_type(self, node: dict[str, Any], side: Side, context: str) -> str:
        if "$ref" in node:
            name, target = self._target(node)
            if _is_object(target, self.spec):
                return self._class_for_component(name, side)
            if _enum_values(target) is not None and side == "request":
                return self._alias(name, target)
            return self._type(target, side, self._component[name])
        all_of = node.get("allOf")
        if all_of and len(all_of) == 1 and not node.get("properties"):
            return self._type(all_of[0], side, context)
        if _is_object(node, self.spec):
            return self._inline_class(node, side, context)
        if node.get("oneOf") or node.get("anyOf"):
            return "_Any"
        kind = node.get("type")
        if kind == "array" or (kind is None and "items" in node):
            return f"list[{self._type(node.get('items'), side, context + 'Item')}]"
        if kind == "object" or (kind is None and "additionalProperties" in node):
            extra = node.get("additionalProperties")
            value = (
                self._type(extra, side, context + "Value") if isinstance(extra, dict) and extra else "_Any"
            )
            return f"dict[str, {value}]"
        return self._scalar(node, side)

    def _scalar(self, node: dict[str, Any], side: Side) -> str:
        kind, fmt = node.get("type"), node.get("format")
        values = _enum_values(node)
        if kind == "string" or (kind is None and values):
            if values is not None and side == "request":
                return _literal(values)
            if fmt in ("date-time", "date"):
                # Responses keep the text: live answers carry "" or nanosecond stamps such as
                # 9999-12-31T23:59:59.9999999Z (no deadline) that a datetime cannot hold.
                return ("_dt.datetime" if fmt == "date-time" else "_dt.date") if side == "request" else "str"
            if fmt == "binary" or (fmt == "byte" and side == "request"):
                return "bytes | _FileUpload" if side == "request" else "bytes"
            if fmt in _INT64 and side == "response":
                return "int"  # Ozon sends some int64 as numbers, some as strings
            return "str"
        if kind in ("integer", "int"):
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "file" and side == "request":  # a Swagger 2 file part of a multipart form
            return "bytes | _FileUpload"
        return "_Any"

    def _alias(self, name: str, schema: dict[str, Any]) -> str:
        alias = self._component[name]
        if alias not in self.aliases:
            values = _enum_values(schema)
            assert values is not None
            self.aliases[alias] = _literal(values)
        return alias

    # ------------------------------------------------------------------ classes

    def _class_for_component(self, schema_name: str, side: Side) -> str:
        key = (schema_name, side)
        if key in self._named:
            return self._named[key]
        # Requests are built first (see index.py), so a response flavour knows whether the request
        # flavour took the plain name.
        name = self._component[schema_name]
        if side == "response" and (schema_name, "request") in self._named:
            name += "Out"
        self._named[key] = name
        self._fill(name, self.spec.schemas[schema_name], side)
        return name

    def _inline_class(self, node: dict[str, Any], side: Side, context: str) -> str:
        name = context
        while name in self._taken:
            name += "_"
        self._taken.add(name)
        self._fill(name, node, side)
        return name

    def _fill(self, name: str, node: dict[str, Any], side: Side) -> None:
        cls = ClassDef(name, side, summary(node.get("description") or node.get("title") or ""))
        self.classes[name] = cls  # registered before its fields: recursive schemas refer to it
        props, required = _merged_properties(node, self.spec)
        used: set[str] = set()
        for wire, sub in props.items():
            py = python_name(wire)
            while py in used:
                py += "_"
            used.add(py)
            type_text = self._type(sub, side, name + pascal(wire))
            cls.fields.append(Field(wire, py, type_text, wire in required))


def _enum_values(node: Any) -> list[str] | None:
    values = node.get("enum") if isinstance(node, dict) else None
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        return None
    return values


def _literal(values: list[str]) -> str:
    return "_Literal[" + ", ".join(repr(v) for v in dict.fromkeys(values)) + "]"


def _resolve(node: Any, spec: Spec) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = spec.schemas[node["$ref"].removeprefix(SCHEMA_REF)]
    return node


def _is_object(node: Any, spec: Spec) -> bool:
    node = _resolve(node, spec)
    if not isinstance(node, dict):
        return False
    if node.get("properties"):
        return node.get("type") in (None, "object")
    parts = node.get("allOf") or ()
    return len(parts) > 1 or any(_is_object(p, spec) and _resolve(p, spec).get("properties") for p in parts)


def _merged_properties(node: Any, spec: Spec) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an object schema, ``allOf`` parts merged in order."""
    props: dict[str, Any] = {}
    required: set[str] = set()
    for part in _parts(node, spec):
        props.update(part.get("properties") or {})
        listed = part.get("required")
        if isinstance(listed, list):
            required.update(listed)
    return props, required & set(props)


def _parts(node: Any, spec: Spec) -> Iterator[dict[str, Any]]:
    node = _resolve(node, spec)
    if not isinstance(node, dict):
        return
    for part in node.get("allOf") or ():
        yield from _parts(part, spec)
    yield node


_MARKUP = re.compile(r"<[^>]+>|\{%[^%]*%\}|[`*]")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def summary(text: str, limit: int = 160) -> str:
    """The first sentence of a spec description, without markup, at most ``limit`` characters."""
    text = _LINK.sub(r"\1", _MARKUP.sub("", text))
    text = " ".join(text.split())
    cut = re.search(r"(?<=[.!?])\s", text)
    if cut:
        text = text[: cut.start()]
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
