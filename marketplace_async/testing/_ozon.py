"""The emulated Ozon Seller API: auth, bodies, per-item results.

Facts are from the Ozon Seller API reference (https://docs.ozon.ru/api/seller/, vendored in
``marketplace_async/_specs/ozon``), cited by operationId. Each handler validates the
whole request before it changes anything, then applies item by item; an item that fails keeps
its old state and comes back with ``updated: false`` and its error.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from .._limits import Endpoint
from ._admission import Refusal
from ._spec import check_request, template
from ._state import Catalog, LegacyTask, OzonPosting
from ._wire import (
    NOT_EMULATED,
    ApiFailure,
    Call,
    Handler,
    Invalid,
    Route,
    as_list,
    as_object,
    opt_datetime,
    opt_int,
    opt_str,
    req_int,
    req_str,
)
from ._world import LEGACY_IMPORT_SECONDS, World

MARKETPLACE = "ozon"

# ProductAPI_ProductsStocksV2: 100 pairs a request (live text "value must contain between 1 and 100 items")
STOCK_MAX = 100
PRICES_MAX = 1000  # ProductAPI_ImportProductsPrices: prices maxItems 1000
DIGITAL_STOCKS_MAX = 1000  # DigitalProductAPI_StocksImport: undocumented; as the other bulk methods
STOCK_TOO_BIG = 1_000_000  # ProductAPI_ProductsStocksV2 error STOCK_TOO_BIG: stock must be < 1,000,000
PAGE_MAX = 1000  # ProductAPI_GetProductList, ProductAPI_GetProductInfoStocksV4: limit 1..1000
DIGITAL_LIST_MAX_OFFSET = 20_000  # ListPostingCodes: offset <= 20000

_VATS = frozenset({"0", "0.05", "0.07", "0.1", "0.2"})
_TOGGLES = frozenset({"UNKNOWN", "ENABLED", "DISABLED"})
_PRICE_STRINGS = ("price", "old_price", "min_price", "net_price")

# gRPC status codes Ozon's rpcStatus carries.
INVALID_ARGUMENT = 3
NOT_FOUND = 5
PERMISSION_DENIED = 7
RESOURCE_EXHAUSTED = 8
FAILED_PRECONDITION = 9
UNIMPLEMENTED = 12
INTERNAL = 13
UNAUTHENTICATED = 16


def error_body(code: int | str | None, message: str) -> dict[str, Any]:
    """rpcStatus ``{code, message, details}``."""
    return {"code": code if isinstance(code, int) else INVALID_ARGUMENT, "message": message, "details": []}


def server_error_body(status: int) -> dict[str, Any]:
    return error_body(INTERNAL, "Internal error" if status == 500 else "Service unavailable")


def authenticate(accounts: Mapping[str, str], headers: Mapping[str, str]) -> str:
    """The caller's Client-Id; a wrong or missing pair raises the real 401/403."""
    client_id = headers.get("Client-Id", "")
    api_key = headers.get("Api-Key", "")
    if not client_id or not api_key:
        raise ApiFailure(401, "Client-Id and Api-Key headers are required", UNAUTHENTICATED, "auth")
    expected = accounts.get(client_id)
    if expected is None or not secrets.compare_digest(expected.encode(), api_key.encode()):
        raise ApiFailure(403, "Invalid Api-Key, please contact support", PERMISSION_DENIED, "auth")
    return client_id


