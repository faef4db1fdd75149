"""``marketplace-async limits [--marketplace ozon|yandex] [FILTER]``: the limits tables with their sources."""

from __future__ import annotations

import argparse
from typing import Any

from rich import box
from rich.table import Table

from .._limits import LimitsTable
from .._ozon.endpoints import OZON_LIMITS
from .._yandex.operations import YANDEX_LIMITS
from ._console import make_console

TABLES = {"ozon": ("Ozon Seller API", OZON_LIMITS), "yandex": ("Yandex.Market Partner API", YANDEX_LIMITS)}


def add_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "limits",
        help="print each marketplace's limits and the source of each figure",
        description=(
            "Print the limits tables the SDK and the emulator use, with the source of each figure. "
            "FILTER keeps the rows whose method, path or endpoint key contains it (case-insensitive)."
        ),
    )
    p.add_argument("filter", nargs="?", metavar="FILTER", help="e.g. stocks, updatePrices, /v2/products")
    p.add_argument("--marketplace", "-m", choices=tuple(TABLES), help="one marketplace only")
    p.set_defaults(run=run)


def rows(table: LimitsTable, needle: str | None) -> list[tuple[str, str, str]]:
    """``table.rows()`` matching ``needle`` in the method, the path or the endpoint key.

    The account-wide rows apply to every method, so they are kept whenever anything matches.
    """
    keys = {f"{ep.method} {ep.path}": ep.key for ep in table}
    account, found = [], []
    for what, limit, source in table.rows():
        if what == "account":
            account.append((what, limit, source))
        elif needle is None or needle.lower() in f"{what} {keys[what]}".lower():
            name = what if keys[what] == what.split(" ", 1)[1].lstrip("/") else f"{keys[what]}: {what}"
            found.append((name, limit, source))
    return account + found if found else []


def run(args: argparse.Namespace) -> int:
    out = make_console()
    shown = 0
    for name in (args.marketplace,) if args.marketplace else tuple(TABLES):
        title, table = TABLES[name]
        found = rows(table, args.filter)
        if not found:
            continue
        shown += len(found)
        grid = Table(title=f"{title} ({table.source})", title_justify="left", box=box.SIMPLE_HEAD)
        grid.add_column("endpoint", overflow="fold", ratio=2)
        grid.add_column("limit", no_wrap=True)
        grid.add_column("source", overflow="fold", ratio=3)
        previous = None
        for what, limit, source in found:
            grid.add_row(what if what != previous else "", limit, source)
            previous = what
        out.print(grid)
    if not shown:
        out.print(f"no limits match {args.filter!r}", markup=False)
        return 1
    return 0
