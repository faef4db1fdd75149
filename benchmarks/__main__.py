"""``python -m benchmarks [--quick] [--only SECTION ...] [--out DIR]``.

Runs the sections in order, prints each table as it completes and writes ``latest.md`` and
``send_rate.png`` to ``--out`` (default ``benchmarks/results``; with ``--only``, files are written
only when ``--out`` is given, so a partial run never replaces the full report). Exits 0 whatever
the figures: a missed target is a row marked MISS, not a failure; a crash is a failure.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shutil
import sys
import time
from datetime import UTC, datetime

from . import import_time, memory, overhead, peers, scale, serialization, utilization
from ._common import MISS, PASS, ROOT, SKIP, Section

SECTIONS = ("utilization", "overhead", "peers", "serialization", "scale", "memory", "import", "redis")
DEFAULT_OUT = os.path.join(ROOT, "benchmarks", "results")


async def _redis(quick: bool) -> Section:
    section = Section(
        "Redis backend: acquires per second through one shared Redis",
        columns=("measurement", "value", "target", "note"),
    )
    try:
        from . import redis_acquire
    except ImportError as exc:
        section.row(
            ["acquires/s, 1 and 4 processes", "-", "", f"benchmarks.redis_acquire: {exc}"], status=SKIP
        )
        return section
    if shutil.which("redis-server") is None:
        section.row(
            [
                "acquires/s, 1 and 4 processes",
                "-",
                "",
                "redis-server is not installed (apt-get install redis-server)",
            ],
            status=SKIP,
        )
        return section
    seconds = 1.0 if quick else 3.0
    r = await asyncio.to_thread(redis_acquire.measure, seconds=seconds)
    one, four = r["acquires_per_s_1_process"], r["acquires_per_s_4_processes"]
    note = f"{int(r['tasks_per_process'])} tasks per process, {int(r['buckets_per_acquire'])} buckets per acquire"
    section.add("acquires/s, 1 process", f"{one:,.0f}", "", None, note)
    section.add("acquires/s, 4 processes (sum)", f"{four:,.0f}", "", None, note)
    section.add("4 processes / 1 process", f"{four / one:.2f}x", "", None, "one Redis serves all processes")
    section.notes.append(
        f"Every acquire is one Lua script call taking two buckets on Redis TIME; {seconds:g} s per count."
    )
    return section


async def _run(names: list[str], quick: bool, out: str | None) -> list[Section]:
    sections: list[Section] = []
    for name in names:
        print(f"[benchmarks] {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        if name == "utilization":
            section, outcomes = await utilization.run(quick)
            if out is not None:
                from .plot import send_rate_png

                send_rate_png(outcomes, os.path.join(out, "send_rate.png"))
                section.notes.append("Plot: send_rate.png (one panel per method).")
        elif name == "overhead":
            section = await overhead.run(quick)
        elif name == "peers":
            section = await peers.run(quick)
        elif name == "serialization":
            section = serialization.run(quick)
        elif name == "scale":
            section = await scale.run(quick)
        elif name == "memory":
            section = await memory.run(quick)
        elif name == "import":
            section = await asyncio.to_thread(import_time.run, quick, import_time.BASELINE)
        else:
            section = await _redis(quick)
        section.seconds = time.perf_counter() - started
        print(section.markdown(), flush=True)
        sections.append(section)
    return sections


def _reference() -> float:
    """Milliseconds of a fixed pure-Python workload (best of 5): how fast the box is right now.

    Taken before and after the run; on a shared VM it can drift by 2x, which moves every
    absolute figure (µs per acquire, requests/s) while ratios taken side by side hold.
    """

    def work() -> int:
        table: dict[int, int] = {}
        for i in range(200_000):
            table[i & 1023] = table.get(i & 1023, 0) + i
        return len(table)

    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def _report(
    sections: list[Section], quick: bool, argv: list[str], seconds: float, speed: tuple[float, float]
) -> str:
    command = " ".join(["python -m benchmarks", *argv])
    load = os.getloadavg()
    out = [
        "# marketplace_async benchmarks",
        "",
        f"- command: `{command}` ({'quick, CI-sized' if quick else 'full'} run, {seconds:.0f} s)",
        f"- when: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}, {platform.system()}; "
        f"load average at the end {load[0]:.2f}",
        f"- box speed: a fixed pure-Python workload took {speed[0]:.1f} ms before the run and "
        f"{speed[1]:.1f} ms after it (a shared VM: absolute figures drift with it; ratios are taken "
        "side by side within one run)",
        "",
        "| section | PASS | MISS | not measured |",
        "|---|---|---|---|",
    ]
    for s in sections:
        statuses = s.statuses
        out.append(
            f"| {s.title} | {statuses.count(PASS)} | {statuses.count(MISS)} | {statuses.count(SKIP)} |"
        )
    out.append("")
    out += [s.markdown() for s in sections]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[1])
    parser.add_argument("--quick", action="store_true", help="CI-sized runs (under ~2 minutes)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument("--out", help=f"where to write latest.md and send_rate.png (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    out = args.out if args.out is not None else (None if args.only else DEFAULT_OUT)
    if out is not None:
        os.makedirs(out, exist_ok=True)
    names = [n for n in SECTIONS if not args.only or n in args.only]
    before = _reference()
    started = time.perf_counter()
    sections = asyncio.run(_run(names, args.quick, out))
    seconds = time.perf_counter() - started
    speed = (before, _reference())
    if out is not None:
        path = os.path.join(out, "latest.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(_report(sections, args.quick, argv, seconds, speed))
        print(f"[benchmarks] wrote {path} in {seconds:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
