"""Where the project's shared documents are: ``../shared`` beside the repository (as in CI).

The spec and seed tests need them; a missing folder is an error, never a reason to skip.
``MARKETPLACE_SHARED`` points elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(os.environ.get("MARKETPLACE_SHARED", Path(__file__).resolve().parents[2] / "shared")).resolve()
SEEDS_DIR = SHARED / "seeds"
OZON_SWAGGER = SHARED / "specs" / "ozon-seller-api" / "swagger.json"
YANDEX_OPENAPI_DIR = SHARED / "specs" / "yandex-market-partner-api" / "openapi"

for _required in (SEEDS_DIR, OZON_SWAGGER, YANDEX_OPENAPI_DIR / "openapi.yaml"):
    if not _required.exists():
        raise FileNotFoundError(f"{_required} is missing: the tests need ../shared beside the repository")
