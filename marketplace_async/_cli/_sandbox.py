"""``marketplace-async sandbox``: the emulator of both APIs, standalone, until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from typing import Any

from ..testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, DEMO_YANDEX_TOKEN, Emulator, serve_forever
from ._console import make_console
from ._records import UsageError


def add_parser(commands: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "sandbox",
        help="run the emulator of both marketplaces on this machine until Ctrl-C",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Serve the Ozon and Yandex.Market emulator on one port, with the documented limits\n"
            "enforced and control routes under /__emulator__/ (state, stats, arrivals, faults, reset).\n"
            "--port 0 picks a free port."
        ),
        epilog=(
            "demo credentials (the emulator accepts these; any Yandex campaign or business id):\n"
            f"  Ozon:    Client-Id {DEMO_OZON_CLIENT_ID}, Api-Key {DEMO_OZON_API_KEY}\n"
            f"  Yandex:  Api-Key {DEMO_YANDEX_TOKEN}\n\n"
            "then, in another terminal:\n"
            f"  export OZON_CLIENT_ID={DEMO_OZON_CLIENT_ID} OZON_API_KEY={DEMO_OZON_API_KEY} "
            f"YANDEX_MARKET_API_KEY={DEMO_YANDEX_TOKEN}\n"
            "  marketplace-async push stocks rows.csv -m ozon --base-url http://127.0.0.1:8080"
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080; 0: any free port)")
    p.add_argument(
        "--time-scale", type=float, default=1.0, help="divide every documented window (default 1: real time)"
    )
    p.add_argument("--seed", type=int, default=0, help="random seed of the fault injection (default 0)")
    p.set_defaults(run=run)


def _ready(emulator: Emulator) -> None:
    out = make_console()
    url = emulator.base_url
    out.print(f"marketplace emulator at {url} (time_scale {emulator.time_scale:g})", markup=False)
    out.print(f"  Ozon:   Client-Id {DEMO_OZON_CLIENT_ID}, Api-Key {DEMO_OZON_API_KEY}", markup=False)
    out.print(f"  Yandex: Api-Key {DEMO_YANDEX_TOKEN} (any campaign)", markup=False)
    out.print(f"  state:  {url}/__emulator__/state, stats: {url}/__emulator__/stats", markup=False)
    out.print(
        f"  export OZON_CLIENT_ID={DEMO_OZON_CLIENT_ID} OZON_API_KEY={DEMO_OZON_API_KEY} "
        f"YANDEX_MARKET_API_KEY={DEMO_YANDEX_TOKEN}",
        markup=False,
    )
    scale = f" --time-scale {emulator.time_scale:g}" if emulator.time_scale != 1 else ""
    out.print(f"  marketplace-async push stocks FILE -m ozon --base-url {url}{scale}", markup=False)
    out.print("Ctrl-C stops it.", markup=False)
    out.file.flush()


async def _serve(args: argparse.Namespace) -> None:
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    if task is not None:
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
    with contextlib.suppress(asyncio.CancelledError):  # SIGTERM: a clean stop, like Ctrl-C
        await serve_forever(args.host, args.port, on_ready=_ready, time_scale=args.time_scale, seed=args.seed)


def run(args: argparse.Namespace) -> int:
    if not args.time_scale > 0:
        raise UsageError(f"--time-scale must be > 0, got {args.time_scale:g}")
    try:
        asyncio.run(_serve(args))
    except KeyboardInterrupt:
        pass
    except OSError as exc:  # the port is taken, or the address is not ours
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    make_console().print("emulator stopped")
    return 0
