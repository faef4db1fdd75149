"""Moved: ``python -m marketplace_async._codegen`` now writes ``_yandex/_spec_operations.py`` with the
rest of the generated surface. This shim keeps ``render()`` and ``TARGET`` for the tests."""

from __future__ import annotations

import sys

from marketplace_async._codegen.__main__ import main
from marketplace_async._codegen.generate import PACKAGE, ruff_format
from marketplace_async._codegen.yandex_limits import spec_operations_module

TARGET = PACKAGE / "_yandex" / "_spec_operations.py"


def render() -> str:
    """The module text, as the generator writes it."""
    return ruff_format(TARGET, spec_operations_module())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
