"""Interleaved A/B of issue 15's hot-path changes in one process: ``before`` puts the functions of
an earlier commit back in place (loaded from git), ``after`` is the working tree.

``python -m benchmarks.ab_hotpath COMMIT [--rounds N] [--scale F] [--top N]`` prints, per scenario
of section 2, the client CPU a request before and after (medians over rounds that alternate which
goes first) and the median of the per-round ratios; with ``--top N``, one more round of each under
cProfile and the N functions with the most own time, before and after. Only the functions listed in ``SWAPPED`` change;
everything else is the same code in both.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import importlib
import io
import pstats
import statistics
import subprocess
import sys
import types
from typing import Any

from ._common import ROOT, EmulatorProcess
from .hotpath import cpu_per_request, requests_of
from .overhead import SCENARIOS, sdk_run

# (module, attribute or Class.method, the module whose earlier version holds the old one)
SWAPPED: tuple[tuple[str, str, str], ...] = (
    ("marketplace_async._validation", "convert_list", "marketplace_async._validation"),
    ("marketplace_async._validation", "_money_to_text", "marketplace_async._validation"),
    ("marketplace_async._validation", "_get", "marketplace_async._validation"),
    ("marketplace_async._bulk", "convert_list", "marketplace_async._validation"),  # imported by name
    ("marketplace_async._bulk", "run_bulk", "marketplace_async._bulk"),
    ("marketplace_async._bulk", "BulkGuard.take", "marketplace_async._bulk"),
    ("marketplace_async._ozon._held", "HeldUpload.run", "marketplace_async._ozon._held"),
    ("marketplace_async._ozon._held", "HeldUpload.admit", "marketplace_async._ozon._held"),
    ("marketplace_async._ozon.client", "_match", "marketplace_async._ozon.client"),
    ("marketplace_async._ozon.client", "OzonClient.update_stocks", "marketplace_async._ozon.client"),
    ("marketplace_async._ozon.client", "OzonClient.update_prices", "marketplace_async._ozon.client"),
    ("marketplace_async._keyed", "KeyedRate.wait_for", "marketplace_async._keyed"),
    ("marketplace_async._keyed", "KeyedRate.record", "marketplace_async._keyed"),
    ("marketplace_async._keyed", "KeyGate.sort_out", "marketplace_async._keyed"),
    ("marketplace_async._keyed", "KeyGate.finish", "marketplace_async._keyed"),
    ("marketplace_async._yandex.models", "_require_offset", "marketplace_async._yandex.models"),
    ("marketplace_async._yandex.client", "_plain", "marketplace_async._yandex.client"),
)


def _old_module(name: str, commit: str) -> types.ModuleType:
    path = name.replace(".", "/") + ".py"
    text = subprocess.run(
        ["git", "show", f"{commit}:{path}"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    module = types.ModuleType(name + "_before")
    module.__package__ = name.rpartition(".")[0]
    module.__file__ = path
    sys.modules[module.__name__] = module  # dataclasses and typing look the module up by name
    exec(compile(text, path, "exec"), module.__dict__)
    return module


def _get(owner: Any, dotted: str) -> tuple[Any, str, Any]:
    *path, attr = dotted.split(".")
    for part in path:
        owner = getattr(owner, part)
    return owner, attr, owner.__dict__[attr] if isinstance(owner, type) else getattr(owner, attr)


def versions(commit: str) -> tuple[list[tuple[Any, str, Any]], list[tuple[Any, str, Any]]]:
    """The (owner, attribute, value) to set for before and for after."""
    olds: dict[str, types.ModuleType] = {}
    before, after = [], []
    for name, dotted, source in SWAPPED:
        if source not in olds:
            olds[source] = _old_module(source, commit)
        owner, attr, new = _get(importlib.import_module(name), dotted)
        after.append((owner, attr, new))
        before.append((owner, attr, _get(olds[source], dotted)[2]))
    # A module that imported a swapped function by name calls the same version as the rest.
    for (_, attr, new), (_, _, old) in list(zip(after, before, strict=True)):
        for module in olds.values():
            if module.__dict__.get(attr) is new:
                module.__dict__[attr] = old
        for name, module in list(sys.modules.items()):
            if name.startswith("marketplace_async") and getattr(module, attr, None) is new:
                after.append((module, attr, new))
                before.append((module, attr, old))
    return before, after


def use(values: list[tuple[Any, str, Any]]) -> None:
    for owner, attr, value in values:
        setattr(owner, attr, value)


async def _top(url: str, scenario: Any, requests: int, label: str, top: int) -> str:
    items = [scenario.item(f"top{label}-", i) for i in range(requests * scenario.per_request)]
    profile = cProfile.Profile()
    profile.enable()
    await sdk_run(url, scenario, items)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    lines = [line for line in out.getvalue().splitlines() if "/" in line or "{" in line]
    return "\n".join(f"    {label}: {line.strip()}" for line in lines[-top:])


async def main(commit: str, rounds: int, scale: float, top: int) -> None:
    before, after = versions(commit)
    async with EmulatorProcess([{}], module="benchmarks._mock") as server:
        url = server.urls[0]
        for scenario in SCENARIOS:
            requests = requests_of(scenario, scale)
            cpu: dict[str, list[float]] = {"before": [], "after": []}
            for n in range(-1, rounds):  # round -1: warm-up of both, not counted
                order = (("before", before), ("after", after))
                for label, values in order if n % 2 == 0 else order[::-1]:
                    use(values)
                    spent = await cpu_per_request(url, scenario, requests, f"ab{n}{label}-")
                    if n >= 0:
                        cpu[label].append(spent)
            use(after)
            b, a = statistics.median(cpu["before"]), statistics.median(cpu["after"])
            ratio = statistics.median(x / y for x, y in zip(cpu["before"], cpu["after"], strict=True))
            print(
                f"| {scenario.name} | {b * 1e6:,.0f} µs | {a * 1e6:,.0f} µs | {ratio:.2f}x |",
                flush=True,
            )
            if top:
                for label, values in (("before", before), ("after", after)):
                    use(values)
                    print(await _top(url, scenario, requests, label, top), flush=True)
                use(after)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab_hotpath")
    parser.add_argument("commit")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--scale", type=float, default=0.4)
    parser.add_argument("--top", type=int, default=0, help="also profile: the N costliest functions")
    args = parser.parse_args()
    asyncio.run(main(args.commit, args.rounds, args.scale, args.top))
