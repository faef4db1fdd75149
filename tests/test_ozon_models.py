"""Ozon msgspec models: round trips, swagger conformance, tolerant decoding, and a validator that bites."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import jsonschema
import msgspec
import pytest
from ozon_schema import (
    SPEC_FIXES,
    ozon_operation,
    ozon_swagger,
    request_schema_ref,
    response_schema_ref,
    schema_at,
    struct_schema_mismatches,
    validate_ozon_request,
)

from marketplace_async._errors import ValidationError
from marketplace_async._ozon.client import _convert_exemplars, _convert_price, _convert_stock
from marketplace_async._ozon.endpoints import OZON_LIMITS
from marketplace_async._ozon.models import (
    MODELS,
    DigitalListFilter,
    DigitalListRequest,
    DigitalListResponse,
    DigitalListV2Filter,
    DigitalListV2Request,
    DigitalListV2Response,
    DigitalStockItem,
    DigitalStocksRequest,
    DigitalStocksResponse,
    ExemplarsBySku,
    PostingMoney,
    PostingsWith,
    PriceItem,
    PricesRequest,
    PricesResponse,
    RpcStatus,
    StockItem,
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

SINCE = datetime(2025, 7, 1, tzinfo=UTC)
TO = datetime(2025, 7, 2, 12, 30, tzinfo=UTC)

SAMPLES: dict[str, msgspec.Struct] = {
    "v2/products/stocks": StocksRequest(
        stocks=[
            StockItem(offer_id="PH11042", stock=100, warehouse_id=22142605386000),
            StockItem(product_id=313455276, stock=0, warehouse_id=22142605386000),
            StockItem(offer_id="PH11043", product_id=313455277, stock=7, warehouse_id=1020000),
        ]
    ),
    "v1/product/import/prices": PricesRequest(
        prices=[
            PriceItem(offer_id="PH8865", price="1448", old_price="0", currency_code="RUB", vat="0.1"),
            PriceItem(
                product_id=1386,
                price="999.90",
                min_price="800",
                net_price="650",
                auto_action_enabled="DISABLED",
                auto_add_to_ozon_actions_list_enabled="UNKNOWN",
                price_strategy_enabled="ENABLED",
                min_price_for_auto_actions_enabled=True,
                quant_size=1,
            ),
        ]
    ),
    "v1/product/digital/stocks/import": DigitalStocksRequest(
        stocks=[
            DigitalStockItem(offer_id="Мяч жёлтый 543561", stock=2),
            DigitalStockItem(offer_id="key-1", stock=0),
        ]
    ),
    "v1/posting/digital/codes/upload": UploadPostingCodesRequest(
        posting_number="33920151-0719-1",
        exemplars_by_sku=[
            ExemplarsBySku(
                sku=6605735423,
                exemplar_qty=3,
                not_available_exemplar_qty=0,
                exemplar_keys=["4235234234", "431234234", "912382368"],
            ),
            ExemplarsBySku(sku=6605735424, exemplar_qty=0, not_available_exemplar_qty=2),
        ],
    ),
    "v1/posting/digital/list": DigitalListRequest(
        filter=DigitalListFilter(posting_number=["16965409-0014-1"], since=SINCE, to=TO),
        dir="ASC",
        limit=1000,
        offset=0,
        with_=PostingsWith(analytics_data=True, legal_info=False),
    ),
    "v2/posting/digital/list": DigitalListV2Request(
        cursor="abc",
        filter=DigitalListV2Filter(order_numbers=["16965409-0014"], since=SINCE, to=TO),
        limit=100,
        sort_dir="DESC",
        with_=PostingsWith(financial_data=True),
    ),
    "v1/product/upload_digital_codes": UploadDigitalCodesRequest(digital_codes=["A-1", "A-2"], product_id=42),
    "v1/product/upload_digital_codes/info": UploadDigitalCodesInfoRequest(task_id=178574),
}


IN_SWAGGER = ["v2/products/stocks", "v1/product/import/prices", "v1/product/digital/stocks/import"]
IN_SWAGGER += ["v1/posting/digital/codes/upload", "v1/posting/digital/list", "v2/posting/digital/list"]
SWITCHED_OFF = ["v1/product/upload_digital_codes", "v1/product/upload_digital_codes/info"]


def test_every_modelled_endpoint_is_in_the_table_and_has_a_sample() -> None:
    assert set(MODELS) == set(SAMPLES)
    for key, (request_type, _) in MODELS.items():
        OZON_LIMITS.endpoint(key)
        assert type(SAMPLES[key]) is request_type


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_requests_round_trip(key: str) -> None:
    body = SAMPLES[key]
    encoded = msgspec.json.encode(body)
    assert msgspec.json.decode(encoded, type=type(body)) == body
    assert msgspec.json.decode(msgspec.json.encode(msgspec.to_builtins(body)), type=type(body)) == body


@pytest.mark.parametrize("key", IN_SWAGGER)
def test_sample_requests_validate_against_the_swagger(key: str) -> None:
    validate_ozon_request("/" + key, SAMPLES[key])


def test_every_sample_operation_is_in_the_spec_unless_switched_off() -> None:
    assert set(SAMPLES) == set(IN_SWAGGER) | set(SWITCHED_OFF)
    for key in SWITCHED_OFF:
        with pytest.raises(KeyError):
            ozon_operation(key)


@pytest.mark.parametrize(
    ("key", "body", "complaint"),
    [
        (
            "v2/products/stocks",
            {"stocks": [{"offer_id": "A", "stock": "5", "warehouse_id": 1}]},
            "'5' is not of type",
        ),
        ("v2/products/stocks", {"stocks": [{"stock": 5, "warehouse_id": 1}]}, "not valid under any"),
        ("v2/products/stocks", {"stocks": [{"offer_id": "A", "stock": 5}]}, "'warehouse_id' is a required"),
        ("v2/products/stocks", {"stocks": [{"offer_id": "A", "stok": 5, "warehouse_id": 1}]}, "'stock' is a"),
        (
            "v2/products/stocks",
            {"stocks": {"offer_id": "A", "stock": 5, "warehouse_id": 1}},
            "is not of type",
        ),
        ("v1/product/digital/stocks/import", {"stocks": [{"stock": 3}]}, "'offer_id' is a required"),
        ("v1/product/import/prices", {"prices": [{"offer_id": "A", "price": 1448}]}, "1448 is not of type"),
        (
            "v1/product/import/prices",
            {"prices": [{"offer_id": "A", "vat": "0.1", "auto_action_enabled": "ON"}]},
            "'ON'",
        ),
        ("v1/posting/digital/codes/upload", {"exemplars_by_sku": []}, "'posting_number' is a required"),
        ("v1/posting/digital/list", {"filter": {"since": "x"}, "dir": "UP"}, "'UP' is not one of"),
    ],
)
def test_the_validator_rejects_wrong_bodies(key: str, body: dict[str, Any], complaint: str) -> None:
    with pytest.raises(jsonschema.ValidationError) as caught:
        validate_ozon_request(key, body)
    assert complaint in str(caught.value)


def test_strict_mode_rejects_unknown_fields_and_lax_mode_allows_them() -> None:
    body = {"stocks": [{"offer_id": "A", "stock": 5, "warehouse_id": 1, "quant_size": 1}]}
    with pytest.raises(jsonschema.ValidationError, match="quant_size"):
        validate_ozon_request("v2/products/stocks", body)
    validate_ozon_request("v2/products/stocks", body, strict=False)


def test_the_spec_fixes_are_needed_and_applied() -> None:
    assert set(SPEC_FIXES) == {
        "productv2ProductsStocksRequestStock",
        "UploadPostingCodesRequestPostingLineExemplarInfo",
    }
    stocks = SAMPLES["v2/products/stocks"]
    with pytest.raises(jsonschema.ValidationError, match="quant_size"):
        validate_ozon_request("v2/products/stocks", stocks, fixes=False)
    validate_ozon_request("v2/products/stocks", stocks)
    codes = SAMPLES["v1/posting/digital/codes/upload"]
    with pytest.raises(jsonschema.ValidationError, match="posting_number"):
        validate_ozon_request("v1/posting/digital/codes/upload", codes, fixes=False)
    validate_ozon_request("v1/posting/digital/codes/upload", codes)


def test_the_stocks_operation_text_backs_the_offer_or_product_fix() -> None:
    _, op = ozon_operation("v2/products/stocks")
    assert "используйте только один из параметров" in op["description"]
    assert "quant_size" not in op["description"]  # removed on 26 Jun 2025, yet still listed as required
    assert (
        "quant_size"
        in ozon_swagger()["components"]["schemas"]["productv2ProductsStocksRequestStock"]["required"]
    )


@pytest.mark.parametrize("key", IN_SWAGGER)
def test_models_match_the_swagger_field_by_field(key: str) -> None:
    request_type, response_type = MODELS[key]
    ref = request_schema_ref(key)
    assert ref is not None
    assert struct_schema_mismatches(request_type, schema_at(ref), request=True) == []
    assert struct_schema_mismatches(response_type, schema_at(response_schema_ref(key)), request=False) == []


def test_error_model_matches_rpc_status() -> None:
    for name in ("rpcStatus", "googlerpcStatus"):
        schema = schema_at(f"/components/schemas/{name}")
        assert struct_schema_mismatches(RpcStatus, schema, request=False) == []


class _Misnamed(msgspec.Struct, kw_only=True):
    offer_id: str
    stok: int
    warehouse_id: str


class _Stocks(msgspec.Struct, kw_only=True):
    stocks: list[_Misnamed]


def test_the_model_comparison_catches_wrong_models() -> None:
    ref = request_schema_ref("v2/products/stocks")
    assert ref is not None
    problems = struct_schema_mismatches(_Stocks, schema_at(ref), request=True)
    assert "_Stocks.stocks[].stok: not in the schema" in problems
    assert "_Stocks.stocks[].warehouse_id: string in the model, integer in the schema" in problems
    assert "_Stocks.stocks[].stock: required by the schema, optional or absent in the model" in problems


@pytest.mark.parametrize("key", IN_SWAGGER)
def test_swagger_response_examples_decode(key: str) -> None:
    """Ozon's own examples send some int64 values as strings; the decoder takes both."""
    _, op = ozon_operation(key)
    example = op["responses"]["200"]["content"]["application/json"]["example"]
    decoded = decode_response(MODELS[key][1], msgspec.json.encode(example))
    assert msgspec.to_builtins(decoded)


