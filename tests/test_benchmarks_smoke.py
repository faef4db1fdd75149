"""The benchmarks' own arithmetic: the achieved-rate estimator and the report's plumbing.

The benchmarks themselves run in CI as ``python -m benchmarks --quick``; these tests pin the parts
whose mistakes would not crash but would print wrong figures.
"""

from __future__ import annotations

import pytest

from benchmarks._common import Section, overrides_from_json, overrides_to_json
from benchmarks.utilization import achieved_ratio, windows_rate
from marketplace_async import Rate, Scope, Unit


def bursts(
    amount: int, period: float, windows: int, spread: float, weight: int = 1
) -> list[tuple[float, int]]:
    """A saturated sliding-window sender: each window's burst repeats the first one's shape."""
    per_window = amount // weight
    return [(w * period + spread * i / per_window, weight) for w in range(windows) for i in range(per_window)]


@pytest.mark.parametrize(("weight", "spread"), [(1, 0.0), (1, 0.4), (500, 0.2)])
def test_achieved_ratio_of_a_periodic_sender_is_window_over_period(weight: int, spread: float) -> None:
    amount, span, period = 1000, 5.0, 5.1
    arrivals = bursts(amount, period, windows=4, spread=spread, weight=weight)
    assert achieved_ratio(arrivals, amount, span) == pytest.approx(span / period)


def test_achieved_ratio_needs_a_second_window() -> None:
    with pytest.raises(ValueError, match="second window"):
        achieved_ratio(bursts(10, 1.0, windows=1, spread=0.1), 10, 1.0)


def test_windows_rate_counts_the_trailing_window_and_never_more() -> None:
    arrivals = bursts(10, 1.1, windows=3, spread=0.05)
    counts = [c for _, c in windows_rate(arrivals, 1.0, points=2000)]
    assert max(counts) == 10
    assert counts[-1] == 0  # the plot ends one window after the last arrival


def test_limit_overrides_survive_the_trip_to_the_emulator_process() -> None:
    overrides = {
        "v2/products/stocks": {
            "rates": [Rate(2, 60.0), Rate(1, 30.0, Unit.ITEMS, Scope.ITEM_KEY)],
            "max_items": 10,
        }
    }
    assert overrides_from_json(overrides_to_json(overrides)) == overrides


def test_a_missed_target_is_marked_in_the_table() -> None:
    section = Section("t", columns=("what", "value", "note"))
    section.row(["a", "1", ""], ok=True)
    section.row(["b", "0", "why"], ok=False)
    text = section.markdown()
    assert "| a | 1 | PASS |  |" in text and "| b | 0 | **MISS** | why |" in text
    assert section.statuses == ["PASS", "MISS"]
