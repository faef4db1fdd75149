"""2. Overhead: the full SDK against a hand-written aiohttp loop, same items, same server.

The server is the plain mock (``benchmarks._mock``) in a child process: no limits, no state, the
cheapest answer in the method's shape, so the client's own CPU sets the pace. The SDK side is the
public bulk method given a list of plain dicts, on ``ClientPool(limits="lifted")`` (validation,
coalescing, chunking, encoding, the scheduler and per-pair rules, the retry loop, response
decoding and per-item accounting all run). The raw side is what a caller would write by hand: the
same dicts, each body built with ``json.dumps`` inside the loop (reshaped into the wire form where
the API needs it), posted with the same headers and concurrency, each answer read with
``resp.json()``. Rounds alternate which side goes first; ratios are medians over rounds, so
drifting load on the shared box hits both sides alike. CPU is this process's ``process_time``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiohttp

from marketplace_async import BulkResult, ClientPool, OzonClient, YandexMarketClient
from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, DEMO_YANDEX_TOKEN

from ._common import EmulatorProcess, Section, Timed, fmt_ratio, median, timed

CPU_TARGET = 1.5  # client CPU a request, SDK / raw: at most
THROUGHPUT_TARGET = 0.85  # SDK / raw requests a second: at least
CAMPAIGN = 7001
Item = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    method: str
    path: str
    per_request: int
    concurrency: int  # the SDK's default for the method; the raw loop uses the same
    requests: tuple[int, int]  # a round's requests: quick, full
    headers: dict[str, str]
    item: Callable[[str, int], Item]  # what a caller passes to the SDK
    body: Callable[[list[Item]], str]  # the raw loop's body: json.dumps of the wire shape
    answered: Callable[[Any, int], bool]  # the raw loop's check of an answer
    sdk: Callable[[ClientPool, str, list[Item]], Awaitable[BulkResult]]


_OZON_HEADERS = {
    "Client-Id": DEMO_OZON_CLIENT_ID,
    "Api-Key": DEMO_OZON_API_KEY,
    "Content-Type": "application/json",
}
_YANDEX_HEADERS = {
    "Api-Key": DEMO_YANDEX_TOKEN,
    "Content-Type": "application/json",
    "Accept": "application/json",
}
_NOW = datetime.now(UTC).replace(microsecond=0).isoformat()


async def _ozon_stocks(pool: ClientPool, url: str, items: list[Item]) -> BulkResult:
    ozon = OzonClient(client_id=DEMO_OZON_CLIENT_ID, api_key=DEMO_OZON_API_KEY, base_url=url, pool=pool)
    async with ozon:
        return await ozon.update_stocks(items)


async def _ozon_prices(pool: ClientPool, url: str, items: list[Item]) -> BulkResult:
    ozon = OzonClient(client_id=DEMO_OZON_CLIENT_ID, api_key=DEMO_OZON_API_KEY, base_url=url, pool=pool)
    async with ozon:
        return await ozon.update_prices(items)


def _yandex_stocks(per_request: int) -> Callable[[ClientPool, str, list[Item]], Awaitable[BulkResult]]:
    limits = {"updateStocks": {"max_items": per_request}}

    async def run(pool: ClientPool, url: str, items: list[Item]) -> BulkResult:
        async with YandexMarketClient(
            api_key=DEMO_YANDEX_TOKEN, base_url=url, pool=pool, limits=limits
        ) as ym:
            return await ym.update_stocks(CAMPAIGN, items)

    return run


async def _yandex_prices(pool: ClientPool, url: str, items: list[Item]) -> BulkResult:
    async with YandexMarketClient(api_key=DEMO_YANDEX_TOKEN, base_url=url, pool=pool) as ym:
        return await ym.update_prices(CAMPAIGN, items)


def _yandex_stocks_scenario(per_request: int, requests: tuple[int, int]) -> Scenario:
    return Scenario(
        f"Yandex stocks ({per_request} SKUs/request)",
        "PUT",
        f"/v2/campaigns/{CAMPAIGN}/offers/stocks",
        per_request,
        4,
        requests,
        _YANDEX_HEADERS,
        lambda tag, i: {"sku": f"{tag}{i}", "count": i % 500, "updated_at": _NOW},
        lambda batch: json.dumps(
            {
                "skus": [
                    {"sku": it["sku"], "items": [{"count": it["count"], "updatedAt": it["updated_at"]}]}
                    for it in batch
                ]
            }
        ),
        lambda answer, n: answer.get("status") == "OK",
        _yandex_stocks(per_request),
    )


SCENARIOS = (
    Scenario(
        "Ozon stocks (100 items/request)",
        "POST",
        "/v2/products/stocks",
        100,
        8,
        (100, 250),
        _OZON_HEADERS,
        lambda tag, i: {"offer_id": f"{tag}{i}", "warehouse_id": 1, "stock": i % 500},
        lambda batch: json.dumps({"stocks": batch}),
        lambda answer, n: len(answer["result"]) == n,
        _ozon_stocks,
    ),
    Scenario(
        "Ozon prices (1000 items/request)",
        "POST",
        "/v1/product/import/prices",
        1000,
        8,
        (12, 30),
        _OZON_HEADERS,
        lambda tag, i: {"offer_id": f"{tag}{i}", "price": f"{1000 + i % 900}.90", "old_price": "2999.00"},
        lambda batch: json.dumps({"prices": batch}),
        lambda answer, n: len(answer["result"]) == n,
        _ozon_prices,
    ),
    _yandex_stocks_scenario(500, (24, 60)),
    _yandex_stocks_scenario(2000, (6, 15)),
    Scenario(
        "Yandex prices (2000 offers/request)",
        "POST",
        f"/v2/campaigns/{CAMPAIGN}/offer-prices/updates",
        2000,
        8,
        (6, 15),
        _YANDEX_HEADERS,
        lambda tag, i: {"offer_id": f"{tag}{i}", "price": {"value": 1000 + i % 900, "currency_id": "RUR"}},
        lambda batch: json.dumps(
            {
                "offers": [
                    {
                        "offerId": it["offer_id"],
                        "price": {"value": it["price"]["value"], "currencyId": it["price"]["currency_id"]},
                    }
                    for it in batch
                ]
            }
        ),
        lambda answer, n: answer.get("status") == "OK",
        _yandex_prices,
    ),
)


async def raw_loop(url: str, scenario: Scenario, items: list[Item]) -> int:
    """A hand-written client: N workers, each building a body with json.dumps, posting it and
    reading the answer with resp.json(); returns the requests sent."""
    n = scenario.per_request
    batches = iter([items[i : i + n] for i in range(0, len(items), n)])
    sent = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64)) as session:

        async def worker() -> None:
            nonlocal sent
            for batch in batches:
                body = scenario.body(batch)
                async with session.request(
                    scenario.method, url + scenario.path, data=body, headers=scenario.headers
                ) as resp:
                    answer = await resp.json()
                    if resp.status != 200 or not scenario.answered(answer, len(batch)):
                        raise RuntimeError(f"raw loop: HTTP {resp.status}")
                sent += 1

        await asyncio.gather(*(worker() for _ in range(scenario.concurrency)))
    return sent


async def sdk_run(url: str, scenario: Scenario, items: list[Item]) -> int:
    """The SDK's bulk method on a lifted pool; returns the requests sent."""
    async with ClientPool(limits="lifted") as pool:
        result = await scenario.sdk(pool, url, items)
    if result.failed or result.succeeded != len(items):
        first = result.failed[0].message if result.failed else "items missing"
        raise RuntimeError(f"{scenario.name}: {len(result.failed)} items failed: {first}")
    return result.requests


