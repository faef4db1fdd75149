"""The resettable part of the emulator: state, limit windows, counters, added postings and orders."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from .._limits import LimitsTable
from ._admission import Admission, ItemRate
from ._state import (
    Catalog,
    EndpointCounters,
    LegacyTask,
    OzonPosting,
    PostingProduct,
    Store,
    YandexOrder,
)

OZON_CODES_WINDOW = 24 * 3600.0  # UploadPostingCodes: codes within 24 h of receiving the order
YANDEX_CODES_WINDOW = 30 * 60.0  # provideOrderDigitalCodes: keys within 30 min of PROCESSING
LEGACY_IMPORT_SECONDS = 5.0  # emulator's choice: how long a legacy code upload task stays pending


class World:
    """Everything :meth:`Emulator.reset` throws away; the configuration lives in the emulator."""

    def __init__(
        self,
        tables: Mapping[str, LimitsTable],
        time_scale: float,
        catalog: Iterable[str] | None,
        started: float,
        token_burst: float | None = None,
    ) -> None:
        self.time_scale = time_scale
        self.started = started
        self.store = Store()
        self.catalog = Catalog(catalog)
        self.admission = {name: Admission(table, time_scale, token_burst) for name, table in tables.items()}
        self.counters: dict[tuple[str, str], EndpointCounters] = {}
        self.arrivals: dict[tuple[str, str], list[tuple[float, int, int]]] = {}
        self.postings: dict[tuple[str, str], OzonPosting] = {}
        self.orders: dict[tuple[int, int], YandexOrder] = {}
        self.tasks: dict[int, LegacyTask] = {}
        # Indexes over the store, so list methods page without scanning every stock.
        self.ozon_warehouses: dict[tuple[str, str], set[int]] = {}
        self._yandex_offers: set[str] = set()
        self._yandex_sorted: list[str] | None = None
        self._seq = itertools.count(1)

    def scaled(self, seconds: float) -> float:
        return seconds / self.time_scale

    def next_id(self) -> int:
        return next(self._seq)

    def note_yandex_offers(self, offers: Iterable[str]) -> None:
        """Remember offer ids a Yandex write named (what getOfferMappings lists without a catalog)."""
        before = len(self._yandex_offers)
        self._yandex_offers.update(offers)
        if len(self._yandex_offers) != before:
            self._yandex_sorted = None

    def yandex_offers(self) -> list[str]:
        """Offer ids getOfferMappings lists, sorted: the catalog if set, else every offer named so far."""
        if self.catalog.closed:
            return self.catalog.sorted_offers()
        if self._yandex_sorted is None:
            self._yandex_sorted = sorted(self._yandex_offers)
        return self._yandex_sorted

    def counters_for(self, marketplace: str, key: str) -> EndpointCounters:
        found = self.counters.get((marketplace, key))
        if found is None:
            found = self.counters[(marketplace, key)] = EndpointCounters()
        return found

    def item_error(self, marketplace: str, key: str, code: str) -> None:
        self.counters_for(marketplace, key).item_errors[code] += 1

    @staticmethod
    def take(rates: list[ItemRate], key: object, now: float) -> bool:
        """Count one update of ``key`` in every item rate, or in none if any is full."""
        if not all(rate.fits(key, now) for rate in rates):
            return False
        for rate in rates:
            rate.take(key, now)
        return True

    def add_ozon_posting(
        self,
        client_id: str,
        posting_number: str,
        products: Iterable[Mapping[str, Any]],
        status: str,
        now: float,
        wall: datetime,
    ) -> OzonPosting:
        seq = self.next_id()
        parsed = []
        for p in products:
            offer_id = str(p["offer_id"])
            resolved = self.catalog.resolve(offer_id, None)
            if p.get("sku") is not None:
                sku = int(p["sku"])
            elif resolved is not None:
                sku = Catalog.sku_of(resolved[1])
            else:
                raise ValueError(f"offer {offer_id!r} is not in the catalog; give the posting product a sku")
            qty = int(p.get("required_qty", p.get("required_qty_for_digital_code", 1)))
            if qty < 1:
                raise ValueError(f"required_qty of {offer_id!r} must be >= 1, got {qty}")
            parsed.append(
                PostingProduct(sku, offer_id, qty, str(p.get("name", offer_id)), str(p.get("price", "0")))
            )
        if not parsed:
            raise ValueError("a posting needs at least one product")
        if len({p.sku for p in parsed}) != len(parsed):
            raise ValueError(f"posting {posting_number!r} lists a sku twice")
        window = self.scaled(OZON_CODES_WINDOW)
        posting = OzonPosting(
            seq=seq,
            client_id=client_id,
            posting_number=posting_number,
            order_id=seq,
            order_number=posting_number.rsplit("-", 1)[0],
            products=tuple(parsed),
            status=status,
            created_at=wall,
            deadline=now + window,
            deadline_at=wall + timedelta(seconds=window),
        )
        self.postings[(client_id, posting_number)] = posting
        return posting

    def add_yandex_order(
        self, campaign_id: int, order_id: int, item_ids: Iterable[int], status: str, now: float
    ) -> YandexOrder:
        ids = frozenset(int(i) for i in item_ids)
        if not ids:
            raise ValueError("an order needs at least one item id")
        order = YandexOrder(campaign_id, order_id, ids, status, now + self.scaled(YANDEX_CODES_WINDOW))
        self.orders[(campaign_id, order_id)] = order
        return order
