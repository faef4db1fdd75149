"""5. Memory: peak RSS streaming 10^4, 10^5 and 10^6 Ozon stock items through ``update_stocks``.

Each size runs in a fresh client process (``python -m benchmarks.memory N URL``), so no size
inherits another's heap. The items come from a generator (a stream: only the batches in flight
are in memory) and go to the plain mock (``benchmarks._mock``) in its own child process, on
``ClientPool(limits="lifted")``: the per-pair gate stays in the path, and its 30 s window, divided
like every other, holds almost no pairs. Peak RSS is the client process's ``VmHWM``.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time

from marketplace_async import ClientPool, OzonClient
from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID

from ._common import ROOT, EmulatorProcess, Section

TARGET = 1.2


def _peak_rss_mb() -> float:
    """This process's peak RSS. Linux's ``VmHWM`` starts afresh at exec; ``ru_maxrss`` would
    carry over the parent's size at fork, which hides a small child behind a big parent."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def _child(n: int, url: str) -> dict[str, float]:
    items = ({"offer_id": f"m{i}", "warehouse_id": 1 + i % 5, "stock": i % 1000} for i in range(n))
    async with (
        ClientPool(limits="lifted") as pool,
        OzonClient(
            client_id=DEMO_OZON_CLIENT_ID, api_key=DEMO_OZON_API_KEY, base_url=url, pool=pool
        ) as client,
    ):
        await client.update_stocks([{"offer_id": "warm-up", "warehouse_id": 1, "stock": 1}])
        before = _peak_rss_mb()
        started = time.perf_counter()
        result = await client.update_stocks(items)
        wall = time.perf_counter() - started
    if result.succeeded != n:
        raise RuntimeError(f"{n} items: {result.succeeded} succeeded, {len(result.failed)} failed")
    return {"n": n, "before_mb": before, "peak_mb": _peak_rss_mb(), "wall": wall, "requests": result.requests}


async def _measure(n: int, url: str) -> dict[str, float]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.memory", str(n), url, stdout=asyncio.subprocess.PIPE, cwd=ROOT
    )
    out, _ = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"memory child for {n} items exited with {proc.returncode}")
    result: dict[str, float] = json.loads(out)
    return result


async def run(quick: bool) -> Section:
    # Quick runs stop at 3·10^5 (10^6 takes ~25 s here); the ratio is then 3·10^5 / 10^5.
    sizes = (10_000, 100_000, 300_000 if quick else 1_000_000)
    section = Section(
        "5. Memory: peak RSS streaming Ozon stocks through update_stocks",
        columns=("items", "peak RSS", "RSS before the upload", "time", "items/s", "note"),
    )
    results = {}
    async with EmulatorProcess([{}], module="benchmarks._mock") as server:
        for n in sizes:
            r = results[n] = await _measure(n, server.urls[0])
            section.row(
                [
                    f"{n:,}",
                    f"{r['peak_mb']:.1f} MB",
                    f"{r['before_mb']:.1f} MB",
                    f"{r['wall']:.1f} s",
                    f"{n / r['wall']:,.0f}",
                    f"{int(r['requests']):,} requests",
                ]
            )
    largest = sizes[-1]
    ratio = results[largest]["peak_mb"] / results[100_000]["peak_mb"]
    section.row(
        [f"peak {largest:,} / peak 100,000", f"{ratio:.3f}x", "", "", "", f"target <= {TARGET}x"],
        ok=ratio <= TARGET,
    )
    section.notes += [
        f"Target: peak RSS at 10^6 items within {TARGET}x of that at 10^5.",
        "Each size in a fresh process; 'RSS before' is the peak after imports, the session and one "
        "warm-up call, so the growth during the upload is the difference.",
    ]
    return section


if __name__ == "__main__":
    print(json.dumps(asyncio.run(_child(int(sys.argv[1]), sys.argv[2]))))
