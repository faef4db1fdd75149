"""One rule for the items of every bulk method of both clients (README, "Numbers and fields").

An item model states its rules as msgspec ``Meta`` (bounds, lengths, formats) and forbids
unknown fields. :func:`convert_item` converts a caller's item with ``msgspec.convert``; when that
fails, the error is either repaired by the number rule (a whole number given as ``"5"``,
``Decimal("5.000")`` or ``5.0`` for an int field) or translated into a :class:`ValidationError`
with the field's path, the rule in words and a stable ``code``. An item that is already right
costs one ``msgspec.convert`` (money fields add a Python pass); only a failing item pays for the rest.

The number rule: a number is an ``int``, a ``Decimal``, a ``str`` of ASCII digits with an optional
point (``"199.90"``) or a finite ``float`` read as its shortest text (``19.9`` is 19.9, never
19.899999...). Its exact value must fit the field: whole for counts and ids, at most
``decimals`` places for money, within the field's bounds. ``bool`` is never a number.
A money field (a ``str`` field whose ``Meta.extra`` has ``decimals``) is turned into the plain
decimal text of its value before conversion (:func:`plain_text`: ``Decimal("15.000")`` -> ``"15.00"``).
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal
from operator import attrgetter
from typing import Any, Final, Generic, TypeVar

import msgspec
import msgspec.inspect as mi

from ._chunking import aiter_items
from ._errors import ValidationError

S = TypeVar("S", bound=msgspec.Struct)
T = TypeVar("T")

# The stable codes of ValidationError.code and of ItemFailure.code for items refused before
# sending. README lists them; tests check that it does.
REQUIRED: Final = "REQUIRED"
"""A required field is missing or None (or neither of two alternatives is given)."""
UNKNOWN_FIELD: Final = "UNKNOWN_FIELD"
"""A field the method does not take (often a typo): it would be dropped, so it is refused."""
TYPE: Final = "TYPE"
"""A value of the wrong type: a bool or a list for a number, a number for a string, not a mapping."""
FORMAT: Final = "FORMAT"
"""A string that does not read as its field's format: non-ASCII digits, ``1,5``, a date-time
without a UTC offset, a currency that is not 3 capital letters."""
RANGE: Final = "RANGE"
"""A number outside its field's bounds, or not finite (NaN, infinity)."""
PRECISION: Final = "PRECISION"
"""More decimal places than the API takes (19.999 for a price), or a fraction for a count."""
LENGTH: Final = "LENGTH"
"""A string or list too short (empty) or too long."""
ENUM: Final = "ENUM"
"""A value that is not one of the field's documented values."""
CONFLICT: Final = "CONFLICT"
"""Fields that contradict each other (``code`` and ``codes``; a count that does not match)."""
DUPLICATE: Final = "DUPLICATE"
"""A value that must be unique (a digital code, an SKU of a posting) is repeated."""
TOO_LARGE: Final = "TOO_LARGE"
"""What must go in one request does not fit one (too many items, too many bytes)."""
STOCK_TOO_BIG: Final = "STOCK_TOO_BIG"
"""An Ozon stock of 1,000,000 or more: the API's own code for it."""
INVALID: Final = "INVALID"
"""Any other rule; the message says which."""

CODES: Final = (
    REQUIRED,
    UNKNOWN_FIELD,
    TYPE,
    FORMAT,
    RANGE,
    PRECISION,
    LENGTH,
    ENUM,
    CONFLICT,
    DUPLICATE,
    TOO_LARGE,
    STOCK_TOO_BIG,
    INVALID,
)

SHOWN_ERRORS: Final = 5
"""How many item errors the message of a list's ValidationError spells out; ``.errors`` has all."""

SECRET_FIELDS: Final = frozenset({"codes", "code", "exemplar_keys", "digital_codes"})
"""Digital codes are the buyer's secrets: messages name their position, never their value."""

