"""Every operation of both specs served by the emulator: request validation and answers per spec.

Bodies are checked with jsonschema_rs (the validator schemathesis uses) against the same spec
documents ``test_conformance.py`` hands schemathesis, so these fast checks and the independent
tester judge by the same reading of the specs.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import jsonschema_rs
import msgspec
import pytest
from test_conformance import spec_document

from marketplace_async._generated.ozon.operations import OPERATIONS as OZON_OPERATIONS
from marketplace_async._generated.yandex.operations import OPERATIONS as YANDEX_OPERATIONS
from marketplace_async.testing import Emulator, _bundle, _ozon, _spec, _yandex
from marketplace_async.testing._bundle import _json_schema

OZ = {"Client-Id": "demo", "Api-Key": "demo-key"}
YA = {"Api-Key": "demo-token"}
HEADERS = {"ozon": OZ, "yandex": YA}
HAND_WRITTEN = {"ozon": _ozon.ROUTES, "yandex": _yandex.ROUTES}
PRICE = {"value": 199.9, "currencyId": "RUR"}
PERIOD = {"since": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z"}


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@functools.cache
def success_validator(marketplace: str) -> Any:
    """One jsonschema_rs validator over every operation's success schema, keyed by operationId."""
    document = spec_document(marketplace)
    schemas = {}
    for item in document["paths"].values():
        for op in item.values():
            for status, answer in op["responses"].items():
                media = (answer.get("content") or {}).get("application/json")
                if status.startswith("2") and media and "schema" in media:
                    schemas[op["operationId"]] = _json_schema(media["schema"])
                    break
    root = {
        "components": {"schemas": _json_schema(document["components"]["schemas"])},
        "properties": schemas,
    }
    return jsonschema_rs.Draft4Validator(root, validate_formats=True)


def spec_errors(marketplace: str, operation_id: str, body: Any) -> list[str]:
    return [e.message for e in success_validator(marketplace).iter_errors({operation_id: body})]


def request_for(op: _spec.Operation, seed: int = 7) -> tuple[str, Any]:
    """A valid request of ``op``: path and query filled, body synthesized from its schema."""
    import random

    index = _spec.load(op.marketplace)
    synth = _spec.Synthesizer(index, random.Random(f"request:{seed}:{op.operation_id}"))
    path, query = op.path, []
    for param in op.parameters:
        value = synth.value(param.schema)
        if param.location == "path":
            path = path.replace("{" + param.name + "}", str(value))
        elif param.required:
            for v in value if isinstance(value, list) else [value]:
                query.append(f"{param.name}={str(v).lower() if isinstance(v, bool) else v}")
    body = synth.value(op.body) if op.body is not None else None
    return path + ("?" + "&".join(query) if query else ""), body


def generic(marketplace: str) -> list[_spec.Operation]:
    hand = {(r.method, r.path) for r in HAND_WRITTEN[marketplace]}
    return [op for op in _spec.load(marketplace).operations if (op.method, op.path) not in hand]


# -- the index -----------------------------------------------------------------------------------


def test_the_emulators_index_is_regenerated_by_the_one_command() -> None:
    # `python -m marketplace_async._codegen --check` (in CI) then covers it, as test_codegen checks.
    from marketplace_async._codegen import generate

    files = generate.generated_files()
    for marketplace in ("ozon", "yandex"):
        path = _bundle.DATA_DIR / f"{marketplace}.json"
        assert files[path].encode("utf-8") == path.read_bytes(), "run: python -m marketplace_async._codegen"


@pytest.mark.parametrize(
    ("marketplace", "generated"), [("ozon", OZON_OPERATIONS), ("yandex", YANDEX_OPERATIONS)]
)
def test_the_emulator_knows_every_operation_of_the_generated_surface(
    marketplace: str, generated: tuple[Any, ...]
) -> None:
    ours = {(op.operation_id, op.method, op.path) for op in _spec.load(marketplace).operations}
    assert ours == {(op.operation_id, op.method, op.path) for op in generated}
    assert len(ours) == {"ozon": 460, "yandex": 160}[marketplace]


def test_every_operation_has_a_route() -> None:
    emulator = Emulator()
    for marketplace in ("ozon", "yandex"):
        served = {(r.method, r.path) for r in emulator.routes[marketplace]}
        missing = [
            op.operation_id for op in _spec.load(marketplace).operations if (op.method, op.path) not in served
        ]
        assert missing == []


def test_no_hand_written_route_hides_a_spec_operation() -> None:
    """The hand-written routes are tried first; none may take a path a spec route is meant for."""

    def hides(mine: Any, other: Any) -> bool:
        a, b = mine.path.split("/"), other.path.split("/")
        same_shape = len(a) == len(b) and mine.method == other.method and a != b
        return same_shape and all(x == y or x.startswith("{") for x, y in zip(a, b, strict=True))

    emulator = Emulator()
    every = [r for routes in emulator.routes.values() for r in routes]
    hand = [*_ozon.ROUTES, *_yandex.ROUTES]
    assert [(h.path, r.path) for h in hand for r in every if hides(h, r)] == []


