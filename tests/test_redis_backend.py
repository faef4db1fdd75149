"""RedisBackend against a real redis-server: atomicity, the any-window bound across processes,
TTL cleanup, exact refunds, pauses and floors, restarts and outages."""

from __future__ import annotations

import asyncio
import random
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import redis.asyncio as aioredis
from redis_server import RedisServer
from test_scheduler import max_in_any_window

from marketplace_async import (
    Bucket,
    LimiterUnavailableError,
    MemoryBackend,
    Rate,
    RedisBackend,
    Scheduler,
    Scope,
    Unit,
)
from marketplace_async._redis import PROBE_INTERVAL
from marketplace_async._scheduler import bucket_for

TOLERANCE = 0.03  # seconds: a wait computed by Redis vs one expected from local clocks


@pytest.fixture
def prefix() -> str:
    """Keys of one test on the shared server: its own prefix, so its own fence and buckets."""
    return f"t{uuid.uuid4().hex[:8]}:"


@pytest_asyncio.fixture
async def raw(shared_redis: RedisServer) -> AsyncIterator[aioredis.Redis]:
    """A plain client to look at the keys the backend writes."""
    client = aioredis.Redis.from_url(shared_redis.url)
    yield client
    await client.aclose()


async def pass_fresh_hold(backend: RedisBackend, *buckets: Bucket) -> None:
    """Wait out the hold of a fresh Redis (each bucket's window from its start) without a take."""
    probe = Bucket("settle", 1, max(b.window for b in buckets))
    await asyncio.sleep(await backend.acquire([(probe, 1)], 0))
    await backend.refund([(probe, 1)], 0)


async def members(raw: aioredis.Redis, bucket: Bucket, prefix: str) -> list[bytes]:
    return list(await raw.zrange(prefix + bucket.key + ":log", 0, -1))


async def test_all_or_nothing_across_two_buckets(
    shared_redis: RedisServer, prefix: str, raw: aioredis.Redis
) -> None:
    backend = RedisBackend(shared_redis.url, prefix=prefix)
    account, endpoint = Bucket("acct", 3, 0.5), Bucket("ep", 1, 0.5)
    await pass_fresh_hold(backend, account, endpoint)
    assert await backend.acquire([(account, 1), (endpoint, 1)], 1) == 0.0
    wait = await backend.acquire([(account, 1), (endpoint, 1)], 2)
    assert 0.4 < wait <= 0.5 + TOLERANCE  # the endpoint is full for one window
    assert len(await members(raw, account, prefix)) == 1  # ... and the account took nothing for it
    assert await backend.acquire([(account, 2)], 3) == 0.0  # its two free units are still there
    assert await backend.acquire([(account, 1)], 4) > 0.0
    await backend.aclose()


async def test_weighted_any_window_bound_across_processes(shared_redis: RedisServer, prefix: str) -> None:
    """Four "processes" (own client, scheduler and lanes) share one account and one endpoint.

    Grants are stamped on arrival at a local "server" after a random latency, and counted in
    windows of the documented length: the margin in the buckets covers the latency's spread.
    """
    amount_items, requests, window, margin = 30, 6, 0.4, 0.05
    items_rate = Rate(amount_items, window, Unit.ITEMS, Scope.ACCOUNT)
    requests_rate = Rate(requests, window)
    rng = random.Random(7)
    arrivals: list[tuple[float, int]] = []
    loop = asyncio.get_running_loop()
    backends = [RedisBackend(shared_redis.url, prefix=prefix) for _ in range(4)]
    await pass_fresh_hold(backends[0], Bucket("a", 1, window + margin))

    async def process(backend: RedisBackend, n: int) -> None:
        scheduler = Scheduler(backend, jitter_margin=margin)
        uses = [
            bucket_for(items_rate, "shop:account", 1.0, margin),
            bucket_for(requests_rate, "shop:stocks", 1.0, margin),
        ]
        lane = scheduler.lane("shop:stocks", uses)

        async def one() -> None:
            weight = rng.randint(1, 12)
            async with await lane.acquire(weight):
                await asyncio.sleep(rng.uniform(0.0, 0.02))  # latency to the server
                arrivals.append((loop.time(), weight))

        await asyncio.gather(*(one() for _ in range(n)))

    await asyncio.gather(*(process(b, 9) for b in backends))
    assert len(arrivals) == 36
    assert max_in_any_window(arrivals, window) <= amount_items
    assert max_in_any_window([(t, 1) for t, _ in arrivals], window) <= requests
    # The shared budget was used, not four private ones: 36 requests need >= 5 windows of 6.
    span = max(t for t, _ in arrivals) - min(t for t, _ in arrivals)
    assert span >= 5 * window
    for backend in backends:
        await backend.aclose()


