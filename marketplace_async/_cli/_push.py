"""``marketplace-async push stocks|prices|codes FILE``: a file to a marketplace, resumable, every item accounted for.

1. Read every row; a malformed one is reported with its line number and the rest go on.
2. Skip what the journal confirms (same key, same value).
3. Push the rest through the client, which keeps to the limits; each confirmed batch is
   journalled at once (``on_batch``) with its time. A pair under a per-item limit that the
   journal confirmed within its window (Ozon: 30 s per stock pair) is held until it is due.
4. Write the items that failed, with their reason, as JSONL that can be pushed again.

Ctrl-C (or SIGTERM) stops gracefully: requests on the wire finish and are journalled, nothing new
is sent (see ``_stop.py``); a second Ctrl-C aborts at once. Exit codes: 0 every item confirmed,
1 some failed or were malformed, 2 usage error, 3 the marketplace refused the credentials,
128 + signal number when interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import codecs
import json
import math
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .._errors import AuthError, ValidationError
from .._limits import Endpoint, LimitsTable, Scope, Unit
from .._ozon.client import OzonClient, account_fingerprint
from .._ozon.endpoints import OZON_LIMITS
from .._results import BatchOutcome, BulkResult, FailureReason, ItemFailure
from .._sqlite import SqliteBackend
from .._yandex.client import YandexMarketClient
from .._yandex.operations import YANDEX_LIMITS
from ._console import Bars, make_console
from ._journal import Journal
from ._records import (
    EXTENSIONS,
    FORMATS,
    Kind,
    Loaded,
    Malformed,
    Options,
    Reading,
    Record,
    UsageError,
    columns_help,
    delimiter_name,
    detect_format,
    encoding_name,
    kind_for,
    load,
)
from ._stop import Interrupted, Stopper

ENV = {"ozon": ("OZON_CLIENT_ID", "OZON_API_KEY"), "yandex": ("YANDEX_MARKET_API_KEY",)}
LIMITS_DB_ENV = "MARKETPLACE_ASYNC_LIMITS_DB"
SHOWN_PROBLEMS = 20  # malformed rows and failures listed on screen; all of them go to the failed file
SHOWN_BATCHES = 10
EXIT_AUTH = 3  # the marketplace refused the credentials (401/403): nothing more was sent
EXIT_CODES = """exit codes:
  0        every item confirmed (now or by an earlier run)
  1        some items failed or rows were malformed: they are in the failed file, with the reason
  2        usage error: nothing was sent
  3        authentication failed (HTTP 401/403): nothing more was sent; fix the credentials, then
           run the same command again
  130/143  interrupted (Ctrl-C/SIGTERM): run the same command again to send the rest"""
SANDBOX_HINT = "To try it on this machine: run `marketplace-async sandbox` in another terminal and follow what it prints."

Client = OzonClient | YandexMarketClient


def add_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "push",
        help="push stocks, prices or digital codes from a CSV or JSONL file",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Push a CSV or JSONL file. Credentials come from the environment: OZON_CLIENT_ID and\n"
            "OZON_API_KEY, or YANDEX_MARKET_API_KEY. Items are journalled as they are confirmed, so a\n"
            "re-run sends only what is left or changed; an Ozon stock pair confirmed less than 30 s\n"
            "before is held until Ozon accepts it again. Failed rows go to FILE.failed.jsonl (rows.csv:\n"
            "rows.failed.jsonl), which can be fixed and pushed as it is.\n\n"
            "A CSV may be comma-, semicolon- or tab-separated (detected from the header; --delimiter\n"
            "sets it) and UTF-8 (with or without BOM) or Windows-1251 (detected; --encoding sets it),\n"
            "as Excel saves it. Prices may have a decimal comma and spaces: 1990.50, 1990,50, 1 990,50."
        ),
        epilog=f"{columns_help()}\n\n{EXIT_CODES}\n\n{SANDBOX_HINT}",
    )
    p.add_argument("what", choices=("stocks", "prices", "codes"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--marketplace", "-m", choices=("ozon", "yandex"), required=True)
    p.add_argument("--campaign", type=_positive, help="Yandex campaign id (stocks, prices, codes)")
    p.add_argument(
        "--business",
        type=_positive,
        help="Yandex business id: stocks per partner warehouse (v3) or business-wide prices",
    )
    p.add_argument("--order", type=_positive, help="Yandex order id, for codes")
    p.add_argument("--posting", help="Ozon posting number, for codes")
    p.add_argument("--slip", help="Yandex codes: slip text for rows that have none")
    p.add_argument("--activate-till", help="Yandex codes: YYYY-MM-DD for rows that have none")
    p.add_argument("--base-url", help="API base URL (default: the marketplace's; a sandbox's URL for tests)")
    p.add_argument("--format", choices=FORMATS, help="input format (default: from the extension)")
    p.add_argument(
        "--encoding",
        type=_encoding,
        help="text encoding, e.g. cp1251 or utf-8 (default: detected; UTF-8 or Windows-1251)",
    )
    p.add_argument(
        "--delimiter",
        type=_delimiter,
        help="CSV separator: ',', ';' or tab (default: detected from the header)",
    )
    p.add_argument("--dry-run", action="store_true", help="check the file and show the batches; send nothing")
    p.add_argument(
        "--failed-out", type=Path, help="failed rows, as JSONL (default: rows.failed.jsonl for rows.csv)"
    )
    p.add_argument("--journal", type=Path, help="journal of confirmed items (default: FILE.journal)")
    p.add_argument("--restart", action="store_true", help="ignore and replace the journal: send everything")
    p.add_argument(
        "--limits-db",
        type=Path,
        help=f"file that remembers what was sent within each limit's window, shared by every push on this "
        f"machine, so a re-run sends nothing the marketplace would refuse (default: ${LIMITS_DB_ENV}, "
        f"else {default_limits_db()})",
    )
    p.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="divide every documented window; only against a sandbox run with the same value",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(run=run)


def default_limits_db() -> Path:
    """Under the user's cache directory: $XDG_CACHE_HOME, else ~/.cache (%LOCALAPPDATA% on Windows)."""
    cache = os.environ.get("XDG_CACHE_HOME") or (os.name == "nt" and os.environ.get("LOCALAPPDATA"))
    return Path(cache or Path.home() / ".cache") / "marketplace_async" / "limits.sqlite3"


