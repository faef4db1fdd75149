"""The emulator judged by an independent API tester: schemathesis against the standalone sandbox.

schemathesis reads the vendored specs (as the generator reads them: Yandex's file tree bundled into
one document, the generator's documented corrections applied, and Ozon's prose types and patterns
read as meant, see ``ozon_as_meant``), generates requests for every operation and checks each
answer of ``marketplace-async sandbox``. The run is bounded: a fixed seed, two generated examples
per operation plus the spec's own examples, about a minute on CI's machine.

Checks run (positive data: requests valid per the schemas):

- ``not_a_server_error``, ``status_code_conformance``, ``content_type_conformance``,
  ``response_headers_conformance``, ``response_schema_conformance``: every answer is documented;
- ``positive_data_acceptance``: a schema-valid request is not refused with a 400, except for the
  operations with hand-written handlers (see :data:`DOCUMENTED_RULES`);
- ``status_code_conformance`` except for the three operations that document no 400 at all
  (see :func:`without_documented_400`).

Left out, with the reason:

- ``negative_data_rejection`` and negative generation: the emulator refuses what the real APIs are
  known to refuse (wrong types, missing required fields, bounds, enums) and, like them, ignores
  unknown fields, reads ``null`` as absent and takes Ozon's int64 as strings; schema-negative data
  of those kinds would be "accepted" as the APIs accept it.
- the coverage phase: it multiplies the cases by about 30 (5,000 for the Yandex spec alone), well
  past CI's budget; the fuzzing phase covers every operation.
- the stateful phase: neither spec defines OpenAPI links, so it has nothing to chain.
- the health check ``filter_too_much``: some Ozon request schemas (``v4/posting/fbs/list``) are
  hard for the generator to satisfy; that says nothing about the server.

The peers' clients (ozon-sdk, ozonapi-async, yandex-market-api, pinned in the dev extra) call five
ordinary operations each against the same sandbox and parse the answers with their own models.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marketplace_async.testing import _ozon, _spec, _yandex
from marketplace_async.testing._bundle import ozon_as_meant, ozon_path_parameters

SEED = 20261203
MAX_EXAMPLES = 2
TIME_SCALE = 1e6  # lifts the limits: the tester sends hundreds of requests a second to one account
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "positive_data_acceptance",
)
HEADERS = {"ozon": {"Client-Id": "demo", "Api-Key": "demo-key"}, "yandex": {"Api-Key": "demo-token"}}

DOCUMENTED_RULES = "documented rules the schemas do not express"
"""Why ``positive_data_acceptance`` is off for the hand-written operations (the bulk methods and
their reads): they enforce the documentation beyond the schemas (an offer or posting that exists,
``updatedAt`` within a day, unique SKUs, code counts that match the posting, ``offerId`` present),
so a schema-valid request with random values is refused as the real API refuses it."""


@functools.cache
def spec_document(marketplace: str) -> dict[str, Any]:
    """One OpenAPI document per marketplace, from the generator's loader (corrections applied)."""
    from marketplace_async._codegen import spec as specs

    spec = specs.load(marketplace)
    paths: dict[str, dict[str, Any]] = {}
    for op in spec.operations:
        paths.setdefault(op.path, {})[op.method.lower()] = op.raw
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": f"{marketplace} (vendored spec)", "version": "vendored"},
        "paths": paths,
        "components": {"schemas": spec.schemas},
    }
    if marketplace == "ozon":
        document = ozon_as_meant(document)
        for path, item in document["paths"].items():
            document["paths"][path] = {m: ozon_path_parameters(path, op) for m, op in item.items()}
    return document


def hand_written_operations(marketplace: str) -> list[str]:
    """operationIds the emulator answers with its own handlers rather than from the spec."""
    routes = _ozon.ROUTES if marketplace == "ozon" else _yandex.ROUTES
    served = {(r.method, r.path) for r in routes}
    return sorted(
        op.operation_id for op in _spec.load(marketplace).operations if (op.method, op.path) in served
    )


def without_documented_400(marketplace: str) -> list[str]:
    """operationIds that document neither a 400 nor a ``default`` answer (three Yandex region
    lookups): the emulator refuses a malformed request to them with a 400, as the real API does
    and as every other operation documents, so ``status_code_conformance`` is off for them."""
    index = _spec.load(marketplace)
    return sorted(op.operation_id for op in index.operations if not {"400", "default"} & set(op.errors))


