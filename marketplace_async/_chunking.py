"""Streaming chunkers: split any iterable or async iterable into compliant batches.

A batch never holds more than ``max_items`` items, never carries one key twice (a later value
for a key already in the open batch replaces it: the last value wins) and, when a body limit is
given, never encodes to more than ``max_body_bytes``. Only the open batch is held in memory, so
memory stays flat however long the input is.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable, Hashable, Iterable
from typing import TypeVar

T = TypeVar("T")

_REPLACED = object()


async def aiter_items(items: Iterable[T] | AsyncIterable[T]) -> AsyncIterator[T]:
    """Iterate a sync or async iterable the same way."""
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


async def chunked(
    items: AsyncIterable[T],
    *,
    max_items: int,
    key: Callable[[T], Hashable] | None = None,
    size: Callable[[T], int] | None = None,
    max_body_bytes: int | None = None,
    envelope_bytes: int = 64,
    on_replaced: Callable[[T], None] | None = None,
) -> AsyncIterator[list[T]]:
    """Yield batches of ``items`` that satisfy every per-request constraint.

    ``size(item)`` is the item's encoded size in bytes; with ``max_body_bytes`` it keeps each
    batch's body (items, separators and ``envelope_bytes`` of wrapping) within the limit. An item
    that cannot fit even alone must be refused by validation before it reaches the chunker.
    ``on_replaced(old)`` is told of every item superseded by a later value for its key.
    """
    if max_items < 1:
        raise ValueError("max_items must be >= 1")
    if max_body_bytes is not None and size is None:
        raise ValueError("max_body_bytes needs size=")
    slots: list[object] = []
    sizes: list[int] = []
    where: dict[Hashable, int] = {}
    live = 0
    body = envelope_bytes

    def flush() -> list[T]:
        nonlocal live, body
        batch: list[T] = [s for s in slots if s is not _REPLACED]  # type: ignore[misc]
        slots.clear()
        sizes.clear()
        where.clear()
        live, body = 0, envelope_bytes
        return batch

    async for item in items:
        item_size = size(item) + 1 if size is not None else 0
        if key is not None:
            k = key(item)
            old_at = where.get(k)
            if old_at is not None:
                old = slots[old_at]
                slots[old_at] = _REPLACED
                body -= sizes[old_at]
                live -= 1
                if on_replaced is not None:
                    on_replaced(old)  # type: ignore[arg-type]
        if live and (live >= max_items or (max_body_bytes is not None and body + item_size > max_body_bytes)):
            yield flush()
        if key is not None:
            where[k] = len(slots)
        slots.append(item)
        sizes.append(item_size)
        live += 1
        body += item_size
    if live:
        yield flush()
