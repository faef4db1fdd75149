"""Code uploads are not idempotent: after the request may have been applied, anything but a
well-formed success is ``outcome_unknown`` (never an ordinary failure that invites a resend).

Against a scripted local aiohttp server: each path answers from its own list, the last answer
repeating, and every arrival is recorded.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from marketplace_async import FailureReason, OzonClient, RetryPolicy, YandexMarketClient

FAST = RetryPolicy(max_attempts=2, backoff_initial=0.001, backoff_max=0.002)
HTML = (200, b"<html><body>502 Bad Gateway</body></html>", "text/html")
CODES = "/v1/posting/digital/codes/upload"
LEGACY = "/v1/product/upload_digital_codes"
DELIVER = "/v2/campaigns/7/orders/99/deliverDigitalGoods"

Answer = tuple[int, bytes, str]


def json_answer(body: str, status: int = 200) -> Answer:
    return status, body.encode(), "application/json"


class Scripted:
    """A local server answering each path from its list in ``answers``; ``seen`` lists the paths."""

    def __init__(self) -> None:
        self.answers: dict[str, list[Answer]] = {}
        self.seen: list[str] = []
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self.server = TestServer(app)

    async def handle(self, request: web.Request) -> web.Response:
        self.seen.append(request.path)
        await request.read()
        answers = self.answers.get(request.path) or [json_answer("{}")]
        status, body, content_type = answers.pop(0) if len(answers) > 1 else answers[0]
        return web.Response(status=status, body=body, content_type=content_type)

    @property
    def url(self) -> str:
        return str(self.server.make_url("")).rstrip("/")

    @contextlib.asynccontextmanager
    async def running(self: S) -> AsyncIterator[S]:
        await self.server.start_server()
        try:
            yield self
        finally:
            await self.server.close()


S = TypeVar("S", bound=Scripted)


@pytest.fixture
async def server() -> AsyncIterator[Scripted]:
    async with Scripted().running() as srv:
        yield srv


@pytest.fixture
async def ozon(server: Scripted) -> AsyncIterator[OzonClient]:
    async with OzonClient(client_id="4711", api_key="k", base_url=server.url, retry=FAST) as client:
        yield client


def entries() -> list[dict[str, Any]]:
    return [
        {"sku": 1, "exemplar_qty": 2, "not_available_exemplar_qty": 0, "exemplar_keys": ["A1", "A2"]},
        {"sku": 2, "exemplar_qty": 1, "not_available_exemplar_qty": 0, "exemplar_keys": ["B1"]},
    ]


@pytest.mark.parametrize(
    "answer",
    [
        HTML,
        json_answer('{"exemplars_by_sku": [{"sku": 1, "received_qty"'),  # cut off
        json_answer('{"exemplars_by_sku": "done"}'),  # wrong type
        json_answer("[]"),
    ],
    ids=["html", "truncated", "wrong-type", "not-an-object"],
)
async def test_posting_codes_answered_200_with_a_bad_body_are_outcome_unknown(
    ozon: OzonClient, server: Scripted, answer: Answer
) -> None:
    server.answers[CODES] = [answer]
    result = await ozon.upload_posting_codes("1-1-1", entries())
    assert result.failures_by_reason() == {FailureReason.OUTCOME_UNKNOWN: 2}
    assert all("may have been applied" in f.message for f in result.failed)
    assert server.seen == [CODES]  # never resent


async def test_posting_codes_refused_by_the_api_stay_an_ordinary_failure(
    ozon: OzonClient, server: Scripted
) -> None:
    server.answers[CODES] = [json_answer('{"code": 3, "message": "posting not found"}', 400)]
    result = await ozon.upload_posting_codes("1-1-1", entries())
    assert result.failures_by_reason() == {FailureReason.BATCH: 2}


@pytest.mark.parametrize(
    "poll",
    [json_answer('{"message": "oops"}', 500), HTML, json_answer('{"code": 7, "message": "denied"}', 403)],
    ids=["5xx", "html", "forbidden"],
)
async def test_legacy_codes_accepted_but_whose_status_poll_fails_are_outcome_unknown(
    ozon: OzonClient, server: Scripted, poll: Answer
) -> None:
    server.answers[LEGACY] = [json_answer('{"result": {"task_id": 77}}')]
    server.answers[LEGACY + "/info"] = [poll]
    with pytest.warns(DeprecationWarning):
        result = await ozon.upload_digital_codes(123, ["C1", "C2", "C3"], poll_interval=0.001)
    assert result.received == 3
    assert result.failures_by_reason() == {FailureReason.OUTCOME_UNKNOWN: 3}
    assert server.seen.count(LEGACY) == 1


async def test_legacy_upload_answered_200_without_a_task_is_outcome_unknown(
    ozon: OzonClient, server: Scripted
) -> None:
    server.answers[LEGACY] = [HTML]
    with pytest.warns(DeprecationWarning):
        result = await ozon.upload_digital_codes(123, ["C1", "C2"])
    assert result.failures_by_reason() == {FailureReason.OUTCOME_UNKNOWN: 2}
    assert server.seen == [LEGACY]


@pytest.fixture
async def yandex(server: Scripted) -> AsyncIterator[YandexMarketClient]:
    async with YandexMarketClient(api_key="t", base_url=server.url, retry=FAST) as client:
        yield client


KEYS = [{"id": 1, "codes": ["K1"], "slip": "Activate", "activate_till": "2027-01-31"}]


@pytest.mark.parametrize(
    "answer", [HTML, json_answer(""), json_answer('{"result": 1}')], ids=["html", "empty", "no-status"]
)
async def test_yandex_keys_answered_200_without_the_api_status_are_outcome_unknown(
    yandex: YandexMarketClient, server: Scripted, answer: Answer
) -> None:
    server.answers[DELIVER] = [answer]
    result = await yandex.deliver_digital_goods(7, 99, KEYS)
    assert result.succeeded == 0
    assert result.failures_by_reason() == {FailureReason.OUTCOME_UNKNOWN: 1}
    assert server.seen == [DELIVER]


async def test_yandex_keys_answered_ok_or_error_are_judged_as_the_api_says(
    yandex: YandexMarketClient, server: Scripted
) -> None:
    server.answers[DELIVER] = [json_answer('{"status": "OK"}')]
    assert (await yandex.deliver_digital_goods(7, 99, KEYS)).succeeded == 1
    error = '{"status": "ERROR", "errors": [{"code": "BAD_REQUEST", "message": "order not found"}]}'
    server.answers[DELIVER] = [json_answer(error)]
    result = await yandex.deliver_digital_goods(7, 99, KEYS)
    assert result.failures_by_reason() == {FailureReason.API: 1}