def limits_db(args: argparse.Namespace) -> Path:
    return args.limits_db or Path(os.environ.get(LIMITS_DB_ENV) or default_limits_db())


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return value


def _encoding(text: str) -> str:
    try:
        codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {text!r} (e.g. utf-8, cp1251)") from None
    return text


def _delimiter(text: str) -> str:
    value = "\t" if text.lower() in ("tab", "\\t") else text
    if len(value) != 1 or value in '"\r\n':
        raise argparse.ArgumentTypeError(f"expected one character such as ',' ';' or 'tab', got {text!r}")
    return value


def failed_path_for(source: Path) -> Path:
    """``rows.csv`` → ``rows.failed.jsonl``; pushing ``rows.failed.jsonl`` again writes to it again."""

    def strip(name: str, suffixes: Iterable[str]) -> str:
        found = next((s for s in suffixes if name.lower().endswith(s) and len(name) > len(s)), "")
        return name[: len(name) - len(found)]

    # twice through the extensions: rows.csv.failed.jsonl, an older name, gives rows.failed.jsonl too
    name = strip(strip(strip(source.name, EXTENSIONS), (".failed",)), EXTENSIONS)
    return source.with_name(name + ".failed.jsonl")


# --- the target ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    kind: Kind
    base_url: str | None
    campaign: int | None
    business: int | None
    order: int | None
    posting: str | None

    @property
    def label(self) -> str:
        name = "Ozon" if self.kind.marketplace == "ozon" else "Yandex"
        return f"{name} {self.kind.what}"

    @property
    def table(self) -> LimitsTable:
        return OZON_LIMITS if self.kind.marketplace == "ozon" else YANDEX_LIMITS

    @property
    def endpoint(self) -> Endpoint:
        return self.table.endpoint(self.kind.endpoint)

    def journal_target(self, account: str | None) -> dict[str, Any]:
        return {
            "marketplace": self.kind.marketplace,
            "endpoint": self.kind.endpoint,
            "base_url": self.base_url or "default",
            "account": account,
            "campaign": self.campaign,
            "business": self.business,
            "order": self.order,
            "posting": self.posting,
        }


