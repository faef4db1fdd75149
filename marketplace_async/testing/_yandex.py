"""The emulated Yandex.Market Partner API: auth, bodies, the 420 refusals and rate headers.

Facts are from the Partner API documentation (https://yandex.ru/dev/market/partner-api/doc/) and
its OpenAPI tree vendored in ``marketplace_async/_specs/yandex``, cited by operationId. Batch maxima are the
spec's (``skus`` 1..2000 even though the SDK sends 500), not the SDK defaults of the limits table.
Write methods answer ``EmptyApiResponse`` and validate the whole request before changing anything.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import functools
import math
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

from .._limits import Endpoint, Rate, Scope, Unit
from .._yandex.operations import YANDEX_LIMITS
from ._admission import Refusal
from ._spec import check_request
from ._state import DEMO_BUSINESS_ID
from ._wire import (
    ApiFailure,
    Call,
    Handler,
    Invalid,
    Route,
    as_list,
    as_object,
    opt_datetime,
    opt_int,
    opt_number,
    req_date,
    req_int,
    req_number,
    req_str,
)
from ._world import World

MARKETPLACE = "yandex"

MAX_BODY_BYTES = 512 * 1024  # doc page concepts/method-call: a request body is at most 512 KB
SKUS_MAX = 2000  # updateStocks: skus maxItems 2000 (the SDK's 500 is a client default)
DIGITAL_ITEMS_MAX = 100  # provideOrderDigitalCodes: items 1..100
CODES_MAX = 5000  # provideOrderDigitalCodes: codes 1..5000 an item
CODE_MAX_LEN = 256  # provideOrderDigitalCodes: a code is at most 256 characters
SLIP_MAX_LEN = 10_000  # provideOrderDigitalCodes: slip at most 10000 characters
CAMPAIGN_PRICES_MAX = 2000  # updatePrices: offers 1..2000
BUSINESS_PRICES_MAX = 500  # updateBusinessPrices: offers 1..500
COUNT_MAX = 2_000_000_000  # updateStocks: count 0..2e9
BESTSELLER_MAX = 100_000_000  # updateBusinessPrices: minimumForBestseller at most 1e8
MAPPINGS_PAGE_MAX = 100  # PageLimit100Truncate: larger limits are truncated, not refused
MAPPINGS_PAGE_DEFAULT = 50
UPDATED_AT_MAX_AGE = timedelta(
    days=1
)  # updateStocks: "should not be older than a day" (wall clock, never scaled)
CLOCK_SKEW = timedelta(seconds=60)  # emulator's tolerance before "in the future"

_SHOP_SKU = re.compile(r"^(?=.*\S.*)[^\x00-\x08\x0A-\x1f\x7f]{1,255}$")  # spec ShopSku pattern
_CURRENCY = re.compile(r"^[A-Z]{2,3}$")  # CurrencyType: RUR, USD, ... and two-letter TL


@dataclass(frozen=True, slots=True)
class YandexAccount:
    """What one Yandex token (Api-Key or OAuth) may reach.

    ``business_id`` is the cabinet the token belongs to (``None``: every business id is accepted
    and getCampaign reports the demo business). ``campaign_ids`` ``None`` accepts every campaign.
    """

    business_id: int | None = None
    campaign_ids: frozenset[int] | None = None

    def __post_init__(self) -> None:
        if self.campaign_ids is not None and not isinstance(self.campaign_ids, frozenset):
            object.__setattr__(self, "campaign_ids", frozenset(self.campaign_ids))

    def __repr__(self) -> str:
        return f"YandexAccount(business_id={self.business_id!r}, campaign_ids={self.campaign_ids!r})"


def error_body(code: int | str | None, message: str) -> dict[str, Any]:
    return {
        "status": "ERROR",
        "errors": [{"code": code if isinstance(code, str) else "BAD_REQUEST", "message": message}],
    }


def server_error_body(status: int) -> dict[str, Any]:
    return error_body("INTERNAL_ERROR", "Internal server error" if status == 500 else "Service unavailable")


def entity_of(params: Mapping[str, str]) -> str:
    """Whose limits a call spends: the campaign or business in the URL (doc page concepts/limits)."""
    if "campaignId" in params:
        return f"campaignId {params['campaignId']}"
    if "businessId" in params:
        return f"businessId {params['businessId']}"
    return "token"


def _token(headers: Mapping[str, str]) -> str:
    api_key = headers.get("Api-Key", "").strip()
    if api_key:
        return api_key
    scheme, _, value = headers.get("Authorization", "").strip().partition(" ")
    return value.strip() if scheme.lower() in ("bearer", "oauth") else ""


def authenticate(
    accounts: Mapping[str, YandexAccount], headers: Mapping[str, str], params: Mapping[str, str]
) -> None:
    """Raise the real 401 (no or unknown token) or 403 (campaign/business out of the token's reach)."""
    token = _token(headers)
    if not token:
        raise ApiFailure(401, "Api-Key or Authorization header is required", "UNAUTHORIZED", "auth")
    account = accounts.get(token)
    if account is None:
        raise ApiFailure(401, "Token is invalid or expired", "UNAUTHORIZED", "auth")
    campaign = _int_param(params, "campaignId")
    if campaign is not None and account.campaign_ids is not None and campaign not in account.campaign_ids:
        raise ApiFailure(403, f"Access denied to campaignId {campaign}", "FORBIDDEN", "auth")
    business = _int_param(params, "businessId")
    if business is not None and account.business_id is not None and business != account.business_id:
        raise ApiFailure(403, f"Access denied to businessId {business}", "FORBIDDEN", "auth")
    header_business = headers.get("X-Business-Id")
    if business is not None and header_business is not None and header_business.strip() != str(business):
        raise ApiFailure(400, "X-Business-Id does not match businessId in the URL", "BAD_REQUEST")


def looks_like_yandex(headers: Mapping[str, str]) -> bool:
    """A Yandex token and no Ozon Client-Id: whose error shape an unknown path gets."""
    return "Client-Id" not in headers and bool(_token(headers))


def _template_pattern(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(path)) + "$")


