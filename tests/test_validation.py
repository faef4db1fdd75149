"""One rule for the bulk items of both clients: numbers, unknown fields, messages and codes.

The wire tests run against a scripted local aiohttp server that keeps every raw request body, so
what is asserted is the bytes a marketplace would receive.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st
from test_engine import serve

from marketplace_async import FailureReason, OzonClient, ValidationError, YandexMarketClient
from marketplace_async._ozon.client import _convert_code, _convert_exemplars, _convert_price, _convert_stock
from marketplace_async._validation import CODES, SHOWN_ERRORS, NumberRule, plain_text

README = Path(__file__).resolve().parents[1] / "README.md"
CAMPAIGN = 42


@dataclass
class Wire:
    """A local marketplace that answers every item as applied and keeps the raw bodies."""

    url: str = ""
    bodies: dict[str, list[bytes]] = field(default_factory=dict)

    def sent(self, path: str) -> list[Any]:
        return [json.loads(raw) for raw in self.bodies.get(path, [])]


async def _answer(request: web.Request, wire: Wire) -> web.Response:
    raw = await request.read()
    wire.bodies.setdefault(request.path, []).append(raw)
    body = json.loads(raw) if raw else {}
    if request.path == "/v2/products/stocks":
        rows = [{**s, "updated": True, "errors": []} for s in body["stocks"]]
        return web.json_response({"result": rows})
    if request.path == "/v1/product/import/prices":
        rows = [
            {"offer_id": p.get("offer_id", ""), "product_id": p.get("product_id", 0), "updated": True}
            for p in body["prices"]
        ]
        return web.json_response({"result": rows})
    return web.json_response({"status": "OK"})


@pytest.fixture
async def wire() -> AsyncIterator[Wire]:
    state = Wire()

    async def handle(request: web.Request) -> web.Response:
        return await _answer(request, state)

    async for url in serve(handle):
        state.url = url
        yield state


@pytest.fixture
async def ozon(wire: Wire) -> AsyncIterator[OzonClient]:
    async with OzonClient(client_id="1", api_key="k", base_url=wire.url) as client:
        yield client


@pytest.fixture
async def ym(wire: Wire) -> AsyncIterator[YandexMarketClient]:
    async with YandexMarketClient(api_key="k", base_url=wire.url) as client:
        yield client


YANDEX_PRICES = f"/v2/campaigns/{CAMPAIGN}/offer-prices/updates"


# ---------------------------------------------------------------- numbers on the wire


async def test_ozon_prices_take_exact_decimals_ints_strs_and_exact_floats(
    ozon: OzonClient, wire: Wire
) -> None:
    items = [
        {"offer_id": "A", "price": Decimal("15.000")},  # exact at 2 places: refused before
        {"offer_id": "B", "price": Decimal("0E-10"), "old_price": 0},  # zero, written plainly
        {"offer_id": "C", "price": 19.9, "vat": 0.2},  # a float is read as the 19.9 it prints as
        {"offer_id": "D", "price": "1990.50", "net_price": Decimal("1E+3"), "vat": Decimal("0.10")},
    ]
    result = await ozon.update_prices(items)
    assert result.succeeded == 4 and not result.failed
    (body,) = wire.bodies["/v1/product/import/prices"]
    assert json.loads(body)["prices"] == [
        {"offer_id": "A", "price": "15.00"},
        {"offer_id": "B", "old_price": "0", "price": "0.00"},
        {"offer_id": "C", "price": "19.9", "vat": "0.2"},
        {"net_price": "1000", "offer_id": "D", "price": "1990.50", "vat": "0.1"},
    ]


async def test_yandex_prices_go_as_exact_json_numbers(ym: YandexMarketClient, wire: Wire) -> None:
    items = [
        {"offer_id": "A", "price": {"value": Decimal("1999.90"), "currency_id": "RUR"}},
        {"offer_id": "B", "price": {"value": 19.9, "currency_id": "RUR", "discount_base": 25.0}},
        {"offer_id": "C", "price": {"value": "100", "currency_id": "RUR", "vat": "14"}},
    ]
    assert (await ym.update_prices(CAMPAIGN, items)).succeeded == 3
    (raw,) = wire.bodies[YANDEX_PRICES]
    # The digits the caller gave, as JSON numbers: never a float's rounding, never a string.
    assert b'"value":1999.90' in raw and b'"value":19.9,' in raw and b'"discountBase":25' in raw
    assert b'"value":100,' in raw and b'"vat":14' in raw


async def test_yandex_refuses_infinity_instead_of_sending_null(ym: YandexMarketClient, wire: Wire) -> None:
    good = {"offer_id": "A", "price": {"value": 10, "currency_id": "RUR"}}
    bad = {"offer_id": "B", "price": {"value": float("inf"), "currency_id": "RUR"}}
    with pytest.raises(ValidationError) as caught:
        await ym.update_prices(CAMPAIGN, [good, bad])
    assert (caught.value.item_index, caught.value.field, caught.value.code) == (1, "price.value", "RANGE")
    assert wire.bodies == {}
    # In a stream the bad offer comes back failed and the good one goes, without a null.
    result = await ym.update_prices(CAMPAIGN, iter([good, bad]))
    assert result.succeeded == 1 and [f.code for f in result.failed] == ["RANGE"]
    assert b"null" not in wire.bodies[YANDEX_PRICES][0]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (0.1 + 0.2, "PRECISION"),  # 0.30000000000000004: refused, not rounded behind the caller's back
        (Decimal("1.005"), "PRECISION"),
        (0, "RANGE"),  # a price must be > 0
        (float("nan"), "RANGE"),
        ("1e3", "FORMAT"),
        (True, "TYPE"),
    ],
)
async def test_yandex_prices_follow_the_same_number_rule(
    ym: YandexMarketClient, wire: Wire, value: Any, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await ym.update_prices(CAMPAIGN, [{"offer_id": "A", "price": {"value": value, "currency_id": "RUR"}}])
    assert (caught.value.field, caught.value.code) == ("price.value", code)
    assert wire.bodies == {}


async def test_discount_base_must_be_whole_and_vat_a_current_rate(ym: YandexMarketClient) -> None:
    def offer(**price: Any) -> dict[str, Any]:
        return {"offer_id": "A", "price": {"value": 100, "currency_id": "RUR", **price}}

    with pytest.raises(ValidationError) as caught:
        await ym.update_prices(CAMPAIGN, [offer(discount_base=Decimal("120.50"))])
    assert (caught.value.field, caught.value.code) == ("price.discount_base", "PRECISION")
    with pytest.raises(ValidationError) as caught:
        await ym.update_prices(CAMPAIGN, [offer(vat=7)])  # VatType: 7 is no longer accepted
    assert (caught.value.field, caught.value.code) == ("price.vat", "ENUM")
    assert "must be one of 2, 5, 6, 10, 11, 14, got 7" in str(caught.value)


async def test_counts_take_whole_numbers_of_any_number_type(ozon: OzonClient, wire: Wire) -> None:
    items = [
        {"offer_id": "A", "warehouse_id": 1, "stock": "5"},
        {"offer_id": "B", "warehouse_id": Decimal("2.000"), "stock": 6.0},
    ]
    assert (await ozon.update_stocks(items)).succeeded == 2
    assert wire.sent("/v2/products/stocks")[0]["stocks"] == [
        {"offer_id": "A", "stock": 5, "warehouse_id": 1},
        {"offer_id": "B", "stock": 6, "warehouse_id": 2},
    ]


# ---------------------------------------------------------------- fields


async def test_an_unknown_field_is_an_error_naming_it(
    ozon: OzonClient, ym: YandexMarketClient, wire: Wire
) -> None:
    with pytest.raises(ValidationError) as ozon_error:
        await ozon.update_prices([{"offer_id": "A", "prcie": "10"}])
    with pytest.raises(ValidationError) as yandex_error:
        await ym.update_prices(CAMPAIGN, [{"offer_id": "A", "price": {"vlaue": 10, "currency_id": "RUR"}}])
    assert (
        str(ozon_error.value) == "item #0, field 'prcie': is not a field of this item (did you mean 'price'?)"
    )
    assert str(yandex_error.value) == (
        "item #0, field 'price.vlaue': is not a field of this item (did you mean 'value'?)"
    )
    assert ozon_error.value.code == yandex_error.value.code == "UNKNOWN_FIELD"
    assert wire.bodies == {}


@pytest.mark.parametrize(
    ("item", "field", "code"),
    [
        ({"offer_id": "A"}, "price", "REQUIRED"),  # no money field: nothing to update
        ({"offer_id": "A", "price": "1", "vat": "abc"}, "vat", "ENUM"),
        ({"offer_id": "A", "price": "1", "vat": "0.18"}, "vat", "ENUM"),
        ({"offer_id": "A", "price": "1", "currency_code": "rub"}, "currency_code", "FORMAT"),
        ({"offer_id": "A", "price": "1", "currency_code": "RUB\n"}, "currency_code", "FORMAT"),
        ({"offer_id": "A", "price": "1", "auto_action_enabled": "ON"}, "auto_action_enabled", "ENUM"),
        ({"product_id": 0, "price": "1"}, "product_id", "RANGE"),
    ],
)
def test_ozon_price_fields(item: dict[str, Any], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _convert_price(item, 0)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_the_callers_items_are_never_changed() -> None:
    item = {"offer_id": "A", "price": Decimal("10.5"), "old_price": 20}
    stock = {"offer_id": "A", "warehouse_id": "3", "stock": 1.0}
    assert _convert_price(item, 0).price == "10.5"
    assert _convert_stock(stock, 0).warehouse_id == 3
    assert item == {"offer_id": "A", "price": Decimal("10.5"), "old_price": 20}
    assert stock == {"offer_id": "A", "warehouse_id": "3", "stock": 1.0}


# ---------------------------------------------------------------- one voice, stable codes


async def test_both_clients_word_the_same_rule_the_same_way(ozon: OzonClient, ym: YandexMarketClient) -> None:
    cases: list[tuple[Any, str]] = [
        (
            lambda: ozon.update_stocks([{"offer_id": "A", "stock": 1}]),
            "item #0, field 'warehouse_id': is required",
        ),
        (lambda: ym.update_stocks(CAMPAIGN, [{"sku": "A"}]), "item #0, field 'count': is required"),
        (
            lambda: ozon.update_stocks([{"offer_id": "A", "warehouse_id": 1, "stock": -5}]),
            "item #0, field 'stock': must be >= 0 and < 1,000,000, got -5",
        ),
        (
            lambda: ym.update_stocks(CAMPAIGN, [{"sku": "A", "count": -5}]),
            "item #0, field 'count': must be >= 0 and <= 2,000,000,000, got -5",
        ),
        (
            lambda: ozon.update_stocks([{"offer_id": "", "warehouse_id": 1, "stock": 1}]),
            "item #0, field 'offer_id': must not be empty",
        ),
        (
            lambda: ym.update_stocks(CAMPAIGN, [{"sku": "", "count": 1}]),
            "item #0, field 'sku': must not be empty",
        ),
        (
            lambda: ozon.update_stocks([{"offer_id": "A", "warehouse_id": 1, "stock": "lots"}]),
            "item #0, field 'stock': expected a number in ASCII digits with a point (e.g. 199.90), got 'lots'",
        ),
        (
            lambda: ym.update_stocks(CAMPAIGN, [{"sku": "A", "count": "lots"}]),
            "item #0, field 'count': expected a number in ASCII digits with a point (e.g. 199.90), got 'lots'",
        ),
    ]
    for call, message in cases:
        with pytest.raises(ValidationError) as caught:
            await call()
        assert str(caught.value) == message
        assert caught.value.code in CODES and caught.value.rule == message.split(": ", 1)[1].split(", got")[0]


def test_ozon_stock_too_big_has_the_apis_own_code() -> None:
    with pytest.raises(ValidationError) as caught:
        _convert_stock({"offer_id": "A", "warehouse_id": 1, "stock": 1_000_000}, 4)
    assert caught.value.code == "STOCK_TOO_BIG"
    assert (
        str(caught.value)
        == "item #4, field 'stock': must be >= 0 and < 1,000,000 (STOCK_TOO_BIG), got 1000000"
    )


async def test_a_list_names_the_first_bad_items_and_counts_the_rest(ozon: OzonClient, wire: Wire) -> None:
    items: list[Any] = [{"offer_id": f"A{i}", "warehouse_id": 1, "stock": i} for i in range(20)]
    bad = [2, 3, 5, 8, 13, 14, 17]
    for i in bad:
        items[i] = {"offer_id": f"A{i}", "warehouse_id": 1, "stock": -i}
    items[17] = {"offer_id": "A17", "warehouse_id": 1, "stok": 1}
    with pytest.raises(ValidationError) as caught:
        await ozon.update_stocks(items)
    error = caught.value
    assert [e.item_index for e in error.errors] == bad
    assert [e.code for e in error.errors] == ["RANGE"] * 6 + ["UNKNOWN_FIELD"]
    lines = str(error).splitlines()
    assert lines[0] == "7 items are invalid; nothing was sent. Fix them and send the list again:"
    assert lines[1] == "  item #2, field 'stock': must be >= 0 and < 1,000,000, got -2"
    assert len(lines) == 1 + SHOWN_ERRORS + 1 and lines[-1] == f"  ... and {7 - SHOWN_ERRORS} more"
    assert (error.item_index, error.field, error.code) == (2, "stock", "RANGE")  # the first one's
    assert wire.bodies == {}


async def test_a_yandex_list_is_checked_whole_too(ym: YandexMarketClient, wire: Wire) -> None:
    items = [{"sku": "A", "count": 1}, {"sku": "B", "count": -1}, {"sku": "C"}, {"sku": "D", "count": 1.5}]
    with pytest.raises(ValidationError) as caught:
        await ym.update_stocks(CAMPAIGN, items)
    assert [(e.item_index, e.field, e.code) for e in caught.value.errors] == [
        (1, "count", "RANGE"),
        (2, "count", "REQUIRED"),
        (3, "count", "PRECISION"),
    ]
    assert wire.bodies == {}


async def test_a_stream_reports_each_bad_item_with_its_code(ozon: OzonClient, wire: Wire) -> None:
    def rows() -> Any:
        yield {"offer_id": "A", "warehouse_id": 1, "stock": 1}
        yield {"offer_id": "B", "warehouse_id": 1, "stock": 1_000_000}
        yield {"offer_id": "C", "warehouse_id": 1, "stock": 2, "note": "x"}
        yield {"offer_id": "D", "warehouse_id": 1, "stock": 3}

    result = await ozon.update_stocks(rows())
    assert result.succeeded == 2
    assert [(f.reason, f.code, f.item["offer_id"]) for f in result.failed] == [
        (FailureReason.VALIDATION, "STOCK_TOO_BIG", "B"),
        (FailureReason.VALIDATION, "UNKNOWN_FIELD", "C"),
    ]
    assert str(result.failed[1]) == (
        "validation [UNKNOWN_FIELD]: item #2, field 'note': is not a field of this item; "
        "it takes offer_id, product_id, stock, warehouse_id"
    )


def test_digital_codes_are_never_echoed() -> None:
    item = {"sku": 1, "exemplar_qty": 1, "not_available_exemplar_qty": 0, "exemplar_keys": [12345]}
    with pytest.raises(ValidationError) as caught:
        _convert_exemplars(item, 0)
    assert caught.value.code == "TYPE"
    secret = {
        "sku": 1,
        "exemplar_qty": 2,
        "not_available_exemplar_qty": 0,
        "exemplar_keys": ["SECRET-1", "SECRET-1"],
    }
    with pytest.raises(ValidationError) as caught:
        _convert_exemplars(secret, 0)
    assert caught.value.code == "DUPLICATE" and "SECRET" not in str(caught.value)


def test_readme_lists_every_code() -> None:
    section = README.read_text(encoding="utf-8").split("## Numbers and fields", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`([A-Z_]{4,})`", section))
    assert set(CODES) <= listed, set(CODES) - listed


# ---------------------------------------------------------------- the number rule itself


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_an_exact_money_value_is_written_without_changing_it(value: Decimal) -> None:
    text = plain_text(NumberRule(2, ge=0).check(value), 2)
    assert re.fullmatch(r"[0-9]+(\.[0-9]{1,2})?", text) and Decimal(text) == value


@pytest.mark.parametrize("digits", [28, 29, 40, 120])
def test_a_value_longer_than_decimals_default_precision_is_neither_rounded_nor_a_crash(digits: int) -> None:
    # Python's default decimal context keeps 28 digits: past it, normalize() rounded a value and
    # quantize() raised InvalidOperation instead of the rule's own error.
    whole = "9" * digits
    assert plain_text(NumberRule(2).check(whole + ".50"), 2) == whole + ".50"
    with pytest.raises(ValidationError) as caught:
        _convert_price({"offer_id": "A", "price": whole + ".995"}, 0)
    assert (caught.value.field, caught.value.code) == ("price", "PRECISION")


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_a_float_is_taken_exactly_when_it_prints_with_two_decimals_at_most(value: float) -> None:
    places = -Decimal(repr(value)).normalize().as_tuple().exponent  # type: ignore[operator]
    if places <= 2:
        assert Decimal(plain_text(NumberRule(2).check(value), 2)) == Decimal(repr(value))
    else:
        with pytest.raises(Exception, match="decimal places"):
            NumberRule(2).check(value)


def test_legacy_digital_codes_speak_the_same_way() -> None:
    with pytest.raises(ValidationError) as caught:
        _convert_code(5, 2)
    assert (caught.value.code, str(caught.value)) == (
        "TYPE",
        "item #2, field 'digital_codes': expected a string, got int",
    )
    with pytest.raises(ValidationError) as caught:
        _convert_code("", 3)
    assert (caught.value.code, str(caught.value)) == (
        "LENGTH",
        "item #3, field 'digital_codes': must not be empty",
    )


async def test_a_sync_item_without_its_key_is_required(ym: YandexMarketClient) -> None:
    async with ym.stock_sync(CAMPAIGN) as sync:
        with pytest.raises(ValidationError) as caught:
            await sync.put({"count": 1})
    assert (caught.value.code, caught.value.field) == ("REQUIRED", "sku")
