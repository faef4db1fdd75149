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