@functools.cache
def _operation_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    return tuple((ep.method, _template_pattern(ep.path), ep.key) for ep in YANDEX_LIMITS)


def operation_at(method: str, path: str) -> str | None:
    """The operationId the limits table (every operation of the spec) has at ``method path``."""
    for op_method, pattern, key in _operation_patterns():
        if op_method == method and pattern.match(path):
            return key
    return None


def business_of(accounts: Mapping[str, YandexAccount], headers: Mapping[str, str]) -> int:
    account = accounts.get(_token(headers))
    return account.business_id if account and account.business_id is not None else DEMO_BUSINESS_ID


def _int_param(params: Mapping[str, str], name: str) -> int | None:
    if name not in params:
        return None
    try:
        return int(params[name])
    except ValueError:
        raise ApiFailure(400, f"{name}: must be an integer", "BAD_REQUEST") from None


def _period(seconds: float) -> str:
    for size, unit in ((3600.0, "hour"), (60.0, "minute"), (1.0, "second")):
        if seconds >= size and seconds % size == 0:
            count = int(seconds // size)
            return f"{count} {unit}" if count == 1 else f"{count} {unit}s"
    return f"{seconds:g} seconds"


def refusal_response(refusal: Refusal, now: float) -> tuple[int, dict[str, Any], dict[str, str]]:
    """420 Enhance Your Calm with the messages of the doc page concepts/error-codes."""
    if refusal.rate is None:
        message = f"Hit rate limit of {refusal.amount} parallel requests for {refusal.entity}"
    else:
        message = (
            f"Hit rate limit of {refusal.amount} requests per {_period(refusal.rate.window)} "
            f"for resource {refusal.owner} for {refusal.entity}"
        )
    return 420, error_body("LIMIT_EXCEEDED", message), {}


def rate_headers(limit: int, remaining: int, until: float, now: float) -> dict[str, str]:
    """``X-RateLimit-Resource-*``; Until is the wall-clock time (RFC 822) at which the oldest counted
    arrival leaves the (scaled) window, rounded up to the second so a client waiting for it is never early.
    """
    moment = datetime.fromtimestamp(math.ceil(time.time() + max(until - now, 0.0)), UTC)
    return {
        "X-RateLimit-Resource-Limit": str(limit),
        "X-RateLimit-Resource-Remaining": str(remaining),
        "X-RateLimit-Resource-Until": format_datetime(moment, usegmt=True),
    }


def _shop_sku(obj: Mapping[str, Any], name: str, where: str) -> str:
    value = req_str(obj, name, where).strip()
    if not _SHOP_SKU.match(value):
        raise Invalid(f"{where}.{name}: must be 1..255 characters without control characters")
    return value


def _updated_at(item: Mapping[str, Any], where: str, wall: datetime) -> None:
    moment = opt_datetime(item, "updatedAt", where)
    if moment is None:
        return
    if moment > wall + CLOCK_SKEW:
        raise Invalid(f"{where}.updatedAt: should not be in the future")
    if moment < wall - UPDATED_AT_MAX_AGE:
        raise Invalid(f"{where}.updatedAt: should not be older than a day")


def _ok() -> dict[str, Any]:
    return {"status": "OK"}


def _campaign(call: Call) -> int:
    return int(call.params["campaignId"])


def _business(call: Call) -> int:
    return int(call.params["businessId"])


def update_stocks(world: World, call: Call) -> dict[str, Any]:
    """PUT /v2/campaigns/{campaignId}/offers/stocks: ``skus[1..2000]``, unique ``sku``, one ``items``."""
    body = as_object(call.body, "body")
    parsed: dict[str, int] = {}
    for i, raw in enumerate(as_list(body, "skus", "", 1, SKUS_MAX)):
        where = f"skus[{i}]"
        item = as_object(raw, where)
        sku = _shop_sku(item, "sku", where)
        entries = as_list(item, "items", where, 1, 1)
        entry = as_object(entries[0], f"{where}.items[0]")
        count = req_int(entry, "count", f"{where}.items[0]", lo=0, hi=COUNT_MAX)
        _updated_at(entry, f"{where}.items[0]", call.wall)
        if sku in parsed:
            raise Invalid(f"Duplicate shop-sku: {sku}", "DUPLICATE_SHOP_SKU")
        parsed[sku] = count
    campaign = _campaign(call)
    stocks = world.store.yandex_stocks
    for sku, count in parsed.items():
        stocks[(campaign, sku)] = count
    world.note_yandex_offers(parsed)
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += len(parsed)
    return _ok()


def update_stocks_v3(world: World, call: Call) -> dict[str, Any]:
    """POST /v3/businesses/{businessId}/offers/stocks/update: unique (sku, partnerWarehouseId)."""
    body = as_object(call.body, "body")
    parsed: dict[tuple[str, int], int] = {}
    for i, raw in enumerate(as_list(body, "skuItems", "", 1, SKUS_MAX)):
        where = f"skuItems[{i}]"
        item = as_object(raw, where)
        sku = _shop_sku(item, "sku", where)
        warehouse = req_int(item, "partnerWarehouseId", where, lo=1)
        count = req_int(item, "count", where, lo=0, hi=COUNT_MAX)
        _updated_at(item, where, call.wall)
        if (sku, warehouse) in parsed:
            raise Invalid(
                f"Duplicate shop-sku and partnerWarehouseId: {sku}, {warehouse}", "DUPLICATE_SHOP_SKU"
            )
        parsed[(sku, warehouse)] = count
    business = _business(call)
    stocks = world.store.yandex_warehouse_stocks
    for (sku, warehouse), count in parsed.items():
        stocks[(business, sku, warehouse)] = count
    world.note_yandex_offers(sku for sku, _ in parsed)
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += len(parsed)
    return _ok()


def deliver_digital_goods(world: World, call: Call) -> dict[str, Any]:
    """POST .../orders/{orderId}/deliverDigitalGoods: keys within 30 min of PROCESSING.

    A repeated call for the same order is accepted and counted in ``code_deliveries`` (the real
    API would e-mail the buyer again).
    """
    body = as_object(call.body, "body")
    parsed: dict[int, list[str]] = {}
    for i, raw in enumerate(as_list(body, "items", "", 1, DIGITAL_ITEMS_MAX)):
        where = f"items[{i}]"
        item = as_object(raw, where)
        item_id = req_int(item, "id", where)
        if "code" in item and item.get("codes") is not None:
            raise Invalid(f"{where}: send either code or codes, never both")
        if item.get("codes") is not None:
            codes = as_list(item, "codes", where, 1, CODES_MAX)
        elif item.get("code") is not None:
            codes = [item["code"]]
        else:
            raise Invalid(f"{where}.codes: field is required")
        for j, code in enumerate(codes):
            if not isinstance(code, str) or not code:
                raise Invalid(f"{where}.codes[{j}]: must be a non-empty string")
            if len(code) > CODE_MAX_LEN:
                raise Invalid(f"{where}.codes[{j}]: length must be at most {CODE_MAX_LEN}, got {len(code)}")
        if len(set(codes)) != len(codes):
            raise Invalid(f"{where}.codes: codes must be unique")
        req_str(item, "slip", where, max_len=SLIP_MAX_LEN)
        req_date(item, "activate_till", where)
        # A product with more than 5000 keys comes as several elements with the same id.
        parsed.setdefault(item_id, []).extend(codes)
    all_codes = [code for codes in parsed.values() for code in codes]
    if len(set(all_codes)) != len(all_codes):
        raise Invalid("items[].codes: codes must be unique within the order")

    campaign = _campaign(call)
    order_id = int(call.params["orderId"])
    order = world.orders.get((campaign, order_id))
    if order is None:
        raise ApiFailure(404, f"Order {order_id} not found", "NOT_FOUND")
    if order.status != "PROCESSING":
        raise Invalid(
            f"Order {order_id} has status {order.status}, expected PROCESSING", "STATUS_NOT_ALLOWED"
        )
    if call.now > order.deadline:
        raise Invalid(
            f"Order {order_id}: digital goods keys must be sent within 30 minutes "
            "after the order enters the PROCESSING status",
            "STATUS_NOT_ALLOWED",
        )
    unknown = sorted(set(parsed) - order.item_ids)
    if unknown:
        raise Invalid(f"Order {order_id} has no items {unknown}", "ITEM_NOT_FOUND")
    store = world.store
    for item_id, codes in parsed.items():
        store.yandex_codes[(campaign, order_id, item_id)] = list(codes)
        store.code_deliveries[(campaign, order_id, item_id)] += 1
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += sum(map(len, parsed.values()))
    return _ok()


def _prices(call: Call, max_items: int, business: bool) -> dict[str, dict[str, Any]]:
    body = as_object(call.body, "body")
    parsed: dict[str, dict[str, Any]] = {}
    for i, raw in enumerate(as_list(body, "offers", "", 1, max_items)):
        where = f"offers[{i}]"
        item = as_object(raw, where)
        offer_id = _shop_sku(item, "offerId", where)
        price = as_object(item.get("price"), f"{where}.price")
        pw = f"{where}.price"
        req_number(price, "value", pw, positive=True)
        currency = req_str(price, "currencyId", pw)
        if not _CURRENCY.match(currency):
            raise Invalid(f"{pw}.currencyId: must be a currency code such as RUR")
        opt_number(price, "discountBase", pw, positive=True)
        if business:
            bestseller = opt_number(price, "minimumForBestseller", pw, positive=True)
            if bestseller is not None and bestseller > BESTSELLER_MAX:
                raise Invalid(f"{pw}.minimumForBestseller: value must be at most {BESTSELLER_MAX}")
        else:
            opt_int(price, "vat", pw, lo=0)
        if offer_id in parsed:
            raise Invalid(f"Duplicate offerId: {offer_id}", "DUPLICATE_OFFER")
        parsed[offer_id] = dict(price)
    return parsed


def update_prices(world: World, call: Call) -> dict[str, Any]:
    """POST /v2/campaigns/{campaignId}/offer-prices/updates: ``offers[1..2000]``."""
    parsed = _prices(call, CAMPAIGN_PRICES_MAX, business=False)
    campaign = _campaign(call)
    for offer_id, price in parsed.items():
        world.store.yandex_prices[(campaign, offer_id)] = price
    world.note_yandex_offers(parsed)
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += len(parsed)
    return _ok()


def update_business_prices(world: World, call: Call) -> dict[str, Any]:
    """POST /v2/businesses/{businessId}/offer-prices/updates: ``offers[1..500]``."""
    parsed = _prices(call, BUSINESS_PRICES_MAX, business=True)
    business = _business(call)
    for offer_id, price in parsed.items():
        world.store.yandex_business_prices[(business, offer_id)] = price
    world.note_yandex_offers(parsed)
    world.counters_for(MARKETPLACE, call.endpoint.key).items_accepted += len(parsed)
    return _ok()


def get_campaign(world: World, call: Call) -> dict[str, Any]:
    """GET /v2/campaigns/{campaignId}: ``{campaign: {id, domain, business, placementType, ...}}``."""
    campaign = _campaign(call)
    business = call.business_id
    return {
        "campaign": {
            "id": campaign,
            "domain": f"shop-{campaign}.example",
            "business": {"id": business, "name": f"Business {business}"},
            "placementType": "FBS",
            "apiAvailability": "AVAILABLE",
        }
    }


def _encode_token(offer_id: str) -> str:
    return base64.urlsafe_b64encode(offer_id.encode()).decode().rstrip("=")


def _decode_token(token: str) -> str:
    try:
        return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise Invalid("page_token: invalid page token", "INVALID_QUERY_PARAMETER") from None


def get_offer_mappings(world: World, call: Call) -> dict[str, Any]:
    """POST /v2/businesses/{businessId}/offer-mappings: ``page_token``/``limit`` query paging.

    Lists the catalog if one is set, else every offer any Yandex write has named, in offerId order;
    the page token is the last offerId of the page.
    """
    raw_limit = call.query.get("limit")
    try:
        limit = int(raw_limit) if raw_limit is not None else MAPPINGS_PAGE_DEFAULT
    except ValueError:
        raise Invalid("limit: must be an integer", "INVALID_QUERY_PARAMETER") from None
    if limit < 1:
        raise Invalid("limit: must be at least 1", "INVALID_QUERY_PARAMETER")
    limit = min(limit, MAPPINGS_PAGE_MAX)
    token = call.query.get("page_token") or call.query.get("pageToken") or ""
    after = _decode_token(token) if token else None
    body = as_object(call.body if call.body is not None else {}, "body")
    wanted = {str(o) for o in as_list(body, "offerIds", "", 0, 100)}

    ordered = world.yandex_offers()
    if wanted:
        known = set(ordered)
        ordered = sorted(o for o in wanted if o in known)
    start = bisect.bisect_right(ordered, after) if after is not None else 0
    page = ordered[start : start + limit]
    paging = {"nextPageToken": _encode_token(page[-1])} if start + limit < len(ordered) else {}
    return {
        "status": "OK",
        "result": {"paging": paging, "offerMappings": [{"offer": {"offerId": o}} for o in page]},
    }


_STOCKS_READ = "/v2/campaigns/{campaignId}/offers/stocks"
_CAMPAIGN_PRICES = "/v2/campaigns/{campaignId}/offer-prices"
_BUSINESS_PRICES = "/v2/businesses/{businessId}/offer-prices"
STOCKS_PAGE_MAX = 200  # getStocks: limit 1..200
PRICES_PAGE_MAX = 500  # getPrices, getPricesByOfferIds, getDefaultPrices: limit 1..500


def _page(call: Call, offers: list[str], page_max: int) -> tuple[list[str], dict[str, str]]:
    """One page of sorted offer ids after the query's page_token, and its ``paging``."""
    raw_limit = call.query.get("limit")
    limit = min(int(raw_limit), page_max) if raw_limit else page_max
    token = call.query.get("page_token") or call.query.get("pageToken") or ""
    start = bisect.bisect_right(offers, _decode_token(token)) if token else 0
    page = offers[start : start + limit]
    return page, ({"nextPageToken": _encode_token(page[-1])} if start + limit < len(offers) else {})


def _wanted(call: Call, offers: Iterable[str]) -> list[str]:
    """The offers a read lists: every one it knows, or those of ``offerIds``, sorted."""
    body = call.body if isinstance(call.body, dict) else {}
    named = body.get("offerIds")
    known = set(offers)
    return sorted(known & set(named) if named else known)


def get_stocks(world: World, call: Call) -> dict[str, Any]:
    """POST /v2/campaigns/{campaignId}/offers/stocks (getStocks): the counts updateStocks set.

    They are listed under one warehouse whose id is the campaign's (the emulator's choice: the
    stocks of updateStocks carry no warehouse), each as ``{type: FIT, count}``.
    """
    check_request(MARKETPLACE, "POST", _STOCKS_READ, call)
    campaign = _campaign(call)
    counts = {sku: n for (c, sku), n in world.store.yandex_stocks.items() if c == campaign}
    page, paging = _page(call, _wanted(call, counts), STOCKS_PAGE_MAX)
    offers = [{"offerId": sku, "stocks": [{"type": "FIT", "count": counts[sku]}]} for sku in page]
    warehouses = [{"warehouseId": campaign, "offers": offers}] if offers else []
    return {"status": "OK", "result": {"paging": paging, "warehouses": warehouses}}


def _price_out(sent: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {name: sent[name] for name in names if name in sent}


_CAMPAIGN_PRICE_FIELDS = ("value", "discountBase", "currencyId", "vat")
_BUSINESS_PRICE_FIELDS = ("value", "discountBase", "currencyId", "minimumForBestseller")


def _campaign_prices(world: World, call: Call, id_field: str) -> dict[str, Any]:
    campaign = _campaign(call)
    prices = {o: p for (c, o), p in world.store.yandex_prices.items() if c == campaign}
    wanted = _wanted(call, prices)
    page, paging = _page(call, wanted, PRICES_PAGE_MAX)
    offers = [{id_field: o, "price": _price_out(prices[o], _CAMPAIGN_PRICE_FIELDS)} for o in page]
    return {"status": "OK", "result": {"offers": offers, "paging": paging, "total": len(wanted)}}


def get_prices(world: World, call: Call) -> dict[str, Any]:
    """GET /v2/campaigns/{campaignId}/offer-prices (getPrices): the prices updatePrices set."""
    check_request(MARKETPLACE, "GET", _CAMPAIGN_PRICES, call)
    return _campaign_prices(world, call, "id")


def get_prices_by_offer_ids(world: World, call: Call) -> dict[str, Any]:
    """POST /v2/campaigns/{campaignId}/offer-prices (getPricesByOfferIds): those of ``offerIds``."""
    check_request(MARKETPLACE, "POST", _CAMPAIGN_PRICES, call)
    answer = _campaign_prices(world, call, "offerId")
    del answer["result"]["total"]  # this one documents no total
    return answer


def get_default_prices(world: World, call: Call) -> dict[str, Any]:
    """POST /v2/businesses/{businessId}/offer-prices (getDefaultPrices): what updateBusinessPrices set."""
    check_request(MARKETPLACE, "POST", _BUSINESS_PRICES, call)
    business = _business(call)
    prices = {o: p for (b, o), p in world.store.yandex_business_prices.items() if b == business}
    page, paging = _page(call, _wanted(call, prices), PRICES_PAGE_MAX)
    offers = [{"offerId": o, "price": _price_out(prices[o], _BUSINESS_PRICE_FIELDS)} for o in page]
    return {"status": "OK", "result": {"offers": offers, "paging": paging}}


_FALLBACK = "testing emulator fallback from the spec's x-resource-limit-config (no row in YANDEX_LIMITS)"


def _route(key: str, method: str, path: str, handler: Handler, *rates: Rate) -> Route:
    return Route(
        key, method, path, handler, Endpoint(key=key, method=method, path=path, rates=rates, source=_FALLBACK)
    )


ROUTES: tuple[Route, ...] = (
    _route("updateStocks", "PUT", "/v2/campaigns/{campaignId}/offers/stocks", update_stocks),
    _route(
        "updateStocksOnPartnerWarehouses",
        "POST",
        "/v3/businesses/{businessId}/offers/stocks/update",
        update_stocks_v3,
    ),
    _route(
        "provideOrderDigitalCodes",
        "POST",
        "/v2/campaigns/{campaignId}/orders/{orderId}/deliverDigitalGoods",
        deliver_digital_goods,
    ),
    _route("updatePrices", "POST", "/v2/campaigns/{campaignId}/offer-prices/updates", update_prices),
    _route(
        "updateBusinessPrices",
        "POST",
        "/v2/businesses/{businessId}/offer-prices/updates",
        update_business_prices,
    ),
    _route("getStocks", "POST", _STOCKS_READ, get_stocks),
    _route("getPrices", "GET", _CAMPAIGN_PRICES, get_prices),
    _route("getPricesByOfferIds", "POST", _CAMPAIGN_PRICES, get_prices_by_offer_ids),
    _route("getDefaultPrices", "POST", _BUSINESS_PRICES, get_default_prices),
    _route(
        "getCampaign",
        "GET",
        "/v2/campaigns/{campaignId}",
        get_campaign,
        Rate(5000, 3600.0, Unit.REQUESTS, Scope.ENDPOINT, "openapi x-resource-limit-config: 5000/1hours"),
    ),
    _route(
        "getOfferMappings",
        "POST",
        "/v2/businesses/{businessId}/offer-mappings",
        get_offer_mappings,
        Rate(
            100,
            60.0,
            Unit.REQUESTS,
            Scope.ENDPOINT,
            "openapi x-resource-limit-config: 100/1minutes (tier none)",
        ),
    ),
)
