"""``marketplace-async`` in a subprocess against the emulator: push, interrupt, resume, refeed, demo.

The emulator runs in the test's event loop with an account whose credentials are long enough to
spot anywhere (the demo account's Client-Id, ``demo``, is an ordinary word); the command runs in a
subprocess with the same ``time_scale``. Every test asserts that no credential appears in anything
the command printed or wrote.
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import re
import signal
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from marketplace_async.testing import Emulator, YandexAccount

OZON_CLIENT = "cli-e2e-client-4711"
OZON_KEY = "ozon-secret-key-9f8e7d6c"
YANDEX_TOKEN = "ym-secret-token-1a2b3c4d"
SECRETS = (OZON_CLIENT, OZON_KEY, YANDEX_TOKEN)
ACCOUNTS: dict[str, Any] = {
    "ozon_accounts": {OZON_CLIENT: OZON_KEY},
    "yandex_accounts": {YANDEX_TOKEN: YandexAccount()},
}
CAMPAIGN = 4_200_001


class Run:
    """One finished command: exit code and output."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"exit {self.code}\n--- stdout\n{self.out}\n--- stderr\n{self.err}"


def env(**extra: str) -> dict[str, str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OZON_CLIENT_ID", "OZON_API_KEY", "YANDEX_MARKET_API_KEY")
    }
    base.update(OZON_CLIENT_ID=OZON_CLIENT, OZON_API_KEY=OZON_KEY, YANDEX_MARKET_API_KEY=YANDEX_TOKEN)
    base.update(extra)
    return base


async def start(*args: str, environ: dict[str, str] | None = None) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "marketplace_async",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=environ or env(),
    )


async def finish(proc: asyncio.subprocess.Process, within: float = 60.0) -> Run:
    out, err = await asyncio.wait_for(proc.communicate(), within)
    run = Run(proc.returncode or 0, out.decode(), err.decode())
    for secret in SECRETS:
        assert secret not in run.out and secret not in run.err, run
    return run


async def cli(*args: str, environ: dict[str, str] | None = None) -> Run:
    return await finish(await start(*args, environ=environ))


async def journal_lines(path: Path, at_least: int, proc: asyncio.subprocess.Process) -> int:
    """Wait until the journal holds ``at_least`` confirmed items (the push is part-way)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.returncode is None:
        lines = confirmed_in(path)
        if lines >= at_least:
            return lines
        await asyncio.sleep(0.01)
    raise AssertionError(f"the journal never reached {at_least} items")


def confirmed_in(journal: Path) -> int:
    """Items in a journal: its lines but the header."""
    return max(0, journal.read_text().count("\n") - 1) if journal.exists() else 0


async def http(emu: Emulator, name: str) -> Any:
    async with aiohttp.ClientSession() as session, session.get(f"{emu.base_url}/__emulator__/{name}") as resp:
        return await resp.json()


def no_secrets_in(*paths: Path) -> None:
    for path in paths:
        if path.exists():
            text = path.read_text()
            assert not any(secret in text for secret in SECRETS), path


def names(folder: Path, pattern: str) -> list[str]:
    return sorted(p.name for p in folder.glob(pattern))


def figure(out: str, name: str) -> int:
    """A count from a push's summary (``confirmed   1,234  ...``)."""
    for line in out.splitlines():
        if line.startswith(name + " "):
            return int(line[len(name) :].split()[0].replace(",", ""))
    raise AssertionError(f"no {name!r} in the summary:\n{out}")


def write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


# --- push, interrupt, resume ---------------------------------------------------------------------


