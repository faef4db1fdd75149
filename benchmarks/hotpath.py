"""6. The hot path: client CPU per request of a full-stack bulk upload, limits lifted; optional profile.

``python -m benchmarks.hotpath [--rounds N] [--requests N] [--profile DIR]``

Runs the two scenarios of section 2 (Ozon stocks, 100 items a request; Yandex stocks, 500 SKUs a
request) against the emulator in a child process and prints this process's CPU time per request
(median over rounds). With ``--profile DIR`` one more round of each runs under pyinstrument
(``pip install pyinstrument``; a development tool, not a dependency) and its call tree is written
to ``DIR/hotpath-<scenario>.txt``. ``benchmarks/results/profile.md`` records what it showed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time

from marketplace_async import ClientPool

from ._common import EmulatorProcess, ozon_lifted, yandex_lifted
from .overhead import SCENARIOS, TIME_SCALE, Scenario


async def _cpu_per_request(url: str, scenario: Scenario, requests: int, tag: str) -> float:
    items = [scenario.item(tag, i) for i in range(requests * scenario.per_request)]
    async with ClientPool() as pool:
        started = time.process_time()
        sent = await scenario.sdk(url, pool, items)
        return (time.process_time() - started) / sent


async def main(rounds: int, requests: int, profile: str | None) -> tuple[dict[str, float], dict[str, str]]:
    """CPU seconds per request by scenario, and the profile call trees by file path."""
    config = {"time_scale": TIME_SCALE, "limits": {"ozon": ozon_lifted(), "yandex": yandex_lifted()}}
    out: dict[str, float] = {}
    trees: dict[str, str] = {}
    async with EmulatorProcess([config]) as server:
        url = server.urls[0]
        for scenario in SCENARIOS:
            await _cpu_per_request(url, scenario, requests // 5, "warm")
            cpu = [await _cpu_per_request(url, scenario, requests, f"r{n}-") for n in range(rounds)]
            out[scenario.name] = statistics.median(cpu)
            print(
                f"{scenario.name}: {statistics.median(cpu) * 1e6:,.0f} µs CPU per request "
                f"(rounds: {', '.join(f'{c * 1e6:,.0f}' for c in cpu)})",
                flush=True,
            )
            if profile is not None:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.0002)
                profiler.start()
                await _cpu_per_request(url, scenario, requests, "profiled-")
                profiler.stop()
                name = scenario.name.split(" (")[0].lower().replace(" ", "-")
                trees[os.path.join(profile, f"hotpath-{name}.txt")] = profiler.output_text(
                    unicode=False, color=False, show_all=False
                )
    return out, trees


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hotpath")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--profile", metavar="DIR", help="also write a pyinstrument call tree per scenario")
    args = parser.parse_args()
    if args.profile:
        os.makedirs(args.profile, exist_ok=True)
    _, trees = asyncio.run(main(args.rounds, args.requests, args.profile))
    for path, text in trees.items():
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"profile: {path}")
