"""``ClientPool(limits="lifted")``: one knob that lifts every rate for a load test (virtual clock)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aioresponses import CallbackResult, aioresponses

from marketplace_async import ClientPool, OzonClient

OZON = "http://ozon.test"


def _answer(url: Any, **kwargs: Any) -> CallbackResult:
    body = json.loads(bytes(kwargs["data"]))
    rows = [
        {
            "offer_id": s["offer_id"],
            "product_id": 0,
            "warehouse_id": s["warehouse_id"],
            "updated": True,
            "errors": [],
        }
        for s in body["stocks"]
    ]
    return CallbackResult(status=200, payload={"result": rows})


async def _push_past_every_rate(pool: ClientPool) -> float:
    """Virtual seconds to send what the documented limits spread over minutes: the same 10 pairs
    three times (one update per pair every 30 s) and then 90 requests (80 a minute per account)."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    with aioresponses() as mocked:
        mocked.post(f"{OZON}/v2/products/stocks", callback=_answer, repeat=True)
        async with OzonClient(client_id="1", api_key="k", base_url=OZON, pool=pool) as ozon:
            pairs = [{"offer_id": f"A{i}", "warehouse_id": 1, "stock": i} for i in range(10)]
            for _ in range(3):
                result = await ozon.update_stocks(pairs)
                assert result.succeeded == 10 and not result.failed
            for i in range(90):
                result = await ozon.update_stocks([{"offer_id": f"B{i}", "warehouse_id": 1, "stock": 1}])
                assert result.succeeded == 1
    return loop.time() - started


@pytest.mark.looptime
async def test_a_lifted_pool_never_waits_for_a_documented_limit() -> None:
    async with ClientPool(limits="lifted") as pool:
        assert pool.scheduler.jitter_margin == 0.0
        assert await _push_past_every_rate(pool) < 1.0


@pytest.mark.looptime
async def test_the_same_load_waits_at_the_documented_limits() -> None:
    # The control: without the knob, the pair rule and the account's 80 a minute bind.
    async with ClientPool() as pool:
        assert await _push_past_every_rate(pool) >= 60.0


def test_limits_takes_only_documented_or_lifted() -> None:
    with pytest.raises(ValueError, match="'documented' or 'lifted'"):
        ClientPool(limits="none")  # type: ignore[arg-type]
