"""What the bulk methods write is what the read operations return: push, then read back, with the SDK."""

from __future__ import annotations

import pytest

from marketplace_async import OzonClient, YandexMarketClient
from marketplace_async._generated.ozon.models import (
    Productv5Filter,
    Productv5GetProductInfoPricesV5Request,
    V4GetProductInfoStocksRequest,
    V4GetProductInfoStocksRequestFilter,
)
from marketplace_async._generated.yandex.models import (
    GetDefaultPricesRequest,
    GetPricesByOfferIdsRequest,
    GetWarehouseStocksRequest,
)
from marketplace_async.testing import Emulator

CAMPAIGN, BUSINESS = 21, 1000
pytestmark = pytest.mark.emulator(time_scale=1000)


def ozon(emu: Emulator) -> OzonClient:
    return OzonClient(client_id="demo", api_key="demo-key", base_url=emu.base_url, time_scale=1000)


def yandex(emu: Emulator) -> YandexMarketClient:
    return YandexMarketClient(api_key="demo-token", base_url=emu.base_url, time_scale=1000)


async def test_ozon_stocks_pushed_are_the_stocks_read(emulator: Emulator) -> None:
    async with ozon(emulator) as client:
        pushed = await client.update_stocks(
            [
                {"offer_id": "A", "stock": 5, "warehouse_id": 1},
                {"offer_id": "A", "stock": 2, "warehouse_id": 2},
                {"offer_id": "B", "stock": 0, "warehouse_id": 1},
            ]
        )
        assert pushed.succeeded == 3
        request = V4GetProductInfoStocksRequest(
            filter=V4GetProductInfoStocksRequestFilter(offer_id=["A", "B"]), limit=100
        )
        answer = await client.product_get_product_info_stocks(request)
    read = {item.offer_id: (item.stocks[0].present, item.stocks[0].warehouse_ids) for item in answer.items}
    assert read == {"A": (7, [1, 2]), "B": (0, [1])}


async def test_ozon_prices_pushed_are_the_prices_read(emulator: Emulator) -> None:
    async with ozon(emulator) as client:
        pushed = await client.update_prices(
            [
                {
                    "offer_id": "A",
                    "price": "199.90",
                    "old_price": "250",
                    "currency_code": "RUB",
                    "vat": "0.2",
                },
                {"offer_id": "B", "price": "10", "auto_action_enabled": "ENABLED"},
            ]
        )
        assert pushed.succeeded == 2
        request = Productv5GetProductInfoPricesV5Request(
            filter=Productv5Filter(offer_id=["A", "B"]), limit=10
        )
        answer = await client.product_get_product_info_prices(request)
    read = {item.offer_id: item.price for item in answer.items}
    assert (read["A"].price, read["A"].old_price, read["A"].vat, read["A"].currency_code) == (
        199.9,
        250.0,
        0.2,
        "RUB",
    )
    assert (read["B"].price, read["B"].old_price, read["B"].auto_action_enabled) == (10.0, 0.0, True)
    assert answer.total == 2


async def test_yandex_stocks_pushed_are_the_stocks_read(emulator: Emulator) -> None:
    async with yandex(emulator) as client:
        pushed = await client.update_stocks(CAMPAIGN, [{"sku": "A", "count": 5}, {"sku": "B", "count": 0}])
        assert pushed.succeeded == 2
        everything = await client.get_stocks(CAMPAIGN)
        only_b = await client.get_stocks(CAMPAIGN, GetWarehouseStocksRequest(offer_ids=["B"]))
        other = await client.get_stocks(CAMPAIGN + 1)
    [warehouse] = everything.result.warehouses
    assert {o.offer_id: [(s.type, s.count) for s in o.stocks] for o in warehouse.offers} == {
        "A": [("FIT", 5)],
        "B": [("FIT", 0)],
    }
    assert [o.offer_id for o in only_b.result.warehouses[0].offers] == ["B"]
    assert other.result.warehouses == []


async def test_yandex_prices_pushed_are_the_prices_read(emulator: Emulator) -> None:
    async with yandex(emulator) as client:
        await client.update_prices(
            CAMPAIGN,
            [
                {"offer_id": "A", "price": {"value": 199.9, "currency_id": "RUR", "discount_base": 250}},
                {"offer_id": "B", "price": {"value": 10, "currency_id": "RUR"}},
            ],
        )
        await client.update_business_prices(
            BUSINESS, [{"offer_id": "A", "price": {"value": 180, "currency_id": "RUR"}}]
        )
        campaign = await client.get_prices_by_offer_ids(CAMPAIGN, GetPricesByOfferIdsRequest(offer_ids=["A"]))
        with pytest.warns(DeprecationWarning, match="getPrices"):  # off on 2027-04-05, still served
            listed = await client.get_prices(CAMPAIGN, limit=1)
            following = await client.get_prices(CAMPAIGN, page_token=listed.result.paging.next_page_token)
        business = await client.get_default_prices(BUSINESS, GetDefaultPricesRequest())
    [a] = campaign.result.offers
    assert (a.offer_id, a.price.value, a.price.discount_base, a.price.currency_id) == ("A", 199.9, 250, "RUR")
    assert [(o.id, o.price.value) for o in listed.result.offers + following.result.offers] == [
        ("A", 199.9),
        ("B", 10),
    ]
    assert listed.result.total == 2 and following.result.paging.next_page_token is None
    assert [(o.offer_id, o.price.value) for o in business.result.offers] == [("A", 180)]
