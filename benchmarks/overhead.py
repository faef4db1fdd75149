"""2. Overhead: the full SDK against a minimal raw aiohttp loop, same bodies, same server.

The emulator runs in a child process with every rate of the method lifted, so neither side ever
waits for a limit; only the client's own cost differs. The SDK side is the public bulk method
with a list of plain dicts (validation, coalescing, chunking, encoding, scheduling, the retry
loop, response decoding and per-item accounting). The raw side posts pre-encoded bytes of the
same bodies with the same headers and concurrency and reads each response. Rounds alternate, and
the ratio is the median over rounds, so drifting load on the shared box hits both sides alike.
CPU time is this process's ``time.process_time()`` (the emulator's CPU is its own process's).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiohttp
import msgspec
import psutil  # type: ignore[import-untyped]

from marketplace_async import ClientPool, OzonClient, YandexMarketClient
from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, DEMO_YANDEX_TOKEN

from ._common import (
    EmulatorProcess,
    Section,
    Timed,
    fmt_ratio,
    median,
    ozon_lifted,
    post_json,
    timed,
    yandex_lifted,
)

TARGET = 0.9
TIME_SCALE = 1000.0  # the Ozon 30 s pair rule becomes 30 ms: it stays in the path but never binds
CAMPAIGN = 7001


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    method: str
    path: str
    per_request: int
    concurrency: int  # the SDK's default for the method; the raw loop uses the same
    headers: dict[str, str]
    item: Callable[[str, int], dict[str, Any]]  # what a caller passes to the SDK
    body: Callable[[list[dict[str, Any]]], bytes]  # the same items as the SDK puts them on the wire
    sdk: Callable[[str, ClientPool, list[dict[str, Any]]], Awaitable[int]]  # returns requests sent


async def _ozon_sdk(url: str, pool: ClientPool, items: list[dict[str, Any]]) -> int:
    client = OzonClient(
        client_id=DEMO_OZON_CLIENT_ID,
        api_key=DEMO_OZON_API_KEY,
        base_url=url,
        pool=pool,
        time_scale=TIME_SCALE,
        limits=ozon_lifted(),
    )
    async with client:
        result = await client.update_stocks(iter(items))
    if result.failed:
        raise RuntimeError(f"Ozon stocks: {len(result.failed)} items failed: {result.failed[0].message}")
    return result.requests


async def _yandex_sdk(url: str, pool: ClientPool, items: list[dict[str, Any]]) -> int:
    client = YandexMarketClient(
        api_key=DEMO_YANDEX_TOKEN, base_url=url, pool=pool, time_scale=TIME_SCALE, limits=yandex_lifted()
    )
    async with client:
        result = await client.update_stocks(CAMPAIGN, iter(items))
    if result.failed:
        raise RuntimeError(f"Yandex stocks: {len(result.failed)} items failed: {result.failed[0].message}")
    return result.requests


_NOW = datetime.now(UTC).replace(microsecond=0)

SCENARIOS = (
    Scenario(
        "Ozon stocks (100 items/request)",
        "POST",
        "/v2/products/stocks",
        100,
        8,
        {"Client-Id": DEMO_OZON_CLIENT_ID, "Api-Key": DEMO_OZON_API_KEY, "Content-Type": "application/json"},
        lambda prefix, i: {"offer_id": f"{prefix}{i}", "warehouse_id": 1, "stock": i % 500},
        lambda items: msgspec.json.encode(
            {"stocks": [{k: it[k] for k in ("offer_id", "stock", "warehouse_id")} for it in items]}
        ),
        _ozon_sdk,
    ),
    Scenario(
        "Yandex stocks (500 SKUs/request)",
        "PUT",
        f"/v2/campaigns/{CAMPAIGN}/offers/stocks",
        500,
        4,
        {"Api-Key": DEMO_YANDEX_TOKEN, "Content-Type": "application/json", "Accept": "application/json"},
        lambda prefix, i: {"sku": f"{prefix}{i}", "count": i % 500, "updated_at": _NOW},
        lambda items: msgspec.json.encode(
            {
                "skus": [
                    {"sku": it["sku"], "items": [{"count": it["count"], "updatedAt": it["updated_at"]}]}
                    for it in items
                ]
            }
        ),
        _yandex_sdk,
    ),
)


@dataclass(slots=True)
class Round:
    sdk: Timed
    raw: Timed
    sdk_requests: int
    raw_requests: int
    server_cpu_sdk: float
    server_cpu_raw: float


async def _raw(url: str, scenario: Scenario, bodies: list[bytes]) -> None:
    """The minimal loop: N workers posting prepared bytes and reading each answer."""
    queue = iter(bodies)
    connector = aiohttp.TCPConnector(limit=64)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            for body in queue:
                async with session.request(
                    scenario.method, url + scenario.path, data=body, headers=scenario.headers
                ) as resp:
                    await resp.read()
                    if resp.status != 200:
                        raise RuntimeError(f"raw loop: HTTP {resp.status}")

        await asyncio.gather(*(worker() for _ in range(scenario.concurrency)))


async def _round(url: str, server: psutil.Process, scenario: Scenario, requests: int, n: int) -> Round:
    count = requests * scenario.per_request
    items = [scenario.item(f"s{n}-", i) for i in range(count)]
    raw_items = [scenario.item(f"r{n}-", i) for i in range(count)]
    bodies = [
        scenario.body(raw_items[i : i + scenario.per_request]) for i in range(0, count, scenario.per_request)
    ]
    sent: list[int] = []

    async def sdk() -> None:
        async with ClientPool() as pool:
            sent.append(await scenario.sdk(url, pool, items))

    async def raw() -> None:
        await _raw(url, scenario, bodies)

    async def measured(run: Callable[[], Awaitable[object]]) -> tuple[Timed, float]:
        async with aiohttp.ClientSession() as plain:  # the same fresh emulator state for both sides
            await post_json(plain, f"{url}/__emulator__/reset", {})
        cpu = sum(server.cpu_times()[:2])
        spent = await timed(run)
        return spent, sum(server.cpu_times()[:2]) - cpu

    # Alternate which side goes first, too: what is left of a run (sockets, heap) may favour one.
    if n % 2 == 0:
        (sdk_time, sdk_server), (raw_time, raw_server) = await measured(sdk), await measured(raw)
    else:
        (raw_time, raw_server), (sdk_time, sdk_server) = await measured(raw), await measured(sdk)
    return Round(sdk_time, raw_time, sent[0], len(bodies), sdk_server, raw_server)


async def run(quick: bool) -> Section:
    requests, rounds = (100, 4) if quick else (250, 12)
    section = Section(
        "2. Overhead: full stack vs a raw aiohttp loop (limits lifted, same bodies, same server)",
        columns=(
            "method",
            "SDK req/s",
            "raw req/s",
            "SDK / raw throughput",
            "client CPU per request: SDK / raw",
            "server CPU busy (SDK run)",
            "note",
        ),
    )
    config = {"time_scale": TIME_SCALE, "limits": {"ozon": ozon_lifted(), "yandex": yandex_lifted()}}
    async with EmulatorProcess([config]) as server:
        proc = psutil.Process(server.pid)
        url = server.urls[0]
        for scenario in SCENARIOS:
            await _round(url, proc, scenario, max(20, requests // 10), -2)  # warm-up: connections, caches
            results = [await _round(url, proc, scenario, requests, n) for n in range(rounds)]
            ratio = median(r.raw.wall / r.sdk.wall * r.sdk_requests / r.raw_requests for r in results)
            sdk_rps = median(r.sdk_requests / r.sdk.wall for r in results)
            raw_rps = median(r.raw_requests / r.raw.wall for r in results)
            sdk_cpu = median(r.sdk.cpu / r.sdk_requests for r in results)
            raw_cpu = median(r.raw.cpu / r.raw_requests for r in results)
            busy = median(r.server_cpu_sdk / r.sdk.wall for r in results)
            section.row(
                [
                    scenario.name,
                    f"{sdk_rps:,.0f}",
                    f"{raw_rps:,.0f}",
                    fmt_ratio(ratio),
                    f"{sdk_cpu * 1e6:,.0f} µs / {raw_cpu * 1e6:,.0f} µs ({sdk_cpu / raw_cpu:.1f}x)",
                    f"{busy:.0%} of a core",
                    f"{rounds} rounds of {requests} requests, concurrency {scenario.concurrency}, "
                    "SDK and raw alternating first",
                ],
                ok=ratio >= TARGET,
            )
    section.notes += [
        f"Target: SDK / raw throughput >= {TARGET} (median over alternating rounds).",
        "Server CPU busy: the emulator process's CPU seconds per wall second during the SDK run; "
        "near 100% means the emulator, not the client, set the pace.",
        "SDK CPU per request includes what the raw loop does not do: validating and converting "
        "every item from a dict, coalescing duplicate keys, encoding, the scheduler, decoding the "
        "response and matching every item's result. Raw bodies are encoded before the clock starts.",
    ]
    return section