def _target(args: argparse.Namespace) -> Target:
    market, what = args.marketplace, args.what
    given = {name: getattr(args, name) for name in ("campaign", "business", "order", "posting")}
    if market == "ozon":
        wrong = [f"--{n}" for n in ("campaign", "business", "order") if given[n] is not None]
        if wrong:
            raise UsageError(f"{', '.join(wrong)}: Yandex options; an Ozon account is its credentials")
        if what == "codes" and not args.posting:
            raise UsageError("Ozon codes need --posting POSTING_NUMBER")
        if what != "codes" and args.posting:
            raise UsageError("--posting is for codes")
    else:
        if args.posting:
            raise UsageError("--posting is an Ozon option; Yandex codes take --campaign and --order")
        if what == "codes":
            if given["campaign"] is None or given["order"] is None or given["business"] is not None:
                raise UsageError("Yandex codes need --campaign and --order")
        else:
            if (given["campaign"] is None) == (given["business"] is None):
                raise UsageError(f"Yandex {what} need exactly one of --campaign and --business")
            if given["order"] is not None:
                raise UsageError("--order is for codes")
    kind = kind_for(market, what, business=given["business"] is not None)
    return Target(kind, args.base_url, **given)


def _credentials(market: str) -> dict[str, str]:
    values = {}
    for name in ENV[market]:
        value = os.environ.get(name, "").strip()
        if not value:
            raise UsageError(
                f"set {name} in the environment (credentials are never taken on the command line)"
            )
        values[name] = value
    return values


def _client(target: Target, creds: dict[str, str], pool: Any, time_scale: float) -> Client:
    common: dict[str, Any] = {"pool": pool, "time_scale": time_scale}
    if target.base_url:
        common["base_url"] = target.base_url
    if target.kind.marketplace == "ozon":
        return OzonClient(client_id=creds["OZON_CLIENT_ID"], api_key=creds["OZON_API_KEY"], **common)
    return YandexMarketClient(api_key=creds["YANDEX_MARKET_API_KEY"], **common)


async def _call(
    target: Target, client: Client, items: Iterator[dict[str, Any]], on_batch: Callable[[BatchOutcome], None]
) -> BulkResult:
    """The client method of this target."""
    endpoint = target.kind.endpoint
    if isinstance(client, OzonClient):
        if endpoint == "v2/products/stocks":
            return await client.update_stocks(items, on_batch=on_batch)
        if endpoint == "v1/product/import/prices":
            return await client.update_prices(items, on_batch=on_batch)
        assert target.posting is not None
        return await client.upload_posting_codes(target.posting, items, on_batch=on_batch)
    if endpoint == "updateStocks":
        assert target.campaign is not None
        return await client.update_stocks(target.campaign, items, on_batch=on_batch)
    if endpoint == "updatePrices":
        assert target.campaign is not None
        return await client.update_prices(target.campaign, items, on_batch=on_batch)
    if endpoint == "updateStocksOnPartnerWarehouses":
        assert target.business is not None
        return await client.update_stocks_v3(target.business, items, on_batch=on_batch)
    if endpoint == "updateBusinessPrices":
        assert target.business is not None
        return await client.update_business_prices(target.business, items, on_batch=on_batch)
    assert target.campaign is not None and target.order is not None
    return await client.deliver_digital_goods(target.campaign, target.order, items, on_batch=on_batch)


# --- the command --------------------------------------------------------------------------------


@dataclass(slots=True)
class Outcome:
    """What a push did, item by item."""

    confirmed: int = 0
    failed: list[tuple[Record, ItemFailure]] = field(default_factory=list)
    not_sent: int = 0
    requests: int = 0
    retries: int = 0
    elapsed: float = 0.0
    signal: int | None = None
    aborted: bool = False
    auth_error: AuthError | None = None  # the marketplace refused the credentials: nothing applied


