"""Every request and response model of the Yandex.Market Partner API, and the item types of the bulk methods.

The request and response models are generated from the official spec (``marketplace_async/_codegen``):
requests are keyword-only and leave unset fields out of the body; responses ignore unknown fields and
take enum values newer than the spec. ``SkuStock`` (``update_stocks``), ``SkuWarehouseStock``
(``update_stocks_v3``), ``CampaignOfferPrice`` (``update_prices``), ``BusinessOfferPrice``
(``update_business_prices``) and ``DigitalItem`` (``deliver_digital_goods``) are the bulk methods' items.
"""

from .._generated.yandex.models import *  # noqa: F403
from .._yandex.models import BusinessOfferPrice as BusinessOfferPrice
from .._yandex.models import BusinessPrice as BusinessPrice
from .._yandex.models import CampaignOfferPrice as CampaignOfferPrice
from .._yandex.models import CampaignPrice as CampaignPrice
from .._yandex.models import DigitalItem as DigitalItem
from .._yandex.models import LegacySkuStock as LegacySkuStock
from .._yandex.models import SkuStock as SkuStock
from .._yandex.models import SkuWarehouseStock as SkuWarehouseStock
from .._yandex.models import StockItem as StockItem
