"""HTTP transport: one attempt on a shared aiohttp session, with failures classified.

The retry loop lives in ``_engine.py`` because every retry must acquire from the scheduler
again. Here an attempt ends in a :class:`Response`, in :class:`NotSentError` (the request
certainly never reached the server: safe to resend anything) or in :class:`AmbiguousError`
(it may have been applied: only idempotent requests may be resent).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
import msgspec
from multidict import CIMultiDictProxy

from ._errors import TransportError

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

    def __init__(self, session: aiohttp.ClientSession | None = None, *, connections: int = 64) -> None:
        self._session = session
        self._owns_session = session is None
        self._connections = connections

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
        try:
            async with self.session.request(
                method,
                url,
                data=body,
                headers=headers,
                params=params,
                timeout=aiohttp.ClientTimeout(total=attempt_timeout),
            ) as resp:
                payload = await resp.read()
                return Response(resp.status, resp.headers, payload)
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            raise NotSentError(f"connection to {_origin(url)} failed: {type(exc).__name__}") from None
        except TimeoutError as exc:
            raise AmbiguousError(f"{method} {_origin(url)}: timed out after {attempt_timeout:g} s") from exc
        except aiohttp.ClientError as exc:
            raise AmbiguousError(f"{method} {_origin(url)}: {type(exc).__name__}") from None

    async def aclose(self) -> None:
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()


def _origin(url: str) -> str:
    # Never echo query strings: they may carry identifiers the caller considers private.
    return url.split("?", 1)[0]
