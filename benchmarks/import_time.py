"""Import time of ``marketplace_async``: what ``import marketplace_async`` costs a process.

Each figure is the median wall time of a fresh ``python -c "import ..."`` process, the package and
its own dependencies alone (aiohttp, msgspec, anyio, rich) measured in alternation, so the
package's share is the difference. With a baseline (``python -m benchmarks.import_time
--baseline REV``), the tree of git revision REV is exported to a temporary folder and its import
is timed in the same alternation: the ratio is the change since REV. The generated surface
(every operation as a typed method) must keep the ratio within 1.5x: its models load on first
use, not with the package.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from ._common import ROOT, SKIP, Section

BASELINE = "b100f5b"
"""The last commit before the generated surface (every operation as a typed method): the import
time that surface must stay within 1.5x of."""

DEPENDENCIES = "import aiohttp, msgspec, anyio, rich"
PACKAGE = "import marketplace_async"


def _once(code: str, cwd: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=cwd, check=True)
    return time.perf_counter() - started


def measure(rounds: int, trees: dict[str, str]) -> dict[str, float]:
    """Median seconds per import, taking every tree (and the bare dependencies) in turn each round."""
    times: dict[str, list[float]] = {"dependencies": [], **{name: [] for name in trees}}
    for cwd in trees.values():  # warm the file cache and write the .pyc files once, uncounted
        _once(PACKAGE, cwd)
    for _ in range(rounds):
        times["dependencies"].append(_once(DEPENDENCIES, ROOT))
        for name, cwd in trees.items():
            times[name].append(_once(PACKAGE, cwd))
    return {name: statistics.median(values) for name, values in times.items()}


def export(revision: str, into: str) -> str:
    """The tree of ``revision`` in ``into``/tree (its package imports from there, not from ROOT)."""
    archive = Path(into) / "tree.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", revision], cwd=ROOT, stdout=out, check=True)
    target = Path(into) / "tree"
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return str(target)


def run(quick: bool, baseline: str | None = None) -> Section:
    section = Section("Import time: a fresh process running `import marketplace_async`")
    rounds = 5 if quick else 15
    with tempfile.TemporaryDirectory() as scratch:
        trees = {"this tree": ROOT}
        if baseline:
            try:
                trees[f"at {baseline}"] = export(baseline, scratch)
            except (OSError, subprocess.CalledProcessError):  # no git, or a shallow clone
                section.row(
                    [f"this tree / {baseline}", "-", "<= 1.5x", f"{baseline} is not in this clone"],
                    status=SKIP,
                )
                baseline = None
        medians = measure(rounds, trees)
    deps = medians["dependencies"]
    now = medians["this tree"]
    section.add("dependencies alone (aiohttp, msgspec, anyio, rich)", f"{deps * 1000:.0f} ms", "", None, "")
    section.add(
        "import marketplace_async",
        f"{now * 1000:.0f} ms",
        "",
        None,
        f"the package's share {(now - deps) * 1000:.0f} ms",
    )
    if baseline:
        before = medians[f"at {baseline}"]
        ratio = now / before
        section.add(
            f"this tree / {baseline}",
            f"{ratio:.2f}x",
            "<= 1.5x",
            ratio <= 1.5,
            f"{before * 1000:.0f} ms at {baseline}",
        )
    section.notes.append(f"Median of {rounds} alternating rounds, each a new interpreter.")
    return section


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_time", description=__doc__)
    parser.add_argument("--baseline", help="a git revision to compare with, e.g. the commit before a change")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(run(args.quick, args.baseline).markdown())


if __name__ == "__main__":
    main()
