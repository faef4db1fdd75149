"""The scheduler's guarantees, each on a virtual clock (looptime): no test waits in real time."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import looptime
import pytest
from aiolimiter import AsyncLimiter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketplace_async import LimitTooSmallError, MemoryBackend, Rate, Scheduler, Scope, Unit
from marketplace_async._scheduler import BucketUse, Lane, bucket_for


def run_virtual(coro_factory):  # type: ignore[no-untyped-def]
    loop = looptime.new_event_loop(start=0)
    try:
        return loop.run_until_complete(coro_factory())
    finally:
        loop.close()


def max_in_any_window(grants: Sequence[tuple[float, int]], window: float) -> int:
    """Largest total weight in any half-open window [a, a + window): checked at every grant."""
    grants = sorted(grants)
    best = 0
    start = 0
    total = 0
    for end, (t, w) in enumerate(grants):
        total += w
        while grants[start][0] <= t - window + 1e-9:
            total -= grants[start][1]
            start += 1
        best = max(best, total)
        del end
    return best


def make_lane(
    scheduler: Scheduler, key: str, rates: Sequence[Rate], parallel: Sequence[tuple[str, int]] = ()
) -> Lane:
    uses = [bucket_for(r, f"{key}:{i}", 1.0, scheduler.jitter_margin) for i, r in enumerate(rates)]
    return scheduler.lane(key, uses, parallel)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    amount=st.integers(1, 40),
    window=st.floats(0.5, 20.0),
    margin=st.sampled_from([0.0, 0.1]),
    arrivals=st.lists(st.tuples(st.floats(0.0, 60.0), st.integers(1, 40)), min_size=1, max_size=120),
)
def test_any_window_never_exceeds_limit(amount: int, window: float, margin: float, arrivals: list) -> None:  # type: ignore[type-arg]
    arrivals = [(t, min(w, amount)) for t, w in arrivals]
    grants: list[tuple[float, int]] = []

    async def main() -> None:
        scheduler = Scheduler(jitter_margin=margin)
        lane = make_lane(scheduler, "acct:ep", [Rate(amount, window, Unit.ITEMS)])
        loop = asyncio.get_running_loop()

        async def client(at: float, weight: int) -> None:
            await asyncio.sleep(at)
            permit = await lane.acquire(weight)
            grants.append((loop.time(), weight))
            permit.release()

        await asyncio.gather(*(client(t, w) for t, w in arrivals))

    run_virtual(main)
    assert len(grants) == len(arrivals)
    assert max_in_any_window(grants, window + margin) <= amount


@settings(max_examples=30, deadline=None)
@given(
    account_rps=st.integers(2, 20),
    endpoint_amount=st.integers(1, 10),
    per_lane=st.lists(st.integers(1, 40), min_size=2, max_size=4),
)
def test_multiple_limits_are_taken_together(
    account_rps: int, endpoint_amount: int, per_lane: list[int]
) -> None:
    """Several endpoints of one account: each endpoint and the shared account bucket hold at once."""
    account_grants: list[tuple[float, int]] = []
    endpoint_grants: dict[int, list[tuple[float, int]]] = {}

    async def main() -> None:
        scheduler = Scheduler(jitter_margin=0.0)
        backend = scheduler.backend
        account = bucket_for(Rate(account_rps, 1.0, scope=Scope.ACCOUNT), "acct", 1.0, 0.0)
        loop = asyncio.get_running_loop()
        lanes = []
        for i in range(len(per_lane)):
            ep = bucket_for(Rate(endpoint_amount, 5.0), f"ep{i}", 1.0, 0.0)
            lanes.append(scheduler.lane(f"lane{i}", [account, ep]))
        assert isinstance(backend, MemoryBackend)

        async def client(i: int) -> None:
            (await lanes[i].acquire(1)).release()
            account_grants.append((loop.time(), 1))
            endpoint_grants.setdefault(i, []).append((loop.time(), 1))

        await asyncio.gather(*(client(i) for i, n in enumerate(per_lane) for _ in range(n)))

    run_virtual(main)
    assert max_in_any_window(account_grants, 1.0) <= account_rps
    for grants in endpoint_grants.values():
        assert max_in_any_window(grants, 5.0) <= endpoint_amount


def test_full_bucket_limiter_as_is_breaks_the_first_window() -> None:
    """Why the backend is a sliding log: aiolimiter used as is admits ~2x the limit in one window."""
    amount, window = 10, 1.0
    stamps: list[tuple[float, int]] = []

    async def main() -> None:
        limiter = AsyncLimiter(amount, window)
        loop = asyncio.get_running_loop()

        async def one() -> None:
            async with limiter:
                stamps.append((loop.time(), 1))

        await asyncio.gather(*(one() for _ in range(4 * amount)))

    run_virtual(main)
    assert max_in_any_window(stamps, window) >= 2 * amount - 1


@pytest.mark.looptime
@pytest.mark.parametrize(
    ("amount", "window", "margin"), [(80, 60.0, 0.1), (100_000, 60.0, 0.1), (10_000, 3600.0, 0.1)]
)
async def test_sustained_throughput_at_least_98_percent(amount: int, window: float, margin: float) -> None:
    """Demand above the limit for many windows: what is granted is >= 98% of the documented rate."""
    scheduler = Scheduler(jitter_margin=margin)
    weight = 500 if amount >= 100_000 else 1
    unit = Unit.ITEMS if weight > 1 else Unit.REQUESTS
    lane = make_lane(scheduler, "a:e", [Rate(amount, window, unit)])
    loop = asyncio.get_running_loop()
    windows = 10
    horizon = windows * window
    granted = 0

    async def saturate() -> None:
        nonlocal granted
        while True:
            (await lane.acquire(weight)).release()
            if loop.time() >= horizon:
                return
            granted += weight

    await asyncio.gather(*(saturate() for _ in range(4)))
    assert granted / (amount * windows) >= 0.98
    assert granted <= amount * windows


@pytest.mark.looptime
async def test_fifo_within_a_lane_and_large_request_not_starved() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 10.0, Unit.ITEMS)])
    order: list[str] = []

    async def client(name: str, weight: int, delay: float) -> None:
        await asyncio.sleep(delay)
        (await lane.acquire(weight)).release()
        order.append(name)

    # 'big' arrives behind small ones and ahead of many more small ones that would each fit earlier.
    tasks = [client("s0", 60, 0.0), client("big", 90, 0.001)]
    tasks += [client(f"s{i}", 5, 0.002 + i * 0.001) for i in range(1, 30)]
    await asyncio.gather(*tasks)
    assert order == ["s0", "big"] + [f"s{i}" for i in range(1, 30)]


@pytest.mark.looptime
async def test_cancelled_waiter_takes_nothing_and_leaks_nothing() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    backend = scheduler.backend
    assert isinstance(backend, MemoryBackend)
    lane = make_lane(scheduler, "a:e", [Rate(10, 10.0, Unit.ITEMS)], parallel=[("a:parallel", 1)])
    bucket = lane.uses[0].bucket
    first = await lane.acquire(10)  # bucket full until 10 s after its answer; parallel slot held
    waiting_head = asyncio.create_task(lane.acquire(4))
    waiting_tail = asyncio.create_task(lane.acquire(3))
    await asyncio.sleep(1)
    assert lane.waiting == 2
    waiting_head.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting_head
    assert lane.waiting == 1
    first.release()  # answered at t=1: its 10 units leave at t=11
    tail_permit = await waiting_tail
    tail_permit.release()
    loop = asyncio.get_running_loop()
    # The tail got its turn right after the cancelled head left, when the first 10 expired.
    assert loop.time() == pytest.approx(11.0)
    assert backend.usage(bucket) == 3
    await asyncio.sleep(20)
    assert backend.usage(bucket) == 0
    assert lane.waiting == 0
    assert scheduler.slots("a:parallel", 1).in_use == 0


@pytest.mark.looptime
async def test_cancel_while_holding_a_parallel_slot_wait() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 1.0)], parallel=[("a:parallel", 2)])
    p1, p2 = await lane.acquire(), await lane.acquire()
    blocked = asyncio.create_task(lane.acquire())
    await asyncio.sleep(0.5)
    blocked.cancel()
    with pytest.raises(asyncio.CancelledError):
        await blocked
    p1.release()
    p2.release()
    assert scheduler.slots("a:parallel", 2).in_use == 0
    p3 = await asyncio.wait_for(lane.acquire(), 0.01)
    p3.release()


@pytest.mark.looptime
async def test_one_lanes_backlog_never_delays_another() -> None:
    scheduler = Scheduler(jitter_margin=0.1)
    account = Rate(50, 1.0, scope=Scope.ACCOUNT)
    slow = make_lane(scheduler, "acct1:stocks", [account, Rate(1, 60.0)])
    fast = make_lane(scheduler, "acct1:prices", [account])
    other_account = make_lane(scheduler, "acct2:stocks", [Rate(1, 60.0)])
    loop = asyncio.get_running_loop()
    backlog = [asyncio.create_task(slow.acquire()) for _ in range(20)]
    await asyncio.sleep(0.01)
    start = loop.time()
    for _ in range(10):
        (await fast.acquire()).release()
    (await other_account.acquire()).release()
    assert loop.time() - start < 0.001
    assert slow.waiting == 19
    for task in backlog:
        task.cancel()
    await asyncio.gather(*backlog, return_exceptions=True)


@pytest.mark.looptime
async def test_pause_and_server_remaining_feedback() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 60.0)])
    loop = asyncio.get_running_loop()
    (await lane.acquire()).release()
    await lane.pause(5.0, (Scope.ENDPOINT,))
    t0 = loop.time()
    (await lane.acquire()).release()
    assert loop.time() - t0 == pytest.approx(5.0)
    # The server says 0 left until 12 s from now: we believed 98 left; the server wins.
    await lane.observe_remaining(0, 12.0)
    t1 = loop.time()
    (await lane.acquire()).release()
    assert loop.time() - t1 == pytest.approx(12.0)
    # A server that believes *more* is left than we do changes nothing.
    await lane.observe_remaining(100, 60.0)
    backend = scheduler.backend
    assert isinstance(backend, MemoryBackend)
    assert backend.usage(lane.uses[0].bucket) == 3


@pytest.mark.looptime
async def test_server_floor_counts_requests_sent_after_it() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(10, 60.0)])
    loop = asyncio.get_running_loop()
    await lane.observe_remaining(3, 30.0)  # another process already used 7 of 10
    for _ in range(3):
        (await lane.acquire()).release()
    assert loop.time() == pytest.approx(0.0)
    (await lane.acquire()).release()  # the 4th must wait for the server's reset
    assert loop.time() == pytest.approx(30.0)


@pytest.mark.looptime
async def test_a_take_counts_until_one_window_after_its_answer() -> None:
    """However long a request travels, it counts until a window after its answer: the server saw
    it somewhere between acquire and answer, so that is the earliest it can leave the server's."""
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(1, 10.0)])
    loop = asyncio.get_running_loop()
    slow = await lane.acquire()  # a request on its way for 24 s
    waiter = asyncio.create_task(lane.acquire())
    await asyncio.sleep(24.0)
    assert not waiter.done()  # counted at acquire time only, it would have left at t=10
    slow.release()  # answered at t=24
    (await waiter).release()
    assert loop.time() == pytest.approx(34.0)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    amount=st.integers(1, 5),
    window=st.floats(0.5, 5.0),
    trips=st.lists(
        st.tuples(
            st.floats(0.0, 20.0),
            st.floats(0.0, 15.0),
            st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0.0, 1.0)),
        ),
        min_size=2,
        max_size=60,
    ),
)
def test_bound_holds_at_the_server_for_any_delay_before_arrival(
    amount: int, window: float, trips: list[tuple[float, float, float]]
) -> None:
    """Each request reaches the server anywhere between its acquire and its answer, delayed by up
    to 15 s (longer than the window): counted at arrival, no window holds more than the amount."""
    arrivals: list[tuple[float, int]] = []

    async def main() -> None:
        scheduler = Scheduler(jitter_margin=0.0)
        lane = make_lane(scheduler, "acct:ep", [Rate(amount, window)])
        loop = asyncio.get_running_loop()

        async def client(at: float, delay: float, where: float) -> None:
            await asyncio.sleep(at)
            permit = await lane.acquire()
            await asyncio.sleep(delay * where)
            arrivals.append((loop.time(), 1))  # the server counts it here
            await asyncio.sleep(delay * (1.0 - where))
            permit.release()  # the answer is back

        await asyncio.gather(*(client(*trip) for trip in trips))

    run_virtual(main)
    assert len(arrivals) == len(trips)
    assert max_in_any_window(arrivals, window) <= amount


def test_request_heavier_than_the_limit_is_refused() -> None:
    scheduler = Scheduler()
    lane = make_lane(scheduler, "a:e", [Rate(100, 60.0, Unit.ITEMS)])
    with pytest.raises(LimitTooSmallError, match="exceeds the limit"):
        lane.demands(101)


def test_bucket_window_scales_but_margin_does_not() -> None:
    use: BucketUse = bucket_for(Rate(80, 60.0), "k", time_scale=60.0, margin=0.1)
    assert use.bucket.window == pytest.approx(1.1)
    assert use.bucket.amount == 80
