"""The command line without a network: file parsing, the journal, dry runs, usage errors, limits."""

from __future__ import annotations

import io
import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketplace_async import Rate, Unit
from marketplace_async._cli import main
from marketplace_async._cli._console import Redacting
from marketplace_async._cli._demo import used_share
from marketplace_async._cli._journal import Journal
from marketplace_async._cli._push import _write_failed
from marketplace_async._cli._records import Options, UsageError, kind_for, load
from marketplace_async._results import FailureReason, ItemFailure

OZON_STOCKS = kind_for("ozon", "stocks")
NOWHERE = "http://127.0.0.1:9"  # discard port: nothing listens, so a request would fail loudly


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OZON_CLIENT_ID", "OZON_API_KEY", "YANDEX_MARKET_API_KEY"):
        monkeypatch.delenv(name, raising=False)


# --- reading files -----------------------------------------------------------------------------


def test_csv_rows_become_client_items_keyed_as_the_client_keys_them(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "s.csv",
        "\ufeffOfferId,product_id,warehouse_id,stock,_note\n"
        "A1,,1,5,x\n"
        ",123,2,0,\n"
        "A2,77,1,999999,\n",  # both ids: offer_id wins, so it names the pair
    )
    loaded = load(path, "csv", OZON_STOCKS, Options())
    assert not loaded.malformed and loaded.rows == 3
    assert [(r.line, r.key, r.value, r.item) for r in loaded.records] == [
        (2, ("offer", "A1", 1), 5, {"offer_id": "A1", "warehouse_id": 1, "stock": 5}),
        (3, ("product", 123, 2), 0, {"product_id": 123, "warehouse_id": 2, "stock": 0}),
        (
            4,
            ("offer", "A2", 1),
            999999,
            {"offer_id": "A2", "product_id": 77, "warehouse_id": 1, "stock": 999999},
        ),
    ]


def test_malformed_rows_are_reported_by_line_and_never_stop_the_rest(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "s.csv",
        "offer_id,warehouse_id,stock\n"
        "A1,1,5\n"
        "\n"  # blank lines count for line numbers but are not rows
        "A2,one,5\n"
        'A3,1,"7"\n'
        "A4,1,5,extra\n"
        ",1,5\n"
        "A5,1,1000000\n"
        '"A\n6",1,-1\n'  # a quoted newline: the row starts on line 9
        "A7,2,3\n",
    )
    loaded = load(path, "csv", OZON_STOCKS, Options())
    assert [(m.line, m.message) for m in loaded.malformed] == [
        (4, 'warehouse_id: expected an integer, got "one"'),
        (
            6,
            "too many columns: 4 values for 3 columns; a comma inside a value must be quoted (a decimal comma?"
            " quote the value, or save the file with ; as the separator)",
        ),
        (7, "offer_id or product_id: one is required"),
        (8, "stock: must be < 1,000,000, got 1000000"),
        (9, "stock: must be >= 0, got -1"),
    ]
    assert [(r.line, r.key) for r in loaded.records] == [
        (2, ("offer", "A1", 1)),
        (5, ("offer", "A3", 1)),
        (11, ("offer", "A7", 2)),
    ]


def test_jsonl_malformed_lines_and_unknown_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "p.jsonl",
        '{"offer_id": "A", "price": "199.90", "old_price": 250, "vat": "0.2"}\n'
        "{oops\n"
        "[1, 2]\n"
        '{"offer_id": "B", "prise": "1"}\n'
        '{"offer_id": "C", "price": 19.999}\n'
        '{"offer_id": "D", "price": 19.9, "min_price_for_auto_actions_enabled": "yes", "_error": "x"}\n',
    )
    loaded = load(path, "jsonl", kind_for("ozon", "prices"), Options())
    assert [m.line for m in loaded.malformed] == [2, 3, 4, 5]
    assert "not valid JSON" in loaded.malformed[0].message
    assert loaded.malformed[1].message == "expected a JSON object, got list"
    assert loaded.malformed[2].message == "unknown field(s) prise"
    assert "up to 2 decimals" in loaded.malformed[3].message
    a, d = loaded.records
    assert a.item == {"offer_id": "A", "price": "199.90", "old_price": "250", "vat": "0.2"}
    # JSON numbers are read as decimals, so 19.9 reaches Ozon as the string "19.9", never a float.
    assert d.item == {"offer_id": "D", "price": "19.9", "min_price_for_auto_actions_enabled": True}


