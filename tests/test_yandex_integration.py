"""YandexMarketClient against the emulator: real HTTP on 127.0.0.1, limits enforced at the server.

Windows are scaled down with ``time_scale`` (the same on client and emulator), so a documented
minute lasts a fraction of a second; the emulator's own sliding-window counters then say whether
the client ever went over a limit.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest

from marketplace_async import (
    AuthError,
    BulkResult,
    ClientPool,
    FailureReason,
    Rate,
    RetryPolicy,
    Unit,
    YandexMarketClient,
)
from marketplace_async.testing import DEMO_YANDEX_TOKEN, Emulator, Faults, YandexAccount

CAMPAIGN, BUSINESS = 4_200_001, 1000
FAST_RETRY = RetryPolicy(backoff_initial=0.01, backoff_max=0.05, max_attempts=8)


def check(result: BulkResult) -> BulkResult:
    assert result.received == result.succeeded + len(result.failed) + result.coalesced, result
    return result


def client(emu: Emulator, **kw: Any) -> YandexMarketClient:
    kw.setdefault("api_key", DEMO_YANDEX_TOKEN)
    kw.setdefault("retry", FAST_RETRY)
    return YandexMarketClient(base_url=emu.base_url, time_scale=emu.time_scale, **kw)


def rows(emu: Emulator, endpoint: str, entity: str) -> list[dict[str, Any]]:
    return [r for r in emu.stats()["limits"] if r["endpoint"] == endpoint and r["entity"] == entity]


def assert_within_limits(emu: Emulator) -> None:
    """No window of any limit, at any entity, ever held more than its amount at the server."""
    for row in emu.stats()["limits"]:
        assert row["max_seen"] <= row["amount"], row


# --- the headline figure -------------------------------------------------------------------------


@pytest.mark.slow
async def test_200k_skus_without_a_rejection() -> None:
    """200,000 SKUs from a stream, each applied once, no window over its limit, nothing refused."""
    async with Emulator(time_scale=600.0) as emulator:
        items = ({"sku": f"SKU-{i:06d}", "count": i % 1000} for i in range(200_000))
        started = time.perf_counter()
        async with client(emulator) as ym:
            result = check(await ym.update_stocks(CAMPAIGN, items))
        elapsed = time.perf_counter() - started
        assert (result.succeeded, result.requests, result.retries, result.ok) == (200_000, 400, 0, True)
        assert emulator.stats()["totals"] == {"accepted": 400, "rejected": 0}
        assert_within_limits(emulator)
        stocks = emulator.store.yandex_stocks
        assert len(stocks) == 200_000 and stocks[(CAMPAIGN, "SKU-199999")] == 199_999 % 1000
        logging.getLogger(__name__).info("200,000 SKUs in %.2f s", elapsed)


_TIGHT = {"updateStocks": {"rates": [Rate(2000, 60.0, Unit.ITEMS)]}}


async def test_stocks_fill_each_window_to_the_limit_and_no_further() -> None:
    async with Emulator(time_scale=240.0, limits={"yandex": _TIGHT}) as emulator:  # 2000 SKUs per 0.25 s
        started = time.perf_counter()
        async with client(emulator, limits=_TIGHT) as ym:
            result = check(
                await ym.update_stocks(CAMPAIGN, [{"sku": f"S{i}", "count": i} for i in range(10_000)])
            )
        elapsed = time.perf_counter() - started
        assert result.ok and result.retries == 0
        assert emulator.stats()["totals"] == {"accepted": 20, "rejected": 0}
        (window,) = [
            r for r in rows(emulator, "updateStocks", f"campaignId {CAMPAIGN}") if r["unit"] == "items"
        ]
        assert window["max_seen"] == 2000, "each window is used in full, never beyond"
        # Five windows' worth: the fifth starts after four windows (+ the client's 0.1 s margin each).
        assert 4 * 0.25 <= elapsed < 4 * 0.35 + 2.0


# --- every bulk method end to end ----------------------------------------------------------------


async def test_prices_v3_stocks_and_business_prices_land() -> None:
    async with Emulator(time_scale=60.0) as emulator:
        async with client(emulator) as ym:
            prices = check(
                await ym.update_prices(
                    CAMPAIGN,
                    [
                        {"offer_id": f"O{i}", "price": {"value": 100 + i, "currency_id": "RUR"}}
                        for i in range(4500)
                    ],
                )
            )
            business = check(
                await ym.update_business_prices(
                    BUSINESS,
                    [{"offerId": f"O{i}", "price": {"value": 9.5, "currencyId": "RUR"}} for i in range(1200)],
                )
            )
            v3 = check(
                await ym.update_stocks_v3(
                    BUSINESS, [{"sku": f"S{i}", "warehouse_id": 1 + i % 3, "count": i} for i in range(4100)]
                )
            )
            legacy = check(await ym.update_stocks(CAMPAIGN, [{"sku": "L", "count": 3}], warehouse_id=77))
        assert prices.ok and business.ok and v3.ok and legacy.ok
        assert (prices.requests, business.requests, v3.requests) == (3, 3, 3)
        store = emulator.store
        assert store.yandex_prices[(CAMPAIGN, "O4499")] == {"value": 4599, "currencyId": "RUR"}
        assert len(store.yandex_business_prices) == 1200 and len(store.yandex_warehouse_stocks) == 4100
        assert store.yandex_stocks[(CAMPAIGN, "L")] == 3
        assert emulator.stats()["totals"]["rejected"] == 0
        assert_within_limits(emulator)


async def test_stocks_survive_5xx_and_drops_with_every_sku_applied() -> None:
    async with Emulator(
        time_scale=60.0, seed=1, faults=Faults(error_rate=0.2, drop_rate=0.2, endpoints={"updateStocks"})
    ) as emulator:
        items = [{"sku": f"S{i}", "count": i} for i in range(5000)]
        items += [{"sku": "S7", "count": 70}]  # a later value for S7, in another request: applied last
        async with client(emulator) as ym:
            result = check(await ym.update_stocks(CAMPAIGN, items))
        assert result.ok and result.succeeded == 5001 and result.retries > 0
        expected = {(CAMPAIGN, f"S{i}"): i for i in range(5000)} | {(CAMPAIGN, "S7"): 70}
        assert emulator.store.yandex_stocks == expected


# --- digital keys ------------------------------------------------------------------------------


def keys(order: int, item: int, n: int) -> list[str]:
    return [f"K-{order}-{item}-{i:05d}" for i in range(n)]


def item(item_id: int, codes: list[str]) -> dict[str, Any]:
    return {"id": item_id, "codes": codes, "slip": "<p>Activate</p>", "activate_till": "2030-01-31"}


async def test_digital_keys_delivered_once_in_one_request() -> None:
    async with Emulator(time_scale=60.0) as emulator:
        emulator.add_yandex_order(CAMPAIGN, 501, [1, 2, 3])
        codes = {1: keys(501, 1, 5000), 2: keys(501, 2, 1), 3: keys(501, 3, 250)}
        async with client(emulator) as ym:
            result = check(
                await ym.deliver_digital_goods(CAMPAIGN, 501, [item(i, c) for i, c in codes.items()])
            )
        assert result.ok and result.requests == 1
        store = emulator.store
        assert {i: store.yandex_codes[(CAMPAIGN, 501, i)] for i in codes} == codes
        assert all(store.code_deliveries[(CAMPAIGN, 501, i)] == 1 for i in codes)


async def test_product_over_5000_keys_lands_whole_through_same_id_items() -> None:
    async with Emulator(time_scale=60.0) as emulator:
        emulator.add_yandex_order(CAMPAIGN, 502, [1, 2])
        codes = {1: keys(502, 1, 12_000), 2: keys(502, 2, 3)}
        async with client(emulator) as ym:
            result = check(
                await ym.deliver_digital_goods(CAMPAIGN, 502, [item(i, c) for i, c in codes.items()])
            )
        assert result.ok and result.requests == 1
        assert {i: emulator.store.yandex_codes[(CAMPAIGN, 502, i)] for i in codes} == codes


async def test_digital_keys_not_resent_after_a_dropped_connection() -> None:
    async with Emulator(
        time_scale=60.0, faults=Faults(drop_rate=1.0, endpoints={"provideOrderDigitalCodes"})
    ) as emulator:
        emulator.add_yandex_order(CAMPAIGN, 502, [1, 2])
        async with client(emulator) as ym:
            result = check(
                await ym.deliver_digital_goods(CAMPAIGN, 502, [item(1, ["A"]), item(2, ["B", "C"])])
            )
        assert result.failures_by_reason() == {FailureReason.OUTCOME_UNKNOWN: 2} and result.requests == 1
        # The server applied it before dropping the connection, and it was never sent again.
        deliveries = emulator.store.code_deliveries
        assert (deliveries[(CAMPAIGN, 502, 1)], deliveries[(CAMPAIGN, 502, 2)]) == (1, 1)
        assert emulator.stats()["endpoints"]["yandex"]["provideOrderDigitalCodes"]["dropped"] == 1


async def test_late_keys_error_says_30_minutes() -> None:
    async with Emulator(time_scale=36_000.0) as emulator:  # the 30 minutes last 0.05 s
        emulator.add_yandex_order(CAMPAIGN, 503, [1])
        emulator.add_yandex_order(CAMPAIGN, 504, [1], status="DELIVERY")
        await asyncio.sleep(0.1)  # past order 503's scaled 30-minute deadline
        async with client(emulator) as ym:
            late = check(await ym.deliver_digital_goods(CAMPAIGN, 503, [item(1, ["A"])]))
            moved = check(await ym.deliver_digital_goods(CAMPAIGN, 504, [item(1, ["A"])]))
        for result in (late, moved):
            (failure,) = result.failed
            assert failure.reason is FailureReason.API and failure.code == "STATUS_NOT_ALLOWED"
            assert "within 30 minutes of the order entering PROCESSING" in failure.message
        assert not emulator.store.yandex_codes


# --- limits the server knows better --------------------------------------------------------------

_SERVER_1000 = {"yandex": {"updateStocks": {"rates": [Rate(1000, 60.0, Unit.ITEMS)]}}}


async def test_rate_headers_hold_the_client_before_a_420() -> None:
    """The client believes 100,000 SKUs/min; the server allows 1000. Remaining/Until keep it in line."""
    async with Emulator(time_scale=60.0, limits=_SERVER_1000) as emulator:
        async with client(emulator) as ym:
            result = check(
                await ym.update_stocks(
                    CAMPAIGN, [{"sku": f"S{i}", "count": 1} for i in range(1500)], concurrency=1
                )
            )
        assert result.ok and result.retries == 0
        assert emulator.stats()["totals"]["rejected"] == 0, "Remaining=0 held every request until Until"
        assert_within_limits(emulator)


async def test_420_pauses_and_recovers() -> None:
    async with Emulator(time_scale=60.0, limits=_SERVER_1000) as emulator:
        async with client(emulator) as ym:
            result = check(
                await ym.update_stocks(CAMPAIGN, [{"sku": f"S{i}", "count": 1} for i in range(2000)])
            )
        assert result.ok and result.succeeded == 2000
        stats = emulator.stats()
        rejected = stats["endpoints"]["yandex"]["updateStocks"]["rejected"]
        assert rejected.get("rate_limit", 0) >= 1, "4 requests at once meet the server's 1000 with a 420"
        assert result.retries == sum(rejected.values())
        assert len(emulator.store.yandex_stocks) == 2000


# --- auth ----------------------------------------------------------------------------------------


async def test_oauth_token_and_auth_errors(caplog: pytest.LogCaptureFixture) -> None:
    async with Emulator(yandex_accounts={"oauth-tok": YandexAccount(campaign_ids={CAMPAIGN})}) as emulator:
        caplog.set_level(logging.DEBUG)
        async with ClientPool() as pool:
            async with client(emulator, api_key=None, oauth_token="oauth-tok", pool=pool) as ym:
                assert (await ym.call("getCampaign", path={"campaignId": CAMPAIGN}))["campaign"][
                    "id"
                ] == CAMPAIGN
                with pytest.raises(AuthError) as denied:
                    await ym.update_stocks(CAMPAIGN + 1, [{"sku": "A", "count": 1}])
            async with client(emulator, api_key="wrong-key-secret", pool=pool) as bad:
                with pytest.raises(AuthError) as wrong:
                    await bad.update_stocks(CAMPAIGN, [{"sku": "A", "count": 1}])
            forbidden, unauthorized = denied.value.result, wrong.value.result
            assert forbidden is not None and unauthorized is not None
            check(forbidden), check(unauthorized)
        for result, status in ((forbidden, 403), (unauthorized, 401)):
            (failure,) = result.failed
            assert isinstance(failure.error, AuthError) and failure.error.status == status
        texts = [str(f) for r in (forbidden, unauthorized) for f in r.failed] + [
            r.getMessage() for r in caplog.records
        ]
        assert not any("oauth-tok" in t or "wrong-key-secret" in t for t in texts)