@dataclass(frozen=True, slots=True)
class Held:
    """Items the journal confirmed within their per-item window: the client holds them until due."""

    recent: list[tuple[float, Record]]  # (unix time of the last confirmation, record), oldest first
    window: float  # seconds, as this run counts them (the documented window / time_scale)

    def wait(self, now: float) -> float:
        return max((t + self.window - now for t, _ in self.recent), default=0.0)


def run(args: argparse.Namespace) -> int:
    target = _target(args)
    path: Path = args.file
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    fmt = detect_format(path, args.format)
    creds = {} if args.dry_run else _credentials(target.kind.marketplace)
    secrets = list(creds.values())
    out, err = make_console(secrets=secrets), make_console(stderr=True, secrets=secrets)
    client_id = creds.get("OZON_CLIENT_ID") or os.environ.get("OZON_CLIENT_ID", "").strip()
    api_key = creds.get("OZON_API_KEY") or os.environ.get("OZON_API_KEY", "").strip()
    # Keyed by the Api-Key: the same account reads the same in every run, and cannot be reversed.
    ozon = target.kind.marketplace == "ozon" and client_id and api_key
    account = account_fingerprint(client_id, api_key) if ozon else None
    journal_path: Path = args.journal or path.with_name(path.name + ".journal")
    failed_path: Path = args.failed_out or failed_path_for(path)

    options = Options(slip=args.slip, activate_till=args.activate_till)
    loaded = load(path, fmt, target.kind, options, Reading(args.encoding, args.delimiter))
    if args.restart:  # replaced whatever it holds, even another target's journal
        journal = Journal(journal_path, target.journal_target(account), {})
    else:
        unknown_account = target.kind.marketplace == "ozon" and account is None  # a dry run, no credentials
        ignore = ("account",) if unknown_account else ()
        journal = Journal.read(journal_path, target.journal_target(account), ignore=ignore)
    todo = [r for r in loaded.records if not journal.confirms(r)]
    skipped = len(loaded.records) - len(todo)
    held = _held(target, journal, todo, args.time_scale)
    _report_malformed(err, loaded.malformed)
    if args.dry_run:
        _dry_run(out, target, loaded, todo, skipped, journal_path, args.time_scale, held)
        return 1 if loaded.malformed else 0

    if held.recent:
        out.print(_held_text(held, target), markup=False)
    journal.start(restart=args.restart)
    try:
        outcome = asyncio.run(
            _push(target, creds, todo, journal, out, err, args.time_scale, args.quiet, held, limits_db(args))
        )
    finally:
        journal.close()
    if outcome.auth_error is not None:
        err.print(_auth_text(outcome.auth_error, target), markup=False)
    _report_failures(err, outcome.failed)
    wrote = _write_failed(failed_path, path, loaded.malformed, outcome.failed)
    _summary(out, target, loaded, outcome, skipped, journal_path, failed_path if wrote else None)
    if wrote is False and failed_path.resolve() == path.resolve():
        out.print(f"every row of {path.name} is now confirmed or skipped: it may be deleted", markup=False)
    if outcome.signal is not None:
        return 128 + outcome.signal
    if outcome.auth_error is not None:
        return EXIT_AUTH
    return 1 if loaded.malformed or outcome.failed else 0


def _held(target: Target, journal: Journal, todo: list[Record], time_scale: float) -> Held:
    """The records whose key the journal confirmed within the endpoint's per-item window."""
    keyed = [rate for rate in target.endpoint.rates_in(Scope.ITEM_KEY) if rate.amount == 1]
    if not keyed:  # a limit of several updates a window (Ozon prices: 10 an hour) is not a hold
        return Held([], 0.0)
    window = keyed[0].window / time_scale
    now = time.time()
    recent = [
        (min(t, now), r) for r in todo if (t := journal.confirmed_at(r)) is not None and now - t < window
    ]
    recent.sort(key=lambda pair: pair[0])
    return Held(recent, window)


def _held_text(held: Held, target: Target) -> str:
    noun = "pairs" if target.kind.marketplace == "ozon" and target.kind.what == "stocks" else "items"
    return (
        f"{len(held.recent):,} {noun} were confirmed less than {held.window:g} s ago (one update each per "
        f"{held.window:g} s): held until due, the last in {held.wait(time.time()):.0f} s"
    )


