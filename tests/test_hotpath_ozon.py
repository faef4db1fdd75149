"""The Ozon bulk hot path's shortcuts give what the full rules give (issue 15).

Each shortcut is checked against the rule it stands for, on any input hypothesis finds: the
per-key record (a float or a deque per key, one log record per request) against the plain rule
"at most ``amount`` uses in any window", the gate's batch-at-a-time claim and release against
item by item, the upload's batch-at-a-time admission against one item at a time, and answer
matching by position against the search by identifiers.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import msgspec
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from marketplace_async._bulk import BulkGuard
from marketplace_async._keyed import KeyedRate, KeyGate
from marketplace_async._ozon._held import HeldUpload
from marketplace_async._ozon.client import (
    _coalesce,
    _distinct_offers,
    _match,
    _price_key,
    _price_row_keys,
    _price_rows_applied_in_order,
    _stock_key,
    _stock_row_keys,
    _stock_rows_applied_in_order,
)
from marketplace_async._ozon.models import ItemError, PriceItem, PriceResult, StockItem, StockResult
from marketplace_async._results import BatchOutcome, BulkResult

WINDOW = 1.0


class Reference:
    """The rule itself: every use's expiry kept; a key waits for its ``amount``-th latest one."""

    def __init__(self, amount: int) -> None:
        self.amount = amount
        self.uses: dict[Hashable, list[float]] = {}

    def record(self, key: Hashable, now: float) -> None:
        self.uses.setdefault(key, []).append(now + WINDOW)

    def wait_for(self, key: Hashable, now: float) -> float:
        live = [e for e in self.uses.get(key, []) if e > now]
        return 0.0 if len(live) < self.amount else live[-self.amount] - now


steps = st.lists(
    st.tuples(
        st.sampled_from(["one", "many", "ask"]),
        st.lists(st.integers(0, 5), max_size=6),
        st.sampled_from([0.0, 0.0, 0.1, 0.3, 0.5, 1.0, 1.5]),
    ),
    max_size=50,
)


@given(steps=steps, amount=st.integers(1, 3))
def test_a_keys_wait_follows_the_rule_whatever_was_recorded(
    steps: list[tuple[str, list[int], float]], amount: int
) -> None:
    rate, rule, now = KeyedRate(amount, WINDOW), Reference(amount), 0.0
    for op, keys, dt in steps:
        now += dt
        if op == "one":
            for key in keys:
                rate.record(key, now)
                rule.record(key, now)
        elif op == "many":
            rate.record_many(keys, now)
            for key in keys:
                rule.record(key, now)
        assert [rate.wait_for(k, now) for k in range(6)] == [rule.wait_for(k, now) for k in range(6)]
        # Every key still counted has a use within the window: memory is one window's keys.
        assert all(rule.wait_for(k, now) > 0 or amount > 1 for k in list(rate._counts))


def test_a_request_is_one_log_record_and_its_keys_leave_with_it() -> None:
    rate = KeyedRate(1, WINDOW)
    rate.record_many([("offer", f"A{i}", 1) for i in range(100)], 0.0)
    assert len(rate._log) == 1 and len(rate) == 100
    rate.record_many([("offer", "A0", 1)], 0.5)  # a later use keeps A0 past the first record
    rate._expire(1.0)
    assert len(rate) == 1 and rate.wait_for(("offer", "A0", 1), 1.0) == 0.5


def _gate(amount: int, history: list[tuple[list[int], float]], claimed: dict[int, int]) -> KeyGate:
    gate = KeyGate(KeyedRate(amount, WINDOW))
    for keys, at in history:
        gate.rate.record_many(keys, at)
    gate.claimed.update(claimed)
    return gate


def _sort_out_one_by_one(gate: KeyGate, keys: list[int], now: float) -> tuple[list[int], list[Any]]:
    """KeyGate.sort_out as it was, a key at a time."""
    ready: list[int] = []
    later: list[tuple[int, float | None]] = []
    gate.rate._expire(now)
    for k in keys:
        if k in gate.claimed:
            later.append((k, None))
        elif gate.rate._wait(k, now) == 0.0:
            gate.claimed[k] = gate.claimed.get(k, 0) + 1
            ready.append(k)
        else:
            later.append((k, gate.rate._wait(k, now)))
    return ready, later


