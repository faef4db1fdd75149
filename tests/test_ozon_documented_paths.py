"""Every method of the 2024-25 documentation stays callable through ``OzonClient.call``.

The expected methods and paths are read from the documented list itself (tests/data), not from
the limits table, and each call goes over real HTTP to a local aiohttp server that records the
method and the raw path it received. Removed methods warn once, naming their replacement once.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import AsyncIterator
from typing import Any

import pytest
from recording_server import Recorder, serve
from spec_paths import OZON_DOCUMENTED_METHODS

from marketplace_async import OZON_LIMITS, OzonClient, ValidationError
from marketplace_async._ozon.endpoints import key_of

PARAM_VALUES = {"order_id": "ORD 7/1", "waybill_id": "W-42"}
QUOTED = {"order_id": "ORD%207%2F1", "waybill_id": "W-42"}


def documented_methods() -> dict[str, str]:
    """Path (no leading slash, ``:param`` kept) → HTTP method, from the documented method list.

    The 102 paths (99 distinct spellings in the 2024-25 list, 3 Digital methods), plus
    ``v2/fbs/posting/delivered``, which the list spells as a second ``v2/fbs/posting/delivering``.
    """
    documented = json.loads(OZON_DOCUMENTED_METHODS.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    spellings: set[str] = set()
    for entry in documented["methods"]:
        path, method, text = entry["path"], entry["method"], entry["text"]
        spellings.add(path)
        # Listed twice; the copy whose text says «Доставлено» is the "delivered" method.
        if path == "v2/fbs/posting/delivering" and "«Доставлено»" in text:
            path = "v2/fbs/posting/delivered"
        assert path not in found, f"{path} listed twice"
        found[path] = method
    assert (len(documented["methods"]), len(spellings), len(found)) == (100, 99, 100)
    for entry in documented["digital"]:
        found[entry["path"]] = entry["method"]
    return found


DOCUMENTED_METHODS = documented_methods()


def test_the_list_names_102_distinct_paths() -> None:
    assert len(set(DOCUMENTED_METHODS) - {"v2/fbs/posting/delivered"}) == 102
    assert DOCUMENTED_METHODS["v1/supplier/orders/:order_id/waybill_acceptance_results"] == "GET"
    assert DOCUMENTED_METHODS["v1/supplier/waybill_acceptance_results/:waybill_id"] == "GET"
    assert {"v2/fbs/posting/delivering", "v2/fbs/posting/delivered"} <= set(DOCUMENTED_METHODS)


@pytest.fixture
async def recorder() -> AsyncIterator[tuple[Recorder, str]]:
    rec = Recorder()
    async with serve(rec) as base_url:
        yield rec, base_url


def expected_path(documented: str) -> str:
    return "/" + re.sub(r":(\w+)", lambda m: QUOTED[m.group(1)], documented)


@pytest.mark.parametrize("documented", sorted(DOCUMENTED_METHODS))
async def test_every_documented_path_is_called_with_its_method_and_path(
    recorder: tuple[Recorder, str], documented: str
) -> None:
    rec, base_url = recorder
    method = DOCUMENTED_METHODS[documented]
    params = {name: PARAM_VALUES[name] for name in re.findall(r":(\w+)", documented)}
    async with OzonClient(client_id="documented-client", api_key="documented-key", base_url=base_url) as ozon:
        endpoint = ozon.endpoint(documented)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            answer = await ozon.call(documented, None if method == "GET" else {}, path_params=params or None)
    assert answer == {"result": "recorded"}
    ((sent_method, sent_path, body),) = rec.seen
    assert (sent_method, sent_path) == (method, expected_path(documented))
    assert body == (b"" if method == "GET" else b"{}")
    deprecations = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    if endpoint.deprecated:
        (message,) = deprecations
        assert endpoint.key == key_of(documented) and endpoint.key in message
        said = endpoint.replacement or "no replacement"
        assert message.count(said) == 1, message  # named once, not twice
    else:
        assert deprecations == []


@pytest.mark.parametrize(
    "documented",
    [
        "v1/product/import/stocks",
        "v2/product/list",
        "v1/product/upload_digital_codes",
        "v1/product/upload_digital_codes/info",
    ],
)
def test_methods_ozon_switched_off_are_marked_with_a_live_replacement(documented: str) -> None:
    endpoint = OZON_LIMITS.endpoint(documented)
    assert endpoint.deprecated and endpoint.replacement
    assert not OZON_LIMITS.endpoint(endpoint.replacement).deprecated


@pytest.mark.parametrize(
    ("documented", "field", "maximum"),
    [
        ("v2/products/delete", "products", 500),
        ("v2/product/import", "items", 100),
        ("v2/posting/fbs/package-label", "posting_number", 20),
        ("v3/category/attribute", "category_id", 20),
        ("v4/product/info/prices", "filter.offer_id", 1000),
    ],
)
async def test_the_documented_maxima_per_request(
    recorder: tuple[Recorder, str], documented: str, field: str, maximum: int
) -> None:
    rec, base_url = recorder

    def body(n: int) -> dict[str, Any]:
        *parents, leaf = field.split(".")
        out: dict[str, Any] = {}
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = [{"offer_id": str(i)} if leaf in ("products", "items") else str(i) for i in range(n)]
        return out

    async with OzonClient(client_id="documented-client", api_key="documented-key", base_url=base_url) as ozon:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            await ozon.call(documented, body(maximum))
            with pytest.raises(ValidationError) as caught:
                await ozon.call(documented, body(maximum + 1))
    assert caught.value.field == field and f"at most {maximum}" in str(caught.value)
    assert len(rec.seen) == 1
