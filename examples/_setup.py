"""What every example shares: where to connect, and the command-line options.

Without credentials in the environment an example starts an in-process emulator of both APIs
(``marketplace_async.testing.Emulator``) and runs against it: a sandbox. With them it talks to
the real APIs:

    OZON_CLIENT_ID, OZON_API_KEY                 an Ozon seller account
    YANDEX_MARKET_API_KEY, YANDEX_CAMPAIGN_ID    a Yandex.Market campaign

A marketplace without credentials is skipped in real mode. ``--time-scale N`` (or the
``EXAMPLES_TIME_SCALE`` variable) makes the sandbox's documented windows N times shorter, so
Ozon's 30 s per pair lasts 30/N s; the real APIs always run at 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, DEMO_YANDEX_TOKEN, Emulator

DATA = Path(__file__).parent / "data"
SANDBOX_TIME_SCALE = 10.0  # the sandbox runs 10x faster than the real APIs unless told otherwise
SANDBOX_CAMPAIGN = 21_000_001


@dataclass
class Setup:
    """Keyword arguments for the clients, and the sandbox when there is one."""

    ozon: dict[str, Any] | None  # OzonClient(**setup.ozon)
    yandex: dict[str, Any] | None  # YandexMarketClient(**setup.yandex)
    campaign_id: int
    time_scale: float
    emulator: Emulator | None = None
    where: dict[str, Any] = field(default_factory=dict)  # the sandbox's base_url and time_scale, or {}

    @property
    def real(self) -> bool:
        return self.emulator is None


def parser(doc: str | None) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument(
        "--time-scale",
        type=float,
        default=float(os.environ.get("EXAMPLES_TIME_SCALE", SANDBOX_TIME_SCALE)),
        help="sandbox only: divide every documented window by this (default %(default)s)",
    )
    return p


def real_credentials() -> bool:
    return bool(os.environ.get("OZON_CLIENT_ID") or os.environ.get("YANDEX_MARKET_API_KEY"))


@asynccontextmanager
async def connect(args: argparse.Namespace, **emulator_options: Any) -> AsyncIterator[Setup]:
    """The real APIs if credentials are set, else a started sandbox (``emulator_options`` go to it)."""
    env = os.environ
    if real_credentials():
        ozon = yandex = None
        if env.get("OZON_CLIENT_ID"):
            ozon = {"client_id": env["OZON_CLIENT_ID"], "api_key": env["OZON_API_KEY"]}
        if env.get("YANDEX_MARKET_API_KEY"):
            yandex = {"api_key": env["YANDEX_MARKET_API_KEY"]}
        print("real APIs:", ", ".join(n for n, c in (("Ozon", ozon), ("Yandex.Market", yandex)) if c))
        yield Setup(ozon, yandex, int(env.get("YANDEX_CAMPAIGN_ID", "0")), time_scale=1.0)
        return
    scale = args.time_scale
    async with Emulator(time_scale=scale, **emulator_options) as emulator:
        print(f"sandbox: emulator at {emulator.base_url}, windows {scale:g}x shorter")
        common = {"base_url": emulator.base_url, "time_scale": scale}
        yield Setup(
            ozon={"client_id": DEMO_OZON_CLIENT_ID, "api_key": DEMO_OZON_API_KEY, **common},
            yandex={"api_key": DEMO_YANDEX_TOKEN, **common},
            campaign_id=SANDBOX_CAMPAIGN,
            time_scale=scale,
            emulator=emulator,
            where=common,
        )


def own_data(path: str | None, option: str, sample: str | None = None) -> Path:
    """The caller's file, given with ``option``; the bundled ``sample`` (in examples/data) only in the
    sandbox, never pushed to a real account."""
    if path is not None:
        return Path(path)
    if real_credentials() or sample is None:
        bundled = f" (examples/data/{sample} is a sample for the sandbox)" if sample else ""
        sys.exit(f"real credentials are set: pass your own file with {option}{bundled}")
    return DATA / sample


def check(ok: bool, message: str) -> bool:
    """Print a sandbox check; the smoke tests look for these lines."""
    print(f"check {'OK' if ok else 'FAILED'}: {message}")
    return ok


def number(text: str) -> int | str:
    """A CSV cell as an int when it is one; anything else goes as is, for the SDK to refuse."""
    try:
        return int(text)
    except ValueError:
        return text
