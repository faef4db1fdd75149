"""A list converted at once (issue 15) gives exactly what item-by-item conversion gives: the money
texts checked a column at a time by one regex accept what the number rule would send unchanged and
nothing else, and an item lacking both ids or every price never takes the shortcut."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marketplace_async import ValidationError
from marketplace_async._ozon.client import _convert_price, _convert_stock, _prices_at_once, _stocks_at_once
from marketplace_async._validation import NumberRule

RULES = (
    NumberRule(2),
    NumberRule(2, ge=0),
    NumberRule(2, gt=0),
    NumberRule(0, gt=0),
    NumberRule(3, ge=0),
    NumberRule(2, gt=0, le=100_000_000),  # not written in the regex: keeps() itself
    NumberRule(2, ge=Decimal("0.5")),
)
money_text = st.one_of(
    st.from_regex(r"-?[0-9]{1,6}(\.[0-9]{0,4})?", fullmatch=True),
    st.sampled_from(
        ["0", "0.0", "0.00", "0.000", "00", "01", "0.01", "0.10", "1.", ".5", "1e3", "-0", " 1", "1 ", "1\n"]
    ),
    st.text(alphabet="0123456789.-+e \n\u0661", max_size=8),
)


@pytest.mark.parametrize("rule", RULES, ids=repr)
@given(text=money_text)
def test_the_regex_check_is_keeps(rule: NumberRule, text: str) -> None:
    assert bool(rule.keeps_text()(text)) is rule.keeps(text)


def _item_by_item(items: list[dict[str, Any]], convert: Any) -> list[Any] | None:
    try:
        return [convert(raw, i) for i, raw in enumerate(items)]
    except ValidationError:
        return None


price_dict = st.fixed_dictionaries(
    {"offer_id": st.sampled_from(["A", "B", "C"])},
    optional={
        "product_id": st.sampled_from([1, 2, None]),
        "price": st.one_of(money_text, st.sampled_from(["199.90", "5", "0"]), st.integers(0, 10)),
        "old_price": st.one_of(st.none(), st.sampled_from(["2999.00", "0", "1.234", "-1"])),
        "min_price": st.sampled_from(["100", "100.5", "007"]),
        "vat": st.sampled_from(["0.2", "0.20", "0.1", "1"]),
    },
).map(lambda d: {k: v for k, v in d.items() if k != "offer_id" or v != "C"})  # "C": no offer_id


@given(items=st.lists(price_dict, min_size=1, max_size=6))
def test_prices_at_once_is_item_by_item_or_declines(items: list[dict[str, Any]]) -> None:
    at_once = _prices_at_once(items)
    if at_once is not None:
        assert at_once == _item_by_item(items, _convert_price)


def test_plain_price_lists_take_the_shortcut_and_bad_ones_do_not() -> None:
    good = [{"offer_id": f"o{i}", "price": f"{1000 + i}.90", "old_price": "2999.00"} for i in range(50)]
    assert _prices_at_once(good) == _item_by_item(good, _convert_price)
    assert _prices_at_once([*good, {"offer_id": "x"}]) is None  # no price at all
    assert _prices_at_once([*good, {"price": "10"}]) is None  # no id
    assert _prices_at_once([*good, {"offer_id": "x", "price": "1.234"}]) is None  # the rule says why
    assert _prices_at_once([*good, {"offer_id": "x", "price": "010"}]) is None  # sent as "10"
    assert _prices_at_once([*good, {"offer_id": "x", "price": "10", "vat": "0.20"}]) is None  # as "0.2"
    assert _prices_at_once([*good, {"offer_id": "x", "product_id": 5, "net_price": "0"}]) is not None


stock_dict = st.fixed_dictionaries(
    {"warehouse_id": st.sampled_from([1, 2])},
    optional={
        "offer_id": st.sampled_from(["A", "B", None]),
        "product_id": st.sampled_from([7, None]),
        "stock": st.sampled_from([0, 5, "5", 1_000_000, -1]),
    },
)


@given(items=st.lists(stock_dict, min_size=1, max_size=6))
def test_stocks_at_once_is_item_by_item_or_declines(items: list[dict[str, Any]]) -> None:
    at_once = _stocks_at_once(items)
    if at_once is not None:
        assert at_once == _item_by_item(items, _convert_stock)
    elif all(type(i.get("stock")) is int and 0 <= i["stock"] < 1_000_000 for i in items):
        # every value is one the model takes as it is: only a missing id declines
        assert any(i.get("offer_id") is None and i.get("product_id") is None for i in items)
