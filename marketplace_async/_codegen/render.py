"""Python and JSON text of every generated file (ruff-formatted by ``__main__``)."""

from __future__ import annotations

import json
import re
from dataclasses import fields as dc_fields
from typing import Any

from .._operation import OperationSpec, PagingSpec
from .index import COLLISION_PREFIX, Built, Param
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
    if "_FileUpload" in text:
        imports.append("\nfrom ..._multipart import FileUpload as _FileUpload")
    doc = (
        f'"""Request and response models of {TITLES[mp]}. GENERATED from {SOURCES[mp]} by\n'
        f"``{COMMAND}``: do not edit.\n\n"
        "Requests: keyword-only; optional fields default to UNSET and are left out of the body.\n"
        "Responses: unknown fields are ignored, enums are plain ``str``; a class that is both has a\n"
        'response twin named ``<Name>Out``."""\n\nfrom __future__ import annotations\n'
    )
    names = sorted([*models.classes, *models.aliases])
    exported = "\n\n__all__ = [\n" + "".join(f"    {name!r},\n" for name in names) + "]\n"
    return doc + "\n" + "\n".join(imports) + "\n\n" + text + exported


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


# --------------------------------------------------------------------------------- methods

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MULTIPART = "multipart/form-data"  # == marketplace_async._multipart.MULTIPART (not imported: dev tool)


def _body_required(built: Built, op: OperationSpec) -> bool:
    cls = built.models.classes.get(op.request_model or "")
    return cls is None or any(f.required for f in cls.fields)


def _names(type_text: str, built: Built) -> set[str]:
    known = built.models.classes.keys() | built.models.aliases.keys()
    return {name for name in _IDENT.findall(type_text) if name in known}


def methods_module(built: Built) -> str:
    mp = built.spec.marketplace
    params = built.params
    mixin, invoker = (
        ("OzonOperations", "OzonInvoker") if mp == "ozon" else ("YandexOperations", "YandexInvoker")
    )
    used: set[str] = set()
    methods: list[str] = []
    for op in built.operations:
        path, query = params[op.operation_id]
        text, names = _method(built, op, path, query)
        methods.append(text)
        used |= names
    body = "\n".join(methods)
    lines = [header(mp, "Every operation as a typed method")]
    if "_dt." in body:
        lines.append("import datetime as _dt")
    lines.append("from collections.abc import AsyncIterator")
    typing_names = ["TYPE_CHECKING"] + [f"{n} as _{n}" for n in ("Any", "Literal") if f"_{n}" in body]
    lines.append(f"from typing import {', '.join(typing_names)}")
    lines.append(f"from ..._operation import {invoker}")
    lines.append("")
    lines.append("if TYPE_CHECKING:")
    lines.append("    from ..._operation import OperationSpec")
    lines.append(f"    from .models import {', '.join(sorted(used))}")
    lines.append("")
    lines.append("_NoneType = type(None)  # a parameter may be called ``type``")
    lines.append("")
    lines.append("")
    lines.append("def _op(operation_id: str) -> OperationSpec:")
    lines.append('    """The index row; the index is imported on the first call, not with the client."""')
    lines.append("    from .operations import BY_ID")
    lines.append("")
    lines.append("    return BY_ID[operation_id]")
    lines.append("")
    lines.append("")
    lines.append(f"class {mixin}({invoker}):")
    lines.append(
        f'    """Every operation of {TITLES[mp]} as an async method (see ``marketplace_async/_codegen/README.md``)."""'
    )
    lines.append("")
    return "\n".join(lines) + "\n" + body


def _signature(op: OperationSpec, path: list[Param], query: list[Param], body: str | None) -> list[str]:
    args = ["self"] + [f"{p.name}: {p.type}" for p in path]
    if body:
        args.append(body)
    keywords = [f"{p.name}: {p.type}" for p in query if p.required]
    keywords += [f"{p.name}: {p.type} | None = None" for p in query if not p.required]
    if keywords:
        args.append("*")
        args += keywords
    return args


