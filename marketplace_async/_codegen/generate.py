"""Every generated file, as text: the one place that says what is generated, and where."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from . import render
from .index import Built, build
from .spec import load
from .yandex_limits import spec_operations_module

PACKAGE = Path(__file__).resolve().parents[1]
GENERATED = PACKAGE / "_generated"
MARKETPLACES = ("ozon", "yandex")

_PACKAGE_DOC = (
    '"""Code generated from the vendored specs by ``python -m marketplace_async._codegen``: do not edit."""\n'
)


def built(marketplace: str) -> Built:
    return build(load(marketplace))


def generated_files() -> dict[Path, str]:
    """Path → exact text of every generated file."""
    python: dict[Path, str] = {GENERATED / "__init__.py": _PACKAGE_DOC}
    data: dict[Path, str] = {}
    for mp in MARKETPLACES:
        result = built(mp)
        folder = GENERATED / mp
        python[folder / "__init__.py"] = _PACKAGE_DOC
        python[folder / "operations.py"] = render.operations_module(result)
        python[folder / "models.py"] = render.models_module(result)
        python[folder / "methods.py"] = render.methods_module(result)
        data[folder / "examples.json"] = render.examples_json(result)
    python[PACKAGE / "_yandex" / "_spec_operations.py"] = spec_operations_module()
    # The emulator's view of the specs (marketplace_async.testing reads JSON, not the YAML tree).
    from ..testing import _bundle

    for mp in MARKETPLACES:
        data[_bundle.DATA_DIR / f"{mp}.json"] = _bundle.encode(_bundle.bundle(mp)).decode("utf-8")
    formatted = {path: ruff_format(path, text) for path, text in python.items()}
    for path, text in formatted.items():
        # A syntax error must fail here: once written, the package (and so this command) would not import.
        compile(text, str(path), "exec")
    return {**formatted, **data}


def ruff_format(path: Path, text: str) -> str:
    """The text as committed: imports sorted, then ``ruff format``."""
    text = _ruff(["check", "--fix", "--select", "I", "--quiet", "--exit-zero"], path, text)
    return _ruff(["format"], path, text)


def _ruff(args: list[str], path: Path, text: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(path), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    return done.stdout
