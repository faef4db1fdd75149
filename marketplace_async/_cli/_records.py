"""Push files: CSV or JSONL rows → items for a client, each with the key and value a journal matches.

A row is read into its fields (names in snake_case; camelCase is accepted; names starting with
``_`` are ignored, so a failed-items file with its ``_line``/``_error`` notes reads back as input).
Each kind of upload checks and converts the fields it knows. A bad row becomes a
:class:`Malformed` with its line number and never stops the rows after it.

For stocks and prices the last row of a key wins (the API keeps the last value anyway). For codes,
rows of one item (Yandex ``id``, Ozon ``sku``) are merged: a CSV has one code a row.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from itertools import islice
from pathlib import Path
from typing import Any

from .._ozon.client import STOCK_LIMIT

Key = tuple[Any, ...]
FORMATS = ("csv", "jsonl")
EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")
_INTEGER = re.compile(r"[+-]?\d+")
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3})")  # 1 990 (Excel puts a no-break space)
_MONEY = re.compile(r"\d+(\.\d{1,2})?")  # Ozon: digits with up to two decimals, as a string
_TOGGLES = ("UNKNOWN", "ENABLED", "DISABLED")
_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no")
_YANDEX_COUNT_MAX = 2_000_000_000
_SKU_MAX = 255


class UsageError(Exception):
    """The command cannot run as asked (exit code 2)."""


class RowError(ValueError):
    """One row breaks a rule; the message names the field."""


@dataclass(slots=True)
class Record:
    """One item to push: where it came from, its identity and value, and the client's form of it."""

    line: int
    key: Key
    value: Any
    item: dict[str, Any]
    row: dict[str, Any]  # the canonical input row: what a failed-items file holds


@dataclass(slots=True)
class Malformed:
    line: int
    message: str
    row: dict[str, Any]


@dataclass(slots=True)
class Options:
    """Defaults for fields a file may leave out."""

    slip: str | None = None
    activate_till: str | None = None


@dataclass(slots=True)
class Loaded:
    records: list[Record] = field(default_factory=list)
    malformed: list[Malformed] = field(default_factory=list)
    rows: int = 0
    replaced: int = 0  # rows superseded by a later row with the same key
    encoding: str = "utf-8"  # as read: given, or detected
    delimiter: str | None = None  # a CSV's separator, as read