def test_stock_response_decodes_tolerantly() -> None:
    raw = (
        b'{"result": [{"warehouse_id": "22142605386000", "product_id": 118597312, "offer_id": "PH11042",'
        b' "updated": false, "errors": [{"code": "TOO_MANY_REQUESTS", "message": "slow down", "extra": 1}],'
        b' "quant_size": 1, "future_field": {"a": [1]}}, {}], "new_top_level": true}'
    )
    decoded = decode_response(StocksResponse, raw)
    first, second = decoded.result
    assert (first.warehouse_id, first.product_id, first.updated) == (22142605386000, 118597312, False)
    assert [(e.code, e.message) for e in first.errors] == [("TOO_MANY_REQUESTS", "slow down")]
    assert (second.offer_id, second.product_id, second.updated, second.errors) == ("", 0, False, [])
    assert decode_response(StocksResponse, b"{}").result == []


def test_other_responses_decode_with_defaults() -> None:
    prices = decode_response(PricesResponse, b'{"result": [{"offer_id": "A", "updated": true}]}')
    assert (prices.result[0].product_id, prices.result[0].errors) == (0, [])
    digital = decode_response(DigitalStocksResponse, b'{"status": [{"offer_id": "x", "sku": "425291243"}]}')
    assert (digital.status[0].sku, digital.status[0].updated) == (425291243, False)
    codes = decode_response(
        UploadPostingCodesResponse,
        b'{"exemplars_by_sku": [{"sku": 1, "received_qty": 2, "rejected_qty": 1,'
        b' "failed_exemplars": [{"key": "k", "message": "bad format"}]}]}',
    )
    assert [(f.key, f.message) for f in codes.exemplars_by_sku[0].failed_exemplars] == [("k", "bad format")]
    legacy = decode_response(UploadDigitalCodesResponse, b'{"result": {"task_id": "178574"}}')
    assert legacy.result is not None and legacy.result.task_id == 178574
    info = decode_response(UploadDigitalCodesInfoResponse, b'{"result": {"status": "imported"}}')
    assert info.result is not None and info.result.status == "imported"


