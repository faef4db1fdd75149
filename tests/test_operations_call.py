"""``OzonClient.call`` reaches every operation of the spec, by template, filled-in path or
operationId; a path newer than the spec goes out with the account's limits and one warning; and
``limits=`` can add an endpoint. Each call goes over HTTP to a local server that records it."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from ozon_schema import ozon_swagger
from recording_server import Recorder, serve

from marketplace_async import OzonClient, ValidationError

SPEC = [
    (op["operationId"], verb.upper(), path)
    for path, item in ozon_swagger()["paths"].items()
    for verb, op in item.items()
]


def _answer(request: web.Request) -> web.Response:
    if request.path.endswith("/file.pdf"):
        return web.Response(body=b"%PDF-1.4 label", content_type="application/pdf")
    return web.json_response({"result": "recorded"})


@pytest.fixture
async def ozon() -> AsyncIterator[tuple[OzonClient, Recorder]]:
    rec = Recorder(_answer)
    async with (
        serve(rec) as base_url,
        OzonClient(client_id="call-client", api_key="call-key", base_url=base_url) as client,
    ):
        yield client, rec


@pytest.mark.parametrize(("op_id", "verb", "path"), SPEC, ids=[op_id for op_id, _, _ in SPEC])
async def test_every_spec_operation_is_callable_by_its_path(
    ozon: tuple[OzonClient, Recorder], op_id: str, verb: str, path: str
) -> None:
    client, rec = ozon
    params = {"file_guid": "guid-1"} if "{file_guid}" in path else None
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # no "newer than the spec" warning for these
        warnings.simplefilter("ignore", DeprecationWarning)
        answer = await client.call(path, None if verb == "GET" else {}, path_params=params)
    assert answer == {"result": "recorded"}
    assert rec.seen == [(verb, path.replace("{file_guid}", "guid-1"), b"" if verb == "GET" else b"{}")]


async def test_an_operation_id_names_its_operation(ozon: tuple[OzonClient, Recorder]) -> None:
    client, rec = ozon
    await client.call("WarehouseListV2", {})
    assert rec.seen == [("POST", "/v2/warehouse/list", b"{}")]


@pytest.mark.parametrize(
    ("filled", "template", "verb"),
    [
        (
            "v1/supplier/orders/7/waybill_acceptance_results",
            "v1/supplier/orders/{order_id}/waybill_acceptance_results",
            "GET",
        ),
        ("/v1/cargoes-label/file/9f1c-22", "v1/cargoes-label/file/{file_guid}", "GET"),
        (
            "v1/supplier/waybill_acceptance_results/W-42",
            "v1/supplier/waybill_acceptance_results/{waybill_id}",
            "GET",
        ),
    ],
)
async def test_a_filled_in_path_matches_its_template(
    ozon: tuple[OzonClient, Recorder], filled: str, template: str, verb: str
) -> None:
    client, rec = ozon
    assert client.endpoint(filled).key == template
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await client.call(filled)
    assert rec.seen == [(verb, "/" + filled.strip("/"), b"")]
    assert not [w for w in caught if w.category is UserWarning]  # it is known, not "newer"
    with pytest.raises(ValidationError) as refused:
        await client.call(filled, path_params={"order_id": 8})
    assert refused.value.field == "path_params"
    assert len(rec.seen) == 1


async def test_a_path_newer_than_the_spec_goes_out_with_one_warning_per_client(
    ozon: tuple[OzonClient, Recorder],
) -> None:
    client, rec = ozon
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert await client.call("v9/product/brand-new", {"a": 1}) == {"result": "recorded"}
        await client.call("/v9/product/brand-new", {"a": 2})
    newer = [w for w in caught if w.category is UserWarning]
    assert len(newer) == 1
    assert "v9/product/brand-new" in str(newer[0].message) and "50 requests a second" in str(newer[0].message)
    assert newer[0].filename == __file__  # points at the caller's line
    assert [(m, p) for m, p, _ in rec.seen] == [("POST", "/v9/product/brand-new")] * 2
    ep = client.limits.endpoint("v9/product/brand-new")
    assert (ep.rates, ep.idempotent) == ((), False)  # account limits only; never resent blindly
    other = OzonClient(client_id="call-client-2", api_key="call-key", base_url="http://127.0.0.1:9")
    with pytest.warns(UserWarning, match="v9/product/brand-new"):
        other.endpoint("v9/product/brand-new")
    await other.aclose()


async def test_a_path_that_is_no_api_path_is_refused_before_sending(
    ozon: tuple[OzonClient, Recorder],
) -> None:
    client, rec = ozon
    for wrong in ("products/stocks", "ProductAPI_NoSuchThing", "v2/x/{id}"):
        with pytest.raises(ValidationError) as refused:
            await client.call(wrong, {})
        assert refused.value.field == "path"
    assert rec.seen == []


async def test_limits_add_an_endpoint_the_table_lacks() -> None:
    rec = Recorder()
    limits: dict[str, Any] = {"v9/items/push": {"max_items": 2, "items_field": "ids", "idempotent": False}}
    async with (
        serve(rec) as base_url,
        OzonClient(client_id="c", api_key="k", base_url=base_url, limits=limits) as client,
    ):
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # given through limits=, so not "newer" any more
            await client.call("v9/items/push", {"ids": [1, 2]})
        with pytest.raises(ValidationError) as refused:
            await client.call("v9/items/push", {"ids": [1, 2, 3]})
    assert refused.value.field == "ids"
    assert [(m, p) for m, p, _ in rec.seen] == [("POST", "/v9/items/push")]


async def test_a_file_answer_comes_back_as_bytes(ozon: tuple[OzonClient, Recorder]) -> None:
    client, _ = ozon
    with pytest.warns(DeprecationWarning, match="v1/cargoes-label/get"):
        assert await client.call("v1/cargoes-label/file/file.pdf") == b"%PDF-1.4 label"