@dataclass(slots=True)
class Round:
    sdk: Timed
    raw: Timed
    sdk_requests: int
    raw_requests: int


async def _round(url: str, scenario: Scenario, requests: int, n: int) -> Round:
    count = requests * scenario.per_request
    sdk_items = [scenario.item(f"s{n}-", i) for i in range(count)]
    raw_items = [scenario.item(f"r{n}-", i) for i in range(count)]
    sent: dict[str, int] = {}

    async def sdk() -> None:
        sent["sdk"] = await sdk_run(url, scenario, sdk_items)

    async def raw() -> None:
        sent["raw"] = await raw_loop(url, scenario, raw_items)

    # Alternate which side goes first, too: what is left of a run (sockets, heap) may favour one.
    if n % 2 == 0:
        sdk_time, raw_time = await timed(sdk), await timed(raw)
    else:
        raw_time, sdk_time = await timed(raw), await timed(sdk)
    return Round(sdk_time, raw_time, sent["sdk"], sent["raw"])


@dataclass(slots=True)
class Figures:
    sdk_rps: float
    raw_rps: float
    throughput: float  # SDK / raw, median of the rounds' ratios
    sdk_cpu: float  # seconds a request
    raw_cpu: float
    cpu_ratio: float  # SDK / raw, median of the rounds' ratios


