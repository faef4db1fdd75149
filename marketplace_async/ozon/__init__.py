"""The Ozon Seller API: :class:`OzonClient` and its models (``marketplace_async.ozon.models``).

Every operation of the official spec is a method of the client, named after its operationId
(``ProductAPI_GetProductList`` → ``product_get_product_list``); ``marketplace-async operations -m ozon``
lists them. The models module is imported on first use, not with the package.
"""

from .._ozon.client import OzonClient

__all__ = ["OzonClient"]
