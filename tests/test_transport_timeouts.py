"""Timeouts split at the moment a request is written: before it nothing was sent, after it anything may
have been applied. Against a scripted local aiohttp server, with sub-second real timeouts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from test_engine import make_engine
from test_retry_code_uploads import Scripted

from marketplace_async import ClientPool, Endpoint, LimitsTable, OutcomeUnknownError, Rate, RetryPolicy
from marketplace_async._engine import Engine
from marketplace_async._results import BulkResult
from marketplace_async._transport import NotSentError, Transport

# One code upload a minute: a retry that found its budget spent would wait a whole minute.
CODES = Endpoint("codes", "POST", "/codes", rates=(Rate(1, 60.0),), idempotent=False)
TABLE = LimitsTable("mini", (), None, {"codes": CODES})
QUICK = RetryPolicy(max_attempts=5, timeout=0.3, backoff_initial=0.01, backoff_max=0.02)


class Server(Scripted):
    """Answers ``/slow`` when ``release`` is set and ``/stall`` never; records every arrival."""

    def __init__(self) -> None:
        super().__init__()
        self.release = asyncio.Event()
        self.slow_arrived = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        self.seen.append(request.path)
        await request.read()
        if request.path == "/slow":
            self.slow_arrived.set()
            await self.release.wait()
        elif request.path == "/stall":
            await asyncio.Event().wait()
        return web.json_response({})


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    async with Server().running() as srv:
        try:
            yield srv
        finally:
            srv.release.set()


def codes_engine(pool: ClientPool, base_url: str) -> Engine:
    engine = make_engine(pool, base_url, QUICK)
    engine.table = TABLE
    return engine


async def test_a_code_upload_stuck_behind_another_accounts_slow_request_is_not_sent_then_resent(
    server: Server,
) -> None:
    # One connection, held by another account's slow request: the upload waits for it in the pool.
    async with ClientPool(connections=1, pool_timeout=0.15, connect_timeout=0.15, jitter_margin=0.0) as pool:
        slow = asyncio.create_task(
            pool.transport.send("POST", server.url + "/slow", headers={}, body=b"{}", attempt_timeout=5.0)
        )
        await server.slow_arrived.wait()
        asyncio.get_running_loop().call_later(0.5, server.release.set)
        engine = codes_engine(pool, server.url)
        counter = BulkResult("codes")
        response = await asyncio.wait_for(
            engine.send(CODES, engine.lane(CODES, "other"), path="/codes", body=b"{}", counter=counter), 10
        )
        assert (await slow).status == 200
    # Each attempt that found no free connection was never sent: it was resent, not reported as
    # possibly applied, and its budget (one a minute) was given back, so the retry did not wait.
    assert response.status == 200
    assert server.seen.count("/codes") == 1
    assert (counter.requests, counter.retries) == (1, 0)  # attempts never sent are not requests


async def test_the_pool_wait_is_bounded_on_its_own_and_reported_as_not_sent(server: Server) -> None:
    transport = Transport(connections=1, pool_timeout=0.1, connect_timeout=0.1)
    try:
        slow = asyncio.create_task(
            transport.send("POST", server.url + "/slow", headers={}, body=b"{}", attempt_timeout=5.0)
        )
        await server.slow_arrived.wait()
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(NotSentError, match="nothing was sent"):
            await transport.send("POST", server.url + "/codes", headers={}, body=b"{}", attempt_timeout=5.0)
        assert loop.time() - start < 1.0  # the pool wait's own bound, not the 5 s read timeout
        server.release.set()
        await slow
    finally:
        await transport.aclose()
    assert "/codes" not in server.seen


async def test_no_answer_after_sending_is_still_outcome_unknown(server: Server) -> None:
    async with ClientPool(jitter_margin=0.0) as pool:  # default pool and connect timeouts: 30 s, 10 s
        engine = codes_engine(pool, server.url)
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(OutcomeUnknownError, match=r"no answer within 0\.3 s"):
            await engine.send(CODES, engine.lane(CODES, "acct"), path="/stall", body=b"{}")
        assert loop.time() - start < 2.0  # the read timeout, not pool + connect + read
    assert server.seen == ["/stall"]  # never resent


def test_pool_and_connect_timeouts_must_be_positive() -> None:
    with pytest.raises(ValueError, match="pool_timeout"):
        Transport(pool_timeout=0)
    with pytest.raises(ValueError, match="connect_timeout"):
        ClientPool(connect_timeout=-1)