def _auth_text(error: AuthError, target: Target) -> str:
    said = f"HTTP {error.status}: {error.message}" if error.status is not None else error.message
    if target.kind.marketplace == "ozon":
        check = "check OZON_API_KEY and OZON_CLIENT_ID"
    else:
        check = "check YANDEX_MARKET_API_KEY"
        if error.status == 403:
            place = f"campaign {target.campaign}" if target.campaign else f"business {target.business}"
            check += f" and that its token may access {place}"
    return f"authentication failed ({said}): {check}"


async def _push(
    target: Target,
    creds: dict[str, str],
    todo: list[Record],
    journal: Journal,
    out: Console,
    err: Console,
    time_scale: float,
    quiet: bool,
    held: Held,
    limits_path: Path,
) -> Outcome:
    outcome = Outcome()
    if not todo:
        return outcome
    stopper = Stopper()
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()

    def on_signal(signum: int) -> None:
        if outcome.signal is None:
            outcome.signal = signum
            stopper.stop()
            err.print("interrupted: requests in flight finish, nothing new is sent (once more to abort)")
        elif main is not None:
            main.cancel()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)

    by_id = {id(r.item): r for r in todo}
    by_key = {r.key: r for r in todo}
    reported: set[int] = set()

    def record_of(item: Any) -> Record:
        found = by_id.get(id(item)) or by_key.get(target.kind.key_of(item))
        if found is None:  # every item the clients report is one we gave them
            raise RuntimeError(f"{target.kind.endpoint}: an item the push never sent came back: {item!r}")
        return found

    def count_failure(failure: ItemFailure) -> bool:
        """Count a failure in; False if it is no failure of the item (interrupted, or credentials)."""
        reported.add(id(failure))
        if isinstance(failure.error, Interrupted) or failure.reason is FailureReason.CANCELLED:
            return False  # taken but never sent: a re-run sends it
        if isinstance(failure.error, AuthError):  # refused before anything was applied: not sent
            outcome.auth_error = outcome.auth_error or failure.error
            return False
        outcome.failed.append((record_of(failure.item), failure))
        return True

    bars = Bars(out, quiet=quiet)
    task = 0

    def on_batch(batch: BatchOutcome) -> None:
        confirmed = [record_of(item) for item in batch.succeeded]
        journal.add(confirmed)
        outcome.confirmed += len(confirmed)
        failed = sum(count_failure(failure) for failure in batch.failed)
        bars.advance(task, len(confirmed) + failed)

    def feed() -> Iterator[dict[str, Any]]:
        for record in todo:
            if stopper.stopping:
                return
            yield record.item

    started = time.monotonic()
    planned = _earliest_last_request(target, _batch_sizes(target, len(todo))) / time_scale
    try:
        with bars:
            task = bars.add(target.label, len(todo), planned=max(planned, held.wait(time.time())))
            limits = SqliteBackend(limits_path)
            async with (
                stopper.pool(limits_backend=limits) as pool,
                _client(target, creds, pool, time_scale) as client,
            ):
                _hold(client, target, held)
                result: BulkResult | None = None
                try:
                    result = await _call(target, client, feed(), on_batch)
                except ValidationError as exc:  # codes: an upload is checked whole, before it is sent
                    failure = ItemFailure(
                        None, FailureReason.VALIDATION, code=exc.code, message=str(exc), error=exc
                    )
                    outcome.failed.extend((r, failure) for r in todo)
                except AuthError as exc:  # nothing of the upload could be sent: the credentials
                    outcome.auth_error = exc
                    result = getattr(exc, "result", None)
                if result is not None:
                    outcome.retries = result.retries
                    for failure in result.failed:  # refused before sending: never passed to on_batch
                        if id(failure) not in reported:
                            count_failure(failure)
    except asyncio.CancelledError:
        outcome.aborted = True
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        outcome.elapsed = time.monotonic() - started
        outcome.requests = stopper.sent
    outcome.not_sent = len(todo) - outcome.confirmed - len(outcome.failed)
    outcome.failed.sort(key=lambda pair: pair[0].line)
    return outcome


