"""The emulator as the server side: driven with a bare aiohttp client, never the SDK.

Time-dependent tests run on looptime's virtual clock (the emulator reads ``loop.time()``) or with
a large ``time_scale``; no test waits for a documented window in real time.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
import pytest

from marketplace_async._limits import Rate, Unit
from marketplace_async.testing import Emulator, Faults, YandexAccount, serve_forever
from marketplace_async.testing._windows import SlidingLog

pytest_plugins = ["pytester"]  # the emulator fixture comes from the pytest11 entry point

OZ = {"Client-Id": "demo", "Api-Key": "demo-key"}
YA = {"Api-Key": "demo-token"}
RATE_HEADERS = ("X-RateLimit-Resource-Limit", "X-RateLimit-Resource-Remaining", "X-RateLimit-Resource-Until")


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
) -> tuple[int, Any, Any]:
    async with session.request(method, emu.base_url + path, json=body, headers=headers) as resp:
        return resp.status, await resp.json(), resp.headers


def stock(offer: str, count: int = 5, warehouse: int = 1) -> dict[str, Any]:
    return {"offer_id": offer, "stock": count, "warehouse_id": warehouse}


def sku(name: str, count: int = 1, **extra: Any) -> dict[str, Any]:
    return {"sku": name, "items": [{"count": count, **extra}]}


def digital_item(item_id: int = 1, **changes: Any) -> dict[str, Any]:
    item = {
        "id": item_id,
        "codes": ["KEY-1", "KEY-2"],
        "slip": "<p>Activate</p>",
        "activate_till": "2030-01-31",
    }
    item.update(changes)
    return {k: v for k, v in item.items() if v is not None}


def limit_row(emu: Emulator, endpoint: str, entity: str, scope: str | None = None) -> dict[str, Any]:
    rows = [
        r
        for r in emu.stats()["limits"]
        if r["endpoint"] == endpoint and r["entity"] == entity and (scope is None or r["scope"] == scope)
    ]
    assert len(rows) == 1, rows
    return rows[0]


async def sleep_until(moment: float) -> None:
    await asyncio.sleep(moment - asyncio.get_running_loop().time())


# -- auth ----------------------------------------------------------------------------------------


async def test_ozon_auth_failures_get_rpc_status_and_change_nothing(emulator: Emulator, http: Any) -> None:
    body = {"stocks": [stock("A")]}
    status, data, _ = await call(http, emulator, "POST", "/v2/products/stocks", body, {"Client-Id": "demo"})
    assert status == 401
    assert data == {"code": 16, "message": "Client-Id and Api-Key headers are required", "details": []}
    for headers in (
        {"Client-Id": "demo", "Api-Key": "wrong"},
        {"Client-Id": "nobody", "Api-Key": "demo-key"},
    ):
        status, data, _ = await call(http, emulator, "POST", "/v2/products/stocks", body, headers)
        assert status == 403
        assert data["code"] == 7 and data["details"] == []
        assert "wrong" not in data["message"]
    assert emulator.store.ozon_stocks == {}
    assert emulator.stats()["endpoints"]["ozon"]["v2/products/stocks"]["rejected"] == {"auth": 3}


async def test_yandex_auth_by_api_key_or_oauth_with_campaign_scope(http: Any) -> None:
    async with Emulator(
        yandex_accounts={
            "demo-token": YandexAccount(),
            "shop-token": YandexAccount(business_id=10, campaign_ids=frozenset({7})),
        }
    ) as emulator:
        path = "/v2/campaigns/7/offers/stocks"
        body = {"skus": [sku("A")]}
        status, data, headers = await call(http, emulator, "PUT", path, body)
        assert status == 401
        assert data["status"] == "ERROR" and data["errors"][0]["code"] == "UNAUTHORIZED"
        assert all(h in headers for h in RATE_HEADERS)
        status, data, _ = await call(http, emulator, "PUT", path, body, {"Api-Key": "nope"})
        assert status == 401 and data["errors"][0]["code"] == "UNAUTHORIZED"
        for auth in ("Bearer shop-token", "OAuth shop-token"):
            status, data, _ = await call(http, emulator, "PUT", path, body, {"Authorization": auth})
            assert (status, data) == (200, {"status": "OK"})
        status, data, _ = await call(
            http, emulator, "PUT", "/v2/campaigns/8/offers/stocks", body, {"Api-Key": "shop-token"}
        )
        assert status == 403 and data["errors"][0] == {
            "code": "FORBIDDEN",
            "message": "Access denied to campaignId 8",
        }
        business_body = {"offers": [{"offerId": "A", "price": {"value": 10, "currencyId": "RUR"}}]}
        path = "/v2/businesses/11/offer-prices/updates"
        status, _, _ = await call(http, emulator, "POST", path, business_body, {"Api-Key": "shop-token"})
        assert status == 403
        status, _, _ = await call(http, emulator, "POST", path, business_body, YA)  # demo token: any business
        assert status == 200
        status, data, _ = await call(
            http, emulator, "GET", "/v2/campaigns/7", None, {"Api-Key": "shop-token"}
        )
        assert data["campaign"]["id"] == 7 and data["campaign"]["business"]["id"] == 10
        assert emulator.store.yandex_stocks == {(7, "A"): 1}


# -- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "fragment"),
    [
        ("/v2/products/stocks", {"stocks": [stock(f"o{i}") for i in range(101)]}, "between 1 and 100 items"),
        ("/v2/products/stocks", {"stocks": []}, "between 1 and 100 items"),
        ("/v2/products/stocks", {"stocks": [{"offer_id": "A", "stock": "x", "warehouse_id": 1}]}, "integer"),
        ("/v2/products/stocks", {"stocks": [{"offer_id": "A", "stock": True, "warehouse_id": 1}]}, "integer"),
        (
            "/v2/products/stocks",
            {"stocks": [{"offer_id": "A", "stock": 1}]},
            "warehouse_id: field is required",
        ),
        ("/v2/products/stocks", {"stocks": [{"stock": 1, "warehouse_id": 1}]}, "offer_id or product_id"),
        ("/v2/products/stocks", {"stocks": [stock("A", -1)]}, "greater than or equal to 0"),
        (
            "/v1/product/import/prices",
            {"prices": [{"offer_id": f"o{i}", "price": "1"} for i in range(1001)]},
            "1000",
        ),
        ("/v1/product/import/prices", {"prices": [{"offer_id": "A", "price": 100}]}, "must be a string"),
        ("/v1/product/import/prices", {"prices": [{"offer_id": "A", "price": "1", "vat": "0.3"}]}, "vat"),
        ("/v1/posting/digital/list", {"limit": 1001}, "less than or equal to 1000"),
        ("/v1/posting/digital/list", {"limit": 10, "offset": 20001}, "less than or equal to 20000"),
        ("/v3/product/list", {"limit": 0}, "greater than or equal to 1"),
    ],
)
async def test_ozon_validation_errors_are_400_rpc_status(
    emulator: Emulator, http: Any, path: str, body: Any, fragment: str
) -> None:
    status, data, _ = await call(http, emulator, "POST", path, body, OZ)
    assert status == 400
    assert data["code"] == 3 and data["details"] == []
    assert fragment in data["message"]
    assert emulator.store.ozon_stocks == {} and emulator.store.ozon_prices == {}
    assert emulator.stats()["endpoints"]["ozon"][path.lstrip("/")]["rejected"] == {"validation": 1}


async def test_ozon_invalid_json_is_400(emulator: Emulator, http: Any) -> None:
    async with http.post(emulator.base_url + "/v2/products/stocks", data=b"{nope", headers=OZ) as resp:
        assert resp.status == 400
        assert (await resp.json())["code"] == 3


def _now(delta: timedelta = timedelta()) -> str:
    return (datetime.now(UTC) + delta).isoformat()


@pytest.mark.parametrize(
    ("path", "body", "code", "fragment"),
    [
        (
            "/v2/campaigns/7/offers/stocks",
            {"skus": [sku("A"), sku("A")]},
            "DUPLICATE_SHOP_SKU",
            "Duplicate shop-sku",
        ),
        (
            "/v2/campaigns/7/offers/stocks",
            {"skus": [sku(f"s{i}") for i in range(2001)]},
            "BAD_REQUEST",
            "2000",
        ),
        ("/v2/campaigns/7/offers/stocks", {"skus": []}, "BAD_REQUEST", "between 1 and 2000"),
        ("/v2/campaigns/7/offers/stocks", {"skus": [sku("A", 2_000_000_001)]}, "BAD_REQUEST", "2000000000"),
        (
            "/v2/campaigns/7/offers/stocks",
            {"skus": [sku("A", -1)]},
            "BAD_REQUEST",
            "greater than or equal to 0",
        ),
        ("/v2/campaigns/7/offers/stocks", {"skus": [sku("A", 1.5)]}, "BAD_REQUEST", "integer"),
        ("/v2/campaigns/7/offers/stocks", {"skus": [sku("")]}, "BAD_REQUEST", "1..255"),
        (
            "/v2/campaigns/7/offers/stocks",
            {"skus": [sku("A", updatedAt=_now(timedelta(hours=1)))]},
            "BAD_REQUEST",
            "should not be in the future",
        ),
        (
            "/v2/campaigns/7/offers/stocks",
            {"skus": [sku("A", updatedAt=_now(-timedelta(days=2)))]},
            "BAD_REQUEST",
            "should not be older than a day",
        ),
        (
            "/v3/businesses/5/offers/stocks/update",
            {"skuItems": [{"sku": "A", "partnerWarehouseId": 1, "count": 1}] * 2},
            "DUPLICATE_SHOP_SKU",
            "partnerWarehouseId",
        ),
        (
            "/v2/campaigns/7/offer-prices/updates",
            {"offers": [{"offerId": "A", "price": {"value": 0, "currencyId": "RUR"}}]},
            "BAD_REQUEST",
            "greater than 0",
        ),
        (
            "/v2/businesses/5/offer-prices/updates",
            {
                "offers": [
                    {"offerId": f"o{i}", "price": {"value": 1, "currencyId": "RUR"}} for i in range(501)
                ]
            },
            "BAD_REQUEST",
            "500",
        ),
    ],
)
async def test_yandex_validation_errors_are_400_with_error_list(
    emulator: Emulator, http: Any, path: str, body: Any, code: str, fragment: str
) -> None:
    method = "PUT" if path.endswith("/offers/stocks") else "POST"
    status, data, headers = await call(http, emulator, method, path, body, YA)
    assert status == 400
    assert data["status"] == "ERROR"
    assert data["errors"][0]["code"] == code
    assert fragment in data["errors"][0]["message"]
    assert all(h in headers for h in RATE_HEADERS)
    assert emulator.state()["yandex"] == {
        "stocks": [],
        "warehouse_stocks": [],
        "prices": [],
        "business_prices": [],
        "digital_codes": [],
        "orders": [],
    }


async def test_yandex_accepts_2000_skus_and_distinct_warehouse_pairs(emulator: Emulator, http: Any) -> None:
    body = {"skus": [sku(f"s{i}", i, updatedAt=_now(-timedelta(hours=23))) for i in range(2000)]}
    status, _, _ = await call(http, emulator, "PUT", "/v2/campaigns/7/offers/stocks", body, YA)
    assert status == 200
    assert len(emulator.store.yandex_stocks) == 2000 and emulator.store.yandex_stocks[(7, "s1999")] == 1999
    items = [{"sku": "A", "partnerWarehouseId": w, "count": w} for w in (1, 2)]
    status, _, _ = await call(
        http, emulator, "POST", "/v3/businesses/5/offers/stocks/update", {"skuItems": items}, YA
    )
    assert status == 200
    assert emulator.store.yandex_warehouse_stocks == {(5, "A", 1): 1, (5, "A", 2): 2}


async def test_yandex_body_over_512_kb_is_refused(emulator: Emulator, http: Any) -> None:
    body = {"skus": [{"sku": f"{i:04}" + "x" * 251, "items": [{"count": 1}]} for i in range(1990)]}
    status, data, _ = await call(http, emulator, "PUT", "/v2/campaigns/7/offers/stocks", body, YA)
    assert status == 400
    assert "524288 bytes" in data["errors"][0]["message"]
    assert emulator.store.yandex_stocks == {}


@pytest.mark.parametrize(
    ("item", "fragment"),
    [
        (digital_item(code="K"), "either code or codes"),
        (digital_item(codes=[f"k{i}" for i in range(5001)]), "between 1 and 5000"),
        (digital_item(codes=[]), "between 1 and 5000"),
        (digital_item(codes=["k" * 257]), "at most 256"),
        (digital_item(codes=["k", "k"]), "unique"),
        (digital_item(slip="s" * 10_001), "at most 10000"),
        (digital_item(slip=None), "slip: field is required"),
        (digital_item(activate_till="31.01.2030"), "YYYY-MM-DD"),
        (digital_item(activate_till="2030-02-30"), "YYYY-MM-DD"),
        (digital_item(codes=None), "codes: field is required"),
    ],
)
async def test_deliver_digital_goods_validation(
    emulator: Emulator, http: Any, item: Any, fragment: str
) -> None:
    emulator.add_yandex_order(7, 42, [1])
    path = "/v2/campaigns/7/orders/42/deliverDigitalGoods"
    status, data, _ = await call(http, emulator, "POST", path, {"items": [item]}, YA)
    assert status == 400
    assert fragment in data["errors"][0]["message"]
    assert emulator.store.yandex_codes == {}


async def test_deliver_digital_goods_boundaries_and_order_rules(emulator: Emulator, http: Any) -> None:
    emulator.add_yandex_order(7, 42, range(1, 102))
    path = "/v2/campaigns/7/orders/42/deliverDigitalGoods"
    items = [digital_item(i, codes=[f"k{i}-{j}" for j in range(3)]) for i in range(1, 102)]
    status, data, _ = await call(http, emulator, "POST", path, {"items": items}, YA)
    assert status == 400 and "between 1 and 100" in data["errors"][0]["message"]
    most = digital_item(1, codes=[f"{j:05}" + "k" * 80 for j in range(5000)])  # 5000 codes fit in 512 KB
    longest = digital_item(3, codes=["k" * 256])
    items = [most, digital_item(2, codes=None, code="ONE"), longest]
    status, _, _ = await call(http, emulator, "POST", path, {"items": items}, YA)
    assert status == 200
    assert len(emulator.store.yandex_codes[(7, 42, 1)]) == 5000
    assert emulator.store.yandex_codes[(7, 42, 2)] == ["ONE"]
    assert emulator.store.yandex_codes[(7, 42, 3)] == ["k" * 256]
    # Seed 002: one product's keys may span several elements with the same id; they add up.
    split = [digital_item(4, codes=["a1", "a2"]), digital_item(4, codes=["a3"])]
    emulator.add_yandex_order(7, 44, [4])
    status, _, _ = await call(
        http, emulator, "POST", "/v2/campaigns/7/orders/44/deliverDigitalGoods", {"items": split}, YA
    )
    assert status == 200 and emulator.store.yandex_codes[(7, 44, 4)] == ["a1", "a2", "a3"]
    # ... but a code is unique within the whole order.
    dup = [digital_item(1, codes=["same"]), digital_item(2, codes=["same"])]
    status, data, _ = await call(http, emulator, "POST", path, {"items": dup}, YA)
    assert status == 400 and "unique within the order" in data["errors"][0]["message"]
    status, data, _ = await call(http, emulator, "POST", path, {"items": [digital_item(999)]}, YA)
    assert status == 400 and data["errors"][0]["code"] == "ITEM_NOT_FOUND"
    status, data, _ = await call(
        http,
        emulator,
        "POST",
        "/v2/campaigns/7/orders/43/deliverDigitalGoods",
        {"items": [digital_item()]},
        YA,
    )
    assert status == 404
    assert emulator.store.code_deliveries[(7, 42, 1)] == 1


# -- limits --------------------------------------------------------------------------------------


async def test_ozon_429_over_a_scaled_endpoint_rate(http: Any) -> None:
    async with Emulator(
        time_scale=6.0, limits={"ozon": {"v2/products/stocks": {"rates": [Rate(5, 60.0)]}}}
    ) as emulator:
        answers = [
            await call(http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock(f"o{i}")]}, OZ)
            for i in range(7)
        ]
        assert [a[0] for a in answers] == [200] * 5 + [429] * 2
        _, data, headers = answers[-1]
        assert data == {"code": 8, "message": "You have reached request rate limit per second"}
        assert 0 < float(headers["Retry-After"]) <= 10.0  # 60 s / time_scale 6
        assert sorted(o for _, o, _ in emulator.store.ozon_stocks) == ["o0", "o1", "o2", "o3", "o4"]
        row = limit_row(emulator, "v2/products/stocks", "demo", "endpoint")
        assert (row["amount"], row["max_seen"], row["max_offered"], row["rejected"]) == (5, 5, 7, 2)
        assert row["scaled_window"] == 10.0
        assert emulator.stats()["endpoints"]["ozon"]["v2/products/stocks"]["rejected"] == {"rate_limit": 2}


@pytest.mark.looptime
async def test_ozon_account_rate_of_50_per_second_spans_endpoints(emulator: Emulator, http: Any) -> None:
    async def one(i: int) -> int:
        path = "/v3/product/list" if i % 2 else "/v2/posting/digital/list"
        status, _, _ = await call(http, emulator, "POST", path, {"limit": 10, "filter": {}}, OZ)
        return status

    statuses = await asyncio.gather(*(one(i) for i in range(60)))
    assert statuses.count(200) == 50 and statuses.count(429) == 10
    row = limit_row(emulator, "account", "demo")
    assert (row["max_seen"], row["max_offered"]) == (50, 60)
    await asyncio.sleep(1.0)
    assert await one(1) == 200  # a full second later the account window is empty again


@pytest.mark.looptime
async def test_sliding_window_counts_a_burst_straddling_an_aligned_boundary(http: Any) -> None:
    async with Emulator(limits={"ozon": {"v3/product/list": {"rates": [Rate(8, 1.0)]}}}) as emulator:
        start = asyncio.get_running_loop().time()

        async def burst(n: int) -> list[int]:
            answers = await asyncio.gather(
                *(call(http, emulator, "POST", "/v3/product/list", {"limit": 1}, OZ) for _ in range(n))
            )
            return [a[0] for a in answers]

        await sleep_until(start + 0.9)
        assert await burst(5) == [200] * 5
        await sleep_until(
            start + 1.1
        )  # an aligned 1 s bucket would start afresh here; a sliding window does not
        assert sorted(await burst(5)) == [200] * 3 + [429] * 2
        await sleep_until(start + 1.95)  # the five of 0.9 s have left the window, the three of 1.1 s have not
        assert sorted(await burst(6)) == [200] * 5 + [429]
        row = limit_row(emulator, "v3/product/list", "demo", "endpoint")
        assert (row["max_seen"], row["amount"]) == (8, 8)
        assert row["max_offered"] == 11  # 3 + 2 of 1.1 s and the 6 of 1.95 s


def test_sliding_log_peak_is_the_exact_maximum_over_all_windows() -> None:
    log = SlidingLog(1.0)
    for t in (0.9,) * 5 + (1.1,) * 5:
        log.add(t, 1)
    assert log.peak == 10  # buckets [0, 1) and [1, 2) would each show 5

    rng = random.Random(7)
    for _ in range(50):
        span = rng.choice([0.5, 1.0, 3.0])
        times = sorted(rng.uniform(0, 10) for _ in range(rng.randint(1, 60)))
        weights = [rng.randint(1, 5) for _ in times]
        log = SlidingLog(span)
        for t, w in zip(times, weights, strict=True):
            log.add(t, w)
        brute = max(
            sum(w for s, w in zip(times, weights, strict=True) if end - span < s <= end) for end in times
        )
        assert log.peak == brute
        assert log.load(times[-1]) == sum(
            w for s, w in zip(times, weights, strict=True) if s > times[-1] - span
        )


async def test_yandex_420_for_an_item_weighted_limit_with_rate_headers(http: Any) -> None:
    async with Emulator(
        limits={"yandex": {"updateStocks": {"rates": [Rate(10, 60.0, Unit.ITEMS)]}}}, time_scale=60.0
    ) as emulator:
        path = "/v2/campaigns/7/offers/stocks"
        remaining = []
        for n in range(3):
            status, _, headers = await call(
                http, emulator, "PUT", path, {"skus": [sku(f"s{n}{i}") for i in range(3)]}, YA
            )
            assert status == 200
            assert headers["X-RateLimit-Resource-Limit"] == "10"
            remaining.append(int(headers["X-RateLimit-Resource-Remaining"]))
            until = parsedate_to_datetime(headers["X-RateLimit-Resource-Until"])
            assert (
                datetime.now(UTC) - timedelta(seconds=1) <= until <= datetime.now(UTC) + timedelta(seconds=3)
            )
        assert remaining == [7, 4, 1]
        status, data, headers = await call(
            http, emulator, "PUT", path, {"skus": [sku(f"x{i}") for i in range(2)]}, YA
        )
        assert status == 420
        assert data == {
            "status": "ERROR",
            "errors": [
                {
                    "code": "LIMIT_EXCEEDED",
                    "message": "Hit rate limit of 10 requests per 1 minute "
                    "for resource updateStocks for campaignId 7",
                }
            ],
        }
        assert headers["X-RateLimit-Resource-Remaining"] == "1"
        assert len(emulator.store.yandex_stocks) == 9  # the refused request changed nothing
        status, _, _ = await call(
            http, emulator, "PUT", "/v2/campaigns/8/offers/stocks", {"skus": [sku("x")]}, YA
        )
        assert status == 200  # another campaign has its own budget
        row = limit_row(emulator, "updateStocks", "campaignId 7")
        assert (row["max_seen"], row["max_offered"], row["unit"]) == (9, 11, "items")


@pytest.mark.looptime
async def test_yandex_global_four_in_flight_per_campaign(http: Any) -> None:
    async with Emulator(faults=Faults(latency=0.5)) as emulator:

        async def get(campaign: int) -> tuple[int, Any]:
            status, data, _ = await call(http, emulator, "GET", f"/v2/campaigns/{campaign}", None, YA)
            return status, data

        answers = await asyncio.gather(*(get(7) for _ in range(6)), get(8))
        statuses = [s for s, _ in answers]
        assert statuses[:6].count(200) == 4 and statuses[:6].count(420) == 2
        assert statuses[6] == 200
        refused = next(d for s, d in answers if s == 420)
        assert refused["errors"][0] == {
            "code": "LIMIT_EXCEEDED",
            "message": "Hit rate limit of 4 parallel requests for campaignId 7",
        }
        row = limit_row(emulator, "account", "campaignId 7", "parallel")
        assert (row["amount"], row["max_seen"], row["rejected"]) == (4, 4, 2)
        assert emulator.stats()["endpoints"]["yandex"]["getCampaign"]["rejected"] == {"parallel": 2}
        assert (await get(7))[0] == 200  # slots are freed when responses end


@pytest.mark.looptime
async def test_endpoint_parallel_cap_of_deliver_digital_goods(http: Any) -> None:
    async with Emulator(
        faults=Faults(latency=0.5), limits={"yandex": {"account": {"parallel": None}}}
    ) as emulator:
        for order in range(8):
            emulator.add_yandex_order(7, order, [1])
        answers = await asyncio.gather(
            *(
                call(
                    http,
                    emulator,
                    "POST",
                    f"/v2/campaigns/7/orders/{o}/deliverDigitalGoods",
                    {"items": [digital_item()]},
                    YA,
                )
                for o in range(8)
            )
        )
        assert sorted(a[0] for a in answers) == [200] * 6 + [420] * 2
        assert len(emulator.store.yandex_codes) == 6


# -- per-item limits -----------------------------------------------------------------------------


@pytest.mark.looptime
async def test_ozon_pair_updated_again_within_30_s_fails_per_item(emulator: Emulator, http: Any) -> None:
    start = asyncio.get_running_loop().time()
    _, data, _ = await call(
        http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("A", 5), stock("A", 6)]}, OZ
    )
    assert [r["updated"] for r in data["result"]] == [True, False]
    assert data["result"][1]["errors"] == [
        {"code": "TOO_MANY_REQUESTS", "message": "Stock is updated too frequently"}
    ]
    await sleep_until(start + 29.9)
    _, data, _ = await call(
        http,
        emulator,
        "POST",
        "/v2/products/stocks",
        {"stocks": [stock("A", 7), stock("A", 8, warehouse=2)]},
        OZ,
    )
    assert [r["updated"] for r in data["result"]] == [False, True]  # another warehouse is another pair
    assert emulator.store.ozon_stocks[("demo", "A", 1)] == 5
    await sleep_until(start + 30.0)
    _, data, _ = await call(http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("A", 9)]}, OZ)
    assert data["result"][0]["updated"] is True
    assert emulator.store.ozon_stocks == {("demo", "A", 1): 9, ("demo", "A", 2): 8}
    counters = emulator.stats()["endpoints"]["ozon"]["v2/products/stocks"]
    assert counters["item_errors"] == {"TOO_MANY_REQUESTS": 2}
    assert counters["items_accepted"] == 3
    assert limit_row(emulator, "v2/products/stocks", "demo", "item_key")["max_seen"] == 1


@pytest.mark.looptime
async def test_ozon_price_limit_of_10_per_product_per_scaled_hour(http: Any) -> None:
    async with Emulator(time_scale=3600.0) as emulator:
        start = asyncio.get_running_loop().time()
        results = []
        for n in range(12):
            body = {"prices": [{"offer_id": "A", "price": str(100 + n)}, {"offer_id": f"B{n}", "price": "5"}]}
            _, data, _ = await call(http, emulator, "POST", "/v1/product/import/prices", body, OZ)
            results.append(data["result"][0])
            assert data["result"][1]["updated"] is True
        assert [r["updated"] for r in results] == [True] * 10 + [False] * 2
        assert results[-1]["errors"][0]["code"] == "TOO_MANY_REQUESTS"
        assert emulator.store.ozon_prices[("demo", "A")]["price"] == "109"
        await sleep_until(start + 1.0)  # 1 h / 3600
        _, data, _ = await call(
            http,
            emulator,
            "POST",
            "/v1/product/import/prices",
            {"prices": [{"offer_id": "A", "price": "1"}]},
            OZ,
        )
        assert data["result"][0]["updated"] is True


async def test_unknown_offers_fail_per_item_with_a_catalog(http: Any) -> None:
    async with Emulator(catalog=["A"]) as emulator:
        body = {
            "stocks": [
                stock("A"),
                stock("B"),
                stock("A", 1_000_000, warehouse=2),
                stock("A", 999_999, warehouse=3),
            ]
        }
        _, data, _ = await call(http, emulator, "POST", "/v2/products/stocks", body, OZ)
        assert [r["updated"] for r in data["result"]] == [True, False, False, True]
        assert data["result"][1]["errors"][0]["code"] == "offer_id_not_found"
        assert data["result"][2]["errors"][0]["code"] == "STOCK_TOO_BIG"
        product_id = data["result"][0]["product_id"]
        _, data, _ = await call(
            http,
            emulator,
            "POST",
            "/v1/product/import/prices",
            {"prices": [{"offer_id": "B", "price": "1"}, {"product_id": product_id, "price": "2"}]},
            OZ,
        )
        assert data["result"][0]["errors"][0]["code"] == "NOT_FOUND_ERROR"
        assert data["result"][1] == {"offer_id": "A", "product_id": product_id, "updated": True, "errors": []}
        _, data, _ = await call(
            http,
            emulator,
            "POST",
            "/v1/product/digital/stocks/import",
            {"stocks": [{"offer_id": "B", "stock": 1}]},
            OZ,
        )
        assert (
            data["status"][0]["updated"] is False
            and data["status"][0]["errors"][0]["code"] == "NOT_FOUND_ERROR"
        )
        assert set(emulator.store.ozon_stocks) == {("demo", "A", 1), ("demo", "A", 3)}


# -- faults --------------------------------------------------------------------------------------


async def test_dropped_connection_leaves_the_change_applied(emulator: Emulator, http: Any) -> None:
    emulator.set_faults(drop_rate=1.0)
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await call(http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("A", 3)]}, OZ)
    emulator.add_yandex_order(7, 42, [1])
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await call(
            http,
            emulator,
            "POST",
            "/v2/campaigns/7/orders/42/deliverDigitalGoods",
            {"items": [digital_item()]},
            YA,
        )
    assert emulator.store.ozon_stocks == {("demo", "A", 1): 3}
    assert emulator.store.yandex_codes == {(7, 42, 1): ["KEY-1", "KEY-2"]}
    counters = emulator.stats()["endpoints"]
    assert counters["ozon"]["v2/products/stocks"]["accepted"] == 1
    assert counters["ozon"]["v2/products/stocks"]["dropped"] == 1
    assert counters["yandex"]["provideOrderDigitalCodes"]["dropped"] == 1


async def test_injected_5xx_applies_nothing_and_spends_no_limit(emulator: Emulator, http: Any) -> None:
    async with http.post(
        emulator.base_url + "/__emulator__/faults", json={"error_rate": 1.0, "error_status": 503}
    ) as resp:
        assert resp.status == 200 and (await resp.json())["error_rate"] == 1.0
    status, data, _ = await call(http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("A")]}, OZ)
    assert status == 503 and data["code"] == 13
    status, data, headers = await call(
        http, emulator, "PUT", "/v2/campaigns/7/offers/stocks", {"skus": [sku("A")]}, YA
    )
    assert status == 503 and data["errors"][0]["code"] == "INTERNAL_ERROR"
    assert headers["X-RateLimit-Resource-Remaining"] == "100000"
    assert emulator.store.ozon_stocks == {} and emulator.store.yandex_stocks == {}
    assert emulator.stats()["endpoints"]["ozon"]["v2/products/stocks"]["rejected"] == {"fault": 1}
    emulator.set_faults(error_rate=0.0)
    status, _, _ = await call(http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("A")]}, OZ)
    assert status == 200


async def test_faults_are_reproducible_from_the_seed(http: Any) -> None:
    runs = []
    for _ in range(2):
        async with Emulator(faults=Faults(error_rate=0.5), seed=11) as emu:
            statuses = [
                (await call(http, emu, "POST", "/v3/product/list", {"limit": 1}, OZ))[0] for _ in range(20)
            ]
        runs.append(statuses)
    assert runs[0] == runs[1]
    assert set(runs[0]) == {200, 500}


@pytest.mark.looptime
async def test_slow_response_times_out_after_applying(http: Any) -> None:
    async with Emulator(
        faults=Faults(slow_rate=1.0, slow_seconds=5.0, endpoints=frozenset({"v2/products/stocks"}))
    ) as emulator:
        loop = asyncio.get_running_loop()
        start = loop.time()
        status, _, _ = await call(http, emulator, "POST", "/v3/product/list", {"limit": 1}, OZ)
        assert status == 200 and loop.time() - start < 1.0  # faults limited to one endpoint
        with pytest.raises(asyncio.TimeoutError):
            async with asyncio.timeout(1.0):
                await call(http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("A", 4)]}, OZ)
        assert emulator.store.ozon_stocks == {("demo", "A", 1): 4}


@pytest.mark.looptime
async def test_latency_with_jitter_and_the_arrival_log(http: Any) -> None:
    async with Emulator(faults=Faults(latency=0.2, jitter=0.1), record_arrivals=True) as emulator:
        loop = asyncio.get_running_loop()
        for _ in range(5):
            start = loop.time()
            await call(
                http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("A"), stock("B")]}, OZ
            )
            assert 0.2 <= loop.time() - start <= 0.3 + 1e-6
        log = emulator.arrivals()["ozon"]["v2/products/stocks"]
        assert [(weight, status) for _, weight, status in log] == [(2, 200)] * 5
        times = [t for t, _, _ in log]
        assert times == sorted(times) and times[-1] - times[0] >= 0.8


# -- digital goods -------------------------------------------------------------------------------


@pytest.mark.looptime
async def test_ozon_postings_list_and_code_upload(emulator: Emulator, http: Any) -> None:
    seed = {
        "ozon_postings": [
            {"posting_number": f"100-{n}", "products": [{"sku": 11, "offer_id": "G", "required_qty": 2}]}
            for n in range(5)
        ]
    }
    async with http.post(emulator.base_url + "/__emulator__/postings", json=seed) as resp:
        assert resp.status == 200
    pages = []
    for offset in range(0, 6, 2):
        _, data, _ = await call(
            http, emulator, "POST", "/v1/posting/digital/list", {"limit": 2, "offset": offset}, OZ
        )
        pages.append([p["posting_number"] for p in data["result"]])
    assert pages == [["100-0", "100-1"], ["100-2", "100-3"], ["100-4"]]
    numbers, cursor, has_next = [], "", True
    while has_next:
        _, data, _ = await call(
            http, emulator, "POST", "/v2/posting/digital/list", {"limit": 2, "cursor": cursor}, OZ
        )
        numbers += [p["posting_number"] for p in data["postings"]]
        cursor, has_next = data["cursor"], data["has_next"]
    assert numbers == [f"100-{n}" for n in range(5)]
    assert data["postings"][0]["products"][0]["required_qty_for_digital_code"] == 2

    def upload(posting: str, keys: list[str], missing: int = 0) -> dict[str, Any]:
        line = {
            "sku": 11,
            "exemplar_qty": len(keys),
            "not_available_exemplar_qty": missing,
            "exemplar_keys": keys,
        }
        return {"posting_number": posting, "exemplars_by_sku": [line]}

    status, data, _ = await call(
        http, emulator, "POST", "/v1/posting/digital/codes/upload", upload("100-0", ["a"]), OZ
    )
    assert status == 400 and "required_qty_for_digital_code (2)" in data["message"]
    status, data, _ = await call(
        http, emulator, "POST", "/v1/posting/digital/codes/upload", upload("100-0", ["a", "b"]), OZ
    )
    assert data == {
        "exemplars_by_sku": [{"sku": 11, "received_qty": 2, "rejected_qty": 0, "failed_exemplars": []}]
    }
    status, data, _ = await call(
        http, emulator, "POST", "/v1/posting/digital/codes/upload", upload("100-0", ["c", "d"]), OZ
    )
    assert data["exemplars_by_sku"][0]["received_qty"] == 0  # all codes of an item go in one request
    status, data, _ = await call(
        http, emulator, "POST", "/v1/posting/digital/codes/upload", upload("100-1", ["e"], 1), OZ
    )
    assert data["exemplars_by_sku"][0] == {
        "sku": 11,
        "received_qty": 1,
        "rejected_qty": 1,
        "failed_exemplars": [],
    }
    status, data, _ = await call(
        http, emulator, "POST", "/v1/posting/digital/codes/upload", upload("999", ["a", "b"]), OZ
    )
    assert status == 404 and data["code"] == 5
    await asyncio.sleep(24 * 3600 + 0.001)
    status, data, _ = await call(
        http, emulator, "POST", "/v1/posting/digital/codes/upload", upload("100-2", ["x", "y"]), OZ
    )
    assert status == 400 and data["code"] == 9 and "24 hours" in data["message"]
    codes = {
        (c["posting_number"], c["sku"]): (c["codes"], c["deliveries"])
        for c in emulator.state()["ozon"]["posting_codes"]
    }
    assert codes == {("100-0", 11): (["a", "b"], 2), ("100-1", 11): (["e"], 1)}


@pytest.mark.looptime
async def test_yandex_keys_are_refused_30_scaled_minutes_after_processing(http: Any) -> None:
    async with Emulator(time_scale=60.0) as emulator:
        emulator.add_yandex_order(7, 1, [1])
        emulator.add_yandex_order(7, 2, [1])
        emulator.add_yandex_order(7, 3, [1], status="DELIVERED")
        path = "/v2/campaigns/7/orders/{}/deliverDigitalGoods"
        status, _, _ = await call(http, emulator, "POST", path.format(1), {"items": [digital_item()]}, YA)
        assert status == 200
        status, data, _ = await call(http, emulator, "POST", path.format(3), {"items": [digital_item()]}, YA)
        assert status == 400 and data["errors"][0]["code"] == "STATUS_NOT_ALLOWED"
        await asyncio.sleep(30.001)  # 30 min / 60
        status, data, _ = await call(http, emulator, "POST", path.format(2), {"items": [digital_item()]}, YA)
        assert status == 400 and "30 minutes" in data["errors"][0]["message"]
        assert list(emulator.store.yandex_codes) == [(7, 1, 1)]


@pytest.mark.looptime
async def test_legacy_digital_codes_task_goes_pending_then_imported(emulator: Emulator, http: Any) -> None:
    _, data, _ = await call(http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("G")]}, OZ)
    product_id = data["result"][0]["product_id"]
    _, data, _ = await call(
        http,
        emulator,
        "POST",
        "/v1/product/upload_digital_codes",
        {"digital_codes": ["a", "b"], "product_id": product_id},
        OZ,
    )
    task = {"task_id": data["result"]["task_id"]}
    _, data, _ = await call(http, emulator, "POST", "/v1/product/upload_digital_codes/info", task, OZ)
    assert data == {"result": {"status": "pending"}}
    await asyncio.sleep(5.0)
    _, data, _ = await call(http, emulator, "POST", "/v1/product/upload_digital_codes/info", task, OZ)
    assert data == {"result": {"status": "imported"}}
    assert emulator.store.ozon_legacy_codes == {("demo", product_id): ["a", "b"]}


# -- paging --------------------------------------------------------------------------------------


async def test_paged_lists_walk_the_whole_catalog(http: Any) -> None:
    async with Emulator(catalog=[f"p{i}" for i in range(5)]) as emulator:
        await call(
            http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("p1", 3), stock("p1", 4, 2)]}, OZ
        )
        offers, last_id = [], ""
        while True:
            _, data, _ = await call(
                http, emulator, "POST", "/v3/product/list", {"limit": 2, "last_id": last_id}, OZ
            )
            if not data["result"]["items"]:
                break
            offers += [i["offer_id"] for i in data["result"]["items"]]
            last_id = data["result"]["last_id"]
            assert data["result"]["total"] == 5
        assert offers == [f"p{i}" for i in range(5)]

        stocks, cursor = {}, ""
        while True:
            body = {"limit": 3, "cursor": cursor, "filter": {}}
            _, data, _ = await call(http, emulator, "POST", "/v4/product/info/stocks", body, OZ)
            if not data["items"]:
                break
            stocks.update({i["offer_id"]: i["stocks"][0]["present"] for i in data["items"]})
            cursor = data["cursor"]
        assert stocks == {"p0": 0, "p1": 7, "p2": 0, "p3": 0, "p4": 0}

        mapped, token, pages = [], None, 0
        while True:
            query = "?limit=2" + (f"&page_token={token}" if token else "")
            _, data, _ = await call(
                http, emulator, "POST", f"/v2/businesses/5/offer-mappings{query}", None, YA
            )
            mapped += [m["offer"]["offerId"] for m in data["result"]["offerMappings"]]
            pages += 1
            token = data["result"]["paging"].get("nextPageToken")
            if token is None:
                break
        assert mapped == [f"p{i}" for i in range(5)] and pages == 3
        _, data, _ = await call(http, emulator, "POST", "/v2/businesses/5/offer-mappings?limit=500", None, YA)
        assert len(data["result"]["offerMappings"]) == 5  # limit above 100 is truncated, not refused


# -- state, control and lifecycle ----------------------------------------------------------------


async def test_state_and_stats_over_http_and_reset(emulator: Emulator, http: Any) -> None:
    await call(http, emulator, "POST", "/v2/products/stocks", {"stocks": [stock("A", 2)]}, OZ)
    await call(http, emulator, "PUT", "/v2/campaigns/7/offers/stocks", {"skus": [sku("S", 9)]}, YA)
    await call(
        http,
        emulator,
        "POST",
        "/v2/campaigns/7/offer-prices/updates",
        {"offers": [{"offerId": "S", "price": {"value": 99.5, "currencyId": "RUR", "vat": 6}}]},
        YA,
    )
    async with http.get(emulator.base_url + "/__emulator__/state") as resp:
        state = await resp.json()
    assert state == emulator.state()
    assert state["ozon"]["stocks"] == [{"client_id": "demo", "offer_id": "A", "warehouse_id": 1, "stock": 2}]
    assert state["yandex"]["stocks"] == [{"campaign_id": 7, "sku": "S", "count": 9}]
    assert state["yandex"]["prices"][0]["price"]["value"] == 99.5
    async with http.get(emulator.base_url + "/__emulator__/stats") as resp:
        stats = await resp.json()
    assert stats["totals"] == {"accepted": 3, "rejected": 0}
    assert stats["endpoints"]["yandex"]["updatePrices"]["items_accepted"] == 1
    async with http.post(emulator.base_url + "/__emulator__/reset") as resp:
        assert resp.status == 200
    assert emulator.store.ozon_stocks == {} and emulator.stats()["totals"] == {"accepted": 0, "rejected": 0}


async def test_emulator_context_manager_and_serve_forever(http: Any) -> None:
    async with Emulator() as emu:
        assert emu.base_url.startswith("http://127.0.0.1:") and emu.port > 0
        with pytest.raises(RuntimeError):
            await emu.start()
    ready: asyncio.Future[Emulator] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(serve_forever(port=0, on_ready=ready.set_result, time_scale=10.0))
    emu = await ready
    assert emu.time_scale == 10.0
    status, _, _ = await call(http, emu, "POST", "/v2/products/stocks", {"stocks": [stock("A")]}, OZ)
    assert status == 200
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    with pytest.raises(aiohttp.ClientConnectionError):
        await call(http, emu, "POST", "/v2/products/stocks", {"stocks": [stock("A")]}, OZ)


def test_configuration_errors_are_loud() -> None:
    with pytest.raises(ValueError, match="keyed 'ozon' and 'yandex'"):
        Emulator(limits={"wb": {}})
    with pytest.raises(ValueError, match="time_scale"):
        Emulator(time_scale=0)
    with pytest.raises(ValueError, match="needs its 'path'"):
        Emulator(limits={"yandex": {"noSuchOperation": {"max_items": 1}}})
    with pytest.raises(ValueError, match="drop_rate"):
        Faults(drop_rate=2.0)
    with pytest.raises(ValueError, match="unknown fault settings"):
        Faults().replace({"explode": True})


def test_pytest_plugin_fixture_takes_its_settings_from_the_marker(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # only pytest-asyncio is needed inside
    pytester.makeconftest('pytest_plugins = ["marketplace_async.testing.pytest_plugin"]')
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.emulator(time_scale=30.0, ozon_accounts={"c1": "k1"})
        async def test_configured(emulator):
            assert emulator.time_scale == 30.0 and emulator.base_url.startswith("http://127.0.0.1:")

        async def test_default(emulator):
            assert emulator.time_scale == 1.0
        """
    )
    result = pytester.runpytest(
        "-p",
        "pytest_asyncio.plugin",
        "-o",
        "asyncio_mode=auto",
        "-o",
        "asyncio_default_fixture_loop_scope=function",
        "-W",
        "error::pytest.PytestUnknownMarkWarning",
    )
    result.assert_outcomes(passed=2)
