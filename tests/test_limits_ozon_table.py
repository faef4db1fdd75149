"""The Ozon limits table has a row for every operation of the vendored spec, each figure tested
against the spec text it comes from.

The spec is read here, in the tests, independently of the generated index the table is built
from; the table itself never reads the spec (checked in a fresh interpreter).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from ozon_schema import ozon_swagger, schema_at

from marketplace_async._limits import Scope, Unit
from marketplace_async._ozon._limits_data import (
    DEPRECATED,
    DOCS,
    FIGURES,
    ITEM_LIMITED_OPERATIONS,
    LEGACY,
    NOT_IDEMPOTENT,
    doc_page,
)
from marketplace_async._ozon.endpoints import ACCOUNT_RPS, OZON_LIMITS

_MINUTE, _HOUR, _DAY = 60.0, 3600.0, 86400.0


def spec_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(verb, path, operation) for every operation of the vendored spec."""
    for path, item in ozon_swagger()["paths"].items():
        for verb, op in item.items():
            yield verb.upper(), path, op


SPEC = {op["operationId"]: (verb, path, op) for verb, path, op in spec_operations()}


def text_of(operation_id: str) -> str:
    """The operation's summary and description, whitespace collapsed."""
    op = SPEC[operation_id][2]
    return re.sub(r"\s+", " ", f"{op.get('summary', '')} {op.get('description', '')}")


def test_every_spec_operation_has_one_row_with_its_verb_path_and_doc_page() -> None:
    assert len(SPEC) == 460
    for op_id, (verb, path, _) in SPEC.items():
        ep = OZON_LIMITS.endpoint(op_id)  # the operationId names the row
        assert ep is OZON_LIMITS.endpoint(path.lstrip("/"))
        assert (ep.method, ep.path) == (verb, path)
        assert ep.source.startswith(doc_page(op_id) + ": "), ep.source
        assert all(rate.source.startswith(doc_page(op_id)) for rate in ep.rates), op_id
    assert doc_page("ProductAPI_ProductsStocksV2") == f"{DOCS}#operation/ProductAPI_ProductsStocksV2"


def test_the_table_is_the_spec_plus_the_older_documented_paths() -> None:
    spec_keys = {path.lstrip("/") for _, path, _ in SPEC.values()}
    legacy_keys = {legacy.key for legacy in LEGACY}
    assert not spec_keys & legacy_keys
    assert set(OZON_LIMITS.endpoints) == spec_keys | legacy_keys
    assert len(OZON_LIMITS) == 460 + len(LEGACY)
    for legacy in LEGACY:
        ep = OZON_LIMITS.endpoint(legacy.key)
        assert ep.deprecated == legacy.why and ep.source.startswith(DOCS)


def test_the_account_rate_is_the_documented_50_a_second_with_its_date() -> None:
    assert OZON_LIMITS.account_rates == (ACCOUNT_RPS,)
    assert (ACCOUNT_RPS.amount, ACCOUNT_RPS.window, ACCOUNT_RPS.scope) == (50, 1.0, Scope.ACCOUNT)
    assert "22 May 2025" in ACCOUNT_RPS.source and "#tag/Process" in ACCOUNT_RPS.source
    process = next(tag for tag in ozon_swagger()["tags"] if tag["name"] == "Process")
    assert "не больше 50 запросов в секунду на все методы с одного Client ID" in process["description"]
    news = next(tag for tag in ozon_swagger()["tags"] if tag["name"] == "News")["description"]
    assert "не больше 50 запросов в секунду на все методы с одного Client ID. Раньше — не больше 10" in news


