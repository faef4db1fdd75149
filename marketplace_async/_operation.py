"""One row of the generated operations index: what a typed method calls, and how.

``marketplace_async/_generated/<marketplace>/operations.py`` holds an ``OPERATIONS`` tuple of
:class:`OperationSpec`, one per operation of the vendored spec, written by
``python -m marketplace_async._codegen``. The generated methods, the limits tables, the CLI listing
and the emulator read these rows; none of them parses a spec at run time.

Python names are derived from the operationId (see ``marketplace_async/_codegen/README.md``):
``getCampaigns`` becomes ``get_campaigns``; ``ProductAPI_GetProductList`` becomes
``product_get_product_list``. A name a hand-written method already has (``update_stocks``) is
given to the hand-written method; the generated one is prefixed ``call_``.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, cast

import msgspec

from ._multipart import MULTIPART, encode_form

T = TypeVar("T")

PagingStyle = Literal["cursor", "last_id", "offset", "page_token"]


@dataclass(frozen=True, slots=True)
class PagingSpec:
    """How a list operation pages, detected from its schemas; fields are dotted JSON paths.

    * ``last_id`` / ``cursor``: send ``request_field`` = the previous answer's ``response_field``.
    * ``offset``: send ``request_field`` = items seen so far (``total`` or ``has_next_field`` tell
      whether more remain).
    * ``page_token``: send the ``page_token`` query parameter = the answer's ``response_field``
      (``nextPageToken``).

    ``items_field`` is the list the typed iterator yields from, ``item_model`` its element model
    (empty when the operation has no single item list: the iterator then yields whole pages).
    """

    style: PagingStyle
    request_field: str
    response_field: str | None
    items_field: str | None
    item_model: str | None = None
    has_next_field: str | None = None
    total_field: str | None = None
    limit_field: str | None = None
    max_limit: int | None = None


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """One operation of an official spec, as the generated surface calls it."""

    operation_id: str
    method: str
    path: str
    summary: str
    section: str
    attr: str
    """The client attribute that calls it, as written in user code: ``client.<attr>(...)``."""
    request_model: str | None
    """Model of the JSON body; ``None`` when the operation takes no JSON body."""
    response_model: str
    """Model of the 200 answer; ``"bytes"`` for files (PDF, PNG, ...), ``"None"`` without a body."""
    path_params: tuple[tuple[str, str], ...] = ()
    """(wire name, Python name) of each path parameter, in path order."""
    query_params: tuple[tuple[str, str], ...] = ()
    """(wire name, Python name) of each query parameter."""
    request_content_type: str | None = None
    deprecated: bool = False
    deprecation: str | None = None
    """What the spec says about the deprecation (dates), when it says anything."""
    replacement: str | None = None
    """operationId of the operation to use instead, when the spec names one."""
    replacement_attr: str | None = None
    """The client attribute of ``replacement``."""
    paging: PagingSpec | None = None

    @property
    def key(self) -> str:
        """Ozon's limits-table key (``v1/product/list``); Yandex tables key by operationId."""
        return self.path.lstrip("/")


_warned: set[tuple[str, str]] = set()


def warn_deprecated_once(marketplace: str, op: OperationSpec, stacklevel: int = 4) -> None:
    """Warn, once per process and operation, that a deprecated operation was called."""
    if not op.deprecated or (marketplace, op.operation_id) in _warned:
        return
    _warned.add((marketplace, op.operation_id))
    text = f"{marketplace} {op.operation_id} ({op.method} {op.path}) is deprecated"
    if op.deprecation:
        text += f": {op.deprecation}"
    if op.replacement_attr:
        text += f"; use .{op.replacement_attr}() ({op.replacement}) instead"
    elif op.replacement:
        text += f"; use {op.replacement} instead"
    warnings.warn(text, DeprecationWarning, stacklevel=stacklevel)


