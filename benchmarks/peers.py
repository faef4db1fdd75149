"""One client's run of the Ozon stocks workload, in a process of its own.

``python -m benchmarks.peers CLIENT URL REQUESTS CONCURRENCY`` sends ``REQUESTS`` requests of
100 stock items each to ``URL`` (the plain mock, ``benchmarks._mock``) with ``CONCURRENCY`` in
flight, and prints one JSON line: wall seconds, this process's CPU seconds, requests sent.
Imports, client set-up and one warm-up request are outside the clock.

Clients: ``marketplace_async`` (``ClientPool(limits="lifted")``), ``raw`` (a hand-written aiohttp
loop: ``json.dumps`` of each body inside the loop, ``resp.json()`` of each answer), ``ozon-sdk``
and ``ozonapi-async`` (from PyPI: the ``bench`` extra). Each peer's own limiter is lifted, not
removed: their aiolimiter limiters are built with 10^9 a second, and ozon-sdk's item quota with
10^12 a minute, so their limiter code still runs on every request, as ours does.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from ._common import ROOT, SKIP, EmulatorProcess, Section, fmt_ratio, median

CLIENT_ID, API_KEY = "bench-client", "bench-key"
PER_REQUEST = 100
CLIENTS = ("marketplace_async", "raw", "ozon-sdk", "ozonapi-async")
LIFTED_RATE = 10**9


def items(tag: str, n: int) -> list[dict[str, Any]]:
    """What a caller has: plain dicts, one per (offer, warehouse) pair."""
    return [{"offer_id": f"{tag}{i}", "warehouse_id": 1, "stock": i % 500} for i in range(n)]


async def _in_batches(
    send: Callable[[list[dict[str, Any]]], Awaitable[None]], data: list[dict[str, Any]], concurrency: int
) -> None:
    """The loop every caller of a one-request-a-call client writes: N workers over the batches."""
    batches = iter([data[i : i + PER_REQUEST] for i in range(0, len(data), PER_REQUEST)])

    async def worker() -> None:
        for batch in batches:
            await send(batch)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def _ours(url: str, requests: int, concurrency: int) -> tuple[float, float, int]:
    from marketplace_async import ClientPool, OzonClient

    async with (
        ClientPool(limits="lifted") as pool,
        OzonClient(client_id=CLIENT_ID, api_key=API_KEY, base_url=url, pool=pool) as ozon,
    ):
        await ozon.update_stocks(items("warm", PER_REQUEST))
        data = items("m", requests * PER_REQUEST)
        w0, c0 = time.perf_counter(), time.process_time()
        result = await ozon.update_stocks(data, concurrency=concurrency)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    if result.failed or result.succeeded != len(data):
        raise RuntimeError(f"marketplace_async: {len(result.failed)} items failed")
    return wall, cpu, result.requests


async def _raw(url: str, requests: int, concurrency: int) -> tuple[float, float, int]:
    import aiohttp

    headers = {"Client-Id": CLIENT_ID, "Api-Key": API_KEY, "Content-Type": "application/json"}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64)) as session:

        async def send(batch: list[dict[str, Any]]) -> None:
            body = json.dumps({"stocks": batch})
            async with session.post(url + "/v2/products/stocks", data=body, headers=headers) as resp:
                answer = await resp.json()
                if resp.status != 200 or len(answer["result"]) != len(batch):
                    raise RuntimeError(f"raw loop: HTTP {resp.status}")

        await send(items("warm", PER_REQUEST))
        data = items("r", requests * PER_REQUEST)
        w0, c0 = time.perf_counter(), time.process_time()
        await _in_batches(send, data, concurrency)
        return time.perf_counter() - w0, time.process_time() - c0, requests


async def _ozon_sdk(url: str, requests: int, concurrency: int) -> tuple[float, float, int]:
    import ozon_sdk.base.session as session_module
    from ozon_sdk import SellerAPI
    from ozon_sdk.seller_api.basic.models import Productv2ProductsStocksRequestStock as Stock

    session_module.DEFAULT_RATE_LIMIT = (1000, LIFTED_RATE)  # (interval ms, burst): 10^9 a second
    async with SellerAPI(CLIENT_ID, API_KEY, base_url=url, item_limit=10**12) as api:

        async def send(batch: list[dict[str, Any]]) -> None:
            answer = await api.products_stocks_v2(stocks=[Stock(**item) for item in batch])
            if len(answer.result or ()) != len(batch):
                raise RuntimeError("ozon-sdk: an item has no answer")

        await send(items("warm", PER_REQUEST))
        data = items("s", requests * PER_REQUEST)
        w0, c0 = time.perf_counter(), time.process_time()
        await _in_batches(send, data, concurrency)
        return time.perf_counter() - w0, time.process_time() - c0, requests


async def _ozonapi(url: str, requests: int, concurrency: int) -> tuple[float, float, int]:
    import aiolimiter
    import ozonapi.seller.core.method_rate_limiter as per_method
    import ozonapi.seller.core.rate_limiter as per_client
    from ozonapi import SellerAPI, SellerAPIConfig
    from ozonapi.seller.schemas.prices_and_stocks import ProductsStocksItem, ProductsStocksRequest

    def lifted(*_args: Any, **_kwargs: Any) -> aiolimiter.AsyncLimiter:
        return aiolimiter.AsyncLimiter(LIFTED_RATE, 1)

    per_method.AsyncLimiter = lifted  # type: ignore[assignment,misc]
    per_client.AsyncLimiter = lifted  # type: ignore[assignment,misc]
    config = SellerAPIConfig(client_id=CLIENT_ID, api_key=API_KEY, base_url=url, max_retries=0)
    # One SellerAPI per worker: requests in parallel through one instance end in "Server
    # disconnected" / "Connector is closed" (its session is closed under the other requests).
    async with contextlib.AsyncExitStack() as stack:
        apis = [await stack.enter_async_context(SellerAPI(config=config)) for _ in range(concurrency)]
        free = list(apis)

        async def send(batch: list[dict[str, Any]]) -> None:
            api = free.pop()
            try:
                request = ProductsStocksRequest(stocks=[ProductsStocksItem(**item) for item in batch])
                answer = await api.products_stocks(request)
            finally:
                free.append(api)
            if len(answer.result) != len(batch):
                raise RuntimeError("ozonapi-async: an item has no answer")

        await send(items("warm", PER_REQUEST))
        data = items("p", requests * PER_REQUEST)
        w0, c0 = time.perf_counter(), time.process_time()
        await _in_batches(send, data, concurrency)
        return time.perf_counter() - w0, time.process_time() - c0, requests


RUNS = {"marketplace_async": _ours, "raw": _raw, "ozon-sdk": _ozon_sdk, "ozonapi-async": _ozonapi}


def available(client: str) -> str | None:
    """``None`` if ``client`` can run here, else why not."""
    module = {"ozon-sdk": "ozon_sdk", "ozonapi-async": "ozonapi"}.get(client)
    if module is None:
        return None
    try:
        __import__(module)
    except ImportError:
        return f"{client} is not installed (pip install -e '.[bench]')"
    return None


PEER_TARGET = 3.0  # our throughput / the fastest peer's: at least


async def _one(client: str, url: str, requests: int, concurrency: int) -> dict[str, float]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "benchmarks.peers",
        client,
        url,
        str(requests),
        str(concurrency),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=ROOT,
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        tail = err.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"{client} exited with {proc.returncode}: {tail[0]}")
    figures: dict[str, float] = json.loads(out.decode().strip().splitlines()[-1])
    return figures


async def run(quick: bool) -> Section:
    """The section: every client in its own process, rounds rotating which goes first."""
    requests, rounds = (100, 2) if quick else (200, 7)
    concurrency = 8
    section = Section(
        f"2b. Peers: Ozon stocks, {requests} requests x {PER_REQUEST} items, each client in its own process",
        columns=("client", "req/s", "client CPU a request", "throughput vs raw", "note"),
    )
    clients = [c for c in CLIENTS if available(c) is None]
    walls: dict[str, list[float]] = {c: [] for c in clients}
    cpus: dict[str, list[float]] = {c: [] for c in clients}
    async with EmulatorProcess([{}], module="benchmarks._mock") as server:
        url = server.urls[0]
        for n in range(rounds):
            order = clients[n % len(clients) :] + clients[: n % len(clients)]
            for client in order:
                r = await _one(client, url, requests, concurrency)
                walls[client].append(r["wall"] / r["requests"])
                cpus[client].append(r["cpu"] / r["requests"])
    per_request = {c: median(walls[c]) for c in clients}
    raw = per_request["raw"]
    for client in CLIENTS:
        missing = available(client)
        if missing is not None:
            section.row([client, "-", "-", "-", missing], status=SKIP)
            continue
        section.row(
            [
                client,
                f"{1 / per_request[client]:,.0f}",
                f"{median(cpus[client]) * 1e6:,.0f} µs",
                fmt_ratio(raw / per_request[client]),
                f"median of {rounds} rounds, concurrency {concurrency}",
            ]
        )
    peers = [c for c in clients if c not in ("raw", "marketplace_async")]
    if peers:
        fastest = min(peers, key=lambda c: per_request[c])
        ahead = per_request[fastest] / per_request["marketplace_async"]
        section.row(
            [
                "marketplace_async / fastest peer",
                f"{ahead:.2f}x",
                "",
                "",
                f"fastest peer: {fastest}; target >= {PEER_TARGET:g}x",
            ],
            ok=ahead >= PEER_TARGET,
        )
    section.notes += [
        "Each run is a fresh process (imports and one warm-up request outside the clock) against the "
        "plain mock (benchmarks._mock); the order of the clients rotates every round.",
        'marketplace_async: update_stocks(list of dicts) on ClientPool(limits="lifted"). raw: a '
        "hand-written aiohttp loop (json.dumps of each body in the loop). Peers from PyPI (the bench "
        "extra), called as their READMEs show, one request of 100 items a call, 8 calls in flight; "
        "their aiolimiter limits rebuilt at 10^9 a second (and ozon-sdk's item quota at 10^12 a "
        "minute), so their limiter code still runs. ozonapi-async gets one SellerAPI per worker: "
        "requests in parallel through one instance fail with 'Server disconnected'.",
    ]
    return section


if __name__ == "__main__":
    name, base_url, count, parallel = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    wall, cpu, sent = asyncio.run(RUNS[name](base_url, count, parallel))  # type: ignore[operator]
    print(json.dumps({"wall": wall, "cpu": cpu, "requests": sent}))
