"""What every section shares: result rows, limit overrides, a jittered session, emulators in a child process."""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace, TracebackType
from typing import Any

import aiohttp

from marketplace_async import Rate, Scope, Unit
from marketplace_async._constants import DEFAULT_CONNECTIONS

PASS, MISS, INFO, SKIP = "PASS", "MISS", "info", "not measured"
HUGE = 10**9  # a limit no benchmark reaches: "limits lifted"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass(slots=True)
class Section:
    """One table of the report: rows of cells, each row with a status (PASS, MISS, info...)."""

    title: str
    columns: tuple[str, ...] = ("measurement", "value", "target", "note")
    rows: list[tuple[list[str], str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def row(self, cells: Sequence[str], ok: bool | None = None, status: str | None = None) -> None:
        if len(cells) != len(self.columns):
            raise ValueError(f"{self.title}: {len(cells)} cells for {len(self.columns)} columns")
        self.rows.append((list(cells), status or (INFO if ok is None else (PASS if ok else MISS))))

    def add(self, what: str, value: str, target: str = "", ok: bool | None = None, note: str = "") -> None:
        """A row of the default columns (measurement, value, target, note)."""
        self.row([what, value, target, note], ok)

    @property
    def statuses(self) -> list[str]:
        return [status for _, status in self.rows]

    def markdown(self) -> str:
        columns = (*self.columns[:-1], "status", self.columns[-1])
        out = [f"## {self.title}", ""]
        out.append("| " + " | ".join(columns) + " |")
        out.append("|" + "|".join("---" for _ in columns) + "|")
        for cells, status in self.rows:
            shown = f"**{status}**" if status == MISS else status
            line = [*cells[:-1], shown, cells[-1]]
            out.append("| " + " | ".join(c.replace("|", "/") for c in line) + " |")
        out.append("")
        out += [f"- {n}" for n in self.notes]
        out.append(f"- section time: {self.seconds:.1f} s")
        out.append("")
        return "\n".join(out)


# --- limit overrides, sent to emulators in a child process as JSON ------------------------------


def rate_to_json(rate: Rate) -> dict[str, Any]:
    return {"amount": rate.amount, "window": rate.window, "unit": rate.unit.value, "scope": rate.scope.value}


def rate_from_json(data: Mapping[str, Any]) -> Rate:
    return Rate(int(data["amount"]), float(data["window"]), Unit(data["unit"]), Scope(data["scope"]))


def overrides_to_json(overrides: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    return {
        key: {name: [rate_to_json(r) for r in v] if name == "rates" else v for name, v in change.items()}
        for key, change in overrides.items()
    }


def overrides_from_json(data: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        key: {name: [rate_from_json(r) for r in v] if name == "rates" else v for name, v in change.items()}
        for key, change in data.items()
    }


def ozon_accounts(n: int, prefix: str = "acct") -> dict[str, str]:
    """Client-Id → Api-Key of ``n`` benchmark accounts."""
    return {f"{prefix}{i}": f"key-{prefix}{i}" for i in range(n)}


# --- arrival jitter -------------------------------------------------------------------------------


class WireDelays:
    """Per request: when it started, how long until its headers were written, until it ended.

    The scheduler admitted the request just before it started, so the first figure is how late
    after admission it really left (waiting for a pooled connection, opening one, a busy event
    loop); the second is how long its take stayed in flight before it settled.
    """

    def __init__(self) -> None:
        self.sent: list[tuple[float, float]] = []
        self.ended: list[tuple[float, float]] = []

    def trace(self) -> aiohttp.TraceConfig:
        trace = aiohttp.TraceConfig()

        async def start(session: aiohttp.ClientSession, ctx: SimpleNamespace, params: Any) -> None:
            ctx.started = time.monotonic()

        async def sent(session: aiohttp.ClientSession, ctx: SimpleNamespace, params: Any) -> None:
            self.sent.append((ctx.started, time.monotonic() - ctx.started))

        async def end(session: aiohttp.ClientSession, ctx: SimpleNamespace, params: Any) -> None:
            self.ended.append((ctx.started, time.monotonic() - ctx.started))

        trace.on_request_start.append(start)
        trace.on_request_headers_sent.append(sent)
        trace.on_request_end.append(end)
        return trace

    @property
    def first(self) -> float:
        return min(t for t, _ in self.sent)

    def worst_wait(self, since: float, until: float) -> float:
        """The longest admission-to-wire delay of requests started in ``[since, until)``."""
        return max((d for t, d in self.sent if since <= t < until), default=0.0)

    def mean_round_trip(self) -> float:
        return statistics.fmean(d for _, d in self.ended) if self.ended else 0.0


def jittered_session(
    spread: float, seed: int, connections: int = DEFAULT_CONNECTIONS, delays: WireDelays | None = None
) -> aiohttp.ClientSession:
    """A session that waits ``uniform(0, spread)`` before each request leaves.

    The wait happens after the scheduler admitted the request, so the server sees arrivals
    ``spread / 2 ± spread / 2`` seconds after admission: ±20 ms of jitter for ``spread=0.04``.
    ``connections`` is the pool's default. ``delays`` times every request, the wait included.
    """
    rng = random.Random(seed)

    async def delay(session: aiohttp.ClientSession, ctx: SimpleNamespace, params: Any) -> None:
        if spread:
            await asyncio.sleep(rng.uniform(0.0, spread))

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(delay)
    traces = [trace] if delays is None else [delays.trace(), trace]
    connector = aiohttp.TCPConnector(limit=connections)
    return aiohttp.ClientSession(connector=connector, trace_configs=traces, raise_for_status=False)


# --- emulators in a child process -------------------------------------------------------------------


class EmulatorProcess:
    """Emulators served by ``python -m benchmarks._server`` in a child process.

    ``configs`` are keyword settings of :class:`Emulator` (``limits`` as plain overrides, encoded
    here; ``ozon_accounts`` may be a count). Entering yields their base URLs. The child serves
    until its stdin closes, so it never outlives this process. ``module`` may name another server
    that speaks the same protocol (``benchmarks._mock``: the plain mock).
    """

    def __init__(self, configs: Sequence[Mapping[str, Any]], module: str = "benchmarks._server") -> None:
        self._configs = [_encode_config(c) for c in configs]
        self._module = module
        self._proc: asyncio.subprocess.Process | None = None
        self.urls: list[str] = []

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise RuntimeError("the emulator process is not running")
        return self._proc.pid

    async def __aenter__(self) -> EmulatorProcess:
        self._proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            self._module,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(json.dumps(self._configs).encode() + b"\n")
        await self._proc.stdin.drain()
        line = await asyncio.wait_for(self._proc.stdout.readline(), 30)
        if not line:
            await self._proc.wait()
            raise RuntimeError(f"benchmarks._server exited with {self._proc.returncode}")
        self.urls = json.loads(line)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            await asyncio.wait_for(proc.wait(), 10)
        except TimeoutError:
            proc.kill()
            await proc.wait()


def _encode_config(config: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(config)
    if "limits" in out:
        out["limits"] = {market: overrides_to_json(o) for market, o in out["limits"].items()}
    return out


async def get_json(session: aiohttp.ClientSession, url: str) -> Any:
    async with session.get(url) as resp:
        resp.raise_for_status()
        return await resp.json()


async def post_json(session: aiohttp.ClientSession, url: str, data: Any) -> Any:
    async with session.post(url, json=data) as resp:
        resp.raise_for_status()
        return await resp.json()


# --- timing helpers -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Timed:
    wall: float
    cpu: float


async def timed(run: Callable[[], Awaitable[object]]) -> Timed:
    """Wall and process CPU seconds of one awaited run."""
    w0, c0 = time.perf_counter(), time.process_time()
    await run()
    return Timed(time.perf_counter() - w0, time.process_time() - c0)


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def fmt_ratio(value: float) -> str:
    return f"{value:.3f}"


def fmt_us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"