def _hold(client: Client, target: Target, held: Held) -> None:
    """Tell the client's per-item limit when the journal confirmed each recent item, so it holds them.

    The journal's time is when the answer came, never earlier than the server's own count began.
    """
    rate = client.keyed_rate(client.limits.endpoint(target.kind.endpoint))
    if rate is None or not held.recent:
        return
    age_to_clock = client.now() - time.time()
    for confirmed_at, record in held.recent:  # oldest first: the limit's log stays in time order
        rate.record(record.key, confirmed_at + age_to_clock)


def _batch_sizes(target: Target, items: int) -> list[int]:
    """Items per request, as the client will send them (all of a grouped upload go in one)."""
    size = items if target.kind.grouped else target.endpoint.max_items or items
    size = max(size, 1)
    return [min(size, items - start) for start in range(0, items, size)]


# --- reporting ----------------------------------------------------------------------------------


def _report_malformed(err: Console, malformed: list[Malformed]) -> None:
    for bad in malformed[:SHOWN_PROBLEMS]:
        err.print(f"line {bad.line}: {bad.message}", markup=False)
    if len(malformed) > SHOWN_PROBLEMS:
        err.print(f"... and {len(malformed) - SHOWN_PROBLEMS} more malformed rows (all in the failed file)")


def _report_failures(err: Console, failed: list[tuple[Record, ItemFailure]]) -> None:
    for record, failure in failed[:SHOWN_PROBLEMS]:
        err.print(f"line {record.line}: {_key_text(record)}: {failure}", markup=False)
    if len(failed) > SHOWN_PROBLEMS:
        err.print(f"... and {len(failed) - SHOWN_PROBLEMS} more failed items (all in the failed file)")


def _key_text(record: Record) -> str:
    return " ".join(str(part) for part in record.key)


def _write_failed(
    failed_path: Path, source: Path, malformed: list[Malformed], failed: list[tuple[Record, ItemFailure]]
) -> bool:
    """Failed and malformed rows, as input rows with ``_line`` and ``_error`` notes; True if written.

    With nothing to write, a file left by an earlier run is removed (never the input itself).
    """
    lines = [(m.line, {**m.row, "_line": m.line, "_error": m.message}) for m in malformed]
    lines += [(r.line, {**r.row, "_line": r.line, "_error": str(f)}) for r, f in failed]
    if not lines:
        if failed_path.exists() and failed_path.resolve() != source.resolve():
            failed_path.unlink()
        return False
    lines.sort(key=lambda pair: pair[0])
    partial = failed_path.with_name(failed_path.name + ".partial")  # the input itself may be replaced
    with partial.open("w", encoding="utf-8") as f:
        for _, row in lines:
            f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    os.replace(partial, failed_path)
    return True


def _summary(
    out: Console,
    target: Target,
    loaded: Loaded,
    outcome: Outcome,
    skipped: int,
    journal_path: Path,
    failed_path: Path | None,
) -> None:
    ep = target.endpoint
    out.print(f"{target.label}: {ep.method} {ep.path}", markup=False)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(justify="left")
    grid.add_column(justify="right")
    grid.add_column(justify="left")
    grid.add_row("rows", f"{loaded.rows:,}", _reading_text(loaded))
    if target.kind.grouped:
        grid.add_row("items", f"{len(loaded.records):,}", "the rows of one item are merged")
    if loaded.malformed:
        grid.add_row("malformed", f"{len(loaded.malformed):,}", "not sent; listed above")
    if loaded.replaced:
        grid.add_row(
            "replaced", f"{loaded.replaced:,}", "by a later row with the same key (the last row wins)"
        )
    grid.add_row("already confirmed", f"{skipped:,}", f"skipped: {journal_path.name} confirms them")
    grid.add_row("confirmed", f"{outcome.confirmed:,}", "")
    reasons = Counter(f"{f.reason.value}{f' [{f.code}]' if f.code else ''}" for _, f in outcome.failed)
    grid.add_row(
        "failed", f"{len(outcome.failed):,}", ", ".join(f"{k}: {v:,}" for k, v in reasons.most_common())
    )
    if outcome.not_sent:
        if outcome.auth_error is not None and outcome.signal is None:
            why = "authentication failed (above): fix the credentials, then run the same command again"
        else:
            why = "aborted: some may have been applied" if outcome.aborted else "interrupted"
            why += "; run the same command again to send them"
        grid.add_row("not sent", f"{outcome.not_sent:,}", why)
    out.print(grid)
    rate = outcome.confirmed / outcome.elapsed if outcome.elapsed > 0 else 0.0
    out.print(
        f"{outcome.requests:,} requests, {outcome.retries:,} retries, {outcome.elapsed:.1f} s, "
        f"{rate:,.0f} items/s; journal: {journal_path}",
        markup=False,
    )
    if failed_path is not None:
        out.print(f"failed and malformed rows: {failed_path} (fix them, then push that file)", markup=False)
    unknown = sum(1 for _, f in outcome.failed if f.reason is FailureReason.OUTCOME_UNKNOWN)
    if unknown:
        out.print(
            f"{unknown:,} items may have been applied (outcome unknown): check them at the marketplace "
            "before pushing them again",
            markup=False,
        )


