"""Every operation of both specs: request validation and a conforming answer, from ``_data/*.json``.

The files hold the emulator's view of the vendored specs (see ``_bundle.py``). For an operation
the emulator has no hand-written handler for, a request is checked against the operation's path,
query and body schemas (a 400 names the first field that breaks one), and the answer is the
spec's own example when it conforms to the response schema, otherwise a body synthesized from that
schema: every property filled, enums from their values, bounds respected, deterministic for the
emulator's ``seed``. Binary answers are small real documents of the declared content type.
"""

from __future__ import annotations

import base64
import functools
import random
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import msgspec

from ._wire import Invalid, Reply

DATA_DIR = Path(__file__).resolve().parent / "_data"
SCHEMA_REF = "#/components/schemas/"
JSON = "application/json"
_MAX_DEPTH = 8  # deeper than this, objects carry only required fields and arrays their minimum
_NO_EXAMPLE = object()
_INT64_FORMATS = frozenset({"int64", "uint64", "int32"})
_MOMENT = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)  # a fixed moment keeps answers deterministic

# Small real documents for binary answers (a one-page PDF, 1x1 PNG and JPEG, an Excel 2003 sheet).
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 283 425]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR42mP4DwABAQEAHLCMmQAAAABJRU5ErkJggg=="
)
_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwc"
    "KDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAB//EABQQAQAAAAAAAAAA"
    "AAAAAAAAAAD/2gAIAQEAAD8Af3//2Q=="
)
_XLS = (
    b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    b'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table>'
    b'<Row><Cell><Data ss:Type="String">marketplace_async.testing</Data></Cell></Row>'
    b"</Table></Worksheet></Workbook>\n"
)
DOCUMENTS: Mapping[str, bytes] = {
    "application/pdf": _PDF,
    "image/png": _PNG,
    "image/jpeg": _JPEG,
    "application/vnd.ms-excel": _XLS,
}


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    location: str  # "path" or "query"
    required: bool
    schema: Any


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of a spec, as the emulator serves it."""

    marketplace: str
    operation_id: str
    method: str
    path: str
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: Any  # the JSON request body schema, or None
    body_required: bool
    status: int
    content_type: str | None  # of the success answer; None when the spec declares no body
    response: Any  # the JSON success schema, or None
    example: Any  # the spec's conforming example, or _NO_EXAMPLE
    errors: Mapping[str, Any]  # schema of each documented 4xx answer and of "default", by status

    @property
    def has_example(self) -> bool:
        return self.example is not _NO_EXAMPLE


class SpecIndex:
    """The operations and component schemas of one marketplace's spec."""

    def __init__(self, marketplace: str, data: Mapping[str, Any]) -> None:
        self.marketplace = marketplace
        self.schemas: dict[str, Any] = data["schemas"]
        self.operations = tuple(_operation(marketplace, raw) for raw in data["operations"])
        self.by_route = {(op.method, op.path): op for op in self.operations}

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            node = self.schemas[node["$ref"].removeprefix(SCHEMA_REF)]
            seen += 1
            if seen > 64:
                raise ValueError("a $ref cycle without content")
        return node


def _operation(marketplace: str, raw: Mapping[str, Any]) -> Operation:
    body = raw.get("body")
    ok = raw["ok"]
    return Operation(
        marketplace=marketplace,
        operation_id=raw["operation_id"],
        method=raw["method"],
        path=raw["path"],
        deprecated=raw["deprecated"],
        parameters=tuple(
            Parameter(p["name"], p["in"], p["required"], p.get("schema") or {}) for p in raw["parameters"]
        ),
        body=body["schema"] if body else None,
        body_required=bool(body and body["required"]),
        status=ok["status"],
        content_type=ok["content_type"],
        response=ok.get("schema"),
        example=ok.get("example", _NO_EXAMPLE),
        errors=raw.get("errors", {}),
    )


def check_request(marketplace: str, method: str, path: str, call: Any) -> None:
    """Check a hand-written handler's request against its operation's schemas, as for the others."""
    index = load(marketplace)
    op = index.by_route[(method, path)]
    _validators(marketplace).request(op, call.params, call.query, call.body)


@functools.cache
def _validators(marketplace: str) -> Validator:
    return Validator(load(marketplace))


@functools.cache
def load(marketplace: str) -> SpecIndex:
    """The spec index of ``"ozon"`` or ``"yandex"``, read once per process."""
    raw = (DATA_DIR / f"{marketplace}.json").read_bytes()
    return SpecIndex(marketplace, msgspec.json.decode(raw))


# -- request validation ----------------------------------------------------------------------


