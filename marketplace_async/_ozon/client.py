"""``OzonClient``: every method of the Ozon Seller API limits table, and the bulk uploads at full rate.

Every request goes through the core engine: the account's 50 req/s and the endpoint's rates
(scheduler), then the retry loop with the endpoint's idempotency. On top of that this module
enforces the per-item rules of the bulk methods:

* stocks: one update per (offer or product, warehouse) pair every 30 s. A pair that is not due
  yet is *held* (parked with its due time while the other items go on) and sent when due, or
  reported as ``RATE_LIMITED`` if the caller will not wait. A pair counts as used from the moment
  it is put in a batch until its request has ended, and its 30 s are counted from that end: the
  latest moment the server can have applied it, so the client never counts from too early.
* prices: at most 10 updates per product per hour; the excess is reported, never sent.
* posting codes: all codes of a posting in one request, never resent after an ambiguous failure.

Accounts are named by keyed fingerprints of the Client-Id (``_fingerprint.py``), never by it:
in reprs by a per-process one, in bucket keys by one keyed by the Api-Key.
"""

from __future__ import annotations

import asyncio
import re
import warnings
from collections.abc import AsyncIterator, Callable, Hashable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import anyio
import msgspec

from .._backend import MemoryBackend
from .._bulk import (
    BulkGuard,
    BulkPlan,
    Items,
    batch_failed,
    batch_limit,
    convert_all,
    deliver,
    run_bulk,
    validated,
)
from .._client import BaseClient, json_encode
from .._constants import DEFAULT_CONCURRENCY, RetryPolicy
from .._engine import Counter
from .._errors import ApiError, AuthError, MarketplaceError, OutcomeUnknownError, ValidationError
from .._fingerprint import fingerprint
from .._generated.ozon.methods import OzonOperations
from .._keyed import KeyGate, SharedKeys, may_have_reached
from .._limits import Endpoint, Pacing
from .._pool import ClientPool
from .._results import BatchOutcome, BulkResult, FailureReason, ItemFailure, OnBatch
from .._sync import BulkSync
from .._transport import Response
from .._validation import (
    CONFLICT,
    DUPLICATE,
    LENGTH,
    REQUIRED,
    TOO_LARGE,
    TYPE,
    convert_at_once,
    convert_each,
    convert_item,
    refuse,
)
from ._held import (
    TOO_MANY_REQUESTS,
    HeldUpload,
    describe_key,
    hand_back_lost,
    lost_answer,
    unknown_after_resend,
    when,
)
from ._limits_data import DOCS
from .dialect import OzonDialect
from .endpoints import (
    DIGITAL_LIST_V1,
    DIGITAL_LIST_V2,
    DIGITAL_STOCKS,
    OZON_LIMITS,
    PAGING,
    POSTING_CODES,
    PRICES,
    STOCKS,
    Paging,
    key_of,
)
from .models import STOCK_LIMIT as STOCK_LIMIT  # re-exported: the CLI checks rows against it
from .models import (
    DigitalListFilter,
    DigitalListRequest,
    DigitalListV2Filter,
    DigitalListV2Request,
    DigitalPosting,
    DigitalPostingV2,
    DigitalStockItem,
    DigitalStocksRequest,
    DigitalStocksResponse,
    ExemplarsBySku,
    ItemError,
    PriceItem,
    PriceResult,
    PricesRequest,
    PricesResponse,
    SortDir,
    StockItem,
    StockResult,
    StocksRequest,
    StocksResponse,
    UploadDigitalCodesInfoRequest,
    UploadDigitalCodesInfoResponse,
    UploadDigitalCodesRequest,
    UploadDigitalCodesResponse,
    UploadPostingCodesRequest,
    UploadPostingCodesResponse,
    decode_response,
)

DEFAULT_BASE_URL = "https://api-seller.ozon.ru"


PRICE_FIELDS = ("price", "old_price", "min_price", "net_price")
"""The money fields of a price item: decimal strings on the wire."""

LEGACY_CODES_PER_REQUEST = 100
"""Codes per ``/v1/product/upload_digital_codes`` request: never documented (the method left the reference on 1 Jul 2025), so small."""

_PATH_PARAM = re.compile(r"\{(\w+)\}")
_VERSIONED_PATH = re.compile(r"v\d+/[\w\-./]+")
# Ozon id lists that count together against one per-request maximum (e.g. v3/product/info/list).
_ID_GROUP = ("offer_id", "product_id", "sku")
_LEGACY_UPLOAD = "v1/product/upload_digital_codes"
_LEGACY_INFO = "v1/product/upload_digital_codes/info"

T = TypeVar("T")
S = TypeVar("S", bound=msgspec.Struct)


def account_fingerprint(client_id: str, api_key: str | None = None) -> str:
    """A name for a Client-Id that cannot be turned back into it.

    Without ``api_key`` it holds for this process only (reprs, logs); with it, every process that
    knows the Api-Key computes the same name (bucket keys shared through Redis, push journals).
    """
    return "c" + fingerprint(client_id, secret=api_key)


class _Credentials:
    """Holds the secrets; its repr never shows them."""

    __slots__ = ("api_key", "client_id")

    def __init__(self, client_id: str, api_key: str) -> None:
        self.client_id = client_id
        self.api_key = api_key

    def __repr__(self) -> str:
        return "<credentials hidden>"


