"""Python and JSON text of every generated file (ruff-formatted by ``__main__``)."""

from __future__ import annotations

import json
from dataclasses import fields as dc_fields
from typing import Any

from .._operation import PagingSpec
from .index import Built
from .models import ClassDef, ModelSet

TITLES = {"ozon": "the Ozon Seller API", "yandex": "the Yandex.Market Partner API"}
SOURCES = {
    "ozon": "marketplace_async/_specs/ozon/openapi-2026-06.json",
    "yandex": "marketplace_async/_specs/yandex/openapi/",
}
COMMAND = "python -m marketplace_async._codegen"


def header(marketplace: str, what: str) -> str:
    return (
        f'"""{what} of {TITLES[marketplace]}. GENERATED from {SOURCES[marketplace]} by\n'
        f'``{COMMAND}``: do not edit."""\n\nfrom __future__ import annotations\n'
    )


def docstring(text: str, indent: str = "    ") -> str:
    text = text.replace("\\", "\\\\").replace('"""', "'''").strip()
    if text.endswith('"'):
        text += " "
    return f'{indent}"""{text}"""\n' if text else ""


# ------------------------------------------------------------------------------ operations


def _value(value: Any) -> str:
    if isinstance(value, PagingSpec):
        return _call("Paging", value)
    return repr(value)


def _call(name: str, obj: Any) -> str:
    parts = []
    for f in dc_fields(obj):
        value = getattr(obj, f.name)
        if f.default is not value or f.name in ("operation_id", "method", "path", "style"):
            parts.append(f"{f.name}={_value(value)}")
    return f"{name}({', '.join(parts)})"


def operations_module(built: Built) -> str:
    mp = built.spec.marketplace
    lines = [
        header(mp, "Every operation"),
        "from ..._operation import OperationSpec as Op",
        "from ..._operation import PagingSpec as Paging",
        "",
        "OPERATIONS: tuple[Op, ...] = (",
    ]
    lines += [f"    {_call('Op', op)}," for op in built.operations]
    lines.append(")")
    lines.append("")
    lines.append("BY_ID: dict[str, Op] = {op.operation_id: op for op in OPERATIONS}")
    return "\n".join(lines) + "\n"


def examples_json(built: Built) -> str:
    """One operation a line: ``{"<operationId>": {"request": ..., "response": ...}, ...}``."""
    rows = [
        f"{json.dumps(op_id, ensure_ascii=False)}: {json.dumps(found, ensure_ascii=False, sort_keys=True)}"
        for op_id, found in sorted(built.examples.items())
    ]
    return "{\n" + ",\n".join(rows) + "\n}\n"


# ---------------------------------------------------------------------------------- models


def models_module(built: Built) -> str:
    mp = built.spec.marketplace
    models = built.models
    body = [_alias_lines(models), *(_class_text(cls) for _, cls in sorted(models.classes.items()))]
    text = "\n".join(body)
    imports = ["import datetime as _dt"] if "_dt." in text else []
    typing = [f"{n} as _{n}" for n in ("Any", "Literal") if f"_{n}" in text]
    if typing:
        imports.append(f"from typing import {', '.join(typing)}")
    msgspec = ["Struct as _Struct"]
    msgspec += [f"{n} as _{n}" for n in ("UNSET", "UnsetType") if f"_{n}" in text]
    if "_field(" in text:
        msgspec.append("field as _field")
    imports.append(f"from msgspec import {', '.join(sorted(msgspec, key=str.lower))}")
    doc = (
        f'"""Request and response models of {TITLES[mp]}. GENERATED from {SOURCES[mp]} by\n'
        f"``{COMMAND}``: do not edit.\n\n"
        "Requests: keyword-only; optional fields default to UNSET and are left out of the body.\n"
        "Responses: unknown fields are ignored, enums are plain ``str``; a class that is both has a\n"
        'response twin named ``<Name>Out``."""\n\nfrom __future__ import annotations\n'
    )
    return doc + "\n" + "\n".join(imports) + "\n\n" + text


def _alias_lines(models: ModelSet) -> str:
    return "".join(f"{name} = {value}\n" for name, value in sorted(models.aliases.items()))


def _class_text(cls: ClassDef) -> str:
    lines = [f"\n\nclass {cls.name}(_Struct, kw_only=True):\n"]
    doc = docstring(cls.doc)
    lines.append(doc)
    for f in cls.fields:
        type_text = f.type
        rename = f.name != f.wire
        if f.required:
            default = f"_field(name={f.wire!r})" if rename else None
        elif cls.side == "request":
            # UnsetType before None: ruff wants None last in a union
            type_text = (
                type_text.removesuffix(" | None")
                + " | _UnsetType"
                + (" | None" if type_text.endswith(" | None") else "")
            )
            default = f"_field(name={f.wire!r}, default=_UNSET)" if rename else "_UNSET"
        else:
            if not type_text.endswith("| None") and type_text != "_Any":
                type_text += " | None"
            default = f"_field(name={f.wire!r}, default=None)" if rename else "None"
        lines.append(f"    {f.name}: {type_text}" + (f" = {default}" if default else "") + "\n")
    if not cls.fields and not doc:
        lines.append("    pass\n")
    return "".join(lines)


def model_names(built: Built) -> list[str]:
    return sorted([*built.models.classes, *built.models.aliases])
