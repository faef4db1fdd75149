"""``marketplace-async push`` end to end against the emulator, as a seller's files and mistakes come.

A CSV as Russian Excel saves it, a wrong key, and a re-run of the same push within Ozon's 30 s per
pair. Each runs the command in a subprocess with the emulator's ``time_scale``.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from test_cli_e2e import ACCOUNTS, CAMPAIGN, cli, confirmed_in, env, figure, http, write_csv

from marketplace_async.testing import Emulator


@pytest.mark.emulator(time_scale=60.0, **ACCOUNTS)
async def test_a_semicolon_windows_1251_file_with_decimal_commas_pushes_cleanly(
    emulator: Emulator, tmp_path: Path
) -> None:
    # What "CSV (разделители - запятые)" of a Russian Excel writes: ; between columns, a decimal
    # comma, a no-break space between thousands, Windows-1251 text, CRLF line ends.
    rows = ["offer_id;price;old_price;vat", "Чайник-1;199,90;1\u00a0250,00;0,2", "Кружка-2;1990;;0"]
    source = tmp_path / "prices.csv"
    source.write_bytes("\r\n".join(rows).encode("cp1251") + b"\r\n")
    args = ("push", "prices", str(source), "-m", "ozon", "--base-url", emulator.base_url)
    run = await cli(*args, "--time-scale", "60", "--quiet")
    assert run.code == 0, run
    assert "read as Windows-1251, semicolon-separated" in run.out, run
    assert figure(run.out, "confirmed") == 2 and figure(run.out, "failed") == 0, run
    prices = {p["offer_id"]: p for p in (await http(emulator, "state"))["ozon"]["prices"]}
    assert set(prices) == {"Чайник-1", "Кружка-2"}
    assert Decimal(prices["Чайник-1"]["price"]) == Decimal("199.90")
    assert Decimal(prices["Чайник-1"]["old_price"]) == Decimal("1250.00")
    assert prices["Чайник-1"]["vat"] == "0.2" and Decimal(prices["Кружка-2"]["price"]) == 1990


@pytest.mark.emulator(time_scale=60.0, **ACCOUNTS)
async def test_a_tab_separated_utf8_bom_file_of_yandex_prices_pushes_cleanly(
    emulator: Emulator, tmp_path: Path
) -> None:
    source = tmp_path / "prices.csv"
    source.write_text(
        "\ufeffofferId\tprice\tcurrencyId\nP-1\t1 990,50\tRUR\nP-2\t15\tRUR\n", encoding="utf-8"
    )
    args = ("push", "prices", str(source), "-m", "yandex", "--campaign", str(CAMPAIGN))
    run = await cli(*args, "--base-url", emulator.base_url, "--time-scale", "60", "--quiet")
    assert run.code == 0, run
    prices = {p["offer_id"]: p["price"] for p in (await http(emulator, "state"))["yandex"]["prices"]}
    assert prices == {
        "P-1": {"value": 1990.5, "currencyId": "RUR"},
        "P-2": {"value": 15, "currencyId": "RUR"},
    }


@pytest.mark.emulator(time_scale=60.0, **ACCOUNTS)
async def test_a_wrong_key_is_one_line_and_exit_code_3(emulator: Emulator, tmp_path: Path) -> None:
    n = 10_000  # 100 requests if they all went
    source = write_csv(
        tmp_path / "s.csv", ["offer_id", "warehouse_id", "stock"], [[f"A{i}", 1, i % 100] for i in range(n)]
    )
    wrong = env(OZON_API_KEY="wrong-secret-key-000111")
    args = ("push", "stocks", str(source), "-m", "ozon", "--base-url", emulator.base_url)
    run = await cli(*args, "--time-scale", "60", environ=wrong)
    assert run.code == 3, run
    assert run.err.strip().splitlines() == [
        "authentication failed (HTTP 403: Invalid Api-Key, please contact support): "
        "check OZON_API_KEY and OZON_CLIENT_ID"
    ], run
    assert figure(run.out, "not sent") == n and figure(run.out, "failed") == 0, run
    assert "wrong-secret-key-000111" not in run.out + run.err
    assert not (tmp_path / "s.failed.jsonl").exists()  # nothing to fix in the file
    stats = await http(emulator, "stats")
    assert stats["totals"]["accepted"] == 0
    assert 0 < stats["endpoints"]["ozon"]["v2/products/stocks"]["rejected_total"] < 10  # it stopped sending

    # Once the key is right, the same command sends everything.
    again = await cli(*args, "--time-scale", "60", "--quiet")
    assert again.code == 0 and figure(again.out, "confirmed") == n, again


@pytest.mark.emulator(time_scale=60.0, **ACCOUNTS)
async def test_an_unknown_yandex_token_is_one_line_and_exit_code_3(
    emulator: Emulator, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "s.csv", ["sku", "count"], [["S1", 3]])
    wrong = env(YANDEX_MARKET_API_KEY="ym-unknown-token-555666")
    args = ("push", "stocks", str(source), "-m", "yandex", "--campaign", str(CAMPAIGN))
    run = await cli(*args, "--base-url", emulator.base_url, "--time-scale", "60", environ=wrong)
    assert run.code == 3, run
    assert run.err.strip().splitlines() == [
        "authentication failed (HTTP 401: Token is invalid or expired): check YANDEX_MARKET_API_KEY"
    ], run


@pytest.mark.emulator(
    time_scale=5.0, **ACCOUNTS
)  # Ozon's 30 s per pair lasts 6 s: a re-run starts well within
async def test_a_rerun_within_30_s_holds_the_pairs_and_then_confirms_every_one(
    emulator: Emulator, tmp_path: Path
) -> None:
    header = ["offer_id", "warehouse_id", "stock"]
    source = write_csv(tmp_path / "s.csv", header, [[f"A{i}", 1, i] for i in range(300)])
    args = ("push", "stocks", str(source), "-m", "ozon", "--base-url", emulator.base_url)
    args += ("--time-scale", "5", "--quiet")
    assert (await cli(*args)).code == 0

    # One value edited in 100 rows, and a new pair, pushed again at once with the same journal.
    write_csv(
        source, header, [[f"A{i}", 1, i + (1000 if i < 100 else 0)] for i in range(300)] + [["NEW", 1, 5]]
    )
    run = await cli(*args)
    assert run.code == 0, run
    held = "100 pairs were confirmed less than 6 s ago (one update each per 6 s): held until due, the last in"
    assert held in run.out, run
    assert figure(run.out, "already confirmed") == 200 and figure(run.out, "confirmed") == 101, run

    stats = (await http(emulator, "stats"))["endpoints"]["ozon"]["v2/products/stocks"]
    assert stats["item_errors"] == {}  # no TOO_MANY_REQUESTS: no pair was sent before it was due
    stocks = {s["offer_id"]: s["stock"] for s in (await http(emulator, "state"))["ozon"]["stocks"]}
    assert stocks == {**{f"A{i}": i + (1000 if i < 100 else 0) for i in range(300)}, "NEW": 5}
    assert confirmed_in(tmp_path / "s.csv.journal") == 300 + 101
    entries = [json.loads(line) for line in (tmp_path / "s.csv.journal").read_text().splitlines()[1:]]
    first = {tuple(key): when for key, _, when in entries[:300]}  # [key, value, unix time confirmed]
    again = {tuple(key): when for key, _, when in entries[300:]}
    # Each edited pair was confirmed again no sooner than one window after its first confirmation.
    assert min(again[key] - first[key] for key in again if key in first) >= 6.0
