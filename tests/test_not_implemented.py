"""A 501 (the server does not implement the operation) is final: it is not resent."""

from __future__ import annotations

import warnings

import pytest
from aiohttp import web
from recording_server import Recorder, serve

from marketplace_async import OzonClient, ServerError, YandexMarketClient


def _not_implemented(_: web.Request) -> web.Response:
    return web.json_response({"code": 12, "message": "not implemented"}, status=501)


async def test_ozon_501_is_raised_after_one_request() -> None:
    recorder = Recorder(_not_implemented)
    async with serve(recorder) as base_url, OzonClient(client_id=1, api_key="k", base_url=base_url) as ozon:
        with pytest.raises(ServerError) as caught:
            await ozon.call("v2/warehouse/list", {})
    assert caught.value.status == 501
    assert len(recorder.seen) == 1


async def test_yandex_501_is_raised_after_one_request() -> None:
    recorder = Recorder(_not_implemented)
    async with serve(recorder) as base_url, YandexMarketClient(api_key="k", base_url=base_url) as ym:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            with pytest.raises(ServerError) as caught:
                await ym.get_campaigns()
    assert caught.value.status == 501
    assert len(recorder.seen) == 1
