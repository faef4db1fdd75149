"""A Yandex list's fast path (issue 15) gives exactly what item by item gives.

A list of plain dicts in the common shape is converted whole by one ``msgspec.convert`` (the
plan's ``convert_list``); anything it does not take exactly as the full rules would send it must
make it give up (``None``), so that the list goes item by item (``convert``) and every bad item is
named as before. The properties compare the two on items built to sit on both sides of every rule:
whitespace to trim, control characters, money text and ints at the bounds, timestamps with and
without an offset, camelCase and unknown keys.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketplace_async import BulkResult, ClientPool, ValidationError, YandexMarketClient
from marketplace_async._bulk import BulkPlan
from marketplace_async._yandex import client as yandex_client
from marketplace_async._yandex.models import json_encode

CAMPAIGN, BUSINESS = 21_000_001, 7_000_002
NOW = datetime(2026, 7, 1, 9, 30, tzinfo=UTC)

# --- values on both sides of each rule ------------------------------------------------------------

SPACES = st.sampled_from([" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2003", "\u3000"])
PLAIN_SKU = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9 ._/\t-]{0,10}[A-Za-z0-9]|[A-Za-z0-9]", fullmatch=True)
SKU = st.one_of(
    PLAIN_SKU,
    st.text(max_size=6),  # anything: controls, surrogates-free unicode, empty
    st.tuples(st.one_of(SPACES, st.just("")), PLAIN_SKU, st.one_of(SPACES, st.just(""))).map("".join),
    st.sampled_from(
        ["x" * 255, "x" * 256, " " + "x" * 255, "a\x00b", "a\x7fb", "é-ж-中", "a\u200bb", "\x00"]
    ),
)
MONEY = st.one_of(
    st.integers(-3, 10**9),
    st.integers(2**62, 2**70),
    st.from_regex(r"-?[0-9]{1,6}(\.[0-9]{0,3})?", fullmatch=True),
    st.sampled_from(
        ["0", "0.0", "0.00", "0.01", "0.10", "0.1", "01", "5\n", " 5", "1e3", "1.", ".5", "100000000.00"]
    ),
    st.sampled_from(["100000000", "100000000.01", "99999999.99", "1999.90"]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=-5, max_value=10**6, places=3),
    st.sampled_from([True, None, "", [], {}]),
)
VALID_MONEY = st.one_of(
    st.integers(1, 10**9), st.from_regex(r"[1-9][0-9]{0,6}(\.[0-9]{1,2})?", fullmatch=True)
)
CURRENCY = st.sampled_from(["RUR", "USD", "rur", "RU", "RURR", "RUR\n", " RUR", 643, None])
VAT = st.sampled_from([None, 2, 5, 6, 7, 10, 11, 14, "5", 5.0, True])
COUNT = st.one_of(st.integers(-2, 2_000_000_001), st.sampled_from(["5", 5.0, True, None, 2**70]))
AWARE = st.datetimes(
    min_value=datetime(2000, 1, 1), timezones=st.sampled_from([UTC, timezone(timedelta(hours=3))])
)
STAMP = st.one_of(
    AWARE,
    AWARE.map(datetime.isoformat),
    st.datetimes(min_value=datetime(2000, 1, 1)),  # naive: refused
    st.datetimes(min_value=datetime(2000, 1, 1)).map(datetime.isoformat),
    st.sampled_from(["2026-07-01", "yesterday", "2026-07-01T12:30:00Z", 5, None]),
)
WAREHOUSE = st.one_of(st.integers(-1, 10**6), st.sampled_from(["5", 5.0, True, None]))
EXTRA = {"extra": st.integers(), "offerId": PLAIN_SKU, "currencyId": CURRENCY}


def price_item(fields: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    valid = st.fixed_dictionaries(
        {
            "offer_id": PLAIN_SKU,
            "price": st.fixed_dictionaries({"value": VALID_MONEY, "currency_id": st.just("RUR")}),
        }
    )
    anything = st.fixed_dictionaries(
        {
            "offer_id": SKU,
            "price": st.fixed_dictionaries({"value": MONEY, "currency_id": CURRENCY}, optional=fields),
        },
        optional={k: v for k, v in EXTRA.items() if k != "currencyId"},
    )
    return st.one_of(valid, anything)


def stock_item(fields: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    valid = st.fixed_dictionaries(
        {"sku": PLAIN_SKU, "count": st.integers(0, 500), **fields},
        optional={"updated_at": st.one_of(AWARE, AWARE.map(datetime.isoformat))},
    )
    anything = st.fixed_dictionaries(
        {"sku": SKU, "count": COUNT, **fields},
        optional={"updated_at": STAMP, "extra": st.integers(), "items": st.just([{"count": 1}])},
    )
    return st.one_of(valid, anything)


CAMPAIGN_PRICES = st.lists(price_item({"discount_base": MONEY, "vat": VAT}), min_size=1, max_size=4)
BUSINESS_PRICES = st.lists(
    price_item({"discount_base": MONEY, "minimum_for_bestseller": MONEY}), min_size=1, max_size=4
)
STOCKS = st.lists(stock_item({}), min_size=1, max_size=4)
WAREHOUSE_STOCKS = st.lists(stock_item({"warehouse_id": WAREHOUSE}), min_size=1, max_size=4)


# --- the two paths of one call --------------------------------------------------------------------


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both paths stamp items without a time with the same second."""
    monkeypatch.setattr(yandex_client, "_now", lambda: NOW)