Parse = Callable[[dict[str, Any], Options], tuple[Key, Any, dict[str, Any], dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of upload: which endpoint, which fields, how a row becomes an item."""

    marketplace: str
    what: str
    endpoint: str
    fields: frozenset[str]
    parse: Parse
    key_of: Callable[[Any], Key]  # the key of an item as the client reports it (its model or our dict)
    grouped: bool = False
    required: tuple[str, ...] = ()  # columns, as ``push --help`` lists them ("a or b": one of them)
    optional: tuple[str, ...] = ()


# --- reading ------------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "cp1251": "Windows-1251",
}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
_SEP_LINE = re.compile(r"sep=(.)")
_UNREAD = "; write its fields in place of _raw"


def detect_format(path: Path, given: str | None) -> str:
    if given is not None:
        return given
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"cannot tell the format of {path.name!r} from its extension; pass --format csv|jsonl"
        )
    return fmt


def snake(name: str) -> str:
    return _CAMEL.sub(r"_\1", name.strip()).lower()


def encoding_name(encoding: str) -> str:
    """``cp1251`` → ``Windows-1251``: the name a user knows from Excel's save dialog."""
    try:
        canonical = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return _ENCODING_NAMES.get(canonical, _ENCODING_NAMES.get(encoding, encoding))


def delimiter_name(delimiter: str) -> str:
    return DELIMITERS.get(delimiter, repr(delimiter))


def decode(path: Path, encoding: str | None) -> tuple[str, str]:
    """The text of ``path`` and the encoding it was read with.

    Without ``encoding``: a byte-order mark decides (UTF-8, or UTF-16 as Excel's "Unicode text"
    writes); otherwise UTF-8 if the whole file is valid UTF-8, else Windows-1251 (what Russian
    Excel's "CSV (comma delimited)" writes).
    """
    data = path.read_bytes()
    if encoding is None:
        encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise UsageError(
                f"{path.name}: not {encoding_name(encoding)} text ({exc.reason} at byte {exc.start}); "
                "pass --encoding"
            ) from None
    for candidate in ("utf-8", "cp1251"):
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise UsageError(f"{path.name}: neither UTF-8 nor Windows-1251 text; pass --encoding")


def detect_delimiter(header: str) -> str:
    """The separator of a header line: the most frequent of comma, semicolon and tab (comma if none)."""
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass(frozen=True, slots=True)
class Reading:
    """How to read a file; ``None`` means detected from the file."""

    encoding: str | None = None
    delimiter: str | None = None


class Rows:
    """The rows of a file: the text is decoded (and a CSV's separator found) when this is made."""

    def __init__(self, path: Path, fmt: str, known: frozenset[str], reading: Reading = Reading()) -> None:
        self.path, self.fmt, self.known = path, fmt, known
        text, self.encoding = decode(path, reading.encoding)
        self.lines = list(io.StringIO(text, newline=""))  # split at \n, \r\n and \r only, ends kept
        self.delimiter: str | None = None
        if fmt == "csv":
            at = next((i for i, line in enumerate(self.lines) if line.strip()), None)
            first = self.lines[at] if at is not None else ""
            hint = _SEP_LINE.fullmatch(first.strip())
            if hint is not None and at is not None:  # Excel's "sep=;" line names the separator
                self.lines[at] = "\n"  # read as blank, so line numbers stay the file's
                first = next((line for line in self.lines[at:] if line.strip()), "")
            self.delimiter = reading.delimiter or (hint.group(1) if hint else detect_delimiter(first))

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any] | Malformed]]:
        """(line, fields) for each row, or (line, Malformed) for a row that cannot be read at all."""
        return self._csv() if self.delimiter is not None else _jsonl_rows(self.lines, self.known)

    def _csv(self) -> Iterator[tuple[int, dict[str, Any] | Malformed]]:
        lines, delimiter = self.lines, self.delimiter or ","
        header: list[str] | None = None
        pos = 0  # lines before the current reader's first line
        while True:
            reader = csv.reader(islice(lines, pos, None), delimiter=delimiter, strict=True)
            end = pos  # lines read so far
            try:
                for values in reader:
                    start, end = end + 1, pos + reader.line_num
                    if not values or all(not v.strip() for v in values):
                        continue
                    if header is None:
                        header = self._header(values)
                        continue
                    if len(values) > len(header):
                        yield (
                            start,
                            _too_many(start, len(values), len(header), delimiter, lines[start - 1 : end]),
                        )
                        continue
                    yield start, _fields(header, values)
                return
            except csv.Error as exc:
                # A quote broke the row that starts after ``end``. Reading resumes on the line after
                # its first, so one stray quote costs one row, never the rest of the file.
                start = end + 1
                if header is None:
                    raise UsageError(f"{self.path.name}: line {start}: unreadable header ({exc})") from None
                yield (
                    start,
                    Malformed(
                        start,
                        _quote_problem(str(exc), start, pos + reader.line_num),
                        {"_raw": lines[start - 1].rstrip("\r\n")},
                    ),
                )
                pos = start

    def _header(self, values: list[str]) -> list[str]:
        header = [snake(h) for h in values]
        unknown = [h for h in header if h and not h.startswith("_") and h not in self.known]
        if unknown:
            raise UsageError(
                f"{self.path.name}: unknown column(s) {', '.join(unknown)} (read as "
                f"{delimiter_name(self.delimiter or ',')}-separated; --delimiter sets another); "
                f"known: {', '.join(sorted(self.known))}"
            )
        return header


def _fields(header: list[str], values: list[str]) -> dict[str, Any]:
    return {
        name: value
        for name, value in zip(header, values, strict=False)
        if name and not name.startswith("_") and value.strip() != ""
    }


def _quote_problem(error: str, start: int, at: int) -> str:
    """What broke a row starting on line ``start``; the reader noticed on line ``at``."""
    if "end of data" in error:
        return "unclosed quote: the quoted value that starts on this line never ends"
    if at > start:  # a quoted value ran past its line into the next rows
        return f"unclosed quote: the quoted value that starts on this line runs on to line {at}"
    if "expected after" in error:
        return f"misplaced quote ({error}): quote the whole value and double the quotes inside it"
    return f"unreadable row ({error})"


