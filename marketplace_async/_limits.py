"""Limits as data.

A :class:`Rate` says what it counts (requests or items), how many, per which window and per which
scope. An :class:`Endpoint` carries its rates, its per-request maxima and its parallel cap. Each
marketplace has one :class:`LimitsTable` (``_ozon/endpoints.py``, ``_yandex/operations.py``) where
every figure names its source. Clients take overrides of any of it and a ``time_scale`` that divides
every documented window (never network latency).
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Pacing = Literal["burst", "even"]
"""How a bucket spends its budget: ``"burst"`` as soon as the window allows (the default, exact
against fixed and sliding windows), ``"even"`` one request's worth every window / amount (any
counting, a token bucket of small burst included, admits it)."""
PACINGS = ("burst", "even")


class Unit(enum.StrEnum):
    """What a rate counts."""

    REQUESTS = "requests"
    ITEMS = "items"


class Scope(enum.StrEnum):
    """Whose budget a rate is.

    ACCOUNT: shared by every endpoint of one account (Ozon Client-Id, Yandex campaign/business).
    ENDPOINT: one endpoint of one account.
    ITEM_KEY: one item key of one account, such as an Ozon (offer, warehouse) pair.
    """

    ACCOUNT = "account"
    ENDPOINT = "endpoint"
    ITEM_KEY = "item_key"


@dataclass(frozen=True, slots=True)
class Rate:
    """``amount`` units per ``window`` documented seconds, within ``scope``."""

    amount: int
    window: float
    unit: Unit = Unit.REQUESTS
    scope: Scope = Scope.ENDPOINT
    source: str = ""

    def __post_init__(self) -> None:
        if self.amount < 1:
            raise ValueError(f"rate amount must be >= 1, got {self.amount}")
        if self.window <= 0:
            raise ValueError(f"rate window must be > 0 s, got {self.window}")

    def describe(self) -> str:
        unit = "req" if self.unit is Unit.REQUESTS else "items"
        return f"{self.amount} {unit}/{_human_window(self.window)} per {self.scope.value}"


def _human_window(seconds: float) -> str:
    for size, name in ((3600.0, "h"), (60.0, "min"), (1.0, "s")):
        if seconds >= size and seconds % size == 0:
            count = int(seconds // size)
            return name if count == 1 else f"{count}{name}"
    return f"{seconds:g}s"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One API method: how it is called and every documented limit that applies to it."""

    key: str
    method: str
    path: str
    rates: tuple[Rate, ...] = ()
    max_items: int | None = None
    max_codes_per_item: int | None = None
    max_body_bytes: int | None = None
    parallel: int | None = None
    idempotent: bool = True
    items_field: str | None = None
    cost_path: str | None = None
    source: str = ""
    deprecated: str | None = None
    replacement: str | None = None
    pacing: Pacing | None = None  # None: the client's (``pacing=``), "burst" unless set

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(_PATH_PARAM.findall(self.path))

    def rates_in(self, *scopes: Scope) -> tuple[Rate, ...]:
        return tuple(r for r in self.rates if r.scope in scopes)

    def deprecation(self, api: str) -> str:
        """The warning for a call of this deprecated endpoint: why, and what to use, each said once."""
        why = (self.deprecated or "").strip().rstrip(".")
        if why.lower().startswith("deprecated"):
            why = why[len("deprecated") :].lstrip(" ,;:")
        text = f"{api} {self.key} is deprecated" + (f": {why}" if why else "")
        if self.replacement:
            if self.replacement not in why:
                text += f"; use {self.replacement} instead"
        elif "no replacement" not in why:
            text += "; no replacement is documented"
        return text


