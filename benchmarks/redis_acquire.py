"""Acquires per second through :class:`RedisBackend`, from 1 and from 4 processes.

Each process runs ``tasks`` coroutines that acquire as fast as Redis answers, every acquire a
real request's two buckets (the account's and the endpoint's) with limits no run reaches, so
what is measured is the Lua script's round trip and its bookkeeping, never a wait. Processes
start together (a barrier) after waiting out the hold of a fresh Redis, and count for
``seconds``. Without ``url``, a temporary ``redis-server`` (on PATH) is started on 127.0.0.1.

``measure()`` returns plain numbers::

    {"acquires_per_s_1_process": 5210.0, "acquires_per_s_4_processes": 14830.0, ...}
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import queue
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

HUGE = 10**9  # a limit no run reaches
WINDOW = 0.5  # seconds: the fresh-Redis hold to wait out before counting
_SETUP_TIMEOUT = 60.0  # seconds for the workers to start, import and meet at the barrier


def measure(
    url: str | None = None,
    *,
    seconds: float = 2.0,
    tasks: int = 16,
    processes: Sequence[int] = (1, 4),
) -> dict[str, float]:
    """Acquires per second, summed over the processes, for each process count in ``processes``."""
    out: dict[str, float] = {"seconds": seconds, "tasks_per_process": tasks, "buckets_per_acquire": 2}
    with _redis(url) as redis_url:
        for n in processes:
            name = f"acquires_per_s_{n}_process" + ("es" if n > 1 else "")
            out[name] = round(_run(redis_url, n, seconds, tasks), 1)
    return out


def _run(url: str, n: int, seconds: float, tasks: int) -> float:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(n)
    results = ctx.Queue()
    prefix = f"bench{uuid.uuid4().hex[:8]}:"
    procs = [
        ctx.Process(target=_worker, args=(url, prefix, seconds, tasks, barrier, results)) for _ in range(n)
    ]
    for proc in procs:
        proc.start()
    counts: list[int] = []
    deadline = time.monotonic() + seconds + _SETUP_TIMEOUT
    try:
        while len(counts) < n:
            try:
                counts.append(results.get(timeout=0.2))
            except queue.Empty:
                if time.monotonic() > deadline or any(p.exitcode not in (None, 0) for p in procs):
                    raise RuntimeError("a benchmark worker failed or hung; see its traceback above") from None
    finally:
        for proc in procs:
            proc.join(timeout=10.0)
            if proc.is_alive():
                proc.kill()
    return sum(counts) / seconds


def _worker(url: str, prefix: str, seconds: float, tasks: int, barrier: Any, results: Any) -> None:
    results.put(asyncio.run(_acquire_flat_out(url, prefix, seconds, tasks, barrier)))


async def _acquire_flat_out(url: str, prefix: str, seconds: float, tasks: int, barrier: Any) -> int:
    from marketplace_async import Bucket, RedisBackend

    backend = RedisBackend(url, prefix=prefix, timeout=5.0)
    demands = [(Bucket("shop:account:0", HUGE, WINDOW), 1), (Bucket("shop:stocks:0", HUGE, WINDOW), 1)]
    tickets = itertools.count(1)
    loop = asyncio.get_running_loop()
    try:
        while (wait := await backend.acquire(demands, next(tickets))) > 0:  # noqa: ASYNC110 - sleeps Redis's answer
            await asyncio.sleep(wait)
        await asyncio.to_thread(barrier.wait, _SETUP_TIMEOUT)
        end = loop.time() + seconds
        count = 0

        async def flat_out() -> None:
            nonlocal count
            while loop.time() < end:
                if await backend.acquire(demands, next(tickets)) == 0.0:
                    count += 1

        await asyncio.gather(*(flat_out() for _ in range(tasks)))
        return count
    finally:
        await backend.aclose()


@contextlib.contextmanager
def _redis(url: str | None) -> Iterator[str]:
    """``url`` as is, or a temporary redis-server's (no persistence), stopped afterwards."""
    if url is not None:
        yield url
        return
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (apt-get install redis-server), or pass url=")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory(prefix="mpa-bench-redis-") as directory:
        argv = [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", directory]
        argv += ["--save", "", "--appendonly", "no"]
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10.0
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("redis-server did not start") from None
                    time.sleep(0.02)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    print(measure())