async def plan_of(method: str, scope: int, **kw: Any) -> BulkPlan[Any]:
    """The plan a bulk method hands to the pipeline (nothing is sent)."""
    plans: list[BulkPlan[Any]] = []

    async def capture(plan: BulkPlan[Any], items: Any, result: BulkResult, on_batch: Any) -> BulkResult:
        plans.append(plan)
        return result

    async with ClientPool() as pool:
        ym = YandexMarketClient(api_key="k", pool=pool)
        ym._run_bulk = capture  # type: ignore[method-assign]
        await getattr(ym, method)(scope, [], **kw)
    return plans[0]


def item_by_item(plan: BulkPlan[Any], items: list[Any]) -> list[Any] | None:
    try:
        return [plan.convert(raw, index) for index, raw in enumerate(items)]
    except ValidationError:
        return None


def assert_same(plan: BulkPlan[Any], items: list[Any]) -> list[Any] | None:
    """The fast path gives up or gives what item by item gives: same types, values, wire bytes."""
    snapshot = msgspec.json.encode(items, enc_hook=repr)
    taken = plan.convert_list(items)  # type: ignore[misc]
    assert msgspec.json.encode(items, enc_hook=repr) == snapshot  # the caller's items untouched
    if taken is None:
        return None
    fast = plan.build(taken) if plan.build is not None else taken  # as the batches are built
    full = item_by_item(plan, items)
    assert full is not None, "the fast path took a list the full rules refuse"
    assert [type(x) for x in fast] == [type(x) for x in full]
    assert [repr(x) for x in fast] == [repr(x) for x in full]  # Decimal('5') is not Decimal('5.00')
    assert [json_encode(x) for x in fast] == [json_encode(x) for x in full]
    return fast


CALLS: dict[str, tuple[str, int, dict[str, Any], st.SearchStrategy[list[dict[str, Any]]]]] = {
    "prices": ("update_prices", CAMPAIGN, {}, CAMPAIGN_PRICES),
    "business prices": ("update_business_prices", BUSINESS, {}, BUSINESS_PRICES),
    "stocks": ("update_stocks", CAMPAIGN, {}, STOCKS),
    "stocks at a time": ("update_stocks", CAMPAIGN, {"updated_at": "2026-06-30T10:00:00+03:00"}, STOCKS),
    "stocks, older body": ("update_stocks", CAMPAIGN, {"warehouse_id": 9}, STOCKS),
    "stocks v3": ("update_stocks_v3", BUSINESS, {}, WAREHOUSE_STOCKS),
}


