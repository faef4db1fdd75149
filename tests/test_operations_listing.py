"""``marketplace-async operations``: every operation of both specs, with its attribute, models,
limits and deprecation; the JSON form matches the limits tables field for field.

The expected operations are read from the vendored specs here, not from the generated index the
command lists.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import json
from typing import Any

import pytest
from ozon_schema import ozon_swagger
from yandex_schema import yandex_operations

from marketplace_async import OzonClient, YandexMarketClient
from marketplace_async._cli import main
from marketplace_async._cli._operations import SCHEMA
from marketplace_async._limits import Endpoint
from marketplace_async._ozon._limits_data import LEGACY
from marketplace_async._ozon.endpoints import OZON_LIMITS
from marketplace_async._yandex.operations import YANDEX_LIMITS

OZON_SPEC = {
    op["operationId"]: (verb.upper(), path)
    for path, item in ozon_swagger()["paths"].items()
    for verb, op in item.items()
}
YANDEX_SPEC = {op.operation_id: (op.method, op.path) for op in yandex_operations()}
TABLES = {"ozon": OZON_LIMITS, "yandex": YANDEX_LIMITS}
SPECS = {"ozon": OZON_SPEC, "yandex": YANDEX_SPEC}

OPERATION_FIELDS = {
    "operation_id",
    "method",
    "path",
    "attribute",
    "request_model",
    "response_model",
    "summary",
    "section",
    "limits",
    "deprecated",
}
LIMITS_FIELDS = {
    "key",
    "rates",
    "max_items",
    "items_field",
    "max_codes_per_item",
    "max_body_bytes",
    "parallel",
    "idempotent",
    "cost_path",
    "source",
}
RATE_FIELDS = {"amount", "window_seconds", "unit", "scope", "source"}


@pytest.fixture(scope="module")
def listing() -> dict[str, Any]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["operations", "--json"]) == 0
    doc: dict[str, Any] = json.loads(out.getvalue())
    return doc


def by_marketplace(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["marketplace"]: m for m in doc["marketplaces"]}


def _expected_limits(ep: Endpoint) -> dict[str, Any]:
    return {
        "key": ep.key,
        "rates": [
            {
                "amount": r.amount,
                "window_seconds": r.window,
                "unit": r.unit.value,
                "scope": r.scope.value,
                "source": r.source,
            }
            for r in ep.rates
        ],
        "max_items": ep.max_items,
        "items_field": ep.items_field,
        "max_codes_per_item": ep.max_codes_per_item,
        "max_body_bytes": ep.max_body_bytes,
        "parallel": ep.parallel,
        "idempotent": ep.idempotent,
        "cost_path": ep.cost_path,
        "source": ep.source,
    }


def test_the_json_lists_every_operation_of_both_specs_once(listing: dict[str, Any]) -> None:
    assert listing["schema"] == SCHEMA
    markets = by_marketplace(listing)
    assert list(markets) == ["ozon", "yandex"]
    for name, spec in SPECS.items():
        ops = markets[name]["operations"]
        assert sorted(op["operation_id"] for op in ops) == sorted(spec)
        for op in ops:
            assert (op["method"], op["path"]) == spec[op["operation_id"]]
    assert (len(markets["ozon"]["operations"]), len(markets["yandex"]["operations"])) == (460, 160)


@pytest.mark.parametrize("name", ["ozon", "yandex"])
def test_each_operation_carries_its_table_row_field_for_field(listing: dict[str, Any], name: str) -> None:
    table = TABLES[name]
    market = by_marketplace(listing)[name]
    for op in market["operations"]:
        assert set(op) == OPERATION_FIELDS
        ep = table.endpoint(op["operation_id"])
        assert (op["method"], op["path"]) == (ep.method, ep.path)
        assert op["limits"] == _expected_limits(ep)
        assert set(op["limits"]) == LIMITS_FIELDS
        assert all(set(rate) == RATE_FIELDS for rate in op["limits"]["rates"])
        expected = {"reason": ep.deprecated, "replacement": ep.replacement} if ep.deprecated else None
        assert op["deprecated"] == expected
        assert op["attribute"].startswith({"ozon": "ozon.", "yandex": "ym."}[name])
        assert op["response_model"], op["operation_id"]
    account = market["account_limits"]
    assert account["parallel"] == table.account_parallel and account["source"] == table.source
    assert [r["amount"] for r in account["rates"]] == [r.amount for r in table.account_rates]


def test_each_attribute_is_a_coroutine_method_of_its_client(listing: dict[str, Any]) -> None:
    clients = {"ozon": OzonClient, "yandex": YandexMarketClient}
    for market in listing["marketplaces"]:
        client = clients[market["marketplace"]]
        for op in market["operations"]:
            name = op["attribute"].split(".", 1)[1]
            assert inspect.iscoroutinefunction(getattr(client, name)), op["attribute"]


def test_rows_beyond_the_spec_are_listed_as_callable_paths(listing: dict[str, Any]) -> None:
    markets = by_marketplace(listing)
    ozon_extra = {row["key"]: row for row in markets["ozon"]["outside_spec"]}
    assert set(ozon_extra) == {legacy.key for legacy in LEGACY}
    for key, row in ozon_extra.items():
        assert row["limits"] == _expected_limits(OZON_LIMITS.endpoint(key))
        assert row["deprecated"]["reason"]
    yandex_extra = {row["key"] for row in markets["yandex"]["outside_spec"]}
    assert yandex_extra == set(YANDEX_LIMITS.endpoints) - set(YANDEX_SPEC)


def test_figures_reach_the_listing(listing: dict[str, Any]) -> None:
    ops = {op["operation_id"]: op for m in listing["marketplaces"] for op in m["operations"]}
    stocks = ops["ProductAPI_ProductsStocksV2"]["limits"]
    assert [(r["amount"], r["window_seconds"], r["scope"]) for r in stocks["rates"]] == [
        (80, 60.0, "endpoint"),
        (1, 30.0, "item_key"),
    ]
    assert (stocks["max_items"], stocks["items_field"]) == (100, "stocks")
    assert ops["UploadPostingCodes"]["limits"]["idempotent"] is False
    assert ops["WarehouseAPI_WarehouseList"]["deprecated"] == {
        "reason": "switched off on 7 Apr 2026",
        "replacement": "v2/warehouse/list",
    }
    assert ops["provideOrderDigitalCodes"]["limits"]["parallel"] == 6


def test_the_text_listing_names_every_operation_with_its_attribute(
    listing: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["operations"]) == 0
    out = capsys.readouterr().out
    assert "Ozon Seller API: 460 operations" in out and "Yandex.Market Partner API: 160 operations" in out
    lines = set(out.splitlines())
    for market in listing["marketplaces"]:
        for op in market["operations"]:
            assert f"{op['operation_id']}  {op['method']} {op['path']}" in lines
            assert f"    call as     {op['attribute']}" in lines
    assert "    deprecated  switched off on 7 Apr 2026; use v2/warehouse/list instead" in lines
    yandex_deprecated = [line for line in lines if line.startswith("    deprecated  degraded from")]
    assert len(yandex_deprecated) == 6  # 7 deprecated operations, getOrder and getOrders alike
    assert all(line.count("; use ") + line.count("no replacement") == 1 for line in yandex_deprecated)
    assert "    limits      80 req/min per endpoint; 1 items/30s per item_key; 100 stocks/request" in lines
    assert "    call as     ym.get_campaigns" in lines


def test_one_marketplace_and_a_filter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["operations", "-m", "yandex", "--json", "updateStocks"]) == 0
    (market,) = json.loads(capsys.readouterr().out)["marketplaces"]
    assert market["marketplace"] == "yandex"
    assert {op["operation_id"] for op in market["operations"]} == {"updateStocks"}
    assert main(["operations", "no-such-operation"]) == 1
    assert "no operation matches" in capsys.readouterr().out
