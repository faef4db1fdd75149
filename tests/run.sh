#!/usr/bin/env bash
# The whole test suite: pytest, ruff (lint + format) and mypy --strict. Sets itself up on a fresh
# clone: a virtualenv in .venv with the dev extras, and a redis-server for the Redis backend tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'

if ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server) >/dev/null
    else
        echo "redis-server is needed by the Redis backend tests: install it (apt-get install redis-server)" >&2
        exit 2
    fi
fi

status=0
.venv/bin/python -m pytest -q "$@" || status=1
.venv/bin/python -m ruff check marketplace_async tests benchmarks examples || status=1
.venv/bin/python -m ruff format --check marketplace_async tests benchmarks examples || status=1
.venv/bin/python -m mypy --strict marketplace_async || status=1
.venv/bin/python -m marketplace_async._codegen --check || status=1
exit $status
