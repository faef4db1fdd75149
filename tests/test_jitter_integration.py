"""Counted at a real local server, under ±50 ms of arrival jitter, no window goes over the limit."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Mapping

from aiohttp import web
from test_engine import MiniDialect
from test_scheduler import max_in_any_window

from marketplace_async import ClientPool, Endpoint, LimitsTable, Rate, RetryPolicy, Scope, Unit
from marketplace_async._engine import Engine
from marketplace_async._transport import Response, Transport


class JitteryTransport(Transport):
    """Adds 0..100 ms before each request leaves: ±50 ms of jitter around a 50 ms mean latency."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        body: bytes | None,
        params: Mapping[str, str] | None = None,
        attempt_timeout: float,
    ) -> Response:
        await asyncio.sleep(self.rng.uniform(0.0, 0.1))
        return await super().send(
            method, url, headers=headers, body=body, params=params, attempt_timeout=attempt_timeout
        )


async def test_server_counted_windows_stay_within_limit_under_jitter() -> None:
    arrivals: list[tuple[float, int]] = []
    loop = asyncio.get_running_loop()

    async def handler(request: web.Request) -> web.Response:
        arrivals.append((loop.time(), 1))
        return web.json_response({})

    app = web.Application()
    app.router.add_post("/put", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    amount, window, time_scale = 10, 60.0, 120.0  # 10 requests per 0.5 s of real time
    endpoint = Endpoint("put", "POST", "/put", rates=(Rate(amount, window),))
    table = LimitsTable("mini", (Rate(1000, 1.0, Unit.REQUESTS, Scope.ACCOUNT),), None, {"put": endpoint})
    pool = ClientPool()  # default margin: 0.1 s of real time
    pool.transport = JitteryTransport(random.Random(7))
    engine = Engine(
        pool=pool,
        table=table,
        dialect=MiniDialect(),
        base_url=f"http://127.0.0.1:{port}",
        headers=dict,
        time_scale=time_scale,
        retry=RetryPolicy(),
    )
    lane = engine.lane(endpoint, "acct")
    try:
        await asyncio.gather(*(engine.send(endpoint, lane, path="/put", body=b"{}") for _ in range(60)))
    finally:
        await pool.aclose()
        await runner.cleanup()
    assert len(arrivals) == 60
    assert max_in_any_window(arrivals, window / time_scale) <= amount
    # And the scheduler was not needlessly slow: 60 requests at 10 per 0.6 s take about 3 s.
    span = arrivals[-1][0] - arrivals[0][0]
    assert span < 6 * (window / time_scale + 0.1) + 0.5