def _too_many(line: int, values: int, columns: int, delimiter: str, lines: list[str]) -> Malformed:
    hint = f"a {delimiter_name(delimiter)} inside a value must be quoted"
    if delimiter == ",":
        hint += " (a decimal comma? quote the value, or save the file with ; as the separator)"
    message = f"too many columns: {values} values for {columns} columns; {hint}"
    return Malformed(line, message, {"_raw": "".join(lines).rstrip("\r\n")})


def _jsonl_rows(lines: list[str], known: frozenset[str]) -> Iterator[tuple[int, dict[str, Any] | Malformed]]:
    for line, text in enumerate(lines, start=1):
        text = text.strip()
        if not text:
            continue
        try:
            data = json.loads(text, parse_float=Decimal)
        except ValueError as exc:
            yield line, Malformed(line, f"not valid JSON: {exc}", {"_raw": text})
            continue
        if not isinstance(data, dict):
            yield (
                line,
                Malformed(line, f"expected a JSON object, got {type(data).__name__}", {"_raw": text}),
            )
            continue
        fields = {snake(k): v for k, v in data.items() if not k.startswith("_") and v is not None}
        if not fields and isinstance(data.get("_raw"), str):  # a failed file's row that was never read
            why = str(data.get("_error") or "a row that could not be read")
            message = why if why.endswith(_UNREAD) else why + _UNREAD
            yield line, Malformed(line, message, {"_raw": data["_raw"]})
            continue
        unknown = sorted(set(fields) - known)
        if unknown:
            yield line, Malformed(line, f"unknown field(s) {', '.join(unknown)}", fields)
            continue
        yield line, fields


def load(path: Path, fmt: str, kind: Kind, options: Options, reading: Reading = Reading()) -> Loaded:
    """Every row of ``path`` as a record or a malformed row; one record per key."""
    rows = Rows(path, fmt, kind.fields, reading)
    out = Loaded(encoding=rows.encoding, delimiter=rows.delimiter)
    by_key: dict[Key, Record] = {}
    for line, fields in rows:
        out.rows += 1
        if isinstance(fields, Malformed):
            out.malformed.append(fields)
            continue
        try:
            key, value, item, row = kind.parse(fields, options)
            earlier = by_key.get(key)
            if earlier is not None and kind.grouped:
                _merge_codes(earlier, value, kind)
                continue
        except RowError as exc:
            out.malformed.append(Malformed(line, str(exc), fields))
            continue
        if earlier is not None:
            out.replaced += 1
            del by_key[key]  # re-inserted below: the record keeps the position of its last row
        by_key[key] = Record(line, key, value, item, row)
    out.records = list(by_key.values())
    return out


# --- fields -------------------------------------------------------------------------------------


def _missing(name: str) -> RowError:
    return RowError(f"{name}: required")


def _text(f: dict[str, Any], name: str, *, required: bool = False, max_len: int | None = None) -> str | None:
    value = f.get(name)
    if isinstance(value, (bool, list, dict)):
        raise RowError(f"{name}: expected text, got {json.dumps(value, default=str)}")
    if isinstance(value, (int, Decimal)):
        value = str(value)
    if isinstance(value, str):
        value = value.strip()
    if not value:
        if required:
            raise _missing(name)
        return None
    if max_len is not None and len(value) > max_len:
        raise RowError(f"{name}: at most {max_len} characters, got {len(value)}")
    return str(value)


def _int(
    f: dict[str, Any], name: str, *, required: bool = False, lo: int | None = None, below: int | None = None
) -> int | None:
    value = f.get(name)
    if value is None or value == "":
        if required:
            raise _missing(name)
        return None
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        number = int(value.strip())
    elif isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        number = int(value)
    if number is None:
        raise RowError(f"{name}: expected an integer, got {_show(value)}")
    if lo is not None and number < lo:
        raise RowError(f"{name}: must be >= {lo}, got {number}")
    if below is not None and number >= below:
        raise RowError(f"{name}: must be < {below:,}, got {number}")
    return number


