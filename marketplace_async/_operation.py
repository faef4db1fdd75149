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
from dataclasses import dataclass
from typing import Literal

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
    paging: PagingSpec | None = None

    @property
    def key(self) -> str:
        """Ozon's limits-table key (``v1/product/list``); Yandex tables key by operationId."""
        return self.path.lstrip("/")


_warned: set[tuple[str, str]] = set()


def warn_deprecated_once(marketplace: str, op: OperationSpec, replacement_attr: str | None) -> None:
    """Warn (once per process and operation) that a deprecated operation was called."""
    if not op.deprecated or (marketplace, op.operation_id) in _warned:
        return
    _warned.add((marketplace, op.operation_id))
    text = f"{marketplace} {op.operation_id} ({op.method} {op.path}) is deprecated"
    if op.deprecation:
        text += f": {op.deprecation}"
    if replacement_attr:
        text += f"; use .{replacement_attr}() instead"
    elif op.replacement:
        text += f"; use {op.replacement} instead"
    warnings.warn(text, DeprecationWarning, stacklevel=4)


__all__ = ["OperationSpec", "PagingSpec", "PagingStyle", "warn_deprecated_once"]
