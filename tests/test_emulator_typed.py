"""Every operation of both specs through the SDK's typed methods against the emulator.

Each call must answer 2xx and its body must decode into the operation's response model (the
typed method decodes it; a refusal or a body the model cannot take raises). Requests are built
from the spec: path and required query parameters and a body with every field, converted into
the generated request model; the hand-written operations (bulk methods and the reads that answer
from state) get a body that meets their documented rules; the three multipart uploads send a
small PDF in each file field.
"""

from __future__ import annotations

import random
import warnings
from datetime import UTC, datetime
from typing import Any, get_args, get_origin, get_type_hints

import msgspec
import pytest

import marketplace_async._generated.ozon.models as ozon_models
import marketplace_async._generated.yandex.models as yandex_models
from marketplace_async import OzonClient, YandexMarketClient
from marketplace_async._generated.ozon.operations import OPERATIONS as OZON_OPS
from marketplace_async._generated.yandex.operations import OPERATIONS as YANDEX_OPS
from marketplace_async._operation import OperationSpec
from marketplace_async.testing import Emulator, _spec

MODELS = {"ozon": ozon_models, "yandex": yandex_models}
OPS = {"ozon": OZON_OPS, "yandex": YANDEX_OPS}
ID = 7  # every integer path parameter: campaign, business, order, ...
PRICE = {"value": 10, "currencyId": "RUR"}
MULTIPART = "multipart/form-data"

# Bodies that meet the documented rules of the hand-written handlers (see test_conformance).
RULED_BODIES: dict[str, Any] = {
    "ProductAPI_ProductsStocksV2": {"stocks": [{"offer_id": "A", "stock": 1, "warehouse_id": 1}]},
    "ProductAPI_ImportProductsPrices": {"prices": [{"offer_id": "A", "price": "10"}]},
    "DigitalProductAPI_StocksImport": {"stocks": [{"offer_id": "A", "stock": 1}]},
    "UploadPostingCodes": {
        "posting_number": "P-1",
        "exemplars_by_sku": [
            {"sku": 11, "exemplar_qty": 1, "not_available_exemplar_qty": 0, "exemplar_keys": ["K"]}
        ],
    },
    "ListPostingCodes": {"limit": 10},
    "PostingDigitalList": {"limit": 10},
    "ProductAPI_GetProductList": {"limit": 10},
    "ProductAPI_GetProductInfoStocks": {"filter": {}, "limit": 10},
    "ProductAPI_GetProductInfoPrices": {"filter": {}, "limit": 10},
    "updateStocks": {"skus": [{"sku": "A", "items": [{"count": 1}]}]},
    "provideOrderDigitalCodes": {
        "items": [{"id": 1, "codes": ["K"], "slip": "<p>key</p>", "activate_till": "2030-01-31"}]
    },
    "updatePrices": {"offers": [{"offerId": "A", "price": PRICE}]},
    "updateBusinessPrices": {"offers": [{"offerId": "A", "price": PRICE}]},
    "getOfferMappings": {},
    "getStocks": {},
    "getPricesByOfferIds": {},
    "getDefaultPrices": {},
}


def _model(marketplace: str, type_text: str) -> Any:
    if type_text == "bytes":
        return bytes
    if type_text == "None":
        return type(None)
    return eval(type_text, vars(MODELS[marketplace]))  # a type expression of the generated module


def _arguments(marketplace: str, op: OperationSpec, client: Any) -> dict[str, Any]:
    index = _spec.load(marketplace)
    spec_op = index.by_route[(op.method, op.path)]
    synth = _spec.Synthesizer(index, random.Random(f"walk:{op.operation_id}"))
    hints = get_type_hints(getattr(client, op.attr), globalns=vars(MODELS[marketplace]))
    wire_names = dict(op.path_params) | dict(op.query_params)
    kwargs: dict[str, Any] = {}
    for param in spec_op.parameters:
        name = wire_names[param.name]
        if param.location == "path":
            kwargs[name] = ID if hints[name] is int else str(ID)
        elif param.required:
            kwargs[name] = msgspec.convert(synth.value(param.schema), hints[name], strict=False)
    if op.request_content_type == MULTIPART:
        kwargs["body"] = _form(_model(marketplace, op.request_model))
    elif op.request_model:
        sample = RULED_BODIES.get(op.operation_id)
        if sample is None:
            sample = synth.value(spec_op.body)
        kwargs["body"] = msgspec.convert(sample, _model(marketplace, op.request_model), strict=False)
    return kwargs


def _form(model: Any) -> Any:
    """A multipart request model with every field set: a small PDF for each file field."""

    def value(info: Any) -> Any:
        if isinstance(info, msgspec.inspect.UnionType):
            files = [t for t in info.types if isinstance(t, msgspec.inspect.BytesType)]
            return value(files[0] if files else info.types[0])
        if isinstance(info, msgspec.inspect.ListType):
            return [value(info.item_type)]
        if isinstance(info, msgspec.inspect.LiteralType):
            return info.values[0]
        if isinstance(info, msgspec.inspect.DateTimeType):
            return datetime(2026, 6, 1, tzinfo=UTC)
        return {
            msgspec.inspect.BytesType: _spec.DOCUMENTS["application/pdf"],
            msgspec.inspect.IntType: ID,
        }.get(type(info), "text")

    fields = msgspec.inspect.type_info(model).fields
    return model(**{f.name: value(f.type) for f in fields})


@pytest.mark.slow
@pytest.mark.emulator(time_scale=100)  # 600 calls in seconds; the 30 min for keys stays 18 s
@pytest.mark.parametrize("marketplace", ["ozon", "yandex"])
async def test_every_operation_answers_its_typed_method_with_its_response_model(
    marketplace: str, emulator: Emulator
) -> None:
    emulator.add_ozon_posting("P-1", [{"sku": 11, "offer_id": "G", "required_qty": 1}])
    emulator.add_yandex_order(ID, ID, [1])
    client: Any = (
        OzonClient(client_id="demo", api_key="demo-key", base_url=emulator.base_url, time_scale=100)
        if marketplace == "ozon"
        else YandexMarketClient(api_key="demo-token", base_url=emulator.base_url, time_scale=100)
    )
    walked = multipart = 0
    async with client:
        for op in OPS[marketplace]:
            expected = _model(marketplace, op.response_model)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # deprecated ones still answer
                answer = await getattr(client, op.attr)(**_arguments(marketplace, op, client))
            multipart += op.request_content_type == MULTIPART
            assert _is_a(answer, expected), (op.operation_id, answer)
            walked += 1
    assert walked == len(_spec.load(marketplace).operations)
    assert multipart == {"ozon": 2, "yandex": 1}[marketplace]
    counters = emulator.stats()["endpoints"][marketplace]
    assert sum(c["rejected_total"] for c in counters.values()) == 0


def _is_a(value: Any, expected: Any) -> bool:
    origin = get_origin(expected)
    if origin is list:
        return isinstance(value, list) and all(_is_a(v, get_args(expected)[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    return isinstance(value, expected)