def decode_answer(body: bytes, response_type: type[T]) -> T:
    """The typed answer: bytes as they came for files, else JSON decoded leniently (``"123"`` → 123)."""
    if response_type is bytes:
        return cast(T, body)
    if response_type is type(None):
        return None  # mypy narrows T to None here
    return msgspec.json.decode(body or b"{}", type=response_type, strict=False)


def _dig(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


# The two classes below are the hand-written core the generated methods call: one entry point per
# marketplace over the client's existing plumbing (limits table, scheduler, retry loop). They reach
# the client through ``Any`` because they are mixed into it; the clients' own tests type-check it.


class OzonInvoker:
    """Sends one generated Ozon operation through the client's engine and decodes the typed answer."""

    async def _invoke(
        self, op: OperationSpec, path: Mapping[str, Any] | None, body: Any, answer: type[T]
    ) -> T:
        client: Any = self
        warn_deprecated_once("Ozon", op)
        ep, url_path = client._resolve(op.path, path)
        if op.request_content_type == MULTIPART:
            form = encode_form(body)
            response = await client._send(ep, path=url_path, body=form.body, content_type=form.content_type)
            return decode_answer(response.body, answer)
        payload = msgspec.to_builtins(body) if body is not None else None
        response = await client._send_json(ep, url_path, payload)
        return decode_answer(response.body, answer)

    async def _iterate(
        self, op: OperationSpec, path: Mapping[str, Any] | None, body: Any, item: type[T], limit: int | None
    ) -> AsyncIterator[T]:
        """Each item of a paged operation, with the stop rules of ``OzonClient.paginate``."""
        from ._ozon.endpoints import Paging

        client: Any = self
        spec = op.paging
        assert spec is not None and spec.items_field is not None and spec.style != "page_token"
        warn_deprecated_once("Ozon", op, stacklevel=3)
        ep, url_path = client._resolve(op.path, path)
        paging = Paging(
            spec.style,
            spec.request_field,
            spec.response_field,
            spec.items_field,
            spec.has_next_field,
            limit_field=spec.limit_field or "limit",
            max_limit=spec.max_limit,
        )
        request = dict(msgspec.to_builtins(body) or {}) if body is not None else {}
        if limit is not None and spec.limit_field:
            request[spec.limit_field] = limit
        elif spec.limit_field and spec.limit_field not in request and spec.max_limit is not None:
            request[spec.limit_field] = spec.max_limit
        page_size = request.get(spec.limit_field) if spec.limit_field else None
        pages = client._pages(
            ep, url_path, paging, request, page_size if isinstance(page_size, int) else None
        )
        async for page in pages:
            for raw in page:
                yield msgspec.convert(raw, item, strict=False)


class YandexInvoker:
    """Sends one generated Yandex operation through the client's engine and decodes the typed answer."""

    async def _invoke(
        self,
        op: OperationSpec,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        answer: type[T],
    ) -> T:
        client: Any = self
        warn_deprecated_once("Yandex", op)
        if op.request_content_type == MULTIPART:
            body = encode_form(body)
        data = await client._call(client._operation(op.operation_id), path, query, body)
        if answer is bytes or answer is type(None):
            return cast(T, data if answer is bytes else None)
        return msgspec.convert(data if data is not None else {}, answer, strict=False)

    async def _iterate(
        self,
        op: OperationSpec,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        item: type[T],
    ) -> AsyncIterator[T]:
        """Each item of a ``page_token`` operation, with the stop rules of ``paginate``."""
        client: Any = self
        spec = op.paging
        assert spec is not None and spec.items_field is not None
        async for page in client.paginate(op.operation_id, path=path, query=query, body=body):
            for raw in _dig(page, spec.items_field) or ():
                yield msgspec.convert(raw, item, strict=False)


__all__ = [
    "OperationSpec",
    "OzonInvoker",
    "PagingSpec",
    "PagingStyle",
    "YandexInvoker",
    "decode_answer",
    "warn_deprecated_once",
]