_PATH_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class LimitsTable:
    """All limits of one marketplace: account-wide rates and caps, and the endpoint table."""

    marketplace: str
    account_rates: tuple[Rate, ...]
    account_parallel: int | None
    endpoints: Mapping[str, Endpoint]
    source: str = ""
    aliases: Mapping[str, str] = field(default_factory=dict)
    pacing: Pacing = "burst"  # for endpoints that set none

    def __iter__(self) -> Iterator[Endpoint]:
        return iter(self.endpoints.values())

    def __len__(self) -> int:
        return len(self.endpoints)

    def endpoint(self, key: str) -> Endpoint:
        key = self.aliases.get(key, key)
        try:
            return self.endpoints[key]
        except KeyError:
            raise KeyError(f"{self.marketplace}: no endpoint {key!r} in the limits table") from None

    def with_overrides(self, overrides: Mapping[str, Any] | None) -> LimitsTable:
        """Return a copy with ``overrides`` applied; the original is never changed.

        ``overrides`` maps an endpoint key to an :class:`Endpoint` (replaces it) or to a mapping of
        its field names to new values (``{"v2/products/stocks": {"max_items": 50}}``). The key
        ``"account"`` takes ``rates`` and ``parallel`` for the account-wide limits. A key the table
        does not have adds an endpoint: an :class:`Endpoint`, or a mapping of its fields, where
        ``method`` defaults to POST and, for a path-like key (``v9/new/method``), ``path`` to
        ``/`` + the key.
        """
        if not overrides:
            return self
        endpoints = dict(self.endpoints)
        account_rates, account_parallel = self.account_rates, self.account_parallel
        for key, change in overrides.items():
            if key == "account":
                unknown = set(change) - {"rates", "parallel"}
                if unknown:
                    raise ValueError(f"account overrides take 'rates' and 'parallel', not {sorted(unknown)}")
                account_rates = tuple(change.get("rates", account_rates))
                account_parallel = change.get("parallel", account_parallel)
                continue
            names = {f.name for f in dataclasses.fields(Endpoint)}
            unknown = set() if isinstance(change, Endpoint) else set(change) - names
            if unknown:
                raise ValueError(f"{key}: unknown limit fields {sorted(unknown)}; known: {sorted(names)}")
            values = {} if isinstance(change, Endpoint) else dict(change)
            if values.get("pacing") not in (None, *PACINGS):
                raise ValueError(f"{key}: pacing must be one of {PACINGS}, not {values['pacing']!r}")
            if "rates" in values:
                values["rates"] = tuple(values["rates"])
            try:
                current: Endpoint | None = self.endpoint(key)
            except KeyError:
                current = None
            if current is not None:
                endpoints[current.key] = (
                    change if isinstance(change, Endpoint) else dataclasses.replace(current, **values)
                )
                continue
            new_key = key.strip("/") if "/" in key else key
            if isinstance(change, Endpoint):
                endpoints[new_key] = dataclasses.replace(change, key=new_key)
                continue
            if "path" not in change and "/" not in key:
                raise ValueError(f"{key}: a new endpoint needs its 'path' (the table has no {key!r})")
            endpoints[new_key] = Endpoint(
                **{"method": "POST", "path": "/" + new_key, **values, "key": new_key}
            )
        return dataclasses.replace(
            self, endpoints=endpoints, account_rates=account_rates, account_parallel=account_parallel
        )

    def rows(self) -> Iterator[tuple[str, str, str]]:
        """(what, limit, source) rows, for ``marketplace-async limits``."""
        for rate in self.account_rates:
            yield "account", rate.describe(), rate.source
        if self.account_parallel:
            yield "account", f"{self.account_parallel} in parallel", self.source
        for ep in self.endpoints.values():
            what = f"{ep.method} {ep.path}"
            for rate in ep.rates:
                yield what, rate.describe(), rate.source or ep.source
            if ep.max_items:
                yield what, f"{ep.max_items} items/request", ep.source
            if ep.max_codes_per_item:
                yield what, f"{ep.max_codes_per_item} codes/item", ep.source
            if ep.parallel:
                yield what, f"{ep.parallel} in parallel", ep.source


def validate_time_scale(time_scale: float) -> float:
    if not time_scale > 0:
        raise ValueError(f"time_scale must be > 0, got {time_scale!r}")
    return float(time_scale)