history = st.lists(st.tuples(st.lists(st.integers(0, 9), max_size=4), st.sampled_from([0.0, 0.2, 0.6])))
claims = st.dictionaries(st.integers(0, 9), st.integers(1, 2), max_size=3)


@example(amount=1, history=[([1], 0.5)], claimed={}, keys=[2, 1])
@example(amount=1, history=[], claimed={1: 1}, keys=[2, 1])
@example(amount=1, history=[], claimed={}, keys=[2, 1, 2])
@example(amount=2, history=[([1], 0.5)], claimed={}, keys=[2, 1])
@given(
    amount=st.integers(1, 2),
    history=history,
    claimed=claims,
    keys=st.one_of(st.lists(st.integers(0, 30), max_size=10), st.lists(st.integers(10, 99), unique=True)),
)
def test_claiming_a_batch_at_once_is_claiming_it_key_by_key(
    amount: int, history: list[tuple[list[int], float]], claimed: dict[int, int], keys: list[int]
) -> None:
    history = sorted(history, key=lambda h: h[1])
    fast, slow = _gate(amount, history, claimed), _gate(amount, history, claimed)
    assert fast.sort_out(keys, lambda k: k, 0.7) == _sort_out_one_by_one(slow, keys, 0.7)
    assert fast.claimed == slow.claimed


@given(claimed=st.dictionaries(st.integers(0, 6), st.integers(1, 3)), keys=st.lists(st.integers(0, 6)))
def test_ending_claims_at_once_is_ending_them_one_by_one(claimed: dict[int, int], keys: list[int]) -> None:
    fast, slow = KeyGate(KeyedRate(1, WINDOW)), dict(claimed)
    fast.claimed.update(claimed)
    try:
        for key in keys:
            left = slow[key] - 1
            if left:
                slow[key] = left
            else:
                del slow[key]
    except KeyError:
        with pytest.raises(KeyError):
            fast.finish(keys, 0.0, used=False)
        return
    fast.finish(keys, 0.0, used=True)
    assert fast.claimed == slow
    assert all(fast.rate.wait_for(k, 0.5) == 0.5 for k in keys)


@given(history=history, claimed=claims, elsewhere=claims, keys=st.lists(st.integers(0, 30), max_size=10))
def test_a_batch_found_free_at_once_would_pass_the_gate_key_by_key(
    history: list[tuple[list[int], float]],
    claimed: dict[int, int],
    elsewhere: dict[int, int],
    keys: list[int],
) -> None:
    gate = _gate(1, sorted(history, key=lambda h: h[1]), claimed)
    gate.elsewhere.update({k: 0.5 + until / 2 for k, until in elsewhere.items()})
    if gate.free(set(keys), 0.7):
        assert all(gate.wait(k, 0.7) == 0.0 for k in keys)
    else:
        assert any(k in gate.claimed or k in gate.rate._counts or k in gate.elsewhere for k in keys)


# ---------------------------------------------------------------- HeldUpload.admit_many


def _stock(key: int, value: int = 0) -> StockItem:
    return StockItem(offer_id=f"A{key}", warehouse_id=1, stock=value)


async def _no_send(batch: list[StockItem], keys: list[Hashable]) -> BatchOutcome:
    raise AssertionError("nothing is sent here")


def _upload(gate: KeyGate | None, hold: bool, max_wait: float | None) -> HeldUpload:
    return HeldUpload(
        max_items=100,
        key=_stock_key,
        gate=gate,
        hold=hold,
        max_wait=max_wait,
        max_attempts=3,
        guard=BulkGuard("v2/products/stocks", BulkResult(endpoint="v2/products/stocks"), None),
        clock=lambda: 0.7,
        send=_no_send,
    )