_ASCII_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_AT_PATH = re.compile(r" - at `\$(.*)`$")
_PATH_TOKEN = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_MISSING = re.compile(r"^Object missing required field `([^`]+)`")
_UNKNOWN = re.compile(r"^Object contains unknown field `([^`]+)`")
_EXPECTED = re.compile(r"^Expected `(\w+)`(?:, got `(\w+)`)?")
_MAX_REPAIRS = 16
_MISSING_VALUE: Final = object()

_TYPE_WORDS = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "decimal": "a number",
    "bool": "true or false",
    "object": "a mapping (dict) or a model",
    "array": "a list",
    "datetime": "an ISO 8601 date-time",
    "date": "a date YYYY-MM-DD",
    "null": "None",
}


# --------------------------------------------------------------------------- the number rule


class _Refused(Exception):
    """A value refused by the number rule: code and message, before item and field are known."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def exact_number(value: Any) -> Decimal:
    """The exact decimal value of ``value`` under the number rule, or :class:`_Refused`."""
    kind = type(value)
    if kind is int:
        return Decimal(value)
    if kind is str:
        if not _ASCII_NUMBER.fullmatch(value):
            raise _Refused(
                FORMAT, f"expected a number in ASCII digits with a point (e.g. 199.90), got {_show(value)}"
            )
        return Decimal(value)
    if kind is float:
        if not math.isfinite(value):
            raise _Refused(RANGE, f"must be a finite number, got {value!r}")
        return Decimal(repr(value))  # the shortest text that reads back as this float
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _Refused(RANGE, f"must be a finite number, got {value}")
        return value
    if isinstance(value, int) and not isinstance(value, bool):  # an int subclass (IntEnum)
        return Decimal(int(value))
    raise _Refused(TYPE, f"expected a number, got {_typed(value)}")


_EXACT = Context(prec=10_000)
"""Wide enough that normalizing or quantizing a value a user can type never rounds it (the default
context keeps 28 digits: a 29-digit price would round, or fail with InvalidOperation)."""


def plain_text(number: Decimal, decimals: int | None = None) -> str:
    """A value in plain notation, its decimals kept up to ``decimals``: 199.90 -> "199.90",
    15.000 -> "15.00" (or "15" for a whole field), 1E+3 -> "1000", 0E-10 -> "0.00", -0 -> "0"."""
    if number == 0:
        number = abs(number)
    exponent = number.as_tuple().exponent
    if decimals is not None and isinstance(exponent, int) and exponent < -decimals:
        number = number.quantize(Decimal(1).scaleb(-decimals), context=_EXACT)  # check() allowed it
    return format(number, "f")


def _bounds_text(ge: Any, gt: Any, le: Any, lt: Any) -> str:
    parts = []
    if ge is not None:
        parts.append(f">= {_num(ge)}")
    if gt is not None:
        parts.append(f"> {_num(gt)}")
    if lt is not None:
        parts.append(f"< {_num(lt)}")
    if le is not None:
        parts.append(f"<= {_num(le)}")
    return " and ".join(parts)


def _num(bound: Any) -> str:
    return f"{bound:,}" if isinstance(bound, int) and abs(bound) >= 10_000 else str(bound)


@dataclass(frozen=True, slots=True)
class NumberRule:
    """What a number field takes: its decimal places and its bounds."""

    decimals: int = 0
    ge: Any = None
    gt: Any = None
    le: Any = None
    lt: Any = None
    above: str = RANGE
    """The code of a value over the upper bound (Ozon's ``STOCK_TOO_BIG``)."""

    @property
    def bounds(self) -> str:
        return _bounds_text(self.ge, self.gt, self.le, self.lt)

    def check(self, value: Any) -> Decimal:
        """The exact value, if it fits this rule; otherwise :class:`_Refused`."""
        number = exact_number(value)
        exponent = number.normalize(_EXACT).as_tuple().exponent
        assert isinstance(exponent, int)  # finite: checked above
        if -exponent > self.decimals:
            shown = value if isinstance(value, (int, float)) else plain_text(number)
            if self.decimals == 0:
                raise _Refused(PRECISION, f"must be a whole number, got {shown}")
            raise _Refused(PRECISION, f"takes at most {self.decimals} decimal places, got {shown}")
        low, high = self._below(number), self._above(number)
        if low or high:
            code = self.above if high else RANGE
            tag = f" ({code})" if code != RANGE else ""
            raise _Refused(code, f"must be {self.bounds}{tag}, got {plain_text(number)}")
        return number

    def _below(self, number: Decimal | int) -> bool:
        return (self.ge is not None and number < self.ge) or (self.gt is not None and number <= self.gt)

    def _above(self, number: Decimal | int) -> bool:
        return (self.le is not None and number > self.le) or (self.lt is not None and number >= self.lt)

    def keeps(self, text: str) -> bool:
        """Whether ``text`` already is the plain text of a number this rule takes, so that
        :meth:`check` and :func:`plain_text` would give it back unchanged (the common case of a
        money field: one regex and one ``Decimal`` instead of the whole rule)."""
        if not _plain_pattern(self.decimals).fullmatch(text):
            return False
        number = Decimal(text)
        return not (self._below(number) or self._above(number))

    def keeps_text(self) -> Callable[[str], object]:
        """:meth:`keeps` as one compiled regex's ``fullmatch`` where the bounds can be written in
        it (none, ``>= 0``, ``> 0``: every money field of both APIs but the bestseller price),
        else :meth:`keeps` itself. Truthy exactly when :meth:`keeps` is true."""
        no_upper = self.le is None and self.lt is None
        if no_upper and self.gt is None and (self.ge is None or self.ge == 0):
            return _plain_pattern(self.decimals).fullmatch  # plain text is never negative
        if no_upper and self.ge is None and self.gt == 0:
            return _positive_pattern(self.decimals).fullmatch
        return self.keeps


@functools.cache
def _plain_pattern(decimals: int) -> re.Pattern[str]:
    """Non-negative plain decimal text without leading zeros, at most ``decimals`` places."""
    places = rf"(?:\.[0-9]{{1,{decimals}}})?" if decimals else ""
    return re.compile(rf"(?:0|[1-9][0-9]*){places}")


@functools.cache
def _positive_pattern(decimals: int) -> re.Pattern[str]:
    """:func:`_plain_pattern` without the zeros ("0", "0.0", "0.00")."""
    return re.compile(rf"(?!0(?:\.0*)?\Z){_plain_pattern(decimals).pattern}")


def _whole_rule(spec: _Field) -> NumberRule | None:
    """The rule of an int field (or an enum of ints), from its msgspec constraints."""
    info = spec.info
    if isinstance(info, mi.IntType):
        return NumberRule(0, info.ge, info.gt, info.le, info.lt, spec.extra.get("above", RANGE))
    if isinstance(info, mi.LiteralType) and all(type(v) is int for v in info.values):
        return NumberRule(0)
    return None


def money_meta(decimals: int = 2, **bounds: Any) -> msgspec.Meta:
    """``Meta`` of a money field: a ``str`` holding the plain decimal text of a number."""
    return msgspec.Meta(extra={"decimals": decimals, **bounds})


# --------------------------------------------------------------------------- a model's fields


@dataclass(frozen=True, slots=True)
class _Field:
    info: Any  # msgspec.inspect.Type, None removed from unions
    extra: Mapping[str, Any]
    nullable: bool


@dataclass(slots=True)
class _Schema:
    fields: dict[str, _Field] = field(default_factory=dict)
    money: list[tuple[tuple[str, ...], NumberRule, tuple[Any, ...]]] = field(default_factory=list)
    """Money fields: their keys, their rule and, for an enum (Ozon's ``vat``), its values."""
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # struct path -> its field names


def _unwrap(info: Any) -> tuple[Any, dict[str, Any], bool]:
    extra: dict[str, Any] = {}
    nullable = False
    while True:
        if isinstance(info, mi.Metadata):
            extra.update(info.extra or {})
            info = info.type
        elif isinstance(info, mi.UnionType):
            others = [t for t in info.types if not isinstance(t, mi.NoneType)]
            nullable = nullable or len(others) < len(info.types)
            if len(others) != 1:
                return info, extra, nullable
            info = others[0]
        else:
            return info, extra, nullable


@functools.cache
def _schema(model: type[msgspec.Struct]) -> _Schema:
    schema = _Schema()

    def walk(info: Any, path: str, keys: tuple[str, ...]) -> None:
        info, extra, nullable = _unwrap(info)
        if path:
            schema.fields[path] = _Field(info, extra, nullable)
        if "decimals" in extra and "[]" not in path:
            bounds = {k: extra[k] for k in ("ge", "gt", "le", "lt") if k in extra}
            values = tuple(info.values) if isinstance(info, mi.LiteralType) else ()
            schema.money.append((keys, NumberRule(extra["decimals"], **bounds), values))
        if isinstance(info, mi.StructType):
            schema.names[path] = tuple(f.encode_name for f in info.fields)
            for f in info.fields:
                walk(f.type, f"{path}.{f.encode_name}" if path else f.encode_name, (*keys, f.encode_name))
        elif isinstance(info, mi.ListType):
            walk(info.item_type, f"{path}[]", keys)

    walk(mi.type_info(model), "", ())
    return schema


# --------------------------------------------------------------------------- converting an item


def convert_item(raw: Any, index: int, model: type[S]) -> S:
    """A caller's item (dict or model) as ``model``, or a :class:`ValidationError` naming the field."""
    # The hot path: a plain dict for a model without money fields is one msgspec.convert. The
    # isinstance check against Struct alone would cost about a quarter of converting a small item
    # (benchmarks/results/profile.md).
    if type(raw) is dict and model in _PLAIN_MODELS:
        try:
            return msgspec.convert(raw, model)
        except msgspec.ValidationError:
            pass
    return _convert_slowly(raw, index, model)


def convert_at_once(items: Any, model: type[S], *, one_of: Sequence[tuple[str, ...]] = ()) -> list[S] | None:
    """A list of plain dicts as ``model`` in one ``msgspec.convert`` (the C decoder checks every
    ``Meta`` constraint): what :func:`convert_item` gives item by item, when every money value is
    already the text the number rule would send and every item has a value (not ``None``) for at
    least one field of each ``one_of`` group. ``None`` when that does not apply or an item fails:
    then convert item by item, which names every bad one.

    The checks run a column at a time (C-level ``map`` over the converted items, each distinct
    money text matched once): a Python step per item would cost more than the conversion."""
    if type(items) is not list or not items or set(map(type, items)) != _JUST_DICTS:
        return None
    checks = _money_checks(model)
    if checks is None:
        return None  # a nested money field: item by item
    try:
        converted: list[S] = msgspec.convert(items, _list_of(model))
    except msgspec.ValidationError:
        return None
    everywhere: set[str] = set()  # fields with a value in every item
    for name, keeps in checks:  # msgspec checked each value is a str (or None)
        texts = set(map(attrgetter(name), converted))
        if None in texts:
            texts.discard(None)
        else:
            everywhere.add(name)
        if not all(map(keeps, texts)):
            return None
    for group in one_of:
        if everywhere.intersection(group) or None not in map(attrgetter(group[0]), converted):
            continue  # the common case: one field of the group in every item
        if (None,) * len(group) in map(attrgetter(*group), converted):
            return None
    return converted


_JUST_DICTS: Final = {dict}


@functools.cache
def _money_checks(model: type[msgspec.Struct]) -> tuple[tuple[str, Callable[[str], object]], ...] | None:
    """Each top-level money field's attribute and the check its text must pass to be sent as it
    is; ``None`` if the model has a nested money field. An enum's values need no check: msgspec
    takes exactly the listed texts."""
    money = _schema(model).money
    if any(len(keys) != 1 for keys, _, _ in money):
        return None
    info = mi.type_info(model)
    assert isinstance(info, mi.StructType)
    attribute = {f.encode_name: f.name for f in info.fields}
    return tuple((attribute[keys[0]], rule.keeps_text()) for keys, rule, values in money if not values)


@functools.cache
def _list_of(model: type[S]) -> Any:
    return list[model]  # type: ignore[valid-type]


_PLAIN_MODELS: set[type[msgspec.Struct]] = set()
"""Models known to have no money field: a dict goes straight to msgspec."""


def _convert_slowly(raw: Any, index: int, model: type[S]) -> S:
    data = raw
    if type(raw) is not dict and isinstance(raw, msgspec.Struct):
        data = msgspec.structs.asdict(raw)  # a model's constructor checks no types: check them here
    schema = _schema(model)
    if schema.money:
        if isinstance(data, dict):
            data = _money_to_text(data, schema, index, raw)
    else:
        _PLAIN_MODELS.add(model)
    for _ in range(_MAX_REPAIRS):
        try:
            return msgspec.convert(data, model)
        except msgspec.ValidationError as exc:
            data = _repair(str(exc), data, schema, index, raw)
    raise ValidationError("too many fields to repair", item_index=index, code=INVALID, item=raw)


def _money_to_text(data: dict[str, Any], schema: _Schema, index: int, raw: Any) -> dict[str, Any]:
    """Money values as the plain decimal text of their exact value (in copies: never the caller's)."""
    for keys, rule, values in schema.money:
        value = (
            data.get(keys[0], _MISSING_VALUE) if len(keys) == 1 and type(data) is dict else _get(data, keys)
        )
        if value is _MISSING_VALUE or value is None:
            continue
        if not values:  # the common cases, without the whole rule: the same text or error
            if type(value) is str and rule.keeps(value):
                continue  # already what would be sent
            if type(value) is int and not (rule._below(value) or rule._above(value)):
                data = _put(data, keys, str(value))
                continue
        try:
            number = rule.check(value)
            # An enum (Ozon's vat) lists its values in their shortest form: Decimal("0.10") is "0.1".
            text = plain_text(number.normalize(_EXACT) if values else number, rule.decimals)
        except _Refused as refused:
            code, message = refused.code, refused.message
            if values and code != TYPE:
                code, message = ENUM, f"must be one of {', '.join(map(repr, values))}, got {_show(value)}"
            raise _error(code, message, index, ".".join(keys), raw) from None
        if value != text or type(value) is not str:
            data = _put(data, keys, text)
    return data


def _repair(text: str, data: Any, schema: _Schema, index: int, raw: Any) -> Any:
    """``data`` with one number fixed by the number rule, or the error that says what is wrong."""
    at = _AT_PATH.search(text)
    tokens = _tokens(at.group(1)) if at else ()
    problem = text[: at.start()] if at else text
    path = _shown_path(tokens)
    missing = _MISSING.match(problem)
    if missing:
        name = missing.group(1)
        raise _error(REQUIRED, "is required", index, f"{path}.{name}" if path else name, raw)
    unknown = _UNKNOWN.match(problem)
    if unknown:
        name = unknown.group(1)
        known = schema.names.get(_schema_path(tokens), ())
        close = difflib.get_close_matches(name, known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f"; it takes {', '.join(known)}"
        raise _error(UNKNOWN_FIELD, f"is not a field of this item{hint}", index, _join(path, name), raw)
    value = _get(data, tokens)
    spec = schema.fields.get(_schema_path(tokens))
    if spec is not None and value is not _MISSING_VALUE:
        if value is None and not spec.nullable:
            raise _error(REQUIRED, "is required, got None", index, path, raw)
        rule = _whole_rule(spec)
        if rule is not None and value is not None:
            try:
                number = rule.check(value)
            except _Refused as refused:
                raise _error(refused.code, refused.message, index, path, raw) from None
            if type(value) is not int:
                return _put(data, tokens, int(number))
    code, message = _explain(problem, spec, value, path)
    raise _error(code, message, index, path or None, raw)


def _explain(problem: str, spec: _Field | None, value: Any, path: str) -> tuple[str, str]:
    """msgspec's words for a failed rule in the package's: a code and a message."""
    info = spec.info if spec is not None else None
    shown = _show(value, path)
    if problem.startswith("Invalid enum value"):
        values = ", ".join(repr(v) for v in getattr(info, "values", ()))
        return ENUM, f"must be one of {values}, got {shown}"
    if "with a timezone component" in problem:
        return FORMAT, f"needs a UTC offset (e.g. 2026-07-01T12:30:00+03:00), got {shown}"
    if problem.startswith("Invalid RFC3339 encoded date"):
        word = "date-time" if "datetime" in problem else "date"
        example = "2026-07-01T12:30:00+03:00" if word == "date-time" else "2026-07-01"
        return FORMAT, f"expected an ISO 8601 {word} (e.g. {example}), got {shown}"
    expected = _EXPECTED.match(problem)
    if expected is not None:
        want, got = expected.groups()
        if got is not None:
            return TYPE, f"expected {_TYPE_WORDS.get(want, want)}, got {_typed(value, path)}"
        if "matching regex" in problem:
            words = spec.extra.get("format") if spec is not None else None
            return FORMAT, f"expected {words or 'the documented format'}, got {shown}"
        if "of length" in problem and info is not None:
            return LENGTH, _length_message(info, value, want)
    return INVALID, problem[:1].lower() + problem[1:]


def _length_message(info: Any, value: Any, want: str) -> str:
    low, high = getattr(info, "min_length", None), getattr(info, "max_length", None)
    unit = "characters" if want == "str" else "entries"
    size = len(value) if isinstance(value, (str, list, tuple)) else None
    if low == 1 and (size == 0 or high is None):
        return "must not be empty"
    if low is not None and high is not None:
        rule = f"must hold {low} to {high} {unit}" if low != high else f"must hold exactly {low} {unit[:-1]}"
    elif high is not None:
        rule = f"must hold at most {high} {unit}"
    else:
        rule = f"must hold at least {low} {unit}"
    return f"{rule}, got {size}" if size is not None else rule


def _error(code: str, message: str, index: int | None, path: str | None, raw: Any) -> ValidationError:
    rule = message.split(", got ", 1)[0]  # the rule is the message without the value
    return ValidationError(message, item_index=index, field=path or None, rule=rule, code=code, item=raw)


def refuse(
    code: str,
    message: str,
    *,
    index: int | None = None,
    field: str | None = None,
    item: Any = None,
    rule: str | None = None,
) -> ValidationError:
    """A ValidationError for a rule a converter checks itself (``offer_id or product_id``)."""
    rule = rule or message.split(", got ", 1)[0]
    return ValidationError(message, item_index=index, field=field, rule=rule, code=code, item=item)


# --------------------------------------------------------------------------- paths and values


def _tokens(path: str) -> tuple[str | int, ...]:
    return tuple(name if name else int(number) for name, number in _PATH_TOKEN.findall(path))


def _shown_path(tokens: Sequence[str | int]) -> str:
    out = ""
    for token in tokens:
        out += f"[{token}]" if isinstance(token, int) else (f".{token}" if out else token)
    return out


def _schema_path(tokens: Sequence[str | int]) -> str:
    """The path of a field in the model: list positions dropped (``items[0].count`` -> ``items[].count``)."""
    out = ""
    for token in tokens:
        out += "[]" if isinstance(token, int) else (f".{token}" if out else token)
    return out


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _get(data: Any, tokens: Sequence[str | int]) -> Any:
    for token in tokens:
        if type(data) is dict and type(token) is str:  # the common case, without an ABC check
            data = data.get(token, _MISSING_VALUE)
            if data is _MISSING_VALUE:
                return data
            continue
        if isinstance(token, int):
            if not isinstance(data, (list, tuple)) or token >= len(data):
                return _MISSING_VALUE
        elif not isinstance(data, Mapping) or token not in data:
            return _MISSING_VALUE
        data = data[token]
    return data


def _put(data: Any, tokens: Sequence[str | int], value: Any) -> Any:
    """A copy of ``data`` with ``value`` at ``tokens``: the caller's containers are never changed."""
    if not tokens:
        return value
    head, rest = tokens[0], tokens[1:]
    copy: Any = list(data) if isinstance(data, (list, tuple)) else dict(data)
    copy[head] = _put(copy[head], rest, value)
    return copy


def _typed(value: Any, path: str = "") -> str:
    """A value with its type, for a TYPE message: ``str 'abc'``, ``bool True``, ``list``."""
    shown = _show(value, path)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and shown[:1] != "a":
        return f"{type(value).__name__} {shown}"
    return shown


def _show(value: Any, path: str = "") -> str:
    if value is _MISSING_VALUE:
        return "nothing"
    leaf = path.rsplit(".", 1)[-1].split("[", 1)[0]
    if leaf in SECRET_FIELDS and isinstance(value, str):
        return f"a str of {len(value)} characters"
    if isinstance(value, (bool, int, float, Decimal)) or value is None:
        text = repr(value) if not isinstance(value, Decimal) else f"Decimal('{value}')"
        return f"{type(value).__name__} {text}" if isinstance(value, bool) else text
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "...")
    return type(value).__name__


# --------------------------------------------------------------------------- lists of items


def collected(errors: Sequence[ValidationError]) -> ValidationError:
    """One error for a list's bad items: the first few spelled out, the rest counted.

    ``.errors`` holds every item's error; ``item_index``, ``field``, ``rule`` and ``code`` are the
    first one's, for code that handles one error at a time.
    """
    if len(errors) == 1:
        return errors[0]
    first = errors[0]
    lines = [f"  {error}" for error in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        lines.append(f"  ... and {len(errors) - SHOWN_ERRORS} more")
    head = f"{len(errors)} items are invalid; nothing was sent. Fix them and send the list again:"
    error = ValidationError("\n".join([head, *lines]), rule=first.rule, code=first.code, errors=errors)
    error.item_index, error.field, error.item = first.item_index, first.field, first.item
    return error


def convert_list(items: Iterable[Any], convert: Callable[[Any, int], T]) -> list[T]:
    """Every item converted, or one :class:`ValidationError` for all the bad ones."""
    if isinstance(items, (list, tuple)):
        try:  # the common case, every item valid: one pass without the per-item bookkeeping
            return [convert(raw, index) for index, raw in enumerate(items)]
        except ValidationError:
            pass  # again, item by item, to name every bad one
    batch = _Converted(convert)
    for item in items:
        batch.add(item)
    return batch.result()


async def convert_each(items: Any, convert: Callable[[Any, int], T]) -> list[T]:
    """:func:`convert_list` for any iterable or async iterable, taken whole: for the calls whose
    items all go in one request (a posting's or an order's digital codes)."""
    batch = _Converted(convert)
    async for item in aiter_items(items):
        batch.add(item)
    return batch.result()


class _Converted(Generic[T]):
    __slots__ = ("convert", "errors", "items")

    def __init__(self, convert: Callable[[Any, int], T]) -> None:
        self.convert = convert
        self.items: list[T] = []
        self.errors: list[ValidationError] = []

    def add(self, raw: Any) -> None:
        try:
            self.items.append(self.convert(raw, len(self.items) + len(self.errors)))
        except ValidationError as error:
            self.errors.append(error)

    def result(self) -> list[T]:
        if self.errors:
            raise collected(self.errors)
        return self.items


__all__ = [
    "CODES",
    "NumberRule",
    "collected",
    "convert_at_once",
    "convert_each",
    "convert_item",
    "convert_list",
    "money_meta",
    "plain_text",
    "refuse",
]
