"""Even pacing (``pacing="even"``) on a virtual clock (looptime): a bucket of N per W admits one
request's worth every W / N, so whatever the server counts in (fixed windows, sliding windows, a
token bucket whose burst holds one request) nothing is refused, at >= 98% of the limit sustained.
The default shape ("burst") is exact against windows, but a small-burst token bucket refuses it."""

from __future__ import annotations

import asyncio
import itertools
import random
from collections.abc import Sequence

import pytest
from test_scheduler import max_in_any_window

from marketplace_async import OzonClient, Rate, Scheduler, Unit
from marketplace_async._scheduler import Lane, bucket_for


def paced_lane(scheduler: Scheduler, rate: Rate, *, paced: bool = True) -> Lane:
    return scheduler.lane("a:e", [bucket_for(rate, "a:e:0", 1.0, scheduler.jitter_margin, paced=paced)])


async def saturate(
    lane: Lane, weights: Sequence[int], horizon: float, senders: int = 4
) -> list[tuple[float, int]]:
    """Several senders ask for more than the limit until ``horizon``; returns (time, weight) granted."""
    loop = asyncio.get_running_loop()
    grants: list[tuple[float, int]] = []
    todo = iter(weights)

    async def sender() -> None:
        for weight in todo:
            permit = await lane.acquire(weight)
            if loop.time() >= horizon:
                permit.release()
                return
            grants.append((loop.time(), weight))
            permit.release()

    await asyncio.gather(*(sender() for _ in range(senders)))
    return grants


def token_bucket_refusals(grants: Sequence[tuple[float, int]], amount: int, window: float, burst: int) -> int:
    """Requests a token bucket of ``burst`` units, refilled at amount / window, would refuse."""
    tokens, last, refused = float(burst), 0.0, 0
    for t, weight in sorted(grants):
        tokens = min(float(burst), tokens + (t - last) * amount / window)
        last = t
        if tokens + 1e-9 >= weight:
            tokens -= weight
        else:
            refused += 1
    return refused


def max_in_fixed_windows(grants: Sequence[tuple[float, int]], window: float) -> int:
    totals: dict[int, int] = {}
    for t, weight in grants:
        totals[int(t // window)] = totals.get(int(t // window), 0) + weight
    return max(totals.values())


@pytest.mark.looptime
@pytest.mark.parametrize(("amount", "window", "margin"), [(80, 60.0, 0.1), (50, 1.0, 0.0), (10, 3600.0, 0.1)])
async def test_even_pacing_bounds_every_window_shape_at_the_full_rate(
    amount: int, window: float, margin: float
) -> None:
    windows = 10
    lane = paced_lane(Scheduler(jitter_margin=margin), Rate(amount, window))
    grants = await saturate(lane, [1] * (amount * windows * 2), windows * window)
    assert max_in_any_window(grants, window) <= amount  # sliding windows, so fixed ones too
    assert max_in_fixed_windows(grants, window) <= amount
    assert token_bucket_refusals(grants, amount, window, burst=1) == 0
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(grants)]
    assert min(gaps) >= (window + margin) / amount - 1e-9  # evenly, never two at once
    assert len(grants) / (amount * windows) >= 0.98


@pytest.mark.looptime
async def test_weighted_requests_are_spaced_by_their_weight() -> None:
    """Item-counted bucket (Yandex stocks: 100,000 items a minute, up to 500 a request): after a
    request of w items the next waits w * W / N, so a token bucket whose burst holds the largest
    request never refuses, and every window stays bounded (the sliding log still applies)."""
    amount, window, windows = 100_000, 60.0, 10
    rnd = random.Random(7)
    weights = [rnd.randint(1, 500) for _ in range(8000)]
    lane = paced_lane(Scheduler(jitter_margin=0.1), Rate(amount, window, Unit.ITEMS))
    grants = await saturate(lane, weights, windows * window)
    assert max_in_any_window(grants, window) <= amount
    assert token_bucket_refusals(grants, amount, window, burst=500) == 0
    assert sum(w for _, w in grants) / (amount * windows) >= 0.98


@pytest.mark.looptime
async def test_the_default_shape_bursts_where_a_small_token_bucket_refuses() -> None:
    amount, window = 80, 60.0
    lane = paced_lane(Scheduler(jitter_margin=0.1), Rate(amount, window), paced=False)
    grants = await saturate(lane, [1] * (amount * 4), 3 * window)
    assert max_in_any_window(grants, window) <= amount  # exact against windows ...
    assert token_bucket_refusals(grants, amount, window, burst=1) > amount // 2  # ... not token buckets


def test_pacing_is_chosen_per_client_or_per_endpoint() -> None:
    kwargs = {"client_id": "1", "api_key": "k"}
    stocks = "v2/products/stocks"
    assert OzonClient(**kwargs).limits.pacing == "burst"
    assert OzonClient(**kwargs, pacing="even").limits.pacing == "even"
    assert OzonClient(**kwargs, limits={stocks: {"pacing": "even"}}).limits.endpoint(stocks).pacing == "even"
    with pytest.raises(ValueError, match="pacing must be one of"):
        OzonClient(**kwargs, pacing="smooth")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="pacing must be one of"):
        OzonClient(**kwargs, limits={stocks: {"pacing": "smooth"}})


@pytest.mark.looptime
async def test_pacing_state_is_pruned_once_its_time_has_passed() -> None:
    scheduler = Scheduler(jitter_margin=0.0)
    lane = paced_lane(scheduler, Rate(10, 10.0))
    (await lane.acquire()).release()
    assert await_spacing(scheduler) == pytest.approx(1.0)
    scheduler.prune()
    assert scheduler._paced_at  # the next request must still wait
    await asyncio.sleep(1.0)
    scheduler.prune()
    assert not scheduler._paced_at


def await_spacing(scheduler: Scheduler) -> float:
    return max(scheduler._paced_at.values()) - asyncio.get_running_loop().time()