# -- answers -------------------------------------------------------------------------------------


@pytest.mark.emulator(time_scale=1e6)  # ~450 requests in a second: lift the limits
@pytest.mark.parametrize("marketplace", ["ozon", "yandex"])
async def test_every_operation_answers_a_valid_request_with_a_body_its_spec_accepts(
    marketplace: str, emulator: Emulator, http: Any
) -> None:
    checked = binary = empty = 0
    for op in generic(marketplace):
        path, body = request_for(op)
        async with http.request(
            op.method, emulator.base_url + path, json=body, headers=HEADERS[marketplace]
        ) as resp:
            raw = await resp.read()
            assert resp.status == op.status, (op.operation_id, raw[:300])
            if op.content_type not in (None, "application/json"):
                assert resp.content_type == op.content_type and raw == _spec.DOCUMENTS[op.content_type]
                binary += 1
                continue
            assert resp.content_type == "application/json"
        if op.response is None:
            assert raw == b"{}"  # the spec declares no body
            empty += 1
        else:
            assert spec_errors(marketplace, op.operation_id, msgspec.json.decode(raw)) == [], op.operation_id
            checked += 1
    assert checked + binary + empty == len(generic(marketplace)) > 140


@pytest.mark.emulator(time_scale=1e6)
async def test_the_reads_that_answer_from_state_answer_per_spec(emulator: Emulator, http: Any) -> None:
    writes = [
        ("ozon", "/v2/products/stocks", {"stocks": [{"offer_id": "A", "stock": 3, "warehouse_id": 1}]}),
        ("ozon", "/v1/product/import/prices", {"prices": [{"offer_id": "A", "price": "10", "vat": "0.2"}]}),
        ("yandex", "/v2/campaigns/7/offer-prices/updates", {"offers": [{"offerId": "A", "price": PRICE}]}),
        ("yandex", "/v2/businesses/8/offer-prices/updates", {"offers": [{"offerId": "A", "price": PRICE}]}),
    ]
    for marketplace, path, body in writes:
        async with http.post(emulator.base_url + path, json=body, headers=HEADERS[marketplace]) as resp:
            assert resp.status == 200, await resp.text()
    async with http.put(
        emulator.base_url + "/v2/campaigns/7/offers/stocks",
        json={"skus": [{"sku": "A", "items": [{"count": 4}]}]},
        headers=YA,
    ) as resp:
        assert resp.status == 200
    reads = [
        (
            "ozon",
            "ProductAPI_GetProductInfoStocks",
            "POST",
            "/v4/product/info/stocks",
            {"filter": {}, "limit": 5},
        ),
        (
            "ozon",
            "ProductAPI_GetProductInfoPrices",
            "POST",
            "/v5/product/info/prices",
            {"filter": {}, "limit": 5},
        ),
        ("yandex", "getStocks", "POST", "/v2/campaigns/7/offers/stocks", {}),
        ("yandex", "getPrices", "GET", "/v2/campaigns/7/offer-prices", None),
        ("yandex", "getPricesByOfferIds", "POST", "/v2/campaigns/7/offer-prices", {"offerIds": ["A"]}),
        ("yandex", "getDefaultPrices", "POST", "/v2/businesses/8/offer-prices", {}),
    ]
    for marketplace, operation_id, method, path, body in reads:
        async with http.request(
            method, emulator.base_url + path, json=body, headers=HEADERS[marketplace]
        ) as resp:
            data = await resp.json()
            assert resp.status == 200, data
        assert "A" in str(data) and spec_errors(marketplace, operation_id, data) == [], (operation_id, data)


async def test_binary_answers_are_real_documents_of_their_type(emulator: Emulator, http: Any) -> None:
    async with http.post(
        emulator.base_url + "/v2/posting/fbs/package-label", json={"posting_number": ["1-1-1"]}, headers=OZ
    ) as resp:
        assert resp.status == 200 and resp.content_type == "application/pdf"
        assert (await resp.read()).startswith(b"%PDF-")
    async with http.post(
        emulator.base_url + "/v2/posting/fbs/act/get-barcode", json={"id": 1}, headers=OZ
    ) as resp:
        assert resp.content_type == "image/png" and (await resp.read()).startswith(b"\x89PNG\r\n\x1a\n")


async def test_the_specs_example_is_the_answer_where_it_conforms(emulator: Emulator, http: Any) -> None:
    [op] = [op for op in _spec.load("ozon").operations if op.path == "/v3/posting/fbs/list"]
    assert op.has_example
    _, body = request_for(op)
    async with http.post(emulator.base_url + op.path, json=body, headers=OZ) as resp:
        assert await resp.json() == op.example


async def test_a_synthesized_answer_depends_on_the_seed_only(http: Any) -> None:
    bodies = []
    for seed in (1, 1, 2):
        async with Emulator(seed=seed) as emu, http.get(emu.base_url + "/v2/campaigns", headers=YA) as resp:
            assert resp.status == 200
            bodies.append(await resp.json())
    assert bodies[0] == bodies[1] != bodies[2]
    assert spec_errors("yandex", "getCampaigns", bodies[2]) == []


