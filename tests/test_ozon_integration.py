"""OzonClient against the emulator: real HTTP on 127.0.0.1, every limit counted at the server.

Client and emulator share one ``time_scale``, so a documented minute (or the 30 s pair rule, or
the price hour) lasts a fraction of a second; the emulator's sliding-window counters then say
whether the client ever went over a limit, and its store says what was applied, and how often.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from marketplace_async import (
    AuthError,
    BulkResult,
    FailureReason,
    OzonClient,
    Rate,
    RetryPolicy,
    Scope,
    Unit,
)
from marketplace_async.testing import DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, Emulator, Faults

SCALE = 600.0
FAST_RETRY = RetryPolicy(backoff_initial=0.01, backoff_max=0.05, max_attempts=8)


def accounted(result: BulkResult) -> BulkResult:
    assert result.received == result.succeeded + len(result.failed) + result.coalesced, result
    return result


def client(emu: Emulator, **kw: Any) -> OzonClient:
    kw.setdefault("client_id", DEMO_OZON_CLIENT_ID)
    kw.setdefault("api_key", DEMO_OZON_API_KEY)
    kw.setdefault("retry", FAST_RETRY)
    return OzonClient(base_url=emu.base_url, time_scale=emu.time_scale, **kw)


def assert_within_limits(emu: Emulator) -> None:
    """No window of any Ozon limit ever held more than its amount at the server."""
    rows = [r for r in emu.stats()["limits"] if r["marketplace"] == "ozon"]
    assert rows
    for row in rows:
        assert row["max_seen"] <= row["amount"], row


def ozon_stats(emu: Emulator, endpoint: str) -> dict[str, Any]:
    stats: dict[str, Any] = emu.stats()["endpoints"]["ozon"][endpoint]
    return stats


async def test_20000_stock_rows_without_a_rejection() -> None:
    async with Emulator(time_scale=SCALE) as emu, client(emu) as ozon:
        rows = (
            {"offer_id": f"OF-{i:05d}", "warehouse_id": 1 + i % 3, "stock": i % 500} for i in range(20_000)
        )
        started = time.perf_counter()
        result = accounted(await ozon.update_stocks(rows))
        elapsed = time.perf_counter() - started
        assert (result.succeeded, result.requests, result.retries, result.ok) == (20_000, 200, 0, True)
        assert emu.stats()["totals"] == {"accepted": 200, "rejected": 0}
        assert ozon_stats(emu, "v2/products/stocks")["item_errors"] == {}
        assert_within_limits(emu)
        stocks = emu.store.ozon_stocks
        assert (
            len(stocks) == 20_000
            and stocks[(DEMO_OZON_CLIENT_ID, "OF-19999", 1 + 19_999 % 3)] == 19_999 % 500
        )
        # 200 requests at 80 a minute: at least two full windows after the first 80.
        assert elapsed >= 2 * 60.0 / SCALE
        logging.getLogger(__name__).info("20,000 stock rows in %.2f s", elapsed)


async def test_pairs_updated_again_are_held_and_never_refused_by_the_server() -> None:
    async with Emulator(time_scale=SCALE) as emu, client(emu) as ozon:
        first = [{"offer_id": f"A{i}", "warehouse_id": 7, "stock": 1} for i in range(300)]
        again = [{"offer_id": f"A{i}", "warehouse_id": 7, "stock": 2} for i in range(300)]
        accounted(await ozon.update_stocks(first))
        started = time.perf_counter()
        result = accounted(await ozon.update_stocks(again))
        assert result.succeeded == 300 and time.perf_counter() - started >= 30.0 / SCALE
        assert ozon_stats(emu, "v2/products/stocks")["item_errors"] == {}
        assert set(emu.store.ozon_stocks.values()) == {2}
        assert_within_limits(emu)

        refused = accounted(await ozon.update_stocks(first, hold=False))
        assert refused.requests == 0 and {f.reason for f in refused.failed} == {FailureReason.RATE_LIMITED}
        assert set(emu.store.ozon_stocks.values()) == {2}


async def test_the_11th_price_of_the_hour_is_reported_and_the_server_never_refuses() -> None:
    async with Emulator(time_scale=SCALE) as emu, client(emu) as ozon:
        results = [
            accounted(await ozon.update_prices([{"offer_id": "P1", "price": str(100 + i), "old_price": "0"}]))
            for i in range(11)
        ]
        assert [r.succeeded for r in results] == [1] * 10 + [0]
        assert results[10].failed[0].reason is FailureReason.RATE_LIMITED
        assert emu.store.ozon_prices[(DEMO_OZON_CLIENT_ID, "P1")]["price"] == "109"
        bulk = accounted(
            await ozon.update_prices([{"offer_id": f"Q{i}", "price": i + 1} for i in range(2_500)])
        )
        assert (bulk.succeeded, bulk.requests) == (2_500, 3)
        assert ozon_stats(emu, "v1/product/import/prices")["item_errors"] == {}
        assert_within_limits(emu)


async def test_digital_stocks_are_imported_100_a_request() -> None:
    async with Emulator(time_scale=SCALE) as emu, client(emu) as ozon:
        result = accounted(
            await ozon.import_digital_stocks([{"offer_id": f"D{i}", "stock": i} for i in range(250)])
        )
        assert (result.succeeded, result.requests) == (250, 3)
        assert emu.store.ozon_digital_stocks[(DEMO_OZON_CLIENT_ID, "D249")] == 249


async def test_digital_postings_are_listed_and_their_codes_uploaded_once() -> None:
    async with Emulator(time_scale=SCALE) as emu, client(emu) as ozon:
        for n in range(5):
            emu.add_ozon_posting(
                f"1000-{n}-1",
                [
                    {"offer_id": "GAME", "sku": 500 + n, "required_qty": 2},
                    {"offer_id": "DLC", "sku": 600 + n},
                ],
            )
        since, to = datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC) + timedelta(hours=1)
        v2 = [p async for p in ozon.iter_digital_postings(since, to, limit=2)]
        with pytest.warns(DeprecationWarning):
            v1 = [p async for p in ozon.iter_digital_postings(since, to, api_version=1, limit=2)]
        assert (
            [p.posting_number for p in v2]
            == [p.posting_number for p in v1]
            == [f"1000-{n}-1" for n in range(5)]
        )
        for posting in v2:
            items = []
            for product in posting.products:
                qty = product.required_qty_for_digital_code
                keys = [f"{posting.posting_number}/{product.sku}/{k}" for k in range(qty - 1)]
                items.append(
                    {
                        "sku": product.sku,
                        "exemplar_qty": len(keys),
                        "not_available_exemplar_qty": 1,
                        "exemplar_keys": keys,
                    }
                )
            result = accounted(await ozon.upload_posting_codes(posting.posting_number, items))
            assert (result.succeeded, result.requests) == (2, 1)
        codes = emu.store.ozon_posting_codes
        assert codes[(DEMO_OZON_CLIENT_ID, "1000-3-1", 503)] == ["1000-3-1/503/0"]
        assert set(emu.store.code_deliveries.values()) == {1}


async def test_a_codes_upload_dropped_after_it_was_applied_is_not_resent() -> None:
    faults = Faults(drop_rate=1.0, endpoints=frozenset({"v1/posting/digital/codes/upload"}))
    async with Emulator(time_scale=SCALE, faults=faults, record_arrivals=True) as emu, client(emu) as ozon:
        emu.add_ozon_posting("77-1-1", [{"offer_id": "GAME", "sku": 9, "required_qty": 1}])
        item = {"sku": 9, "exemplar_qty": 1, "not_available_exemplar_qty": 0, "exemplar_keys": ["ONLY-ONCE"]}
        result = accounted(await ozon.upload_posting_codes("77-1-1", [item]))
        (failure,) = result.failed
        assert failure.reason is FailureReason.OUTCOME_UNKNOWN and result.requests == 1
        assert emu.store.ozon_posting_codes[(DEMO_OZON_CLIENT_ID, "77-1-1", 9)] == ["ONLY-ONCE"]
        assert emu.store.code_deliveries[(DEMO_OZON_CLIENT_ID, "77-1-1", 9)] == 1
        assert len(emu.arrivals()["ozon"]["v1/posting/digital/codes/upload"]) == 1


async def test_server_429s_are_waited_out_and_no_item_is_lost() -> None:
    # The server allows 5 req/s per account; the client believes the documented 50.
    tight = {"account": {"rates": [Rate(5, 1.0, Unit.REQUESTS, Scope.ACCOUNT)]}}
    async with Emulator(time_scale=20.0, limits={"ozon": tight}) as emu, client(emu) as ozon:
        result = accounted(
            await ozon.import_digital_stocks([{"offer_id": f"D{i}", "stock": 1} for i in range(3_000)])
        )
        assert result.succeeded == 3_000 and result.retries > 0
        rejected = ozon_stats(emu, "v1/product/digital/stocks/import")["rejected"]
        assert sum(rejected.values()) == result.retries > 0
        assert len(emu.store.ozon_digital_stocks) == 3_000
        assert_within_limits(emu)


async def test_wrong_credentials_fail_every_item_and_leak_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret_id, secret_key, wrong_key = (
        "cid-INTEGRATION-31337",
        "key-INTEGRATION-right",
        "key-INTEGRATION-wrong",
    )
    async with Emulator(time_scale=SCALE, ozon_accounts={secret_id: secret_key}) as emu:
        async with client(emu, client_id=secret_id, api_key=wrong_key) as ozon:
            with pytest.raises(AuthError) as bulk:
                await ozon.update_stocks(
                    [{"offer_id": f"A{i}", "warehouse_id": 1, "stock": 1} for i in range(300)], concurrency=1
                )
            result = bulk.value.result
            assert result is not None and accounted(result).failed
            with pytest.raises(AuthError) as caught:
                await ozon.call("v3/product/list", {"filter": {}, "limit": 10})
            text = " ".join([caplog.text, str(caught.value), repr(ozon), *(str(f) for f in result.failed)])
        assert result.requests == 1 and {type(f.error) for f in result.failed} == {AuthError}
        async with client(emu, client_id=secret_id, api_key=secret_key) as ozon:
            assert accounted(await ozon.update_stocks([{"offer_id": "A", "warehouse_id": 1, "stock": 1}])).ok
    assert caplog.records
    for secret in (secret_id, secret_key, wrong_key):
        assert secret not in text and secret not in caplog.text


async def test_paginated_lists_walk_the_whole_catalog() -> None:
    offers = [f"CAT-{i:04d}" for i in range(2_345)]
    async with Emulator(time_scale=SCALE, catalog=offers) as emu, client(emu) as ozon:
        listed = [item async for item in ozon.paginate("v3/product/list", {"filter": {}})]
        assert [i["offer_id"] for i in listed] == offers
        stocks = [item async for item in ozon.paginate("v4/product/info/stocks", {"filter": {}}, limit=500)]
        assert [i["offer_id"] for i in stocks] == offers
        assert ozon_stats(emu, "v4/product/info/stocks")["accepted"] == 5


async def test_legacy_digital_codes_are_uploaded_and_polled_to_the_end() -> None:
    async with Emulator(time_scale=SCALE, catalog=["GIFT"]) as emu, client(emu) as ozon:
        (product,) = [item async for item in ozon.paginate("v3/product/list", {"filter": {}})]
        codes = [f"LEGACY-{i}" for i in range(230)]
        with pytest.warns(DeprecationWarning, match="v1/posting/digital/codes/upload"):
            result = accounted(
                await ozon.upload_digital_codes(product["product_id"], codes, poll_interval=0.005)
            )
        assert (result.succeeded, len(result.failed)) == (230, 0)
        assert emu.store.ozon_legacy_codes[(DEMO_OZON_CLIENT_ID, product["product_id"])] == codes
        assert ozon_stats(emu, "v1/product/upload_digital_codes")["accepted"] == 3
