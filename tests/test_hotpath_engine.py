"""The engine's and scheduler's per-request shortcuts give exactly what the full path gives.

* ``Engine.lane`` builds a lane once per endpoint and account, and rebuilds it when the scheduler
  forgot it or the endpoint changed.
* The success check of non-idempotent calls parses the body without building it: it accepts and
  refuses the same bodies as a full decode.
* ``Lane.acquire`` takes an uncontended request without a queue entry: on any script of arrivals
  it admits the same requests at the same (virtual) times as the queued path.
* The transport waits for a free connection in its own FIFO, before aiohttp builds the request,
  within the same pool-wait bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import aiohttp
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from multidict import CIMultiDict, CIMultiDictProxy
from test_engine import CODES, PUT, make_engine
from test_scheduler import run_virtual
from test_transport_timeouts import Server

from marketplace_async import ClientPool, MemoryBackend, OutcomeUnknownError, Rate, Scheduler, Unit, _engine
from marketplace_async._scheduler import Lane, bucket_for
from marketplace_async._transport import Response, Transport

# -- Engine.lane ----------------------------------------------------------------------------------


async def test_a_lane_is_built_once_per_endpoint_and_account(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    real = _engine.bucket_for

    def counting(rate: Rate, key: str, *args: Any, **kwargs: Any) -> Any:
        built.append(key)
        return real(rate, key, *args, **kwargs)

    monkeypatch.setattr(_engine, "bucket_for", counting)
    async with ClientPool(jitter_margin=0.0) as pool:
        engine = make_engine(pool, "http://mini.test")
        lanes = {id(engine.lane(PUT, "acct")) for _ in range(5)}
        assert len(lanes) == 1
        assert built == ["mini:acct:account:0", "mini:acct:put:0"]  # the first call only
        other = engine.lane(PUT, "acct2")  # another account: its own lane and buckets
        assert other is not engine.lane(PUT, "acct")
        assert built[2:] == ["mini:acct2:account:0", "mini:acct2:put:0"]


async def test_a_lane_the_scheduler_forgot_is_replaced_by_its_live_one() -> None:
    async with ClientPool(jitter_margin=0.0) as pool:
        engine = make_engine(pool, "http://mini.test")
        first = engine.lane(PUT, "acct")
        pool.scheduler.prune()  # idle: forgotten
        assert first.pruned
        again = engine.lane(PUT, "acct")
        assert not again.pruned
        assert pool.scheduler._lanes["mini:acct:put"] is again


async def test_a_changed_endpoint_gets_a_lane_of_its_own_limits() -> None:
    async with ClientPool(jitter_margin=0.0) as pool:
        engine = make_engine(pool, "http://mini.test")
        before = engine.lane(PUT, "acct")
        tighter = dataclasses.replace(PUT, rates=(Rate(7, 1.0),))
        after = engine.lane(tighter, "acct")
        assert [u.bucket.amount for u in before.uses] == [1000, 1000]
        assert [u.bucket.amount for u in after.uses] == [1000, 7]
        assert engine.lane(tighter, "acct") is after


async def test_two_clients_of_one_account_with_other_limits_each_get_the_schedulers_lane() -> None:
    async with ClientPool(jitter_margin=0.0) as pool:
        first, second = make_engine(pool, "http://mini.test"), make_engine(pool, "http://mini.test")
        tighter = dataclasses.replace(PUT, rates=(Rate(7, 1.0),))
        for _ in range(3):  # alternating: each call gets the lane the scheduler holds for the key now
            for engine, endpoint in ((first, PUT), (second, tighter)):
                lane = engine.lane(endpoint, "acct")
                assert pool.scheduler._lanes["mini:acct:put"] is lane
                assert lane.uses[-1].bucket.amount == endpoint.rates[0].amount


# -- the success check of non-idempotent calls ----------------------------------------------------

_full_decode = msgspec.json.Decoder()

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**15), 10**15)
    | st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


_document = msgspec.json.Decoder(float_hook=str)  # a float past float's range stays its text


def _decodes(body: bytes, decoder: msgspec.json.Decoder[Any] = _document) -> bool:
    """Whether ``decoder`` takes ``body``; by default what a full decode takes with numbers left
    as their text: a float out of range is still a JSON document."""
    try:
        decoder.decode(body)
    except msgspec.DecodeError:
        return False
    return True


def _passes_check(body: bytes) -> bool:
    response = Response(200, CIMultiDictProxy(CIMultiDict({"Content-Type": "application/json"})), body)
    try:
        _engine._check_document(CODES, response)
    except OutcomeUnknownError:
        return False
    return True


@settings(max_examples=400, deadline=None)
@given(
    value=json_values,
    cut=st.one_of(st.none(), st.integers(0, 200)),
    insert=st.one_of(st.none(), st.tuples(st.integers(0, 200), st.sampled_from(list(b'{}[],:"\\ xtn0-.e<')))),
)
def test_the_check_accepts_exactly_the_json_documents(
    value: Any, cut: int | None, insert: tuple[int, int] | None
) -> None:
    body = json.dumps(value).encode()
    if insert is not None:
        at, byte = insert
        body = body[:at] + bytes([byte]) + body[at:]
    if cut is not None:
        body = body[:cut]
    assert _passes_check(body) == _decodes(body), body


def test_a_number_out_of_a_floats_range_is_still_a_json_document() -> None:
    # Found by the property test above: the check parses without building values, so it takes
    # what the grammar takes; a full decode also refuses a float it cannot hold.
    assert _passes_check(b"-1e309") and _decodes(b"-1e309") and not _decodes(b"-1e309", _full_decode)
    assert not _passes_check(b"NaN") and not _decodes(b"NaN")


@pytest.mark.parametrize(
    "body", [b"<html><body>502 Bad Gateway</body></html>", b'{"result": {"task_id": 1', b"", b"{} {}"]
)
def test_the_check_refuses_what_says_nothing_about_the_server(body: bytes) -> None:
    assert not _passes_check(body)


# -- Lane.acquire without a queue entry -----------------------------------------------------------


def _admissions(
    script: list[tuple[float, int, float]], amount: int, *, direct: bool
) -> list[tuple[int, float]]:
    """(request, virtual time admitted) for requests arriving at ``at`` with ``items``, each
    answered ``hold`` seconds after its admission; ``direct=False`` forces the queued path."""
    admitted: list[tuple[int, float]] = []

    async def main() -> None:
        scheduler = Scheduler(jitter_margin=0.1)
        uses = [
            bucket_for(Rate(amount, 2.0, Unit.ITEMS), "acct:items", 1.0, 0.1),
            bucket_for(Rate(max(1, amount // 3), 1.0), "acct:requests", 1.0, 0.1),
        ]
        lane = scheduler.lane("acct:ep", uses)
        if not direct:
            lane._try_now = None
        loop = asyncio.get_running_loop()

        async def request(n: int, at: float, items: int, hold: float) -> None:
            await asyncio.sleep(at)
            permit = await lane.acquire(items)
            admitted.append((n, loop.time()))
            await asyncio.sleep(hold)
            permit.release()

        await asyncio.gather(*(request(n, *step) for n, step in enumerate(script)))

    run_virtual(main)
    return sorted(admitted)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    amount=st.integers(3, 20),
    script=st.lists(
        st.tuples(st.floats(0.0, 10.0), st.integers(1, 3), st.sampled_from([0.0, 0.05, 0.5])),
        min_size=1,
        max_size=40,
    ),
)
def test_an_uncontended_acquire_admits_like_the_queued_path(
    amount: int, script: list[tuple[float, int, float]]
) -> None:
    assert _admissions(script, amount, direct=True) == _admissions(script, amount, direct=False)


async def test_a_backend_that_overrides_acquire_is_still_awaited() -> None:
    class Counting(MemoryBackend):
        calls = 0

        async def acquire(self, demands: Any, ticket: int) -> float:
            Counting.calls += 1
            return await super().acquire(demands, ticket)

    scheduler = Scheduler(Counting(), jitter_margin=0.0)
    lane = scheduler.lane("k", [bucket_for(Rate(5, 1.0), "k:0", 1.0, 0.0)])
    (await lane.acquire()).release()
    assert Counting.calls == 1


def test_a_request_counted_lane_demands_the_same_tuple_whatever_its_items() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane: Lane = scheduler.lane("k", [bucket_for(Rate(5, 1.0), "k:0", 1.0, 0.0)])
    assert lane.demands(3) is lane.demands(90)
    items = scheduler.lane("i", [bucket_for(Rate(50, 1.0, Unit.ITEMS), "i:0", 1.0, 0.0)])
    assert [w for _, w in items.demands(3)] == [3]
    assert [w for _, w in items.demands(9)] == [9]


# -- the transport's wait for a connection ------------------------------------------------------


def _traced_session(started: list[str], connections: int) -> aiohttp.ClientSession:
    trace = aiohttp.TraceConfig()

    async def on_start(session: aiohttp.ClientSession, ctx: SimpleNamespace, params: Any) -> None:
        started.append(params.url.path)

    trace.on_request_start.append(on_start)
    connector = aiohttp.TCPConnector(limit=connections)
    return aiohttp.ClientSession(connector=connector, trace_configs=[trace])


@contextlib.asynccontextmanager
async def _serving() -> AsyncIterator[Server]:
    async with Server().running() as server:
        try:
            yield server
        finally:
            server.release.set()  # a failed test leaves no handler waiting


async def test_a_request_waiting_for_a_connection_has_not_entered_aiohttp() -> None:
    async with _serving() as server:
        await _one_request_ahead_of_three(server)


async def _one_request_ahead_of_three(server: Server) -> None:
    started: list[str] = []
    async with _traced_session(started, connections=1) as session:
        transport = Transport(session)
        send = transport.send
        slow = asyncio.create_task(
            send("POST", server.url + "/slow", headers={}, body=b"{}", attempt_timeout=5)
        )
        await server.slow_arrived.wait()
        queued = [
            asyncio.create_task(send("POST", f"{server.url}/q{i}", headers={}, body=b"{}", attempt_timeout=5))
            for i in range(3)
        ]
        for _ in range(5):
            await asyncio.sleep(0)
        assert started == ["/slow"]  # the others wait in the transport's FIFO, no request built yet
        server.release.set()
        await slow
        await asyncio.gather(*queued)
    assert started == ["/slow", "/q0", "/q1", "/q2"]  # and go in the order they came
    assert server.seen == started


async def test_a_cancelled_wait_for_a_connection_leaves_the_connection_to_the_next() -> None:
    async with _serving() as server:
        await _cancel_one_waiting(server)


async def _cancel_one_waiting(server: Server) -> None:
    transport = Transport(connections=1, pool_timeout=5.0)
    try:
        send = transport.send
        slow = asyncio.create_task(
            send("POST", server.url + "/slow", headers={}, body=b"{}", attempt_timeout=5)
        )
        await server.slow_arrived.wait()
        gone = asyncio.create_task(
            send("POST", server.url + "/gone", headers={}, body=b"{}", attempt_timeout=5)
        )
        after = asyncio.create_task(
            send("POST", server.url + "/after", headers={}, body=b"{}", attempt_timeout=5)
        )
        await asyncio.sleep(0)
        gone.cancel()
        server.release.set()
        assert (await slow).status == 200
        assert (await asyncio.wait_for(after, 5)).status == 200
        with pytest.raises(asyncio.CancelledError):
            await gone
        assert (
            await send("POST", server.url + "/again", headers={}, body=b"{}", attempt_timeout=5)
        ).status == 200
    finally:
        await transport.aclose()
    assert server.seen == ["/slow", "/after", "/again"]


def test_what_the_wait_for_a_connection_spent_is_taken_off_aiohttps_connect_bound() -> None:
    transport = Transport(pool_timeout=3.0, connect_timeout=2.0)
    fresh = transport.timeout(10.0)
    assert (fresh.connect, fresh.total, fresh.sock_read) == (5.0, 15.0, 10.0)
    later = transport.timeout(10.0, waited=1.5)
    assert (later.connect, later.total, later.sock_connect, later.sock_read) == (3.5, 13.5, 2.0, 10.0)
    assert transport.timeout(10.0) is fresh  # the common case stays cached


async def test_an_unlimited_connector_has_no_wait_of_its_own() -> None:
    async with (
        _serving() as server,
        aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session,
    ):
        transport = Transport(session)
        answers = await asyncio.gather(
            *(
                transport.send("POST", f"{server.url}/u{i}", headers={}, body=b"{}", attempt_timeout=5)
                for i in range(5)
            )
        )
        assert [a.status for a in answers] == [200] * 5
    assert transport._gate is None