def _state(upload: HeldUpload) -> Any:
    return (
        list(upload.open.items()),
        list(upload.parked.items()),
        list(upload.blocked.items()),
        sorted(upload.heap),
        [(f.item, f.reason, f.code) for f in upload.unsent],
        upload.result.coalesced,
        upload.gate.claimed if upload.gate else None,
    )


@example(history=[], claimed={}, waiting=[("open", 1)], keys=[2, 1], gated=False, hold=True, max_wait=None)
@example(history=[], claimed={}, waiting=[("parked", 1)], keys=[2, 1], gated=False, hold=True, max_wait=None)
@example(history=[], claimed={}, waiting=[("blocked", 1)], keys=[2, 1], gated=False, hold=True, max_wait=None)
@example(history=[], claimed={}, waiting=[("flying", 1)], keys=[2, 1], gated=False, hold=True, max_wait=None)
@example(history=[([1], 0.5)], claimed={}, waiting=[], keys=[2, 1], gated=True, hold=True, max_wait=None)
@example(history=[], claimed={1: 1}, waiting=[], keys=[2, 1], gated=True, hold=True, max_wait=None)
@example(history=[], claimed={}, waiting=[], keys=[2, 1, 2], gated=False, hold=True, max_wait=None)
@given(
    history=history,
    claimed=claims,
    waiting=st.lists(
        st.tuples(st.sampled_from(["open", "parked", "blocked", "flying"]), st.integers(0, 9)), max_size=3
    ),
    keys=st.one_of(
        st.lists(st.integers(0, 12), max_size=12),
        st.lists(st.integers(0, 12), unique=True, max_size=6),
        st.lists(st.integers(10, 99), unique=True),
    ),
    gated=st.booleans(),
    hold=st.booleans(),
    max_wait=st.sampled_from([None, 0.1]),
)
def test_admitting_a_batch_at_once_is_admitting_it_item_by_item(
    history: list[tuple[list[int], float]],
    claimed: dict[int, int],
    waiting: list[tuple[str, int]],
    keys: list[int],
    gated: bool,
    hold: bool,
    max_wait: float | None,
) -> None:
    history = sorted(history, key=lambda h: h[1])
    uploads = []
    for _ in range(2):
        gate = (
            _gate(1, [([_stock_key(_stock(k)) for k in ks], at) for ks, at in history], {}) if gated else None
        )
        if gate is not None:
            gate.claimed.update({_stock_key(_stock(k)): n for k, n in claimed.items()})
        upload = _upload(gate, hold, max_wait)
        for store, k in waiting:
            key = _stock_key(_stock(k))
            if store == "flying":
                upload.flying.add(key)
            else:
                getattr(upload, store)[key] = _stock(k)
                if store == "parked":
                    upload.heap.append((1.5, k, key))
        uploads.append(upload)
    fast, slow = uploads
    items = [_stock(k, value=n) for n, k in enumerate(keys)]
    stock_keys = [_stock_key(item) for item in items]
    fast.admit_many(stock_keys, items, 0.7)
    for item in items:
        slow.admit(item, 0.7)
    assert _state(fast) == _state(slow)


@given(
    keys=st.one_of(st.lists(st.integers(0, 400), unique=True, max_size=350), st.lists(st.integers(0, 9))),
    recent=st.lists(st.integers(0, 400), max_size=20),
    gated=st.booleans(),
)
async def test_a_list_is_batched_as_the_same_items_one_at_a_time(
    keys: list[int], recent: list[int], gated: bool
) -> None:
    """The whole upload, a list a batch at a time against the same list as a stream: the same
    requests, the same refusals (a pair used within its window, hold=False)."""

    async def run(as_list: bool) -> tuple[list[list[Hashable]], Any]:
        gate = _gate(1, [([_stock_key(_stock(k)) for k in recent], 0.5)], {}) if gated else None
        sent: list[list[Hashable]] = []

        async def send(batch: list[StockItem], batch_keys: list[Hashable]) -> BatchOutcome:
            sent.append(batch_keys)
            sent.append([_stock_key(item) for item in batch])  # the keys name the items, in order
            return BatchOutcome("v2/products/stocks", batch, [])

        upload = _upload(gate, hold=False, max_wait=None)
        upload.send = send
        items = [_stock(k) for k in keys]

        async def stream() -> Any:
            for item in items:
                yield item

        if as_list:
            await upload.run(items, 1)
        else:
            await upload.run(stream(), 1)
        result = upload.result
        return sent, (
            result.received,
            result.succeeded,
            result.coalesced,
            [(f.item, f.code) for f in result.failed],
        )

    batches, outcome = await run(as_list=True)
    assert (batches, outcome) == await run(as_list=False)
    assert all(named == items for named, items in zip(batches[::2], batches[1::2], strict=True))
    assert all(code == "TOO_MANY_REQUESTS" for _, code in outcome[3])


