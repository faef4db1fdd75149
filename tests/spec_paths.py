"""Where the tests' reference data lives: the specs vendored in the package and ``tests/data``."""

from __future__ import annotations

from pathlib import Path

from marketplace_async._specs import OZON_OPENAPI, YANDEX_OPENAPI_DIR

DATA_DIR = Path(__file__).resolve().parent / "data"
OZON_DOCUMENTED_METHODS = DATA_DIR / "ozon_documented_methods.json"
YANDEX_LIMITS_TABLE = DATA_DIR / "yandex_limits_table.txt"

__all__ = ["DATA_DIR", "OZON_DOCUMENTED_METHODS", "OZON_OPENAPI", "YANDEX_LIMITS_TABLE", "YANDEX_OPENAPI_DIR"]