def _decimal(text: str) -> str:
    """A price as Russian Excel writes it (``1 990,50``: decimal comma, spaces between thousands) → ``1990.50``."""
    text = _THOUSANDS.sub("", text.strip())
    return text.replace(",", ".") if text.count(",") == 1 and "." not in text else text


def _money(f: dict[str, Any], name: str) -> str | None:
    """An Ozon price field: a decimal string with up to two decimals (floats never round on the way)."""
    value = f.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise RowError(f"{name}: expected a price, got {_show(value)}")
    text = format(value, "f") if isinstance(value, Decimal) else _decimal(str(value))
    if not _MONEY.fullmatch(text):
        raise RowError(f"{name}: expected digits with up to 2 decimals (e.g. 1990.50), got {_show(value)}")
    return text


def _number(f: dict[str, Any], name: str, *, required: bool = False) -> int | float | None:
    """A Yandex price: > 0, an int when written without a fraction (``1990`` stays ``1990``)."""
    value = f.get(name)
    if value is None or value == "":
        if required:
            raise _missing(name)
        return None
    try:
        if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
            raise InvalidOperation
        number = Decimal(_decimal(value)) if isinstance(value, str) else Decimal(value)
        if not number.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        raise RowError(f"{name}: expected a number, got {_show(value)}") from None
    if number <= 0:
        raise RowError(f"{name}: must be > 0, got {value}")
    exponent = number.as_tuple().exponent
    return int(number) if isinstance(exponent, int) and exponent >= 0 else float(number)


def _bool(f: dict[str, Any], name: str) -> bool | None:
    value = f.get(name)
    if value is None or value == "" or isinstance(value, bool):
        return value if isinstance(value, bool) else None
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise RowError(f"{name}: expected true or false, got {_show(value)}")


def _toggle(f: dict[str, Any], name: str) -> str | None:
    value = _text(f, name)
    if value is not None and value.upper() not in _TOGGLES:
        raise RowError(f"{name}: expected one of {', '.join(_TOGGLES)}, got {value!r}")
    return value.upper() if value is not None else None


def _date(f: dict[str, Any], name: str, default: str | None) -> str:
    value = _text(f, name) or default
    if value is None:
        raise _missing(name)
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise RowError(f"{name}: expected a date YYYY-MM-DD, got {value!r}") from None


def _moment(f: dict[str, Any], name: str) -> str | None:
    value = _text(f, name)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise RowError(f"{name}: expected an ISO 8601 date-time, got {value!r}") from None
    if moment.utcoffset() is None:
        raise RowError(f"{name}: needs a UTC offset (e.g. 2026-05-01T12:00:00+03:00), got {value!r}")
    return value


def _codes(f: dict[str, Any], *names: str) -> list[str]:
    codes: list[str] = []
    for name in names:
        value = f.get(name)
        if value is None or value == "":
            continue
        values = value if isinstance(value, list) else [value]
        for i, code in enumerate(values):
            if isinstance(code, (dict, list, bool)) or code is None:
                raise RowError(f"{name}[{i}]: expected a code as text, got {_show(code)}")
            text = str(code).strip()
            if not text:
                raise RowError(f"{name}[{i}]: empty code")
            codes.append(text)
    if len(set(codes)) != len(codes):
        raise RowError("codes: the same code is given twice")
    return codes


