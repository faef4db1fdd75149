"""The hot path's shortcuts give what the full rules give (issue 15): money text that is already
plain skips the number rule only when the rule would hand it back unchanged, and a list converted
in one pass raises the same collected error as item by item."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marketplace_async import ValidationError
from marketplace_async._validation import NumberRule, _Refused, convert_list, plain_text
from marketplace_async.ozon.models import PriceItem

RULES = (
    NumberRule(2, gt=0),
    NumberRule(2, ge=0, le=Decimal("1000")),
    NumberRule(0, ge=0, lt=1_000_000),
    NumberRule(3),
)
number_text = st.one_of(
    st.from_regex(r"-?[0-9]{1,7}(\.[0-9]{0,4})?", fullmatch=True),
    st.decimals(min_value=-(10**12), max_value=10**12, places=3).map(
        str
    ),  # within the 28-digit decimal context
    st.sampled_from(["0", "0.00", "00", "01.5", "1.", ".5", "1e3", "1E+3", "-0", "0.001", "1000", "1000.00"]),
)


@pytest.mark.parametrize("rule", RULES, ids=repr)
@given(text=number_text)
def test_text_kept_only_when_the_full_rule_gives_it_back(rule: NumberRule, text: str) -> None:
    try:
        full = plain_text(rule.check(text), rule.decimals)
    except _Refused:
        full = None
    if rule.keeps(text):  # a shortcut, never a different answer (the slow path may keep more)
        assert full == text


def test_the_common_money_text_takes_the_shortcut() -> None:
    assert NumberRule(2, gt=0).keeps("1999.90") and NumberRule(2, gt=0).keeps("5")
    assert not NumberRule(2, gt=0).keeps("0.00")  # out of bounds: the full rule says why


def test_a_list_with_bad_items_still_names_each_of_them() -> None:
    from marketplace_async._ozon.client import _convert_price

    items = [{"offer_id": "A", "price": "10.00"}, {"offer_id": "B", "price": "1.234"}, {"offer_id": "C"}]
    with pytest.raises(ValidationError) as caught:
        convert_list(items, _convert_price)
    errors = caught.value.errors
    assert [(e.item_index, e.field, e.code) for e in errors] == [
        (1, "price", "PRECISION"),
        (2, "price", "REQUIRED"),
    ]
    assert convert_list(items[:1], _convert_price) == [PriceItem(offer_id="A", price="10.00")]


@pytest.mark.parametrize("rule", RULES, ids=repr)
@given(value=st.integers(min_value=-(10**7), max_value=10**7))
def test_an_int_money_value_becomes_the_text_the_full_rule_gives(rule: NumberRule, value: int) -> None:
    from marketplace_async._validation import _money_to_text, _Schema

    schema = _Schema()
    schema.money.append((("price",), rule, ()))
    try:
        expected: str | None = plain_text(rule.check(value), rule.decimals)
    except _Refused:
        expected = None
    try:
        got = _money_to_text({"price": value}, schema, 0, {"price": value})["price"]
    except ValidationError:
        got = None
    assert got == expected


@given(
    steps=st.lists(
        st.tuples(st.integers(0, 5), st.floats(0, 2, allow_nan=False), st.booleans()), max_size=60
    ),
    amount=st.integers(1, 3),
)
def test_a_keys_wait_is_the_same_with_the_one_lookup_shortcut(
    steps: list[tuple[int, float, bool]], amount: int
) -> None:
    from marketplace_async._keyed import KeyedRate

    rate, now = KeyedRate(amount, 1.0), 0.0
    for key, dt, use in steps:
        now += dt
        got = rate.wait_for(key, now)
        rate._expire(now)  # the full rule: expire the log, then look
        assert got == rate._wait(key, now)
        if use:
            rate.record(key, now)


def test_the_key_log_holds_one_window_when_every_key_is_new() -> None:
    from marketplace_async._keyed import KeyedRate

    rate = KeyedRate(1, 1.0)
    for i in range(10_000):  # new keys only: wait_for never needs to expire the log
        now = i * 0.5
        assert rate.wait_for(i, now) == 0.0
        rate.record(i, now)
    assert len(rate._log) <= 3 and len(rate) <= 3


def test_a_list_of_stock_dicts_converts_at_once_to_what_item_by_item_gives() -> None:
    from marketplace_async._ozon.client import _convert_stock, _stocks_at_once

    items: list[dict[str, object]] = [
        {"offer_id": f"A{i}", "warehouse_id": 1 + i % 3, "stock": i} for i in range(50)
    ]
    items.append({"product_id": 7, "warehouse_id": 1, "stock": 0})
    assert _stocks_at_once(items) == [_convert_stock(raw, i) for i, raw in enumerate(items)]
    # Anything the one call cannot vouch for goes item by item, where each bad item is named.
    assert _stocks_at_once([*items, {"warehouse_id": 1, "stock": 1}]) is None  # no id
    assert _stocks_at_once([*items, {"offer_id": "B", "warehouse_id": 1, "stock": "5"}]) is None
    assert _stocks_at_once(tuple(items)) is None


async def test_a_list_of_prices_is_converted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from aioresponses import CallbackResult, aioresponses

    import marketplace_async._ozon.client as ozon_client
    from marketplace_async import ClientPool, OzonClient

    calls = 0
    convert = ozon_client._convert_price

    def counted(raw: object, index: int) -> PriceItem:
        nonlocal calls
        calls += 1
        return convert(raw, index)

    def answer(url: object, **kwargs: object) -> CallbackResult:
        body = json.loads(bytes(kwargs["data"]))  # type: ignore[arg-type]
        rows = [
            {"offer_id": p["offer_id"], "product_id": 0, "updated": True, "errors": []}
            for p in body["prices"]
        ]
        return CallbackResult(status=200, payload={"result": rows})

    monkeypatch.setattr(ozon_client, "_convert_price", counted)
    items = [{"offer_id": f"P{i}", "price": 100 + i} for i in range(30)]  # ints: item by item
    with aioresponses() as mocked:
        mocked.post("http://ozon.test/v1/product/import/prices", callback=answer, repeat=True)
        async with ClientPool(limits="lifted") as pool:
            ozon = OzonClient(client_id="1", api_key="k", base_url="http://ozon.test", pool=pool)
            async with ozon:
                result = await ozon.update_prices(items)
    assert result.succeeded == 30
    assert calls == 30  # was 60: once to validate the list, once more in the bulk runner


async def test_a_one_batch_stock_upload_starts_one_worker_not_concurrency() -> None:
    import asyncio
    import json

    from aioresponses import CallbackResult, aioresponses

    from marketplace_async import ClientPool, OzonClient

    during: list[int] = []

    def answer(url: object, **kwargs: object) -> CallbackResult:
        during.append(len(asyncio.all_tasks()))
        body = json.loads(bytes(kwargs["data"]))  # type: ignore[arg-type]
        rows = [{**s, "product_id": 0, "updated": True, "errors": []} for s in body["stocks"]]
        return CallbackResult(status=200, payload={"result": rows})

    items = [{"offer_id": f"A{i}", "warehouse_id": 1, "stock": i} for i in range(100)]
    with aioresponses() as mocked:
        mocked.post("http://ozon.test/v2/products/stocks", callback=answer, repeat=True)
        async with ClientPool(limits="lifted") as pool:
            ozon = OzonClient(client_id="1", api_key="k", base_url="http://ozon.test", pool=pool)
            async with ozon:
                before = len(asyncio.all_tasks())
                result = await ozon.update_stocks(items, concurrency=8)
    assert result.succeeded == 100
    assert during == [before + 1]  # one worker for one batch (was 8: the 1,000-account bill)


@given(batches=st.lists(st.lists(st.integers(0, 6), max_size=8), max_size=12), amount=st.integers(1, 3))
def test_recording_a_request_at_once_is_recording_its_keys_one_by_one(
    batches: list[list[int]], amount: int
) -> None:
    from marketplace_async._keyed import KeyedRate

    many, one = KeyedRate(amount, 1.0), KeyedRate(amount, 1.0)
    for n, keys in enumerate(batches):
        now = n * 0.4
        many.record_many(keys, now)
        for key in keys:
            one.record(key, now)
        assert [many.wait_for(k, now) for k in range(7)] == [one.wait_for(k, now) for k in range(7)]


def test_a_list_of_price_dicts_converts_at_once_to_what_item_by_item_gives() -> None:
    from marketplace_async._ozon.client import _convert_price, _prices_at_once

    items: list[dict[str, object]] = [
        {"offer_id": f"P{i}", "price": f"{100 + i}.90", "old_price": "1999", "currency_code": "RUB"}
        for i in range(20)
    ]
    items += [{"product_id": 5, "min_price": "0", "vat": "0.1"}, {"offer_id": "Q", "net_price": "10.5"}]
    assert _prices_at_once(items) == [_convert_price(raw, i) for i, raw in enumerate(items)]
    # Text the number rule would change, a number, an enum value not in its shortest form, or an
    # item the per-item checks refuse: item by item, where each bad one is named.
    for odd in (
        {"offer_id": "R", "price": "15.000"},
        {"offer_id": "R", "price": 15},
        {"offer_id": "R", "price": "10", "vat": "0.10"},
        {"offer_id": "R"},
        {"price": "10"},
    ):
        assert _prices_at_once([*items, odd]) is None
