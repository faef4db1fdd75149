"""The Yandex limits table against the vendored OpenAPI tree and its limits_table.txt summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from yandex_schema import (
    LIMITS_TABLE,
    SPEC_DIR,
    load_yaml,
    request_body,
    resolve,
    yandex_operation,
    yandex_operations,
)

from marketplace_async._limits import Endpoint, Scope, Unit
from marketplace_async._yandex._spec_operations import SPEC_OPERATIONS
from marketplace_async._yandex.operations import (
    DELIVER_DIGITAL_GOODS,
    HAND_WRITTEN,
    MAX_BODY_BYTES,
    PAGE_TOKEN_OPERATIONS,
    UPDATE_PRICES,
    UPDATE_STOCKS,
    UPDATE_STOCKS_V3,
    YANDEX_LIMITS,
)

SPEC = {ep.key: ep for ep in SPEC_OPERATIONS}
_SECONDS = {"minutes": 60, "hours": 3600, "days": 86400}
_LINE = re.compile(
    r"(?P<method>\w+)\s+(?P<path>\S+) (?P<key>\w+) count=(?P<cost>\S+) "
    r"none=(?P<none>\S+) medium=(?P<medium>\S+) parallel=(?P<parallel>\S+) deprecated=(?P<deprecated>\w+)$"
)


def _tier(text: str) -> tuple[int, float]:
    amount, period = text.split("/")
    match = re.fullmatch(r"(\d+)(\w+)", period)
    assert match, text
    duration, unit = match.groups()
    return int(amount), float(int(duration) * _SECONDS[unit])


def _limits_table() -> list[dict[str, str]]:
    rows = []
    for line in LIMITS_TABLE.read_text(encoding="utf-8").splitlines():
        match = _LINE.fullmatch(line.strip())
        assert match, f"unparsed limits_table.txt line: {line!r}"
        rows.append(match.groupdict())
    return rows


def test_every_spec_operation_is_generated_once() -> None:
    ops = yandex_operations()
    assert len(ops) == 160  # the vendored commit 1318e9b has 160 operations
    assert len(SPEC_OPERATIONS) == len(ops)
    assert [(op.operation_id, op.method, op.path) for op in ops] == [
        (ep.key, ep.method, ep.path) for ep in SPEC_OPERATIONS
    ]


def test_generated_module_is_up_to_date_with_the_spec() -> None:
    import gen_yandex_operations as gen

    stale = f"{gen.TARGET.name} is stale: run .venv/bin/python tests/gen_yandex_operations.py"
    assert gen.render() == gen.TARGET.read_text(encoding="utf-8"), stale


def test_every_operation_matches_limits_table_txt() -> None:
    rows = _limits_table()
    assert len(rows) == len(SPEC_OPERATIONS)
    for row in rows:
        ep = SPEC[row["key"]]
        assert (ep.method, ep.path, ep.cost_path) == (row["method"], row["path"], row["cost"]), row
        tiers = [_tier(row["none"]), _tier(row["medium"])]
        amount, window = min(tiers, key=lambda t: (t[0] / t[1], t[0]))
        (rate,) = ep.rates
        assert (rate.amount, rate.window, rate.scope) == (amount, window, Scope.ENDPOINT), row
        assert rate.unit is (Unit.REQUESTS if row["cost"] == "resp" else Unit.ITEMS), row
        assert ep.parallel == (None if row["parallel"] == "None" else int(row["parallel"])), row
        assert (ep.deprecated is not None) == (row["deprecated"] == "True"), row


@pytest.mark.parametrize(
    ("key", "amount", "window", "unit", "parallel"),
    [
        ("provideOrderDigitalCodes", 10_000, 3600.0, Unit.REQUESTS, 6),
        ("updatePrices", 10_000, 60.0, Unit.ITEMS, 12),
        ("updateBusinessPrices", 10_000, 60.0, Unit.ITEMS, None),
        ("updateStocks", 100_000, 60.0, Unit.ITEMS, None),
        ("getStocks", 100_000, 60.0, Unit.ITEMS, None),
        # none tier 5000/min is stricter than medium 10000/min
        ("deleteOffers", 5_000, 60.0, Unit.ITEMS, None),
        # none tier 1 per 10 min is stricter than medium 1 per 6 min
        ("generateShowsSalesReport", 1, 600.0, Unit.REQUESTS, None),
        ("generateUnitedOrdersReport", 1, 120.0, Unit.REQUESTS, None),
        ("getOrder", 10_000, 3600.0, Unit.REQUESTS, 6),
    ],
)
def test_spot_check_limits(key: str, amount: int, window: float, unit: Unit, parallel: int | None) -> None:
    ep = YANDEX_LIMITS.endpoint(key)
    (rate,) = ep.rates
    assert (rate.amount, rate.window, rate.unit, rate.scope) == (amount, window, unit, Scope.ENDPOINT)
    assert ep.parallel == parallel


def test_update_stocks_keeps_the_sdk_batch_size_under_the_spec() -> None:
    assert SPEC["updateStocks"].max_items == 2000
    assert YANDEX_LIMITS.endpoint("updateStocks") is UPDATE_STOCKS
    assert UPDATE_STOCKS.max_items == 500
    assert UPDATE_STOCKS.items_field == "skus"


def test_table_is_the_spec_plus_the_v3_stock_method_with_hand_entries_winning() -> None:
    assert set(YANDEX_LIMITS.endpoints) == set(SPEC) | {UPDATE_STOCKS_V3.key}
    assert "updateStocksOnPartnerWarehouses" not in SPEC
    for hand in HAND_WRITTEN:
        assert YANDEX_LIMITS.endpoint(hand.key) is hand
    others = [ep for ep in YANDEX_LIMITS if ep not in HAND_WRITTEN]
    assert others == [ep for ep in SPEC_OPERATIONS if ep.key not in {h.key for h in HAND_WRITTEN}]
    assert YANDEX_LIMITS.account_parallel == 4


def test_overrides_copy_the_table() -> None:
    changed = YANDEX_LIMITS.with_overrides({"getCampaigns": {"parallel": 1}})
    assert changed.endpoint("getCampaigns").parallel == 1
    assert YANDEX_LIMITS.endpoint("getCampaigns").parallel is None
    with pytest.raises(TypeError):
        YANDEX_LIMITS.endpoints["getCampaigns"] = changed.endpoint("getCampaigns")  # type: ignore[index]


@pytest.mark.parametrize("hand", [ep for ep in HAND_WRITTEN if ep.key in SPEC], ids=lambda ep: ep.key)
def test_hand_entries_agree_with_the_spec(hand: Endpoint) -> None:
    spec = SPEC[hand.key]
    assert (hand.method, hand.path, hand.parallel, hand.idempotent) == (
        spec.method,
        spec.path,
        spec.parallel,
        spec.idempotent,
    )
    assert [(r.amount, r.window, r.unit, r.scope) for r in hand.rates] == [
        (r.amount, r.window, r.unit, r.scope) for r in spec.rates
    ]
    assert hand.cost_path == spec.cost_path
    assert hand.max_body_bytes == spec.max_body_bytes == MAX_BODY_BYTES
    # A hand batch size may be smaller than the schema's maxItems (policy), never larger.
    found = request_body(hand.key)
    assert found is not None and hand.items_field is not None
    schema, base = found
    array, _ = resolve(resolve(schema, base)[0]["properties"][hand.items_field], base)
    assert hand.max_items is not None and hand.max_items <= array["maxItems"]


def test_items_fields_are_request_arrays_with_their_max_items() -> None:
    with_field = [ep for ep in SPEC_OPERATIONS if ep.items_field]
    assert {ep.key for ep in with_field} == {
        ep.key for ep in SPEC_OPERATIONS if ep.cost_path and ep.cost_path.startswith("req.")
    }
    assert len(with_field) == 15
    for ep in with_field:
        assert ep.cost_path == f"req.{ep.items_field}"
        assert ep.rates[0].unit is Unit.ITEMS
    assert SPEC["updateOfferMappings"].max_items == 500
    assert SPEC["updatePrices"].max_items == 2000
    assert SPEC["addHiddenOffers"].items_field == "hiddenOffers"


def test_response_counted_costs_have_no_items_field() -> None:
    resp_items = [ep for ep in SPEC_OPERATIONS if ep.cost_path and ep.cost_path.startswith("resp.")]
    assert len(resp_items) == 9
    for ep in resp_items:
        assert ep.items_field is None
        assert ep.rates[0].unit is Unit.ITEMS
    assert SPEC["getStocks"].cost_path == "resp.result.warehouses.offers.offerId"


def test_body_size_cap_on_every_json_body() -> None:
    for op in yandex_operations():
        ep = SPEC[op.operation_id]
        has_json = request_body(op.operation_id) is not None
        assert ep.max_body_bytes == (MAX_BODY_BYTES if has_json else None), op.operation_id
    assert MAX_BODY_BYTES == 512 * 1024
    # multipart file upload (files up to 5 MB): the JSON 512 KB cap is not applied
    assert SPEC["sendFileToChat"].max_body_bytes is None
    assert all(
        SPEC[op.operation_id].max_body_bytes is None for op in yandex_operations() if op.method == "GET"
    )


def test_idempotency() -> None:
    non_idempotent = {ep.key for ep in YANDEX_LIMITS if not ep.idempotent}
    assert all(ep.idempotent for ep in YANDEX_LIMITS if ep.method == "GET")
    assert {
        "provideOrderDigitalCodes",
        "createOrder",
        "createReturn",
        "createOutlet",
        "createChat",
        "sendMessageToChat",
        "sendFileToChat",
        "generateOfferBarcodes",
        "generateUnitedOrdersReport",
        "generateBarcodesReport",
        "submitReturnDecision",
        "updateGoodsFeedbackComment",
    } <= non_idempotent
    # every POST report generation is non-idempotent: each call queues another report
    assert {ep.key for ep in YANDEX_LIMITS if ep.key.startswith("generate") and ep.method == "POST"} <= (
        non_idempotent
    )
    # absolute writes stay retryable
    for key in ("updateStocks", "updateStocksOnPartnerWarehouses", "updatePrices", "updateBusinessPrices"):
        assert key not in non_idempotent
    assert not DELIVER_DIGITAL_GOODS.idempotent and UPDATE_PRICES.idempotent


def test_deprecated_operations_name_an_existing_replacement() -> None:
    deprecated = {ep.key: ep for ep in SPEC_OPERATIONS if ep.deprecated}
    assert set(deprecated) == {op.operation_id for op in yandex_operations() if op.raw.get("deprecated")}
    assert len(deprecated) == 7
    assert deprecated["getOrders"].replacement == "getBusinessOrders"
    assert "2027-04-12" in (deprecated["getOrders"].deprecated or "")
    assert deprecated["getCategoriesMaxSaleQuantum"].replacement is None
    for ep in deprecated.values():
        assert ep.replacement is None or ep.replacement in YANDEX_LIMITS.endpoints


def test_no_unversioned_digital_goods_path_in_the_spec() -> None:
    # the old /campaigns/{campaignId}/orders/{orderId}/deliverDigitalGoods is gone from the spec, so
    # there is no alias to keep: provideOrderDigitalCodes is the v2 path only
    assert not [op for op in yandex_operations() if not re.match(r"/v\d+/", op.path)]
    assert YANDEX_LIMITS.endpoint("provideOrderDigitalCodes").path.startswith("/v2/")


def test_page_token_operations() -> None:
    # independent of the generator's walk: the path files that use the aliased page token parameter
    users = {
        op.operation_id
        for op in yandex_operations()
        for param in op.raw.get("parameters", ())
        if Path(param.get("$ref", "")).name == "AliasedPageToken.yaml"
    }
    assert set(PAGE_TOKEN_OPERATIONS) == users
    assert len(users) == 33
    assert "page_token" in load_yaml(SPEC_DIR / "components/parameters/AliasedPageToken.yaml")["x-aliases"]
    assert PAGE_TOKEN_OPERATIONS["getStocks"] == ("result", "paging", "nextPageToken")
    assert PAGE_TOKEN_OPERATIONS["getCampaigns"] == ("paging", "nextPageToken")
    assert PAGE_TOKEN_OPERATIONS["getBusinessOrders"] == ("paging", "nextPageToken")
    tops = {key for key, path in PAGE_TOKEN_OPERATIONS.items() if path[0] == "paging"}
    assert tops == {
        "getCampaigns",
        "getOrders",
        "getBusinessOrders",
        "searchRegionsByName",
        "searchRegionChildren",
        "getOutlets",
    }


def test_page_token_paths_exist_in_the_response_schemas() -> None:
    for key, keys in PAGE_TOKEN_OPERATIONS.items():
        op = yandex_operation(key)
        node, base = resolve(op.raw["responses"]["200"], op.file)
        node, base = resolve(node["content"]["application/json"]["schema"], base)
        for name in keys:
            props: dict[str, tuple[object, Path]] = {}
            for part in (node, *node.get("allOf", ())):
                part, part_base = resolve(part, base)
                props.update((k, (v, part_base)) for k, v in part.get("properties", {}).items())
            assert name in props, (key, keys, name)
            node, base = resolve(*props[name])
        assert node["type"] == "string"


_JARGON = re.compile(r"seed|user's card|API_FACTS|shared/", re.IGNORECASE)


def test_every_row_names_a_source_a_user_can_open() -> None:
    for ep in YANDEX_LIMITS:
        texts = [ep.source, *(rate.source for rate in ep.rates), ep.deprecated or ""]
        assert not [t for t in texts if _JARGON.search(t)], ep.key
        assert ep.key in ep.source or ep.source.startswith("https://"), ep.source
    assert YANDEX_LIMITS.source.startswith("https://yandex.ru/dev/market/partner-api/doc/")
    for hand in HAND_WRITTEN:
        assert hand.source.startswith("https://") and all(r.source.startswith("https://") for r in hand.rates)
    assert UPDATE_STOCKS.source.startswith(
        "https://yandex.ru/dev/market/partner-api/doc/ru/reference/stocks/updateStocks: "
    )


def test_every_operation_of_the_generated_index_has_its_row() -> None:
    from marketplace_async._generated.yandex.operations import OPERATIONS

    assert len(OPERATIONS) == 160
    for op in OPERATIONS:
        ep = YANDEX_LIMITS.endpoint(op.operation_id)
        assert (ep.method, ep.path) == (op.method, op.path), op.operation_id