def test_digital_postings_decode_in_both_list_versions() -> None:
    posting = {
        "posting_number": "16965409-0014-1",
        "order_id": 354680487,
        "status": "awaiting_packaging",
        "waiting_deadline_for_digital_code": "2025-06-16T10:12:00.664Z",
        "products": [
            {"sku": 160249683, "offer_id": "978-5", "price": "81.00", "required_qty_for_digital_code": 3}
        ],
        "cancellation": {"reason": "newer field"},
    }
    v1 = decode_response(DigitalListResponse, msgspec.json.encode({"result": [posting]}))
    money = {"amount": "81.00", "currency": "RUB"}
    posting_v2 = {**posting, "products": [{**posting["products"][0], "price": money}]}  # type: ignore[dict-item]
    v2 = decode_response(
        DigitalListV2Response,
        msgspec.json.encode({"cursor": "n", "has_next": True, "postings": [posting_v2]}),
    )
    assert v1.result[0].posting_number == v2.postings[0].posting_number
    assert v1.result[0].products[0].price == "81.00"
    assert v2.postings[0].products[0].price == PostingMoney(amount="81.00", currency="RUB")
    got = v2.postings[0]
    assert got.products[0].required_qty_for_digital_code == 3
    assert got.waiting_deadline_for_digital_code == datetime(2025, 6, 16, 10, 12, 0, 664000, tzinfo=UTC)
    assert (v2.cursor, v2.has_next) == ("n", True)