async def test_idle_buckets_leave_no_keys(
    shared_redis: RedisServer, prefix: str, raw: aioredis.Redis
) -> None:
    backend = RedisBackend(shared_redis.url, prefix=prefix)
    bucket = Bucket("shop:ep", 5, 0.3)
    await pass_fresh_hold(backend, bucket)
    assert await backend.acquire([(bucket, 2)], 1) == 0.0
    ttl = await raw.pttl(prefix + "shop:ep:log")
    assert ttl > 300_000  # in flight: kept for the grace until its request is answered
    backend.settle([(bucket, 2)], 1)
    await backend.settled()
    ttl = await raw.pttl(prefix + "shop:ep:log")
    assert 0 < ttl <= 301 and await raw.pttl(prefix + "shop:ep:state") == pytest.approx(ttl, abs=5)
    await backend.pause(bucket, 0.6)  # a pause outlives the log: the state must stay as long
    assert 300 < await raw.pttl(prefix + "shop:ep:state") <= 601
    await asyncio.sleep(0.65)
    assert await raw.keys(prefix + "*") == [(prefix + "fence").encode()]
    await backend.aclose()


@pytest.mark.parametrize("kind", ["memory", "redis"])
async def test_refund_removes_exactly_its_own_take(kind: str, shared_redis: RedisServer, prefix: str) -> None:
    """Two takes of equal weight; refunding the older must leave the newer (later expiry) counted."""
    bucket = Bucket("shop:ep", 2, 0.5)
    backend: MemoryBackend | RedisBackend
    if kind == "redis":
        backend = RedisBackend(shared_redis.url, prefix=prefix)
        await pass_fresh_hold(backend, bucket)
    else:
        backend = MemoryBackend()
    loop = asyncio.get_running_loop()
    assert await backend.acquire([(bucket, 1)], 101) == 0.0
    await asyncio.sleep(0.2)
    assert await backend.acquire([(bucket, 1)], 102) == 0.0
    newer = loop.time()
    await backend.refund([(bucket, 1)], 101)
    assert await backend.acquire([(bucket, 1)], 103) == 0.0
    wait = await backend.acquire([(bucket, 1)], 104)
    # Until the newer take expires (~0.5 s from it); removing the newer would say ~0.3 s from it.
    assert wait == pytest.approx(newer + 0.5 - loop.time(), abs=TOLERANCE)
    await backend.aclose()


async def test_refund_through_a_permit_and_repeated_acquire(
    shared_redis: RedisServer, prefix: str, raw: aioredis.Redis
) -> None:
    backend = RedisBackend(shared_redis.url, prefix=prefix)
    scheduler = Scheduler(backend, jitter_margin=0.0)
    use = bucket_for(Rate(3, 0.4), "shop:ep", 1.0, 0.0)
    lane = scheduler.lane("shop:ep", [use])
    await pass_fresh_hold(backend, use.bucket)
    first = await lane.acquire()
    second = await lane.acquire()
    assert len(await members(raw, use.bucket, prefix)) == 2
    await first.refund()
    left = await members(raw, use.bucket, prefix)
    assert len(left) == 1 and left[0].split(b".")[-1] == f"{second._ticket}:1".encode()
    # An acquire retried after its answer was lost does not take twice.
    assert await backend.acquire([(use.bucket, 1)], second._ticket) == 0.0
    assert len(await members(raw, use.bucket, prefix)) == 1
    await scheduler.aclose()


