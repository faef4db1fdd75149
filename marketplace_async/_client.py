"""What the Ozon and Yandex clients share: pool ownership, lifecycle, limits, bulk running."""

from __future__ import annotations

import asyncio
import re
import warnings
from collections.abc import Mapping
from types import TracebackType
from typing import Any, TypeVar

import msgspec

from ._bulk import BulkPlan, Items, run_bulk
from ._constants import DEFAULT_RETRY, RetryPolicy
from ._engine import Dialect, Engine
from ._errors import ValidationError
from ._keyed import KeyedRate
from ._limits import Endpoint, LimitsTable, Scope, validate_time_scale
from ._pool import ClientPool
from ._results import BulkResult, OnBatch

S = TypeVar("S", bound=msgspec.Struct)

json_encode = msgspec.json.Encoder().encode
_FIELD_IN_MESSAGE = re.compile(r"at `\$\.?(.*)`$")
_MISSING_FIELD = re.compile(r"^Object missing required field `([^`]+)`")


def to_struct(raw: Any, index: int, model: type[S]) -> S:
    """A caller's item (dict or model) as ``model``, or :class:`ValidationError` naming the field."""
    # A plain dict (the common case) skips two isinstance checks against Struct classes, which cost
    # about half as much as converting a small item (benchmarks/results/profile.md).
    if type(raw) is not dict:
        if isinstance(raw, model):
            return raw
        if isinstance(raw, msgspec.Struct):
            raw = msgspec.structs.asdict(raw)
    try:
        return msgspec.convert(raw, model)
    except msgspec.ValidationError as exc:
        text = str(exc)
        match = _FIELD_IN_MESSAGE.search(text)
        field = match.group(1) if match else None
        missing = _MISSING_FIELD.match(text)
        if missing:  # msgspec names the missing field in the text, not in the path
            field = f"{field}.{missing.group(1)}" if field else missing.group(1)
        rule = text[: match.start()].rstrip(" -") if match else text
        raise ValidationError(rule, item_index=index, field=field or None, rule=rule, item=raw) from None


class BaseClient:
    """Lifecycle and limits common to both marketplaces' clients."""

    def __init__(
        self,
        *,
        table: LimitsTable,
        dialect: Dialect,
        base_url: str,
        limits: Mapping[str, Any] | None,
        time_scale: float,
        pool: ClientPool | None,
        retry: RetryPolicy | None,
    ) -> None:
        self.limits = table.with_overrides(limits)
        self.time_scale = validate_time_scale(time_scale)
        self._owns_pool = pool is None
        self.pool = pool if pool is not None else ClientPool()
        self._closed = False
        self._keyed: dict[str, KeyedRate] = {}
        self._engine = Engine(
            pool=self.pool,
            table=self.limits,
            dialect=dialect,
            base_url=base_url,
            headers=self._auth_headers,
            time_scale=self.time_scale,
            retry=retry or DEFAULT_RETRY,
        )

    def _auth_headers(self) -> Mapping[str, str]:
        raise NotImplementedError

    @property
    def closed(self) -> bool:
        return self._closed

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._owns_pool:
            await self.pool.aclose()

    async def __aenter__(self: Any) -> Any:
        if self._closed:
            raise RuntimeError(f"{type(self).__name__} is closed; create a new one")
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        if getattr(self, "_owns_pool", False) and not self._closed and not self.pool.transport.closed:
            warnings.warn(
                f"{type(self).__name__} was never closed; use 'async with' or await aclose()",
                ResourceWarning,
                stacklevel=2,
            )

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"{type(self).__name__} is closed")

    def keyed_rate(self, endpoint: Endpoint) -> KeyedRate | None:
        """The per-item-key limit of ``endpoint`` (e.g. Ozon's 30 s per pair), shared by calls."""
        rates = endpoint.rates_in(Scope.ITEM_KEY)
        if not rates:
            return None
        keyed = self._keyed.get(endpoint.key)
        if keyed is None:
            keyed = self._keyed[endpoint.key] = KeyedRate.from_rate(
                rates[0], self.time_scale, self.pool.scheduler.jitter_margin
            )
        return keyed

    @staticmethod
    def now() -> float:
        return asyncio.get_running_loop().time()

    async def _run_bulk(
        self, plan: BulkPlan[Any], items: Items, result: BulkResult, on_batch: OnBatch | None
    ) -> BulkResult:
        self._check_open()
        return await run_bulk(plan, items, result, on_batch)
