"""The official API specifications this package is generated from and tested against.

- ``ozon/openapi-2026-06.json``: the Ozon Seller API reference as published at
  https://docs.ozon.ru/api/seller/swagger.json in June 2026 (OpenAPI 3.0.0, version 2.1, 460
  operations). Copy taken from the public repository MissiaL/ozon-api
  (``references/ozon-seller-openapi.json``, commit 27dac6d), which adds only Russian ``tags`` and an
  ``x-ozon-section`` field to each operation. Ozon publishes it without a licence statement.
- ``yandex/openapi/``: the Yandex.Market Partner API OpenAPI tree from
  https://github.com/yandex-market/yandex-market-partner-api (``openapi/``, commit 1318e9b,
  2026-07-17; 160 operations), under the BSD-3-Clause licence in ``yandex/LICENSE``.
"""

from __future__ import annotations

from pathlib import Path

SPECS_DIR = Path(__file__).resolve().parent
OZON_OPENAPI = SPECS_DIR / "ozon" / "openapi-2026-06.json"
YANDEX_OPENAPI_DIR = SPECS_DIR / "yandex" / "openapi"
YANDEX_OPENAPI = YANDEX_OPENAPI_DIR / "openapi.yaml"
