"""What the emulated servers remember: final state, added postings and orders, the catalog, counters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

DEMO_OZON_CLIENT_ID = "demo"
DEMO_OZON_API_KEY = "demo-key"
DEMO_YANDEX_TOKEN = "demo-token"
DEMO_BUSINESS_ID = 1000  # the business getCampaign reports when a token is not tied to one

_FIRST_PRODUCT_ID = 100_000
_SKU_OFFSET = 2_000_000_000  # an Ozon SKU differs from the product_id; keep them visibly apart


@dataclass(slots=True)
class Store:
    """Final state, keyed by plain tuples. Items that failed never appear or keep their old value."""

    ozon_stocks: dict[tuple[str, str, int], int] = field(default_factory=dict)
    """(client_id, offer_id, warehouse_id) → stock"""
    ozon_prices: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    """(client_id, offer_id) → the price fields as sent"""
    ozon_digital_stocks: dict[tuple[str, str], int] = field(default_factory=dict)
    """(client_id, offer_id) → stock"""
    ozon_posting_codes: dict[tuple[str, str, int], list[str]] = field(default_factory=dict)
    """(client_id, posting_number, sku) → accepted codes"""
    ozon_legacy_codes: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    """(client_id, product_id) → codes of the removed /v1/product/upload_digital_codes"""
    yandex_stocks: dict[tuple[int, str], int] = field(default_factory=dict)
    """(campaign_id, sku) → count"""
    yandex_warehouse_stocks: dict[tuple[int, str, int], int] = field(default_factory=dict)
    """(business_id, sku, partner_warehouse_id) → count"""
    yandex_prices: dict[tuple[int, str], dict[str, Any]] = field(default_factory=dict)
    """(campaign_id, offer_id) → price object as sent"""
    yandex_business_prices: dict[tuple[int, str], dict[str, Any]] = field(default_factory=dict)
    """(business_id, offer_id) → price object as sent"""
    yandex_codes: dict[tuple[int, int, int], list[str]] = field(default_factory=dict)
    """(campaign_id, order_id, item_id) → codes"""
    code_deliveries: Counter[tuple[str, str, int] | tuple[int, int, int]] = field(default_factory=Counter)
    """How many requests delivered codes for each key of ozon_posting_codes / yandex_codes (1 = once)."""


class Catalog:
    """Known offers and the product ids the emulator issued for them.

    With ``offers=None`` every offer id is known and gets a product id on first sight. A
    ``product_id`` alone must be one the emulator issued: Ozon, not the seller, assigns them.
    Product ids are issued in sequence, so id order is registration order and paging by id is a slice.
    """

    def __init__(self, offers: Iterable[str] | None) -> None:
        self.closed = offers is not None
        self._product_of: dict[str, int] = {}
        self._offers: list[str] = []  # index i holds the offer of product id _FIRST_PRODUCT_ID + i
        self._sorted: list[str] | None = None
        for offer_id in offers or ():
            if offer_id not in self._product_of:
                self._register(offer_id)

    def _register(self, offer_id: str) -> int:
        product_id = _FIRST_PRODUCT_ID + len(self._offers)
        self._product_of[offer_id] = product_id
        self._offers.append(offer_id)
        self._sorted = None
        return product_id

    def offer_of(self, product_id: int) -> str | None:
        index = product_id - _FIRST_PRODUCT_ID
        return self._offers[index] if 0 <= index < len(self._offers) else None

    def resolve(self, offer_id: str | None, product_id: int | None) -> tuple[str, int] | None:
        """(offer_id, product_id) of a known product; the offer id wins when both are given."""
        if offer_id:
            known = self._product_of.get(offer_id)
            if known is not None:
                return offer_id, known
            return None if self.closed else (offer_id, self._register(offer_id))
        offer = self.offer_of(product_id) if product_id is not None else None
        return (offer, product_id) if offer is not None and product_id is not None else None

    def page(
        self, after: int | None, limit: int, offers: Iterable[str] = (), product_ids: Iterable[int] = ()
    ) -> tuple[list[tuple[int, str]], int]:
        """(product_id, offer_id) after product id ``after``, in id order, and the total matching."""
        wanted_offers, wanted_ids = set(offers), set(product_ids)
        if not wanted_offers and not wanted_ids:
            start = 0 if after is None else max(0, after - _FIRST_PRODUCT_ID + 1)
            chosen = self._offers[start : start + limit]
            return [(_FIRST_PRODUCT_ID + start + i, o) for i, o in enumerate(chosen)], len(self._offers)
        ids = {self._product_of[o] for o in wanted_offers if o in self._product_of} if wanted_offers else None
        if wanted_ids:
            valid = {i for i in wanted_ids if self.offer_of(i) is not None}
            ids = valid if ids is None else ids & valid
        matching = sorted(ids or ())
        rest = [i for i in matching if after is None or i > after][:limit]
        return [(i, self._offers[i - _FIRST_PRODUCT_ID]) for i in rest], len(matching)

    def sorted_offers(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._offers)
        return self._sorted

    @staticmethod
    def sku_of(product_id: int) -> int:
        return product_id + _SKU_OFFSET


@dataclass(frozen=True, slots=True)
class PostingProduct:
    sku: int
    offer_id: str
    required_qty: int
    name: str
    price: str


@dataclass(slots=True)
class OzonPosting:
    """A digital posting awaiting codes; codes are accepted until ``deadline`` (loop time)."""

    seq: int
    client_id: str
    posting_number: str
    order_id: int
    order_number: str
    products: tuple[PostingProduct, ...]
    status: str
    created_at: datetime
    deadline: float
    deadline_at: datetime

    def as_dict(self, *, money_prices: bool = False) -> dict[str, Any]:
        """v1 lists a price as a string with ``currency_code``; v2 as ``{amount, currency}``."""
        return {
            "posting_number": self.posting_number,
            "order_id": self.order_id,
            "order_number": self.order_number,
            "status": self.status,
            "created_at": iso(self.created_at),
            "in_process_at": iso(self.created_at),
            "waiting_deadline_for_digital_code": iso(self.deadline_at),
            "products": [
                {
                    "sku": p.sku,
                    "offer_id": p.offer_id,
                    "name": p.name,
                    **(
                        {"price": {"amount": p.price, "currency": "RUB"}, "quantity": p.required_qty}
                        if money_prices
                        else {"price": p.price, "currency_code": "RUB"}
                    ),
                    "required_qty_for_digital_code": p.required_qty,
                }
                for p in self.products
            ],
        }


@dataclass(slots=True)
class YandexOrder:
    """A Digital DBS order; keys are accepted while it is PROCESSING and before ``deadline``."""

    campaign_id: int
    order_id: int
    item_ids: frozenset[int]
    status: str
    deadline: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign_id": self.campaign_id,
            "order_id": self.order_id,
            "item_ids": sorted(self.item_ids),
            "status": self.status,
        }


@dataclass(slots=True)
class LegacyTask:
    client_id: str
    product_id: int
    ready_at: float


@dataclass(slots=True)
class EndpointCounters:
    accepted: int = 0
    items_accepted: int = 0
    dropped: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    item_errors: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "items_accepted": self.items_accepted,
            "dropped": self.dropped,
            "rejected": dict(self.rejected),
            "rejected_total": sum(self.rejected.values()),
            "item_errors": dict(self.item_errors),
        }


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, as both APIs write it."""
    return moment.isoformat().replace("+00:00", "Z")


