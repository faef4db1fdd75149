"""pytest plugin: the ``emulator`` fixture, a started :class:`Emulator` per test.

Enable it with ``pytest_plugins = ["marketplace_async.testing.pytest_plugin"]`` and configure
it per test or module with the ``emulator`` marker, whose keyword arguments go to
:class:`Emulator`::

    @pytest.mark.emulator(time_scale=60, catalog=["A", "B"])
    async def test_push(emulator):
        ...  # clients at emulator.base_url
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from ._server import Emulator


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "emulator(**config): keyword arguments of marketplace_async.testing.Emulator for the fixture",
    )


@pytest_asyncio.fixture
async def emulator(request: pytest.FixtureRequest) -> AsyncIterator[Emulator]:
    """A started emulator on a free 127.0.0.1 port, closed after the test."""
    marker = request.node.get_closest_marker("emulator")
    config = dict(marker.kwargs) if marker is not None else {}
    async with Emulator(**config) as emu:
        yield emu