def _method(built: Built, op: OperationSpec, path: list[Param], query: list[Param]) -> tuple[str, set[str]]:
    mp = built.spec.marketplace
    answer = op.response_model
    runtime = _names(answer, built)
    annotations = set(runtime)
    body_arg = None
    if op.request_model:
        annotations |= _names(op.request_model, built)
        body_arg = (
            f"body: {op.request_model}"
            if _body_required(built, op)
            else f"body: {op.request_model} | None = None"
        )
    for p in (*path, *query):
        annotations |= _names(p.type, built)
    args = _signature(op, path, query, body_arg)
    path_map = "{" + ", ".join(f"{p.wire!r}: {p.name}" for p in path) + "}" if path else "None"
    query_map = "{" + ", ".join(f"{p.wire!r}: {p.name}" for p in query) + "}" if query else "None"
    body_value = "body" if op.request_model else "None"
    answer_value = "_NoneType" if answer == "None" else answer
    ret = answer
    out = [f"    async def {op.attr}({', '.join(args)}) -> {ret}:\n", _method_doc(op)]
    if runtime:
        out.append(f"        from .models import {', '.join(sorted(runtime))}\n\n")
    call = (
        f"self._invoke(_op({op.operation_id!r}), {path_map}, {body_value}, {answer_value})"
        if mp == "ozon"
        else f"self._invoke(_op({op.operation_id!r}), {path_map}, {query_map}, {body_value}, {answer_value})"
    )
    out.append(f"        {'await' if answer == 'None' else 'return await'} {call}\n")
    text = "".join(out)
    if op.paging and op.paging.item_model:
        iterator, names = _iterator(built, op, path, query, body_arg)
        text += "\n" + iterator
        annotations |= names
    return text, annotations


def _iterator(
    built: Built, op: OperationSpec, path: list[Param], query: list[Param], body_arg: str | None
) -> tuple[str, set[str]]:
    assert op.paging is not None and op.paging.item_model is not None
    item = op.paging.item_model
    if body_arg and not body_arg.endswith("= None") and not _body_required(built, op):
        body_arg += " = None"
    path_map = "{" + ", ".join(f"{p.wire!r}: {p.name}" for p in path) + "}" if path else "None"
    body_value = "body" if op.request_model else "None"
    if built.spec.marketplace == "ozon":
        args = (
            _signature(op, path, [], body_arg) + (["*"] if not query else []) + ["limit: int | None = None"]
        )
        call = f"self._iterate(_op({op.operation_id!r}), {path_map}, {body_value}, {item}, limit)"
        how = "``limit`` is the page size (default: the largest the method takes)."
    else:
        rest = [p for p in query if p.name != "page_token"]
        args = _signature(op, path, rest, body_arg)
        query_map = "{" + ", ".join(f"{p.wire!r}: {p.name}" for p in rest) + "}" if rest else "None"
        call = f"self._iterate(_op({op.operation_id!r}), {path_map}, {query_map}, {body_value}, {item})"
        how = "Follows ``nextPageToken`` from the first page."
    doc = (
        f'        """Each item of ``{op.paging.items_field}`` over every page of :meth:`{op.attr}`.\n\n'
        f'        {how}"""\n'
    )
    text = (
        f"    def iter_{op.attr}({', '.join(args)}) -> AsyncIterator[{item}]:\n{doc}"
        f"        from .models import {item}\n\n"
        f"        return {call}\n"
    )
    return text, {item}


def _method_doc(op: OperationSpec) -> str:
    lines = [op.summary.rstrip(".") + "." if op.summary else op.operation_id, ""]
    lines.append(f"``{op.method} {op.path}`` ({op.operation_id}).")
    if op.attr.startswith(COLLISION_PREFIX):
        lines.append(
            f"One request, sent as given; :meth:`{op.attr.removeprefix(COLLISION_PREFIX)}` is the bulk method."
        )
    if op.request_content_type == _MULTIPART:
        lines.append("Sent as multipart/form-data: a file field takes bytes or a FileUpload.")
    if op.deprecated:
        note = f"Deprecated: {op.deprecation.rstrip('.')}." if op.deprecation else "Deprecated."
        if op.replacement_attr:
            note += f" Use :meth:`{op.replacement_attr}`."
        lines.append(note)
    return docstring("\n".join(lines).replace("\n", "\n        "), "        ")
