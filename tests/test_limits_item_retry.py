"""Ozon's per-item product limit: a 429 with ``Item-Retry-After`` raises at once, in seconds.

Five product methods answer 429 with ``Item-Retry-After`` (minutes until the per-item limit
resets) and ``Item-Rate-Limit-Remaining``. Retrying within the same minute would only be refused
again, so the client raises a RateLimitError carrying both, after one request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web
from recording_server import Recorder, serve

from marketplace_async import OzonClient, RateLimitError
from marketplace_async._ozon.dialect import ItemRateLimitError

ITEM_LIMITED_PATHS = [
    "v3/product/import",
    "v1/product/import-by-sku",
    "v1/product/attributes/update",
    "v1/product/pictures/import",
    "v1/product/update/offer-id",
]

_BODY = {"code": 8, "message": "Item operations limit exceeded"}


class Script(Recorder):
    """Answers each request with the next scripted response (the last one repeats)."""

    def __init__(self, *answers: Callable[[], web.Response]) -> None:
        super().__init__(lambda _: answers[min(len(self.seen), len(answers)) - 1]())

    @property
    def paths(self) -> list[str]:
        return [path for _, path, _ in self.seen]


def item_429(minutes: str, remaining: str) -> Callable[[], web.Response]:
    headers = {"Item-Retry-After": minutes, "Item-Rate-Limit-Remaining": remaining}
    return lambda: web.json_response(_BODY, status=429, headers=headers)


def _client(base_url: str) -> OzonClient:
    return OzonClient(client_id="item-limit-client", api_key="item-limit-key", base_url=base_url)


@pytest.mark.parametrize("path", ITEM_LIMITED_PATHS)
async def test_an_item_limit_429_raises_at_once_with_seconds_and_the_remaining_count(path: str) -> None:
    script = Script(item_429("3", "0"), lambda: web.json_response({"result": {"task_id": 1}}))
    async with serve(script) as base_url, _client(base_url) as ozon:
        with pytest.raises(RateLimitError) as caught:
            await ozon.call(path, {"items": []} if path != "v1/product/pictures/import" else {})
    assert isinstance(caught.value, ItemRateLimitError)
    assert caught.value.retry_after == 180.0
    assert caught.value.remaining == 0
    assert caught.value.status == 429 and "Item operations limit exceeded" in str(caught.value)
    assert script.paths == ["/" + path]  # one request: not retried within the same minute


async def test_the_daily_reset_in_minutes_and_a_remaining_count_are_read_as_sent() -> None:
    script = Script(item_429("412", "7"))
    async with serve(script) as base_url, _client(base_url) as ozon:
        with pytest.raises(ItemRateLimitError) as caught:
            await ozon.call("v1/product/import-by-sku", {"items": []})
    assert (caught.value.retry_after, caught.value.remaining) == (412 * 60.0, 7)


async def test_unreadable_item_headers_still_raise_without_a_retry() -> None:
    script = Script(item_429("soon", "many"))
    async with serve(script) as base_url, _client(base_url) as ozon:
        with pytest.raises(ItemRateLimitError) as caught:
            await ozon.call("v1/product/import-by-sku", {"items": []})
    assert (caught.value.retry_after, caught.value.remaining) == (None, None)
    assert len(script.seen) == 1


async def test_the_account_429_without_item_headers_is_still_retried() -> None:
    limited: Any = lambda: web.json_response(  # noqa: E731
        {"code": 8, "message": "You have reached request rate limit per second"},
        status=429,
        headers={"Retry-After": "0.01"},
    )
    script = Script(limited, lambda: web.json_response({"result": {"task_id": 1}}))
    async with serve(script) as base_url, _client(base_url) as ozon:
        answer = await ozon.call("v1/product/import-by-sku", {"items": []})
    assert answer == {"result": {"task_id": 1}}
    assert len(script.seen) == 2
