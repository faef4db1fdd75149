"""``push`` without a network: files as spreadsheets write them, broken rows, help, the journal's
times, the failed file's name, the progress lines of a log, and a refused credential."""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.progress import Progress

from marketplace_async import AuthError, BulkResult
from marketplace_async._cli import _push, main
from marketplace_async._cli._console import PLAIN_EVERY, Bars, _Eta, remaining
from marketplace_async._cli._journal import Journal
from marketplace_async._cli._push import _write_failed, failed_path_for
from marketplace_async._cli._records import KINDS, Options, Reading, UsageError, kind_for, load
from marketplace_async._results import FailureReason, ItemFailure

OZON_STOCKS = kind_for("ozon", "stocks")
OZON_PRICES = kind_for("ozon", "prices")
NOWHERE = "http://127.0.0.1:9"  # discard port: nothing listens, so a request would fail loudly


@pytest.fixture(autouse=True)
def _no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OZON_CLIENT_ID", "OZON_API_KEY", "YANDEX_MARKET_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def items(path: Path, kind: Any = OZON_PRICES, reading: Reading | None = None) -> list[dict[str, Any]]:
    loaded = load(path, "csv", kind, Options(), reading or Reading())
    assert not loaded.malformed, loaded.malformed
    return [r.item for r in loaded.records]


# --- encodings, separators, decimal commas -----------------------------------------------------


def test_windows_1251_semicolons_and_decimal_commas_as_russian_excel_saves_them(tmp_path: Path) -> None:
    text = 'offer_id;price;old_price;vat\r\nЧайник;199,90;1\u00a0250,5;0,2\r\nКружка;"7,5";;\r\n'
    path = write(tmp_path / "p.csv", text.encode("cp1251"))
    loaded = load(path, "csv", OZON_PRICES, Options())
    assert (loaded.encoding, loaded.delimiter) == ("cp1251", ";")
    assert [r.item for r in loaded.records] == [
        {"offer_id": "Чайник", "price": "199.90", "old_price": "1250.5", "vat": "0.2"},
        {"offer_id": "Кружка", "price": "7.5"},
    ]


def test_utf8_with_or_without_bom_and_utf16_with_tabs(tmp_path: Path) -> None:
    expected = [{"sku": "Ёлка", "count": 5}]
    yandex = kind_for("yandex", "stocks")
    for name, data in (
        ("plain", "sku,count\nЁлка,5\n".encode()),
        ("bom", "\ufeffsku;count\nЁлка;5\n".encode()),
        ("utf16", "sku\tcount\r\nЁлка\t5\r\n".encode("utf-16")),  # Excel's "Unicode text"
    ):
        assert items(write(tmp_path / f"{name}.csv", data), yandex) == expected, name