async def test_pause_and_server_floor_hold_every_process(shared_redis: RedisServer, prefix: str) -> None:
    one, other = RedisBackend(shared_redis.url, prefix=prefix), RedisBackend(shared_redis.url, prefix=prefix)
    bucket = Bucket("shop:ep", 10, 0.3)
    await pass_fresh_hold(one, bucket)
    await one.pause(bucket, 0.4)
    assert await other.acquire([(bucket, 1)], 1) == pytest.approx(0.4, abs=TOLERANCE)
    await asyncio.sleep(0.4)
    assert await other.acquire([(bucket, 1)], 2) == 0.0
    # The server says 2 of 10 are left for 0.25 s: 1 more fits (we took 1, it counts 8), then none.
    await one.observe_remaining(bucket, 2, 0.25)
    assert await other.acquire([(bucket, 1)], 3) == 0.0
    assert await other.acquire([(bucket, 2)], 4) == pytest.approx(0.25, abs=TOLERANCE)
    await one.observe_remaining(bucket, 10, 5.0)  # a higher count never loosens our own log
    await one.aclose()
    await other.aclose()


@pytest.mark.parametrize("kind", ["memory", "redis"])
async def test_a_refund_never_lowers_a_server_floor(
    kind: str, shared_redis: RedisServer, prefix: str
) -> None:
    """The server said 0 left: giving back a take that was never sent changes nothing it counted.
    A take made after the floor, though, is ours to give back."""
    bucket = Bucket("shop:ep", 3, 0.5)
    backend: MemoryBackend | RedisBackend
    if kind == "redis":
        backend = RedisBackend(shared_redis.url, prefix=prefix)
        await pass_fresh_hold(backend, bucket)
    else:
        backend = MemoryBackend()
    assert await backend.acquire([(bucket, 1)], 201) == 0.0  # in flight when the answer comes
    await backend.observe_remaining(bucket, 0, 0.3)
    await backend.refund([(bucket, 1)], 201)  # ... and never sent after all
    assert await backend.acquire([(bucket, 1)], 202) == pytest.approx(0.3, abs=TOLERANCE)
    await asyncio.sleep(0.6)
    await backend.observe_remaining(bucket, 1, 0.3)  # 2 of 3 used elsewhere
    assert await backend.acquire([(bucket, 1)], 203) == 0.0
    assert await backend.acquire([(bucket, 1)], 204) > 0.0
    await backend.refund([(bucket, 1)], 203)
    assert await backend.acquire([(bucket, 1)], 205) == 0.0
    await backend.aclose()


async def test_fresh_redis_holds_each_bucket_one_window(redis_server: RedisServer) -> None:
    """A restart loses every take: the server still counts them, so nothing fits for a window."""
    backend = RedisBackend(redis_server.url)
    bucket = Bucket("shop:ep", 2, 0.6)
    await pass_fresh_hold(backend, bucket)
    assert await backend.acquire([(bucket, 2)], 1) == 0.0
    redis_server.restart()  # also drops the loaded script: EVALSHA must fall back to loading it
    wait = await backend.acquire([(bucket, 1)], 2)
    assert 0.5 < wait <= 0.6 + 1.0 + TOLERANCE  # the server knows its start only to the second
    await asyncio.sleep(wait)
    assert await backend.acquire([(bucket, 2)], 3) == 0.0
    await backend.aclose()


async def test_restored_state_of_another_server_is_held_from_now(
    shared_redis: RedisServer, prefix: str, raw: aioredis.Redis
) -> None:
    """Keys written under another run id (a restore, a failover) may lack the last takes."""
    backend = RedisBackend(shared_redis.url, prefix=prefix)
    bucket = Bucket("shop:ep", 2, 0.4)
    await pass_fresh_hold(backend, bucket)
    fence = (await raw.get(prefix + "fence")).split()
    await raw.set(prefix + "fence", b"0123abcd " + fence[1])
    assert await backend.acquire([(bucket, 1)], 1) == pytest.approx(0.4, abs=TOLERANCE)
    await backend.aclose()


async def test_outage_fails_clearly_and_sends_nothing(redis_server: RedisServer) -> None:
    url = f"redis://:s3cret-pass@127.0.0.1:{redis_server.port}/0"
    backend = RedisBackend(url, timeout=0.3)
    assert "s3cret" not in repr(backend)
    bucket = Bucket("shop:ep", 5, 0.3)
    redis_server.kill()
    scheduler = Scheduler(backend)
    lane = scheduler.lane("shop:ep", [bucket_for(Rate(5, 0.3), "shop:ep", 1.0, 0.0)])
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(LimiterUnavailableError, match="Redis is unreachable") as info:
        await lane.acquire()
    assert loop.time() - started < 0.3 + 0.2
    assert "s3cret" not in str(info.value)
    assert lane.waiting == 0
    with pytest.raises(LimiterUnavailableError):
        await backend.pause(bucket, 1.0)
    await backend.refund([(bucket, 1)], 1)  # cannot reach Redis: the take stays counted, no error
    await scheduler.aclose()


