"""The Ozon limits table against the 2024-25 documented method list and the vendored OpenAPI spec."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from ozon_schema import (
    ozon_operation,
    ozon_swagger_paths,
    request_schema_ref,
    response_schema_ref,
    schema_at,
)
from spec_paths import OZON_DOCUMENTED_METHODS

from marketplace_async._limits import Endpoint, Scope
from marketplace_async._ozon.endpoints import (
    ACCOUNT_RPS,
    DIGITAL_LIST_V1,
    DIGITAL_LIST_V2,
    DIGITAL_STOCKS,
    LIVE_OUTSIDE_SPEC,
    OZON_LIMITS,
    PAGINATION,
    PAGING,
    POSTING_CODES,
    PRICES,
    STOCKS,
    key_of,
)

DOCUMENTED_PATH_COUNT = 102
"""Distinct paths of the 2024-25 list: 99 (100 headings, v2/fbs/posting/delivering twice) + 3 Digital."""


def _documented() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(OZON_DOCUMENTED_METHODS.read_text(encoding="utf-8"))
    return doc


def documented_list() -> list[tuple[str, str, str]]:
    """(path, method, text) for every method of the 2024-25 documentation's list, duplicates kept."""
    return [(m["path"], m["method"], m["text"]) for m in _documented()["methods"]]


def digital_methods() -> list[tuple[str, str]]:
    """(path, method) of the Digital methods added on 1 Jul 2025."""
    return [(m["path"], m["method"]) for m in _documented()["digital"]]


def documented_methods() -> dict[str, str]:
    methods: dict[str, str] = {}
    for path, method, _ in documented_list():
        assert methods.setdefault(path, method) == method, f"{path}: the list gives two methods"
    for path, method in digital_methods():
        methods[path] = method
    return methods


def test_documented_list_counts() -> None:
    headings = documented_list()
    distinct_001 = {p for p, _, _ in headings}
    distinct_000 = {p for p, _ in digital_methods()}
    assert (len(headings), len(distinct_001), len(distinct_000)) == (100, 99, 3)
    assert not distinct_001 & distinct_000
    assert len(distinct_001 | distinct_000) == DOCUMENTED_PATH_COUNT


def test_every_documented_path_is_registered_with_its_method_and_path_params() -> None:
    for path, method in documented_methods().items():
        key = re.sub(r":(\w+)", r"{\1}", path)  # the list spells parameters :name
        ep = OZON_LIMITS.endpoint(key)
        assert ep.key == key_of(path) == key
        assert ep.method == method, key
        assert ep.path == "/" + key
        assert ep.path_params == tuple(re.findall(r":(\w+)", path)), key


def test_waybill_gets_have_path_params() -> None:
    orders = OZON_LIMITS.endpoint("v1/supplier/orders/{order_id}/waybill_acceptance_results")
    waybill = OZON_LIMITS.endpoint("v1/supplier/waybill_acceptance_results/{waybill_id}")
    assert (orders.method, orders.path, orders.path_params) == (
        "GET",
        "/v1/supplier/orders/{order_id}/waybill_acceptance_results",
        ("order_id",),
    )
    assert (waybill.method, waybill.path_params) == ("GET", ("waybill_id",))


def test_the_second_delivering_heading_is_delivered() -> None:
    texts = [text for path, _, text in documented_list() if path == "v2/fbs/posting/delivering"]
    assert len(texts) == 2
    assert any("«Доставлено»" in t for t in texts) and any("«Доставляется»" in t for t in texts)
    delivered = OZON_LIMITS.endpoint("v2/fbs/posting/delivered")
    assert (delivered.method, delivered.path) == ("POST", "/v2/fbs/posting/delivered")
    assert delivered.deprecated is None
    assert OZON_LIMITS.endpoint("v2/fbs/posting/delivering").path == "/v2/fbs/posting/delivering"


def test_every_key_names_its_path() -> None:
    for key, ep in OZON_LIMITS.endpoints.items():
        assert ep.key == key
        assert ep.path == "/" + key
        assert ep.method in ("GET", "POST")


