"""The emulator beyond the bulk methods: operations it does not model, answers a test steers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from marketplace_async import OzonClient, ServerError
from marketplace_async._constants import RetryPolicy
from marketplace_async.testing import Emulator

OZ = {"Client-Id": "demo", "Api-Key": "demo-key"}
YA = {"Api-Key": "demo-token"}
NOT_EMULATED = "not emulated by marketplace_async.testing"


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def call(
    session: aiohttp.ClientSession,
    emu: Emulator,
    method: str,
    path: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, Any]:
    async with session.request(method, emu.base_url + path, json=body, headers=headers) as resp:
        return resp.status, await resp.json()


# -- what the emulator does not model ------------------------------------------------------------


async def test_an_unmodeled_ozon_path_is_501_in_ozons_error_shape(emulator: Emulator, http: Any) -> None:
    status, data = await call(http, emulator, "POST", "/v9/no/such/method", {}, OZ)
    assert status == 501
    assert data == {"code": 12, "message": f"POST /v9/no/such/method is {NOT_EMULATED}", "details": []}


async def test_an_unmodeled_yandex_operation_is_501_naming_its_operation_id(
    emulator: Emulator, http: Any
) -> None:
    status, data = await call(http, emulator, "GET", "/v2/campaigns/7/no-such-thing", None, YA)
    assert status == 501
    assert data["status"] == "ERROR"
    [error] = data["errors"]
    assert error["code"] == "NOT_IMPLEMENTED" and NOT_EMULATED in error["message"]


async def test_the_sdk_reports_an_unmodeled_operation_as_the_emulators_gap(emulator: Emulator) -> None:
    async with OzonClient(
        client_id="demo",
        api_key="demo-key",
        base_url=emulator.base_url,
        retry=RetryPolicy(max_attempts=1),
        limits={"v2/product/info": {"deprecated": None}},  # a removed method the spec no longer has
    ) as ozon:
        with pytest.raises(ServerError) as caught:
            await ozon.call("v2/product/info", {"offer_id": "A"})
    assert caught.value.status == 501
    assert f"POST /v2/product/info is {NOT_EMULATED}" in str(caught.value)


# -- answers a test steers -----------------------------------------------------------------------


async def test_a_steered_answer_replaces_the_emulated_one_and_changes_no_state(
    emulator: Emulator, http: Any
) -> None:
    stocks = {"stocks": [{"offer_id": "A", "stock": 3, "warehouse_id": 1}]}
    emulator.respond("v2/products/stocks", error="Circle is open", code=14, status=503, times=1)
    assert await call(http, emulator, "POST", "/v2/products/stocks", stocks, OZ) == (
        503,
        {"code": 14, "message": "Circle is open", "details": []},
    )
    assert emulator.store.ozon_stocks == {}
    status, data = await call(http, emulator, "POST", "/v2/products/stocks", stocks, OZ)
    assert status == 200 and data["result"][0]["updated"] is True  # times=1: the emulated answer is back
    counters = emulator.stats()["endpoints"]["ozon"]["v2/products/stocks"]
    assert counters["accepted"] == 1 and counters["rejected"] == {"steered": 1}


async def test_a_steered_answer_still_needs_auth_and_spends_the_limit(http: Any) -> None:
    async with Emulator(limits={"yandex": {"getCampaign": {"rates": []}}}) as emulator:
        campaign = {"campaign": {"id": 7, "domain": "fixed.example"}}
        emulator.respond("getCampaign", json=campaign)
        assert await call(http, emulator, "GET", "/v2/campaigns/7", None, {"Api-Key": "wrong"}) == (
            401,
            {
                "status": "ERROR",
                "errors": [{"code": "UNAUTHORIZED", "message": "Token is invalid or expired"}],
            },
        )
        answers = [await call(http, emulator, "GET", "/v2/campaigns/7", None, YA) for _ in range(2)]
        assert answers == [(200, campaign)] * 2
        emulator.clear_responses("getCampaign")
        status, data = await call(http, emulator, "GET", "/v2/campaigns/7", None, YA)
        assert status == 200 and data["campaign"]["domain"] == "shop-7.example"


async def test_a_steered_answer_for_a_path_the_emulator_does_not_model(emulator: Emulator, http: Any) -> None:
    emulator.respond("/v9/brand/new", json={"result": "fixed"}, times=1)
    assert await call(http, emulator, "POST", "/v9/brand/new", {}, {"Client-Id": "demo", "Api-Key": "x"}) == (
        403,
        {"code": 7, "message": "Invalid Api-Key, please contact support", "details": []},
    )
    assert await call(http, emulator, "POST", "/v9/brand/new", {}, OZ) == (200, {"result": "fixed"})
    status, _ = await call(http, emulator, "POST", "/v9/brand/new", {}, OZ)
    assert status == 501


async def test_steering_over_the_control_routes(emulator: Emulator, http: Any) -> None:
    control = emulator.base_url + "/__emulator__/responses"
    async with http.post(control, json={"operation": "getCampaign", "error": "gone", "status": 404}) as resp:
        assert resp.status == 200
        assert await resp.json() == [
            {
                "marketplace": "yandex",
                "operation": "getCampaign",
                "status": 404,
                "content_type": "application/json",
                "times": None,
                "served": 0,
            }
        ]
    status, data = await call(http, emulator, "GET", "/v2/campaigns/7", None, YA)
    assert status == 404 and data["errors"] == [{"code": "BAD_REQUEST", "message": "gone"}]
    async with http.post(control, json={"operation": "noSuchOperation", "json": {}}) as resp:
        assert resp.status == 400 and "operationId" in (await resp.json())["error"]
    async with http.delete(control) as resp:
        assert await resp.json() == []
    status, _ = await call(http, emulator, "GET", "/v2/campaigns/7", None, YA)
    assert status == 200


def test_respond_refuses_ambiguous_answers() -> None:
    emu = Emulator()
    with pytest.raises(ValueError, match="one of json=, body= or error="):
        emu.respond("v3/posting/fbs/list", json={}, error="x")
    with pytest.raises(ValueError, match="error status"):
        emu.respond("v3/posting/fbs/list", error="x", status=200)
    with pytest.raises(ValueError, match="times must be >= 1"):
        emu.respond("v3/posting/fbs/list", json={}, times=0)
