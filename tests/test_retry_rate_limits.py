"""Rate-limit answers are the server saying "wait": waited out by time, never by attempt count.

Every test runs on looptime's virtual clock with answers scripted through aioresponses, so the
documented seconds pass instantly and the times requests go out are exact.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from typing import Any

import pytest
from aioresponses import CallbackResult, aioresponses
from test_engine import PUT, make_engine

from marketplace_async import ClientPool, Endpoint, LimitsTable, Rate, RateLimitError, RetryPolicy
from marketplace_async._engine import Engine
from marketplace_async._ozon.dialect import OzonDialect
from marketplace_async._results import BulkResult
from marketplace_async._yandex.dialect import YandexDialect

URL = "http://mini.test/put"
RPS = {"code": 8, "message": "You have reached request rate limit per second"}
PATIENT = RetryPolicy(max_attempts=2, backoff_initial=0.2, backoff_max=2.0, rate_limit_windows=5)


def now() -> float:
    return asyncio.get_running_loop().time()


class Script:
    """Answers in order (the last one forever), noting when each request arrived."""

    def __init__(self, *answers: tuple[int, dict[str, str]]) -> None:
        self.answers = list(answers)
        self.times: list[float] = []

    def __call__(self, url: Any, **kwargs: Any) -> CallbackResult:
        self.times.append(now())
        status, headers = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return CallbackResult(status=status, headers=headers, payload=RPS if status == 429 else {})


def ozon_engine(pool: ClientPool, retry: RetryPolicy = PATIENT) -> Engine:
    engine = make_engine(pool, "http://mini.test", retry)
    engine.dialect = OzonDialect()
    return engine


@pytest.fixture
async def pool() -> Any:
    async with ClientPool(jitter_margin=0.0) as p:
        yield p


@pytest.mark.looptime
async def test_429s_are_waited_out_within_the_time_budget_not_counted_as_attempts(pool: ClientPool) -> None:
    # Six refusals, each asking for 0.5 s: 3 s in all, within 5 windows of the account's 1 s.
    script = Script(*[(429, {"Retry-After": "0.5"})] * 6, (200, {}))
    engine = ozon_engine(pool)
    counter = BulkResult("put")
    with aioresponses() as mocked:
        mocked.post(URL, callback=script, repeat=True)
        response = await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}", counter=counter)
    assert response.status == 200  # max_attempts=2 bounds other failures only
    assert (counter.requests, counter.retries) == (7, 6)
    assert [round(b - a, 6) for a, b in zip(script.times, script.times[1:], strict=False)] == [0.5] * 6


@pytest.mark.looptime
async def test_rate_limit_patience_ends_after_a_few_windows(pool: ClientPool) -> None:
    script = Script((429, {"Retry-After": "1"}))
    engine = ozon_engine(pool)
    start = now()
    with aioresponses() as mocked:
        mocked.post(URL, callback=script, repeat=True)
        with pytest.raises(RateLimitError) as info:
            await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}")
    assert info.value.retry_after == 1.0
    # The budget is 5 windows of 1 s from the first refusal: the answer at t=5 s is the last.
    assert now() - start == pytest.approx(5.0)
    assert len(script.times) == 6


@pytest.mark.looptime
@pytest.mark.parametrize(
    "stated",
    ["0", "-3", email.utils.formatdate(time.time() - 60, usegmt=True)],
    ids=["zero", "negative", "past-date"],
)
async def test_ozon_retry_after_not_in_the_future_gets_the_normal_backoff(
    pool: ClientPool, stated: str
) -> None:
    script = Script(*[(429, {"Retry-After": stated})] * 4, (200, {}))
    engine = ozon_engine(pool)
    with aioresponses() as mocked:
        mocked.post(URL, callback=script, repeat=True)
        await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"{}")
    gaps = [b - a for a, b in zip(script.times, script.times[1:], strict=False)]
    # After refusal n the lane pauses backoff(n) / 2 and the retry goes within [1/2, 1] of backoff(n).
    for n, gap in enumerate(gaps, start=1):
        assert PATIENT.backoff(n) / 2 <= gap <= PATIENT.backoff(n) + 1e-9


@pytest.mark.looptime
async def test_429s_without_retry_after_do_not_bring_the_retries_of_processes_in_lock_step() -> None:
    # Eight processes on one account (a pool each: nothing shared but the server) are refused at
    # the same moment. Within a process one request probes after a pause; across processes only
    # jitter keeps their probes from arriving together, into the same limit again.
    refused: set[bytes] = set()
    retries: list[float] = []

    async def answer(url: Any, **kwargs: Any) -> CallbackResult:
        await asyncio.sleep(0.05)  # every request is in flight when the refusals come
        body = kwargs["data"]
        if body not in refused:
            refused.add(body)
            return CallbackResult(status=429, payload=RPS)
        retries.append(now() - 0.05)
        return CallbackResult(status=200, payload={})

    async def process(n: int) -> None:
        async with ClientPool(jitter_margin=0.0) as own:
            engine = ozon_engine(own)
            await engine.send(PUT, engine.lane(PUT, "acct"), path="/put", body=b"%d" % n)

    start = now()
    with aioresponses() as mocked:
        mocked.post(URL, callback=answer, repeat=True)
        await asyncio.gather(*(process(n) for n in range(8)))
    offsets = sorted(t - start - 0.05 for t in retries)  # from the refusals
    assert len({round(t, 6) for t in offsets}) == 8
    # Each waits within [backoff/2, backoff] of its refusal.
    assert PATIENT.backoff(1) / 2 - 1e-6 <= offsets[0] and offsets[-1] <= PATIENT.backoff(1) + 1e-6


@pytest.mark.looptime
async def test_yandex_until_days_ahead_holds_a_lane_no_longer_than_max_retry_after(pool: ClientPool) -> None:
    epoch = 1_800_000_000.0
    endpoint = Endpoint("put", "POST", "/put", rates=(Rate(100, 3600.0),))
    table = LimitsTable("ym", (), None, {"put": endpoint})
    engine = Engine(
        pool=pool,
        table=table,
        dialect=YandexDialect(clock=lambda: epoch),
        base_url="http://mini.test",
        headers=dict,
        time_scale=1.0,
        retry=RetryPolicy(max_retry_after=60.0),
    )
    far = email.utils.formatdate(epoch + 5 * 86400, usegmt=True)  # five days ahead
    headers = {"X-RateLimit-Resource-Remaining": "0", "X-RateLimit-Resource-Until": far}
    script = Script((200, headers))
    lane = engine.lane(endpoint, "c1")
    with aioresponses() as mocked:
        mocked.post(URL, callback=script, repeat=True)
        await engine.send(endpoint, lane, path="/put", body=b"{}")  # the server says: none left
        start = now()
        await engine.send(endpoint, lane, path="/put", body=b"{}")
    assert now() - start == pytest.approx(60.0, abs=0.01)