def test_named_constants_are_the_table_entries() -> None:
    for ep in (STOCKS, PRICES, DIGITAL_STOCKS, POSTING_CODES, DIGITAL_LIST_V1, DIGITAL_LIST_V2):
        assert OZON_LIMITS.endpoint(ep.key) is ep
    assert OZON_LIMITS.account_rates == (ACCOUNT_RPS,)
    assert (ACCOUNT_RPS.amount, ACCOUNT_RPS.window, ACCOUNT_RPS.scope) == (50, 1.0, Scope.ACCOUNT)


@pytest.mark.parametrize(
    ("key", "max_items", "items_field"),
    [
        ("v2/products/delete", 500, "products"),
        ("v2/product/import", 100, "items"),
        ("v3/product/import", 100, "items"),
        ("v2/posting/fbs/package-label", 20, "posting_number"),
        ("v3/category/attribute", 20, "category_id"),
        ("v4/product/info/prices", 1000, "filter.offer_id"),
        ("v5/product/info/prices", 1000, "filter.offer_id"),
        ("v1/product/import/prices", 1000, "prices"),
        ("v2/products/stocks", 100, "stocks"),
        ("v2/fbs/posting/tracking-number/set", 20, "tracking_numbers"),
        ("v1/product/import-by-sku", 1000, "items"),
    ],
)
def test_per_request_maxima(key: str, max_items: int, items_field: str) -> None:
    ep = OZON_LIMITS.endpoint(key)
    assert (ep.max_items, ep.items_field) == (max_items, items_field)


def test_maxima_of_removed_methods_are_the_figures_of_their_documented_text() -> None:
    texts = {path: text for path, _, text in documented_list()}
    assert "до 100 товаров" in texts["v2/product/import"]
    assert "не более 20 идентификаторов категорий в списке category_id" in texts["v3/category/attribute"]
    assert "максимум 1000 товаров" in texts["v4/product/info/prices"]
    # Methods still in the spec take their figures from it (test_limits_ozon_table.py); the 2024-25
    # text agrees with it.
    assert "до 500 идентификаторов" in texts["v2/products/delete"]
    assert "не больше 20 идентификаторов" in texts["v2/posting/fbs/package-label"]
    assert "для 100 товаров" in texts["v2/products/stocks"]
    assert "до 80 запросов" in texts["v2/products/stocks"]
    assert "для 1000 товаров" in texts["v1/product/import/prices"]


def _field_schema(schema: dict[str, Any], dotted: str) -> dict[str, Any]:
    for part in dotted.split("."):
        props = schema.get("properties", {})
        assert part in props, f"no {part!r} in {sorted(props)}"
        schema = schema_at_node(props[part])
    return schema


