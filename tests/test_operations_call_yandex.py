"""``YandexMarketClient.call`` by ``"VERB /path"``: the spec's template, a filled-in path, or a path
newer than the spec (global limits only, one warning per client), and ``limits=`` adding an
operation. Each call goes over HTTP to a local server that records it."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from recording_server import Recorder, serve

from marketplace_async import ValidationError, YandexMarketClient


@pytest.fixture
async def served() -> AsyncIterator[tuple[str, Recorder]]:
    rec = Recorder(lambda _: web.json_response({"status": "OK"}))
    async with serve(rec) as base_url:
        yield base_url, rec


def _client(base_url: str, **kw: Any) -> YandexMarketClient:
    return YandexMarketClient(api_key="call-token", base_url=base_url, **kw)


async def test_a_filled_in_path_reaches_its_operation_and_its_campaign_lane(
    served: tuple[str, Recorder],
) -> None:
    base_url, rec = served
    async with _client(base_url) as yandex:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert await yandex.call("GET /v2/campaigns/123") == {"status": "OK"}
            await yandex.call("GET /v2/campaigns/{campaignId}", path={"campaign_id": 77})
            await yandex.call("PUT v2/campaigns/55/offers/stocks", body={"skus": []})
        with pytest.raises(ValidationError) as refused:
            await yandex.call("GET /v2/campaigns/123", path={"campaignId": 9})
    assert refused.value.field == "path"
    assert [(m, p) for m, p, _ in rec.seen] == [
        ("GET", "/v2/campaigns/123"),
        ("GET", "/v2/campaigns/77"),
        ("PUT", "/v2/campaigns/55/offers/stocks"),
    ]
    assert yandex.limits.endpoint("updateStocks").path == "/v2/campaigns/{campaignId}/offers/stocks"


async def test_a_newer_path_goes_out_with_one_warning_per_client(served: tuple[str, Recorder]) -> None:
    base_url, rec = served
    async with _client(base_url) as yandex:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await yandex.call("POST /v3/businesses/7/brand-new", body={"a": 1})
            await yandex.call("post /v3/businesses/7/brand-new", body={"a": 2})
        newer = [w for w in caught if w.category is UserWarning]
        assert len(newer) == 1 and "POST /v3/businesses/7/brand-new" in str(newer[0].message)
        assert newer[0].filename == __file__
        ep = yandex.limits.endpoint("POST /v3/businesses/7/brand-new")
        assert (ep.method, ep.rates, ep.idempotent) == ("POST", (), False)
    assert [(m, p) for m, p, _ in rec.seen] == [("POST", "/v3/businesses/7/brand-new")] * 2
    async with _client(base_url) as other:
        with pytest.warns(UserWarning, match="brand-new"):
            await other.call("POST /v3/businesses/7/brand-new", body={})


async def test_what_is_no_api_path_is_refused_before_sending(served: tuple[str, Recorder]) -> None:
    base_url, rec = served
    async with _client(base_url) as yandex:
        for wrong in ("noSuchOperation", "FETCH /v2/campaigns", "GET campaigns/1"):
            with pytest.raises(ValidationError):
                await yandex.call(wrong)
    assert rec.seen == []


async def test_limits_add_an_operation_by_its_id(served: tuple[str, Recorder]) -> None:
    base_url, rec = served
    limits = {"getNewThing": {"method": "GET", "path": "/v2/campaigns/{campaignId}/new-thing", "parallel": 1}}
    async with _client(base_url, limits=limits) as yandex:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            await yandex.call("getNewThing", path={"campaignId": 5})
            await yandex.call("GET /v2/campaigns/6/new-thing")  # the added row, found by its path
    assert [(m, p) for m, p, _ in rec.seen] == [
        ("GET", "/v2/campaigns/5/new-thing"),
        ("GET", "/v2/campaigns/6/new-thing"),
    ]
