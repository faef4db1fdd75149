"""Fixtures shared by several test files."""

import itertools
from collections.abc import Iterator

import pytest
from redis_server import redis_server, shared_redis

__all__ = ["redis_server", "shared_redis"]

_test_numbers = itertools.count()


@pytest.fixture(autouse=True)
def own_limits_file(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """``push`` remembers its limits in a file (``MARKETPLACE_ASYNC_LIMITS_DB``): each test has its
    own, shared by the runs within it, never the user's cache nor another test's."""
    path = tmp_path_factory.getbasetemp() / "limits" / f"{next(_test_numbers)}.sqlite3"
    monkeypatch.setenv("MARKETPLACE_ASYNC_LIMITS_DB", str(path))
    yield
