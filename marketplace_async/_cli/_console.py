"""Output of the command line: rich on a terminal, plain lines elsewhere (CI logs), nothing with --quiet.

Secrets are never formatted into output in the first place; :class:`Redacting` is a second line of
defence that blanks any credential the command holds, should a server ever echo one back.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from types import TracebackType
from typing import IO, Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

PLAIN_WIDTH = 120  # columns for tables when the output is not a terminal (rich would use 80)
PLAIN_EVERY = 5.0  # seconds between progress lines when the output is not a terminal
_MIN_SECRET = 6  # shorter values (the emulator's Client-Id "demo") would blank ordinary words


class Redacting:
    """A text stream that replaces each of ``secrets`` by ``***`` before writing."""

    def __init__(self, stream: IO[str], secrets: Iterable[str]) -> None:
        self._stream = stream
        self._secrets = sorted({s for s in secrets if len(s) >= _MIN_SECRET}, key=len, reverse=True)

    def write(self, text: str) -> int:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", "utf-8")


def make_console(*, stderr: bool = False, secrets: Iterable[str] = ()) -> Console:
    stream: Any = sys.stderr if stderr else sys.stdout
    secrets = list(secrets)
    if secrets:
        stream = Redacting(stream, secrets)
    console = Console(file=stream, highlight=False, soft_wrap=True)  # long lines stay whole in logs
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PLAIN_WIDTH
    return console


class _Rate(ProgressColumn):
    """Items per second over rich's speed window."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f}/s" if speed else "-/s", style="progress.data.speed")


class Bars:
    """One progress bar per upload: live on a terminal, a line every few seconds otherwise, or nothing.

    Use as a context manager; :meth:`add` returns a task id for :meth:`advance`.
    """

    def __init__(self, console: Console, *, quiet: bool) -> None:
        self._console = console
        self._live = not quiet and console.is_terminal
        self._plain = not quiet and not console.is_terminal
        self._progress: Progress | None = None
        if self._live:
            self._progress = Progress(
                TextColumn("{task.description:<16}"),
                BarColumn(bar_width=30),
                MofNCompleteColumn(),
                _Rate(),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=console,
            )
        self._tasks: dict[int, list[Any]] = {}  # plain mode: id → [label, done, total, started, last]

    def __enter__(self) -> Bars:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def add(self, label: str, total: int) -> int:
        if self._progress is not None:
            return int(self._progress.add_task(label, total=total))
        task_id = len(self._tasks)
        now = time.monotonic()
        self._tasks[task_id] = [label, 0, total, now, now]
        return task_id

    def advance(self, task_id: int, amount: int) -> None:
        if self._progress is not None:
            self._progress.advance(TaskID(task_id), amount)
            return
        task = self._tasks[task_id]
        task[1] += amount
        now = time.monotonic()
        if self._plain and (task[1] >= task[2] or now - task[4] >= PLAIN_EVERY):
            task[4] = now
            self._line(task, now)

    def _line(self, task: list[Any], now: float) -> None:
        label, done, total, started = task[0], task[1], task[2], task[3]
        elapsed = max(now - started, 1e-9)
        rate = done / elapsed
        pct = 100.0 * done / total if total else 100.0
        eta = f", ETA {(total - done) / rate:.0f} s" if rate > 0 and done < total else ""
        self._console.print(
            f"{label}: {done:,}/{total:,} ({pct:.0f}%), {rate:,.0f} items/s, {elapsed:.1f} s{eta}"
        )
