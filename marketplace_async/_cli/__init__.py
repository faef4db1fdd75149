"""The ``marketplace-async`` command: ``demo``, ``sandbox``, ``push``, ``limits`` and ``operations``.

``main(argv)`` returns the exit code: 0 success, 1 some items failed (or rejected, in the demo),
2 usage error, 3 the marketplace refused a push's credentials, 128 + signal number when a push was
interrupted.
"""

from __future__ import annotations

import argparse

from . import _demo, _limits, _operations, _push, _sandbox
from ._console import make_console
from ._records import UsageError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marketplace-async",
        description=(
            "Push stocks, prices and digital codes to Ozon and Yandex.Market at the documented "
            "limits; run the bundled emulator; show the limits."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _demo.add_parser(commands)
    _sandbox.add_parser(commands)
    _push.add_parser(commands)
    _limits.add_parser(commands)
    _operations.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error, 0 after --help
        return exc.code if isinstance(exc.code, int) else 2
    try:
        code: int = args.run(args)
    except UsageError as exc:
        make_console(stderr=True).print(f"{parser.prog} {args.command}: error: {exc}", markup=False)
        return 2
    except KeyboardInterrupt:
        return 130
    return code