# operationId -> (the spec's words, requests per window it states). Read off each operation's text.
DOCUMENTED_RATES: dict[str, tuple[str, list[tuple[int, float]]]] = {
    "ProductAPI_GetProductPlacementZoneInfo": ("не больше 10 запросов в секунду", [(10, 1.0)]),
    "add-barcode": ("не больше 20 раз в минуту", [(20, _MINUTE)]),
    "generate-barcode": ("не больше 20 раз в минуту", [(20, _MINUTE)]),
    "ProductAPI_ProductsStocksV2": ("до 80 запросов в минуту", [(80, _MINUTE)]),
    "WarehouseAPI_WarehouseList": ("Метод можно использовать 1 раз в минуту", [(1, _MINUTE)]),
    "SupplyDraftAPI_DraftCreate": (
        "2 раза в минуту и 50 раз в час. Максимум — 500 черновиков в день",
        [(2, _MINUTE), (50, _HOUR), (500, _DAY)],
    ),
    "DraftCrossdockCreate": (
        "- 2 раза в минуту; - 50 раз в час; - 500 раз в день",
        [(2, _MINUTE), (50, _HOUR), (500, _DAY)],
    ),
    "DraftDirectCreate": (
        "- 2 раза в минуту; - 50 раз в час; - 500 раз в день",
        [(2, _MINUTE), (50, _HOUR), (500, _DAY)],
    ),
    "DraftMultiClusterCreate": (
        "- 2 раза в минуту; - 50 раз в час; - 500 раз в день",
        [(2, _MINUTE), (50, _HOUR), (500, _DAY)],
    ),
    "DraftSupplyCreate": (
        "- 2 раза в минуту; - 50 раз в час; - 500 раз в день",
        [(2, _MINUTE), (50, _HOUR), (500, _DAY)],
    ),
    "ReportAPI_CreateDiscountedReport": ("можно отправить 1 запрос в минуту", [(1, _MINUTE)]),
    "CreatePlacementByProductsReport": ("не больше 5 раз в день", [(5, _DAY)]),
    "CreatePlacementBySuppliesReport": ("не больше 5 раз в день", [(5, _DAY)]),
    "AnalyticsAPI_StocksTurnover": ("не больше 1 запроса в минуту по одному кабинету", [(1, _MINUTE)]),
    "AnalyticsAPI_AnalyticsGetData": ("не больше 1 раза в минуту", [(1, _MINUTE)]),
}

# Operations whose text states a rate that is not theirs to apply, and why.
RATES_NOT_APPLIED = {
    "SupplyDraftAPI_DraftCreateInfo": "repeats the rate of creating drafts; this method polls one",
    "DraftCreateInfo": "repeats the rate of creating drafts; this method polls one",
}

_RATE_IN_TEXT = re.compile(r"\d+\s+(раз|раза|запрос\w*)\s+в\s+(секунду|минуту|час|день|сутки)")


@pytest.mark.parametrize("op_id", sorted(DOCUMENTED_RATES))
def test_documented_rates_are_the_figures_of_the_spec_text(op_id: str) -> None:
    words, rates = DOCUMENTED_RATES[op_id]
    assert words in text_of(op_id)
    ep = OZON_LIMITS.endpoint(op_id)
    stated = [(r.amount, r.window) for r in ep.rates if r.scope is Scope.ENDPOINT]
    assert stated == rates
    assert all(r.unit is Unit.REQUESTS for r in ep.rates if r.scope is Scope.ENDPOINT)


def test_every_rate_the_spec_text_states_is_in_the_table() -> None:
    stating = {op_id for op_id in SPEC if _RATE_IN_TEXT.search(text_of(op_id))}
    per_item = {"ProductAPI_ImportProductsPrices"}  # "10 раз в час" per product: an item-key rate
    assert stating == set(DOCUMENTED_RATES) | set(RATES_NOT_APPLIED) | per_item
    for op_id in RATES_NOT_APPLIED:
        assert not OZON_LIMITS.endpoint(op_id).rates
    with_rates = {op_id for op_id in SPEC if OZON_LIMITS.endpoint(op_id).rates_in(Scope.ENDPOINT)}
    assert with_rates == set(DOCUMENTED_RATES)


