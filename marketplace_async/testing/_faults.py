"""Fault injection settings of the emulator."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Faults:
    """What goes wrong, and how often. Every draw comes from the emulator's ``random.Random(seed)``.

    - ``error_rate``: share of requests answered ``error_status`` (5xx) *before* anything is applied;
      they consume no limit (Yandex documents that 5xx responses do not).
    - ``latency`` + ``uniform(0, jitter)`` seconds: added to every admitted request while it holds
      its parallel slot, before the change is applied. Never scaled by ``time_scale``.
    - ``drop_rate``: share of requests whose connection is closed without a response *after* the
      change was applied, so the client cannot know the outcome.
    - ``slow_rate`` / ``slow_seconds``: share of responses held back ``slow_seconds`` after the
      change was applied (to trip client timeouts).
    - ``endpoints``: endpoint keys the faults apply to (Ozon paths without the leading slash, such as
      ``v2/products/stocks``; Yandex operationIds);
      ``None`` means every endpoint.
    """

    error_rate: float = 0.0
    error_status: int = 500
    latency: float = 0.0
    jitter: float = 0.0
    drop_rate: float = 0.0
    slow_rate: float = 0.0
    slow_seconds: float = 0.0
    endpoints: frozenset[str] | None = None

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate", "slow_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within 0..1, got {value!r}")
        for name in ("latency", "jitter", "slow_seconds"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0 s, got {getattr(self, name)!r}")
        if not 500 <= self.error_status <= 599:
            raise ValueError(f"error_status must be a 5xx status, got {self.error_status!r}")
        if self.endpoints is not None and not isinstance(self.endpoints, frozenset):
            object.__setattr__(self, "endpoints", frozenset(self.endpoints))

    def applies_to(self, key: str) -> bool:
        return self.endpoints is None or key in self.endpoints

    def replace(self, changes: Mapping[str, Any]) -> Faults:
        """A copy with ``changes`` (field name → value); unknown names raise ``ValueError``."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = set(changes) - names
        if unknown:
            raise ValueError(f"unknown fault settings {sorted(unknown)}; known: {sorted(names)}")
        values = dict(changes)
        if values.get("endpoints") is not None:
            values["endpoints"] = frozenset(values["endpoints"])
        return dataclasses.replace(self, **values)

    def as_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["endpoints"] = sorted(self.endpoints) if self.endpoints is not None else None
        return data
