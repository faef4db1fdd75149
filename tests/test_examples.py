"""Every example runs as ``python examples/<name>.py`` against the sandbox emulator and passes its own checks.

Each example verifies its result in the emulator's state and prints ``check OK: ...`` lines (and
exits 1 on a failed check); these tests run them in subprocesses with short windows
(``--time-scale``) and no credentials in the environment, and read those lines.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from redis_server import RedisServer

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCALE = ["--time-scale", "100"]


def run(name: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OZON_", "YANDEX_", "EXAMPLES_"))}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py"), *args],
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def checks(done: subprocess.CompletedProcess[str], *expected: str) -> str:
    """The run succeeded and printed each expected check as OK, and no failed one."""
    assert done.returncode == 0, done.stdout + done.stderr
    assert "sandbox: emulator at http://127.0.0.1:" in done.stdout
    assert "check FAILED" not in done.stdout, done.stdout
    for line in expected:
        assert f"check OK: {line}" in done.stdout, done.stdout
    return done.stdout


def test_push_stocks_csv() -> None:
    out = checks(run("push_stocks_csv", *SCALE), "Ozon holds 250/250 stocks", "Yandex holds 250/250 stocks")
    assert "received=250 succeeded=250 failed=0 coalesced=0 requests=3" in out  # 100 pairs a request


def test_sync_stocks_coalesces_and_ends_in_sync() -> None:
    out = checks(run("sync_stocks", "--seconds", "1", *SCALE), "Ozon in sync", "Yandex in sync")
    ozon = re.search(r"ozon: (\d+) changes put, (\d+) replaced while waiting, (\d+) confirmed, 0 failed", out)
    assert ozon is not None, out
    puts, replaced, confirmed = map(int, ozon.groups())
    assert replaced > 0 and puts == replaced + confirmed


def test_deliver_digital_keys() -> None:
    checks(
        run("deliver_digital_keys", *SCALE),
        "8/8 Ozon postings have their codes, once",
        "3/3 Yandex orders have their keys",
    )


def test_multi_account_pool() -> None:
    out = checks(
        run("multi_account_pool", "--rows", "1000", *SCALE),
        "every account stayed within its limits",
        "3000 Ozon stocks over 3 accounts",
    )
    assert len(re.findall(r"shop-\w: busiest window \d+ of 80", out)) == 3


def test_redis_workers_share_one_account(redis_server: RedisServer) -> None:
    # Windows of 6 s: the three processes start within one window even on a loaded machine, so
    # the first window fills (at 100x the workers' staggered starts spread it over several).
    args = ["--redis-url", redis_server.url, "--workers", "3", "--rows", "3000", "--time-scale", "10"]
    out = checks(
        run("redis_workers", *args),
        "the workers together stayed within the limit",
        "9000 stocks from 3 workers",
    )
    # 90 requests at 80 a window: the busiest window is full or nearly so (arrival jitter under load
    # can spread a few requests over the window's edge), and never over.
    busiest = re.search(r"busiest window: (\d+) of 80", out)
    assert busiest is not None, out
    assert 70 <= int(busiest.group(1)) <= 80, out


def test_redis_workers_skip_with_a_clear_message_without_redis() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once the socket closes
    done = run("redis_workers", "--redis-url", f"redis://127.0.0.1:{port}/0")
    assert done.returncode == 0 and done.stdout.startswith("skipped: no redis-server answers"), done.stdout


def test_real_credentials_never_push_the_bundled_sample() -> None:
    done = run("push_stocks_csv", env={"OZON_CLIENT_ID": "1", "OZON_API_KEY": "k"})
    assert done.returncode != 0, done.stdout
    assert done.stderr.strip() == (
        "real credentials are set: pass your own file with --csv (examples/data/stocks.csv is a sample for "
        "the sandbox)"
    )
    assert "sandbox" not in done.stdout and "real APIs" not in done.stdout  # stopped before connecting


@pytest.mark.parametrize(
    ("name", "option"),
    [("push_stocks_csv", "--csv"), ("deliver_digital_keys", "--keys"), ("multi_account_pool", "--csv-dir")],
)
def test_the_guard_names_an_option_of_the_example_and_only_files_that_exist(name: str, option: str) -> None:
    done = run(name, env={"OZON_CLIENT_ID": "1", "OZON_API_KEY": "k"})
    message = done.stderr.strip().splitlines()[-1]
    assert done.returncode != 0 and message.startswith(
        f"real credentials are set: pass your own file with {option}"
    )
    assert option in run(name, "--help").stdout
    for named in re.findall(r"examples/\S+", message):
        assert (EXAMPLES.parent / named).exists(), message