def test_per_item_rates_of_stocks_and_prices() -> None:
    assert "только 1 раз в 30 секунд" in text_of("ProductAPI_ProductsStocksV2")
    assert "не больше 10 раз в час" in text_of("ProductAPI_ImportProductsPrices")
    stocks = OZON_LIMITS.endpoint("ProductAPI_ProductsStocksV2").rates_in(Scope.ITEM_KEY)
    prices = OZON_LIMITS.endpoint("ProductAPI_ImportProductsPrices").rates_in(Scope.ITEM_KEY)
    assert [(r.amount, r.window, r.unit) for r in stocks] == [(1, 30.0, Unit.ITEMS)]
    assert [(r.amount, r.window, r.unit) for r in prices] == [(10, _HOUR, Unit.ITEMS)]


# ---------------------------------------------------------------- per-request maxima


def _request_arrays(op_id: str) -> dict[str, tuple[int | None, str]]:
    """Dotted name -> (maxItems, description) of each array in the request body, at the top level
    or inside a top-level object (``filter.offer_id``)."""
    body = SPEC[op_id][2].get("requestBody") or {}
    if "$ref" in body:
        body = schema_at(body["$ref"].removeprefix("#"))
    schema = ((body.get("content") or {}).get("application/json") or {}).get("schema")
    if schema is None:
        return {}
    found: dict[str, tuple[int | None, str]] = {}

    def walk(schema: dict[str, Any], prefix: str, depth: int) -> None:
        for part in (schema, *schema.get("allOf", ())):
            part = schema_at(part["$ref"].removeprefix("#")) if "$ref" in part else part
            for name, node in part.get("properties", {}).items():
                resolved = schema_at(node["$ref"].removeprefix("#")) if "$ref" in node else node
                description = node.get("description") or resolved.get("description") or ""
                if resolved.get("type") == "array" or "items" in resolved:
                    found[prefix + name] = (resolved.get("maxItems"), re.sub(r"\s+", " ", description))
                elif depth == 0 and (resolved.get("type") == "object" or "properties" in resolved):
                    walk(resolved, f"{prefix}{name}.", depth + 1)

    walk(schema_at(schema["$ref"].removeprefix("#")) if "$ref" in schema else schema, "", 0)
    return found


_MAX_IN_TEXT = re.compile(r"(?:[Дд]о|для|не больше(?: чем для)?|не более|[Мм]аксимум\s*—?)\s*(\d[\d ]*)")


def test_every_per_request_maximum_is_a_figure_of_the_spec() -> None:
    checked = 0
    for op_id, limits in FIGURES.items():
        if limits.max_items is None:
            continue
        assert limits.items_field, op_id
        schema_max, description = _request_arrays(op_id)[limits.items_field]
        stated = {int(m.replace(" ", "")) for m in _MAX_IN_TEXT.findall(f"{description} {text_of(op_id)}")}
        assert limits.max_items == schema_max or limits.max_items in stated, (op_id, schema_max, stated)
        ep = OZON_LIMITS.endpoint(op_id)
        assert (ep.max_items, ep.items_field) == (limits.max_items, limits.items_field)
        checked += 1
    assert checked >= 60


