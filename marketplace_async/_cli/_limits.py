"""``marketplace-async limits [--marketplace ozon|yandex] [FILTER]``: the limits tables with their sources."""

from __future__ import annotations

import argparse
from typing import Any

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
    """``table.rows()``, those matching ``needle`` in the method, the path or the endpoint key."""
    keys = {f"{ep.method} {ep.path}": ep.key for ep in table}
    found = []
    for what, limit, source in table.rows():
        haystack = f"{what} {keys.get(what, '')}".lower()
        if needle is None or needle.lower() in haystack:
            found.append((what if what == "account" else f"{what}  ({keys[what]})", limit, source))
    return found


def run(args: argparse.Namespace) -> int:
    out = make_console()
    shown = 0
    for name in (args.marketplace,) if args.marketplace else tuple(TABLES):
        title, table = TABLES[name]
        found = rows(table, args.filter)
        if not found:
            continue
        shown += len(found)
        grid = Table(
            "method (key)", "limit", "source", title=f"{title}: {table.source}", title_justify="left"
        )
        for what, limit, source in found:
            grid.add_row(what, limit, source)
        out.print(grid)
    if not shown:
        out.print(f"no limits match {args.filter!r}", markup=False)
        return 1
    return 0