def schema_at_node(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    return schema_at(ref.removeprefix("#")) if ref else node


def test_items_fields_are_request_arrays_in_the_spec() -> None:
    checked = 0
    for ep in OZON_LIMITS:
        if ep.max_items is not None:
            assert ep.items_field, f"{ep.key}: max_items without items_field"
        if ep.items_field is None or ep.path not in ozon_swagger_paths():
            continue
        ref = request_schema_ref(ep.key)
        assert ref is not None
        field = _field_schema(schema_at(ref), ep.items_field)
        assert field.get("type") == "array", f"{ep.key}.{ep.items_field} is {field.get('type')}"
        checked += 1
    assert checked >= 60


def test_every_endpoint_names_its_source_and_no_endpoint_repeats_the_account_rate() -> None:
    for ep in OZON_LIMITS:
        assert ep.source.strip(), ep.key
        assert not ep.rates_in(Scope.ACCOUNT), f"{ep.key} repeats an account-wide rate"
        assert all(r.source for r in ep.rates), ep.key


def test_deprecated_entries_name_a_live_replacement_and_say_it_once() -> None:
    deprecated = [ep for ep in OZON_LIMITS if ep.deprecated]
    assert len(deprecated) >= 70
    for ep in deprecated:
        assert ep.deprecated and ep.deprecated.strip()
        # The warning names the replacement (or says there is none): the reason must not repeat it.
        assert "replacement" not in ep.deprecated and "use " not in ep.deprecated, ep.key
        if ep.replacement is None:
            continue
        assert ep.replacement != ep.key
        replacement = OZON_LIMITS.endpoint(ep.replacement)
        assert replacement.deprecated is None, f"{ep.key} → {ep.replacement}, itself deprecated"
    for ep in OZON_LIMITS:
        if ep.replacement is not None:
            assert ep.deprecated, f"{ep.key} has a replacement but no deprecation reason"


@pytest.mark.parametrize(
    ("key", "replacement"),
    [
        ("v1/product/import/stocks", "v2/products/stocks"),
        ("v2/product/list", "v3/product/list"),
        ("v1/product/upload_digital_codes", "v1/posting/digital/codes/upload"),
        ("v1/product/upload_digital_codes/info", "v1/posting/digital/codes/upload"),
        ("v2/product/info", "v3/product/info/list"),
        ("v2/product/info/list", "v3/product/info/list"),
        ("v3/product/info/stocks", "v4/product/info/stocks"),
        ("v4/product/info/prices", "v5/product/info/prices"),
        ("v2/product/import", "v3/product/import"),
        ("v3/posting/fbs/ship/package", "v4/posting/fbs/ship/package"),
        ("v2/category/tree", "v1/description-category/tree"),
        ("v3/category/attribute", "v1/description-category/attribute"),
        ("v1/posting/digital/list", "v2/posting/digital/list"),
        ("v1/supplier/waybill_acceptance_results/{waybill_id}", None),
        ("v2/fbs/posting/send-by-seller", None),
        ("v1/warehouse/list", "v2/warehouse/list"),
        ("v3/posting/fbs/list", "v4/posting/fbs/list"),
        ("v1/report/transactions/create", "v1/finance/accrual/postings"),
    ],
)
def test_known_replacements(key: str, replacement: str | None) -> None:
    ep = OZON_LIMITS.endpoint(key)
    assert ep.deprecated
    assert ep.replacement == replacement


@pytest.mark.parametrize(
    ("key", "date"),
    [
        ("v1/product/import/stocks", "27 May 2025"),
        ("v2/product/list", "11 Feb 2025"),
        ("v1/product/upload_digital_codes", "1 Jul 2025"),
        ("v1/product/upload_digital_codes/info", "1 Jul 2025"),
        ("v1/warehouse/list", "7 Apr 2026"),
        ("v2/posting/fbo/list", "1 Jun 2026"),
    ],
)
def test_deprecations_carry_their_date(key: str, date: str) -> None:
    assert date in (OZON_LIMITS.endpoint(key).deprecated or "")


def test_swagger_membership_matches_deprecation() -> None:
    swagger = ozon_swagger_paths()
    for ep in OZON_LIMITS:
        if ep.key in LIVE_OUTSIDE_SPEC:
            assert ep.path not in swagger, f"{ep.key} is in the spec now; drop it from the exceptions"
            assert ep.deprecated is None
            assert LIVE_OUTSIDE_SPEC[ep.key].strip()
        elif ep.path not in swagger:
            assert ep.deprecated, f"{ep.key} is not in the spec but is not deprecated"
    assert set(LIVE_OUTSIDE_SPEC) <= set(OZON_LIMITS.endpoints)


def test_methods_agree_with_the_spec() -> None:
    swagger = ozon_swagger_paths()
    for ep in OZON_LIMITS:
        if ep.path in swagger:
            assert ozon_operation(ep.key)[0] == ep.method, ep.key


def test_replacements_exist_in_the_spec_or_are_known_live() -> None:
    swagger = ozon_swagger_paths()
    targets = {ep.replacement for ep in OZON_LIMITS if ep.replacement}
    assert len(targets) >= 20
    for key in targets:
        assert OZON_LIMITS.endpoint(key).path in swagger or key in LIVE_OUTSIDE_SPEC, key


def test_methods_still_in_the_spec_with_a_switch_off_warning_are_deprecated() -> None:
    for key in ("v1/product/certification/list", "v1/warehouse/list", "v1/delivery-method/list"):
        _, op = ozon_operation(key)
        assert "отключ" in op["description"]
        assert OZON_LIMITS.endpoint(key).deprecated


@pytest.mark.parametrize(
    "key",
    [
        "v1/posting/digital/codes/upload",
        "v1/product/upload_digital_codes",
        "v1/chat/start",
        "v1/chat/send/message",
        "v1/chat/send/file",
        "v1/report/postings/create",
        "v1/report/products/create",
        "v2/report/returns/create",
        "v2/product/import",
        "v3/product/import",
        "v1/product/import-by-sku",
        "v4/posting/fbs/ship",
        "v1/polygon/create",
        "v1/product/certificate/create",
        "v1/posting/fbs/split",
        "v1/barcode/generate",
        "v2/posting/fbs/product/cancel",
        "v1/draft/crossdock/create",
        "v1/report/discounted/create",
        "v1/return/giveout/barcode-reset",
    ],
)
def test_non_idempotent_endpoints(key: str) -> None:
    assert OZON_LIMITS.endpoint(key).idempotent is False


@pytest.mark.parametrize(
    "key",
    [
        "v2/products/stocks",
        "v1/product/import/prices",
        "v1/product/digital/stocks/import",
        "v1/product/import/stocks",
        "v3/product/list",
        "v2/posting/digital/list",
        "v1/product/pictures/import",
        "v1/product/attributes/update",
        "v2/posting/fbs/cancel",
    ],
)
def test_absolute_updates_and_reads_stay_idempotent(key: str) -> None:
    assert OZON_LIMITS.endpoint(key).idempotent is True


def test_bulk_limits_of_the_core_endpoints() -> None:
    per_minute = STOCKS.rates_in(Scope.ENDPOINT)
    assert [(r.amount, r.window) for r in per_minute] == [(80, 60.0)]
    assert [(r.amount, r.window) for r in STOCKS.rates_in(Scope.ITEM_KEY)] == [(1, 30.0)]
    assert [(r.amount, r.window) for r in PRICES.rates_in(Scope.ITEM_KEY)] == [(10, 3600.0)]


def test_overrides_reach_new_entries() -> None:
    changed = OZON_LIMITS.with_overrides({"v2/posting/fbs/package-label": {"max_items": 5}})
    assert changed.endpoint("v2/posting/fbs/package-label").max_items == 5
    assert OZON_LIMITS.endpoint("v2/posting/fbs/package-label").max_items == 20


# ---------------------------------------------------------------- paging


def test_pagination_styles() -> None:
    assert dict(PAGINATION) == {
        "v3/product/list": "last_id",
        "v1/actions/candidates": "last_id",
        "v1/actions/products": "last_id",
        "v3/posting/fbs/list": "offset",
        "v2/posting/fbo/list": "offset",
        "v1/posting/digital/list": "offset",
        "v4/product/info/stocks": "cursor",
        "v5/product/info/prices": "cursor",
        "v2/posting/digital/list": "cursor",
    }
    for key, paging in PAGING.items():
        assert OZON_LIMITS.endpoint(key).method == "POST"
        assert paging.style == PAGINATION[key]
        assert (paging.response_field is None) == (paging.style == "offset"), key


@pytest.mark.parametrize("key", [k for k in PAGING if k not in LIVE_OUTSIDE_SPEC])
def test_paging_fields_exist_in_the_spec(key: str) -> None:
    paging = PAGING[key]
    ref = request_schema_ref(key)
    assert ref is not None
    request = schema_at(ref)
    assert _field_schema(request, paging.request_field)
    assert _field_schema(request, paging.limit_field).get("type") in ("integer", "number")
    response = schema_at(response_schema_ref(key))
    assert _field_schema(response, paging.items_field).get("type") == "array"
    if paging.response_field:
        assert _field_schema(response, paging.response_field).get("type") in ("string", "number")
    if paging.has_next_field:
        assert _field_schema(response, paging.has_next_field).get("type") == "boolean"
    else:
        assert "has_next" not in str(sorted(_flat_names(response))), f"{key} has a has_next field"


def _flat_names(schema: dict[str, Any], prefix: str = "", depth: int = 0) -> set[str]:
    names: set[str] = set()
    if depth > 2:
        return names
    for name, node in schema.get("properties", {}).items():
        names.add(prefix + name)
        resolved = schema_at_node(node)
        if resolved.get("type") == "object":
            names |= _flat_names(resolved, prefix + name + ".", depth + 1)
    return names


def test_endpoint_type_is_the_shared_data_model() -> None:
    assert all(isinstance(ep, Endpoint) for ep in OZON_LIMITS)
    assert len(OZON_LIMITS) == len({ep.key for ep in OZON_LIMITS})