def _dig(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def _put(obj: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        obj = obj.setdefault(part, {})
    obj[last] = value


def _as_payload(body: Any) -> Any:
    """A request body as plain JSON-ready data (Structs converted)."""
    if isinstance(body, msgspec.Struct):
        return msgspec.to_builtins(body)
    return body


def _decode(response_type: type[S], response: Response, endpoint: str) -> S:
    try:
        return decode_response(response_type, response.body or b"{}")
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise ApiError(
            f"unexpected response shape: {exc}", status=response.status, endpoint=endpoint
        ) from None


def _item_errors(errors: Sequence[ItemError]) -> tuple[str, str]:
    code = errors[0].code or "ERROR"
    message = "; ".join(f"{e.code}: {e.message}" if e.message else e.code for e in errors)
    return code, message


def _judge(endpoint: str, item: Any, row: Any) -> ItemFailure | None:
    """A bulk update's per-item answer (``updated`` + ``errors``) as a failure, or None if applied."""
    if row is None:
        return ItemFailure(item, FailureReason.BATCH, message=f"{endpoint}: item missing from the response")
    if row.errors:
        code, message = _item_errors(row.errors)
        return ItemFailure(item, FailureReason.API, code=code, message=message)
    if not row.updated:
        return ItemFailure(
            item, FailureReason.NOT_UPDATED, message=f"{endpoint}: updated=false with no error"
        )
    return None


def _match(
    endpoint: str,
    batch: list[T],
    rows: list[Any],
    item_keys: Callable[[T], Hashable],
    row_keys: Callable[[Any], tuple[Hashable, ...]],
    keys: list[Hashable] | None = None,
    applied_in_order: Callable[[list[T], list[Any]], bool] | None = None,
) -> BatchOutcome:
    """Pair each sent item with its row of the answer by identifiers, not by position.

    ``keys``: the items' keys, if the caller has them. ``applied_in_order(batch, rows)``:
    whether every row was applied and its first key (of ``row_keys``) is its own item's key,
    position by position; then, keys being distinct, each row pairs with the item at its
    position, all applied: the answer without the search."""
    if keys is None:
        keys = [item_keys(item) for item in batch]
    if (
        applied_in_order is not None
        and len(rows) == len(batch)
        and applied_in_order(batch, rows)
        and len(set(keys)) == len(keys)
    ):
        return BatchOutcome(endpoint, batch[:], [])
    waiting: dict[Hashable, int] = dict(zip(keys, range(len(batch)), strict=True))
    found: dict[int, Any] = {}
    for row in rows:
        for k in row_keys(row):
            at = waiting.pop(k, None)
            if at is not None:
                found[at] = row
                break
    succeeded: list[Any] = []
    failed: list[ItemFailure] = []
    for i, item in enumerate(batch):
        row = found.get(i)
        if row is not None and not row.errors and row.updated:  # the common case, without a call
            succeeded.append(item)
            continue
        failure = _judge(endpoint, item, row)
        if failure is None:
            succeeded.append(item)
        else:
            failed.append(failure)
    return BatchOutcome(endpoint, succeeded, failed)


def _stock_key(item: StockItem) -> Hashable:
    # ProductAPI_ProductsStocksV2: when both ids are sent, offer_id wins, so it names the pair.
    if item.offer_id is not None:
        return ("offer", item.offer_id, item.warehouse_id)
    return ("product", item.product_id, item.warehouse_id)


def _stock_row_keys(row: Any) -> tuple[Hashable, ...]:
    return (("offer", row.offer_id, row.warehouse_id), ("product", row.product_id, row.warehouse_id))


def _stock_rows_applied_in_order(batch: list[StockItem], rows: list[StockResult]) -> bool:
    """Whether every row was applied and names its item's offer (a row's is never None, so the
    item is keyed by it) on its item's warehouse. Of equal lengths: rows not applied are left
    out of the first list."""
    applied = [r.offer_id for r in rows if r.updated and not r.errors]
    offers, warehouses = [i.offer_id for i in batch], [i.warehouse_id for i in batch]
    return applied == offers and [r.warehouse_id for r in rows] == warehouses


def _price_key(item: PriceItem) -> Hashable:
    if item.offer_id is not None:
        return ("offer", item.offer_id)
    return ("product", item.product_id)


def _price_row_keys(row: Any) -> tuple[Hashable, ...]:
    return (("offer", row.offer_id), ("product", row.product_id))


def _price_rows_applied_in_order(batch: list[PriceItem], rows: list[PriceResult]) -> bool:
    """Whether every row was applied and names its item's offer (a row's is never None, so the
    item is keyed by it). Of equal lengths: rows not applied are left out of the first list."""
    return [r.offer_id for r in rows if r.updated and not r.errors] == [i.offer_id for i in batch]


def _price_refused(
    item: PriceItem, wait: float, gate: KeyGate, lost: Mapping[Hashable, tuple[int, OutcomeUnknownError]]
) -> ItemFailure:
    """A product over its updates an hour: refused, or unknown if an attempt's answer was lost."""
    key = _price_key(item)
    rate = gate.rate
    if key in lost:
        why = f"not resent: {describe_key(key)} has no price update left until {when(wait)}"
        return lost_answer(item, lost[key][1], why)
    return ItemFailure(
        item,
        FailureReason.RATE_LIMITED,
        code=TOO_MANY_REQUESTS,
        message=(
            f"{describe_key(key)} already had {rate.amount} price updates within "
            f"{rate.window:g} s; not sent; it may be sent {when(wait)}"
        ),
    )


def _resent_price(
    failure: ItemFailure, lost: Mapping[Hashable, tuple[int, OutcomeUnknownError]]
) -> ItemFailure:
    too_soon = failure.reason is FailureReason.API and failure.code == TOO_MANY_REQUESTS
    if too_soon and _price_key(failure.item) in lost:
        return unknown_after_resend(failure)
    return failure


def _check_id(item: StockItem | PriceItem, index: int, raw: Any) -> None:
    if item.offer_id is None and item.product_id is None:
        raise refuse(REQUIRED, "offer_id or product_id is required", index=index, field="offer_id", item=raw)


def _convert_stock(raw: Any, index: int) -> StockItem:
    item = convert_item(raw, index, StockItem)
    if item.offer_id is None and item.product_id is None:  # inline: the hot path of stocks
        _check_id(item, index, raw)
    return item


def _converted_list(items: list[T]) -> list[T]:
    return items


def _stocks_at_once(items: Items) -> list[StockItem] | None:
    """A list of plain dicts in one conversion; ``None``: convert item by item (also for errors)."""
    return convert_at_once(items, StockItem, one_of=(_IDS,))


def _prices_at_once(items: Items) -> list[PriceItem] | None:
    """A list of plain dicts in one conversion; ``None``: convert item by item (also for errors)."""
    return convert_at_once(items, PriceItem, one_of=(_IDS, PRICE_FIELDS))


_IDS = ("offer_id", "product_id")  # an item needs one of them


def _convert_price(raw: Any, index: int) -> PriceItem:
    item = convert_item(raw, index, PriceItem)
    _check_id(item, index, raw)
    if all(getattr(item, name) is None for name in PRICE_FIELDS):
        raise refuse(
            REQUIRED,
            f"at least one of {', '.join(PRICE_FIELDS)} is required",
            index=index,
            field=PRICE_FIELDS[0],
            item=raw,
        )
    return item


def _convert_digital_stock(raw: Any, index: int) -> DigitalStockItem:
    return convert_item(raw, index, DigitalStockItem)


def _convert_exemplars(raw: Any, index: int) -> ExemplarsBySku:
    item = convert_item(raw, index, ExemplarsBySku)
    if len(item.exemplar_keys) != item.exemplar_qty:
        raise refuse(
            CONFLICT,
            f"is {item.exemplar_qty} but {len(item.exemplar_keys)} exemplar_keys were given",
            index=index,
            field="exemplar_qty",
            item=raw,
        )
    seen: set[str] = set()
    for at, key in enumerate(item.exemplar_keys):
        if key in seen:
            raise refuse(
                DUPLICATE,
                "repeats an earlier code of the item",
                index=index,
                field=f"exemplar_keys[{at}]",
                item=raw,
                rule="unique codes",
            )
        seen.add(key)
    return item


def _distinct_offers(items: list[StockItem] | list[PriceItem]) -> bool:
    """Whether no two items' offer_ids are equal (at most one is None): then no two keys are,
    told without a key per item (an item with an offer_id is keyed by it, one without by its
    product_id). ``False`` when it cannot tell that way (say, an offer on two warehouses)."""
    offers = [item.offer_id for item in items]
    return len(set(offers)) == len(offers)


def _coalesce(items: list[T], keys: list[Hashable]) -> tuple[list[T], int]:
    """One item per key (``keys``: the items'), the last value winning, in the order each key
    first came; returns the items and how many were replaced."""
    latest = dict(zip(keys, items, strict=True))
    return list(latest.values()), len(items) - len(latest)


class OzonClient(BaseClient, OzonOperations):
    """Async client of the Ozon Seller API for one account (Client-Id + Api-Key).

    ``limits`` overrides any figure of :data:`OZON_LIMITS`; ``time_scale`` divides every
    documented window (for emulators); ``pool`` shares one session and scheduler between clients;
    ``retry`` replaces the default :class:`RetryPolicy`.
    """

    def __init__(
        self,
        *,
        client_id: str | int,
        api_key: str,
        base_url: str = DEFAULT_BASE_URL,
        limits: Mapping[str, Any] | None = None,
        time_scale: float = 1.0,
        pool: ClientPool | None = None,
        retry: RetryPolicy | None = None,
        pacing: Pacing = "burst",
    ) -> None:
        client_id = str(client_id).strip()
        if not client_id:
            raise ValueError("client_id must not be empty")
        if not isinstance(api_key, str) or not api_key.strip():
            raise ValueError("api_key must be a non-empty string")
        self._credentials = _Credentials(client_id, api_key.strip())
        self.account = account_fingerprint(client_id)
        self._bucket_scope = account_fingerprint(client_id, api_key.strip())  # agrees across processes
        self._base_url = base_url.rstrip("/")
        self._gates: dict[str, KeyGate] = {}
        super().__init__(
            table=OZON_LIMITS,
            dialect=OzonDialect(),
            base_url=base_url,
            limits=limits,
            time_scale=time_scale,
            pool=pool,
            retry=retry,
            pacing=pacing,
        )

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<OzonClient account={self.account} {self._base_url} {state}>"

    def _auth_headers(self) -> Mapping[str, str]:
        creds = self._credentials
        return {"Client-Id": creds.client_id, "Api-Key": creds.api_key, "Content-Type": "application/json"}

    # ------------------------------------------------------------------ plumbing

    def endpoint(self, path: str) -> Endpoint:
        """The table row of an operation, by path or operationId.

        A path may be a template (``/v1/x/{id}``, ``v1/x/:id``) or filled in (``v1/x/7``). A
        versioned path newer than the spec the SDK was built from is sent as POST with the
        account's 50 requests a second only, never resent after an ambiguous failure, and warned
        about once per client: give its limits with ``limits={path: {...}}``.
        """
        key = key_of(path)
        try:
            return self.limits.endpoint(key)
        except KeyError:
            pass
        for ep in self.limits:  # a filled-in path: match it against the templates
            if "{" not in ep.path:
                continue
            if re.fullmatch("[^/]+".join(map(re.escape, _PATH_PARAM.split(ep.path)[::2])), "/" + key):
                return ep
        if not _VERSIONED_PATH.fullmatch(key):
            raise ValidationError(
                f"{path!r} is neither an operation of the Ozon limits table nor a versioned path such as "
                "v2/products/stocks",
                field="path",
                rule="a known operation or a versioned path",
            )
        newer = Endpoint(
            key=key,
            method="POST",
            path="/" + key,
            idempotent=False,
            source=f"not in the June 2026 reference ({DOCS}): only the account's 50 requests a second apply",
        )
        self.limits = self.limits.with_overrides({key: newer})  # so it warns once per client
        warnings.warn(
            f"Ozon {key} is not in the June 2026 reference this SDK was built from: it is sent as POST with "
            "the account's 50 requests a second only and never resent after an ambiguous failure; give its "
            f"limits with OzonClient(limits={{{key!r}: {{...}}}})",
            UserWarning,
            stacklevel=4,
        )
        return newer

    def _resolve(self, path: str, path_params: Mapping[str, Any] | None) -> tuple[Endpoint, str]:
        ep = self.endpoint(path)
        key = key_of(path)
        if ep.path_params and key != ep.key and self.limits.aliases.get(key) != ep.key:  # filled in
            if path_params:
                raise ValidationError(
                    f"{key} has its path parameters filled in already; give path_params only with {ep.key}",
                    field="path_params",
                    rule="path parameters once",
                )
            return ep, "/" + key
        params = dict(path_params or {})
        missing = [name for name in ep.path_params if name not in params]
        extra = sorted(set(params) - set(ep.path_params))
        if missing or extra:
            raise ValidationError(
                f"{ep.key} takes path parameters {list(ep.path_params)}; missing {missing}, unknown {extra}",
                field="path_params",
                rule="exactly the endpoint's path parameters",
            )
        url_path = _PATH_PARAM.sub(lambda m: quote(str(params[m.group(1)]), safe=""), ep.path)
        return ep, url_path

    def _gate(self, ep: Endpoint) -> KeyGate | None:
        rate = self.keyed_rate(ep)
        if rate is None:
            return None
        gate = self._gates.get(ep.key)
        if gate is None:  # keyed_rate() returns one KeyedRate per endpoint for the client's life
            backend = self.pool.scheduler.backend  # another kind may be shared by other processes
            shared = None if isinstance(backend, MemoryBackend) else SharedKeys(backend, self._item_keys(ep))
            gate = self._gates[ep.key] = KeyGate(rate, shared=shared)
        return gate

    def _item_keys(self, ep: Endpoint) -> str:
        """Names the endpoint's per-item-key buckets, the same in every process (as the engine's lanes)."""
        return f"{self._engine.dialect.name}:{self._bucket_scope}:{ep.key}:item"

    @staticmethod
    def _warn_deprecated(ep: Endpoint, stacklevel: int = 3) -> None:
        if ep.deprecated:
            warnings.warn(ep.deprecation("Ozon"), DeprecationWarning, stacklevel=stacklevel)

    @staticmethod
    def _count_items(ep: Endpoint, payload: Any) -> int:
        """Items in the request's ``items_field``; raises if over the per-request maximum."""
        if not ep.items_field or not isinstance(payload, dict):
            return 1
        *parents, leaf = ep.items_field.split(".")
        container = _dig(payload, ".".join(parents)) if parents else payload
        if not isinstance(container, dict):
            return 1
        names = _ID_GROUP if leaf in _ID_GROUP else (leaf,)
        lists = [(n, container[n]) for n in names if isinstance(container.get(n), list)]
        count = sum(len(v) for _, v in lists)
        if ep.max_items is not None and count > ep.max_items:
            where = " + ".join(".".join([*parents, n]) for n, _ in lists)
            raise ValidationError(
                f"{ep.key} takes at most {ep.max_items} per request, got {count} ({ep.source})",
                field=where,
                rule=f"at most {ep.max_items} items",
            )
        return max(1, count)

    async def _send(
        self,
        ep: Endpoint,
        *,
        path: str | None = None,
        body: bytes | None = None,
        items: int = 1,
        counter: Counter | None = None,
        content_type: str | None = None,
    ) -> Response:
        self._check_open()
        lane = self._engine.lane(ep, self._bucket_scope)
        return await self._engine.send(
            ep,
            lane,
            path=path or ep.path,
            body=body,
            items=items,
            counter=counter,
            content_type=content_type,
        )

    async def _request(
        self,
        ep: Endpoint,
        decode: Callable[[Response], T],
        *,
        body: bytes,
        items: int = 1,
        counter: Counter | None = None,
    ) -> T:
        """:meth:`_send` and the answer decoded; for a code upload a bad answer is outcome unknown."""
        self._check_open()
        lane = self._engine.lane(ep, self._bucket_scope)
        return await self._engine.request(
            ep, lane, decode, path=ep.path, body=body, items=items, counter=counter
        )

    # ------------------------------------------------------------------ any method

    async def call(self, path: str, body: Any = None, *, path_params: Mapping[str, Any] | None = None) -> Any:
        """Call any operation by its path or operationId; returns the decoded JSON answer.

        Every operation of the spec is in the table (``marketplace-async operations`` lists them),
        as are older paths Ozon removed (they warn, naming the replacement). Path parameters
        (``{order_id}``) come from ``path_params``, or are already in a filled-in path
        (``v1/x/7/y``); a path newer than the spec is sent with the account's limits only (see
        :meth:`endpoint`). GET methods take no body. A file answer (a PDF label) is returned as
        bytes. Per-item rules of the bulk methods (30 s per stock pair, 10 prices per hour) are
        enforced by the bulk methods, not here.
        """
        ep, url_path = self._resolve(path, path_params)
        self._warn_deprecated(ep)
        response = await self._send_json(ep, url_path, _as_payload(body))
        answer = response.json()
        if answer is None and response.body.strip() not in (b"", b"null"):
            return response.body
        return answer

    async def _send_json(self, ep: Endpoint, url_path: str, payload: Any) -> Response:
        """One call with a JSON body (none for GET), costed by the endpoint's counted items;
        shared by :meth:`call` and the typed methods."""
        if ep.method == "GET":
            if payload not in (None, {}):
                raise ValidationError(f"GET {ep.key} takes no body", field="body", rule="no body for GET")
            data, items = None, 1
        else:
            items = self._count_items(ep, payload)
            data = json_encode(payload if payload is not None else {})
        return await self._send(ep, path=url_path, body=data, items=items)

    async def paginate(
        self,
        path: str,
        body: Any = None,
        *,
        limit: int | None = None,
        path_params: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of a list method, page after page (``last_id``, ``offset`` or ``cursor``).

        The paging style and field names come from :data:`PAGING`. ``limit`` is the page size
        (default: the method's maximum). Items are yielded as decoded JSON.
        """
        ep, url_path = self._resolve(path, path_params)
        paging = PAGING.get(ep.key)
        if paging is None:
            raise ValidationError(
                f"{ep.key} is not a paged list method; paged: {sorted(PAGING)}", field="path", rule="paged"
            )
        self._warn_deprecated(ep)
        request = dict(_as_payload(body) or {})
        if limit is not None:
            request[paging.limit_field] = limit
        elif paging.limit_field not in request and paging.max_limit is not None:
            request[paging.limit_field] = paging.max_limit
        page_size = request.get(paging.limit_field)
        if (
            isinstance(page_size, int)
            and paging.max_limit is not None
            and not 1 <= page_size <= paging.max_limit
        ):
            raise ValidationError(
                f"must be 1..{paging.max_limit}, got {page_size}",
                field=paging.limit_field,
                rule=f"1..{paging.max_limit}",
            )
        pages = self._pages(ep, url_path, paging, request, page_size if isinstance(page_size, int) else None)
        async for page in pages:
            for item in page:
                yield item

    async def _pages(
        self, ep: Endpoint, url_path: str, paging: Paging, request: dict[str, Any], page_size: int | None
    ) -> AsyncIterator[list[Any]]:
        offset = int(_dig(request, paging.request_field) or 0) if paging.style == "offset" else 0
        token = _dig(request, paging.request_field)
        while True:
            if paging.style == "offset":
                _put(request, paging.request_field, offset)
            elif token:
                _put(request, paging.request_field, token)
            response = await self._send(
                ep, path=url_path, body=json_encode(request), items=self._count_items(ep, request)
            )
            answer = response.json()
            page = _dig(answer, paging.items_field) or []
            if not isinstance(page, list):
                raise ApiError(
                    f"{paging.items_field} is not a list in the answer",
                    status=response.status,
                    endpoint=ep.key,
                )
            yield page
            short = page_size is not None and len(page) < page_size
            if paging.has_next_field is not None:
                more = bool(_dig(answer, paging.has_next_field))
            else:
                more = bool(page) and not short
            if paging.style == "offset":
                offset += len(page)
                if not more or not page:
                    return
                if paging.max_offset is not None and offset > paging.max_offset:
                    raise ValidationError(
                        f"{ep.key}: more results remain but the next page starts at offset {offset}, past "
                        f"the documented maximum of {paging.max_offset}; narrow the filter (e.g. the period)",
                        field=paging.request_field,
                        rule=f"offset <= {paging.max_offset}",
                    )
                continue
            assert paging.response_field is not None
            next_token = _dig(answer, paging.response_field)
            if not more or not next_token:
                return
            if next_token == token:
                raise ApiError(
                    f"{paging.response_field} did not advance; stopping to avoid a loop",
                    status=response.status,
                    endpoint=ep.key,
                )
            token = next_token

    # ------------------------------------------------------------------ stocks

    async def update_stocks(
        self,
        items: Items,
        *,
        hold: bool = True,
        max_wait: float | None = None,
        on_batch: OnBatch | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BulkResult:
        """Set FBS/rFBS stocks: ``{"offer_id" or "product_id", "warehouse_id", "stock"}`` items.

        100 pairs a request (fewer if an item-counted limit of ``limits=`` allows fewer), 80
        requests a minute, within the account's 50 a second. A pair repeated within the upload is
        coalesced (the last value wins). A pair updated less than 30 s ago is held until it is due;
        with ``hold=False``, or when its wait is longer than ``max_wait`` seconds, it is reported
        as ``RATE_LIMITED`` instead.

        Every attempt that may have reached the server counts as its pairs' update: a request
        whose answer was lost (dropped connection, timeout, 5xx) is resent when its pairs are due
        again, up to the retry policy's ``max_attempts``; a pair whose outcome still cannot be
        known is reported ``OUTCOME_UNKNOWN``. The upload stops at an :class:`AuthError` or an
        exception of ``items`` or ``on_batch``, which is raised with the partial result as its
        ``result`` attribute (README, "Results and errors").
        """
        self._check_open()
        ep = self.limits.endpoint(STOCKS.key)
        result = BulkResult(endpoint=ep.key, _metrics=self.pool.metrics)
        prepared = _stocks_at_once(items) or convert_all(items, _convert_stock)
        if prepared is not None and not _distinct_offers(prepared):
            prepared, replaced = _coalesce(prepared, [_stock_key(item) for item in prepared])
            result.received += replaced
            result.coalesced += replaced
        gate = self._gate(ep)
        sent_as = ep if gate is None else hand_back_lost(ep)
        upload = HeldUpload(
            max_items=batch_limit(self.limits, ep, 100),
            key=_stock_key,
            gate=gate,
            hold=hold,
            max_wait=max_wait,
            max_attempts=self._engine.retry.max_attempts,
            guard=BulkGuard(ep.key, result, on_batch),
            clock=asyncio.get_running_loop().time,  # bound once: read per batch of a list, per item of a stream
            send=lambda batch, keys: self._send_stocks(sent_as, batch, result, keys),
        )
        source = prepared if prepared is not None else validated(items, _convert_stock, result)
        await upload.run(source, self._workers(ep, concurrency))
        upload.guard.raise_if_stopped()
        return result

    def _workers(self, ep: Endpoint, concurrency: int) -> int:
        """``concurrency``, but no more than the fewest requests any request-counted limit of
        ``ep``'s lane allows in its window: more workers would only wait in the lane, each with a
        batch in memory (a thousand accounts of 5 a window would keep thousands waiting)."""
        lane = self._engine.lane(ep, self._bucket_scope)
        return min([concurrency, *(use.bucket.amount for use in lane.uses if not use.per_item)])

    async def _send_stocks(
        self, ep: Endpoint, batch: list[StockItem], counter: Counter, keys: list[Hashable]
    ) -> BatchOutcome:
        body = json_encode(StocksRequest(stocks=batch))
        response = await self._send(ep, body=body, items=len(batch), counter=counter)
        rows = _decode(StocksResponse, response, ep.key).result
        return _match(ep.key, batch, rows, _stock_key, _stock_row_keys, keys, _stock_rows_applied_in_order)

    # ------------------------------------------------------------------ prices

    async def update_prices(
        self,
        items: Items,
        *,
        on_batch: OnBatch | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BulkResult:
        """Set prices: items with ``offer_id`` or ``product_id`` and at least one money field.

        1000 items a request (fewer if an item-counted limit of ``limits=`` allows fewer). At
        most 10 updates per product an hour: the excess is reported as ``RATE_LIMITED`` and never
        sent. Every attempt that may have reached the server counts as one of the 10: a request
        whose answer was lost is resent only while its products have updates left in their hour
        (and up to the retry policy's ``max_attempts``); otherwise they are reported
        ``OUTCOME_UNKNOWN``. Money values follow README's "Numbers and fields" (int, Decimal,
        ASCII str or an exact float; sent as decimal strings); a bad one is refused before
        anything is sent. Stops and raises like :meth:`update_stocks`.
        """
        self._check_open()
        ep = self.limits.endpoint(PRICES.key)
        result = BulkResult(endpoint=ep.key, _metrics=self.pool.metrics)
        gate = self._gate(ep)
        prepared = _prices_at_once(items) or convert_all(items, _convert_price)
        source: Items = items if prepared is None else prepared
        if prepared is not None and not _distinct_offers(prepared):
            source, replaced = _coalesce(prepared, [_price_key(item) for item in prepared])
            result.received += replaced
            result.coalesced += replaced

        sent_as = hand_back_lost(ep)

        async def send(batch: list[PriceItem]) -> BatchOutcome:
            if gate is None:
                return await self._send_prices(ep, batch, result)
            return await self._send_gated_prices(ep, sent_as, gate, batch, result)

        plan = BulkPlan(
            endpoint=ep.key,
            max_items=batch_limit(self.limits, ep, 1000),
            send=send,
            convert=_convert_price,
            # A list is converted and coalesced here, once: its items go as they are, no key twice.
            convert_list=None if prepared is None else _converted_list,
            key=_price_key if prepared is None else None,
            concurrency=concurrency,
        )
        return await run_bulk(plan, source, result, on_batch)

    async def _send_gated_prices(
        self, ep: Endpoint, sent_as: Endpoint, gate: KeyGate, batch: list[PriceItem], counter: Counter
    ) -> BatchOutcome:
        """Send a batch under the 10-updates-an-hour gate, in rounds that never wait holding a claim.

        Each round claims the products that may be updated now, all at once, and sends them;
        products over their 10 are refused; products another call is sending wait for a later
        round, which starts only after this call's claims are given back. An attempt whose answer
        was lost counts as an update and is resent in the next round if its product has one left.
        ``sent_as``: ``ep`` as :func:`hand_back_lost` marks it.
        """
        max_attempts = self._engine.retry.max_attempts
        succeeded: list[Any] = []
        failed: list[ItemFailure] = []
        lost: dict[Hashable, tuple[int, OutcomeUnknownError]] = {}  # key: (attempts, last error)
        todo = batch
        while todo:
            changed = gate.changed
            keys = [_price_key(item) for item in todo]
            ready, later = await gate.sort_out_shared(todo, _price_key, self.now(), keys)
            if later:
                keys = [_price_key(item) for item in ready]
            todo = [item for item, wait in later if wait is None]  # another call is sending it
            failed += [_price_refused(item, wait, gate, lost) for item, wait in later if wait is not None]
            if not ready:
                if todo:
                    await changed.wait()  # holding no claim
                continue
            outcome: BatchOutcome | None = None
            try:
                outcome = await self._send_prices(sent_as, ready, counter, keys)
            except OutcomeUnknownError as exc:
                outcome = BatchOutcome(ep.key, [], [])
                resend = []
                for item in ready:
                    tried = lost.get(_price_key(item), (0, exc))[0] + 1
                    lost[_price_key(item)] = (tried, exc)
                    if tried < max_attempts:
                        resend.append(item)
                    else:
                        failed.append(lost_answer(item, exc, f"not resent after {tried} attempts"))
                if resend:
                    counter.retries += 1  # they go out again in the next round
                    self.pool.metrics.resent(ep.key)
                    todo += resend
            except AuthError as exc:  # every later round would fail the same way
                outcome = batch_failed(ready + todo, exc, ep.key)
                todo = []
            except MarketplaceError as exc:
                outcome = batch_failed(ready, exc, ep.key)
            finally:
                gate.finish(keys, self.now(), used=may_have_reached(outcome))
            succeeded += outcome.succeeded
            failed += [_resent_price(f, lost) for f in outcome.failed]
        return BatchOutcome(ep.key, succeeded, failed)

    async def _send_prices(
        self, ep: Endpoint, batch: list[PriceItem], counter: Counter, keys: list[Hashable] | None = None
    ) -> BatchOutcome:
        body = json_encode(PricesRequest(prices=batch))
        response = await self._send(ep, body=body, items=len(batch), counter=counter)
        rows = _decode(PricesResponse, response, ep.key).result
        return _match(ep.key, batch, rows, _price_key, _price_row_keys, keys, _price_rows_applied_in_order)

    # ------------------------------------------------------------------ continuous sync

    def stock_sync(self, *, hold: bool = True, **opts: Any) -> BulkSync[StockItem]:
        """A coalescing batcher over :meth:`update_stocks` (options: see :class:`BulkSync`).

        A pair inside its 30 s window waits in the buffer, where later puts replace it, and goes
        when due; with ``hold=False`` it is sent anyway and reported ``RATE_LIMITED``.
        """
        ep = self.limits.endpoint(STOCKS.key)
        return BulkSync(
            lambda items, on_batch: self.update_stocks(items, hold=hold, on_batch=on_batch),
            endpoint=ep.key,
            max_items=ep.max_items or 100,
            convert=_convert_stock,
            key=_stock_key,
            gate=self._gate(ep) if hold else None,
            clock=self.now,
            **opts,
        )

    def price_sync(self, *, hold: bool = True, **opts: Any) -> BulkSync[PriceItem]:
        """A coalescing batcher over :meth:`update_prices` (options: see :class:`BulkSync`).

        A product past 10 updates an hour waits in the buffer until it may go again; with
        ``hold=False`` it is reported ``RATE_LIMITED`` instead.
        """
        ep = self.limits.endpoint(PRICES.key)
        return BulkSync(
            lambda items, on_batch: self.update_prices(items, on_batch=on_batch),
            endpoint=ep.key,
            max_items=ep.max_items or 1000,
            convert=_convert_price,
            key=_price_key,
            gate=self._gate(ep) if hold else None,
            clock=self.now,
            **opts,
        )

    # ------------------------------------------------------------------ digital goods

    async def import_digital_stocks(
        self,
        items: Items,
        *,
        on_batch: OnBatch | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BulkResult:
        """Set digital goods' stocks: ``{"offer_id", "stock"}`` items, 100 a request by default.

        Stops and raises like :meth:`update_stocks`.
        """
        self._check_open()
        ep = self.limits.endpoint(DIGITAL_STOCKS.key)
        result = BulkResult(endpoint=ep.key, _metrics=self.pool.metrics)
        prepared = convert_all(items, _convert_digital_stock)
        source: Items = items
        if prepared is not None:
            source, replaced = _coalesce(prepared, [item.offer_id for item in prepared])
            result.received += replaced
            result.coalesced += replaced

        async def send(batch: list[DigitalStockItem]) -> BatchOutcome:
            body = json_encode(DigitalStocksRequest(stocks=batch))
            response = await self._send(ep, body=body, items=len(batch), counter=result)
            rows = _decode(DigitalStocksResponse, response, ep.key).status
            return _match(ep.key, batch, rows, lambda i: i.offer_id, lambda r: (r.offer_id,))

        plan = BulkPlan(
            endpoint=ep.key,
            max_items=batch_limit(self.limits, ep, 100),
            send=send,
            convert=_convert_digital_stock,
            key=lambda i: i.offer_id,
            concurrency=concurrency,
        )
        return await run_bulk(plan, source, result, on_batch)

    async def upload_posting_codes(
        self, posting_number: str, items: Items, *, on_batch: OnBatch | None = None
    ) -> BulkResult:
        """Upload a posting's digital codes: one request, every code of every SKU in it.

        Items are ``exemplars_by_sku`` entries (``sku``, ``exemplar_qty``,
        ``not_available_exemplar_qty``, ``exemplar_keys``); the result counts them. The method is
        not idempotent: after an ambiguous failure the entries are reported ``OUTCOME_UNKNOWN``
        and nothing is resent. Rejected codes are named by their position, not their value.
        """
        self._check_open()
        ep = self.limits.endpoint(POSTING_CODES.key)
        if not isinstance(posting_number, str) or not posting_number.strip():
            raise ValidationError("must be a non-empty string", field="posting_number", rule="non-empty")
        entries = await convert_each(items, _convert_exemplars)
        self._check_posting(ep, entries)
        result = BulkResult(endpoint=ep.key, _metrics=self.pool.metrics, received=len(entries))
        if not entries:
            return result
        request = UploadPostingCodesRequest(posting_number=posting_number, exemplars_by_sku=entries)
        body = json_encode(request)
        if ep.max_body_bytes is not None and len(body) > ep.max_body_bytes:
            raise ValidationError(
                f"the posting's codes take {len(body)} bytes, over {ep.max_body_bytes} for one request; "
                "they cannot be split",
                field="exemplars_by_sku",
                rule=f"body <= {ep.max_body_bytes} bytes",
                code=TOO_LARGE,
            )
        try:
            rows = await self._request(
                ep,
                lambda response: _decode(UploadPostingCodesResponse, response, ep.key).exemplars_by_sku,
                body=body,
                items=len(entries),
                counter=result,
            )
            outcome = _judge_codes(ep.key, entries, rows)
        except MarketplaceError as exc:
            outcome = batch_failed(entries, exc, ep.key)
        await deliver(outcome, result, on_batch)
        return result

    @staticmethod
    def _check_posting(ep: Endpoint, entries: list[ExemplarsBySku]) -> None:
        if ep.max_items is not None and len(entries) > ep.max_items:
            raise ValidationError(
                f"{len(entries)} SKUs, over {ep.max_items} per request; a posting's codes cannot be split",
                field="exemplars_by_sku",
                rule=f"at most {ep.max_items} items",
                code=TOO_LARGE,
            )
        skus: set[int] = set()
        codes: dict[str, int] = {}
        for index, entry in enumerate(entries):
            if entry.sku in skus:
                raise ValidationError(
                    f"sku {entry.sku} appears twice; send one entry per SKU",
                    item_index=index,
                    field="sku",
                    rule="unique sku",
                    item=entry,
                    code=DUPLICATE,
                )
            skus.add(entry.sku)
            if ep.max_codes_per_item is not None and entry.exemplar_qty > ep.max_codes_per_item:
                raise ValidationError(
                    f"{entry.exemplar_qty} codes, over {ep.max_codes_per_item} per item",
                    item_index=index,
                    field="exemplar_keys",
                    rule=f"at most {ep.max_codes_per_item} codes",
                    item=entry,
                    code=TOO_LARGE,
                )
            for at, code in enumerate(entry.exemplar_keys):
                first = codes.setdefault(code, index)
                if first != index:
                    raise ValidationError(
                        f"code #{at} was already given for item #{first} of this posting",
                        item_index=index,
                        field="exemplar_keys",
                        rule="unique codes in the posting",
                        item=entry,
                        code=DUPLICATE,
                    )

    async def iter_digital_postings(
        self,
        since: datetime | str,
        to: datetime | str,
        *,
        api_version: Literal[1, 2] = 2,
        limit: int = 1000,
        posting_numbers: Iterable[str] = (),
        sort_dir: SortDir | None = None,
    ) -> AsyncIterator[DigitalPosting]:
        """Postings waiting for digital codes in ``[since, to]`` (timezone-aware, UTC by the API).

        ``api_version=2`` pages ``/v2/posting/digital/list`` by cursor; ``1`` pages the deprecated
        ``/v1/posting/digital/list`` by offset, which cannot go past offset 20000 (raises then).
        ``limit`` is the page size (1..1000 for v1; the same is assumed for v2).
        """
        numbers = list(posting_numbers)
        try:
            start, end = _moment(since, "since"), _moment(to, "to")
            if api_version == 2:
                key = DIGITAL_LIST_V2.key
                body: msgspec.Struct = DigitalListV2Request(
                    filter=DigitalListV2Filter(since=start, to=end, posting_numbers=numbers),
                    limit=limit,
                    sort_dir=sort_dir,
                )
            elif api_version == 1:
                key = DIGITAL_LIST_V1.key
                body = DigitalListRequest(
                    filter=DigitalListFilter(since=start, to=end, posting_number=numbers),
                    limit=limit,
                    dir=sort_dir,
                )
            else:
                raise ValidationError(
                    f"must be 1 or 2, got {api_version!r}", field="api_version", rule="1 or 2"
                )
        except ValueError as exc:
            if isinstance(exc, ValidationError):
                raise
            raise ValidationError(str(exc), rule=str(exc)) from None
        # v2 lists product prices as {amount, currency}: its postings are DigitalPostingV2.
        posting_type = DigitalPostingV2 if api_version == 2 else DigitalPosting
        async for raw in self.paginate(key, body, limit=limit):
            try:
                yield msgspec.convert(raw, posting_type, strict=False)
            except msgspec.ValidationError as exc:
                raise ApiError(f"unexpected posting shape: {exc}", endpoint=key) from None

    # ------------------------------------------------------------------ legacy digital codes

    async def upload_digital_codes(
        self,
        product_id: int,
        codes: Items,
        *,
        chunk_size: int = LEGACY_CODES_PER_REQUEST,
        poll_interval: float = 1.0,
        poll_timeout: float = 600.0,
        on_batch: OnBatch | None = None,
        concurrency: int = 1,
    ) -> BulkResult:
        """Deprecated: ``/v1/product/upload_digital_codes``, removed by Ozon on 1 Jul 2025.

        Uploads ``codes`` for ``product_id`` in chunks, then polls ``/info`` (every
        ``poll_interval`` real seconds, up to ``poll_timeout``) until each chunk's task ends. A
        chunk still pending at the timeout, or accepted but whose status cannot be read, is
        reported ``OUTCOME_UNKNOWN``: resending it could upload its codes twice. Use
        :meth:`upload_posting_codes` (``v1/posting/digital/codes/upload``) instead.
        """
        upload = self.limits.endpoint(_LEGACY_UPLOAD)
        info = self.limits.endpoint(_LEGACY_INFO)
        self._warn_deprecated(upload)
        self._check_open()
        if isinstance(product_id, bool) or not isinstance(product_id, int) or product_id < 1:
            raise ValidationError(f"must be an int >= 1, got {product_id!r}", field="product_id", rule=">= 1")
        if chunk_size < 1:
            raise ValidationError(f"must be >= 1, got {chunk_size}", field="chunk_size", rule=">= 1")
        result = BulkResult(endpoint=upload.key, _metrics=self.pool.metrics)

        def task_of(response: Response) -> int:
            task = _decode(UploadDigitalCodesResponse, response, upload.key).result
            if task is None or not task.task_id:
                raise ApiError("no task_id in the answer", status=response.status, endpoint=upload.key)
            return task.task_id

        async def send(batch: list[str]) -> BatchOutcome:
            body = json_encode(UploadDigitalCodesRequest(digital_codes=batch, product_id=product_id))
            task_id = await self._request(upload, task_of, body=body, items=len(batch), counter=result)
            with self._engine.applied(upload):  # the upload was accepted: a failed poll cannot undo it
                status = await self._poll_legacy(info, task_id, poll_interval, poll_timeout, result)
            if status == "imported":
                return BatchOutcome(upload.key, list(batch), [])
            if status == "failed":
                message = f"task {task_id} failed"
                return BatchOutcome(
                    upload.key,
                    [],
                    [ItemFailure(c, FailureReason.API, code="failed", message=message) for c in batch],
                )
            message = (
                f"task {task_id} still {status or 'unknown'} after {poll_timeout:g} s; do not resend blindly"
            )
            return BatchOutcome(
                upload.key,
                [],
                [ItemFailure(c, FailureReason.OUTCOME_UNKNOWN, message=message) for c in batch],
            )

        plan = BulkPlan(
            endpoint=upload.key,
            max_items=min(chunk_size, upload.max_items) if upload.max_items else chunk_size,
            send=send,
            convert=_convert_code,
            key=lambda c: c,
            concurrency=concurrency,
        )
        await run_bulk(plan, codes, result, on_batch)
        return result

    async def _poll_legacy(
        self, info: Endpoint, task_id: int, interval: float, patience: float, counter: Counter
    ) -> str:
        body = json_encode(UploadDigitalCodesInfoRequest(task_id=task_id))
        status = ""
        with anyio.move_on_after(patience):
            while True:
                response = await self._send(info, body=body, counter=counter)
                answer = _decode(UploadDigitalCodesInfoResponse, response, info.key).result
                status = answer.status if answer is not None else ""
                if status in ("imported", "failed"):
                    return status
                await anyio.sleep(interval)
        return status


def _convert_code(raw: Any, index: int) -> str:
    if not isinstance(raw, str):
        raise refuse(TYPE, f"expected a string, got {type(raw).__name__}", index=index, field="digital_codes")
    if not raw:
        raise refuse(LENGTH, "must not be empty", index=index, field="digital_codes")
    return raw


def _moment(value: datetime | str, name: str) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                f"{value!r} is not an ISO 8601 date-time", field=name, rule="ISO 8601"
            ) from None
    if not isinstance(value, datetime):
        raise ValidationError(
            f"must be a datetime or str, got {type(value).__name__}", field=name, rule="datetime"
        )
    if value.utcoffset() is None:
        raise ValidationError(
            "must be timezone-aware (the API works in UTC)", field=name, rule="timezone-aware datetime"
        )
    return value


def _judge_codes(endpoint: str, entries: list[ExemplarsBySku], rows: list[Any]) -> BatchOutcome:
    by_sku = {row.sku: row for row in rows}
    succeeded: list[Any] = []
    failed: list[ItemFailure] = []
    for entry in entries:
        row = by_sku.get(entry.sku)
        if row is None:
            failed.append(
                ItemFailure(
                    entry,
                    FailureReason.OUTCOME_UNKNOWN,
                    message=f"sku {entry.sku} not reported in the answer; it may have been applied",
                )
            )
        # rejected_qty also counts the codes declared not available, so only failed_exemplars
        # and a short received_qty say that sent codes were refused.
        elif row.failed_exemplars:
            where = {code: at for at, code in enumerate(entry.exemplar_keys)}
            reasons = "; ".join(
                f"code #{where.get(bad.key, '?')}: {bad.message}" for bad in row.failed_exemplars
            )
            failed.append(
                ItemFailure(
                    entry,
                    FailureReason.API,
                    code="REJECTED",
                    message=f"sku {entry.sku}: {len(row.failed_exemplars)} of {entry.exemplar_qty} codes "
                    f"rejected: {reasons}",
                )
            )
        elif row.received_qty < entry.exemplar_qty:
            failed.append(
                ItemFailure(
                    entry,
                    FailureReason.NOT_UPDATED,
                    message=f"sku {entry.sku}: {row.received_qty} of {entry.exemplar_qty} codes received",
                )
            )
        else:
            succeeded.append(entry)
    return BatchOutcome(endpoint, succeeded, failed)