async def measure(url: str, scenario: Scenario, requests: int, rounds: int) -> Figures:
    await _round(url, scenario, max(2, requests // 5), -2)  # warm-up: connections, caches
    results = [await _round(url, scenario, requests, n) for n in range(rounds)]
    return Figures(
        sdk_rps=median(r.sdk_requests / r.sdk.wall for r in results),
        raw_rps=median(r.raw_requests / r.raw.wall for r in results),
        throughput=median(r.raw.wall / r.sdk.wall * r.sdk_requests / r.raw_requests for r in results),
        sdk_cpu=median(r.sdk.cpu / r.sdk_requests for r in results),
        raw_cpu=median(r.raw.cpu / r.raw_requests for r in results),
        cpu_ratio=median((r.sdk.cpu / r.sdk_requests) / (r.raw.cpu / r.raw_requests) for r in results),
    )


async def run(quick: bool) -> Section:
    rounds = 3 if quick else 9
    section = Section(
        "2. Overhead: full stack vs a hand-written aiohttp loop (limits lifted, plain mock server)",
        columns=(
            "method",
            "SDK req/s",
            "raw req/s",
            "SDK / raw throughput",
            "client CPU a request: SDK / raw",
            "note",
        ),
    )
    async with EmulatorProcess([{}], module="benchmarks._mock") as server:
        url = server.urls[0]
        for scenario in SCENARIOS:
            requests = scenario.requests[0 if quick else 1]
            f = await measure(url, scenario, requests, rounds)
            section.row(
                [
                    scenario.name,
                    f"{f.sdk_rps:,.0f}",
                    f"{f.raw_rps:,.0f}",
                    fmt_ratio(f.throughput),
                    f"{f.sdk_cpu * 1e6:,.0f} µs / {f.raw_cpu * 1e6:,.0f} µs ({f.cpu_ratio:.2f}x)",
                    f"{rounds} rounds of {requests} requests, concurrency {scenario.concurrency}, "
                    "SDK and raw alternating first",
                ],
                ok=f.cpu_ratio <= CPU_TARGET and f.throughput >= THROUGHPUT_TARGET,
            )
    section.notes += [
        f"Targets: client CPU a request within {CPU_TARGET}x the raw loop's, and SDK / raw throughput "
        f">= {THROUGHPUT_TARGET}, each the median of per-round ratios over alternating rounds; a row "
        "passes when both hold.",
        'The SDK runs on ClientPool(limits="lifted"): every rate lifted, the request path unchanged.',
        "The raw loop does what a hand-written client does and no more: json.dumps of each body in the "
        "loop, resp.json() of each answer, a count check. The SDK also validates and converts every "
        "item, coalesces repeated keys, keeps the per-pair and per-product rules, goes through the "
        "scheduler and the retry loop, and matches every item's answer.",
    ]
    return section