def test_rpc_status_decodes_the_rate_limit_error() -> None:
    error = decode_response(
        RpcStatus,
        b'{"code": 8, "message": "You have reached request rate limit per second",'
        b' "details": [{"typeUrl": "t", "value": "dg=="}, {"@type": "x"}]}',
    )
    assert (error.code, error.message) == (8, "You have reached request rate limit per second")
    assert [(d.typeUrl, d.value) for d in error.details] == [("t", "dg=="), ("", "")]
    assert decode_response(RpcStatus, b'{"message": "Circle is open"}').code == 0


# ---------------------------------------------------------------- encoding and local checks


def test_requests_omit_unset_fields_and_spell_with_as_the_api_does() -> None:
    assert msgspec.to_builtins(StockItem(offer_id="A", stock=1, warehouse_id=2)) == {
        "offer_id": "A",
        "stock": 1,
        "warehouse_id": 2,
    }
    assert msgspec.to_builtins(PriceItem(product_id=5, price="10")) == {"product_id": 5, "price": "10"}
    body = msgspec.to_builtins(SAMPLES["v1/posting/digital/list"])
    assert body["with"] == {"analytics_data": True, "legal_info": False}
    assert body["filter"]["since"] == "2025-07-01T00:00:00Z"
    assert "with_" not in body
    v2 = msgspec.to_builtins(SAMPLES["v2/posting/digital/list"])
    assert set(v2) == {"cursor", "filter", "limit", "sort_dir", "with"}
    assert set(v2["filter"]) == {"order_numbers", "since", "to"}
    assert msgspec.to_builtins(DigitalListV2Request(limit=10)) == {"limit": 10}


def test_legacy_digital_code_bodies_have_the_documented_shape() -> None:
    assert msgspec.to_builtins(SAMPLES["v1/product/upload_digital_codes"]) == {
        "digital_codes": ["A-1", "A-2"],
        "product_id": 42,
    }
    assert msgspec.to_builtins(SAMPLES["v1/product/upload_digital_codes/info"]) == {"task_id": 178574}


