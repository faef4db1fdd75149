"""The engine's and scheduler's per-request shortcuts give exactly what the full path gives.

* ``Engine.lane`` builds a lane once per endpoint and account, and rebuilds it when the scheduler
  forgot it or the endpoint changed.
* The success check of non-idempotent calls parses the body without building it: it accepts and
  refuses the same bodies as a full decode.
* ``Lane.acquire`` takes an uncontended request without a queue entry: on any script of arrivals
  it admits the same requests at the same (virtual) times as the queued path.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from multidict import CIMultiDict, CIMultiDictProxy
from test_engine import CODES, PUT, make_engine
from test_scheduler import run_virtual

from marketplace_async import ClientPool, MemoryBackend, OutcomeUnknownError, Rate, Scheduler, Unit, _engine
from marketplace_async._scheduler import Lane, bucket_for
from marketplace_async._transport import Response

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


def _fully_decodes(body: bytes) -> bool:
    try:
        _full_decode.decode(body)
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
def test_the_check_accepts_exactly_what_a_full_decode_accepts(
    value: Any, cut: int | None, insert: tuple[int, int] | None
) -> None:
    body = json.dumps(value).encode()
    if insert is not None:
        at, byte = insert
        body = body[:at] + bytes([byte]) + body[at:]
    if cut is not None:
        body = body[:cut]
    assert _passes_check(body) == _fully_decodes(body), body


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