@pytest.mark.emulator(time_scale=30.0, **ACCOUNTS)  # 80 requests per 2 s
async def test_interrupted_push_resumes_with_nothing_lost_and_nothing_sent_twice(
    emulator: Emulator, tmp_path: Path
) -> None:
    n = 12_000  # 120 requests: 80 in the first window, 40 two seconds later
    rows = [[f"OF-{i:05d}", 1 + i % 3, (i * 7) % 1000] for i in range(n)]
    source = write_csv(tmp_path / "stocks.csv", ["offer_id", "warehouse_id", "stock"], rows)
    journal = tmp_path / "stocks.csv.journal"
    args = (
        "push",
        "stocks",
        str(source),
        "-m",
        "ozon",
        "--base-url",
        emulator.base_url,
        "--time-scale",
        "30",
    )

    proc = await start(*args)
    await journal_lines(journal, 1, proc)
    proc.send_signal(signal.SIGINT)
    first = await finish(proc)
    assert first.code == 128 + signal.SIGINT, first
    assert "interrupted" in first.err
    confirmed = confirmed_in(journal)
    assert 0 < confirmed < n, first
    assert figure(first.out, "not sent") == n - confirmed

    # The server applied exactly what the journal confirms: requests in flight were let finish.
    stats = (await http(emulator, "stats"))["endpoints"]["ozon"]["v2/products/stocks"]
    assert stats["items_accepted"] == confirmed

    second = await cli(*args)
    assert second.code == 0, second
    assert figure(second.out, "already confirmed") == confirmed
    assert figure(second.out, "confirmed") == n - confirmed

    state = await http(emulator, "state")
    got = {(s["offer_id"], s["warehouse_id"]): s["stock"] for s in state["ozon"]["stocks"]}
    assert got == {(o, w): s for o, w, s in rows}  # nothing lost, the values as in the file
    stats = (await http(emulator, "stats"))["endpoints"]["ozon"]["v2/products/stocks"]
    assert stats["items_accepted"] == n  # each item applied once: nothing sent twice
    assert stats["item_errors"] == {}  # a pair sent twice within 30 s would be TOO_MANY_REQUESTS
    assert confirmed_in(journal) == n
    assert not (tmp_path / "stocks.failed.jsonl").exists()
    no_secrets_in(journal)


@pytest.mark.emulator(time_scale=60.0, **ACCOUNTS)  # updatePrices: 10,000 offers per second
async def test_sigterm_stops_a_yandex_push_gracefully_and_a_rerun_completes_it(
    emulator: Emulator, tmp_path: Path
) -> None:
    n = 20_000  # 10 requests: 5 in the first window, 5 a second later
    source = tmp_path / "prices.jsonl"
    with source.open("w") as f:
        for i in range(n):
            f.write(
                json.dumps({"offerId": f"P{i}", "price": {"value": 100 + i % 50, "currencyId": "RUR"}}) + "\n"
            )
    journal = tmp_path / "prices.jsonl.journal"
    args = ("push", "prices", str(source), "-m", "yandex", "--campaign", str(CAMPAIGN))
    args += ("--base-url", emulator.base_url, "--time-scale", "60", "--quiet")

    proc = await start(*args)
    await journal_lines(journal, 2000, proc)
    proc.send_signal(signal.SIGTERM)
    first = await finish(proc)
    assert first.code == 128 + signal.SIGTERM, first
    confirmed = confirmed_in(journal)
    assert confirmed < n
    stats = (await http(emulator, "stats"))["endpoints"]["yandex"]["updatePrices"]
    assert stats["items_accepted"] == confirmed

    second = await cli(*args)
    assert second.code == 0, second
    prices = {p["offer_id"]: p["price"] for p in (await http(emulator, "state"))["yandex"]["prices"]}
    assert prices == {f"P{i}": {"value": 100 + i % 50, "currencyId": "RUR"} for i in range(n)}
    stats = (await http(emulator, "stats"))["endpoints"]["yandex"]["updatePrices"]
    assert stats["items_accepted"] == n


# --- failed items -------------------------------------------------------------------------------


@pytest.mark.emulator(time_scale=5.0, **ACCOUNTS)  # a pair may be updated again after 6 s
async def test_failed_items_file_is_pushed_again_as_it_is(emulator: Emulator, tmp_path: Path) -> None:
    base = ("-m", "ozon", "--base-url", emulator.base_url, "--time-scale", "5", "--quiet")
    first = write_csv(
        tmp_path / "a.csv", ["offer_id", "warehouse_id", "stock"], [[f"A{i}", 1, i] for i in range(300)]
    )
    assert (await cli("push", "stocks", str(first), *base)).code == 0
    pushed = time.monotonic()

    # New values for 100 of the pairs, plus a new pair, at once, from another machine (its own
    # limits file): Ozon refuses a pair updated within 30 s (TOO_MANY_REQUESTS) per item, and the
    # new process cannot know it was.
    rows = [[f"A{i}", 1, 1000 + i] for i in range(100)] + [["NEW", 1, 5]]
    second = write_csv(tmp_path / "b.csv", ["offer_id", "warehouse_id", "stock"], rows)
    run = await cli("push", "stocks", str(second), *base, "--limits-db", str(tmp_path / "other.sqlite3"))
    assert run.code == 1, run
    assert "line 2: offer A0 1: api [TOO_MANY_REQUESTS]" in run.err
    failed = tmp_path / "b.failed.jsonl"
    lines = [json.loads(line) for line in failed.read_text().splitlines()]
    assert len(lines) == 100 and {line["_error"].split(":")[0] for line in lines} == {
        "api [TOO_MANY_REQUESTS]"
    }
    assert lines[0] == {**lines[0], "offer_id": "A0", "warehouse_id": 1, "stock": 1000, "_line": 2}

    # Wait out the pair rule itself (30 documented seconds), then push the failed file unchanged.
    await asyncio.sleep(max(0.0, pushed + 6.2 - time.monotonic()))
    again = await cli("push", "stocks", str(failed), *base)
    assert again.code == 0, again
    assert "every row of b.failed.jsonl is now confirmed or skipped: it may be deleted" in again.out
    stocks = {s["offer_id"]: s["stock"] for s in (await http(emulator, "state"))["ozon"]["stocks"]}
    assert stocks == {**{f"A{i}": i for i in range(300)}, **{f"A{i}": 1000 + i for i in range(100)}, "NEW": 5}
    assert names(tmp_path, "*.jsonl") == ["b.failed.jsonl"]  # not b.csv.failed.jsonl.failed.jsonl
    no_secrets_in(failed, tmp_path / "b.csv.journal")