def test_an_excel_sep_line_names_the_separator(tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", "sep=;\r\noffer_id;price\r\nA;199,90\r\nB;x\r\n")
    loaded = load(path, "csv", OZON_PRICES, Options())
    assert loaded.delimiter == ";" and [r.item for r in loaded.records] == [
        {"offer_id": "A", "price": "199.90"}
    ]
    assert [m.line for m in loaded.malformed] == [4]  # line numbers are the file's


def test_encoding_and_delimiter_can_be_forced(tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", "offer_id|price\nÄ|5\n".encode("latin-1"))
    assert items(path, reading=Reading("latin-1", "|")) == [{"offer_id": "Ä", "price": "5"}]
    with pytest.raises(UsageError, match=r"not UTF-8 text .*; pass --encoding"):
        load(path, "csv", OZON_PRICES, Options(), Reading("utf-8"))
    semicolons = write(tmp_path / "s.csv", "offer_id;price\nA;5\n")
    with pytest.raises(UsageError, match=r"unknown column\(s\) offer_id;price \(read as comma-separated"):
        load(semicolons, "csv", OZON_PRICES, Options(), Reading(delimiter=","))


def test_a_decimal_comma_in_a_comma_separated_file_is_quoted_or_reported_never_split(tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", 'offer_id,price\nA,"199,90"\nB,199,90\nC,5\n')
    loaded = load(path, "csv", OZON_PRICES, Options())
    assert [r.item for r in loaded.records] == [
        {"offer_id": "A", "price": "199.90"},
        {"offer_id": "C", "price": "5"},
    ]
    [bad] = loaded.malformed
    assert bad.line == 3 and bad.message.startswith("too many columns: 3 values for 2 columns")
    assert "a decimal comma?" in bad.message and bad.row == {"_raw": "B,199,90"}


def test_yandex_prices_take_decimal_commas(tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", "offer_id;price;currency_id;discount_base\nA;1 990,50;RUR;2500\n")
    [item] = items(path, kind_for("yandex", "prices"))
    assert item == {"offer_id": "A", "price": {"value": 1990.5, "currency_id": "RUR", "discount_base": 2500}}


def test_the_cli_takes_encoding_and_delimiter_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "s.txt", "offer_id|warehouse_id|stock\nÄ|1|5\n".encode("latin-1"))
    args = ["push", "stocks", str(path), "-m", "ozon", "--format", "csv", "--dry-run"]
    assert main([*args, "--encoding", "latin-1", "--delimiter", "|"]) == 0
    assert "read as latin-1, '|'-separated" in capsys.readouterr().out
    assert main([*args, "--encoding", "no-such-codec"]) == 2
    assert "unknown encoding 'no-such-codec'" in capsys.readouterr().err
    tabs = write(tmp_path / "t.csv", "offer_id,x\tstock\twarehouse_id\nA,1\t5\t1\n")
    assert main(["push", "stocks", str(tabs), "-m", "ozon", "--dry-run", "--delimiter", "tab"]) == 2
    assert "unknown column(s) offer_id,x" in capsys.readouterr().err


# --- broken rows -------------------------------------------------------------------------------


def test_an_unclosed_quote_is_reported_on_its_line_and_the_rows_after_it_are_read(tmp_path: Path) -> None:
    rows = [f"A{i},1,{i}" for i in range(2, 10)]
    text = "offer_id,warehouse_id,stock\n" + "\n".join(rows) + '\n"A10,1,10\nA11,1,11\nA12,1,12\n'
    loaded = load(write(tmp_path / "s.csv", text), "csv", OZON_STOCKS, Options())
    assert [(m.line, m.message) for m in loaded.malformed] == [
        (10, "unclosed quote: the quoted value that starts on this line never ends")
    ]
    assert loaded.malformed[0].row == {"_raw": '"A10,1,10'}
    assert [r.line for r in loaded.records] == [*range(2, 10), 11, 12]


def test_a_quote_closed_rows_later_is_an_unclosed_quote_on_the_line_it_opened(tmp_path: Path) -> None:
    text = 'offer_id,warehouse_id,stock\nA,1,1\n"B,1,2\nC,1,3\n"D" x,1,4\nE,1,5\n'
    loaded = load(write(tmp_path / "s.csv", text), "csv", OZON_STOCKS, Options())
    assert [(m.line, m.message.split(":")[0]) for m in loaded.malformed] == [
        (3, "unclosed quote"),
        (5, "misplaced quote (',' expected after '\"')"),
    ]
    assert "runs on to line 5" in loaded.malformed[0].message
    assert [r.key[1] for r in loaded.records] == ["A", "C", "E"]


def test_a_row_with_too_many_columns_stays_that_when_its_failed_file_is_pushed(tmp_path: Path) -> None:
    source = write(tmp_path / "s.csv", "offer_id,warehouse_id,stock\nA,1,5,extra\nB,1,6\n")
    loaded = load(source, "csv", OZON_STOCKS, Options())
    [bad] = loaded.malformed
    assert bad.message.startswith("too many columns: 4 values for 3 columns")
    failed = failed_path_for(source)
    assert _write_failed(failed, source, loaded.malformed, [])
    again = load(failed, "jsonl", OZON_STOCKS, Options())
    [still] = again.malformed
    assert still.message.startswith("too many columns: 4 values for 3 columns")
    assert still.message.endswith("; write its fields in place of _raw") and still.row == {
        "_raw": "A,1,5,extra"
    }
    assert _write_failed(failed, failed, again.malformed, [])  # and the note is not repeated
    [third] = load(failed, "jsonl", OZON_STOCKS, Options()).malformed
    assert third.message == still.message


def test_the_failed_file_of_a_failed_file_is_itself() -> None:
    for given, expected in (
        ("rows.csv", "rows.failed.jsonl"),
        ("rows.failed.jsonl", "rows.failed.jsonl"),
        ("rows.csv.failed.jsonl", "rows.failed.jsonl"),  # the name earlier versions wrote
        ("rows.JSONL", "rows.failed.jsonl"),
        ("rows.txt", "rows.txt.failed.jsonl"),
        (".csv", ".csv.failed.jsonl"),
    ):
        assert failed_path_for(Path("/d") / given) == Path("/d") / expected, given


def test_a_failed_file_pushed_again_is_rewritten_in_place(tmp_path: Path) -> None:
    failed = write(tmp_path / "rows.failed.jsonl", '{"offer_id": "A", "warehouse_id": 1, "stock": -1}\n')
    loaded = load(failed, "jsonl", OZON_STOCKS, Options())
    assert _write_failed(failed_path_for(failed), failed, loaded.malformed, [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.failed.jsonl"]
    assert json.loads(failed.read_text())["_error"].startswith("stock: must be >= 0")


# --- help ---------------------------------------------------------------------------------------


def test_push_help_lists_the_columns_of_every_kind_and_the_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["push", "--help"]) == 0
    text = capsys.readouterr().out
    for market, what, business, label in KINDS:
        kind = kind_for(market, what, business=business)
        block = re.split(r"\n  ?\S", text.split(f"\n  {label}\n", 1)[1], maxsplit=1)[0]
        named = {word.strip(",()") for word in block.split()} & kind.fields | {"value"} & kind.fields
        if kind.endpoint == "updateStocks":  # known only to say that stocks per warehouse take --business
            assert named == kind.fields - {"warehouse_id", "partner_warehouse_id"}, label
        else:
            assert named == kind.fields, label
    assert "\n  3        authentication failed (HTTP 401/403)" in text
    assert "semicolon" in text and "Windows-1251" in text and "1 990,50" in text


def test_every_kind_reads_a_file_with_only_its_required_columns(tmp_path: Path) -> None:
    values = {
        "offer_id": "A",
        "warehouse_id": "1",
        "stock": "5",
        "sku": "7",
        "code": "K1",
        "count": "3",
        "price": "10",
        "currency_id": "RUR",
        "id": "1",
        "slip": "s",
        "activate_till": "2027-01-01",
    }
    for market, what, business, label in KINDS:
        kind = kind_for(market, what, business=business)
        columns = [c.split(" ", 1)[0] for c in kind.required if c.split(" ", 1)[0] in values]
        if what == "prices" and market == "ozon":
            columns.append("price")
        path = write(
            tmp_path / "f.csv", ",".join(columns) + "\n" + ",".join(values[c] for c in columns) + "\n"
        )
        loaded = load(path, "csv", kind, Options())
        assert len(loaded.records) == 1 and not loaded.malformed, (label, loaded.malformed)


def test_sandbox_help_gives_the_demo_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "--help"]) == 0
    text = capsys.readouterr().out
    assert "Client-Id demo, Api-Key demo-key" in text and "Api-Key demo-token" in text
    assert "export OZON_CLIENT_ID=demo OZON_API_KEY=demo-key YANDEX_MARKET_API_KEY=demo-token" in text


# --- the journal's times -----------------------------------------------------------------------

TARGET = {"marketplace": "ozon", "endpoint": "v2/products/stocks", "base_url": "x", "account": "c1"}


def test_the_journal_keeps_when_each_key_was_confirmed(tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "offer_id,warehouse_id,stock\nA,1,5\nB,1,6\n")
    a, b = load(path, "csv", OZON_STOCKS, Options()).records
    journal = Journal.read(tmp_path / "j", TARGET)
    journal.start()
    before = time.time()
    journal.add([a])
    journal.close()
    again = Journal.read(tmp_path / "j", TARGET)
    when = again.confirmed_at(a)
    assert when is not None and before - 0.01 <= when <= time.time() + 0.01
    assert again.confirmed_at(b) is None


def test_a_version_1_journal_is_read_and_rewritten_as_version_2(tmp_path: Path) -> None:
    old = tmp_path / "j"
    header = {"journal": "marketplace-async push", "version": 1, "target": TARGET}
    old.write_text(json.dumps(header) + '\n[["offer","A",1],5]\n')
    path = write(tmp_path / "s.csv", "offer_id,warehouse_id,stock\nA,1,5\nB,1,6\n")
    a, b = load(path, "csv", OZON_STOCKS, Options()).records
    journal = Journal.read(old, TARGET)
    assert journal.confirms(a) and journal.confirmed_at(a) is None
    journal.start()
    journal.add([b])
    journal.close()
    lines = old.read_text().splitlines()
    assert json.loads(lines[0])["version"] == 2 and lines[1] == '[["offer","A",1],5]'
    again = Journal.read(old, TARGET)
    assert again.confirms(a) and again.confirms(b) and again.confirmed_at(b) is not None


def test_a_held_pair_waits_at_most_one_window_even_if_the_clock_went_back(tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "offer_id,warehouse_id,stock\nA,1,5\nB,1,6\n")
    a, b = load(path, "csv", OZON_STOCKS, Options()).records
    header = {"journal": "marketplace-async push", "version": 2, "target": TARGET}
    now = time.time()
    lines = [
        json.dumps(header),
        f'[["offer","A",1],4,{now + 100:.3f}]',
        f'[["offer","B",1],5,{now - 10:.3f}]',
    ]
    (tmp_path / "j").write_text("\n".join(lines) + "\n")
    journal = Journal.read(tmp_path / "j", TARGET)
    held = _push._held(_push.Target(OZON_STOCKS, None, None, None, None, None), journal, [a, b], 1.0)
    assert [r.key[1] for _, r in held.recent] == ["B", "A"] and held.window == 30.0  # oldest first
    assert 19.0 <= held.wait(time.time()) <= 30.0  # A: one window from now, not from a time to come


# --- progress in a log -------------------------------------------------------------------------


@pytest.mark.looptime
async def test_progress_lines_in_a_log_come_every_few_seconds_from_the_start_with_a_steady_eta() -> None:
    stream = io.StringIO()
    console = Console(file=stream, width=200)  # not a terminal: plain lines
    with Bars(console, quiet=False) as bars:
        task = bars.add("Ozon stocks", 10_000, planned=60.0)  # 100 requests at 80 a minute
        await asyncio.sleep(0.5)
        bars.advance(task, 8_000)  # the first window's 80 requests at once
        await asyncio.sleep(59.0)
        bars.advance(task, 2_000)  # the rest when the window lets them go
        await asyncio.sleep(3 * PLAIN_EVERY)
    lines = stream.getvalue().splitlines()
    elapsed = [float(re.findall(r", ([\d.]+) s\b", line)[0]) for line in lines]
    ticks = [PLAIN_EVERY * i for i in range(int(59.5 // PLAIN_EVERY) + 1)]  # 0, 5, ..., 55
    assert elapsed == [*ticks, 59.5]  # from the start, steady, then the last line when done
    assert lines[-1].startswith("Ozon stocks: 10,000/10,000 (100%)")
    etas = [float(line.rsplit("ETA ", 1)[1].split(" ")[0]) for line in lines if "ETA" in line]
    assert etas[0] == 60 and all(later <= earlier for earlier, later in itertools.pairwise(etas))


def test_the_terminal_bar_counts_down_by_the_plan_too() -> None:
    clock = [0.0]
    progress = Progress(get_time=lambda: clock[0])
    task_id = progress.add_task("Ozon stocks", total=10_000, planned=60.0)
    clock[0] = 1.0
    progress.advance(task_id, 8_000)  # a burst: rich's own estimate would say a fraction of a second
    assert str(_Eta().render(progress.tasks[0])) == "59 s"


def test_the_eta_follows_the_plan_until_the_pace_is_slower() -> None:
    assert remaining(8_000, 10_000, 1.0, 60.0) == 59.0  # a burst promises 0.25 s; the limits say 59
    assert remaining(5_000, 10_000, 100.0, 60.0) == 100.0  # slower than the limits: the pace rules
    assert remaining(0, 10, 0.0, None) == 0.0


# --- a refused credential ----------------------------------------------------------------------


def test_an_auth_error_raised_by_the_upload_is_one_line_and_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The client raises AuthError (with the result so far) when nothing of an upload could be sent."""
    source = write(
        tmp_path / "s.csv", "offer_id,warehouse_id,stock\n" + "".join(f"A{i},1,{i}\n" for i in range(300))
    )

    async def refused(target: Any, client: Any, items: Any, on_batch: Any) -> BulkResult:
        first = [next(items) for _ in range(100)]
        taken = [next(items) for _ in range(100)]  # in a batch that was never sent
        error = AuthError(
            "Invalid Api-Key, please contact support", status=403, endpoint="v2/products/stocks"
        )
        result = BulkResult(endpoint="v2/products/stocks")
        result.received = 200
        result.failed = [
            ItemFailure(item, FailureReason.BATCH, message=str(error), error=error) for item in first
        ] + [ItemFailure(item, FailureReason.CANCELLED, message="not sent") for item in taken]
        error.result = result  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(_push, "_call", refused)
    monkeypatch.setenv("OZON_CLIENT_ID", "client-123456")
    monkeypatch.setenv("OZON_API_KEY", "wrong-key-123456")
    code = main(["push", "stocks", str(source), "-m", "ozon", "--base-url", NOWHERE, "--quiet"])
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    assert err.splitlines() == [
        "authentication failed (HTTP 403: Invalid Api-Key, please contact support): "
        "check OZON_API_KEY and OZON_CLIENT_ID"
    ]
    assert "not sent" in out and "300" in out and not failed_path_for(source).exists()
