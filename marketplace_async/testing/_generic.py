"""Routes for the operations no hand-written handler models: validate the request, answer per spec."""

from __future__ import annotations

import functools
from collections.abc import Callable, MutableMapping
from typing import Any

from .._limits import Endpoint, LimitsTable
from .._ozon.endpoints import OZON_LIMITS
from .._yandex.operations import YANDEX_LIMITS
from ._spec import Operation, SpecIndex, Validator, answer, error_body, load
from ._wire import Call, Handler, Reply, Route
from ._world import World

TABLES = {"ozon": OZON_LIMITS, "yandex": YANDEX_LIMITS}
SOURCE = "no row in the limits table: only the account-wide limits apply"


def key_of(marketplace: str, op: Operation, table: LimitsTable) -> str:
    """The limits-table key: the Yandex operationId; the Ozon path without its slash (or the key
    the table files that path under, such as ``v1/supplier/waybill_acceptance_results/:waybill_id``)."""
    if marketplace == "yandex":
        return op.operation_id
    for endpoint in table:
        if endpoint.path == op.path and endpoint.method == op.method:
            return endpoint.key
    return op.path.lstrip("/")


@functools.cache
def spec_routes(marketplace: str, taken: frozenset[tuple[str, str]], seed: int) -> tuple[Route, ...]:
    """A route for every operation of the spec whose (method, path) no route in ``taken`` serves.

    Built once per process and seed: each operation's answer depends only on it and ``seed``, so
    emulators with the same seed share the routes and their cached answers.
    """
    answers: dict[tuple[str, str], Reply] = {}
    index = load(marketplace)
    validator = Validator(index)
    served = set(taken)
    routes = []
    for op in index.operations:
        if (op.method, op.path) in served:
            continue
        served.add((op.method, op.path))
        key = key_of(marketplace, op, TABLES[marketplace])
        fallback = Endpoint(key=key, method=op.method, path=op.path, source=SOURCE)
        handler = _handler(op, index, validator, seed, answers)
        routes.append(Route(key, op.method, op.path, handler, fallback, _error_shaper(op, index)))
    return tuple(routes)


def _error_shaper(op: Operation, index: SpecIndex) -> Callable[[int, dict[str, Any]], dict[str, Any]] | None:
    """Errors in the shape ``op`` documents, when it documents one other than the usual."""
    if not op.errors:
        return None

    def shape(status: int, standard: dict[str, Any]) -> dict[str, Any]:
        return error_body(op, index, status, standard)

    return shape


def _handler(
    op: Operation,
    index: SpecIndex,
    validator: Validator,
    seed: int,
    answers: MutableMapping[tuple[str, str], Reply],
) -> Handler:
    cache_key = (op.method, op.path)

    def handle(world: World, call: Call) -> Reply:
        validator.request(op, call.params, call.query, call.body)
        reply = answers.get(cache_key)
        if reply is None:
            reply = answers[cache_key] = answer(op, index, seed)
        return reply

    return handle
