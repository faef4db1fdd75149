"""A local aiohttp server that records each request (verb, raw path, body) and answers it.

``answer`` maps a request to its response (default: ``{"result": "recorded"}``); ``serve``
starts the server on 127.0.0.1 and yields its base URL.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable

from aiohttp import web
from aiohttp.test_utils import TestServer


class Recorder:
    def __init__(self, answer: Callable[[web.Request], web.Response] | None = None) -> None:
        self.seen: list[tuple[str, str, bytes]] = []
        self._answer = answer or (lambda _: web.json_response({"result": "recorded"}))

    async def handle(self, request: web.Request) -> web.Response:
        self.seen.append((request.method, request.raw_path, await request.read()))
        return self._answer(request)


@contextlib.asynccontextmanager
async def serve(recorder: Recorder) -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", recorder.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()
