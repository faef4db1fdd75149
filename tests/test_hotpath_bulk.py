"""A list's batches (issue 15): slices where no key repeats, each body encoded once and measured,
and otherwise the same batches, order and accounting as the item-by-item chunker of streams."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketplace_async import BatchOutcome, BulkResult
from marketplace_async._bulk import BulkPlan, EncodedBatch, run_bulk
from marketplace_async._chunking import aiter_items, chunked, list_batches

Item = dict[str, Any]
KEYS = st.one_of(st.lists(st.integers(0, 3), max_size=40), st.lists(st.integers(0, 40), max_size=300))


def items_of(keys: list[int], pads: list[int] | None = None) -> list[Item]:
    pads = pads or [0]
    return [{"k": k, "seq": i, "pad": "x" * pads[i % len(pads)]} for i, k in enumerate(keys)]


def key_of(item: Item) -> int:
    return int(item["k"])


def encode(batch: list[Item]) -> bytes:
    return msgspec.json.encode({"items": batch})


def size(item: Item) -> int:
    return len(msgspec.json.encode(item))


async def stream_batches(items: list[Item], **kw: Any) -> tuple[list[list[Item]], list[Item]]:
    replaced: list[Item] = []
    batches = [b async for b in chunked(aiter_items(items), on_replaced=replaced.append, **kw)]
    return batches, replaced


@settings(max_examples=200, deadline=None)
@given(keys=KEYS, max_items=st.integers(1, 60), keyed=st.booleans())
async def test_a_lists_batches_are_the_stream_chunkers(keys: list[int], max_items: int, keyed: bool) -> None:
    items = items_of(keys)
    expected, replaced = await stream_batches(
        items, max_items=max_items, key=(lambda it: it["k"]) if keyed else None
    )
    got = list(list_batches(items, max_items=max_items, key=key_of if keyed else None))
    assert [b.items for b in got] == expected
    assert [old for b in got for old in b.replaced] == replaced
    assert all(b.body is None for b in got)


@settings(max_examples=200, deadline=None)
@given(
    keys=KEYS,
    pads=st.lists(st.integers(0, 60), min_size=1, max_size=7),
    max_items=st.integers(1, 40),
    max_body=st.integers(40, 1500),
)
async def test_a_lists_bodies_are_encoded_once_and_split_only_when_over_the_limit(
    keys: list[int], pads: list[int], max_items: int, max_body: int
) -> None:
    items = items_of(keys, pads)
    got = list(
        list_batches(
            items,
            max_items=max_items,
            key=key_of,
            encode=encode,
            size=size,
            max_body_bytes=max_body,
            envelope_bytes=16,
        )
    )
    sent = [item for b in got for item in b.items]
    replaced = [old for b in got for old in b.replaced]
    assert len(sent) + len(replaced) == len(items)  # every item sent or superseded
    for b in got:
        assert b.body == encode(b.items)  # the body measured is the body sent
        assert 1 <= len(b.items) <= max_items and len({it["k"] for it in b.items}) == len(b.items)
        assert len(b.body) <= max_body or len(b.items) == 1
    final = {it["k"]: it["seq"] for it in items}
    assert {it["k"]: it["seq"] for it in sent} == final  # the last value of each key, sent last
    for old in replaced:
        assert final[old["k"]] > old["seq"]
    # Where every batch of the limitless chunker fits, the limit changes nothing.
    limitless, _ = await stream_batches(items, max_items=max_items, key=lambda it: it["k"])
    if all(len(encode(batch)) <= max_body for batch in limitless):
        assert [b.items for b in got] == limitless


@settings(max_examples=100, deadline=None)
@given(keys=KEYS, max_items=st.integers(1, 20), max_body=st.integers(60, 600))
def test_a_lists_batches_are_built_batch_by_batch_and_measured_as_built(
    keys: list[int], max_items: int, max_body: int
) -> None:
    items = items_of(keys)
    built: list[int] = []

    def build(batch: list[Item]) -> list[Item]:
        built.append(len(batch))
        return [it | {"pad": "x" * 10} for it in batch]  # the items sent are larger

    got = list(
        list_batches(
            items,
            max_items=max_items,
            key=key_of,
            build=build,
            encode=encode,
            size=size,
            max_body_bytes=max_body,
        )
    )
    for b in got:
        assert all(it["pad"] == "x" * 10 for it in b.items) and b.body == encode(b.items)
        assert len(b.body) <= max_body or len(b.items) == 1
    assert sum(len(b.items) + len(b.replaced) for b in got) == len(items)


def test_a_list_without_repeated_keys_is_cut_in_slices_without_packing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import marketplace_async._chunking as chunking

    def no_packing(*args: Any) -> None:
        raise AssertionError("packed item by item")

    monkeypatch.setattr(chunking._Packer, "add", no_packing)
    items = items_of(list(range(25)))
    got = list(list_batches(items, max_items=10, key=key_of, encode=encode, size=size, max_body_bytes=10**6))
    assert [len(b.items) for b in got] == [10, 10, 5] and got[0].items == items[:10]


# --- run_bulk with a list ------------------------------------------------------------------------


def plan_for(sent: list[tuple[str, list[int], float, float]], **kw: Any) -> BulkPlan[Item]:
    async def send(batch: list[Item]) -> BatchOutcome:
        loop = asyncio.get_running_loop()
        kind = "encoded" if isinstance(batch, EncodedBatch) else "plain"
        if isinstance(batch, EncodedBatch):
            assert batch.body == encode(list(batch))
        start = loop.time()
        await asyncio.sleep(3.0 if batch[0]["k"] == 0 else 0.5)  # the first batch is slow
        sent.append((kind, [it["k"] for it in batch], start, loop.time()))
        return BatchOutcome("put", list(batch), [])

    defaults: dict[str, Any] = {
        "endpoint": "put",
        "max_items": 5,
        "send": send,
        "convert": lambda raw, index: raw,
        "key": lambda it: it["k"],
        "concurrency": 4,
    }
    return BulkPlan(**(defaults | kw))


@pytest.mark.looptime
@pytest.mark.parametrize("as_list", [True, False], ids=["list", "stream"])
async def test_a_key_repeated_in_a_later_batch_waits_for_the_earlier_one(as_list: bool) -> None:
    sent: list[tuple[str, list[int], float, float]] = []
    keys = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2]  # 2 again, in the fourth batch
    items = items_of(keys)

    def stream() -> Iterator[Item]:
        yield from items

    result = await run_bulk(plan_for(sent), items if as_list else stream(), BulkResult("put"), None)
    assert result.received == 16 and result.succeeded == 16 and result.coalesced == 0
    by_keys = {tuple(k): (start, end) for _, k, start, end in sent}
    first, last = by_keys[(0, 1, 2, 3, 4)], by_keys[(2,)]
    assert last[0] >= first[1]  # the later value of 2 went after the earlier one was answered
    assert by_keys[(5, 6, 7, 8, 9)][0] < first[1]  # the others did not wait


@pytest.mark.looptime
async def test_a_lists_batches_reach_send_with_their_body_and_every_item_is_accounted_for() -> None:
    sent: list[tuple[str, list[int], float, float]] = []
    keys = [1, 2, 1, 3, 4, 5, 6, 2, 7]
    items = items_of(keys)
    result = await run_bulk(
        plan_for(sent, encode=encode, size=size, max_body_bytes=10**6), items, BulkResult("put"), None
    )
    assert {kind for kind, *_ in sent} == {"encoded"}
    assert result.received == 9 and result.coalesced == 1 and result.succeeded == 8  # 1 twice in a batch
    assert sorted(k for _, batch, *_ in sent for k in batch) == [1, 2, 2, 3, 4, 5, 6, 7]

    sent.clear()
    result = await run_bulk(plan_for(sent, encode=encode), iter(items), BulkResult("put"), None)
    assert {kind for kind, *_ in sent} == {"plain"}  # a stream's batch is encoded by send
    assert result.received == 9 and result.coalesced == 1 and result.succeeded == 8


async def test_a_key_function_that_fails_on_a_list_raises_its_error_with_the_result() -> None:
    def key(item: Item) -> Any:
        raise LookupError("no key")

    with pytest.raises(LookupError) as caught:
        await run_bulk(plan_for([], key=key), items_of([1, 2]), BulkResult("put"), None)
    assert isinstance(caught.value.result, BulkResult)  # type: ignore[attr-defined]


async def test_a_list_converted_at_once_skips_item_by_item() -> None:
    sent: list[tuple[str, list[int], float, float]] = []

    def convert(raw: Any, index: int) -> Item:
        raise AssertionError("converted item by item")

    plan = plan_for(sent, convert=convert, convert_list=lambda raw: [dict(it) for it in raw])
    result = await run_bulk(plan, items_of([1, 2, 3]), BulkResult("put"), None)
    assert result.succeeded == 3


async def test_a_list_the_fast_conversion_gives_up_on_is_converted_item_by_item_and_not_built() -> None:
    sent: list[tuple[str, list[int], float, float]] = []

    def build(batch: list[Item]) -> list[Item]:
        raise AssertionError("built from items converted item by item")

    plan = plan_for(sent, convert_list=lambda raw: None, build=build)
    result = await run_bulk(plan, items_of([1, 2, 3]), BulkResult("put"), None)
    assert result.succeeded == 3 and sorted(k for _, batch, *_ in sent for k in batch) == [1, 2, 3]


# --- keys read batch by batch, a list freed as it goes --------------------------------------------


@settings(max_examples=200, deadline=None)
@given(keys=KEYS, max_items=st.integers(1, 30))
def test_each_batch_of_a_list_names_the_last_earlier_batch_of_each_of_its_keys(
    keys: list[int], max_items: int
) -> None:
    items = items_of(keys)
    got = list(list_batches(items, max_items=max_items, key=key_of))
    last_batch_of: dict[int, int] = {}
    for number, batch in enumerate(got):
        expected = {last_batch_of[it["k"]] for it in batch.items if it["k"] in last_batch_of}
        assert sorted(batch.after) == sorted(expected)
        last_batch_of |= {it["k"]: number for it in batch.items}
    assert all(b.after == () for b in list_batches(items, max_items=max_items))  # unkeyed: no waits


async def test_a_lists_keys_are_read_as_its_batches_are_cut_not_all_before_the_first_request() -> None:
    read: list[int] = []
    at_first_send: list[int] = []

    def key(item: Item) -> int:
        read.append(item["k"])
        return int(item["k"])

    async def send(batch: list[Item]) -> BatchOutcome:
        if not at_first_send:
            at_first_send.append(len(read))
        return BatchOutcome("put", list(batch), [])

    plan: BulkPlan[Item] = BulkPlan(
        endpoint="put", max_items=10, send=send, convert=lambda raw, index: raw, key=key, concurrency=1
    )
    result = await run_bulk(plan, items_of(list(range(100))), BulkResult("put"), None)
    assert result.succeeded == 100
    assert at_first_send[0] <= 2 * 11  # the first batches' keys (and the next item's), not 100


class Converted:
    __slots__ = ("__weakref__", "k")

    def __init__(self, k: int) -> None:
        self.k = k


async def test_a_list_converted_by_the_upload_is_freed_batch_by_batch_and_the_callers_list_is_untouched() -> (
    None
):
    raw = items_of(list(range(40)))
    caller_copy = [dict(it) for it in raw]
    converted: list[weakref.ref[Converted]] = []
    alive_at_last_send: list[int] = []

    def convert_list(items: list[Item]) -> list[Converted]:
        out = [Converted(it["k"]) for it in items]
        converted.extend(weakref.ref(c) for c in out)
        return out

    async def send(batch: list[Item]) -> BatchOutcome:
        if batch[0]["k"] == 30:
            gc.collect()
            alive_at_last_send.append(sum(ref() is not None for ref in converted))
        return BatchOutcome("put", list(batch), [])

    plan: BulkPlan[Item] = BulkPlan(
        endpoint="put",
        max_items=10,
        send=send,
        convert=lambda raw, index: raw,
        key=lambda it: it.k if isinstance(it, Converted) else it["k"],  # reads both
        concurrency=1,
        convert_list=convert_list,
        build=lambda batch: [{"k": c.k} for c in batch],
    )
    result = await run_bulk(plan, raw, BulkResult("put"), None)
    assert result.succeeded == 40
    assert alive_at_last_send == [0]  # each released once its batch was built, not all 40 kept to the end
    assert raw == caller_copy  # the caller's own list is never released

    identity = BulkPlan(endpoint="put", max_items=10, send=send, convert=lambda raw, index: raw, key=key_of)
    listed = items_of(list(range(25)))
    await run_bulk(identity, listed, BulkResult("put"), None)
    assert listed == items_of(list(range(25)))