class Validator:
    """Checks decoded JSON against a spec schema and raises :class:`Invalid` naming the field.

    As lenient as the real APIs where they are known to be: a ``null`` is an absent field, unknown
    fields are ignored, and Ozon (protobuf JSON) takes an int64 as a number or a decimal string.
    """

    def __init__(self, index: SpecIndex) -> None:
        self.index = index
        self.ozon = index.marketplace == "ozon"

    def check(self, node: Any, value: Any, path: str) -> None:
        node = self.index.deref(node)
        if value is None or not isinstance(node, dict):
            return
        for part in node.get("allOf", ()):
            self.check(part, value, path)
        options = node.get("oneOf") or node.get("anyOf")
        if options and not any(self.fits(option, value, path) for option in options):
            raise Invalid(f"{path or 'body'}: matches none of the shapes the method accepts")
        kind = node.get("type")
        if kind == "object" or (kind is None and isinstance(value, dict)):  # untyped: any JSON value
            self._object(node, value, path)
        elif kind == "array":
            self._array(node, value, path)
        elif kind in ("string", "integer", "number", "boolean"):
            self._scalar(node, kind, value, path)

    def fits(self, node: Any, value: Any, path: str = "") -> bool:
        try:
            self.check(node, value, path)
        except Invalid:
            return False
        return True

    def _object(self, node: Mapping[str, Any], value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise Invalid(f"{path or 'body'}: must be a JSON object")
        props: Mapping[str, Any] = node.get("properties") or {}
        for name in node.get("required", ()):
            if name in props and value.get(name) is None:
                if name in value and self._admits_null(props[name]):
                    continue  # present, and null is one of its values
                raise Invalid(f"{_join(path, name)}: field is required")
        for name, sub in props.items():
            if name in value:
                self.check(sub, value[name], _join(path, name))
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            for name, item in value.items():
                if name not in props:
                    self.check(extra, item, _join(path, name))

    def _admits_null(self, node: Any) -> bool:
        """Whether ``null`` validates: a nullable schema, or one that names no type."""
        if isinstance(node, dict) and node.get("nullable"):
            return True
        node = self.index.deref(node)
        return isinstance(node, dict) and (bool(node.get("nullable")) or "type" not in node)

    def _array(self, node: Mapping[str, Any], value: Any, path: str) -> None:
        if not isinstance(value, list):
            raise Invalid(f"{path or 'body'}: must be an array")
        lo, hi = node.get("minItems"), node.get("maxItems")
        if (lo is not None and len(value) < lo) or (hi is not None and len(value) > hi):
            bound = f"between {lo or 0} and {hi} items" if hi is not None else f"at least {lo} items"
            raise Invalid(f"{path}: value must contain {bound}, got {len(value)}")
        items = node.get("items")
        if items:
            for i, item in enumerate(value):
                self.check(items, item, f"{path}[{i}]")

    def _scalar(self, node: Mapping[str, Any], kind: str, value: Any, path: str) -> None:
        fmt = node.get("format")
        if kind == "string":
            if self.ozon and fmt in _INT64_FORMATS and isinstance(value, int) and not isinstance(value, bool):
                return
            if not isinstance(value, str):
                raise Invalid(f"{path}: must be a string")
            self._string(node, fmt, value, path)
        elif kind == "integer":
            if self.ozon and isinstance(value, str) and _DECIMAL.match(value):
                value = int(value)
            if isinstance(value, bool) or not isinstance(value, int):
                raise Invalid(f"{path}: must be an integer")
            self._bounds(node, value, path)
        elif kind == "number":
            if self.ozon and isinstance(value, str):
                try:
                    value = float(value)
                except ValueError:
                    raise Invalid(f"{path}: must be a number") from None
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise Invalid(f"{path}: must be a number")
            self._bounds(node, value, path)
        elif not isinstance(value, bool):
            raise Invalid(f"{path}: must be true or false")
        enum = node.get("enum")
        if enum and value not in enum and not (self.ozon and _folded(value) in map(_folded, enum)):
            # Ozon's own request examples write enum values in lower case (delivery_schema "fbs").
            shown = ", ".join(map(str, enum[:8])) + (", ..." if len(enum) > 8 else "")
            raise Invalid(f"{path}: must be one of {shown}; got {value!r}")

    def _string(self, node: Mapping[str, Any], fmt: Any, value: str, path: str) -> None:
        lo, hi = node.get("minLength"), node.get("maxLength")
        if lo is not None and len(value) < lo:
            raise Invalid(f"{path}: length must be at least {lo}, got {len(value)}")
        if hi is not None and len(value) > hi:
            raise Invalid(f"{path}: length must be at most {hi}, got {len(value)}")
        if fmt == "date-time" and _parse(datetime.fromisoformat, value) is None:
            raise Invalid(f"{path}: must be an ISO 8601 date-time")
        if fmt == "date" and _parse(date.fromisoformat, value) is None:
            raise Invalid(f"{path}: must be a date YYYY-MM-DD")
        pattern = node.get("pattern")
        if pattern:
            compiled = _regex(pattern)
            if compiled is not None and not compiled.search(value):
                raise Invalid(f"{path}: must match {pattern}")

    @staticmethod
    def _bounds(node: Mapping[str, Any], value: float, path: str) -> None:
        lo, hi = node.get("minimum"), node.get("maximum")
        if lo is not None and (value <= lo if node.get("exclusiveMinimum") is True else value < lo):
            word = "greater than" if node.get("exclusiveMinimum") is True else "greater than or equal to"
            raise Invalid(f"{path}: value must be {word} {lo}")
        if hi is not None and (value >= hi if node.get("exclusiveMaximum") is True else value > hi):
            word = "less than" if node.get("exclusiveMaximum") is True else "less than or equal to"
            raise Invalid(f"{path}: value must be {word} {hi}")

    def request(self, op: Operation, params: Mapping[str, str], query: Any, body: Any) -> None:
        """Check the path and query parameters and the body of one request of ``op``."""
        for param in op.parameters:
            if param.location == "path":
                self.check(
                    param.schema,
                    _from_text(self.index.deref(param.schema), params.get(param.name)),
                    param.name,
                )
                continue
            # An empty value (``?limit=``, what some clients send for None) counts as absent.
            values = [v for v in query.getall(param.name, []) if v] if hasattr(query, "getall") else []
            if not values:
                if param.required:
                    raise Invalid(f"{param.name}: query parameter is required")
                continue
            schema = self.index.deref(param.schema)
            if schema.get("type") == "array":
                items = self.index.deref(schema.get("items") or {})
                parts = [v for text in values for v in text.split(",")]
                self.check(schema, [_from_text(items, v) for v in parts], param.name)
            else:
                self.check(schema, _from_text(schema, values[0]), param.name)
        if op.body is None:
            return
        if body is None:
            if not op.body_required:
                return
            if not self.ozon:
                raise Invalid("request body is required")
            body = {}  # Ozon's gateway reads a missing body as {}; its required fields still count
        self.check(op.body, body, "")


_DECIMAL = re.compile(r"^-?\d+$")


def _folded(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _parse(parser: Any, text: str) -> Any:
    try:
        return parser(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        return None


@functools.cache
def _regex(pattern: str) -> re.Pattern[str] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # "[[a-z]- ]": read as a nested set elsewhere
            return re.compile(pattern)
    except re.error:
        return None


def _from_text(schema: Any, text: str | None) -> Any:
    """A path or query value as the JSON type its schema names, so the validator can check it."""
    if text is None or not isinstance(schema, dict):
        return text
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text  # the validator reports the wrong type
    if kind == "boolean":
        return {"true": True, "false": False}.get(text.lower(), text)
    return text


# -- answers ---------------------------------------------------------------------------------


class Synthesizer:
    """A value for a schema: every property, enums from their values, within every bound."""

    def __init__(self, index: SpecIndex, rng: random.Random) -> None:
        self.index = index
        self.rng = rng
        self.ozon = index.marketplace == "ozon"

    def value(self, node: Any, depth: int = 0) -> Any:
        node = self.index.deref(node)
        if not isinstance(node, dict):
            return "value"
        if node.get("allOf"):
            return self._merged(node, depth)
        options = node.get("oneOf") or node.get("anyOf")
        if options:
            return self._option(node, options, depth)
        enum = [v for v in node.get("enum") or () if v is not None]
        if enum:
            return enum[0]  # the first value: Yandex's ApiResponse status is then "OK", not "ERROR"
        kind = node.get("type")
        if kind == "object" or (kind is None and ("properties" in node or "additionalProperties" in node)):
            return self._object(node, depth)
        if kind == "array" or (kind is None and "items" in node):
            return self._array(node, depth)
        if kind == "integer":
            return self._number(node, integer=True)
        if kind == "number":
            return self._number(node, integer=False)
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self._string(node)

    def _option(self, node: Mapping[str, Any], options: list[Any], depth: int) -> Any:
        """The first option; options that only name required fields refine the parent object.

        For ``oneOf: [{required: [offer_id]}, {required: [product_id]}]`` that is an object with
        ``offer_id`` and without ``product_id``, so that exactly one option matches.
        """
        rest = {k: v for k, v in node.items() if k not in ("oneOf", "anyOf")}
        chosen = self.index.deref(options[0])
        if not (rest.get("properties") or rest.get("type")) or not isinstance(chosen, dict):
            return self.value(options[0], depth)
        required = {*rest.get("required", ()), *chosen.get("required", ())}
        others = {name for o in options[1:] for name in (self.index.deref(o) or {}).get("required", ())}
        props = {k: v for k, v in (rest.get("properties") or {}).items() if k in required or k not in others}
        merged = {**rest, **{k: v for k, v in chosen.items() if k != "required"}, "properties": props}
        return self.value({**merged, "required": sorted(required)}, depth)

    def _merged(self, node: Mapping[str, Any], depth: int) -> Any:
        """An ``allOf``: the properties and required names of every part; a scalar part wins."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in self._parts(node):
            if part.get("type") not in (None, "object") and not part.get("properties"):
                return self.value(part, depth)
            props.update(part.get("properties") or {})
            required.update(part.get("required") or ())
        return self._object({"properties": props, "required": sorted(required)}, depth)

    def _parts(self, node: Any) -> Iterator[dict[str, Any]]:
        node = self.index.deref(node)
        if not isinstance(node, dict):
            return
        for part in node.get("allOf") or ():
            yield from self._parts(part)
        yield {k: v for k, v in node.items() if k != "allOf"}

    def _object(self, node: Mapping[str, Any], depth: int) -> dict[str, Any]:
        props: Mapping[str, Any] = node.get("properties") or {}
        required = set(node.get("required") or ())
        out: dict[str, Any] = {}
        for name, sub in props.items():
            if depth >= _MAX_DEPTH and name not in required:
                continue
            out[name] = self._named(name, sub, depth + 1)
        for name in sorted(required - out.keys()):
            out[name] = None  # required by the spec, which gives it no schema (e.g. paymentTypes)
        extra = node.get("additionalProperties")
        if not props and isinstance(extra, dict) and depth < _MAX_DEPTH:
            out["key"] = self.value(extra, depth + 1)
        return out

    def _named(self, name: str, node: Any, depth: int) -> Any:
        """A property's value; a free-text currency field gets the currency the API sends, as
        clients type it as an enum (``"RUB"`` for Ozon, ``"RUR"`` for Yandex)."""
        if "currency" in name.lower():
            schema = self.index.deref(node)
            if isinstance(schema, dict) and schema.get("type") == "string" and not schema.get("enum"):
                return "RUB" if self.ozon else "RUR"
        return self.value(node, depth)

    def _array(self, node: Mapping[str, Any], depth: int) -> list[Any]:
        lo = node.get("minItems") or 0
        hi = node.get("maxItems")
        count = max(lo, 1 if depth < _MAX_DEPTH else 0)
        if hi is not None:
            count = min(count, hi)
        items = node.get("items") or {}
        if not node.get("uniqueItems"):
            return [self.value(items, depth + 1) for _ in range(count)]
        out: list[Any] = []
        for _ in range(count * 8):
            candidate = self.value(items, depth + 1)
            if candidate not in out:
                out.append(candidate)
            if len(out) == count:
                break
        return out

    def _number(self, node: Mapping[str, Any], *, integer: bool) -> int | float:
        lo = node.get("minimum")
        hi = node.get("maximum")
        if lo is not None and node.get("exclusiveMinimum") is True:
            lo = lo + 1 if integer else lo + 0.01
        if hi is not None and node.get("exclusiveMaximum") is True:
            hi = hi - 1 if integer else hi - 0.01
        low = lo if lo is not None else (1 if hi is None or hi >= 1 else hi - 100)
        high = hi if hi is not None else max(low, 0) + 1000
        if integer:
            value: int | float = self.rng.randint(int(-(-low // 1)), int(high // 1))
        else:
            value = round(self.rng.uniform(low, high), 2)
            value = min(max(value, low), high)
        step = node.get("multipleOf")
        if step:
            value = (value // step) * step
            if lo is not None and value < lo:
                value += step
        return value

    def _string(self, node: Mapping[str, Any]) -> Any:
        fmt = node.get("format")
        if fmt in _INT64_FORMATS and node.get("type") == "string":
            return str(self.rng.randint(1, 10**9))
        moment = _MOMENT + timedelta(minutes=self.rng.randint(0, 60 * 24 * 30))
        by_format = {
            "date-time": moment.isoformat().replace("+00:00", "Z"),
            "date": moment.date().isoformat(),
            "time": time(moment.hour, moment.minute).isoformat() + "+03:00",  # RFC 3339 full-time
            "date-dd-MM-yyyy": moment.strftime("%d-%m-%Y"),
            "date-dd-MM-yyyy-HH-mm-ss": moment.strftime("%d-%m-%Y %H:%M:%S"),
            "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "uri": "https://example.com/document",
            "url": "https://example.com/document",
            "email": "seller@example.com",
            "byte": base64.b64encode(b"marketplace_async").decode(),
        }
        text = by_format.get(str(fmt), f"text-{self.rng.randint(1, 9999)}")
        pattern = node.get("pattern")
        if pattern:
            text = self._matching(pattern, node, text)
        lo, hi = node.get("minLength"), node.get("maxLength")
        if lo is not None and len(text) < lo:
            text = text + "x" * (lo - len(text))
        if hi is not None and len(text) > hi:
            text = text[:hi]
        return text

    def _matching(self, pattern: str, node: Mapping[str, Any], fallback: str) -> str:
        compiled = _regex(pattern)
        if compiled is None:
            return fallback
        example = node.get("example")
        candidates = [example] if isinstance(example, str) else []
        # "A- " fits "^[[a-zA-Z0-9]- ]*$" read either as Python reads it or as a nested class.
        candidates += [fallback, "RU", "09:59", "+79990000000", "abc", "offer-1", "A- ", "A"]
        for candidate in candidates:
            if compiled.search(candidate):
                return candidate
        return fallback


def error_body(op: Operation, index: SpecIndex, status: int, standard: dict[str, Any]) -> dict[str, Any]:
    """An error answer as the operation documents it for ``status`` (or ``default``).

    ``standard`` is the marketplace's usual error body; an operation that documents another shape
    (some Ozon methods describe ``details`` as a string) gets that shape, with the same message
    and code where it has such fields.
    """
    schema = op.errors.get(str(status), op.errors.get("default"))
    if schema is None or _validators(op.marketplace).fits(schema, standard):
        return standard
    rng = random.Random(f"error:{op.marketplace}:{op.method} {op.path}")
    shaped = Synthesizer(index, rng).value(schema)
    if not isinstance(shaped, dict):
        return standard
    message, code = _message_and_code(standard)
    for name, value in shaped.items():
        if name == "message" and isinstance(value, str):
            shaped[name] = message
        elif name == "code" and type(value) is type(code):
            shaped[name] = code
        elif name == "errors" and isinstance(value, list) and value and isinstance(value[0], dict):
            value[0].update({k: v for k, v in standard["errors"][0].items() if k in value[0]})
            del value[1:]
    return shaped


def _message_and_code(standard: Mapping[str, Any]) -> tuple[str, Any]:
    if "errors" in standard:
        first = standard["errors"][0]
        return first["message"], first["code"]
    return standard["message"], standard["code"]


def template(marketplace: str, method: str, path: str, *pointer: str) -> Any:
    """A fresh copy of the synthesized success answer of an operation, or of the part at ``pointer``
    (property names; ``"[]"`` steps into an array's items): what state-backed reads fill in."""
    return msgspec.json.decode(_template(marketplace, method, path, pointer))


@functools.cache
def _template(marketplace: str, method: str, path: str, pointer: tuple[str, ...]) -> bytes:
    index = load(marketplace)
    node = index.by_route[(method, path)].response
    for step in pointer:
        node = index.deref(node)
        node = node["items"] if step == "[]" else _property(index, node, step)
    rng = random.Random(f"template:{marketplace}:{method} {path}:{'/'.join(pointer)}")
    return msgspec.json.encode(Synthesizer(index, rng).value(node, depth=len(pointer)))


def _property(index: SpecIndex, node: Mapping[str, Any], name: str) -> Any:
    for part in (*node.get("allOf", ()), node):
        part = index.deref(part)
        if name in (part.get("properties") or {}):
            return part["properties"][name]
    raise KeyError(name)


def answer(op: Operation, index: SpecIndex, seed: int) -> Reply:
    """The success answer of ``op``: its conforming example, else a body synthesized from its schema."""
    status = op.status if 200 <= op.status < 300 else 200
    content_type = op.content_type
    if content_type is not None and content_type != JSON:
        return Reply(status, DOCUMENTS.get(content_type, _PDF), content_type, {})
    if op.has_example:
        body = op.example
    elif op.response is not None:
        rng = random.Random(f"{seed}:{op.marketplace}:{op.method} {op.path}")
        body = Synthesizer(index, rng).value(op.response)
    else:
        body = {}
    return Reply(status, msgspec.json.encode(body), JSON, {})
