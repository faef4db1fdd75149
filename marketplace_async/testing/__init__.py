"""An emulator of the Ozon Seller API and the Yandex.Market Partner API, for tests, demos and benchmarks.

It is a real ``aiohttp.web`` server on 127.0.0.1 that serves both APIs on one port, so both
clients point their ``base_url`` at :attr:`Emulator.base_url`::

    async with Emulator(time_scale=60) as emu:
        ...  # clients at emu.base_url; read emu.store, emu.stats()

or the pytest fixture ``emulator`` (``pytest_plugins = ["marketplace_async.testing.pytest_plugin"]``,
settings through ``@pytest.mark.emulator(time_scale=60, ...)``), or :func:`serve_forever` for
``marketplace-async sandbox --port 8080``.

Demo account: Ozon ``Client-Id: demo`` / ``Api-Key: demo-key``; Yandex ``Api-Key: demo-token``
(or ``Authorization: Bearer demo-token``) for any campaign and business.

What is emulated
----------------
- Every operation of both specs: the Ozon Seller API (June 2026 reference, 460 operations) and
  the Yandex.Market Partner API (160 operations, plus updateStocksOnPartnerWarehouses, newer than
  the vendored tree). Each goes through the same auth, faults and limits. A request is checked
  against the operation's path, query and body schemas (a 400 names the first field that breaks
  one, in the error shape the operation documents); the answer is the spec's own example when it
  conforms to the response schema, otherwise a body built from that schema (every field, enums
  from their values, bounds respected), the same for the same ``seed``. File operations answer a
  small real document of the declared type (PDF, PNG, JPEG, Excel).
- Modelled with state. Ozon: ``/v2/products/stocks``, ``/v1/product/import/prices``,
  ``/v1/product/digital/stocks/import``, ``/v1/posting/digital/codes/upload``,
  ``/v1/posting/digital/list`` (offset), ``/v2/posting/digital/list`` (cursor),
  the removed ``/v1/product/upload_digital_codes`` and ``/info`` (a task, pending then imported),
  ``/v3/product/list`` (last_id); the reads ``/v4/product/info/stocks`` and
  ``/v5/product/info/prices`` (cursor) return what the writes set. Yandex: updateStocks,
  updateStocksOnPartnerWarehouses (v3), provideOrderDigitalCodes (deliverDigitalGoods),
  updatePrices, updateBusinessPrices, getCampaign and getOfferMappings; the reads getStocks,
  getPrices, getPricesByOfferIds and getDefaultPrices (page_token paging) return what the
  writes set.
- Answers a test steers: :meth:`Emulator.respond` (``emu.respond("v3/posting/fbs/list",
  json=...)``, an error in the marketplace's shape, or bytes), also ``POST /__emulator__/responses``.
- Auth with the real 401/403 bodies (Ozon rpcStatus; Yandex ``{status: ERROR, errors}``).
- Validation of the modelled methods as documented: batch sizes of the servers (Yandex ``skus``
  up to 2000 although the SDK sends 500), field types, unique keys, code counts and lengths, slip
  length, dates, ``updatedAt`` within a day and not in the future, Yandex bodies up to 512 KB.
- Limits from the SDK's own tables (``OZON_LIMITS``, ``YANDEX_LIMITS``, with ``limits=``
  overrides), per Ozon Client-Id and per Yandex campaign/business, in exact sliding windows
  counted at arrival, weighted by items where the limit counts items; the Ozon 50 rps account
  rate, parallel caps, the Yandex 4-in-flight cap. Over a limit: Ozon 429 with ``Retry-After``,
  Yandex 420 with the documented messages. Yandex answers every response with
  ``X-RateLimit-Resource-Limit/Remaining/Until``. An operation missing from a table gets only
  the account-wide limits.
- Per-item results: unknown offers (with ``catalog=``), ``TOO_MANY_REQUESTS`` for an Ozon
  (offer, warehouse) pair updated again within 30 s, 10 price updates per product per hour,
  ``STOCK_TOO_BIG``, ``price_negative``, ``discount_too_big``. Failed items keep their old state.
- Digital goods: Ozon postings (24 h to upload) and Yandex orders (30 min in PROCESSING) that a
  test adds (:meth:`Emulator.add_ozon_posting`, :meth:`Emulator.add_yandex_order`).
- Faults (:class:`Faults`, drawn from ``random.Random(seed)``): 5xx before applying, latency
  with jitter, connections dropped after applying, slow responses; settable at runtime.
- ``time_scale`` divides every documented window and deadline; time is ``loop.time()``.
- State and counters in-process (:attr:`Emulator.store`, :meth:`Emulator.state`,
  :meth:`Emulator.stats`, :meth:`Emulator.arrivals`) and over HTTP: ``GET /__emulator__/state``,
  ``/stats``, ``/arrivals``, ``GET|POST /faults``, ``POST /reset``, ``POST /postings`` (postings
  and orders), ``GET|POST|DELETE /responses``.
- A path in neither spec answers 501 "not emulated by marketplace_async.testing", naming it.

What is not
-----------
- State for the operations outside the list above: they answer per spec, never from what other
  calls did (create a product, then list products: the list is the spec's). ``emu.respond``
  scripts what a test needs. Statuses such as ``price_sent``, warehouses (any warehouse id
  exists), Yandex warehouse groups and ``onlyDefaultPrice`` (423).
- Tariff tiers: Yandex limits are the tables' (``none`` tier), never ``medium``.
- The delay with which the real Yandex applies stocks ("up to a few minutes"): changes are
  visible at once. Ozon's blocking of accounts that send erroneous requests, "Circle is open".
- Undocumented behaviour is the emulator's choice and is marked so where it is coded: a repeat
  Ozon code upload for an item is refused per item, a repeat Yandex delivery is accepted and
  counted (``deliveries``), rejected requests (420/429) do not count against windows, Ozon
  ``Retry-After`` is fractional when the wait is under a second, Yandex getStocks lists the
  campaign's stocks under one warehouse whose id is the campaign's.
- Catalog and product ids are shared by all accounts; Ozon SKUs are derived from product ids.
"""

from ._faults import Faults
from ._server import Emulator, serve_forever
from ._state import DEMO_BUSINESS_ID, DEMO_OZON_API_KEY, DEMO_OZON_CLIENT_ID, DEMO_YANDEX_TOKEN, Store
from ._yandex import YandexAccount

__all__ = [
    "DEMO_BUSINESS_ID",
    "DEMO_OZON_API_KEY",
    "DEMO_OZON_CLIENT_ID",
    "DEMO_YANDEX_TOKEN",
    "Emulator",
    "Faults",
    "Store",
    "YandexAccount",
    "serve_forever",
]