@pytest.mark.parametrize("call", list(CALLS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
async def test_the_fast_path_gives_what_item_by_item_gives_or_gives_up(
    call: str, data: st.DataObject
) -> None:
    method, scope, kw, items = CALLS[call]
    assert_same(await plan_of(method, scope, **kw), data.draw(items))


# --- it is taken for the common shapes, and gives up where it must -------------------------------

COMMON: dict[str, tuple[str, int, dict[str, Any], Callable[[int], dict[str, Any]]]] = {
    "prices": (
        "update_prices",
        CAMPAIGN,
        {},
        lambda i: {
            "offer_id": f"SKU-{i}",
            "price": {"value": [1999, "1999.90", "0.01", "15"][i % 4], "currency_id": "RUR", "vat": 14}
            | ({"discount_base": [2500, "2500"][i % 2]} if i % 3 else {}),
        },
    ),
    "business prices": (
        "update_business_prices",
        BUSINESS,
        {},
        lambda i: {
            "offer_id": f"SKU {i}",
            "price": {"value": "10.5", "currency_id": "RUR", "minimum_for_bestseller": 100_000_000},
        },
    ),
    "stocks": (
        "update_stocks",
        CAMPAIGN,
        {},
        lambda i: (
            {"sku": f"S\t{i}", "count": i} | ({"updated_at": "2026-07-01T12:30:00+03:00"} if i % 2 else {})
        ),
    ),
    "stocks v3": (
        "update_stocks_v3",
        BUSINESS,
        {},
        lambda i: {"sku": f"S{i}", "warehouse_id": 1 + i, "count": 0, "updated_at": NOW},
    ),
}


@pytest.mark.parametrize("call", list(COMMON))
async def test_the_common_shape_takes_the_fast_path(call: str) -> None:
    method, scope, kw, item = COMMON[call]
    plan = await plan_of(method, scope, **kw)
    assert assert_same(plan, [item(i) for i in range(50)]) is not None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("offer_id", " SKU-1"),
        ("offer_id", "SKU-1\xa0"),  # trimmed by the full path: not sent as given
        ("offer_id", "SKU\x01"),
        ("offer_id", "SKU\x00"),
        ("offer_id", "x" * 256),
        ("value", 0),
        ("value", "0.00"),
        ("value", "1.999"),
        ("value", "01"),
        ("value", 19.9),  # a float takes the number rule's reading: item by item
        ("value", Decimal("5")),
        ("currency_id", "rur"),
        ("currency_id", "RUR "),
        ("vat", 7),
    ],
)
async def test_a_list_the_fast_path_cannot_send_as_given_goes_item_by_item(field: str, value: Any) -> None:
    plan = await plan_of("update_prices", CAMPAIGN)
    items: list[dict[str, Any]] = [
        {"offer_id": f"SKU-{i}", "price": {"value": 100, "currency_id": "RUR"}} for i in range(3)
    ]
    (items[1] if field == "offer_id" else items[1]["price"])[field] = value
    assert plan.convert_list(items) is None  # type: ignore[misc]


async def test_a_bad_item_in_a_list_is_still_named_with_its_index_field_and_rule() -> None:
    async with YandexMarketClient(api_key="k") as ym:
        items = [{"offer_id": f"SKU-{i}", "price": {"value": 100, "currency_id": "RUR"}} for i in range(3)]
        items[2]["price"]["value"] = "1.999"
        with pytest.raises(ValidationError) as caught:
            await ym.update_prices(CAMPAIGN, items)
    error = caught.value
    assert (error.item_index, error.field, error.code) == (2, "price.value", "PRECISION")


@pytest.mark.parametrize("currency", ["RUR\n", "RUR ", "rur"])
async def test_a_currency_with_anything_after_its_3_letters_is_refused(currency: str) -> None:
    async with YandexMarketClient(api_key="k") as ym:
        items = [{"offer_id": "SKU-1", "price": {"value": 100, "currency_id": currency}}]
        with pytest.raises(ValidationError) as caught:
            await ym.update_prices(CAMPAIGN, items)
    assert (caught.value.field, caught.value.code) == ("price.currency_id", "FORMAT")


ASCII_HEAVY_SKU = st.one_of(
    PLAIN_SKU,
    st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=6),  # ASCII, controls and NUL too
    st.tuples(
        st.sampled_from(["", " ", "\t", "\x00", "\x1f", "\x7f"]), PLAIN_SKU, st.sampled_from(["", " ", "\n"])
    ).map("".join),
    SKU,
)


@settings(max_examples=500, deadline=None)
@given(skus=st.lists(ASCII_HEAVY_SKU, max_size=6))
def test_the_sku_scan_over_a_whole_list_says_what_each_skus_own_rules_say(skus: list[str]) -> None:
    """``_clean_skus``: no NUL, no control character but tab, nothing ``_trim`` would strip."""
    each_clean = all(
        "\x00" not in sku and yandex_client._CONTROL.search(sku) is None and sku == sku.strip()
        for sku in skus
    )
    assert yandex_client._clean_skus(skus) is (each_clean and bool(skus))