# ---------------------------------------------------------------- keys and answers


stock_items = st.builds(
    lambda offer, product, warehouse: StockItem(
        offer_id=None if offer is None else f"A{offer}",
        product_id=product,
        warehouse_id=warehouse,
        stock=1,
    ),
    st.one_of(st.none(), st.integers(0, 5)),
    st.one_of(st.none(), st.integers(1, 3)),
    st.integers(1, 2),
).filter(lambda s: s.offer_id is not None or s.product_id is not None)
price_items = st.builds(
    lambda offer, product: PriceItem(
        offer_id=None if offer is None else f"A{offer}", product_id=product, price="10"
    ),
    st.one_of(st.none(), st.integers(0, 5)),
    st.one_of(st.none(), st.integers(1, 3)),
).filter(lambda p: p.offer_id is not None or p.product_id is not None)
errors = st.lists(st.builds(ItemError, code=st.sampled_from(["TOO_MANY_REQUESTS", "X"])), max_size=1)


def _rows_for(batch: list[Any], draw: Any, make: Any) -> list[Any]:
    """Rows answering ``batch``: usually one per item in order, sometimes shuffled, cut, or changed."""
    ok = draw(st.booleans())  # every item applied: the answer the shortcut is for
    rows = [make(item, draw, ok) for item in batch]
    change = draw(st.sampled_from(["none", "none", "shuffle", "drop", "extra", "elsewhere"]))
    if change == "shuffle":
        rows = draw(st.permutations(rows))
    elif change == "drop" and rows:
        rows.pop(draw(st.integers(0, len(rows) - 1)))
    elif change == "extra":
        extra = make(draw(st.sampled_from(batch)) if batch else None, draw, draw(st.booleans()))
        rows.insert(draw(st.integers(0, len(rows))), extra)
    elif change == "elsewhere" and rows:  # a row naming the offer on another warehouse
        at = draw(st.integers(0, len(rows) - 1))
        rows[at] = msgspec.structs.replace(
            rows[at], **({"warehouse_id": 9} if hasattr(rows[at], "warehouse_id") else {"offer_id": "Z"})
        )
    return list(rows)


def _stock_row(item: StockItem | None, draw: Any, ok: bool) -> StockResult:
    if item is None:
        return StockResult(offer_id="Z", warehouse_id=1, updated=True)
    return StockResult(
        offer_id=item.offer_id or draw(st.sampled_from(["", "A1"])),
        product_id=item.product_id or 0,
        warehouse_id=item.warehouse_id,
        updated=ok or draw(st.booleans()),
        errors=[] if ok else draw(errors),
    )


def _price_row(item: PriceItem | None, draw: Any, ok: bool) -> PriceResult:
    if item is None:
        return PriceResult(offer_id="Z", updated=True)
    return PriceResult(
        offer_id=item.offer_id or draw(st.sampled_from(["", "A1"])),
        product_id=item.product_id or 0,
        updated=ok or draw(st.booleans()),
        errors=[] if ok else draw(errors),
    )


