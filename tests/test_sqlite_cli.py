"""``push`` remembers what it sent in a limits file: interrupted and run again at once, the re-run
sends nothing the marketplace refuses (``tests/test_rerun_e2e.py`` runs the same push without the
file and meets the full window's 429s)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from test_cli_e2e import (
    ACCOUNTS,
    cli,
    confirmed_in,
    env,
    figure,
    finish,
    http,
    journal_lines,
    start,
    write_csv,
)

from marketplace_async.testing import Emulator

SCALE = 4.0  # Ozon stocks: 80 requests per 15 s
ROWS = 10_000  # 100 requests of 100 pairs: 80 in the first window, 20 left for the re-run


@pytest.mark.emulator(time_scale=SCALE, **ACCOUNTS)
async def test_a_push_run_again_at_once_after_an_interrupt_is_refused_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    rows = [[f"OF-{i:05d}", 1, i % 1000] for i in range(ROWS)]
    source = write_csv(tmp_path / "stocks.csv", ["offer_id", "warehouse_id", "stock"], rows)
    journal = tmp_path / "stocks.csv.journal"
    args = ("push", "stocks", str(source), "-m", "ozon", "--base-url", emulator.base_url)
    args += ("--time-scale", f"{SCALE:g}", "--quiet")
    # The default place, under the user's cache directory (an empty variable means the default).
    environ = env(MARKETPLACE_ASYNC_LIMITS_DB="", XDG_CACHE_HOME=str(tmp_path / "cache"))

    proc = await start(*args, environ=environ)
    await journal_lines(journal, 8000, proc)  # the first window's requests are done
    proc.send_signal(signal.SIGINT)
    first = await finish(proc)
    assert first.code == 128 + signal.SIGINT, first
    confirmed = confirmed_in(journal)
    assert (tmp_path / "cache" / "marketplace_async" / "limits.sqlite3").is_file()

    second = await cli(*args, environ=environ)
    assert second.code == 0, second
    assert figure(second.out, "confirmed") == ROWS - confirmed
    stats = (await http(emulator, "stats"))["endpoints"]["ozon"]["v2/products/stocks"]
    assert stats["rejected"] == {}, stats  # the re-run waited for the window instead
    assert stats["items_accepted"] == ROWS


@pytest.mark.emulator(time_scale=5.0, **ACCOUNTS)  # a pair's 30 s is 6 s
async def test_new_values_for_pairs_just_pushed_wait_for_their_30_s_instead_of_failing(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Another file with new values for pairs the previous push confirmed a moment ago: through the
    limits file the new process holds each pair until Ozon takes it again (with a limits file of
    its own, ``tests/test_cli_e2e.py``, Ozon refuses them as too frequent)."""
    base = ("-m", "ozon", "--base-url", emulator.base_url, "--time-scale", "5", "--quiet")
    first = write_csv(
        tmp_path / "a.csv", ["offer_id", "warehouse_id", "stock"], [[f"A{i}", 1, i] for i in range(50)]
    )
    assert (await cli("push", "stocks", str(first), *base)).code == 0
    second = write_csv(
        tmp_path / "b.csv", ["offer_id", "warehouse_id", "stock"], [[f"A{i}", 1, 1000 + i] for i in range(50)]
    )
    run = await cli("push", "stocks", str(second), *base)
    assert run.code == 0, run
    stats = (await http(emulator, "stats"))["endpoints"]["ozon"]["v2/products/stocks"]
    assert stats["item_errors"] == {}, stats
    stocks = {s["offer_id"]: s["stock"] for s in (await http(emulator, "state"))["ozon"]["stocks"]}
    assert stocks == {f"A{i}": 1000 + i for i in range(50)}
