"""Chunkers: every per-request constraint, last value wins, flat memory over a million items."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import AsyncIterator, Iterator

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from marketplace_async._chunking import aiter_items, chunked


async def collect(items, **kw):  # type: ignore[no-untyped-def]
    return [batch async for batch in chunked(aiter_items(items), **kw)]


@settings(max_examples=80, deadline=None)
@given(
    keys=st.lists(st.integers(0, 30), max_size=300),
    max_items=st.integers(1, 50),
    max_body=st.one_of(st.none(), st.integers(120, 600)),
)
async def test_batches_meet_every_constraint_and_last_value_wins(
    keys: list[int], max_items: int, max_body: int | None
) -> None:
    items = [{"k": k, "seq": i} for i, k in enumerate(keys)]
    replaced: list[dict[str, int]] = []
    size = (lambda item: len(msgspec.json.encode(item))) if max_body else None
    batches = await collect(
        items,
        max_items=max_items,
        key=lambda item: item["k"],
        size=size,
        max_body_bytes=max_body,
        envelope_bytes=16,
        on_replaced=replaced.append,
    )
    sent = [item for batch in batches for item in batch]
    assert len(sent) + len(replaced) == len(items)  # every item is sent or superseded
    for batch in batches:
        assert 1 <= len(batch) <= max_items
        assert len({item["k"] for item in batch}) == len(batch)
        if max_body:
            body = msgspec.json.encode({"items": batch})
            assert len(body) <= max_body
    # Whatever was superseded was superseded by a later value for the same key.
    last_sent_seq = {}
    for item in sent:
        last_sent_seq[item["k"]] = max(last_sent_seq.get(item["k"], -1), item["seq"])
    for old in replaced:
        assert last_sent_seq[old["k"]] > old["seq"]
    # The final value per key among everything sent is the input's last value for that key.
    final = {}
    for item in items:
        final[item["k"]] = item["seq"]
    assert last_sent_seq == final


async def test_sync_and_async_iterables_alike() -> None:
    async def agen() -> AsyncIterator[int]:
        for i in range(7):
            yield i

    assert await collect(agen(), max_items=3) == [[0, 1, 2], [3, 4, 5], [6]]
    assert await collect(iter(range(7)), max_items=3) == [[0, 1, 2], [3, 4, 5], [6]]


async def _peak_streaming(n: int) -> int:
    def gen() -> Iterator[dict[str, object]]:
        for i in range(n):
            yield {"offer_id": f"A{i}", "warehouse_id": 1, "stock": i % 100}

    gc.collect()
    tracemalloc.start()
    count = 0
    async for batch in chunked(aiter_items(gen()), max_items=100, key=lambda it: (it["offer_id"], 1)):
        count += len(batch)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == n
    return peak


async def test_million_items_stream_with_flat_memory() -> None:
    small = await _peak_streaming(10_000)
    large = await _peak_streaming(1_000_000)
    # A list of a million dicts would need hundreds of MB; the stream holds one batch.
    assert large < 2 * small + 256 * 1024
    assert large < 4 * 1024 * 1024