def refusal_response(refusal: Refusal, now: float) -> tuple[int, dict[str, Any], dict[str, str]]:
    """429 with the body third parties observe and ``Retry-After`` in (possibly fractional) seconds."""
    wait = max(refusal.retry_at - now, 0.001)
    retry_after = str(int(-(-wait // 1))) if wait >= 1 else f"{wait:.3f}"
    body = {"code": RESOURCE_EXHAUSTED, "message": "You have reached request rate limit per second"}
    return 429, body, {"Retry-After": retry_after}


def _item_error(world: World, call: Call, code: str, message: str) -> dict[str, str]:
    world.item_error(MARKETPLACE, call.endpoint.key, code)
    return {"code": code, "message": message}


def _resolve(world: World, offer_id: str | None, product_id: int | None) -> tuple[str, int] | None:
    return world.catalog.resolve(offer_id or None, product_id or None)


def products_stocks(world: World, call: Call) -> dict[str, Any]:
    """POST /v2/products/stocks: per-pair results; a pair updated within 30 s fails TOO_MANY_REQUESTS."""
    body = as_object(call.body, "body")
    parsed = []
    for i, raw in enumerate(as_list(body, "stocks", "", 1, STOCK_MAX)):
        where = f"stocks[{i}]"
        item = as_object(raw, where)
        offer_id = opt_str(item, "offer_id", where)
        product_id = opt_int(item, "product_id", where, lo=0, strings=True)
        stock = req_int(item, "stock", where, lo=0, strings=True)
        warehouse_id = req_int(item, "warehouse_id", where, lo=1, strings=True)
        if not offer_id and not product_id:
            raise Invalid(f"{where}: offer_id or product_id is required")
        parsed.append((offer_id, product_id, stock, warehouse_id))

    pair_rates = world.admission[MARKETPLACE].item_rates(call.endpoint, call.entity)
    stocks = world.store.ozon_stocks
    results = []
    updated = 0
    for offer_id, product_id, stock, warehouse_id in parsed:
        resolved = _resolve(world, offer_id, product_id)
        errors = []
        if resolved is None:
            errors.append(
                _item_error(world, call, "offer_id_not_found", "Product not found by offer_id or product_id")
            )
        elif stock >= STOCK_TOO_BIG:
            errors.append(
                _item_error(world, call, "STOCK_TOO_BIG", f"Stock must be less than {STOCK_TOO_BIG}")
            )
        elif not world.take(pair_rates, (resolved[0], warehouse_id), call.now):
            errors.append(_item_error(world, call, "TOO_MANY_REQUESTS", "Stock is updated too frequently"))
        else:
            stocks[(call.client_id, resolved[0], warehouse_id)] = stock
            world.ozon_warehouses.setdefault((call.client_id, resolved[0]), set()).add(warehouse_id)
            updated += 1
        results.append(
            {
                "offer_id": resolved[0] if resolved else offer_id or "",
                "product_id": resolved[1] if resolved else product_id or 0,
                "warehouse_id": warehouse_id,
                "updated": not errors,
                "errors": errors,
            }
        )
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += updated
    return {"result": results}


def _decimal(item: Mapping[str, Any], name: str, where: str) -> Decimal | None:
    text = opt_str(item, name, where)
    if text is None:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise Invalid(f"{where}.{name}: must be a decimal number in a string") from None
    if not value.is_finite():
        raise Invalid(f"{where}.{name}: must be a decimal number in a string")
    return value


def import_prices(world: World, call: Call) -> dict[str, Any]:
    """POST /v1/product/import/prices: a product's price changes at most 10 times an hour."""
    body = as_object(call.body, "body")
    parsed = []
    for i, raw in enumerate(as_list(body, "prices", "", 1, PRICES_MAX)):
        where = f"prices[{i}]"
        item = as_object(raw, where)
        offer_id = opt_str(item, "offer_id", where)
        product_id = opt_int(item, "product_id", where, lo=0, strings=True)
        if not offer_id and not product_id:
            raise Invalid(f"{where}: offer_id or product_id is required")
        amounts = {name: _decimal(item, name, where) for name in _PRICE_STRINGS}
        vat = opt_str(item, "vat", where)
        if vat is not None and vat not in _VATS:
            raise Invalid(f"{where}.vat: must be one of {sorted(_VATS)}")
        for name in (
            "auto_action_enabled",
            "auto_add_to_ozon_actions_list_enabled",
            "price_strategy_enabled",
        ):
            toggle = opt_str(item, name, where)
            if toggle is not None and toggle not in _TOGGLES:
                raise Invalid(f"{where}.{name}: must be one of {sorted(_TOGGLES)}")
        opt_str(item, "currency_code", where)
        opt_int(item, "quant_size", where, lo=0, strings=True)
        fields = {k: v for k, v in item.items() if k not in ("offer_id", "product_id")}
        parsed.append((offer_id, product_id, amounts, fields))

    price_rates = world.admission[MARKETPLACE].item_rates(call.endpoint, call.entity)
    prices = world.store.ozon_prices
    results = []
    updated = 0
    for offer_id, product_id, amounts, fields in parsed:
        resolved = _resolve(world, offer_id, product_id)
        price, old_price = amounts["price"], amounts["old_price"]
        errors = []
        if resolved is None:
            errors.append(_item_error(world, call, "NOT_FOUND_ERROR", "Product not found"))
        elif any(v is not None and v < 0 for v in amounts.values()):
            errors.append(_item_error(world, call, "price_negative", "Price must not be negative"))
        elif price is not None and old_price and old_price > 0 and price <= old_price * Decimal("0.1"):
            errors.append(_item_error(world, call, "discount_too_big", "Discount must be less than 90%"))
        elif not world.take(price_rates, resolved[0], call.now):
            errors.append(
                _item_error(
                    world, call, "TOO_MANY_REQUESTS", "Price can be updated at most 10 times per hour"
                )
            )
        else:
            prices[(call.client_id, resolved[0])] = {
                **prices.get((call.client_id, resolved[0]), {}),
                **fields,
            }
            updated += 1
        results.append(
            {
                "offer_id": resolved[0] if resolved else offer_id or "",
                "product_id": resolved[1] if resolved else product_id or 0,
                "updated": not errors,
                "errors": errors,
            }
        )
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += updated
    return {"result": results}


def digital_stocks_import(world: World, call: Call) -> dict[str, Any]:
    """POST /v1/product/digital/stocks/import: ``{status[]: {offer_id, product_id, sku, updated, ...}}``."""
    body = as_object(call.body, "body")
    parsed = []
    for i, raw in enumerate(as_list(body, "stocks", "", 1, DIGITAL_STOCKS_MAX)):
        where = f"stocks[{i}]"
        item = as_object(raw, where)
        parsed.append((req_str(item, "offer_id", where), req_int(item, "stock", where, lo=0, strings=True)))

    status = []
    updated = 0
    for offer_id, stock in parsed:
        resolved = _resolve(world, offer_id, None)
        errors = []
        if resolved is None:
            errors.append(_item_error(world, call, "NOT_FOUND_ERROR", "Product not found"))
        else:
            world.store.ozon_digital_stocks[(call.client_id, offer_id)] = stock
            updated += 1
        product_id = resolved[1] if resolved else 0
        status.append(
            {
                "offer_id": offer_id,
                "product_id": product_id,
                "sku": Catalog.sku_of(product_id) if resolved else 0,
                "updated": not errors,
                "errors": errors,
            }
        )
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += updated
    return {"status": status}


def _posting(world: World, call: Call, posting_number: str) -> OzonPosting:
    posting = world.postings.get((call.client_id, posting_number))
    if posting is None:
        raise ApiFailure(404, f"posting {posting_number} not found", NOT_FOUND)
    return posting


def upload_posting_codes(world: World, call: Call) -> dict[str, Any]:
    """POST /v1/posting/digital/codes/upload: all codes of each item in one request, within 24 h.

    A second upload for an item that already has codes is refused for that item (its keys come
    back in ``failed_exemplars``): the emulator's reading of "all codes in one request".
    """
    body = as_object(call.body, "body")
    posting_number = req_str(body, "posting_number", "")
    lines = []
    for i, raw in enumerate(as_list(body, "exemplars_by_sku", "", 1, None)):
        where = f"exemplars_by_sku[{i}]"
        item = as_object(raw, where)
        sku = req_int(item, "sku", where, lo=1, strings=True)
        qty = req_int(item, "exemplar_qty", where, lo=0)
        missing = req_int(item, "not_available_exemplar_qty", where, lo=0)
        keys = as_list(item, "exemplar_keys", where, 0, None)
        if not all(isinstance(k, str) and k for k in keys):
            raise Invalid(f"{where}.exemplar_keys: every key must be a non-empty string")
        if len(keys) != qty:
            raise Invalid(f"{where}: exemplar_keys must hold exemplar_qty ({qty}) codes, got {len(keys)}")
        lines.append((sku, qty, missing, keys))

    posting = _posting(world, call, posting_number)
    if posting.status == "cancelled":
        raise ApiFailure(400, f"posting {posting_number} is cancelled", FAILED_PRECONDITION)
    if call.now > posting.deadline:
        raise ApiFailure(
            400, "codes can be uploaded only within 24 hours of receiving the order", FAILED_PRECONDITION
        )
    required = {p.sku: p.required_qty for p in posting.products}
    seen: set[int] = set()
    for sku, qty, missing, _ in lines:
        if sku not in required:
            raise Invalid(f"sku {sku} is not in posting {posting_number}")
        if sku in seen:
            raise Invalid(f"sku {sku} is listed twice; send all codes of an item in one element")
        seen.add(sku)
        if qty + missing != required[sku]:
            raise Invalid(
                f"sku {sku}: exemplar_qty + not_available_exemplar_qty must equal "
                f"required_qty_for_digital_code ({required[sku]}), got {qty + missing}"
            )

    store = world.store
    out = []
    received_total = 0
    for sku, _, missing, keys in lines:
        key = (call.client_id, posting_number, sku)
        failed = []
        accepted: list[str] = []
        if key in store.ozon_posting_codes:
            failed = [{"key": k, "message": "codes for this sku were already uploaded"} for k in keys]
            world.item_error(MARKETPLACE, call.endpoint.key, "ALREADY_UPLOADED")
        else:
            unique: set[str] = set()
            for k in keys:
                if k in unique:
                    failed.append({"key": k, "message": "duplicate code"})
                else:
                    unique.add(k)
                    accepted.append(k)
            store.ozon_posting_codes[key] = accepted
        store.code_deliveries[key] += 1
        received_total += len(accepted)
        out.append(
            {
                "sku": sku,
                "received_qty": len(accepted),
                "rejected_qty": len(failed) + missing,
                "failed_exemplars": failed,
            }
        )
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += received_total
    return {"exemplars_by_sku": out}


def _postings_matching(
    world: World, call: Call, flt: Mapping[str, Any], numbers_field: str, orders_field: str | None
) -> list[OzonPosting]:
    numbers = as_list(flt, numbers_field, "filter", 0, None)
    orders = as_list(flt, orders_field, "filter", 0, None) if orders_field else []
    since = opt_datetime(flt, "since", "filter")
    to = opt_datetime(flt, "to", "filter")
    wanted_numbers = set(map(str, numbers))
    wanted_orders = set(map(str, orders))
    found = []
    for posting in world.postings.values():
        if posting.client_id != call.client_id:
            continue
        if wanted_numbers and posting.posting_number not in wanted_numbers:
            continue
        if wanted_orders and posting.order_number not in wanted_orders:
            continue
        if since is not None and posting.created_at < since:
            continue
        if to is not None and posting.created_at > to:
            continue
        found.append(posting)
    found.sort(key=lambda p: p.seq)
    return found


def _direction(body: Mapping[str, Any], name: str) -> bool:
    """True for descending order."""
    value = opt_str(body, name, "") or "ASC"
    if value.upper() not in ("ASC", "DESC"):
        raise Invalid(f"{name}: must be ASC or DESC")
    return value.upper() == "DESC"


def digital_list_v1(world: World, call: Call) -> dict[str, Any]:
    """POST /v1/posting/digital/list: offset paging, limit 1..1000, offset <= 20000."""
    body = as_object(call.body if call.body is not None else {}, "body")
    limit = req_int(body, "limit", "", lo=1, hi=PAGE_MAX)
    offset = opt_int(body, "offset", "", lo=0, hi=DIGITAL_LIST_MAX_OFFSET) or 0
    descending = _direction(body, "dir")
    flt = as_object(body.get("filter") or {}, "filter")
    postings = _postings_matching(world, call, flt, "posting_number", None)
    if descending:
        postings.reverse()
    return {"result": [p.as_dict() for p in postings[offset : offset + limit]]}


def _encode_cursor(value: int) -> str:
    return base64.urlsafe_b64encode(str(value).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, name: str) -> int | None:
    if not cursor:
        return None
    try:
        return int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise Invalid(f"{name}: invalid cursor") from None


def digital_list_v2(world: World, call: Call) -> dict[str, Any]:
    """POST /v2/posting/digital/list: cursor paging, ``{cursor, has_next, postings}``."""
    body = as_object(call.body if call.body is not None else {}, "body")
    limit = req_int(body, "limit", "", lo=1, hi=PAGE_MAX)
    after = _decode_cursor(opt_str(body, "cursor", "") or "", "cursor")
    descending = _direction(body, "sort_dir")
    flt = as_object(body.get("filter") or {}, "filter")
    postings = _postings_matching(world, call, flt, "posting_numbers", "order_numbers")
    if descending:
        postings.reverse()
    if after is not None:
        postings = [p for p in postings if (p.seq < after if descending else p.seq > after)]
    page = postings[:limit]
    has_next = len(postings) > limit
    return {
        "cursor": _encode_cursor(page[-1].seq) if page else "",
        "has_next": has_next,
        "postings": [p.as_dict(money_prices=True) for p in page],
    }


def legacy_upload_codes(world: World, call: Call) -> dict[str, Any]:
    """POST /v1/product/upload_digital_codes (removed 1 Jul 2025): returns a task that imports later."""
    body = as_object(call.body, "body")
    codes = as_list(body, "digital_codes", "", 1, None)
    if not all(isinstance(c, str) and c for c in codes):
        raise Invalid("digital_codes: every code must be a non-empty string")
    product_id = req_int(body, "product_id", "", lo=1, strings=True)
    if world.catalog.resolve(None, product_id) is None:
        raise ApiFailure(404, f"product {product_id} not found", NOT_FOUND)
    task_id = world.next_id()
    world.tasks[task_id] = LegacyTask(
        call.client_id, product_id, call.now + world.scaled(LEGACY_IMPORT_SECONDS)
    )
    world.store.ozon_legacy_codes.setdefault((call.client_id, product_id), []).extend(codes)
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += len(codes)
    return {"result": {"task_id": task_id}}


def legacy_upload_codes_info(world: World, call: Call) -> dict[str, Any]:
    """POST /v1/product/upload_digital_codes/info: ``pending`` until the task's time, then ``imported``."""
    body = as_object(call.body, "body")
    task_id = req_int(body, "task_id", "", lo=1, strings=True)
    task = world.tasks.get(task_id)
    if task is None or task.client_id != call.client_id:
        raise ApiFailure(404, f"task {task_id} not found", NOT_FOUND)
    return {"result": {"status": "imported" if call.now >= task.ready_at else "pending"}}


def _product_page(
    world: World, body: Mapping[str, Any], after: int | None, limit: int
) -> tuple[list[tuple[int, str]], int]:
    """A page of (product_id, offer_id) after product id ``after``, honouring ``filter``, and the total."""
    flt = as_object(body.get("filter") or {}, "filter")
    offers = [str(o) for o in as_list(flt, "offer_id", "filter", 0, None)]
    products = []
    for p in as_list(flt, "product_id", "filter", 0, None):
        try:
            products.append(int(p))
        except (TypeError, ValueError):
            raise Invalid("filter.product_id: every id must be an integer") from None
    return world.catalog.page(after, limit, offers, products)


def _warehouse_stocks(world: World, client_id: str, offer_id: str) -> dict[int, int]:
    stocks = world.store.ozon_stocks
    return {
        w: stocks[(client_id, offer_id, w)]
        for w in sorted(world.ozon_warehouses.get((client_id, offer_id), ()))
    }


def product_list_v3(world: World, call: Call) -> dict[str, Any]:
    """POST /v3/product/list: ``last_id`` paging; ``last_id`` is the last item's id ("" on an empty page)."""
    body = as_object(call.body if call.body is not None else {}, "body")
    limit = req_int(body, "limit", "", lo=1, hi=PAGE_MAX)
    last = opt_str(body, "last_id", "") or ""
    if last and not last.isdigit():
        raise Invalid("last_id: invalid value")
    page, total = _product_page(world, body, int(last) if last else None, limit)
    items = [
        {
            "product_id": pid,
            "offer_id": offer,
            "archived": False,
            "has_fbo_stocks": False,
            "has_fbs_stocks": any(_warehouse_stocks(world, call.client_id, offer).values()),
            "is_discounted": False,
            "quants": [],
        }
        for pid, offer in page
    ]
    return {"result": {"items": items, "last_id": str(page[-1][0]) if page else "", "total": total}}


def product_info_stocks_v4(world: World, call: Call) -> dict[str, Any]:
    """POST /v4/product/info/stocks: cursor paging; the cursor is the last item's position ("" when empty)."""
    body = as_object(call.body, "body")
    limit = req_int(body, "limit", "", lo=1, hi=PAGE_MAX)
    if body.get("filter") is None:
        raise Invalid("filter: field is required")
    after = _decode_cursor(opt_str(body, "cursor", "") or "", "cursor")
    page, total = _product_page(world, body, after, limit)
    items = []
    for pid, offer in page:
        warehouses = _warehouse_stocks(world, call.client_id, offer)
        items.append(
            {
                "offer_id": offer,
                "product_id": pid,
                "stocks": [
                    {
                        "type": "fbs",
                        "present": sum(warehouses.values()),
                        "reserved": 0,
                        "sku": Catalog.sku_of(pid),
                        "shipment_type": "SHIPMENT_TYPE_GENERAL",
                        "warehouse_ids": list(warehouses),
                    }
                ],
            }
        )
    return {"cursor": _encode_cursor(page[-1][0]) if page else "", "items": items, "total": total}


_V5_PRICES = "/v5/product/info/prices"
_AMOUNTS = ("price", "old_price", "min_price", "net_price")
_TOGGLES_AS_BOOLS = ("auto_action_enabled", "auto_add_to_ozon_actions_list_enabled")


def _v5_price(sent: Mapping[str, Any]) -> dict[str, Any]:
    """What v1/product/import/prices stored, as ProductAPI_GetProductInfoPricesV5 reports it:
    amounts as numbers (0 when never set), toggles as booleans, ``vat`` as a number."""
    price: dict[str, Any] = {name: float(Decimal(sent[name])) if name in sent else 0.0 for name in _AMOUNTS}
    price["currency_code"] = sent.get("currency_code", "RUB")
    price["vat"] = float(Decimal(sent["vat"])) if "vat" in sent else 0.0
    for name in _TOGGLES_AS_BOOLS:
        price[name] = sent.get(name) == "ENABLED"
    return price


def product_info_prices_v5(world: World, call: Call) -> dict[str, Any]:
    """POST /v5/product/info/prices: the prices v1/product/import/prices set, cursor paging.

    Fields the emulator does not model (commissions, indexes, marketing actions) come from the
    spec, synthesized.
    """
    check_request(MARKETPLACE, "POST", _V5_PRICES, call)
    body = as_object(call.body, "body")
    limit = req_int(body, "limit", "", lo=1, hi=PAGE_MAX)
    after = _decode_cursor(opt_str(body, "cursor", "") or "", "cursor")
    page, total = _product_page(world, body, after, limit)
    items = []
    for pid, offer in page:
        item = template(MARKETPLACE, "POST", _V5_PRICES, "items", "[]")
        item.update(
            offer_id=offer,
            product_id=pid,
            price={**item["price"], **_v5_price(world.store.ozon_prices.get((call.client_id, offer), {}))},
        )
        items.append(item)
    return {"cursor": _encode_cursor(page[-1][0]) if page else "", "items": items, "total": total}


_FALLBACK = "the emulator's fallback: OZON_LIMITS has no row for this method, so only the account's 50 rps"


def not_emulated(world: World, call: Call) -> dict[str, Any]:
    """The handler of a path that only a steered answer serves, once that answer is used up."""
    raise ApiFailure(501, f"POST /{call.endpoint.key} is {NOT_EMULATED}", UNIMPLEMENTED)


def route(key: str, handler: Handler, deprecated: str | None = None) -> Route:
    """A POST route at ``/key``; its limits come from OZON_LIMITS (only the 50 rps if it has no row)."""
    fallback = Endpoint(key=key, method="POST", path=f"/{key}", source=_FALLBACK, deprecated=deprecated)
    return Route(key, "POST", f"/{key}", handler, fallback)


_REMOVED = "removed from the docs on 1 Jul 2025"

ROUTES: tuple[Route, ...] = (
    route("v2/products/stocks", products_stocks),
    route("v1/product/import/prices", import_prices),
    route("v1/product/digital/stocks/import", digital_stocks_import),
    route("v1/posting/digital/codes/upload", upload_posting_codes),
    route("v1/posting/digital/list", digital_list_v1),
    route("v2/posting/digital/list", digital_list_v2),
    route("v1/product/upload_digital_codes", legacy_upload_codes, _REMOVED),
    route("v1/product/upload_digital_codes/info", legacy_upload_codes_info, _REMOVED),
    route("v3/product/list", product_list_v3),
    route("v4/product/info/stocks", product_info_stocks_v4),
    route("v5/product/info/prices", product_info_prices_v5),
)