def test_yandex_prices_flat_and_nested_rows_are_one_item(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "p.jsonl",
        '{"offer_id": "A", "price": 1990, "currency_id": "RUR", "vat": 6}\n'
        '{"offerId": "B", "price": {"value": 19.90, "currencyId": "RUR", "discountBase": 25}}\n'
        '{"offer_id": "C", "price": 5, "currency_id": "rub"}\n',
    )
    loaded = load(path, "jsonl", kind_for("yandex", "prices"), Options())
    a, b = loaded.records
    assert a.item == {"offer_id": "A", "price": {"value": 1990, "currency_id": "RUR", "vat": 6}}
    assert type(a.item["price"]["value"]) is int  # 1990 goes out as 1990, not 1990.0
    assert b.item == {"offer_id": "B", "price": {"value": 19.9, "currency_id": "RUR", "discount_base": 25}}
    assert b.row == {"offer_id": "B", "price": 19.9, "currency_id": "RUR", "discount_base": 25}
    assert [(m.line, m.message) for m in loaded.malformed] == [
        (3, "currency_id: expected 3 capital letters (RUR), got 'rub'")
    ]


def test_the_last_row_of_a_key_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "sku,count\nA,1\nB,2\n A ,3\n")
    loaded = load(path, "csv", kind_for("yandex", "stocks"), Options())
    assert loaded.replaced == 1
    assert [(r.line, r.key, r.value) for r in loaded.records] == [
        (3, ("B",), [2, None]),
        (4, ("A",), [3, None]),
    ]


def test_yandex_code_rows_merge_into_one_item_per_id(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "c.csv",
        "id,code,slip,activate_till\n"
        "1,K1,,\n"
        "2,K2,Use it well,2027-01-31\n"
        "1,K3,,\n"
        "1,K1,,\n"  # the same code twice for one item
        "2,K4,Another slip,2027-01-31\n",  # disagrees with line 3
    )
    options = Options(slip="Default slip", activate_till="2026-12-31")
    loaded = load(path, "csv", kind_for("yandex", "codes"), options)
    assert [r.item for r in loaded.records] == [
        {"id": 1, "codes": ["K1", "K3"], "slip": "Default slip", "activate_till": "2026-12-31"},
        {"id": 2, "codes": ["K2"], "slip": "Use it well", "activate_till": "2027-01-31"},
    ]
    assert [m.line for m in loaded.malformed] == [5, 6]
    assert "differs" in loaded.malformed[1].message and "line 3" in loaded.malformed[1].message


def test_ozon_code_rows_count_their_exemplars(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "c.jsonl",
        '{"sku": 7, "code": "A"}\n{"sku": 7, "code": "B", "not_available_exemplar_qty": 1}\n'
        '{"sku": 8, "codes": ["C", "D"]}\n'
        '{"sku": 8, "codes": ["E", "C"]}\n'  # C again: the whole row is refused, E included
        '{"sku": 9, "codes": ["F", "F"]}\n',
    )
    loaded = load(path, "jsonl", kind_for("ozon", "codes"), Options())
    assert [r.item for r in loaded.records] == [
        {"sku": 7, "exemplar_qty": 2, "not_available_exemplar_qty": 1, "exemplar_keys": ["A", "B"]},
        {"sku": 8, "exemplar_qty": 2, "not_available_exemplar_qty": 0, "exemplar_keys": ["C", "D"]},
    ]
    assert [(m.line, m.message.split(":")[0]) for m in loaded.malformed] == [(4, "code"), (5, "codes")]


def test_failed_file_reads_back_as_the_same_items(tmp_path: Path) -> None:
    """The failed-items file is input: its ``_line``/``_error`` notes are ignored on reading."""
    for market, what, text in (
        ("ozon", "stocks", "offer_id,product_id,warehouse_id,stock\nA,,1,5\n,9,2,6\n"),
        ("ozon", "prices", "offer_id,price,old_price,auto_action_enabled\nA,10.50,12,enabled\n"),
        ("yandex", "prices", "offer_id,price,currency_id,discount_base\nA,10.5,RUR,20\n"),
        ("yandex", "codes", "id,code,slip,activate_till\n1,K1,S,2027-01-01\n1,K2,S,2027-01-01\n"),
        ("ozon", "codes", "sku,code\n5,K1\n5,K2\n"),
    ):
        kind = kind_for(market, what)
        source = write(tmp_path, f"{market}-{what}.csv", text)
        loaded = load(source, "csv", kind, Options())
        failures = [(r, ItemFailure(r.item, FailureReason.API, "E", "refused")) for r in loaded.records]
        out = tmp_path / f"{market}-{what}.failed.jsonl"
        assert _write_failed(out, source, [], failures)
        again = load(out, "jsonl", kind, Options())
        assert not again.malformed, (market, what, again.malformed)
        assert [(r.key, r.value, r.item) for r in again.records] == [
            (r.key, r.value, r.item) for r in loaded.records
        ]
        assert all(json.loads(line)["_error"] == "api [E]: refused" for line in out.read_text().splitlines())