def test_item_models_carry_their_rules_as_meta() -> None:
    # Decoding a body checks what Meta states; the client converts callers' items the same way.
    with pytest.raises(msgspec.ValidationError, match=r"< 1000000|<= 999999"):
        msgspec.convert({"offer_id": "A", "stock": 1_000_000, "warehouse_id": 2}, StockItem)
    with pytest.raises(msgspec.ValidationError, match="unknown field `prcie`"):
        msgspec.convert({"offer_id": "A", "prcie": "1"}, PriceItem)
    with pytest.raises(msgspec.ValidationError, match=r"Invalid enum value '0\.18'"):
        msgspec.convert({"offer_id": "A", "price": "1", "vat": "0.18"}, PriceItem)
    with pytest.raises(msgspec.ValidationError, match="length >= 1"):
        msgspec.convert(
            {"sku": 1, "exemplar_qty": 1, "not_available_exemplar_qty": 0, "exemplar_keys": [""]},
            ExemplarsBySku,
        )


def test_cross_field_rules_are_the_clients() -> None:
    # offer_id or product_id, a money field, exemplar_qty == len(exemplar_keys): the client's
    # converters check them with a code (tests/test_validation.py); the models stay plain data.
    assert StockItem(stock=1, warehouse_id=2).offer_id is None
    with pytest.raises(ValidationError) as caught:
        _convert_stock({"stock": 1, "warehouse_id": 2}, 0)
    assert (caught.value.code, caught.value.field) == ("REQUIRED", "offer_id")
    with pytest.raises(ValidationError) as caught:
        _convert_price({"offer_id": "A", "vat": "0.2"}, 0)
    assert (caught.value.code, caught.value.field) == ("REQUIRED", "price")
    with pytest.raises(ValidationError) as caught:
        _convert_exemplars(
            ExemplarsBySku(sku=1, exemplar_qty=2, not_available_exemplar_qty=0, exemplar_keys=["only-one"]), 3
        )
    assert (caught.value.code, caught.value.field, caught.value.item_index) == ("CONFLICT", "exemplar_qty", 3)
    assert "is 2 but 1 exemplar_keys were given" in str(caught.value)


def test_digital_stock_needs_offer_id_and_stock() -> None:
    with pytest.raises(msgspec.ValidationError, match="offer_id"):
        msgspec.json.decode(b'{"stocks": [{"stock": 1}]}', type=DigitalStocksRequest)
    with pytest.raises(msgspec.ValidationError, match="Expected `int`"):
        msgspec.json.decode(b'{"stocks": [{"offer_id": "a", "stock": "1"}]}', type=DigitalStocksRequest)


@pytest.mark.parametrize("make", [DigitalListFilter, DigitalListV2Filter])
def test_filters_refuse_naive_datetimes(make: Any) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make(since=datetime(2025, 7, 1))
    moscow = timezone(timedelta(hours=3))
    assert make(since=datetime(2025, 7, 1, 3, tzinfo=moscow)).since == SINCE


@pytest.mark.parametrize(("limit", "offset"), [(0, None), (1001, None), (None, -1), (None, 20_001)])
def test_v1_digital_list_paging_bounds(limit: int | None, offset: int | None) -> None:
    with pytest.raises(ValueError, match="must be"):
        DigitalListRequest(filter=DigitalListFilter(), limit=limit, offset=offset)


def test_requests_are_immutable() -> None:
    item = StockItem(offer_id="A", stock=1, warehouse_id=2)
    with pytest.raises(AttributeError):
        item.stock = 5  # type: ignore[misc]


def test_operations_without_a_body_take_none() -> None:
    validate_ozon_request("v1/actions", None)
    validate_ozon_request("v1/supplier/available_warehouses", {})
    with pytest.raises(ValueError, match="takes no request body"):
        validate_ozon_request("v1/actions", {"limit": 1})
