"""SqliteBackend: the memory backend's semantics, step for step, in a file that several processes
share and that outlives them; never blocking the event loop on another process's lock."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time
from pathlib import Path

import pytest

from marketplace_async import Bucket, LimiterUnavailableError, MemoryBackend, SqliteBackend
from marketplace_async._backend import Demand
from marketplace_async._sqlite import INFLIGHT_GRACE


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


A = Bucket("account", 5, 10.0)
E = Bucket("endpoint", 3, 4.0)


@pytest.mark.parametrize("seed", range(12))
async def test_same_answers_as_the_memory_backend(tmp_path: Path, seed: int) -> None:
    """Random acquires, settles, refunds, pauses, server floors and clock steps: every answer of
    the SQLite backend equals the memory backend's."""
    rnd = random.Random(seed)
    clock = Clock()
    memory = MemoryBackend(clock=clock)
    sqlite = SqliteBackend(tmp_path / "limits.sqlite3", clock=clock)
    taken: list[tuple[list[Demand], int]] = []
    settled: list[tuple[list[Demand], int]] = []
    for ticket in range(1, 300):
        op = rnd.random()
        if op < 0.45:
            demands: list[Demand] = [(A, rnd.randint(1, 3))] + ([(E, 1)] if rnd.random() < 0.6 else [])
            wait = await memory.acquire(demands, ticket)
            assert await sqlite.acquire(demands, ticket) == pytest.approx(wait, abs=1e-9), ticket
            if wait == 0.0:
                taken.append((demands, ticket))
        elif op < 0.7 and taken:
            demands, t = answered = taken.pop(rnd.randrange(len(taken)))
            memory.settle(demands, t)
            sqlite.settle(demands, t)
            settled.append(answered)
        elif op < 0.8 and (taken or settled):
            # Mostly a take never sent; sometimes one already answered, which stays counted.
            pool = settled if settled and (not taken or rnd.random() < 0.3) else taken
            demands, t = pool.pop(rnd.randrange(len(pool)))
            await memory.refund(demands, t)
            await sqlite.refund(demands, t)
        elif op < 0.84:
            bucket, seconds = rnd.choice((A, E)), rnd.choice((0.5, 2.0))
            await memory.pause(bucket, seconds)
            await sqlite.pause(bucket, seconds)
        elif op < 0.9:
            bucket = rnd.choice((A, E))
            remaining, reset_in = rnd.randint(0, 2), rnd.choice((1.0, 3.0))
            await memory.observe_remaining(bucket, remaining, reset_in)
            await sqlite.observe_remaining(bucket, remaining, reset_in)
        else:
            clock.now += rnd.choice((0.25, 0.5, 1.0, 4.0))
        for bucket in (A, E):
            assert sqlite.usage(bucket) == memory.usage(bucket), (ticket, bucket)
    await sqlite.aclose()


async def test_processes_share_one_file_and_a_restart_sees_what_was_sent(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "limits.sqlite3"
    first, second = SqliteBackend(path, clock=clock), SqliteBackend(path, clock=clock)
    bucket = Bucket("ozon:stocks", 3, 60.0)
    for ticket in (1, 2):
        assert await first.acquire([(bucket, 1)], ticket) == 0.0
        first.settle([(bucket, 1)], ticket)
    # Same ticket number in another process: another take, not a repeat of the first one's.
    assert await second.acquire([(bucket, 1)], 1) == 0.0
    second.settle([(bucket, 1)], 1)
    clock.now += 10.0
    assert await second.acquire([(bucket, 1)], 2) == pytest.approx(50.0)
    await first.aclose()
    await second.aclose()
    rerun = SqliteBackend(path, clock=clock)  # the next cron run, 10 s into the window
    assert await rerun.acquire([(bucket, 1)], 1) == pytest.approx(50.0)
    clock.now += 50.0
    assert await rerun.acquire([(bucket, 1)], 1) == 0.0
    await rerun.aclose()


async def test_a_take_whose_process_died_in_flight_counts_for_its_grace(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "limits.sqlite3"
    bucket = Bucket("b", 1, 5.0)
    dead = SqliteBackend(path, clock=clock)
    assert await dead.acquire([(bucket, 1)], 1) == 0.0  # never settled, never refunded
    await dead.aclose()
    rerun = SqliteBackend(path, clock=clock)
    clock.now += 100.0
    assert await rerun.acquire([(bucket, 1)], 1) == pytest.approx(5.0)  # still in flight: one window
    clock.now += INFLIGHT_GRACE
    assert await rerun.acquire([(bucket, 1)], 1) == 0.0
    await rerun.aclose()


async def test_a_locked_file_never_blocks_the_loop_and_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "limits.sqlite3"
    backend = SqliteBackend(path, timeout=0.3)
    bucket = Bucket("b", 5, 1.0)
    assert await backend.acquire([(bucket, 1)], 1) == 0.0
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticker = asyncio.create_task(tick())
    started = time.monotonic()
    with pytest.raises(LimiterUnavailableError, match=r"stayed locked for 0\.3 s; nothing was sent"):
        await backend.acquire([(bucket, 1)], 2)
    elapsed = time.monotonic() - started
    ticker.cancel()
    assert 0.3 <= elapsed < 1.0
    assert ticks >= 10  # the loop kept running while the file was locked
    backend.settle([(bucket, 1)], 1)  # busy: settled from the loop once the lock is gone
    other.execute("COMMIT")
    await backend.settled()
    assert backend.usage(bucket) == 1
    other.close()
    await backend.aclose()


async def test_prune_forgets_idle_buckets_only(tmp_path: Path) -> None:
    clock = Clock()
    backend = SqliteBackend(tmp_path / "limits.sqlite3", clock=clock)
    idle, busy = Bucket("idle", 1, 1.0), Bucket("busy", 1, 100.0)
    for ticket, bucket in enumerate((idle, busy), 1):
        assert await backend.acquire([(bucket, 1)], ticket) == 0.0
        backend.settle([(bucket, 1)], ticket)
    clock.now += 2.0
    assert backend.prune() == 1
    assert backend.usage(busy) == 1
    assert await backend.acquire([(busy, 1)], 3) > 0.0
    await backend.aclose()