def _reading_text(loaded: Loaded) -> str:
    """How the file was read, when that is not plain UTF-8 with commas (a check on the detection)."""
    parts = []
    if loaded.encoding != "utf-8":
        parts.append(encoding_name(loaded.encoding))
    if loaded.delimiter not in (None, ","):
        parts.append(f"{delimiter_name(loaded.delimiter)}-separated")
    return f"read as {', '.join(parts)}" if parts else ""


def _dry_run(
    out: Console,
    target: Target,
    loaded: Loaded,
    todo: list[Record],
    skipped: int,
    journal_path: Path,
    time_scale: float,
    held: Held,
) -> None:
    ep = target.endpoint
    grouped = target.kind.grouped
    size = len(todo) if grouped else ep.max_items or len(todo)
    batches = [todo[i : i + size] for i in range(0, len(todo), max(size, 1))]
    out.print("Dry run: nothing is sent.")
    if reading := _reading_text(loaded):
        out.print(reading, markup=False)
    per = "all items in one request" if grouped else f"{ep.max_items} items a request"
    limits = "; ".join(r.describe() for r in (*target.table.account_rates, *ep.rates))
    out.print(f"{target.label}: {ep.method} {ep.path}, {per}; {limits or 'no rate documented'}", markup=False)
    out.print(
        f"{loaded.rows:,} rows: {len(loaded.records):,} items, {len(loaded.malformed):,} malformed, "
        f"{loaded.replaced:,} replaced by a later row; {skipped:,} already confirmed in {journal_path.name}",
        markup=False,
    )
    wait = _earliest_last_request(target, [len(b) for b in batches]) / time_scale
    out.print(
        f"would send {len(todo):,} items in {len(batches):,} request{'' if len(batches) == 1 else 's'}; "
        "the last could go "
        f"{wait:,.0f} s after the first at the documented limits",
        markup=False,
    )
    if held.recent:
        out.print(_held_text(held, target), markup=False)
    if not batches:
        return
    table = Table("request", "items", "lines", "first key", "last key", box=None)
    numbered: list[tuple[int, list[Record]] | None] = list(enumerate(batches, 1))
    if len(numbered) > SHOWN_BATCHES + 1:
        numbered = [*numbered[:SHOWN_BATCHES], None, numbered[-1]]
    for entry in numbered:
        if entry is None:
            table.add_row("...", "", "", f"{len(batches) - SHOWN_BATCHES - 1:,} more requests", "")
            continue
        number, batch = entry
        lines = [r.line for r in batch]
        first, last = _key_text(batch[0]), _key_text(batch[-1])
        table.add_row(str(number), f"{len(batch):,}", f"{min(lines)}-{max(lines)}", first, last)
    out.print(table)


def _earliest_last_request(target: Target, batches: list[int]) -> float:
    """Documented seconds from the first request to the last, at best, under every sliding window."""
    longest = 0.0
    for rate in (*target.table.account_rates, *target.endpoint.rates):
        if rate.scope is Scope.ITEM_KEY:
            continue
        units = sum(batches) if rate.unit is Unit.ITEMS else len(batches)
        longest = max(longest, (math.ceil(units / rate.amount) - 1) * rate.window if units else 0.0)
    return longest