def plain_state(
    store: Store, postings: Mapping[Any, OzonPosting], orders: Mapping[Any, YandexOrder]
) -> dict[str, Any]:
    """The store as JSON-ready lists of records (what ``GET /__emulator__/state`` answers)."""
    ozon = {
        "stocks": [
            {"client_id": c, "offer_id": o, "warehouse_id": w, "stock": s}
            for (c, o, w), s in store.ozon_stocks.items()
        ],
        "prices": [{"client_id": c, "offer_id": o, **p} for (c, o), p in store.ozon_prices.items()],
        "digital_stocks": [
            {"client_id": c, "offer_id": o, "stock": s} for (c, o), s in store.ozon_digital_stocks.items()
        ],
        "posting_codes": [
            {
                "client_id": c,
                "posting_number": p,
                "sku": sku,
                "codes": codes,
                "deliveries": store.code_deliveries[(c, p, sku)],
            }
            for (c, p, sku), codes in store.ozon_posting_codes.items()
        ],
        "legacy_codes": [
            {"client_id": c, "product_id": pid, "codes": codes}
            for (c, pid), codes in store.ozon_legacy_codes.items()
        ],
        "postings": [{"client_id": p.client_id, **p.as_dict()} for p in postings.values()],
    }
    yandex = {
        "stocks": [{"campaign_id": c, "sku": s, "count": n} for (c, s), n in store.yandex_stocks.items()],
        "warehouse_stocks": [
            {"business_id": b, "sku": s, "partner_warehouse_id": w, "count": n}
            for (b, s, w), n in store.yandex_warehouse_stocks.items()
        ],
        "prices": [
            {"campaign_id": c, "offer_id": o, "price": p} for (c, o), p in store.yandex_prices.items()
        ],
        "business_prices": [
            {"business_id": b, "offer_id": o, "price": p}
            for (b, o), p in store.yandex_business_prices.items()
        ],
        "digital_codes": [
            {
                "campaign_id": c,
                "order_id": o,
                "item_id": i,
                "codes": codes,
                "deliveries": store.code_deliveries[(c, o, i)],
            }
            for (c, o, i), codes in store.yandex_codes.items()
        ],
        "orders": [o.as_dict() for o in orders.values()],
    }
    return {"ozon": ozon, "yandex": yandex}
