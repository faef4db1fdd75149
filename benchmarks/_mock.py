"""A plain mock of the four bulk methods the overhead and peer sections send, in a child process.

No limits, no state, no schema checks: it decodes each body and answers every item as updated, in
the shape the method documents, so the server costs as little as it can and the client's own CPU
sets the pace. Same protocol as ``benchmarks._server``: one JSON line on stdin (ignored), the base
URL as a JSON list on stdout, then serve until stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import msgspec
from aiohttp import web

_decode = msgspec.json.Decoder().decode
_encode = msgspec.json.Encoder().encode
_OK = _encode({"status": "OK"})


def _ozon_rows(items: list[dict[str, Any]], with_warehouse: bool) -> bytes:
    rows = []
    for item in items:
        row = {"offer_id": item.get("offer_id", ""), "product_id": item.get("product_id", 0), "updated": True}
        if with_warehouse:
            row["warehouse_id"] = item.get("warehouse_id", 0)
        row["errors"] = []
        rows.append(row)
    return _encode({"result": rows})


async def _ozon_stocks(request: web.Request) -> web.Response:
    body = _decode(await request.read())
    return web.Response(body=_ozon_rows(body["stocks"], True), content_type="application/json")


async def _ozon_prices(request: web.Request) -> web.Response:
    body = _decode(await request.read())
    return web.Response(body=_ozon_rows(body["prices"], False), content_type="application/json")


async def _yandex_ok(request: web.Request) -> web.Response:
    _decode(await request.read())
    return web.Response(body=_OK, content_type="application/json")


def app() -> web.Application:
    application = web.Application(client_max_size=8 * 1024 * 1024)
    application.router.add_post("/v2/products/stocks", _ozon_stocks)
    application.router.add_post("/v1/product/import/prices", _ozon_prices)
    application.router.add_put("/v2/campaigns/{campaign}/offers/stocks", _yandex_ok)
    application.router.add_post("/v2/campaigns/{campaign}/offer-prices/updates", _yandex_ok)
    return application


async def main() -> None:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)
    runner = web.AppRunner(app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(json.dumps([f"http://127.0.0.1:{port}"]), flush=True)
    try:
        await loop.run_in_executor(None, sys.stdin.read)  # returns when the parent closes stdin
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
