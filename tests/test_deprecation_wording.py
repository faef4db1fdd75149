"""A deprecated endpoint's warning says why and what to use, each once, in both clients."""

from __future__ import annotations

import warnings

import pytest

from marketplace_async import OzonClient
from marketplace_async._limits import Endpoint
from marketplace_async._ozon.endpoints import OZON_LIMITS
from marketplace_async._yandex.client import _warn_deprecated as warn_yandex
from marketplace_async._yandex.operations import YANDEX_LIMITS

DEPRECATED = [("Ozon", ep) for ep in OZON_LIMITS if ep.deprecated] + [
    ("Yandex.Market", ep) for ep in YANDEX_LIMITS if ep.deprecated
]


def test_both_tables_have_deprecated_endpoints() -> None:
    assert {api for api, _ in DEPRECATED} == {"Ozon", "Yandex.Market"}


@pytest.mark.parametrize(("api", "endpoint"), DEPRECATED, ids=lambda v: getattr(v, "key", v))
def test_each_thing_is_said_once(api: str, endpoint: Endpoint) -> None:
    text = endpoint.deprecation(api)
    assert text.startswith(f"{api} {endpoint.key} is deprecated")
    assert "is deprecated: deprecated" not in text, text
    said = endpoint.replacement or "no replacement"
    assert text.count(said) == 1, text


def test_the_clients_warn_with_that_text() -> None:
    ozon = next(ep for api, ep in DEPRECATED if api == "Ozon")
    yandex = next(ep for api, ep in DEPRECATED if api == "Yandex.Market")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        OzonClient._warn_deprecated(ozon)
        warn_yandex(yandex)
    assert [str(w.message) for w in caught] == [ozon.deprecation("Ozon"), yandex.deprecation("Yandex.Market")]


def test_wording_of_the_yandex_and_ozon_forms() -> None:
    yandex = Endpoint(
        "getOrders",
        "GET",
        "/x",
        deprecated="deprecated, degraded from 2027-01-18, off on 2027-04-12; use getBusinessOrders",
        replacement="getBusinessOrders",
    )
    assert yandex.deprecation("Yandex.Market") == (
        "Yandex.Market getOrders is deprecated: degraded from 2027-01-18, off on 2027-04-12; use getBusinessOrders"
    )
    gone = Endpoint("v1/x", "POST", "/v1/x", deprecated="removed 5 Sep 2023; no replacement")
    assert gone.deprecation("Ozon") == "Ozon v1/x is deprecated: removed 5 Sep 2023; no replacement"
    moved = Endpoint("v1/y", "POST", "/v1/y", deprecated="removed 1 Jan 2024", replacement="v2/y")
    assert moved.deprecation("Ozon") == "Ozon v1/y is deprecated: removed 1 Jan 2024; use v2/y instead"
    silent = Endpoint("getZ", "GET", "/z", deprecated="deprecated")
    assert (
        silent.deprecation("Yandex.Market")
        == "Yandex.Market getZ is deprecated; no replacement is documented"
    )
