"""pytest plugin: the ``emulator`` fixture, a started :class:`Emulator` per test.

Enable it with ``pytest_plugins = ["marketplace_async.testing.pytest_plugin"]`` and configure
it per test or module with the ``emulator`` marker, whose keyword arguments go to
:class:`Emulator`::

    @pytest.mark.emulator(time_scale=60, catalog=["A", "B"])
    async def test_push(emulator):
        ...  # clients at emulator.base_url

The fixture's docstring says what it answers and how a test scripts an answer.
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
    """A started emulator on a free 127.0.0.1 port, closed after the test.

    Every operation of both specs answers (Ozon 460, Yandex 160); point a client at
    ``emulator.base_url`` with the demo credentials (Ozon ``demo``/``demo-key``, Yandex
    ``demo-token``). What the bulk methods write is what the reads return (Ozon
    ``v4/product/info/stocks``, ``v5/product/info/prices``; Yandex getStocks, getPrices,
    getPricesByOfferIds, getDefaultPrices); other operations answer the spec's example or a body
    built from the response schema. To script an answer, register it before the call::

        emulator.respond("v3/posting/fbs/list", json={"result": {"postings": [], "has_next": False}})
        emulator.respond("getCampaigns", error="Token is invalid", status=401, times=1)
        emulator.respond("v2/posting/fbs/package-label", body=pdf, content_type="application/pdf")

    An Ozon operation is named by its path, a Yandex one by its operationId. The request still
    passes auth, faults and limits; ``times=N`` answers N calls, then the emulated answer returns
    (``emulator.clear_responses()`` forgets them). Faults: ``emulator.set_faults(error_rate=0.1)``;
    state and counters: ``emulator.store``, ``emulator.stats()``.
    """
    marker = request.node.get_closest_marker("emulator")
    config = dict(marker.kwargs) if marker is not None else {}
    async with Emulator(**config) as emu:
        yield emu
