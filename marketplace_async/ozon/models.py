"""Every request and response model of the Ozon Seller API, and the item types of the bulk methods.

The request and response models are generated from the official spec (``marketplace_async/_codegen``):
requests are keyword-only and leave unset fields out of the body; responses ignore unknown fields and
take enum values newer than the spec. ``StockItem``, ``PriceItem``, ``DigitalStockItem`` and
``ExemplarsBySku`` are the items of ``update_stocks``, ``update_prices``, ``import_digital_stocks`` and
``upload_posting_codes``.
"""

from .._generated.ozon.models import *  # noqa: F403
from .._ozon.models import DigitalStockItem as DigitalStockItem
from .._ozon.models import ExemplarsBySku as ExemplarsBySku
from .._ozon.models import PriceItem as PriceItem
from .._ozon.models import StockItem as StockItem
