"""``python -m marketplace_async._codegen [--check]``: regenerate the surface from the vendored specs.

Without ``--check`` it rewrites every generated file that differs; with ``--check`` it writes
nothing and exits 1 naming the files that are out of date (CI runs it).
"""

from __future__ import annotations

import sys

from . import generate


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, text in generate.generated_files().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    where = [str(p.relative_to(generate.PACKAGE.parent)) for p in stale]
    if check and stale:
        print(
            "out of date with the vendored specs (run python -m marketplace_async._codegen):", file=sys.stderr
        )
        print("\n".join(f"  {p}" for p in where), file=sys.stderr)
        return 1
    if not check:
        print(f"wrote {len(stale)} file(s)" + "".join(f"\n  {p}" for p in where))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
