"""What the Ozon and Yandex clients share: pool ownership, lifecycle, limits, bulk running."""

from __future__ import annotations

import asyncio
import dataclasses
import warnings
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import msgspec

from ._bulk import BulkPlan, Items, run_bulk
from ._constants import DEFAULT_RETRY, RetryPolicy
from ._engine import Dialect, Engine
from ._keyed import KeyedRate
from ._limits import PACINGS, Endpoint, LimitsTable, Pacing, Scope, validate_time_scale
from ._pool import LIFTED_TIME_SCALE, ClientPool
from ._results import BulkResult, OnBatch

json_encode = msgspec.json.Encoder().encode


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
        pacing: Pacing = "burst",
    ) -> None:
        if pacing not in PACINGS:
            raise ValueError(f"pacing must be one of {PACINGS}, not {pacing!r}")
        self.limits = dataclasses.replace(table.with_overrides(limits), pacing=pacing)
        self.time_scale = validate_time_scale(time_scale)
        self._owns_pool = pool is None
        self.pool = pool if pool is not None else ClientPool()
        if self.pool.limits_lifted:  # a load test: no documented window binds (ClientPool docstring)
            self.time_scale = max(self.time_scale, LIFTED_TIME_SCALE)
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
