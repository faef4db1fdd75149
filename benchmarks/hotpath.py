"""6. The hot path: client CPU a request of a full-stack bulk upload, limits lifted; optional profile.

``python -m benchmarks.hotpath [--rounds N] [--scale F] [--profile DIR]``

Runs the scenarios of section 2 (``benchmarks.overhead.SCENARIOS``) against the plain mock in a
child process and prints this process's CPU time a request (median over rounds). With
``--profile DIR`` one more round of each runs under pyinstrument (``pip install pyinstrument``; a
development tool, not a dependency) and its call tree is written to ``DIR/hotpath-<scenario>.txt``.
``benchmarks/results/profile.md`` records what it showed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time

from ._common import EmulatorProcess
from .overhead import SCENARIOS, Scenario, sdk_run


async def cpu_per_request(url: str, scenario: Scenario, requests: int, tag: str) -> float:
    items = [scenario.item(tag, i) for i in range(requests * scenario.per_request)]
    started = time.process_time()
    sent = await sdk_run(url, scenario, items)
    return (time.process_time() - started) / sent


def requests_of(scenario: Scenario, scale: float) -> int:
    return max(2, int(scenario.requests[1] * scale))


async def main(rounds: int, scale: float, profile: str | None) -> tuple[dict[str, float], dict[str, str]]:
    """CPU seconds a request by scenario, and the profile call trees by file path."""
    out: dict[str, float] = {}
    trees: dict[str, str] = {}
    async with EmulatorProcess([{}], module="benchmarks._mock") as server:
        url = server.urls[0]
        for scenario in SCENARIOS:
            requests = requests_of(scenario, scale)
            await cpu_per_request(url, scenario, max(2, requests // 5), "warm")
            cpu = [await cpu_per_request(url, scenario, requests, f"r{n}-") for n in range(rounds)]
            out[scenario.name] = statistics.median(cpu)
            print(
                f"{scenario.name}: {statistics.median(cpu) * 1e6:,.0f} µs CPU a request "
                f"(rounds: {', '.join(f'{c * 1e6:,.0f}' for c in cpu)})",
                flush=True,
            )
            if profile is not None:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.0002)
                profiler.start()
                await cpu_per_request(url, scenario, requests, "profiled-")
                profiler.stop()
                name = scenario.name.split(" (")[0].lower().replace(" ", "-")
                name += "-" + scenario.name.split("(")[1].split(" ")[0]
                trees[os.path.join(profile, f"hotpath-{name}.txt")] = profiler.output_text(
                    unicode=False, color=False, show_all=False
                )
    return out, trees


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hotpath")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scale", type=float, default=1.0, help="requests a round, times the full run's")
    parser.add_argument("--profile", metavar="DIR", help="also write a pyinstrument call tree per scenario")
    args = parser.parse_args()
    if args.profile:
        os.makedirs(args.profile, exist_ok=True)
    _, trees = asyncio.run(main(args.rounds, args.scale, args.profile))
    for path, text in trees.items():
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"profile: {path}")
