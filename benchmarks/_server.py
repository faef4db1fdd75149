"""Emulators in a child process, so that their CPU is not counted as the client's.

Protocol (see ``_common.EmulatorProcess``): one JSON line on stdin, a list of :class:`Emulator`
settings; one JSON line on stdout, their base URLs; then serve until stdin closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from typing import Any

from marketplace_async.testing import Emulator

from ._common import overrides_from_json, ozon_accounts


def _emulator(config: dict[str, Any]) -> Emulator:
    config = dict(config)
    if "limits" in config:
        config["limits"] = {market: overrides_from_json(o) for market, o in config["limits"].items()}
    if isinstance(config.get("ozon_accounts"), int):
        config["ozon_accounts"] = ozon_accounts(config["ozon_accounts"])
    return Emulator(**config)


async def main() -> None:
    loop = asyncio.get_running_loop()
    configs = json.loads(await loop.run_in_executor(None, sys.stdin.readline))
    async with contextlib.AsyncExitStack() as stack:
        emulators = [await stack.enter_async_context(_emulator(c)) for c in configs]
        print(json.dumps([e.base_url for e in emulators]), flush=True)
        await loop.run_in_executor(None, sys.stdin.read)  # returns when the parent closes stdin


if __name__ == "__main__":
    asyncio.run(main())
