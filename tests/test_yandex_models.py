"""The Yandex wire models against the spec: names, required fields, encoded bodies, decoding."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import jsonschema
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from yandex_schema import (
    schema_fields,
    validate_yandex_request,
    yandex_request_errors,
)

from marketplace_async._yandex import models as m

MSK = timezone(timedelta(hours=3))
AT = datetime(2026, 7, 1, 12, 30, tzinfo=MSK)


def stocks(n: int = 2) -> m.UpdateStocksRequest:
    return m.UpdateStocksRequest(
        skus=[m.SkuStock(sku=f"SKU-{i}", items=[m.StockItem(count=i, updated_at=AT)]) for i in range(n)]
    )


def digital() -> m.ProvideOrderDigitalCodesRequest:
    return m.ProvideOrderDigitalCodesRequest(
        items=[
            m.DigitalItem(
                id=1,
                codes=["AAAA-1", "AAAA-2"],
                slip="<p>Activate at example.com</p>",
                activate_till=date(2027, 1, 31),
            ),
            m.DigitalItem(id=2, codes=["BBBB-1"], slip="slip", activate_till=date(2027, 1, 31)),
        ]
    )


def campaign_prices() -> m.UpdatePricesRequest:
    return m.UpdatePricesRequest(
        offers=[
            m.CampaignOfferPrice(offer_id="A", price=m.CampaignPrice(value=1999.5, currency_id="RUR")),
            m.CampaignOfferPrice(
                offer_id="B", price=m.CampaignPrice(value=100, currency_id="RUR", discount_base=150, vat=6)
            ),
        ]
    )


def business_prices() -> m.UpdateBusinessPricesRequest:
    return m.UpdateBusinessPricesRequest(
        offers=[
            m.BusinessOfferPrice(offer_id="A", price=m.BusinessPrice(value=10.25, currency_id="RUR")),
            m.BusinessOfferPrice(
                offer_id="B",
                price=m.BusinessPrice(
                    value=90, currency_id="RUR", discount_base=120, minimum_for_bestseller=80
                ),
            ),
        ]
    )


def v3_stocks() -> m.UpdateStocksOnPartnerWarehousesRequest:
    return m.UpdateStocksOnPartnerWarehousesRequest(
        sku_items=[
            m.SkuWarehouseStock(sku="A", partner_warehouse_id=11, count=5, updated_at=AT),
            m.SkuWarehouseStock(sku="A", partner_warehouse_id=12, count=0),
        ]
    )


BODIES: list[tuple[str, Any]] = [
    ("updateStocks", stocks()),
    ("provideOrderDigitalCodes", digital()),
    ("updatePrices", campaign_prices()),
    ("updateBusinessPrices", business_prices()),
    ("updateStocksOnPartnerWarehouses", v3_stocks()),
]


def wire(body: object) -> Any:
    return msgspec.json.decode(msgspec.json.encode(body))


@pytest.mark.parametrize(("operation_id", "body"), BODIES, ids=[b[0] for b in BODIES])
def test_encoded_bodies_validate_and_round_trip(operation_id: str, body: Any) -> None:
    validate_yandex_request(operation_id, wire(body))
    validate_yandex_request(operation_id, body)  # a Struct directly, via msgspec.to_builtins
    assert msgspec.json.decode(msgspec.json.encode(body), type=type(body)) == body


def test_wire_shapes() -> None:
    assert wire(stocks(1)) == {
        "skus": [{"sku": "SKU-0", "items": [{"count": 0, "updatedAt": "2026-07-01T12:30:00+03:00"}]}]
    }
    assert wire(m.UpdateStocksRequest(skus=[m.SkuStock(sku="x", items=[m.StockItem(count=3)])])) == {
        "skus": [{"sku": "x", "items": [{"count": 3}]}]  # updatedAt omitted: the server uses its time
    }
    assert wire(digital())["items"][0] == {
        "id": 1,
        "codes": ["AAAA-1", "AAAA-2"],
        "slip": "<p>Activate at example.com</p>",
        "activate_till": "2027-01-31",
    }
    assert wire(campaign_prices())["offers"][1] == {
        "offerId": "B",
        "price": {"value": 100, "currencyId": "RUR", "discountBase": 150, "vat": 6},
    }
    assert wire(business_prices())["offers"][1]["price"] == {
        "value": 90,
        "currencyId": "RUR",
        "discountBase": 120,
        "minimumForBestseller": 80,
    }
    assert wire(v3_stocks())["skuItems"][1] == {"sku": "A", "partnerWarehouseId": 12, "count": 0}


def test_legacy_seed_003_shape() -> None:
    body = m.LegacyUpdateStocksRequest(
        skus=[
            m.LegacySkuStock(
                sku="A", warehouse_id=77, items=[m.LegacyStockItem(count=4, updated_at=AT.astimezone(UTC))]
            )
        ]
    )
    assert wire(body) == {
        "skus": [
            {
                "sku": "A",
                "warehouseId": 77,
                "items": [{"count": 4, "type": "FIT", "updatedAt": "2026-07-01T09:30:00Z"}],
            }
        ]
    }
    # The current schema sets no additionalProperties, so the legacy body still validates; the fields
    # the API dropped in March 2024 are extra, not errors, as far as the spec can tell.
    validate_yandex_request("updateStocks", body)


# Each model and the spec schema it stands for.
SCHEMAS = [
    (m.StockItem, "UpdateStockItemDTO"),
    (m.SkuStock, "UpdateStockDTO"),
    (m.UpdateStocksRequest, "UpdateStocksRequest"),
    (m.DigitalItem, "OrderDigitalItemDTO"),
    (m.ProvideOrderDigitalCodesRequest, "ProvideOrderDigitalCodesRequest"),
    (m.CampaignPrice, "PriceDTO"),
    (m.CampaignOfferPrice, "OfferPriceDTO"),
    (m.UpdatePricesRequest, "UpdatePricesRequest"),
    (m.BusinessPrice, "UpdateBusinessPricesDTO"),
    (m.BusinessOfferPrice, "UpdateBusinessOfferPriceDTO"),
    (m.UpdateBusinessPricesRequest, "UpdateBusinessPricesRequest"),
    (m.EmptyApiResponse, "EmptyApiResponse"),
    (m.ApiError, "ApiErrorDTO"),
    (m.ApiErrorResponse, "ApiErrorResponse"),
]


@pytest.mark.parametrize(("model", "schema"), SCHEMAS, ids=[s for _, s in SCHEMAS])
def test_model_fields_are_the_schema_fields(model: type[msgspec.Struct], schema: str) -> None:
    props, required = schema_fields(schema)
    fields = msgspec.structs.fields(model)
    assert {f.encode_name for f in fields} == props
    if model in (m.EmptyApiResponse, m.ApiErrorResponse, m.ApiError):
        assert {f.encode_name for f in fields if f.required} <= required  # decoded tolerantly
    else:
        # required by the spec => required by the model; the model may require more (documented)
        assert required <= {f.encode_name for f in fields if f.required}


def test_stricter_than_the_spec_only_where_documented() -> None:
    extra = {
        schema: {f.encode_name for f in msgspec.structs.fields(model) if f.required}
        - schema_fields(schema)[1]
        for model, schema in SCHEMAS
    }
    assert {k: v for k, v in extra.items() if v} == {
        "OrderDigitalItemDTO": {"codes"},  # nullable in the schema, "mandatory" in its description
        "PriceDTO": {"value", "currencyId"},  # no price update without a price
        "OfferPriceDTO": {"offerId", "price"},
    }


@pytest.mark.parametrize(
    ("operation_id", "body", "error"),
    [
        ("updateStocks", {"skus": [{"items": [{"count": 1}]}]}, "'sku' is a required property"),
        ("updateStocks", {"skus": [{"sku": "A", "items": [{"count": "1"}]}]}, "'1' is not of type 'integer'"),
        ("updateStocks", {"skus": [{"sku": "A", "items": [{"count": -1}]}]}, "less than the minimum of 0"),
        ("updateStocks", {"skus": [{"sku": "A", "items": [{"count": 1}, {"count": 2}]}]}, "is too long"),
        ("updateStocks", {"skus": []}, "should be non-empty"),
        ("updateStocks", {"skus": [{"sku": "   ", "items": [{"count": 1}]}]}, "does not match"),
        (
            "updateStocks",
            {"skus": [{"sku": "A", "items": [{"count": 1, "updatedAt": "2026-07-01T12:30:00"}]}]},
            "is not a 'date-time'",
        ),
        (
            "provideOrderDigitalCodes",
            {"items": [{"id": 1, "codes": ["X"], "activate_till": "2027-01-31"}]},
            "'slip' is a required property",
        ),
        (
            "provideOrderDigitalCodes",
            {"items": [{"id": 1, "codes": ["X", "X"], "slip": "s", "activate_till": "2027-01-31"}]},
            "has non-unique elements",
        ),
        (
            "provideOrderDigitalCodes",
            {"items": [{"id": 1, "codes": ["X"], "slip": "s", "activate_till": "31.01.2027"}]},
            "is not a 'date'",
        ),
        (
            "updateBusinessPrices",
            {"offers": [{"offerId": "A", "price": {"value": 10}}]},
            "'currencyId' is a required property",
        ),
        (
            "updateBusinessPrices",
            {"offers": [{"offerId": "A", "price": {"value": 0, "currencyId": "RUR"}}]},
            "less than or equal to the minimum of 0",
        ),
        (
            "updatePrices",
            {"offers": [{"offerId": "A", "price": {"value": 1, "currencyId": "RUB"}}]},
            "is not one of",
        ),
        (
            "updateStocksOnPartnerWarehouses",
            {"skuItems": [{"sku": "A", "partnerWarehouseId": 0, "count": 1}]},
            "less than the minimum of 1",
        ),
    ],
)
def test_broken_bodies_are_rejected(operation_id: str, body: dict[str, Any], error: str) -> None:
    errors = yandex_request_errors(operation_id, body)
    assert any(error in e for e in errors), errors
    with pytest.raises(jsonschema.ValidationError):
        validate_yandex_request(operation_id, body)


def test_nullable_codes_and_batch_bounds_follow_the_spec() -> None:
    # OpenAPI 3.0 nullable is honoured: the schema itself allows codes=null (the model does not)
    item = {"id": 1, "codes": None, "slip": "s", "activate_till": "2027-01-31"}
    validate_yandex_request("provideOrderDigitalCodes", {"items": [item]})
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(msgspec.json.encode({"items": [item]}), type=m.ProvideOrderDigitalCodesRequest)
    # exclusiveMinimum as a boolean (OpenAPI 3.0): a price just above 0 is valid
    validate_yandex_request(
        "updateBusinessPrices", {"offers": [{"offerId": "A", "price": {"value": 0.01, "currencyId": "RUR"}}]}
    )
    validate_yandex_request("updateStocks", stocks(2000))
    assert any("is too long" in e for e in yandex_request_errors("updateStocks", stocks(2001)))
    with pytest.raises(msgspec.ValidationError, match="length <= 2000"):
        msgspec.json.decode(msgspec.json.encode(stocks(2001)), type=m.UpdateStocksRequest)


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        m.StockItem(count=1, updated_at=datetime(2026, 7, 1, 12, 30))
    with pytest.raises(ValueError, match="timezone-aware"):
        m.SkuWarehouseStock(sku="A", partner_warehouse_id=1, count=1, updated_at=datetime(2026, 7, 1))
    with pytest.raises(msgspec.ValidationError, match="timezone-aware"):
        msgspec.json.decode(b'{"count": 1, "updatedAt": "2026-07-01T12:30:00"}', type=m.StockItem)


def test_responses_decode_tolerantly() -> None:
    ok = msgspec.json.decode(b'{"status": "OK", "result": {"new": 1}}', type=m.EmptyApiResponse)
    assert ok.status == "OK"
    err = msgspec.json.decode(
        b'{"status": "ERROR", "traceId": "t", "errors": ['
        b'{"code": "BAD_REQUEST", "message": "Duplicate shop-sku", "field": "x"}, {"code": "NEW_CODE"}]}',
        type=m.ApiErrorResponse,
    )
    assert err.errors == [
        m.ApiError(code="BAD_REQUEST", message="Duplicate shop-sku"),
        m.ApiError(code="NEW_CODE"),
    ]
    assert msgspec.json.decode(b'{"status": "ERROR", "errors": null}', type=m.ApiErrorResponse).errors is None
    assert msgspec.json.decode(b"{}", type=m.ApiErrorResponse) == m.ApiErrorResponse(
        status="ERROR", errors=None
    )
    assert (
        msgspec.json.decode(b'{"status": "SOMETHING_NEW"}', type=m.EmptyApiResponse).status == "SOMETHING_NEW"
    )


_sku = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=255
).filter(lambda s: s.strip() != "")
_when = st.none() | st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.sampled_from([UTC, MSK])
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(_sku, st.integers(min_value=0, max_value=2_000_000_000), _when),
        min_size=1,
        max_size=20,
        unique_by=lambda t: t[0],
    )
)
def test_any_stock_update_the_model_accepts_the_spec_accepts(
    rows: list[tuple[str, int, datetime | None]],
) -> None:
    body = m.UpdateStocksRequest(
        skus=[
            m.SkuStock(sku=sku, items=[m.StockItem(count=count, updated_at=when)])
            for sku, count, when in rows
        ]
    )
    assert yandex_request_errors("updateStocks", body) == []
    assert msgspec.json.decode(msgspec.json.encode(body), type=m.UpdateStocksRequest) == body