# -- requests ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"limit": 10, "offset": 0}, "filter: field is required"),
        ({"filter": PERIOD, "limit": "ten", "offset": 0}, "limit: must be an integer"),
        (
            {"filter": {**PERIOD, "since": "yesterday"}, "limit": 10, "offset": 0},
            "filter.since: must be an ISO 8601 date-time",
        ),
        ({"filter": {"since": PERIOD["since"]}, "limit": 10, "offset": 0}, "filter.to: field is required"),
        ({"filter": [], "limit": 10, "offset": 0}, "filter: must be a JSON object"),
    ],
)
async def test_an_ozon_request_that_breaks_its_schema_is_a_400_naming_the_field(
    emulator: Emulator, http: Any, body: dict[str, Any], message: str
) -> None:
    async with http.post(emulator.base_url + "/v3/posting/fbs/list", json=body, headers=OZ) as resp:
        assert resp.status == 400
        assert await resp.json() == {"code": 3, "message": message, "details": []}
    assert emulator.stats()["endpoints"]["ozon"]["v3/posting/fbs/list"]["rejected"] == {"validation": 1}


async def test_ozon_takes_int64_as_a_decimal_string_and_null_as_absent(emulator: Emulator, http: Any) -> None:
    body = {"filter": {**PERIOD, "status": None}, "limit": "10", "offset": 0}
    async with http.post(emulator.base_url + "/v3/posting/fbs/list", json=body, headers=OZ) as resp:
        assert resp.status == 200


async def test_a_yandex_request_is_checked_in_its_path_query_and_body(emulator: Emulator, http: Any) -> None:
    cases = [
        ("GET", "/v2/regions", None, "name: query parameter is required"),
        ("GET", "/v2/regions?name=Moscow&limit=50", None, "limit: value must be less than or equal to 20"),
        ("GET", "/v2/campaigns/abc/orders", None, "campaignId: must be an integer"),
        ("POST", "/v2/campaigns/7/offers/stocks", None, None),  # body not required: fine
        ("POST", "/v2/businesses/7/offer-mappings/update", None, "request body is required"),
    ]
    for method, path, body, message in cases:
        async with http.request(method, emulator.base_url + path, json=body, headers=YA) as resp:
            data = await resp.json()
            if message is None:
                assert resp.status == 200, data
            else:
                assert resp.status == 400, (path, data)
                assert data == {"status": "ERROR", "errors": [{"code": "BAD_REQUEST", "message": message}]}


async def test_an_operation_documenting_another_error_shape_answers_in_it(
    emulator: Emulator, http: Any
) -> None:
    # v1/question/answer/create documents its errors with ``details`` as a string, not rpcStatus's list.
    async with http.post(emulator.base_url + "/v1/question/answer/create", json={}, headers=OZ) as resp:
        assert resp.status == 400
        data = await resp.json()
    assert data["message"] == "question_id: field is required" and data["code"] == 3
    assert isinstance(data["details"], str)


# -- the same limits, auth and faults as the bulk methods ----------------------------------------


async def test_a_spec_operation_spends_its_row_of_the_limits_table(emulator: Emulator, http: Any) -> None:
    for _ in range(3):  # getCampaigns: 1,000 an hour in YANDEX_LIMITS
        async with http.get(emulator.base_url + "/v2/campaigns", headers=YA) as resp:
            assert resp.status == 200
            assert resp.headers["X-RateLimit-Resource-Limit"] == "1000"
    assert resp.headers["X-RateLimit-Resource-Remaining"] == "997"
    row = next(r for r in emulator.stats()["limits"] if r["endpoint"] == "getCampaigns")
    assert (row["amount"], row["window"], row["max_seen"]) == (1000, 3600.0, 3)


async def test_a_spec_operation_is_refused_over_its_limit_and_without_credentials(http: Any) -> None:
    from marketplace_async._limits import Rate

    async with Emulator(limits={"ozon": {"v1/warehouse/list": {"rates": [Rate(2, 60.0)]}}}) as emulator:
        url = emulator.base_url + "/v1/warehouse/list"
        statuses = []
        for _ in range(3):
            async with http.post(url, json={"limit": 10}, headers=OZ) as resp:
                statuses.append(resp.status)
        assert statuses == [200, 200, 429]
        async with http.post(url, json={"limit": 10}, headers={"Client-Id": "demo"}) as resp:
            assert resp.status == 401


async def test_faults_reach_every_operation(http: Any) -> None:
    from marketplace_async.testing import Faults

    async with Emulator(faults=Faults(error_rate=1.0, endpoints=["getCampaigns"])) as emulator:
        async with http.get(emulator.base_url + "/v2/campaigns", headers=YA) as resp:
            assert resp.status == 500
        async with http.get(emulator.base_url + "/v2/campaigns/7", headers=YA) as resp:
            assert resp.status == 200