def _show(value: Any) -> str:
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, default=str, ensure_ascii=False)


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _compact(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


# --- kinds --------------------------------------------------------------------------------------


def _ozon_id(f: dict[str, Any]) -> tuple[str | None, int | None]:
    offer_id = _text(f, "offer_id")
    product_id = _int(f, "product_id", lo=1)
    if offer_id is None and product_id is None:
        raise RowError("offer_id or product_id: one is required")
    return offer_id, product_id


def _ozon_product_key(obj: Any) -> Key:
    # ProductAPI_ProductsStocksV2: when both ids are given, offer_id wins, so it names the product.
    offer_id = _get(obj, "offer_id")
    return ("offer", offer_id) if offer_id is not None else ("product", _get(obj, "product_id"))


def _ozon_stock_key(obj: Any) -> Key:
    return (*_ozon_product_key(obj), _get(obj, "warehouse_id"))


def _parse_ozon_stock(f: dict[str, Any], _: Options) -> tuple[Key, Any, dict[str, Any], dict[str, Any]]:
    offer_id, product_id = _ozon_id(f)
    warehouse_id = _int(f, "warehouse_id", required=True, lo=1)
    stock = _int(f, "stock", required=True, lo=0, below=STOCK_LIMIT)
    row = _compact(offer_id=offer_id, product_id=product_id, warehouse_id=warehouse_id, stock=stock)
    return _ozon_stock_key(row), stock, dict(row), row


_OZON_MONEY = ("price", "old_price", "min_price", "net_price")
_OZON_TOGGLES = ("auto_action_enabled", "auto_add_to_ozon_actions_list_enabled", "price_strategy_enabled")


def _parse_ozon_price(f: dict[str, Any], _: Options) -> tuple[Key, Any, dict[str, Any], dict[str, Any]]:
    offer_id, product_id = _ozon_id(f)
    value: dict[str, Any] = {name: _money(f, name) for name in _OZON_MONEY}
    value.update({name: _toggle(f, name) for name in _OZON_TOGGLES})
    value["currency_code"] = _text(f, "currency_code")
    vat = _text(f, "vat")
    value["vat"] = _decimal(vat) if vat is not None else None  # 0,2 as Russian Excel writes 0.2
    value["min_price_for_auto_actions_enabled"] = _bool(f, "min_price_for_auto_actions_enabled")
    value["quant_size"] = _int(f, "quant_size", lo=1)
    value = _compact(**value)
    if not value:
        raise RowError("nothing to update: give price or another price field")
    row = _compact(offer_id=offer_id, product_id=product_id, **value)
    return _ozon_product_key(row), value, dict(row), row


def _sku(f: dict[str, Any]) -> str:
    sku = _text(f, "sku", required=True, max_len=_SKU_MAX)
    assert sku is not None
    return sku


def _parse_yandex_stock(f: dict[str, Any], _: Options) -> tuple[Key, Any, dict[str, Any], dict[str, Any]]:
    if f.get("warehouse_id") is not None or f.get("partner_warehouse_id") is not None:
        raise RowError("warehouse_id: stocks per warehouse go to the v3 method; push with --business")
    sku = _sku(f)
    count = _int(f, "count", required=True, lo=0, below=_YANDEX_COUNT_MAX + 1)
    updated_at = _moment(f, "updated_at")
    row = _compact(sku=sku, count=count, updated_at=updated_at)
    return (sku,), [count, updated_at], dict(row), row


def _parse_yandex_warehouse_stock(
    f: dict[str, Any], _: Options
) -> tuple[Key, Any, dict[str, Any], dict[str, Any]]:
    sku = _sku(f)
    name = "partner_warehouse_id" if f.get("warehouse_id") is None else "warehouse_id"
    warehouse_id = _int(f, name, required=True, lo=1)
    count = _int(f, "count", required=True, lo=0, below=_YANDEX_COUNT_MAX + 1)
    updated_at = _moment(f, "updated_at")
    row = _compact(sku=sku, warehouse_id=warehouse_id, count=count, updated_at=updated_at)
    return (sku, warehouse_id), [count, updated_at], dict(row), row


def _yandex_price(business: bool) -> Parse:
    extra = "minimum_for_bestseller" if business else "vat"

    def parse(f: dict[str, Any], _: Options) -> tuple[Key, Any, dict[str, Any], dict[str, Any]]:
        nested = f.get("price")
        if isinstance(nested, dict):  # the client's own shape: {"offer_id", "price": {"value", ...}}
            f = {**f, **{snake(k): v for k, v in nested.items()}}
            f["price"] = f.pop("value", None)
        offer_id = _text(f, "offer_id", required=True, max_len=_SKU_MAX)
        price = _compact(
            value=_number(f, "price", required=True),
            currency_id=_text(f, "currency_id", required=True),
            discount_base=_number(f, "discount_base"),
            **{extra: _number(f, extra) if business else _int(f, extra, lo=0)},
        )
        if not re.fullmatch(r"[A-Z]{3}", price["currency_id"]):
            raise RowError(f"currency_id: expected 3 capital letters (RUR), got {price['currency_id']!r}")
        row = {"offer_id": offer_id, "price": price["value"]}
        row.update({k: v for k, v in price.items() if k != "value"})
        return (offer_id,), price, {"offer_id": offer_id, "price": price}, row

    return parse


def _parse_yandex_codes(f: dict[str, Any], opts: Options) -> tuple[Key, Any, dict[str, Any], dict[str, Any]]:
    name = "id" if f.get("id") is not None else "item_id"
    item_id = _int(f, name, required=True, lo=1)
    codes = _codes(f, "codes", "code")
    if not codes:
        raise RowError("codes: at least one code is required")
    slip = _text(f, "slip") or opts.slip
    if slip is None:
        raise RowError("slip: required (or pass --slip)")
    activate_till = _date(f, "activate_till", opts.activate_till)
    value = {"codes": codes, "slip": slip, "activate_till": activate_till}
    item = {"id": item_id, **value}
    return (item_id,), value, item, dict(item)


def _parse_ozon_codes(f: dict[str, Any], _: Options) -> tuple[Key, Any, dict[str, Any], dict[str, Any]]:
    sku = _int(f, "sku", required=True, lo=1)
    codes = _codes(f, "codes", "exemplar_keys", "code")
    missing = _int(f, "not_available_exemplar_qty", lo=0) or 0
    if not codes and not missing:
        raise RowError("codes: give codes, or not_available_exemplar_qty for a SKU without them")
    value = {"codes": codes, "not_available_exemplar_qty": missing}
    item = {
        "sku": sku,
        "exemplar_qty": len(codes),
        "not_available_exemplar_qty": missing,
        "exemplar_keys": codes,
    }
    return (sku,), value, item, {"sku": sku, **value}


def _merge_codes(record: Record, value: dict[str, Any], kind: Kind) -> None:
    """A later row of an item already seen: its codes join the item's; other fields must agree."""
    where = f"given for this item at line {record.line}"
    for name, new in value.items():
        old = record.value[name]
        if name == "codes" or (name == "not_available_exemplar_qty" and not (new and old)):
            continue  # a count of unavailable exemplars may be given on any one row of the SKU
        if new != old:
            raise RowError(f"{name}: {new!r} differs from {old!r} {where}")
    codes = record.value["codes"]  # the record's value, item and row share this list
    if set(codes) & set(value["codes"]):
        raise RowError(f"code: repeats a code {where} or later")
    codes.extend(value["codes"])
    if kind.marketplace == "ozon":
        missing = max(record.value["not_available_exemplar_qty"], value["not_available_exemplar_qty"])
        record.value["not_available_exemplar_qty"] = record.row["not_available_exemplar_qty"] = missing
        record.item["not_available_exemplar_qty"] = missing
        record.item["exemplar_qty"] = len(codes)


def _yandex_codes_key(obj: Any) -> Key:
    return (_get(obj, "id"),)


def _ozon_codes_key(obj: Any) -> Key:
    return (_get(obj, "sku"),)


def _yandex_stock_key(obj: Any) -> Key:
    return (_get(obj, "sku"),)


def _yandex_warehouse_key(obj: Any) -> Key:
    warehouse = _get(obj, "partner_warehouse_id")
    return (_get(obj, "sku"), warehouse if warehouse is not None else _get(obj, "warehouse_id"))


def _offer_key(obj: Any) -> Key:
    return (_get(obj, "offer_id"),)


_YANDEX_PRICE = frozenset({"offer_id", "price", "value", "currency_id", "discount_base"})


_OZON_PRICE_FIELDS = frozenset(
    {"offer_id", "product_id", "currency_code", "vat", "min_price_for_auto_actions_enabled", "quant_size"}
    | set(_OZON_MONEY)
    | set(_OZON_TOGGLES)
)


def kind_for(marketplace: str, what: str, *, business: bool = False) -> Kind:
    """The upload ``what`` on ``marketplace``; ``business`` picks Yandex's per-business methods."""
    if marketplace == "ozon":
        product = "offer_id or product_id"
        if what == "stocks":
            fields = frozenset({"offer_id", "product_id", "warehouse_id", "stock"})
            return Kind(
                "ozon",
                what,
                "v2/products/stocks",
                fields,
                _parse_ozon_stock,
                _ozon_stock_key,
                required=(product, "warehouse_id", "stock"),
            )
        if what == "prices":
            return Kind(
                "ozon",
                what,
                "v1/product/import/prices",
                _OZON_PRICE_FIELDS,
                _parse_ozon_price,
                _ozon_product_key,
                required=(product, "at least one of the optional columns"),
                optional=tuple(sorted(_OZON_PRICE_FIELDS - {"offer_id", "product_id"})),
            )
        fields = frozenset({"sku", "code", "codes", "exemplar_keys", "not_available_exemplar_qty"})
        return Kind(
            "ozon",
            what,
            "v1/posting/digital/codes/upload",
            fields,
            _parse_ozon_codes,
            _ozon_codes_key,
            grouped=True,
            required=(
                "sku",
                "code (one a row), codes or exemplar_keys, unless not_available_exemplar_qty is given",
            ),
            optional=("not_available_exemplar_qty",),
        )
    if what == "stocks":
        if business:
            fields = frozenset({"sku", "warehouse_id", "partner_warehouse_id", "count", "updated_at"})
            return Kind(
                "yandex",
                what,
                "updateStocksOnPartnerWarehouses",
                fields,
                _parse_yandex_warehouse_stock,
                _yandex_warehouse_key,
                required=("sku", "warehouse_id or partner_warehouse_id", "count"),
                optional=("updated_at",),
            )
        # warehouse_id is known only to say where stocks per warehouse go
        fields = frozenset({"sku", "count", "updated_at", "warehouse_id", "partner_warehouse_id"})
        return Kind(
            "yandex",
            what,
            "updateStocks",
            fields,
            _parse_yandex_stock,
            _yandex_stock_key,
            required=("sku", "count"),
            optional=("updated_at",),
        )
    if what == "prices":
        price = ("offer_id", "price", "currency_id")
        if business:
            return Kind(
                "yandex",
                what,
                "updateBusinessPrices",
                _YANDEX_PRICE | {"minimum_for_bestseller"},
                _yandex_price(True),
                _offer_key,
                required=price,
                optional=("discount_base", "minimum_for_bestseller"),
            )
        return Kind(
            "yandex",
            what,
            "updatePrices",
            _YANDEX_PRICE | {"vat"},
            _yandex_price(False),
            _offer_key,
            required=price,
            optional=("discount_base", "vat"),
        )
    fields = frozenset({"id", "item_id", "code", "codes", "slip", "activate_till"})
    return Kind(
        "yandex",
        what,
        "provideOrderDigitalCodes",
        fields,
        _parse_yandex_codes,
        _yandex_codes_key,
        grouped=True,
        required=(
            "id or item_id",
            "code (one a row) or codes",
            "slip (or --slip)",
            "activate_till (or --activate-till)",
        ),
    )


# (marketplace, what, business, how ``push`` names the target): every kind, for ``push --help``
KINDS = (
    ("ozon", "stocks", False, "ozon stocks"),
    ("ozon", "prices", False, "ozon prices"),
    ("ozon", "codes", False, "ozon codes --posting N"),
    ("yandex", "stocks", False, "yandex stocks --campaign"),
    ("yandex", "stocks", True, "yandex stocks --business"),
    ("yandex", "prices", False, "yandex prices --campaign"),
    ("yandex", "prices", True, "yandex prices --business"),
    ("yandex", "codes", False, "yandex codes --campaign --order"),
)


def columns_help() -> str:
    """The columns of every kind of upload, for ``push --help``."""
    lines = [
        "columns (a CSV's header or a JSONL object's keys; camelCase is accepted; names starting",
        "with _ are ignored):",
    ]
    for market, what, business, label in KINDS:
        kind = kind_for(market, what, business=business)
        lines.append(f"  {label}")
        for name, columns in (("required", kind.required), ("optional", kind.optional)):
            if columns:
                text = f"{name}: {', '.join(columns)}"
                lines += textwrap.wrap(text, 100, initial_indent=" " * 6, subsequent_indent=" " * 16)
    return "\n".join(lines)
