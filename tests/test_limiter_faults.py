"""The limiter under faults (issue 12): slots of sleeping lanes, probes after a pause, pruning,
server floors and refunds. Every test runs on a virtual clock (looptime)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from marketplace_async import MemoryBackend, Rate, Scheduler, Scope
from marketplace_async._backend import Bucket
from marketplace_async._scheduler import PRUNE_INTERVAL, Lane, Permit, bucket_for


def make_lane(
    scheduler: Scheduler, key: str, rates: Sequence[Rate], parallel: Sequence[tuple[str, int]] = ()
) -> Lane:
    uses = [
        bucket_for(r, f"{key.split(':')[0]}:account" if r.scope is Scope.ACCOUNT else f"{key}:{i}", 1.0, 0.0)
        for i, r in enumerate(rates)
    ]
    return scheduler.lane(key, uses, parallel)


def memory(scheduler: Scheduler) -> MemoryBackend:
    assert isinstance(scheduler.backend, MemoryBackend)
    return scheduler.backend


# ---------------------------------------------------------------- slots of sleeping lanes (item 7)


@pytest.mark.looptime
async def test_lanes_paused_by_the_server_hold_no_parallel_slot() -> None:
    """Four Yandex lanes of one campaign paused by a 420 must not hold the campaign's four slots:
    deliverDigitalGoods, with budget of its own, goes at once."""
    scheduler = Scheduler(jitter_margin=0.0)
    campaign_slots = [("c7:parallel", 4)]
    paused = [make_lane(scheduler, f"c7:op{i}", [Rate(100, 60.0)], campaign_slots) for i in range(4)]
    for lane in paused:
        await lane.pause(600.0, (Scope.ENDPOINT,))
    sleepers = [asyncio.create_task(lane.acquire()) for lane in paused]
    await asyncio.sleep(1.0)
    assert scheduler.slots("c7:parallel", 4).in_use == 0
    digital = make_lane(scheduler, "c7:deliverDigitalGoods", [Rate(100, 60.0)], campaign_slots)
    permit = await asyncio.wait_for(digital.acquire(), 0.01)
    assert scheduler.slots("c7:parallel", 4).in_use == 1
    permit.release()
    for task in sleepers:
        task.cancel()
    await asyncio.gather(*sleepers, return_exceptions=True)
    assert scheduler.slots("c7:parallel", 4).in_use == 0


@pytest.mark.looptime
async def test_a_lane_waiting_for_its_bucket_lets_another_lane_use_the_slot() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    slots = [("a:parallel", 1)]
    busy = make_lane(scheduler, "a:busy", [Rate(1, 30.0)], slots)
    other = make_lane(scheduler, "a:other", [Rate(10, 1.0)], slots)
    loop = asyncio.get_running_loop()
    (await busy.acquire()).release()  # its bucket is now full for 30 s
    waiter = asyncio.create_task(busy.acquire())
    await asyncio.sleep(0)
    (await other.acquire()).release()
    assert loop.time() == pytest.approx(0.0)
    (await waiter).release()
    assert loop.time() == pytest.approx(30.0)


# ---------------------------------------------------------------- one probe after a pause (item 6)


async def grant_times(lane: Lane, count: int, hold: dict[int, Permit]) -> list[asyncio.Task[float]]:
    loop = asyncio.get_running_loop()

    async def one(i: int) -> float:
        permit = await lane.acquire()
        hold[i] = permit
        return loop.time()

    tasks = [asyncio.create_task(one(i)) for i in range(count)]
    await asyncio.sleep(0)
    return tasks


@pytest.mark.looptime
async def test_after_a_pause_one_request_probes_before_the_lane_resumes() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 1.0)])
    loop = asyncio.get_running_loop()
    await lane.pause(5.0, (Scope.ENDPOINT,))
    permits: dict[int, Permit] = {}
    tasks = await grant_times(lane, 10, permits)
    await asyncio.sleep(6.0)
    assert len(permits) == 1  # only the probe went when the pause ended
    probe = permits[0]
    assert probe.probing
    # The probe is refused again: the engine pauses before releasing it.
    await lane.pause(5.0, (Scope.ENDPOINT,))
    probe.release()
    await asyncio.sleep(4.0)
    assert len(permits) == 1
    await asyncio.sleep(2.0)  # the second pause ended at t=11: the second probe is out
    assert len(permits) == 2 and permits[1].probing
    second_probe_at = loop.time()
    permits[1].release()  # answered: the lane resumes, everyone at once within the budget
    times = await asyncio.gather(*tasks)
    assert times[1] == pytest.approx(11.0)
    assert all(t == pytest.approx(second_probe_at) for t in times[2:])
    assert not any(p.probing for i, p in permits.items() if i > 1)
    for p in permits.values():
        p.release()
    assert not scheduler._probes


@pytest.mark.looptime
async def test_an_account_pause_is_probed_once_for_every_lane_of_the_account() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    account = Rate(50, 1.0, scope=Scope.ACCOUNT)
    lanes = [make_lane(scheduler, f"acct:ep{i}", [account, Rate(100, 1.0)]) for i in range(3)]
    await lanes[0].pause(2.0, (Scope.ACCOUNT,))
    permits: list[dict[int, Permit]] = [{}, {}, {}]
    tasks = [t for lane, hold in zip(lanes, permits, strict=True) for t in await grant_times(lane, 2, hold)]
    await asyncio.sleep(3.0)
    assert sum(len(hold) for hold in permits) == 1
    (probe,) = (p for hold in permits for p in hold.values())
    probe.release()
    await asyncio.gather(*tasks)
    assert sum(len(hold) for hold in permits) == 6


@pytest.mark.looptime
async def test_a_probe_never_sent_hands_the_probe_to_the_next_request() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 1.0)])
    loop = asyncio.get_running_loop()
    await lane.pause(1.0, (Scope.ENDPOINT,))
    probe = await lane.acquire()
    assert probe.probing and loop.time() == pytest.approx(1.0)
    follower = asyncio.create_task(lane.acquire())
    await asyncio.sleep(0.5)
    assert not follower.done()
    await probe.refund()  # it never left the machine: the server has still not been asked
    probe.release()
    second = await follower
    assert second.probing
    second.release()
    third = await lane.acquire()
    assert not third.probing
    third.release()


@pytest.mark.looptime
async def test_a_cancelled_wait_for_a_probe_leaves_the_probe_alone() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 1.0)])
    await lane.pause(1.0, (Scope.ENDPOINT,))
    probe = await lane.acquire()
    impatient = asyncio.create_task(lane.acquire())
    patient = asyncio.create_task(lane.acquire())
    await asyncio.sleep(0.1)
    impatient.cancel()
    await asyncio.gather(impatient, return_exceptions=True)
    probe.release()
    (await asyncio.wait_for(patient, 0.01)).release()
    assert lane.waiting == 0


# ---------------------------------------------------------------- pruning (item 11)


@pytest.mark.looptime
async def test_touching_20000_campaigns_once_leaves_no_state_once_idle() -> None:
    scheduler = Scheduler(jitter_margin=0.1)
    backend = memory(scheduler)
    rates = [Rate(10_000, 3600.0, scope=Scope.ACCOUNT), Rate(100, 60.0)]
    for campaign in range(20_000):
        lane = make_lane(scheduler, f"c{campaign}:updateStocks", rates, [(f"c{campaign}:parallel", 4)])
        (await lane.acquire(5)).release()
    assert len(scheduler._lanes) == 20_000  # all still within their windows
    await asyncio.sleep(3600.0 + PRUNE_INTERVAL + 1.0)
    lane = make_lane(scheduler, "fresh:updateStocks", rates, [("fresh:parallel", 4)])
    (await lane.acquire()).release()
    assert list(scheduler._lanes) == ["fresh:updateStocks"]
    assert list(scheduler._slots) == ["fresh:parallel"]
    assert sorted(backend._logs) == ["fresh:account", "fresh:updateStocks:1"]


@pytest.mark.looptime
async def test_state_in_use_survives_a_prune() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    backend = memory(scheduler)
    busy = make_lane(scheduler, "a:busy", [Rate(1, 600.0)], [("a:parallel", 1)])
    held = await busy.acquire()  # in flight: its slot and its take must survive
    waiter = asyncio.create_task(busy.acquire())
    await lane_pause_and_prune(scheduler, make_lane(scheduler, "b:paused", [Rate(5, 1.0)]))
    assert set(scheduler._lanes) == {"a:busy"}  # b's lane is idle; its pause is in the backend
    assert set(scheduler._slots) == {"a:parallel"}
    assert set(backend._logs) == {"a:busy:0", "b:paused:0"}
    assert set(scheduler._probes) == {"b:paused:0"}
    held.release()
    waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)


async def lane_pause_and_prune(scheduler: Scheduler, lane: Lane) -> None:
    await lane.pause(300.0, (Scope.ENDPOINT,))
    await asyncio.sleep(PRUNE_INTERVAL)
    scheduler.prune()


@pytest.mark.looptime
async def test_a_lane_held_across_a_prune_still_shares_its_caps() -> None:
    """The engine keeps a lane across retries: if it was pruned meanwhile, its next acquire goes
    through the lane the scheduler now has for that key, so the parallel cap is never split."""
    scheduler = Scheduler(jitter_margin=0.0)
    rates = [Rate(100, 1.0)]
    stale = make_lane(scheduler, "a:e", rates, [("a:parallel", 1)])
    (await stale.acquire()).release()
    await asyncio.sleep(PRUNE_INTERVAL)
    scheduler.prune()
    assert not scheduler._lanes and not scheduler._slots
    fresh = make_lane(scheduler, "a:e", rates, [("a:parallel", 1)])
    assert fresh is not stale
    held = await fresh.acquire()
    blocked = asyncio.create_task(stale.acquire())
    await asyncio.sleep(1.0)
    assert not blocked.done()  # one slot for the key, whichever lane object asks
    held.release()
    (await blocked).release()
    assert scheduler.slots("a:parallel", 1).in_use == 0


@pytest.mark.looptime
async def test_pruning_runs_by_itself_as_lanes_are_created() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    for i in range(3):
        (await make_lane(scheduler, f"a{i}:e", [Rate(10, 1.0)]).acquire()).release()
    await asyncio.sleep(PRUNE_INTERVAL / 2)
    make_lane(scheduler, "b:e", [Rate(10, 1.0)])
    assert len(scheduler._lanes) == 4  # not twice within the interval
    await asyncio.sleep(PRUNE_INTERVAL / 2)
    make_lane(scheduler, "c:e", [Rate(10, 1.0)])
    assert list(scheduler._lanes) == ["c:e"]
    assert list(memory(scheduler)._logs) == []


# ---------------------------------------------------------------- server floor and refunds (item 12)


def test_refunding_an_unsent_take_keeps_a_server_floor_of_zero() -> None:
    """The server said 0 left: a take given back because it was never sent changes nothing the
    server counted, so the floor still admits nothing until the server's reset."""
    now = [0.0]
    backend = MemoryBackend(clock=lambda: now[0])
    bucket = Bucket("a:e", 10, 60.0)
    assert backend.try_acquire([(bucket, 1)], ticket=1) == 0.0  # in flight, never sent after all
    asyncio.run(backend.observe_remaining(bucket, 0, 30.0))
    asyncio.run(backend.refund([(bucket, 1)], ticket=1))
    assert backend.try_acquire([(bucket, 1)], ticket=2) == pytest.approx(30.0)
    now[0] = 30.0
    assert backend.try_acquire([(bucket, 1)], ticket=3) == 0.0


def test_refunding_a_take_made_after_the_floor_frees_its_room() -> None:
    now = [0.0]
    backend = MemoryBackend(clock=lambda: now[0])
    bucket = Bucket("a:e", 10, 60.0)
    asyncio.run(backend.observe_remaining(bucket, 1, 30.0))
    assert backend.try_acquire([(bucket, 1)], ticket=1) == 0.0
    assert backend.try_acquire([(bucket, 1)], ticket=2) > 0.0
    asyncio.run(backend.refund([(bucket, 1)], ticket=1))
    assert backend.try_acquire([(bucket, 1)], ticket=3) == 0.0