async def test_local_fallback_admits_its_share_and_returns(redis_server: RedisServer) -> None:
    window = 0.4
    backend = RedisBackend(redis_server.url, on_outage="local", local_share=0.25, timeout=0.2)
    bucket = Bucket("shop:ep", 8, window)  # a quarter is 2 per window
    await pass_fresh_hold(backend, bucket)
    loop = asyncio.get_running_loop()
    assert await backend.acquire([(bucket, 8)], 1) == 0.0
    redis_server.kill()
    # Others' shared takes may still count: nothing for one window from the outage.
    wait = await backend.acquire([(bucket, 1)], 2)
    assert backend.degraded
    assert window - 0.05 < wait <= window
    await asyncio.sleep(wait)
    granted = []
    end = loop.time() + 2 * window
    ticket = 3
    while loop.time() < end:
        wait = await backend.acquire([(bucket, 1)], ticket)
        if wait == 0.0:
            granted.append((loop.time(), 1))
            backend.settle([(bucket, 1)], ticket)
            ticket += 1
        else:
            await asyncio.sleep(wait)
    assert max_in_any_window(granted, window) <= 2
    assert len(granted) >= 4  # it does admit its share while Redis is away
    assert await backend.acquire([(bucket, 3)], ticket) == PROBE_INTERVAL  # never fits in a share
    redis_server.start()
    await asyncio.sleep(PROBE_INTERVAL)
    # Back: its local takes (and those of processes not back yet) are unknown to Redis, so every
    # bucket is held one window past the interval in which others may still admit locally.
    wait = await backend.acquire([(bucket, 1)], ticket + 1)
    assert not backend.degraded
    assert wait == pytest.approx(PROBE_INTERVAL + window, abs=TOLERANCE)
    other = RedisBackend(redis_server.url)
    assert await other.acquire([(bucket, 1)], 1) == pytest.approx(PROBE_INTERVAL + window, abs=TOLERANCE)
    await backend.aclose()
    await other.aclose()


def test_configuration_is_checked() -> None:
    with pytest.raises(ValueError, match="local_share"):
        RedisBackend("redis://127.0.0.1:1/0", on_outage="local")
    with pytest.raises(ValueError, match="local_share"):
        RedisBackend("redis://127.0.0.1:1/0", on_outage="local", local_share=1.5)
    with pytest.raises(ValueError, match="only with"):
        RedisBackend("redis://127.0.0.1:1/0", local_share=0.5)
    with pytest.raises(ValueError, match="on_outage"):
        RedisBackend("redis://127.0.0.1:1/0", on_outage="ignore")  # type: ignore[arg-type]


def test_package_imports_without_redis() -> None:
    code = (
        "import sys; sys.modules['redis'] = None\n"
        "import marketplace_async as m\n"
        "assert issubclass(m.LimiterUnavailableError, m.MarketplaceError)\n"
        "try:\n"
        "    m.RedisBackend\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'marketplace_async[redis]'" in out.stdout


async def test_a_take_in_flight_counts_for_every_process_until_settled(
    shared_redis: RedisServer, prefix: str
) -> None:
    """A request still on its way counts until one window after its answer, in every process."""
    one, two = RedisBackend(shared_redis.url, prefix=prefix), RedisBackend(shared_redis.url, prefix=prefix)
    bucket = Bucket("shop:ep", 1, 0.3)
    await pass_fresh_hold(one, bucket)
    loop = asyncio.get_running_loop()
    assert await one.acquire([(bucket, 1)], 1) == 0.0
    started = loop.time()
    while loop.time() - started < 0.6:  # two windows pass with the request still in flight
        wait = await two.acquire([(bucket, 1)], 1)
        assert 0.0 < wait <= 0.3 + TOLERANCE
        await asyncio.sleep(wait)
    one.settle([(bucket, 1)], 1)
    await one.settled()
    answered = loop.time()
    wait = await two.acquire([(bucket, 1)], 2)
    assert wait == pytest.approx(0.3 - (loop.time() - answered), abs=TOLERANCE)
    await asyncio.sleep(wait)
    assert await two.acquire([(bucket, 1)], 2) == 0.0
    await one.aclose()
    await two.aclose()
