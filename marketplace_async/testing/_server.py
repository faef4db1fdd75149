"""The emulator: one ``aiohttp.web`` app serving both APIs, its lifecycle and its control routes.

Every request goes through the same steps, in the order the limits documentation implies:

1. auth (401/403, counted under ``auth``);
2. body read and JSON decode (Yandex bodies over 512 KB are refused);
3. an injected 5xx, before anything else so that it consumes no limit (``fault``);
4. admission: parallel caps, then every sliding window (429/420, ``parallel``/``rate_limit``);
5. injected latency while the request holds its parallel slot;
6. validation and apply, in one synchronous step so no other request interleaves
   (400/404 count under ``validation`` and still consume the limit, as Yandex documents for 4xx);
7. an injected slow response or dropped connection, both *after* the change was applied.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import msgspec
from aiohttp import web

from .._limits import Endpoint, LimitsTable, validate_time_scale
from .._ozon.endpoints import OZON_LIMITS
from .._yandex.operations import YANDEX_LIMITS
from . import _ozon, _yandex
from ._admission import Refusal
from ._faults import Faults
from ._generic import spec_routes
from ._state import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, DEMO_YANDEX_TOKEN, Store, plain_state
from ._steering import Steered, Steering, build_reply
from ._wire import NOT_EMULATED, ApiFailure, Call, Invalid, Reply, Route, count_items
from ._world import World
from ._yandex import YandexAccount

OZON = _ozon.MARKETPLACE
YANDEX = _yandex.MARKETPLACE
CONTROL_PREFIX = "/__emulator__"
_CLIENT_MAX_SIZE = 64 * 1024 * 1024  # read big bodies ourselves, so Yandex gets its own 512 KB error
_SHUTDOWN_TIMEOUT = 1.0  # seconds close() waits for in-flight handlers (slow faults can hold them)

_encode = msgspec.json.encode
_decode = msgspec.json.decode


def _effective_table(
    table: LimitsTable, routes: Iterable[Route], overrides: Mapping[str, Any] | None
) -> LimitsTable:
    """The shared table, plus a fallback row for each emulated method it lacks, with ``overrides``."""
    endpoints = dict(table.endpoints)
    for route in routes:
        endpoints.setdefault(route.key, route.fallback)
    return dataclasses.replace(table, endpoints=endpoints).with_overrides(overrides)


class Emulator:
    """Both marketplaces on one 127.0.0.1 port; point the Ozon and the Yandex client at :attr:`base_url`.

    ``limits`` maps ``"ozon"``/``"yandex"`` to overrides in the format of
    :meth:`LimitsTable.with_overrides`. ``time_scale`` divides every documented window (rates,
    the 30 s pair rule, the price hour, code deadlines), never network latency. ``ozon_accounts``
    maps Client-Id → Api-Key; ``yandex_accounts`` maps a token → :class:`YandexAccount`; both
    default to the demo account. ``catalog`` lists known offer ids (``None``: every offer is known).
    Time is the running loop's ``loop.time()``, so virtual-time loops work too.
    ``token_burst`` (a share of each limit, e.g. 0.05) counts every rate in a token bucket of that
    burst, refilled at the documented rate, instead of exact sliding windows: a server that admits
    no burst, against which only evenly paced requests (``pacing="even"``) are never refused.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        time_scale: float = 1.0,
        limits: Mapping[str, Mapping[str, Any]] | None = None,
        ozon_accounts: Mapping[str, str] | None = None,
        yandex_accounts: Mapping[str, YandexAccount] | None = None,
        catalog: Iterable[str] | None = None,
        faults: Faults | None = None,
        seed: int = 0,
        record_arrivals: bool = False,
        token_burst: float | None = None,
    ) -> None:
        unknown = set(limits or {}) - {OZON, YANDEX}
        if unknown:
            raise ValueError(f"limits overrides are keyed 'ozon' and 'yandex', not {sorted(unknown)}")
        self.time_scale = validate_time_scale(time_scale)
        # Hand-written handlers first; every other operation of the spec is answered from it.
        self.routes: dict[str, tuple[Route, ...]] = {
            market: (*hand, *spec_routes(market, frozenset((r.method, r.path) for r in hand), seed))
            for market, hand in ((OZON, _ozon.ROUTES), (YANDEX, _yandex.ROUTES))
        }
        self.tables: dict[str, LimitsTable] = {
            OZON: _effective_table(OZON_LIMITS, self.routes[OZON], (limits or {}).get(OZON)),
            YANDEX: _effective_table(YANDEX_LIMITS, self.routes[YANDEX], (limits or {}).get(YANDEX)),
        }
        self._host = host
        self._port = port
        self._ozon_accounts = dict(
            ozon_accounts if ozon_accounts is not None else {DEMO_OZON_CLIENT_ID: DEMO_OZON_API_KEY}
        )
        self._yandex_accounts = dict(
            yandex_accounts if yandex_accounts is not None else {DEMO_YANDEX_TOKEN: YandexAccount()}
        )
        self._catalog = list(catalog) if catalog is not None else None
        self._faults = faults or Faults()
        self._seed = seed
        self._rng = random.Random(seed)
        self.record_arrivals = record_arrivals
        if token_burst is not None and not 0.0 < token_burst <= 1.0:
            raise ValueError(
                f"token_burst is a share of each limit, 0 < token_burst <= 1, not {token_burst!r}"
            )
        self.token_burst = token_burst
        self._steering = Steering()
        self._world: World | None = None
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None
        self._closed = False
        self.app = self._build_app()

    def __repr__(self) -> str:
        where = self._base_url or "not started"
        return f"Emulator({where}, time_scale={self.time_scale:g})"

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        if self._runner is not None or self._closed:
            raise RuntimeError("an Emulator starts once; create a new one")
        self._ensure_world()
        runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=_SHUTDOWN_TIMEOUT)
        await runner.setup()
        try:
            await web.TCPSite(runner, self._host, self._port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        host, port = runner.addresses[0][:2]
        self._base_url = f"http://{host}:{port}"

    async def close(self) -> None:
        self._closed = True
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``, for both clients."""
        if self._base_url is None:
            raise RuntimeError("the emulator is not started; use 'async with Emulator() as emu'")
        return self._base_url

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    def _ensure_world(self) -> World:
        if self._world is None:
            self._world = World(
                self.tables,
                self.time_scale,
                self._catalog,
                asyncio.get_running_loop().time(),
                token_burst=self.token_burst,
            )
        return self._world

    # -- configuration at runtime ------------------------------------------------------------

    @property
    def faults(self) -> Faults:
        return self._faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        self._faults = faults

    def set_faults(self, **changes: Any) -> Faults:
        """Change some fault settings (``emu.set_faults(drop_rate=0.1)``); returns the new settings."""
        self._faults = self._faults.replace(changes)
        return self._faults

    def reset(self) -> None:
        """Forget all state, added postings and orders, counters, windows and steered answers.

        The configuration (accounts, limits, faults, catalog) stays.
        """
        self._world = None
        self._steering = Steering()
        self._rng = random.Random(self._seed)
        self._ensure_world()

    # -- steered answers ---------------------------------------------------------------------

    def respond(
        self,
        operation: str,
        *,
        json: Any = None,
        status: int | None = None,
        error: str | None = None,
        code: int | str | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = None,
    ) -> None:
        """Answer ``operation`` with a fixed response instead of the emulated one.

        ``operation`` is an Ozon path (``"v3/posting/fbs/list"``, with or without the leading
        slash) or a Yandex operationId (``"getCampaigns"``). Give one of ``json=`` (a body,
        status 200 unless ``status=``), ``error=`` (a message in the marketplace's error shape,
        with ``code=``, status 400 unless ``status=``) or ``body=`` bytes with ``content_type=``.
        The request still passes auth, fault injection and the limits first (so a steered answer
        spends the limit like the real one), and changes no state. ``times=N`` answers the next N
        calls, then the emulated answer returns; by default it holds until :meth:`clear_responses`
        or :meth:`reset`. Also over HTTP: ``POST /__emulator__/responses`` with these names as
        JSON keys and ``operation``.
        """
        market, key = self._operation_key(operation)
        if times is not None and times < 1:
            raise ValueError(f"times must be >= 1 (or None for every call), got {times!r}")
        reply = build_reply(
            status=status,
            json=json,
            body=body,
            content_type=content_type,
            error=error,
            code=code,
            headers=headers,
            error_body=(_yandex if market == YANDEX else _ozon).error_body,
        )
        self._steering.answers[(market, key)] = Steered(reply, times)

    def clear_responses(self, operation: str | None = None) -> None:
        """Forget the answer registered for ``operation``, or every one."""
        if operation is None:
            self._steering.answers.clear()
        else:
            self._steering.answers.pop(self._operation_key(operation), None)

    def _operation_key(self, operation: str) -> tuple[str, str]:
        name = operation.strip()
        if "/" in name:
            return OZON, name.lstrip("/")
        if name not in self.tables[YANDEX].endpoints:
            raise ValueError(
                f"{operation!r} is neither an Ozon path (such as 'v3/posting/fbs/list') "
                "nor an operationId of the Yandex spec (such as 'getCampaigns')"
            )
        return YANDEX, name

    # -- test data ---------------------------------------------------------------------------

    def add_ozon_posting(
        self,
        posting_number: str,
        products: Iterable[Mapping[str, Any]],
        *,
        client_id: str = DEMO_OZON_CLIENT_ID,
        status: str = "awaiting_packaging",
    ) -> dict[str, Any]:
        """Add a digital posting; products are ``{sku?, offer_id, required_qty}`` mappings.

        Codes are accepted for 24 h (scaled) from now. Call from the event loop.
        """
        world = self._ensure_world()
        posting = world.add_ozon_posting(
            client_id, posting_number, products, status, asyncio.get_running_loop().time(), datetime.now(UTC)
        )
        return posting.as_dict()

    def add_yandex_order(
        self, campaign_id: int, order_id: int, item_ids: Iterable[int], *, status: str = "PROCESSING"
    ) -> dict[str, Any]:
        """Add a Digital DBS order that enters ``status`` now; keys are due within 30 min (scaled)."""
        world = self._ensure_world()
        return world.add_yandex_order(
            campaign_id, order_id, item_ids, status, asyncio.get_running_loop().time()
        ).as_dict()

    # -- reading -----------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        """The live state store (tuple-keyed dicts); see :class:`Store` for the keys."""
        return self._ensure_world().store

    def state(self) -> dict[str, Any]:
        """The final state as JSON-ready records (``GET /__emulator__/state``)."""
        world = self._ensure_world()
        return plain_state(world.store, world.postings, world.orders)

    def stats(self) -> dict[str, Any]:
        """Requests accepted/rejected per endpoint and, per limit and entity, the largest load seen.

        ``max_seen`` is the largest accepted load in any sliding window, ``max_offered`` the same
        over every arrival that reached admission (refused ones included), next to ``amount``.
        """
        world = self._ensure_world()
        endpoints: dict[str, dict[str, Any]] = {OZON: {}, YANDEX: {}}
        accepted = rejected = 0
        for (market, key), counters in sorted(world.counters.items()):
            endpoints[market][key] = counters.as_dict()
            accepted += counters.accepted
            rejected += sum(counters.rejected.values())
        return {
            "time_scale": self.time_scale,
            "totals": {"accepted": accepted, "rejected": rejected},
            "endpoints": endpoints,
            "limits": [
                row for market, admission in world.admission.items() for row in admission.stats(market)
            ],
            "faults": self._faults.as_dict(),
        }

    def arrivals(self) -> dict[str, dict[str, list[tuple[float, int, int]]]]:
        """With ``record_arrivals=True``: per endpoint, (seconds since start, items, status) per request.

        Status 0 marks a connection dropped by fault injection.
        """
        world = self._ensure_world()
        out: dict[str, dict[str, list[tuple[float, int, int]]]] = {OZON: {}, YANDEX: {}}
        for (market, key), log in world.arrivals.items():
            out[market][key] = list(log)
        return out

    # -- serving -----------------------------------------------------------------------------

    def _build_app(self) -> web.Application:
        app = web.Application(client_max_size=_CLIENT_MAX_SIZE)
        # aiohttp tries the routes under one path prefix in the order they were added. The
        # hand-written ones (the bulk methods' hot path) go first; no spec path needs to win over
        # them (a test checks). Among the spec routes a literal segment goes before a parameter at
        # the same place, so /outlets/licenses is not read as /outlets/{outletId}.
        hand = {OZON: len(_ozon.ROUTES), YANDEX: len(_yandex.ROUTES)}
        ordered = [(m, r) for m, routes in self.routes.items() for r in routes[: hand[m]]]
        ordered += sorted(
            ((m, r) for m, routes in self.routes.items() for r in routes[hand[m] :]),
            key=lambda pair: [(part.startswith("{"), part) for part in pair[1].path.split("/")],
        )
        for market, route in ordered:
            app.router.add_route(route.method, route.path, self._handler(market, route))
        control = (
            ("GET", "state", self._http_state),
            ("GET", "stats", self._http_stats),
            ("GET", "arrivals", self._http_arrivals),
            ("POST", "reset", self._http_reset),
            ("GET", "faults", self._http_faults),
            ("POST", "faults", self._http_faults),
            ("POST", "postings", self._http_postings),
            ("POST", "seed", self._http_postings),  # the former name, kept for existing scripts
            ("GET", "responses", self._http_responses),
            ("POST", "responses", self._http_responses),
            ("DELETE", "responses", self._http_responses),
        )
        for method, name, handler in control:
            app.router.add_route(method, f"{CONTROL_PREFIX}/{name}", handler)
        app.router.add_route("*", "/{tail:.*}", self._not_emulated)  # last: only what no route above takes
        return app

    async def _not_emulated(self, request: web.Request) -> web.StreamResponse:
        """501 in the marketplace's error shape, naming the operation the emulator does not model.

        A bare 404 would read as a wrong path in the SDK; 501 says the gap is the emulator's.
        """
        path = request.path
        if (OZON, path.lstrip("/")) in self._steering.answers:  # respond() takes any Ozon path
            return await self._serve(OZON, _ozon.route(path.lstrip("/"), _ozon.not_emulated), request)
        operation = _yandex.operation_at(request.method, path)
        if operation is not None or _yandex.looks_like_yandex(request.headers):
            name = f"{operation} ({request.method} {path})" if operation else f"{request.method} {path}"
            body = _yandex.error_body("NOT_IMPLEMENTED", f"{name} is {NOT_EMULATED}")
        else:
            body = _ozon.error_body(_ozon.UNIMPLEMENTED, f"{request.method} {path} is {NOT_EMULATED}")
        return _json(body, status=501)

    def _handler(self, market: str, route: Route) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def handle(request: web.Request) -> web.StreamResponse:
            return await self._serve(market, route, request)

        return handle

    async def _serve(self, market: str, route: Route, request: web.Request) -> web.StreamResponse:
        loop = asyncio.get_running_loop()
        arrived = loop.time()
        world = self._ensure_world()
        endpoint = self.tables[market].endpoints.get(route.key) or route.fallback
        counters = world.counters_for(market, route.key)
        params = request.match_info
        faults = self._faults
        yandex = market == YANDEX
        entity = _yandex.entity_of(params) if yandex else ""
        items = 0
        try:
            if yandex:
                _yandex.authenticate(self._yandex_accounts, request.headers, params)
                client_id, business_id = "", _yandex.business_of(self._yandex_accounts, request.headers)
            else:
                client_id, business_id = _ozon.authenticate(self._ozon_accounts, request.headers), 0
                entity = client_id
            raw = await request.read()
            if yandex and len(raw) > (endpoint.max_body_bytes or _yandex.MAX_BODY_BYTES):
                raise Invalid(
                    f"Request body must not exceed {endpoint.max_body_bytes or _yandex.MAX_BODY_BYTES} bytes"
                )
            try:
                body = _decode(raw) if raw else None
            except msgspec.DecodeError:
                if request.content_type.startswith("multipart/"):
                    body = None  # a file upload (chats/file/send): its JSON-free body is not validated
                else:
                    raise Invalid("request body is not valid JSON") from None
            items = count_items(body, endpoint.items_field)
            if faults.error_rate and faults.applies_to(route.key) and self._rng.random() < faults.error_rate:
                error_body = _yandex.server_error_body if yandex else _ozon.server_error_body
                raise ApiFailure(
                    faults.error_status,
                    "injected fault",
                    reason="fault",
                    body=error_body(faults.error_status),
                )
            ticket = world.admission[market].admit(endpoint, entity, items, arrived)
            if isinstance(ticket, Refusal):
                counters.rejected["rate_limit" if ticket.rate is not None else "parallel"] += 1
                status, payload, headers = (_yandex if yandex else _ozon).refusal_response(
                    ticket, loop.time()
                )
                return self._respond(
                    world, market, route, endpoint, entity, arrived, items, status, payload, headers
                )
            try:
                if faults.applies_to(route.key) and (faults.latency or faults.jitter):
                    await asyncio.sleep(faults.latency + self._rng.uniform(0.0, faults.jitter))
                steered = self._steering.take(market, route.key) if self._steering.answers else None
                if steered is not None:
                    if steered.status < 400:
                        counters.accepted += 1
                    else:
                        counters.rejected["steered"] += 1
                    return self._respond(
                        world, market, route, endpoint, entity, arrived, items, steered.status, steered, {}
                    )
                now = loop.time()
                call = Call(
                    endpoint,
                    entity,
                    client_id,
                    business_id,
                    params,
                    request.query,
                    body,
                    now,
                    datetime.now(UTC),
                )
                payload = route.handler(world, call)
                counters.accepted += 1
                if faults.applies_to(route.key):
                    if faults.slow_rate and self._rng.random() < faults.slow_rate:
                        await asyncio.sleep(faults.slow_seconds)
                    if faults.drop_rate and self._rng.random() < faults.drop_rate:
                        counters.dropped += 1
                        self._log_arrival(world, market, route.key, arrived, items, 0)
                        if request.transport is not None:
                            request.transport.close()
                        return web.Response(status=200)
            finally:
                ticket.release()
            return self._respond(world, market, route, endpoint, entity, arrived, items, 200, payload, {})
        except ApiFailure as failure:
            counters.rejected[failure.reason] += 1
            payload = failure.body or (_yandex if yandex else _ozon).error_body(failure.code, failure.message)
            if route.shape_error is not None and failure.body is None:
                payload = route.shape_error(failure.status, payload)
            return self._respond(
                world, market, route, endpoint, entity, arrived, items, failure.status, payload, {}
            )

    def _respond(
        self,
        world: World,
        market: str,
        route: Route,
        endpoint: Endpoint,
        entity: str,
        arrived: float,
        items: int,
        status: int,
        payload: Mapping[str, Any] | Reply,
        headers: Mapping[str, str],
    ) -> web.Response:
        self._log_arrival(world, market, route.key, arrived, items, status)
        out = dict(headers)
        if market == YANDEX:
            now = asyncio.get_running_loop().time()
            headline = world.admission[market].headline(endpoint, entity, now)
            if headline is not None:
                out.update(_yandex.rate_headers(*headline, now))
        if isinstance(payload, Reply):
            out.update(payload.headers)
            return web.Response(
                body=payload.body, status=status, headers=out, content_type=payload.content_type
            )
        return web.Response(
            body=_encode(payload), status=status, headers=out, content_type="application/json"
        )

    def _log_arrival(
        self, world: World, market: str, key: str, arrived: float, items: int, status: int
    ) -> None:
        if self.record_arrivals:
            world.arrivals.setdefault((market, key), []).append((arrived - world.started, items, status))

    # -- control routes ----------------------------------------------------------------------

    async def _http_state(self, request: web.Request) -> web.Response:
        return _json(self.state())

    async def _http_stats(self, request: web.Request) -> web.Response:
        return _json(self.stats())

    async def _http_arrivals(self, request: web.Request) -> web.Response:
        return _json(self.arrivals())

    async def _http_reset(self, request: web.Request) -> web.Response:
        self.reset()
        return _json({"status": "OK"})

    async def _http_faults(self, request: web.Request) -> web.Response:
        if request.method == "POST":
            try:
                changes = _decode(await request.read() or b"{}")
                if not isinstance(changes, dict):
                    raise ValueError("send a JSON object of fault settings")
                self.set_faults(**changes)
            except (ValueError, TypeError, msgspec.DecodeError) as exc:
                return _json({"error": str(exc)}, status=400)
        return _json(self._faults.as_dict())

    async def _http_postings(self, request: web.Request) -> web.Response:
        """``{"ozon_postings": [{posting_number, products, client_id?, status?}],
        "yandex_orders": [{campaign_id, order_id, item_ids, status?}]}``."""
        try:
            data = _decode(await request.read() or b"{}")
            if not isinstance(data, dict):
                raise ValueError("send a JSON object")
            postings = [
                self.add_ozon_posting(
                    str(p["posting_number"]),
                    p["products"],
                    client_id=str(p.get("client_id", DEMO_OZON_CLIENT_ID)),
                    status=str(p.get("status", "awaiting_packaging")),
                )
                for p in data.get("ozon_postings", [])
            ]
            orders = [
                self.add_yandex_order(
                    int(o["campaign_id"]),
                    int(o["order_id"]),
                    o["item_ids"],
                    status=str(o.get("status", "PROCESSING")),
                )
                for o in data.get("yandex_orders", [])
            ]
        except (KeyError, ValueError, TypeError, msgspec.DecodeError) as exc:
            return _json({"error": f"bad postings or orders: {exc!r}"}, status=400)
        return _json({"ozon_postings": postings, "yandex_orders": orders})

    async def _http_responses(self, request: web.Request) -> web.Response:
        """``POST {operation, json?|error?, status?, code?, times?}`` registers an answer (see
        :meth:`Emulator.respond`); ``DELETE`` (``?operation=``) clears; ``GET`` lists them."""
        try:
            if request.method == "POST":
                data = _decode(await request.read() or b"{}")
                if not isinstance(data, dict) or not isinstance(data.get("operation"), str):
                    raise ValueError('send a JSON object with "operation" and the answer')
                known = {"operation", "json", "status", "error", "code", "headers", "times"}
                unknown = set(data) - known
                if unknown:
                    raise ValueError(f"unknown keys {sorted(unknown)}; known: {sorted(known)}")
                self.respond(**data)
            elif request.method == "DELETE":
                self.clear_responses(request.query.get("operation"))
        except (ValueError, TypeError, msgspec.DecodeError) as exc:
            return _json({"error": str(exc)}, status=400)
        return _json(
            [
                {"marketplace": market, "operation": key, **steered.as_dict()}
                for (market, key), steered in self._steering.answers.items()
            ]
        )


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(body=_encode(data), status=status, content_type="application/json")


async def serve_forever(
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    on_ready: Callable[[Emulator], object] | None = None,
    **config: Any,
) -> None:
    """Run an emulator until cancelled (``marketplace-async sandbox --port 8080``).

    ``config`` takes the keyword arguments of :class:`Emulator`; ``on_ready`` is called with the
    started emulator (to print its URL, or to learn the port when ``port=0``).
    """
    async with Emulator(host=host, port=port, **config) as emulator:
        if on_ready is not None:
            on_ready(emulator)
        await asyncio.Event().wait()
