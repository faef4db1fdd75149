"""Output of the command line: rich on a terminal, plain lines elsewhere (CI logs), nothing with --quiet.

Secrets are never formatted into output in the first place; :class:`Redacting` is a second line of
defence that blanks any credential the command holds, should a server ever echo one back.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
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


@dataclass(slots=True)
class _Plain:
    """One upload's progress in plain mode."""

    label: str
    total: int
    planned: float | None  # seconds the documented limits take at best, if known
    started: float
    done: int = 0


class _Eta(ProgressColumn):
    """Seconds left by :func:`remaining`: the limits' timetable, then the pace (rich's own estimate
    follows the speed of the last seconds, which jumps with every burst)."""

    def render(self, task: Task) -> Text:
        if task.finished or task.total is None:
            return Text("-", style="progress.remaining")
        left = remaining(
            int(task.completed), int(task.total), task.elapsed or 0.0, task.fields.get("planned")
        )
        return Text(f"{left:.0f} s" if left or task.completed else "-", style="progress.remaining")


class Bars:
    """One progress bar per upload: live on a terminal, a line every few seconds otherwise, or nothing.

    Use as a context manager inside a running event loop; :meth:`add` returns a task id for
    :meth:`advance`. In plain mode (a log) a line is printed when an upload starts, then every
    :data:`PLAIN_EVERY` seconds whether or not a request has finished, then when it is done.
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
                _Eta(),
                console=console,
            )
        self._tasks: list[_Plain] = []
        self._ticker: asyncio.Task[None] | None = None

    def __enter__(self) -> Bars:
        if self._progress is not None:
            self._progress.start()
        if self._plain:
            self._ticker = asyncio.get_running_loop().create_task(self._tick())
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
        if self._ticker is not None:
            self._ticker.cancel()

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(PLAIN_EVERY)
            now = asyncio.get_running_loop().time()
            for task in self._tasks:
                if task.done < task.total:
                    self._line(task, now)

    def add(self, label: str, total: int, *, planned: float | None = None) -> int:
        """A new upload of ``total`` items; ``planned``: the seconds its limits take at best."""
        if self._progress is not None:
            return int(self._progress.add_task(label, total=total, planned=planned))
        task = _Plain(label, total, planned, asyncio.get_running_loop().time())
        self._tasks.append(task)
        if self._plain:
            self._line(task, task.started)
        return len(self._tasks) - 1

    def advance(self, task_id: int, amount: int) -> None:
        if self._progress is not None:
            self._progress.advance(TaskID(task_id), amount)
            return
        task = self._tasks[task_id]
        before, task.done = task.done, task.done + amount
        if self._plain and before < task.total <= task.done:
            self._line(task, asyncio.get_running_loop().time())

    def _line(self, task: _Plain, now: float) -> None:
        done, total = task.done, task.total
        elapsed = max(now - task.started, 0.0)
        rate = done / elapsed if elapsed > 0 else 0.0
        pct = 100.0 * done / total if total else 100.0
        eta = ""
        if done < total:
            eta = (
                f", ETA {remaining(done, total, elapsed, task.planned):.0f} s" if rate or task.planned else ""
            )
        self._console.print(
            f"{task.label}: {done:,}/{total:,} ({pct:.0f}%), {rate:,.0f} items/s, {elapsed:.1f} s{eta}",
            markup=False,
        )


def remaining(done: int, total: int, elapsed: float, planned: float | None) -> float:
    """Seconds left: until the documented plan's end, then at the pace so far.

    Uploads at a documented limit go in bursts (a window's worth at once, then a wait), so the pace
    of the first seconds promises far too much and then jumps; the plan (the limits' own timetable)
    counts down steadily. Past the plan's end, the marketplace is slower than its limits: the pace
    says how much.
    """
    if planned is not None and planned > elapsed:
        return planned - elapsed
    return (total - done) * elapsed / done if done else 0.0