def test_a_run_without_failures_removes_an_old_failed_file_but_never_the_input(tmp_path: Path) -> None:
    source = write(tmp_path, "s.csv", "offer_id,warehouse_id,stock\n")
    old = write(tmp_path, "s.csv.failed.jsonl", "{}\n")
    assert not _write_failed(old, source, [], [])
    assert not old.exists()
    assert not _write_failed(source, source, [], [])
    assert source.exists()


# --- the journal -------------------------------------------------------------------------------

TARGET = {"marketplace": "ozon", "endpoint": "v2/products/stocks", "base_url": "x", "account": "c1"}


def test_journal_confirms_a_key_with_its_last_value_only(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "offer_id,warehouse_id,stock\nA,1,5\nB,1,6\n")
    first = load(path, "csv", OZON_STOCKS, Options()).records
    journal = Journal.read(tmp_path / "j", TARGET)
    journal.start()
    journal.add(first)
    journal.close()
    write(tmp_path, "s.csv", "offer_id,warehouse_id,stock\nA,1,5\nB,1,7\nC,1,1\n")
    second = load(path, "csv", OZON_STOCKS, Options()).records
    again = Journal.read(tmp_path / "j", TARGET)
    assert [again.confirms(r) for r in second] == [True, False, False]  # B changed, C is new
    with (tmp_path / "j").open("a") as f:
        f.write('[["offer","C",1],')  # a line cut short by a crash
    assert Journal.read(tmp_path / "j", TARGET).ignored_lines == 1


def test_journal_of_another_target_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "offer_id,warehouse_id,stock\nA,1,5\n")
    journal = Journal.read(tmp_path / "j", TARGET)
    journal.start()
    journal.add(load(path, "csv", OZON_STOCKS, Options()).records)
    journal.close()
    with pytest.raises(UsageError, match="belongs to another push"):
        Journal.read(tmp_path / "j", {**TARGET, "account": "c2"})
    assert len(Journal.read(tmp_path / "j", {**TARGET, "account": None}, ignore=("account",))) == 1


def test_a_journal_that_confirms_nothing_is_taken_over_by_the_next_push(tmp_path: Path) -> None:
    """A run refused for a wrong key leaves a journal of that key's account: the right key's run is the same push."""
    journal = Journal.read(tmp_path / "j", TARGET)
    journal.start()
    journal.close()
    ours = {**TARGET, "account": "c2"}
    taken = Journal.read(tmp_path / "j", ours)
    assert len(taken) == 0
    taken.start()
    taken.close()
    assert json.loads((tmp_path / "j").read_text().splitlines()[0])["target"] == ours
    write(tmp_path, "other", "hello\n")
    with pytest.raises(UsageError, match="not a marketplace-async journal"):
        Journal.read(tmp_path / "other", TARGET)


# --- the command, without a network -------------------------------------------------------------


def test_dry_run_shows_the_batches_and_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(f"A{i},1,{i}\n" for i in range(250))
    path = write(tmp_path, "s.csv", "offer_id,warehouse_id,stock\n" + rows + "B,x,1\n")
    code = main(["push", "stocks", str(path), "-m", "ozon", "--dry-run", "--base-url", NOWHERE])
    out, err = capsys.readouterr()
    assert code == 1  # a malformed row
    assert "line 252: warehouse_id: expected an integer" in err
    assert "Dry run: nothing is sent." in out
    assert "would send 250 items in 3 requests" in out
    assert " 50 " in out.splitlines()[-1]  # the last request holds the rest
    assert not (tmp_path / "s.csv.journal").exists() and not (tmp_path / "s.failed.jsonl").exists()

    clean = write(tmp_path, "ok.jsonl", '{"sku": "A", "count": 1}\n')
    assert main(["push", "stocks", str(clean), "-m", "yandex", "--campaign", "5", "--dry-run"]) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["push", "stocks", "{f}", "-m", "yandex"], "exactly one of --campaign and --business"),
        (["push", "stocks", "{f}", "-m", "yandex", "--campaign", "1", "--business", "2"], "exactly one"),
        (["push", "codes", "{f}", "-m", "yandex", "--campaign", "1"], "need --campaign and --order"),
        (["push", "codes", "{f}", "-m", "ozon"], "need --posting"),
        (["push", "stocks", "{f}", "-m", "ozon", "--campaign", "1"], "Yandex options"),
        (["push", "stocks", "{f}", "-m", "ozon"], "set OZON_CLIENT_ID"),
        (["push", "stocks", "{d}/missing.csv", "-m", "ozon", "--dry-run"], "no such file"),
        (["push", "stocks", "{d}/s.txt", "-m", "ozon", "--dry-run"], "--format csv|jsonl"),
        (["push", "stocks", "{d}/bad.csv", "-m", "ozon", "--dry-run"], "unknown column(s) stok"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    f = write(tmp_path, "s.csv", "offer_id,warehouse_id,stock\nA,1,1\n")
    write(tmp_path, "s.txt", "")
    write(tmp_path, "bad.csv", "offer_id,warehouse_id,stok\n")
    code = main([a.format(f=f, d=tmp_path) for a in argv])
    assert code == 2
    assert message in capsys.readouterr().err


def test_argparse_errors_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", "stocks"]) == 2
    assert main(["push", "stocks", "x.csv", "-m", "ozon", "--campaign", "-3"]) == 2
    assert main(["--help"]) == 0
    assert "demo" in capsys.readouterr().out


def test_limits_prints_each_figure_with_its_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["limits", "--marketplace", "ozon", "products/stocks"]) == 0
    out = capsys.readouterr().out
    assert "80 req/min per endpoint" in out and "100 items/request" in out
    assert "https://docs.ozon.ru/api/seller/#operation/ProductAPI_Products" in out
    assert "50 req/s per account" in out and "22 May 2025" in out
    assert main(["limits", "updatePrices"]) == 0  # a Yandex operationId
    out = capsys.readouterr().out
    assert "10000 items/min" in out and "12 in parallel" in out and "Ozon" not in out
    assert main(["limits", "no-such-method"]) == 1


