"""HTTP transport: one attempt on a shared aiohttp session, with failures classified.

The retry loop lives in ``_engine.py`` because every retry must acquire from the scheduler
again. Here an attempt ends in a :class:`Response`, in :class:`NotSentError` (the request
certainly never reached the server: safe to resend anything) or in :class:`AmbiguousError`
(it may have been applied: only idempotent requests may be resent).

The timeouts follow that line: the wait for a pooled connection and the connect are bounded on
their own (aiohttp's ``connect``, which fires before a byte of the request is written, so the
attempt is not sent), and only the time after that counts against the attempt's read timeout.
A single ``total`` would also cover the pool wait, so a request stuck behind another account's
slow ones would be reported as possibly applied.

The wait for a free connection happens here, in a FIFO as wide as the session's connector, before
aiohttp builds the request: in a burst (a thousand accounts whose windows open together) the
waiting requests then hold a queue entry each, not aiohttp's request objects, and the collector has
far less to scan. The pool wait's bound still covers both waits together.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
import msgspec
from multidict import CIMultiDictProxy

from ._constants import DEFAULT_CONNECT_TIMEOUT, DEFAULT_POOL_TIMEOUT
from ._errors import TransportError
from ._scheduler import _Slots

_decoder = msgspec.json.Decoder()


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    headers: CIMultiDictProxy[str]
    body: bytes

    def json(self) -> Any:
        if not self.body:
            return None
        try:
            return _decoder.decode(self.body)
        except msgspec.DecodeError:
            return None


class NotSentError(TransportError):
    """The connection failed before the request was written: nothing reached the server."""


class AmbiguousError(TransportError):
    """The request may have reached the server (timeout, dropped connection)."""


class Transport:
    """Sends single requests on one session; owns the session only if it created it."""

    def __init__(
        self,
        session: aiohttp.ClientSession | None = None,
        *,
        connections: int = 64,
        pool_timeout: float = DEFAULT_POOL_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> None:
        for name, value in (("pool_timeout", pool_timeout), ("connect_timeout", connect_timeout)):
            if not value > 0:
                raise ValueError(f"{name} must be > 0, got {value!r}")
        self._session = session
        self._owns_session = session is None
        self._connections = connections
        self.pool_timeout = pool_timeout
        self.connect_timeout = connect_timeout
        self._timeouts: dict[float, aiohttp.ClientTimeout] = {}
        self._gate: _Slots | None = None  # the session's connections, in FIFO order
        self._gated: aiohttp.ClientSession | None = None  # the session the gate was sized for

    def timeout(self, read: float, waited: float = 0.0) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for an attempt whose answer may take ``read`` seconds once written,
        after ``waited`` seconds of the pool wait were spent already."""
        found = self._timeouts.get(read) if not waited else None
        if found is None:
            before_sending = self.pool_timeout + self.connect_timeout - waited
            found = aiohttp.ClientTimeout(
                # ``total`` outlasts ``connect``, so it can only fire once the request is written.
                total=before_sending + read,
                connect=before_sending,
                sock_connect=self.connect_timeout,
                sock_read=read,
            )
            if not waited:
                self._timeouts[read] = found
        return found

    def _gate_of(self, session: aiohttp.ClientSession) -> _Slots | None:
        if self._gated is not session:
            limit = session.connector.limit if session.connector is not None else 0
            self._gate = _Slots(limit) if limit > 0 else None  # 0: aiohttp does not limit
            self._gated = session
        return self._gate

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            # Keep-alive is fine for Ozon; Yandex documents it as unsupported and simply closes.
            connector = aiohttp.TCPConnector(limit=self._connections, enable_cleanup_closed=True)
            self._session = aiohttp.ClientSession(connector=connector, raise_for_status=False)
        return self._session

    @property
    def closed(self) -> bool:
        return self._session is None or self._session.closed

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        body: bytes | None,
        params: Mapping[str, str] | None = None,
        attempt_timeout: float,
    ) -> Response:
        session = self.session
        gate = self._gate if self._gated is session else self._gate_of(session)
        waited = 0.0
        if gate is not None and not gate.try_acquire():
            waited = await self._wait_for_connection(gate, url)
        try:
            return await self._attempt(session, method, url, headers, body, params, attempt_timeout, waited)
        finally:
            if gate is not None:
                gate.release()

    async def _wait_for_connection(self, gate: _Slots, url: str) -> float:
        """Seconds spent waiting for a connection of the session; NotSentError past pool_timeout."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            async with asyncio.timeout(self.pool_timeout):
                await gate.acquire()
        except TimeoutError:
            raise NotSentError(
                f"no free connection of the pool for {_origin(url)} within {self.pool_timeout:g} s; "
                "nothing was sent"
            ) from None
        return loop.time() - started

    async def _attempt(
        self,
        session: aiohttp.ClientSession,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        params: Mapping[str, str] | None,
        attempt_timeout: float,
        waited: float,
    ) -> Response:
        try:
            async with session.request(
                method,
                url,
                data=body,
                headers=headers,
                params=params,
                timeout=self.timeout(attempt_timeout, waited),
            ) as resp:
                payload = await resp.read()
                return Response(resp.status, resp.headers, payload)
        except aiohttp.ConnectionTimeoutError:
            raise NotSentError(
                f"no connection to {_origin(url)} within {self.pool_timeout + self.connect_timeout:g} s "
                "(a free connection of the pool, then the connect); nothing was sent"
            ) from None
        except aiohttp.ClientConnectorError as exc:
            raise NotSentError(f"connection to {_origin(url)} failed: {type(exc).__name__}") from None
        except TimeoutError as exc:
            raise AmbiguousError(
                f"{method} {_origin(url)}: no answer within {attempt_timeout:g} s of sending"
            ) from exc
        except aiohttp.ClientError as exc:
            raise AmbiguousError(f"{method} {_origin(url)}: {type(exc).__name__}") from None

    async def aclose(self) -> None:
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()


def _origin(url: str) -> str:
    # Never echo query strings: they may carry identifiers the caller considers private.
    return url.split("?", 1)[0]