# --- codes --------------------------------------------------------------------------------------


@pytest.mark.emulator(time_scale=60.0, **ACCOUNTS)
async def test_yandex_codes_from_a_csv_reach_the_order_in_one_request(
    emulator: Emulator, tmp_path: Path
) -> None:
    emulator.add_yandex_order(CAMPAIGN, 555, [1, 2])
    rows = [[1, "K-1-a"], [2, "K-2-a"], [1, "K-1-b"]]
    source = write_csv(tmp_path / "codes.csv", ["id", "code"], rows)
    args = ("push", "codes", str(source), "-m", "yandex", "--campaign", str(CAMPAIGN), "--order", "555")
    args += (
        "--slip",
        "Activate at example.com",
        "--activate-till",
        "2027-01-31",
        "--base-url",
        emulator.base_url,
    )
    run = await cli(*args, "--time-scale", "60")
    assert run.code == 0, run
    codes = {c["item_id"]: c["codes"] for c in (await http(emulator, "state"))["yandex"]["digital_codes"]}
    assert codes == {1: ["K-1-a", "K-1-b"], 2: ["K-2-a"]}
    assert (await http(emulator, "stats"))["endpoints"]["yandex"]["provideOrderDigitalCodes"]["accepted"] == 1
    rerun = await cli(*args, "--time-scale", "60")  # the journal confirms both items: nothing is sent
    assert rerun.code == 0 and "0 requests" in rerun.out, rerun
    assert (await http(emulator, "stats"))["endpoints"]["yandex"]["provideOrderDigitalCodes"]["accepted"] == 1


# --- sandbox and demo ---------------------------------------------------------------------------


async def test_sandbox_serves_until_ctrl_c(tmp_path: Path) -> None:
    proc = await start("sandbox", "--port", "0", "--time-scale", "60")
    assert proc.stdout is not None
    first = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
    url = first.split(" at ", 1)[1].split()[0]
    source = write_csv(tmp_path / "s.csv", ["sku", "count"], [["S1", 3]])
    demo = env(YANDEX_MARKET_API_KEY="demo-token")
    run = await cli(
        "push", "stocks", str(source), "-m", "yandex", "--campaign", "9", "--base-url", url, environ=demo
    )
    assert run.code == 0, run
    async with aiohttp.ClientSession() as session, session.get(f"{url}/__emulator__/state") as resp:
        assert (await resp.json())["yandex"]["stocks"] == [{"campaign_id": 9, "sku": "S1", "count": 3}]
    proc.send_signal(signal.SIGINT)
    rest, _ = await asyncio.wait_for(proc.communicate(), 20)
    assert proc.returncode == 0
    assert "Client-Id demo, Api-Key demo-key" in rest.decode()  # the sandbox's own demo account
    assert rest.decode().rstrip().endswith("emulator stopped")


@pytest.mark.slow
async def test_demo_exits_0_with_no_rejection_and_no_failure() -> None:
    run = await finish(await start("demo", "--time-scale", "20", "--quiet"), within=120)
    assert run.code == 0, run
    assert "0 rejected, 0 failed; the emulator's state holds exactly what was sent" in run.out
    for label in ("Yandex stocks", "Ozon stocks", "Ozon prices", "Yandex keys", "Ozon codes"):
        assert label in run.out
    # The busiest window at the server never goes beyond the limit; on a loaded machine a window
    # may fall a little short of full, so only the upper bound is exact.
    peaks = {
        limit: int(seen.replace(",", "")) for seen, limit in re.findall(r"([\d,]+)/(100,000|80)\b", run.out)
    }
    assert set(peaks) == {"100,000", "80"}, run.out
    assert 0.5 * 100_000 <= peaks["100,000"] <= 100_000 and 40 <= peaks["80"] <= 80, run.out