def _config(marketplace: str) -> str:
    checks = "\n".join(f"{name}.enabled = true" for name in CHECKS)
    excluded = json.dumps(hand_written_operations(marketplace))
    headers = ", ".join(f'"{k}" = "{v}"' for k, v in HEADERS[marketplace].items())
    no_400 = without_documented_400(marketplace)
    undocumented = (
        f"\n[[operations]]\ninclude-operation-id = {json.dumps(no_400)}\n"
        "checks.status_code_conformance.enabled = false\n"
        if no_400
        else ""
    )
    return f"""
seed = {SEED}
workers = 2
suppress-health-check = ["filter_too_much"]
headers = {{ {headers} }}

[generation]
mode = "positive"
max-examples = {MAX_EXAMPLES}

[phases.coverage]
enabled = false

[phases.stateful]
enabled = false

[checks]
negative_data_rejection.enabled = false
{checks}

[[operations]]
include-operation-id = {excluded}
checks.positive_data_acceptance.enabled = false
{undocumented}"""


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    """``marketplace-async sandbox`` in its own process, on a free port."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "marketplace_async",
            "sandbox",
            "--port",
            "0",
            "--time-scale",
            str(TIME_SCALE),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+)", first)
        assert found, f"the sandbox did not start: {first!r}"
        yield found.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


def run_schemathesis(marketplace: str, base_url: str, workdir: Path) -> dict[str, Any]:
    """One schemathesis run over a whole spec; its JSON report."""
    spec_file = workdir / f"{marketplace}.json"
    spec_file.write_text(json.dumps(spec_document(marketplace)))
    config = workdir / f"{marketplace}.toml"
    config.write_text(_config(marketplace))
    report = workdir / f"{marketplace}-report.json"
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(config),
        "run",
        str(spec_file),
        "--url",
        base_url,
        "--report",
        "json",
        "--report-json-path",
        str(report),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"}
    )
    assert report.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    data: dict[str, Any] = json.loads(report.read_text())
    data["output"] = done.stdout
    return data


def summary(marketplace: str, data: dict[str, Any]) -> str:
    ops = data["operations"]
    cases = data["test_cases"]
    failures = sum(f["count"] for f in data["failures"])
    errors = sum(e["count"] for e in data["errors"])
    return (
        f"schemathesis {marketplace}: {ops['tested']}/{ops['total']} operations, "
        f"{cases['generated']} examples, {failures} failures, {errors} errors "
        f"({data['running_time']:.0f} s, seed {data['seed']})"
    )


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize("marketplace", ["ozon", "yandex"])
def test_schemathesis_finds_every_answer_of_the_sandbox_conforming(
    marketplace: str, sandbox: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_schemathesis(marketplace, sandbox, tmp_path)
    with capsys.disabled():
        print(f"\n{summary(marketplace, data)}")
    problems = data["failures"] + data["errors"]
    assert not problems, data["output"][-6000:]
    assert (
        data["operations"]["tested"] == data["operations"]["total"] == len(_spec.load(marketplace).operations)
    )


# -- the peers' clients against the sandbox ------------------------------------------------------

PEER_PUSH_OZON = {"stocks": [{"offer_id": "A", "stock": 4, "warehouse_id": 1}]}


async def _ozon_sdk(base_url: str) -> list[str]:
    from ozon_sdk import SellerAPI
    from ozon_sdk.seller_api.basic.models import Productv5Filter, V4GetProductInfoStocksRequestFilter

    async with SellerAPI("demo", "demo-key", base_url=base_url) as api:
        answers = [
            await api.seller_info(),
            await api.warehouse_list(limit=10),
            await api.get_product_list(limit=10),
            await api.get_product_info_stocks(
                filter_=V4GetProductInfoStocksRequestFilter(offer_id=["A"]), limit=10
            ),
            await api.get_product_info_prices(filter_=Productv5Filter(offer_id=["A"]), limit=10),
        ]
    assert answers[3].items[0].stocks[0].present == 4  # what the test pushed, read by a peer
    return [type(a).__name__ for a in answers]


async def _ozonapi(base_url: str) -> list[str]:
    from ozonapi import SellerAPI, SellerAPIConfig
    from ozonapi.seller.schemas.prices_and_stocks.v4__product_info_stocks import (
        ProductInfoStocksFilter,
        ProductInfoStocksRequest,
    )
    from ozonapi.seller.schemas.prices_and_stocks.v5__product_info_prices import (
        ProductInfoPricesFilter,
        ProductInfoPricesRequest,
    )

    config = SellerAPIConfig(client_id="demo", api_key="demo-key", base_url=base_url)
    async with SellerAPI(config=config) as api:
        answers = [
            await api.seller_info(),
            await api.product_list(),
            await api.product_info_stocks(
                ProductInfoStocksRequest(filter=ProductInfoStocksFilter(offer_id=["A"]))
            ),
            await api.product_info_prices(
                ProductInfoPricesRequest(filter=ProductInfoPricesFilter(offer_id=["A"]))
            ),
            await api.warehouse_list(),
        ]
    return [type(a).__name__ for a in answers]


async def _yandex_market_api(base_url: str) -> list[str]:
    from yandex_market_api import YandexMarketClient as Peer

    client = Peer(api_key="demo-token", base_url=base_url)
    try:
        await client.offers.update_campaign_offer_stocks(7, {"skus": [{"sku": "A", "items": [{"count": 4}]}]})
        answers = [
            await client.campaigns.list_campaigns(),
            await client.campaigns.get_campaign(7),
            await client.businesses.get_business_settings(8),
            await client.offers.get_campaign_offer_stocks(7),
            await client.prices.list_campaign_offer_prices(7, {"offerIds": ["A"]}),
        ]
    finally:
        await client.close()
    assert answers[3]["result"]["warehouses"][0]["offers"][0]["stocks"] == [{"type": "FIT", "count": 4}]
    assert all(a.get("status") == "OK" or "campaigns" in a or "campaign" in a for a in answers), answers
    return [sorted(a)[0] for a in answers]


@pytest.mark.slow
async def test_the_peers_clients_call_ordinary_operations_of_the_sandbox(sandbox: str) -> None:
    import aiohttp

    async with (
        aiohttp.ClientSession() as http,
        http.post(sandbox + "/v2/products/stocks", json=PEER_PUSH_OZON, headers=HEADERS["ozon"]) as resp,
    ):
        assert resp.status == 200
    for peer, run in (
        ("ozon-sdk", _ozon_sdk),
        ("ozonapi-async", _ozonapi),
        ("yandex-market-api", _yandex_market_api),
    ):
        answers = await run(sandbox)
        assert len(answers) == 5, (peer, answers)
