"""The repository tests itself with nothing beside it: a fresh clone collects the whole suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Spelled in pieces, so that this file does not name them itself and is checked like any other.
_OUTSIDE_DATA = tuple(a + b for a, b in [("../", "shared"), ("shared/", "specs"), ("shared/", "seeds")])


def _git(*args: str, cwd: Path = REPO) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def test_no_tracked_file_reads_data_from_outside_the_repository() -> None:
    offenders = []
    for name in _git("ls-files").splitlines():
        if not (name.endswith((".py", ".sh", ".toml")) or name == ".ci/run"):
            continue
        text = (REPO / name).read_text(encoding="utf-8", errors="replace")
        offenders += [f"{name}: {needle}" for needle in _OUTSIDE_DATA if needle in text]
    assert offenders == []


def test_a_fresh_clone_with_nothing_beside_it_collects_every_test(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    _git("clone", "-q", str(REPO), str(clone), cwd=tmp_path)
    # `python -m pytest` puts the clone first on sys.path, so the clone's package and data are used.
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=170,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    collected = [line for line in run.stdout.splitlines() if "::" in line]
    assert len(collected) > 600, run.stdout[-2000:]
    assert not (tmp_path / "shared").exists()