def test_redacting_stream_blanks_credentials() -> None:
    sink = io.StringIO()
    stream = Redacting(sink, ["s3cr3t-api-key", "demo"])
    stream.write("key s3cr3t-api-key for demo")
    assert sink.getvalue() == "key *** for demo"  # too short to blank without mangling words


# --- the demo's share of a limit ----------------------------------------------------------------


def test_used_share_of_a_sender_always_at_the_limit() -> None:
    rate = Rate(80, 60.0)
    # 200 requests: 80 at once, 80 a window later, 40 two windows later: all the limit allows.
    arrivals = [(0.0, 100, 200)] * 80 + [(60.0, 100, 200)] * 80 + [(120.0, 100, 200)] * 40
    assert used_share(arrivals, rate, 1.0) == pytest.approx(1.0)
    # The same at half the pace uses half, and a refused request (status 429) counts for nothing.
    slow = [(t * 2, n, s) for t, n, s in arrivals] + [(1.0, 100, 429)]
    assert used_share(slow, rate, 1.0) == pytest.approx(200 / (80 * 4 + 40))
    assert used_share(arrivals[:80], rate, 1.0) is None  # one window holds it all: never held back
    items = Rate(1000, 60.0, Unit.ITEMS)
    assert used_share([(0.0, 500, 200), (0.0, 500, 200), (30.0, 500, 200)], items, 2.0) == pytest.approx(1.0)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 30), st.lists(st.floats(0.0, 3.0), min_size=2, max_size=120), st.randoms())
def test_used_share_never_exceeds_one_within_the_limit(
    amount: int, gaps: list[float], rng: random.Random
) -> None:
    """Any schedule the sliding window admits scores at most 1.0."""
    window = 1.0
    times: list[float] = []
    now = 0.0
    for gap in gaps:
        now += gap * rng.random()
        if len(times) >= amount:
            now = max(now, times[-amount] + window)  # the earliest the window admits another
        times.append(now)
    share = used_share([(t, 1, 200) for t in times], Rate(amount, window), 1.0)
    assert share is None or share <= 1.0 + 1e-9


def test_decimal_parsing_keeps_money_exact(tmp_path: Path) -> None:
    path = write(tmp_path, "p.jsonl", '{"offer_id": "A", "price": 0.1, "old_price": 1E+2}\n')
    (record,) = load(path, "jsonl", kind_for("ozon", "prices"), Options()).records
    assert record.item["price"] == "0.1" and Decimal(record.item["old_price"]) == 100


def test_dry_run_counts_what_the_journal_confirms_and_restart_ignores_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "s.jsonl", '{"sku": "A", "count": 1}\n{"sku": "B", "count": 2}\n')
    records = load(path, "jsonl", kind_for("yandex", "stocks"), Options()).records
    target = {
        "marketplace": "yandex",
        "endpoint": "updateStocks",
        "base_url": "default",
        "account": None,
        "campaign": 5,
        "business": None,
        "order": None,
        "posting": None,
    }
    journal = Journal.read(tmp_path / "s.jsonl.journal", target)
    journal.start()
    journal.add(records[:1])
    journal.close()
    argv = ["push", "stocks", str(path), "-m", "yandex", "--dry-run"]
    assert main([*argv, "--campaign", "5"]) == 0
    assert "1 already confirmed" in capsys.readouterr().out
    assert main([*argv, "--campaign", "6"]) == 2  # another campaign's journal
    assert "belongs to another push" in capsys.readouterr().err
    assert main([*argv, "--campaign", "6", "--restart"]) == 0
    assert "would send 2 items in 1 request;" in capsys.readouterr().out
