"""3. Serialization: msgspec (as the SDK uses it) against the stdlib ``json`` module.

Two bodies the SDK handles at every request, at 100, 500 and 2000 items:

* the Yandex ``updateStocks`` request (``{skus: [{sku, items: [{count, updatedAt}]}]}``): the SDK
  encodes its ``UpdateStocksRequest`` Structs; stdlib encodes the same data as dicts with the
  timestamps already formatted as strings (which spares it work the SDK does). Decoding is the
  emulator's side: msgspec into the typed, validated model, stdlib into plain dicts.
* the Ozon ``/v2/products/stocks`` response (``{result: [{offer_id, product_id, warehouse_id,
  updated, errors}]}``): the SDK decodes it into ``StocksResponse`` for per-item matching.

Each figure is the best of several repeats (the least disturbed by other load on the box), msgspec
and stdlib alternating.
"""

from __future__ import annotations

import json
import timeit
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import msgspec

from marketplace_async._ozon.models import StockResult, StocksResponse
from marketplace_async._yandex.models import SkuStock, StockItem, UpdateStocksRequest

from ._common import Section

TARGET = 5.0
SIZES = (100, 500, 2000)


def _pair(
    fast: Callable[[], object], slow: Callable[[], object], budget: float, repeats: int
) -> tuple[float, float]:
    """Seconds per call of each: the best of ``repeats`` runs of about ``budget`` seconds, the two
    alternating so that a change in the box's speed hits both alike."""
    timers = [timeit.Timer(fast), timeit.Timer(slow)]
    numbers = [max(1, int(budget / max(t.timeit(number=1), 1e-7))) for t in timers]
    best = [float("inf"), float("inf")]
    for _ in range(repeats):
        for i, (timer, number) in enumerate(zip(timers, numbers, strict=True)):
            best[i] = min(best[i], timer.timeit(number=number) / number)
    return best[0], best[1]


def _yandex_bodies(n: int) -> tuple[Any, Any, type[Any]]:
    stamp = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    model = UpdateStocksRequest(
        skus=[
            SkuStock(sku=f"SKU-{i:07d}", items=[StockItem(count=i % 1000, updated_at=stamp)])
            for i in range(n)
        ]
    )
    text = stamp.isoformat().replace("+00:00", "Z")
    plain = {
        "skus": [{"sku": f"SKU-{i:07d}", "items": [{"count": i % 1000, "updatedAt": text}]} for i in range(n)]
    }
    return model, plain, UpdateStocksRequest


def _ozon_bodies(n: int) -> tuple[Any, Any, type[Any]]:
    model = StocksResponse(
        result=[
            StockResult(
                offer_id=f"OFFER-{i:07d}", product_id=100_000 + i, warehouse_id=1 + i % 3, updated=True
            )
            for i in range(n)
        ]
    )
    return model, msgspec.to_builtins(model), StocksResponse


SHAPES = (
    ("Yandex updateStocks request", _yandex_bodies),
    ("Ozon stocks response", _ozon_bodies),
)


Operation = tuple[str, Callable[[], object], Callable[[], object]]


def _operations(
    encoder: msgspec.json.Encoder, decoder: msgspec.json.Decoder[Any], model: Any, plain: Any, data: bytes
) -> tuple[Operation, ...]:
    """(name, msgspec's way, stdlib's way) for one body."""
    return (
        ("encode", lambda: encoder.encode(model), lambda: json.dumps(plain).encode()),
        ("decode (typed)", lambda: decoder.decode(data), lambda: json.loads(data)),
        ("decode (dicts)", lambda: msgspec.json.decode(data), lambda: json.loads(data)),
    )


def run(quick: bool) -> Section:
    budget, repeats = (0.02, 3) if quick else (0.1, 5)
    section = Section(
        "3. Serialization: msgspec vs stdlib json",
        columns=("body", "items", "operation", "msgspec", "stdlib json", "speed-up", "note"),
    )
    encoder = msgspec.json.Encoder()
    for shape, make in SHAPES:
        for n in SIZES:
            model, plain, kind = make(n)
            data = encoder.encode(model)
            if json.loads(data) != json.loads(json.dumps(plain)):
                raise RuntimeError(f"{shape}: msgspec and stdlib bodies differ")
            for op, fast, slow in _operations(encoder, msgspec.json.Decoder(kind), model, plain, data):
                a, b = _pair(fast, slow, budget, repeats)
                section.row(
                    [
                        shape,
                        str(n),
                        op,
                        f"{a * 1e6:,.0f} µs",
                        f"{b * 1e6:,.0f} µs",
                        f"{b / a:.1f}x",
                        f"{len(data):,} bytes",
                    ],
                    ok=None if op == "decode (dicts)" else b / a >= TARGET,
                )
    section.notes += [
        f"Target: msgspec >= {TARGET:g}x faster than stdlib json for every body, size and direction.",
        "decode (typed): msgspec into the SDK's models (types and constraints checked, datetimes "
        "parsed, __post_init__ hooks run) against stdlib json.loads, which only builds dicts and "
        "strings. decode (dicts): msgspec building the same dicts as json.loads, for reference only "
        "(the SDK always decodes into models).",
        "The Yandex request body is decoded only by the emulator (the SDK encodes it); its typed "
        "decode runs a Python __post_init__ (the timezone check of StockItem) per item, which is "
        "what makes it no faster than json.loads.",
    ]
    return section
