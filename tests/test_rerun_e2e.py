"""An interrupted push run again at once without the first run's limits file (``--limits-db``: another
machine, or the file was lost): the server still counts the first run's requests, which the new
process cannot know of, so its first requests are refused (429) until the window frees. Every item
must still be confirmed, each applied once. (With the file, the re-run is refused nothing:
``tests/test_sqlite_cli.py``.)

``marketplace-async push`` runs in a subprocess against the emulator at a scaled time. The push is
interrupted once the first window's 80 requests are confirmed (about 3 s into a real push) and run
again at once. Ozon's reference documents no 429, so the push is run twice: against the emulator,
which states ``Retry-After``, and through a proxy that drops it, as the live API may.
"""

from __future__ import annotations

import signal
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from test_cli_e2e import ACCOUNTS, cli, confirmed_in, figure, finish, http, journal_lines, start, write_csv

from marketplace_async.testing import Emulator

# Ozon stocks: 80 requests per 15 s. The new process's first requests meet a window the server
# keeps full for most of 15 s: longer than five attempts of backoff (0.5 + 1 + 2 + 4 s) last.
SCALE = 4.0
ROWS = 10_000  # 100 requests of 100 pairs: 80 in the first window, 20 left for the re-run
HOP_BY_HOP = {"content-length", "transfer-encoding", "content-encoding", "connection", "keep-alive"}


@pytest.fixture
async def without_retry_after(emulator: Emulator) -> AsyncIterator[str]:
    """A proxy to the emulator whose 429s carry no ``Retry-After``."""
    session = aiohttp.ClientSession(auto_decompress=False)

    async def forward(request: web.Request) -> web.Response:
        async with session.request(
            request.method,
            emulator.base_url + request.rel_url.path_qs,
            headers={k: v for k, v in request.headers.items() if k.lower() != "host"},
            data=await request.read(),
        ) as answer:
            headers = {
                k: v
                for k, v in answer.headers.items()
                if k.lower() not in HOP_BY_HOP and k.lower() != "retry-after"
            }
            return web.Response(status=answer.status, body=await answer.read(), headers=headers)

    app = web.Application(client_max_size=64 * 1024 * 1024)
    app.router.add_route("*", "/{tail:.*}", forward)
    server = TestServer(app)
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()
        await session.close()


@pytest.mark.emulator(time_scale=SCALE, **ACCOUNTS)
@pytest.mark.parametrize("stated", [True, False], ids=["retry-after", "no-retry-after"])
async def test_a_push_run_again_at_once_after_an_interrupt_confirms_every_item(
    emulator: Emulator, without_retry_after: str, tmp_path: Path, stated: bool
) -> None:
    rows = [[f"OF-{i:05d}", 1, i % 1000] for i in range(ROWS)]
    source = write_csv(tmp_path / "stocks.csv", ["offer_id", "warehouse_id", "stock"], rows)
    journal = tmp_path / "stocks.csv.journal"
    base_url = emulator.base_url if stated else without_retry_after
    args = ("push", "stocks", str(source), "-m", "ozon", "--base-url", base_url)
    args += ("--time-scale", f"{SCALE:g}", "--quiet")

    proc = await start(*args)
    await journal_lines(journal, 8000, proc)  # the first window's requests are done
    proc.send_signal(signal.SIGINT)
    first = await finish(proc)
    assert first.code == 128 + signal.SIGINT, first
    confirmed = confirmed_in(journal)

    second = await cli(*args, "--limits-db", str(tmp_path / "another-machine.sqlite3"))
    assert second.code == 0, second
    assert figure(second.out, "already confirmed") == confirmed
    assert figure(second.out, "confirmed") == ROWS - confirmed
    assert figure(second.out, "failed") == 0
    stats = (await http(emulator, "stats"))["endpoints"]["ozon"]["v2/products/stocks"]
    assert stats["rejected"].get("rate_limit", 0) > 0, stats  # the re-run did meet the full window
    assert stats["items_accepted"] == ROWS  # every item applied, and once
    assert stats["item_errors"] == {}
    state = await http(emulator, "state")
    assert {s["offer_id"]: s["stock"] for s in state["ozon"]["stocks"]} == {o: s for o, _, s in rows}
