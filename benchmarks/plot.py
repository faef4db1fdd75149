"""The send-rate plot of section 1: one panel per method, the server's windowed count vs the limit."""

from __future__ import annotations

import math
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # the backend is chosen before pyplot loads

from .utilization import Outcome, windows_rate


def send_rate_png(outcomes: Sequence[Outcome], path: str) -> None:
    """Per method: units the server counted in its trailing window, over time, and the limit.

    The x axis is real seconds since the first arrival; the y axis is units per documented
    window, so the limit line is the documented figure itself.
    """
    cols = 2
    rows = math.ceil(len(outcomes) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(12, 3.2 * rows), squeeze=False)
    for ax, o in zip(axes.flat, outcomes, strict=False):
        m = o.method
        span = m.window / o.time_scale
        points = list(windows_rate(o.arrivals, span))
        ax.plot(
            [t for t, _ in points], [c for _, c in points], lw=1.2, label="counted in the trailing window"
        )
        ax.axhline(m.amount, color="red", ls="--", lw=1, label=f"limit {m.amount:,}")
        ax.axhline(
            m.amount * o.ratio, color="green", ls=":", lw=1, label=f"achieved {o.ratio:.3f} of the limit"
        )
        unit = "items" if m.unit.value == "items" else "requests"
        ax.set_title(f"{m.name}: {m.binding.split(' (')[0]}", fontsize=9)
        ax.set_xlabel(f"real seconds (window {span:g} s, time_scale {o.time_scale:g})", fontsize=8)
        ax.set_ylabel(f"{unit} per window", fontsize=8)
        ax.set_ylim(0, m.amount * 1.15)
        ax.tick_params(labelsize=7)
        ax.legend(fontsize=7, loc="lower right")
    for ax in list(axes.flat)[len(outcomes) :]:
        ax.axis("off")
    fig.suptitle("Send rate at the server vs the documented limit (sliding window, ±20 ms arrival jitter)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
