"""Interleaved A/B of the hot path in one process: the package as an earlier commit had it against
the working tree, on the scenarios of section 2.

``python -m benchmarks.ab_hotpath COMMIT [--rounds N] [--scale F] [--top N]`` prints, per scenario,
the client CPU a request before and after (medians over rounds that alternate which goes first) and
the median of the per-round ratios; with ``--top N``, one more round of each under cProfile and the
N functions with the most own time, before and after.

The earlier package is taken whole from git (``git archive``) and imported under another name
(``marketplace_async_before``: the package imports itself only relatively), with its own copy of
``benchmarks/overhead.py`` calling it; so any change, however it moved code around, is compared,
and the two run against the same mock server in the same process, round after round.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any

from . import overhead
from ._common import ROOT, EmulatorProcess
from .hotpath import requests_of

BEFORE = "marketplace_async_before"


def _overhead_before(commit: str) -> types.ModuleType:
    """``benchmarks.overhead`` as it is, but calling the package of ``commit``."""
    root = Path(tempfile.mkdtemp(prefix="ab_hotpath_"))
    archive = subprocess.run(
        ["git", "archive", commit, "marketplace_async"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    (root / "marketplace_async").rename(root / BEFORE)
    sys.path.insert(0, str(root))
    source = Path(overhead.__file__).read_text().replace("from marketplace_async", f"from {BEFORE}")
    module = types.ModuleType("benchmarks._overhead_before")
    module.__package__ = "benchmarks"
    sys.modules[module.__name__] = module  # dataclasses look the module up by name
    exec(compile(source, overhead.__file__, "exec"), module.__dict__)
    return module


async def _cpu_per_request(version: types.ModuleType, url: str, index: int, requests: int, tag: str) -> float:
    scenario = version.SCENARIOS[index]
    items = [scenario.item(tag, i) for i in range(requests * scenario.per_request)]
    started = time.process_time()
    sent = await version.sdk_run(url, scenario, items)
    return float(time.process_time() - started) / sent


async def _top(version: types.ModuleType, url: str, index: int, requests: int, label: str, top: int) -> str:
    scenario = version.SCENARIOS[index]
    items = [scenario.item(f"top{label}-", i) for i in range(requests * scenario.per_request)]
    profile = cProfile.Profile()
    profile.enable()
    await version.sdk_run(url, scenario, items)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    lines = [line for line in out.getvalue().splitlines() if "/" in line or "{" in line]
    return "\n".join(f"    {label}: {line.strip()}" for line in lines[-top:])


async def main(commit: str, rounds: int, scale: float, top: int) -> None:
    versions: dict[str, Any] = {"before": _overhead_before(commit), "after": overhead}
    print(f"| scenario | before ({commit}) | after (working tree) | before / after |", flush=True)
    print("|---|---|---|---|", flush=True)
    async with EmulatorProcess([{}], module="benchmarks._mock") as server:
        url = server.urls[0]
        for index, scenario in enumerate(overhead.SCENARIOS):
            requests = requests_of(scenario, scale)
            cpu: dict[str, list[float]] = {"before": [], "after": []}
            for n in range(-1, rounds):  # round -1: warm-up of both, not counted
                order = ("before", "after") if n % 2 == 0 else ("after", "before")
                for label in order:
                    spent = await _cpu_per_request(versions[label], url, index, requests, f"ab{n}{label}-")
                    if n >= 0:
                        cpu[label].append(spent)
            b, a = statistics.median(cpu["before"]), statistics.median(cpu["after"])
            ratio = statistics.median(x / y for x, y in zip(cpu["before"], cpu["after"], strict=True))
            print(f"| {scenario.name} | {b * 1e6:,.0f} µs | {a * 1e6:,.0f} µs | {ratio:.2f}x |", flush=True)
            if top:
                for label in ("before", "after"):
                    print(await _top(versions[label], url, index, requests, label, top), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab_hotpath")
    parser.add_argument("commit")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--scale", type=float, default=0.4)
    parser.add_argument("--top", type=int, default=0, help="also profile: the N costliest functions")
    args = parser.parse_args()
    asyncio.run(main(args.commit, args.rounds, args.scale, args.top))
