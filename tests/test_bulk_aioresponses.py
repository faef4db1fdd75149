"""Both clients' bulk paths at the transport seam (aioresponses): batch sizes, per-item answers,
no item lost, and the pool's lifecycle warnings."""

from __future__ import annotations

import gc
import json
import warnings
from typing import Any

import pytest
from aioresponses import CallbackResult, aioresponses
from ozon_schema import validate_ozon_request
from yandex_schema import validate_yandex_request

from marketplace_async import ClientPool, FailureReason, OzonClient, YandexMarketClient

OZON = "http://ozon.test"
YANDEX = "http://yandex.test"


def body_of(kwargs: dict[str, Any]) -> Any:
    data = kwargs["data"]
    return json.loads(data if isinstance(data, (bytes, str)) else bytes(data))


async def test_ozon_stocks_batches_and_per_item_answers() -> None:
    sizes: list[int] = []

    def answer(url: Any, **kwargs: Any) -> CallbackResult:
        body = body_of(kwargs)
        validate_ozon_request("/v2/products/stocks", body)
        sizes.append(len(body["stocks"]))
        rows = []
        for item in body["stocks"]:
            bad = item["offer_id"] == "A7"
            rows.append(
                {
                    "offer_id": item["offer_id"],
                    "product_id": 0,
                    "warehouse_id": item["warehouse_id"],
                    "updated": not bad and item["offer_id"] != "A8",
                    "errors": [{"code": "NOT_FOUND_ERROR", "message": "no such offer"}] if bad else [],
                }
            )
        return CallbackResult(status=200, payload={"result": rows})

    items = [{"offer_id": f"A{i}", "warehouse_id": 1, "stock": i} for i in range(250)]
    items.append({"offer_id": "A0", "warehouse_id": 1, "stock": 99})  # the same pair again: last wins
    with aioresponses() as mocked:
        mocked.post(f"{OZON}/v2/products/stocks", callback=answer, repeat=True)
        async with OzonClient(client_id="1", api_key="k", base_url=OZON, time_scale=1000) as ozon:
            result = await ozon.update_stocks(items)
    assert sorted(sizes) == [50, 100, 100]
    assert result.received == 251 and result.coalesced == 1 and result.requests == 3
    assert result.received == result.succeeded + len(result.failed) + result.coalesced
    reasons = {f.item.offer_id: (f.reason, f.code) for f in result.failed}
    assert reasons == {"A7": (FailureReason.API, "NOT_FOUND_ERROR"), "A8": (FailureReason.NOT_UPDATED, None)}


async def test_yandex_stocks_batches_of_500_and_a_400_fails_its_batch_only() -> None:
    sizes: list[int] = []

    def answer(url: Any, **kwargs: Any) -> CallbackResult:
        body = body_of(kwargs)
        validate_yandex_request("updateStocks", body)
        sizes.append(len(body["skus"]))
        if any(sku["sku"] == "S1100" for sku in body["skus"]):
            return CallbackResult(
                status=400,
                payload={"status": "ERROR", "errors": [{"code": "BAD_REQUEST", "message": "nope"}]},
            )
        return CallbackResult(status=200, payload={"status": "OK"})

    items = [{"sku": f"S{i}", "count": i} for i in range(1234)]
    with aioresponses() as mocked:
        mocked.put(f"{YANDEX}/v2/campaigns/42/offers/stocks", callback=answer, repeat=True)
        async with YandexMarketClient(api_key="t", base_url=YANDEX, time_scale=1000) as ym:
            result = await ym.update_stocks(42, items)
    assert sorted(sizes) == [234, 500, 500]
    assert result.succeeded == 1234 - 234 and len(result.failed) == 234
    assert {f.reason for f in result.failed} == {FailureReason.API}
    assert result.received == result.succeeded + len(result.failed) + result.coalesced


async def test_an_unclosed_pool_warns() -> None:
    pool = ClientPool()
    async with OzonClient(client_id="1", api_key="k", base_url=OZON, pool=pool):
        pass  # a client given a pool leaves it open: the pool's owner closes it
    assert not pool.closed
    _ = pool.transport.session  # the session exists, as after any request
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        session = pool.transport.session
        del pool
        gc.collect()
    assert any(issubclass(w.category, ResourceWarning) and "ClientPool" in str(w.message) for w in caught)
    await session.close()


async def test_a_closed_client_refuses_work() -> None:
    ozon = OzonClient(client_id="1", api_key="k", base_url=OZON)
    await ozon.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await ozon.update_stocks([{"offer_id": "A", "warehouse_id": 1, "stock": 1}])
