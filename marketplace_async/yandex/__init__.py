"""The Yandex.Market Partner API: :class:`YandexMarketClient` and its models (``marketplace_async.yandex.models``).

Every operation of the official spec is a method of the client, named after its operationId
(``getCampaigns`` → ``get_campaigns``); ``marketplace-async operations -m yandex`` lists them. The
models module is imported on first use, not with the package.
"""

from .._yandex.client import YandexMarketClient

__all__ = ["YandexMarketClient"]