# Request arrays with a maxItems that are not what a request is a batch of: per-item or settings
# lists (phones, week days), or another filter of an operation whose main list is in the table.
NOT_THE_BATCH = {
    ("ProductAPI_ProductImportPictures", "images360"),
    ("ProductAPI_GetProductInfoStocksByWarehouseFbsV2", "offer_id"),  # counted with sku (one id group)
    ("ProductAPI_GetProductInfoPrices", "filter.product_id"),  # counted with filter.offer_id
    ("WarehouseAPI_DeliveryMethodListV2", "filter.delivery_method_ids"),
    ("WarehouseAPI_DeliveryMethodListV2", "filter.provider_ids"),
    ("PostingFboList", "filter.order_numbers"),
    ("PostingDigitalList", "filter.order_numbers"),
    ("SupplyOrderBundle", "item_tags_calculation.storage_warehouse_ids"),
    ("PostingFbsUnfulfilledList", "filter.delivery_method_ids"),
    ("PostingFbsUnfulfilledList", "filter.provider_ids"),
    ("PostingFbsUnfulfilledList", "filter.warehouse_ids"),
    ("PostingFbsList", "filter.delivery_method_ids"),
    ("PostingFbsList", "filter.provider_ids"),
    ("PostingFbsList", "filter.warehouse_ids"),
    ("AnalyticsAPI_AnalyticsStocks", "turnover_grades"),
    ("AnalyticsAPI_AnalyticsGetData", "metrics"),
    ("WarehouseAPI_ListDropOffPointsForCreateFBSWarehouse", "search.types"),
    ("WarehouseAPI_ListDropOffPointsForUpdateFBSWarehouse", "search.types"),
    ("WarehouseAPI_CreateWarehouseFBS", "options.courier_phones"),
    ("WarehouseAPI_CreateWarehouseFBS", "working_days"),
    ("WarehouseERFBSAggregatorCreate", "delivery_method.courier_phones"),
    ("WarehouseERFBSAggregatorCreate", "timetable_warehouse.holidays"),
    ("WarehouseERFBSAggregatorCreate", "timetable_warehouse.working_days"),
    ("WarehouseERFBSUpdate", "timetable_warehouse.holidays"),
    ("WarehouseERFBSUpdate", "timetable_warehouse.working_days"),
    ("WarehouseERFBSAggregatorDeliveryMethodUpdate", "courier_phones"),
    ("WarehouseERFBSNonIntegratedCreate", "timetable_warehouse.holidays"),
    ("WarehouseERFBSNonIntegratedCreate", "timetable_warehouse.working_days"),
    ("SellerActionsCreateMultiLevelDiscount", "discount_levels"),
    ("SellerActionsUpdateMultiLevelDiscount", "action_parameters.discount_levels"),
    ("SellerActionsUpdateVoucher", "action_parameters.user_ids"),
    ("ProductAPI_ImportProductsV3", "items"),  # its figure is in the operation text; checked above
}


def test_every_maximum_of_a_request_list_in_the_spec_is_in_the_table_or_set_aside() -> None:
    missing = []
    for op_id in SPEC:
        for field, (schema_max, description) in _request_arrays(op_id).items():
            in_text = _MAX_IN_TEXT.search(description) is not None
            if (schema_max is None and not in_text) or (op_id, field) in NOT_THE_BATCH:
                continue
            ep = OZON_LIMITS.endpoint(op_id)
            if ep.items_field != field or ep.max_items is None:
                missing.append((op_id, field, schema_max))
    assert missing == []


# ---------------------------------------------------------------- Item-Retry-After, idempotency


def test_the_five_item_limited_methods_are_those_whose_text_documents_item_retry_after() -> None:
    documenting = {op_id for op_id in SPEC if "Item-Retry-After" in text_of(op_id)}
    assert documenting == ITEM_LIMITED_OPERATIONS
    assert {SPEC[op_id][1] for op_id in documenting} == {
        "/v3/product/import",
        "/v1/product/import-by-sku",
        "/v1/product/attributes/update",
        "/v1/product/pictures/import",
        "/v1/product/update/offer-id",
    }
    for op_id in documenting:
        assert "Item-Retry-After" in OZON_LIMITS.endpoint(op_id).source
        assert "минутах" in text_of(op_id)  # the header counts minutes


# Methods named .../create that are reads, status checks or upserts.
CREATE_BUT_IDEMPOTENT = {
    "/v2/invoice/create-or-update",
    "/v6/fbs/posting/product/exemplar/create-or-get",
}


