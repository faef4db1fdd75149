"""Regressions a mutation run of the limiter found unnoticed (issue 12 item 13; tests/mutation_limiter.py).

Each test names the promise it guards; all run on a virtual clock or an injected one.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Sequence

import pytest

from marketplace_async import LimiterUnavailableError, MemoryBackend, Rate, Scheduler, Scope, Unit
from marketplace_async._backend import Bucket, Demand
from marketplace_async._scheduler import DEFAULT_JITTER_MARGIN, PRUNE_INTERVAL, Lane, Permit, bucket_for


def make_lane(
    scheduler: Scheduler, key: str, rates: Sequence[Rate], parallel: Sequence[tuple[str, int]] = ()
) -> Lane:
    uses = [bucket_for(r, f"{key}:{i}", 1.0, scheduler.jitter_margin) for i, r in enumerate(rates)]
    return scheduler.lane(key, uses, parallel)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


# ---------------------------------------------------------------- cancellation and parallel slots


@pytest.mark.looptime
async def test_a_slot_handed_to_a_waiter_as_it_is_cancelled_goes_to_the_next() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    slots = [("a:parallel", 1)]
    lanes = [make_lane(scheduler, f"a:e{i}", [Rate(100, 1.0)], slots) for i in range(3)]
    held = await lanes[0].acquire()
    handed = asyncio.create_task(lanes[1].acquire())
    after = asyncio.create_task(lanes[2].acquire())
    await asyncio.sleep(0.1)
    held.release()  # the slot goes to `handed` ...
    handed.cancel()  # ... which is cancelled before it runs: it must pass the slot on
    await asyncio.gather(handed, return_exceptions=True)
    (await asyncio.wait_for(after, 0.01)).release()
    assert scheduler.slots("a:parallel", 1).in_use == 0


@pytest.mark.looptime
async def test_a_cancelled_waiter_behind_the_head_leaves_the_lane_queue() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(1, 10.0)])
    loop = asyncio.get_running_loop()
    (await lane.acquire()).release()
    head = asyncio.create_task(lane.acquire())
    tail = asyncio.create_task(lane.acquire())
    await asyncio.sleep(1.0)
    tail.cancel()
    await asyncio.gather(tail, return_exceptions=True)
    assert lane.waiting == 1
    (await head).release()
    assert loop.time() == pytest.approx(10.0)
    (await asyncio.wait_for(lane.acquire(), 20.0)).release()  # not stuck behind the cancelled one
    assert loop.time() == pytest.approx(20.0)


@pytest.mark.looptime
async def test_a_cancelled_slot_waiter_leaves_the_slot_queue() -> None:
    """A stale waiter would keep a slot freed by a larger cap from being taken at once."""
    scheduler = Scheduler(jitter_margin=0.0)
    one = make_lane(scheduler, "a:one", [Rate(100, 1.0)], [("a:parallel", 1)])
    two = make_lane(scheduler, "a:two", [Rate(100, 1.0)], [("a:parallel", 1)])
    held = await one.acquire()
    cancelled = asyncio.create_task(two.acquire())
    await asyncio.sleep(0.1)
    cancelled.cancel()
    await asyncio.gather(cancelled, return_exceptions=True)
    slots = scheduler.slots("a:parallel", 2)  # the cap is raised
    assert not slots.waiters
    (await asyncio.wait_for(two.acquire(), 0.01)).release()
    held.release()
    assert slots.in_use == 0


class FailingBackend(MemoryBackend):
    """Redis unreachable: every acquire raises."""

    async def acquire(self, demands: Sequence[Demand], ticket: int) -> float:
        raise LimiterUnavailableError("Redis is unreachable for the rate limiter; nothing was sent")


@pytest.mark.looptime
async def test_an_acquire_that_fails_frees_its_slots() -> None:
    scheduler = Scheduler(FailingBackend(), jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 1.0)], [("a:parallel", 1), ("a:e:parallel", 1)])
    for _ in range(2):
        with pytest.raises(LimiterUnavailableError):
            await lane.acquire()
    assert scheduler.slots("a:parallel", 1).in_use == 0
    assert scheduler.slots("a:e:parallel", 1).in_use == 0


@pytest.mark.looptime
async def test_cancelled_while_waiting_for_a_second_slot_frees_the_first() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    account = ("a:parallel", 2)
    busy = make_lane(scheduler, "a:busy", [Rate(100, 1.0)], [account, ("a:busy:parallel", 1)])
    held = await busy.acquire()
    blocked = asyncio.create_task(busy.acquire())  # takes an account slot, waits for the endpoint's
    await asyncio.sleep(0.1)
    assert scheduler.slots(*account).in_use == 2
    blocked.cancel()
    await asyncio.gather(blocked, return_exceptions=True)
    assert scheduler.slots(*account).in_use == 1
    held.release()
    assert scheduler.slots(*account).in_use == 0


# ---------------------------------------------------------------- the jitter margin


@pytest.mark.looptime
async def test_the_default_margin_keeps_a_jittered_server_within_its_limit() -> None:
    """With default settings, requests whose arrival at the server jitters by up to 50 ms still
    never land two in one documented second at 1 request per second."""
    scheduler = Scheduler()
    lane = make_lane(scheduler, "a:e", [Rate(1, 1.0)])
    loop = asyncio.get_running_loop()
    sent: list[float] = []
    for _ in range(3):
        (await lane.acquire()).release()
        sent.append(loop.time())
    # The first arrives 50 ms late, the next 50 ms early: still a full second apart.
    arrivals = [t + (0.05 if i % 2 == 0 else -0.05) for i, t in enumerate(sent)]
    assert all(b - a >= 1.0 - 1e-9 for a, b in itertools.pairwise(arrivals))
    assert scheduler.jitter_margin == DEFAULT_JITTER_MARGIN


# ---------------------------------------------------------------- the backend's log


def test_a_reconfigured_limit_keeps_what_was_sent_paused_and_in_flight() -> None:
    clock = Clock()
    backend = MemoryBackend(clock)
    before = Bucket("a:e", 10, 60.0)
    for ticket in range(5):
        assert backend.try_acquire([(before, 1)], ticket) == 0.0
        backend.settle([(before, 1)], ticket)
    assert backend.try_acquire([(before, 1)], 99) == 0.0  # in flight
    after = Bucket("a:e", 8, 60.0)
    assert [backend.try_acquire([(after, 1)], t) for t in (100, 101)] == [0.0, 0.0]
    assert backend.try_acquire([(after, 1)], 102) > 0.0  # 5 sent + 1 in flight + 2 = 8
    assert backend.usage(after) == 8
    asyncio.run(backend.pause(after, 300.0))
    clock.now = 200.0
    wider = Bucket("a:e", 20, 60.0)
    assert backend.try_acquire([(wider, 1)], 103) == pytest.approx(100.0)  # the pause survives


def test_a_refund_gives_back_once_and_leaves_nothing_behind() -> None:
    clock = Clock()
    backend = MemoryBackend(clock)
    bucket = Bucket("a:e", 2, 10.0)
    assert backend.try_acquire([(bucket, 1)], 1) == 0.0
    assert backend.try_acquire([(bucket, 1)], 2) == 0.0
    asyncio.run(backend.refund([(bucket, 1)], 1))
    asyncio.run(backend.refund([(bucket, 1)], 1))  # a retried refund: nothing more to give back
    assert backend.usage(bucket) == 1
    assert backend.try_acquire([(bucket, 1)], 3) == 0.0
    assert backend.try_acquire([(bucket, 1)], 4) > 0.0
    asyncio.run(backend.refund([(bucket, 1)], 2))
    asyncio.run(backend.refund([(bucket, 1)], 3))
    assert backend.prune() == 1  # nothing in flight, nothing in the window: forgotten


def test_a_server_count_equal_to_ours_sets_no_floor() -> None:
    """The server confirms what our log says: its (later) reset must not hold back what our log
    frees sooner."""
    clock = Clock()
    backend = MemoryBackend(clock)
    bucket = Bucket("a:e", 10, 60.0)
    for ticket in range(3):
        backend.try_acquire([(bucket, 1)], ticket)
        backend.settle([(bucket, 1)], ticket)
    asyncio.run(backend.observe_remaining(bucket, 7, 120.0))
    clock.now = 60.0
    assert [backend.try_acquire([(bucket, 1)], 10 + t) for t in range(10)] == [0.0] * 10


def test_a_server_count_above_ours_holds_until_its_reset() -> None:
    clock = Clock()
    backend = MemoryBackend(clock)
    bucket = Bucket("a:e", 10, 60.0)
    backend.try_acquire([(bucket, 1)], 1)
    backend.settle([(bucket, 1)], 1)
    asyncio.run(backend.observe_remaining(bucket, 8, 120.0))  # the server counts 2, we count 1
    clock.now = 60.0  # our take has left our window; the server's count has not reset
    assert [backend.try_acquire([(bucket, 1)], 10 + t) for t in range(8)] == [0.0] * 8
    assert backend.try_acquire([(bucket, 1)], 20) == pytest.approx(60.0)
    clock.now = 120.0
    assert backend.try_acquire([(bucket, 1)], 21) == 0.0


@pytest.mark.looptime
async def test_pause_scopes_pause_only_the_buckets_named() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    account = Rate(100, 1.0, scope=Scope.ACCOUNT)
    lane = make_lane(scheduler, "a:e", [account, Rate(100, 1.0)])
    loop = asyncio.get_running_loop()
    await lane.pause(5.0, (Scope.ENDPOINT,))
    backend = scheduler.backend
    assert isinstance(backend, MemoryBackend)
    assert backend.try_acquire([(lane.uses[0].bucket, 1)], 1) == 0.0  # the account is not paused
    (await lane.acquire()).release()
    assert loop.time() == pytest.approx(5.0)


# ---------------------------------------------------------------- probes, pruning and the scheduler's registry


class YieldingBackend(MemoryBackend):
    """Answers after a round trip, as Redis does: other lanes run while an acquire is out."""

    async def acquire(self, demands: Sequence[Demand], ticket: int) -> float:
        await asyncio.sleep(0.01)
        return self.try_acquire(demands, ticket)


@pytest.mark.looptime
async def test_a_probe_claimed_while_another_lane_was_admitted_sends_that_lane_back() -> None:
    scheduler = Scheduler(YieldingBackend(), jitter_margin=0.0)
    account = Rate(100, 1.0, scope=Scope.ACCOUNT)
    uses = [bucket_for(account, "a:account", 1.0, 0.0)]
    lanes = [scheduler.lane(f"a:e{i}", uses) for i in range(2)]
    await lanes[0].pause(1.0, (Scope.ACCOUNT,))
    tasks = [asyncio.create_task(lane.acquire()) for lane in lanes]
    await asyncio.sleep(2.0)
    done = [task for task in tasks if task.done()]
    assert len(done) == 1 and done[0].result().probing
    backend = scheduler.backend
    assert isinstance(backend, MemoryBackend)
    assert backend.usage(uses[0].bucket) == 1  # the other lane's take was given back
    done[0].result().release()
    (other,) = (task for task in tasks if task is not done[0])
    assert not (await other).probing


@pytest.mark.looptime
async def test_a_probe_is_kept_until_one_window_after_its_latest_pause() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(5, 10.0)])
    await lane.pause(10.0, (Scope.ENDPOINT,))
    await lane.pause(300.0, (Scope.ENDPOINT,))  # a longer second answer extends it ...
    await lane.pause(10.0, (Scope.ENDPOINT,))  # ... and a shorter third does not shorten it
    for at, kept in ((PRUNE_INTERVAL, True), (300.0, True), (310.0, False)):
        await asyncio.sleep(at - asyncio.get_running_loop().time())
        scheduler.prune()
        assert bool(scheduler._probes) is kept, at


@pytest.mark.looptime
async def test_a_lane_with_a_request_in_flight_keeps_its_slot_through_a_prune() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 1.0)], [("a:parallel", 1)])
    held = await lane.acquire()
    await asyncio.sleep(PRUNE_INTERVAL)
    scheduler.prune()
    again = make_lane(scheduler, "a:e", [Rate(100, 1.0)], [("a:parallel", 1)])
    other = make_lane(scheduler, "a:other", [Rate(100, 1.0)], [("a:parallel", 1)])
    blocked = asyncio.create_task(other.acquire())
    await asyncio.sleep(1.0)
    assert again is lane and not blocked.done()  # one cap, still held by the request in flight
    held.release()
    (await blocked).release()


@pytest.mark.looptime
async def test_a_revived_lane_queues_behind_the_current_lane_of_its_key() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    stale = make_lane(scheduler, "a:e", [Rate(1, 10.0)])
    await asyncio.sleep(PRUNE_INTERVAL)
    scheduler.prune()
    fresh = make_lane(scheduler, "a:e", [Rate(1, 10.0)])
    assert make_lane(scheduler, "a:e", [Rate(1, 10.0)]) is fresh  # one lane per key, shared
    (await fresh.acquire()).release()
    waiter = asyncio.create_task(stale.acquire())
    await asyncio.sleep(1.0)
    assert fresh.waiting == 1  # one FIFO for the key, whichever lane object is asked
    (await waiter).release()


@pytest.mark.looptime
async def test_closing_the_scheduler_forgets_everything() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(5, 1.0)], [("a:parallel", 2)])
    await lane.pause(5.0, (Scope.ENDPOINT,))
    await scheduler.aclose()
    assert not scheduler._lanes and not scheduler._slots and not scheduler._probes
    assert not memory_logs(scheduler)


def memory_logs(scheduler: Scheduler) -> dict[str, object]:
    assert isinstance(scheduler.backend, MemoryBackend)
    return dict(scheduler.backend._logs)


@pytest.mark.looptime
async def test_a_permit_as_a_context_manager_frees_its_slot() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(5, 1.0, Unit.ITEMS)], [("a:parallel", 1)])
    async with await lane.acquire() as permit:
        assert isinstance(permit, Permit) and scheduler.slots("a:parallel", 1).in_use == 1
    assert scheduler.slots("a:parallel", 1).in_use == 0
    (await lane.acquire()).release()
    backend = scheduler.backend
    assert isinstance(backend, MemoryBackend)
    assert backend.usage(lane.uses[0].bucket) == 2  # no item count given: one item each


def test_a_negative_margin_is_refused() -> None:
    with pytest.raises(ValueError, match="jitter_margin"):
        Scheduler(jitter_margin=-0.01)
    assert Scheduler(jitter_margin=0.0).jitter_margin == 0.0


class CountingBackend(MemoryBackend):
    def __init__(self) -> None:
        super().__init__()
        self.settled = 0

    def settle(self, demands: Sequence[Demand], ticket: int) -> None:
        self.settled += 1
        super().settle(demands, ticket)


@pytest.mark.looptime
async def test_a_refunded_permit_settles_nothing_when_released() -> None:
    """For Redis each settle is a round trip: a permit given back has nothing left to settle."""
    backend = CountingBackend()
    scheduler = Scheduler(backend, jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(5, 1.0)])
    permit = await lane.acquire()
    await permit.refund()
    permit.release()
    permit.release()
    assert backend.settled == 0
    other = await lane.acquire()
    other.release()
    other.release()
    assert backend.settled == 1


def test_settling_twice_or_after_a_refund_changes_nothing() -> None:
    clock = Clock()
    backend = MemoryBackend(clock)
    bucket = Bucket("a:e", 2, 10.0)
    backend.try_acquire([(bucket, 1)], 1)
    backend.settle([(bucket, 1)], 1)
    backend.settle([(bucket, 1)], 1)
    backend.try_acquire([(bucket, 1)], 2)
    asyncio.run(backend.refund([(bucket, 1)], 2))
    backend.settle([(bucket, 1)], 2)
    assert backend.usage(bucket) == 1
    clock.now = 10.0
    assert backend.usage(bucket) == 0
    assert backend.prune() == 1


@pytest.mark.looptime
async def test_a_busy_log_holds_only_its_window() -> None:
    """Hours of steady sending keep the log at most one window long: memory and the cost of an
    acquire stay bounded by the limit, not by the time the pool has run."""
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(5, 1.0)])
    for _ in range(500):
        (await lane.acquire()).release()
    log = memory_logs(scheduler)["a:e:0"]
    assert len(log.expiries) <= 5 and log.used <= 5  # type: ignore[attr-defined]


class LookingBackend(MemoryBackend):
    def __init__(self) -> None:
        super().__init__()
        self.looks = 0

    async def acquire(self, demands: Sequence[Demand], ticket: int) -> float:
        self.looks += 1
        return self.try_acquire(demands, ticket)


@pytest.mark.looptime
async def test_a_waiter_looks_once_on_arrival_and_once_when_its_room_is_free() -> None:
    """Waiting never polls (for Redis each look is a round trip): the head sleeps until the takes
    that make room for it have all left the window."""
    backend = LookingBackend()
    scheduler = Scheduler(backend, jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(3, 10.0, Unit.ITEMS)])
    loop = asyncio.get_running_loop()
    for _ in range(3):
        (await lane.acquire()).release()
        await asyncio.sleep(1.0)
    backend.looks = 0
    (await lane.acquire(2)).release()  # room for 2 once the takes of t=0 and t=1 have left
    assert loop.time() == pytest.approx(11.0)
    assert backend.looks == 2


def test_a_log_is_forgotten_as_soon_as_its_pause_and_floor_are_over() -> None:
    clock = Clock()
    backend = MemoryBackend(clock)
    paused, floored = Bucket("a:paused", 10, 1.0), Bucket("a:floored", 10, 1.0)
    asyncio.run(backend.pause(paused, 10.0))
    asyncio.run(backend.observe_remaining(floored, 0, 10.0))
    clock.now = 9.5
    assert backend.prune() == 0
    clock.now = 10.0
    assert backend.prune() == 2


def test_a_new_window_applies_from_the_next_settle() -> None:
    clock = Clock()
    backend = MemoryBackend(clock)
    assert backend.try_acquire([(Bucket("a:e", 1, 10.0), 1)], 1) == 0.0
    shorter = Bucket("a:e", 1, 5.0)  # the same amount over a shorter window
    backend.settle([(shorter, 1)], 1)
    clock.now = 5.0
    assert backend.try_acquire([(shorter, 1)], 2) == 0.0


def test_a_server_count_is_compared_with_what_is_still_in_our_window() -> None:
    clock = Clock()
    backend = MemoryBackend(clock)
    bucket = Bucket("a:e", 10, 1.0)
    for ticket in range(5):
        backend.try_acquire([(bucket, 1)], ticket)
        backend.settle([(bucket, 1)], ticket)
    clock.now = 1.5  # our five have left our window; the server still counts 3 until its reset
    asyncio.run(backend.observe_remaining(bucket, 7, 30.0))
    assert [backend.try_acquire([(bucket, 1)], 10 + t) for t in range(7)] == [0.0] * 7
    assert backend.try_acquire([(bucket, 1)], 20) == pytest.approx(30.0)


def test_a_server_with_everything_left_or_an_early_reset_holds_nothing_back() -> None:
    clock = Clock()
    backend = MemoryBackend(clock)
    full, soon = Bucket("a:full", 10, 60.0), Bucket("a:soon", 10, 60.0)
    asyncio.run(backend.observe_remaining(full, 10, 30.0))
    assert [backend.try_acquire([(full, 1)], t) for t in range(10)] == [0.0] * 10
    asyncio.run(backend.observe_remaining(soon, 0, 0.25))
    assert backend.try_acquire([(soon, 1)], 100) == pytest.approx(0.25)
    asyncio.run(backend.observe_remaining(Bucket("a:past", 10, 60.0), 0, -5.0))  # a reset already past
    assert backend.try_acquire([(Bucket("a:past", 10, 60.0), 1)], 101) == 0.0


@pytest.mark.looptime
async def test_a_refunded_permit_gives_its_budget_back() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(1, 60.0)])
    loop = asyncio.get_running_loop()
    await (await lane.acquire()).refund()  # never sent
    (await lane.acquire()).release()
    assert loop.time() == pytest.approx(0.0)


@pytest.mark.looptime
async def test_requests_waiting_for_a_probe_do_not_poll_the_backend() -> None:
    backend = LookingBackend()
    scheduler = Scheduler(backend, jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(100, 1.0)])
    await lane.pause(1.0, (Scope.ENDPOINT,))
    probe = await lane.acquire()
    backend.looks = 0
    waiter = asyncio.create_task(lane.acquire())
    await asyncio.sleep(30.0)  # the probe's answer takes 30 s
    assert backend.looks == 0
    probe.release()
    (await waiter).release()
    assert backend.looks == 1


@pytest.mark.looptime
async def test_a_lane_pruned_with_nobody_else_on_its_key_comes_back_by_itself() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    stale = make_lane(scheduler, "a:e", [Rate(5, 1.0)], [("a:parallel", 1)])
    await asyncio.sleep(PRUNE_INTERVAL)
    scheduler.prune()
    (await stale.acquire()).release()
    revived = scheduler._lanes["a:e"]
    assert (
        revived is not stale and make_lane(scheduler, "a:e", [Rate(5, 1.0)], [("a:parallel", 1)]) is revived
    )


@pytest.mark.looptime
async def test_a_cancelled_waiter_never_lets_the_one_behind_the_head_overtake_it() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = make_lane(scheduler, "a:e", [Rate(5, 10.0, Unit.ITEMS)])
    loop = asyncio.get_running_loop()
    (await lane.acquire(3)).release()  # leaves the window at t=10
    await asyncio.sleep(5.0)
    (await lane.acquire(2)).release()  # leaves it at t=15
    order: list[tuple[str, float]] = []

    async def client(name: str, items: int) -> None:
        (await lane.acquire(items)).release()
        order.append((name, loop.time()))

    head = asyncio.create_task(client("head", 4))  # needs both to leave: t=15
    second = asyncio.create_task(client("second", 1))  # would fit at t=10 on its own
    cancelled = asyncio.create_task(client("cancelled", 1))
    await asyncio.sleep(1.0)
    cancelled.cancel()
    await asyncio.gather(head, second, cancelled, return_exceptions=True)
    assert order == [("head", 15.0), ("second", 15.0)]


@pytest.mark.looptime
async def test_a_single_pause_keeps_its_probe_one_window_past_its_end() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    await make_lane(scheduler, "a:e", [Rate(5, 10.0)]).pause(100.0, (Scope.ENDPOINT,))
    await asyncio.sleep(105.0)
    scheduler.prune()
    assert set(scheduler._probes) == {"a:e:0"}
    await asyncio.sleep(5.0)
    scheduler.prune()
    assert not scheduler._probes


@pytest.mark.looptime
async def test_after_one_probe_answers_a_lane_waits_for_the_other_without_looking() -> None:
    """A lane behind two probes (its account's and its endpoint's, each held by another lane)
    looks at the backend once both have answered, not in between."""
    backend = LookingBackend()
    scheduler = Scheduler(backend, jitter_margin=0.0)
    account = bucket_for(Rate(100, 1.0, scope=Scope.ACCOUNT), "a:account", 1.0, 0.0)
    endpoint = bucket_for(Rate(100, 1.0), "a:e", 1.0, 0.0)
    both = scheduler.lane("a:e", [account, endpoint])
    await both.pause(1.0)
    first = await scheduler.lane("a:other", [account]).acquire()
    second = await scheduler.lane("a:e:alone", [endpoint]).acquire()
    assert first.probing and second.probing
    backend.looks = 0
    waiter = asyncio.create_task(both.acquire())
    await asyncio.sleep(1.0)
    first.release()
    await asyncio.sleep(1.0)
    assert backend.looks == 0 and not waiter.done()
    second.release()
    (await waiter).release()
    assert backend.looks == 1
