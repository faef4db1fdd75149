"""Streaming chunkers: split any iterable or async iterable into compliant batches.

A batch never holds more than ``max_items`` items, never carries one key twice (a later value
for a key already in the open batch replaces it: the last value wins) and, when a body limit is
given, never encodes to more than ``max_body_bytes``. Only the open batch is held in memory, so
memory stays flat however long the input is.

:func:`list_batches` gives the same batches for a list already in memory at a fraction of the
cost: a run of ``max_items`` items without a repeated key is one slice, and the body limit is
checked on the batch's encoded body (kept for the request) instead of item by item.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_REPLACED = object()
_UNKEYED: Any = object()
"""The key of an item when batches are not keyed."""


async def aiter_items(items: Iterable[T] | AsyncIterable[T]) -> AsyncIterator[T]:
    """Iterate a sync or async iterable the same way."""
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


class _Packer(Generic[T]):
    """The open batch of a chunker: at most ``max_items`` items, one per key (the last value),
    a body within ``max_body_bytes`` by the items' ``size`` (plus a separator each and
    ``envelope_bytes`` of wrapping)."""

    __slots__ = (
        "body",
        "envelope",
        "live",
        "max_body",
        "max_items",
        "on_replaced",
        "size",
        "sizes",
        "slots",
        "where",
    )

    def __init__(
        self,
        max_items: int,
        size: Callable[[T], int] | None,
        max_body_bytes: int | None,
        envelope_bytes: int,
        on_replaced: Callable[[T], None] | None,
    ) -> None:
        if max_items < 1:
            raise ValueError("max_items must be >= 1")
        if max_body_bytes is not None and size is None:
            raise ValueError("max_body_bytes needs size=")
        self.max_items = max_items
        self.size = size
        self.max_body = max_body_bytes
        self.envelope = envelope_bytes
        self.on_replaced = on_replaced
        self.slots: list[object] = []
        self.sizes: list[int] = []
        self.where: dict[Hashable, int] = {}
        self.live = 0
        self.body = envelope_bytes

    def add(self, item: T, k: Hashable) -> list[T] | None:
        """Take ``item`` (keyed ``k``, or ``_UNKEYED``); the batch it closed, if any."""
        size, slots, where = self.size, self.slots, self.where  # locals: this runs once an item
        item_size = size(item) + 1 if size is not None else 0
        live, body = self.live, self.body
        if k is not _UNKEYED:
            old_at = where.get(k)
            if old_at is not None:
                old = slots[old_at]
                slots[old_at] = _REPLACED
                body -= self.sizes[old_at]
                live -= 1
                if self.on_replaced is not None:
                    self.on_replaced(old)  # type: ignore[arg-type]
        full = None
        max_body = self.max_body
        if live and (live >= self.max_items or (max_body is not None and body + item_size > max_body)):
            full = self.flush()
            live, body = 0, self.envelope
        if k is not _UNKEYED:
            where[k] = len(slots)
        slots.append(item)
        self.sizes.append(item_size)
        self.live, self.body = live + 1, body + item_size
        return full

    def flush(self) -> list[T]:
        batch: list[T] = [s for s in self.slots if s is not _REPLACED]  # type: ignore[misc]
        self.slots.clear()
        self.sizes.clear()
        self.where.clear()
        self.live, self.body = 0, self.envelope
        return batch


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
    packer = _Packer(max_items, size, max_body_bytes, envelope_bytes, on_replaced)
    add = packer.add
    async for item in items:
        full = add(item, key(item) if key is not None else _UNKEYED)
        if full is not None:
            yield full
    if packer.live:
        yield packer.flush()


@dataclass(frozen=True, slots=True)
class ListBatch(Generic[T]):
    """A batch of :func:`list_batches`: its items, its encoded body (``None`` without ``encode``),
    the items superseded (by a later value of their key) while it was formed, and the numbers
    (0 for the first batch) of the earlier batches that sent one of its keys."""

    items: list[T]
    body: bytes | None
    replaced: list[Any]
    after: tuple[int, ...] = ()


def list_batches(
    items: list[Any],
    *,
    max_items: int,
    key: Callable[[Any], Hashable] | None = None,
    build: Callable[[list[Any]], list[T]] | None = None,
    encode: Callable[[list[T]], bytes] | None = None,
    size: Callable[[T], int] | None = None,
    max_body_bytes: int | None = None,
    envelope_bytes: int = 64,
    release: bool = False,
) -> Iterator[ListBatch[T]]:
    """:func:`chunked` for a list in memory: the same rules, batch by batch instead of item by item.

    ``max_items`` items in a row without a repeated key make one batch, a slice of the list; a
    run with a repeated key is packed item by item as :func:`chunked` does. Keys are read a batch
    at a time as batches are cut (not the whole list up front), and each batch names the earlier
    batches that sent one of its keys (``ListBatch.after``). ``build`` turns a batch of ``items``
    into the items sent, batch by batch as they go (without it, they are ``items`` themselves).
    With ``max_body_bytes``, each batch is encoded once (``encode``) and measured; only a batch
    whose body is over the limit is packed again by its items' ``size``, as :func:`chunked` does.
    Without ``encode``, a body limit packs every batch by ``size``. With ``release``, the slots of
    ``items`` already cut are set to ``None``: a list of the caller's own is freed as it goes
    instead of all at once after the last answer.
    """
    if max_items < 1:
        raise ValueError("max_items must be >= 1")
    if max_body_bytes is not None and size is None:
        raise ValueError("max_body_bytes needs size=")
    sent = build if build is not None else _as_sent
    item_size = size if size is None or build is None else (lambda item: size(build([item])[0]))
    count = len(items)
    packed_by_size = item_size if max_body_bytes is not None and encode is None else None
    sent_by: dict[Hashable, int] = {}  # each key seen so far: the number of the last batch that had it
    number = start = 0
    while start < count:
        taken, end, replaced, keys = _form(
            items, key, number, start, max_items, packed_by_size, max_body_bytes, envelope_bytes
        )
        batch = sent(taken)
        body = None
        if encode is not None:
            body = encode(batch)
            if max_body_bytes is not None and len(body) > max_body_bytes and len(batch) > 1:
                taken, end, replaced, keys = _form(
                    items, key, number, start, max_items, item_size, max_body_bytes, envelope_bytes
                )
                batch = sent(taken)
                body = encode(batch)
        after: tuple[int, ...] = ()
        if keys is not None:
            if not sent_by.keys().isdisjoint(keys):
                after = tuple({sent_by[k] for k in keys if k in sent_by})
            sent_by.update(keys)
        if release:
            items[start:end] = [None] * (end - start)
        yield ListBatch(batch, body, replaced, after)
        number += 1
        start = end


def _as_sent(batch: list[Any]) -> list[Any]:
    return batch


def _form(
    items: list[Any],
    key: Callable[[Any], Hashable] | None,
    number: int,
    start: int,
    max_items: int,
    size: Callable[[Any], int] | None,
    max_body_bytes: int | None,
    envelope_bytes: int,
) -> tuple[list[Any], int, list[Any], dict[Hashable, int] | None]:
    """The batch that starts at ``items[start]``, where the next one starts, the items it
    superseded, and its keys, each mapped to the batch's ``number`` (``None`` without ``key``)."""
    end = min(start + max_items, len(items))
    if size is None:
        taken = items[start:end]
        if key is None:
            return taken, end, [], None
        keys = dict.fromkeys(map(key, taken), number)
        # A whole slice: no key twice, and the next item's key not among them (it would replace
        # its earlier value instead of closing the batch).
        if len(keys) == end - start and (end == len(items) or key(items[end]) not in keys):
            return taken, end, [], keys
    replaced: list[Any] = []
    packer: _Packer[Any] = _Packer(
        max_items, size, max_body_bytes if size is not None else None, envelope_bytes, replaced.append
    )
    for at in range(start, len(items)):
        item = items[at]
        full = packer.add(item, key(item) if key is not None else _UNKEYED)
        if full is not None:
            # items[at] opened the next batch: it starts there (what it superseded is counted here).
            return full, at, replaced, None if key is None else dict.fromkeys(map(key, full), number)
    full = packer.flush()
    return full, len(items), replaced, None if key is None else dict.fromkeys(map(key, full), number)