def test_every_creation_upload_and_send_is_never_resent_blindly() -> None:
    for op_id, (verb, path, _) in SPEC.items():
        ep = OZON_LIMITS.endpoint(op_id)
        writes_anew = re.search(r"/(create|send|start|split|upload|generate)\b", path) is not None
        writes_anew &= re.search(r"/(info|status|list|get)$", path) is None  # polls of a creation
        if writes_anew and path not in CREATE_BUT_IDEMPOTENT:
            assert not ep.idempotent, f"{path} creates or sends, yet is retried"
        if verb == "GET":
            assert ep.idempotent, path
    for op_id, reason in NOT_IDEMPOTENT.items():
        ep = OZON_LIMITS.endpoint(op_id)
        assert not ep.idempotent and reason in ep.source, op_id
    assert sum(
        not ep.idempotent for ep in OZON_LIMITS if ep.path.lstrip("/") not in {x.key for x in LEGACY}
    ) == len(NOT_IDEMPOTENT)


# ---------------------------------------------------------------- deprecations


def _switch_off_notice(op_id: str) -> str | None:
    """The warning aside that announces a switch-off, if the operation has one."""
    for aside in re.findall(
        r'<aside class="warning">(.*?)</aside>', SPEC[op_id][2].get("description") or "", re.S
    ):
        if re.search(r"отключ|устаре", aside):
            return str(aside)
    return None


def test_every_deprecation_of_the_spec_is_in_the_table_with_its_replacement() -> None:
    announced = {op_id for op_id in SPEC if SPEC[op_id][2].get("deprecated") or _switch_off_notice(op_id)}
    assert announced == set(DEPRECATED)
    assert len(announced) == 35
    for op_id in announced:
        notice = _switch_off_notice(op_id)
        assert notice is not None, op_id
        first_link = re.search(r"#operation/(\w+)", notice)
        assert first_link and first_link.group(1) == DEPRECATED[op_id].replacement, op_id
        ep = OZON_LIMITS.endpoint(op_id)
        assert ep.deprecated == DEPRECATED[op_id].why
        assert ep.replacement == SPEC[DEPRECATED[op_id].replacement][1].lstrip("/")
        assert not OZON_LIMITS.endpoint(ep.replacement).deprecated


_MONTHS = {
    "января": "Jan", "февраля": "Feb", "марта": "Mar", "апреля": "Apr", "мая": "May", "июня": "Jun",
    "июля": "Jul", "августа": "Aug", "сентября": "Sep", "октября": "Oct", "ноября": "Nov", "декабря": "Dec",
}  # fmt: skip


def test_switch_off_dates_are_those_of_the_notices() -> None:
    dated = 0
    for op_id, deprecation in DEPRECATED.items():
        notice = _switch_off_notice(op_id) or ""
        match = re.search(r"(\d{1,2}) (\w+) (\d{4})", notice)
        if match is None:
            assert "switched off on" not in deprecation.why, op_id
            continue
        day, month, year = match.groups()
        assert f"switched off on {day} {_MONTHS[month]} {year}" in deprecation.why, op_id
        dated += 1
    assert dated >= 20


# ---------------------------------------------------------------- import cost


def test_the_table_is_built_without_reading_the_spec() -> None:
    script = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == 'open' else None)\n"
        "from marketplace_async._ozon.endpoints import OZON_LIMITS\n"
        "assert len(OZON_LIMITS) > 460\n"
        "print([p for p in opened if p.endswith('.json') or 'openapi' in p])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_no_row_speaks_internal_jargon() -> None:
    jargon = re.compile(r"seed|user's card|API_FACTS|shared/|swagger", re.IGNORECASE)
    for ep in OZON_LIMITS:
        texts = [ep.source, *(rate.source for rate in ep.rates), ep.deprecated or ""]
        assert not [t for t in texts if jargon.search(t)], ep.key
    assert not jargon.search(OZON_LIMITS.source)