KINDS: dict[str, tuple[Any, ...]] = {
    "stocks": (stock_items, _stock_row, _stock_key, _stock_row_keys, _stock_rows_applied_in_order),
    "prices": (price_items, _price_row, _price_key, _price_row_keys, _price_rows_applied_in_order),
}


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=300)
@given(data=st.data())
def test_answers_matched_by_position_are_matched_by_identifiers(kind: str, data: Any) -> None:
    items, row, key, row_keys, in_order = KINDS[kind]
    batch = data.draw(st.lists(items, max_size=8))
    rows = _rows_for(batch, data.draw, row)
    keys = [key(item) for item in batch]
    assert _match("e", batch, rows, key, row_keys, keys, in_order) == _match("e", batch, rows, key, row_keys)


def test_only_an_answer_in_the_batchs_order_takes_the_shortcut() -> None:
    stocks = [_stock(k) for k in range(3)]
    rows = [StockResult(offer_id=s.offer_id or "", warehouse_id=1, updated=True) for s in stocks]
    assert _stock_rows_applied_in_order(stocks, rows)
    assert not _stock_rows_applied_in_order(stocks, rows[::-1])
    moved = [*rows[:2], StockResult(offer_id="A2", warehouse_id=9, updated=True)]
    assert not _stock_rows_applied_in_order(stocks, moved)
    prices = [PriceItem(offer_id=f"A{k}", price="10") for k in range(3)]
    answer = [PriceResult(offer_id=p.offer_id or "", updated=True) for p in prices]
    assert _price_rows_applied_in_order(prices, answer)
    assert not _price_rows_applied_in_order(prices, [*answer[:2], PriceResult(offer_id="Z", updated=True)])
    assert not _price_rows_applied_in_order(
        [PriceItem(product_id=1, price="10")], [PriceResult(product_id=1)]
    )


@given(items=st.lists(stock_items, max_size=10))
def test_coalescing_keeps_each_keys_last_value_where_it_first_came(items: list[StockItem]) -> None:
    latest: dict[Hashable, StockItem] = {}
    for item in items:
        latest[_stock_key(item)] = item
    assert _coalesce(items, [_stock_key(item) for item in items]) == (
        list(latest.values()),
        len(items) - len(latest),
    )
    if _distinct_offers(items):  # the shortcut that skips coalescing: only when nothing would coalesce
        assert len(latest) == len(items)


@given(items=st.lists(st.one_of(stock_items, price_items), max_size=10))
def test_offers_found_distinct_are_distinct_keys(items: list[Any]) -> None:
    keys = [_stock_key(i) if isinstance(i, StockItem) else _price_key(i) for i in items]
    if _distinct_offers(items):
        assert len(set(keys)) == len(keys)


def test_the_common_list_is_found_distinct_without_its_keys() -> None:
    stocks = [_stock(k) for k in range(5)]
    assert _distinct_offers(stocks) and _distinct_offers([])
    assert not _distinct_offers([*stocks, _stock(0, value=9)])
    other_warehouse = StockItem(offer_id="A0", warehouse_id=2, stock=1)  # a pair of its own: cannot tell
    assert not _distinct_offers([*stocks, other_warehouse])
    assert not _distinct_offers([PriceItem(product_id=1, price="1"), PriceItem(product_id=2, price="1")])


def test_answer_rows_give_the_garbage_collector_nothing_to_scan() -> None:
    import gc

    from marketplace_async._ozon.models import StocksResponse, decode_response

    body = b'{"result": [{"offer_id": "A", "warehouse_id": 1, "updated": true, "errors": []},'
    body += b' {"offer_id": "B", "warehouse_id": 1, "errors": [{"code": "X", "message": "m"}]}]}'
    rows = decode_response(StocksResponse, body).result
    assert not any(gc.is_tracked(row) for row in rows)
    assert rows[0].errors == [] and rows[1].errors == [ItemError(code="X", message="m")]
    failure = _match(
        "e", [StockItem(offer_id=o, warehouse_id=1, stock=0) for o in "AB"], rows, _stock_key, _stock_row_keys
    )
    assert [(f.code, f.message) for f in failure.failed] == [("X", "X: m")]
