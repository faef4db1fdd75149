"""The generated surface against the specs: every operation a typed method, bodies that fit the
schemas on the wire, answers (examples and schema samples) that decode, leniently.

The operations are enumerated from the vendored specs by the tests' own loaders (``ozon_schema``,
``yandex_schema``), not from the generated index, so an operation the generator dropped is caught.
"""

from __future__ import annotations

import copy
import functools
import inspect
import json
import re
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from typing import Any, get_type_hints
from urllib.parse import parse_qsl, urlsplit

import msgspec
import pytest
from aiohttp import web
from jsonschema import Draft7Validator, FormatChecker
from jsonschema import ValidationError as JsonSchemaError
from jsonschema.exceptions import best_match
from ozon_schema import _URI, _document, ozon_swagger, request_schema_ref, response_schema_ref
from recording_server import Recorder, serve
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7
from yandex_schema import validate_yandex_request, yandex_operations

import marketplace_async._generated.ozon.models as ozon_models
import marketplace_async._generated.yandex.models as yandex_models
from marketplace_async import OzonClient, YandexMarketClient, _operation
from marketplace_async._codegen.corrections import FIXES
from marketplace_async._codegen.index import HAND_WRITTEN
from marketplace_async._codegen.models import _merged_properties
from marketplace_async._codegen.spec import SCHEMA_REF, load
from marketplace_async._generated.ozon.methods import OzonOperations
from marketplace_async._generated.ozon.operations import OPERATIONS as OZON_OPS
from marketplace_async._generated.yandex.methods import YandexOperations
from marketplace_async._generated.yandex.operations import OPERATIONS as YANDEX_OPS
from marketplace_async._operation import OperationSpec, decode_answer

MODELS = {"ozon": ozon_models, "yandex": yandex_models}
OPS = {"ozon": OZON_OPS, "yandex": YANDEX_OPS}
CLIENTS: dict[str, type[Any]] = {"ozon": OzonClient, "yandex": YandexMarketClient}
MIXINS: dict[str, type[Any]] = {"ozon": OzonOperations, "yandex": YandexOperations}
NEW_ENUM_VALUE = "A_VALUE_NEWER_THAN_THE_SPEC"


def _examples(mp: str) -> dict[str, dict[str, Any]]:
    from importlib.resources import files

    return json.loads(
        files(f"marketplace_async._generated.{mp}").joinpath("examples.json").read_text("utf-8")
    )


def _spec_operations(mp: str) -> list[tuple[str, str, str]]:
    """(operationId, verb, path) of every operation, read from the spec by the tests' loaders."""
    if mp == "yandex":
        return [(op.operation_id, op.method, op.path) for op in yandex_operations()]
    out = []
    for path, item in ozon_swagger()["paths"].items():
        for method in ("get", "post", "put", "delete", "patch"):
            if method in item:
                out.append((item[method]["operationId"], method.upper(), path))
    return out


def _model(mp: str, type_text: str) -> Any:
    if type_text == "bytes":
        return bytes
    if type_text == "None":
        return type(None)
    return eval(type_text, vars(MODELS[mp]))  # a type expression of the generated module


# ------------------------------------------------------------------ every operation is a method


@pytest.mark.parametrize("mp", ["ozon", "yandex"])
def test_every_spec_operation_is_a_typed_coroutine_method(mp: str) -> None:
    by_id = {op.operation_id: op for op in OPS[mp]}
    spec_ops = _spec_operations(mp)
    assert len(spec_ops) == {"ozon": 460, "yandex": 160}[mp]
    assert sorted(by_id) == sorted(op_id for op_id, _, _ in spec_ops)
    for op_id, verb, path in spec_ops:
        op = by_id[op_id]
        assert (op.method, op.path) == (verb, path)
        method = getattr(CLIENTS[mp], op.attr)
        assert inspect.iscoroutinefunction(method), op.attr
        hints = get_type_hints(method, globalns=vars(MODELS[mp]))
        assert hints["return"] == _model(mp, op.response_model), op.attr
        assert method.__doc__ and f"``{verb} {path}``" in method.__doc__
        if op.paging and op.paging.item_model:
            iterator = getattr(CLIENTS[mp], "iter_" + op.attr)
            item = get_type_hints(
                iterator, globalns={**vars(inspect.getmodule(MIXINS[mp])), **vars(MODELS[mp])}
            )["return"]
            assert item == AsyncIterator[getattr(MODELS[mp], op.paging.item_model)]


@pytest.mark.parametrize("mp", ["ozon", "yandex"])
def test_generated_names_never_take_a_hand_written_one(mp: str) -> None:
    client, mixin = CLIENTS[mp], MIXINS[mp]
    hand_written = {
        name
        for cls in client.__mro__
        if cls is not object and not cls.__module__.startswith("marketplace_async._generated")
        for name in vars(cls)
        if not name.startswith("_")
    }
    generated = {name for name in vars(mixin) if not name.startswith("_")}
    assert not hand_written & generated
    # The generator's list of reserved names covers every public method the clients have today.
    methods = {
        n for n in hand_written if callable(getattr(client, n)) or isinstance(getattr(client, n), property)
    }
    assert methods <= HAND_WRITTEN[mp], sorted(methods - HAND_WRITTEN[mp])
    # The bulk method keeps the name; the single request is call_<name>.
    if mp == "yandex":
        assert client.update_stocks is not mixin.call_update_stocks
        assert "updateStocks" in mixin.call_update_stocks.__doc__


def test_help_lists_the_generated_methods_with_their_docs() -> None:
    import pydoc

    text = pydoc.render_doc(OzonClient, renderer=pydoc.plaintext)
    assert "product_get_product_list(self, body: 'Productv3GetProductListRequest | None' = None)" in text
    assert "``POST /v3/product/list`` (ProductAPI_GetProductList)" in text
    assert "update_stocks(" in text  # the hand-written bulk methods are still there


def test_names_are_derived_from_the_operation_id() -> None:
    attrs = {op.operation_id: op.attr for op in (*OZON_OPS, *YANDEX_OPS)}
    assert attrs["ProductAPI_GetProductList"] == "product_get_product_list"
    assert attrs["ProductAPI_ProductArchive"] == "product_archive"
    assert attrs["add-barcode"] == "add_barcode"
    assert attrs["getCampaigns"] == "get_campaigns"
    assert attrs["updatePrices"] == "call_update_prices"


def test_importing_the_package_loads_no_generated_model() -> None:
    import subprocess
    import sys

    code = (
        "import sys, marketplace_async; "
        "print(any(m.endswith('.models') and '_generated' in m for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# ------------------------------------------------------------------ a scripted local server


class Scripted(Recorder):
    """The shared recording server, answering ``pages`` first, in order, then ``answer``."""

    def __init__(self) -> None:
        super().__init__(self._reply)
        self.answer: bytes = b"{}"
        self.pages: list[Any] = []
        self.content_type = "application/json"

    def _reply(self, _request: web.Request) -> web.Response:
        body = msgspec.json.encode(self.pages.pop(0)) if self.pages else self.answer
        return web.Response(body=body, content_type=self.content_type)

    @property
    def requests(self) -> list[tuple[str, str, dict[str, str], bytes]]:
        """(verb, path, query, body) of each request, in order."""
        out = []
        for verb, raw_path, body in self.seen:
            parts = urlsplit(raw_path)
            out.append((verb, parts.path, dict(parse_qsl(parts.query)), body))
        return out


@pytest.fixture
async def recorder() -> AsyncIterator[tuple[Scripted, str]]:
    rec = Scripted()
    async with serve(rec) as base_url:
        yield rec, base_url


# ------------------------------------------------------------------ samples from the schemas


def _sample(mp: str, node: Any, *, every_field: bool, depth: int = 0) -> Any:
    """A value the schema accepts: every property (or only the required ones), enums' first value."""
    schemas = load(mp).schemas
    while isinstance(node, dict) and "$ref" in node:
        node = schemas[node["$ref"].removeprefix(SCHEMA_REF)]
    if not isinstance(node, dict):
        return None
    if "example" in node and not isinstance(node["example"], (dict, list)):
        example = node["example"]
        if not (node.get("enum") and example not in node["enum"]):
            return example
    props, required = _merged_properties(node, load(mp))
    if props:
        # Of "give offer_id or product_id" (a oneOf of required lists), give the first only.
        branches = [
            b.get("required") or [] for b in node.get("oneOf") or () if set(b) <= {"required", "title"}
        ]
        excluded = {name for branch in branches[1:] for name in branch} - set(branches[0] if branches else ())
        names = [n for n in props if ((every_field and depth < 5) or n in required) and n not in excluded]
        values = {n: _sample(mp, props[n], every_field=every_field, depth=depth + 1) for n in names}
        # A field whose pattern no simple value fits is left out unless it is required.
        return {n: "x" if v is _OMIT else v for n, v in values.items() if v is not _OMIT or n in required}
    kind, fmt = node.get("type"), node.get("format")
    if (node.get("oneOf") or node.get("anyOf")) and not props:
        return _sample(mp, (node.get("oneOf") or node.get("anyOf"))[0], every_field=every_field, depth=depth)
    if kind == "array" or "items" in node:
        count = max(1, int(node.get("minItems", 1)))
        item = _sample(mp, node.get("items"), every_field=every_field, depth=depth + 1)
        return [item if item is not _OMIT else "x"] * count
    if isinstance(node.get("enum"), list) and node["enum"]:
        return node["enum"][0]
    if kind == "object":
        return {}
    if kind in ("integer", "int"):
        return int(node.get("minimum", 1)) if not node.get("exclusiveMinimum") else int(node["minimum"]) + 1
    if kind == "number":
        return float(node.get("minimum", 1)) + (1 if node.get("exclusiveMinimum") else 0)
    if kind == "boolean":
        return True
    if fmt == "date-time":
        return "2026-06-01T10:00:00+03:00"
    if fmt == "date":
        return "2026-06-01"
    if fmt in ("int64", "uint64"):
        return "1"
    text = "x" * max(1, int(node.get("minLength", 1)))
    pattern = node.get("pattern")
    if pattern:
        try:
            candidates = (
                text,
                "1",
                "A",
                "RUB",
                "2026-06-01",
                "10:00",
                "+79991234567",
                pattern.strip("^$"),
                "",
            )
            lengths = range(int(node.get("minLength", 0)), int(node.get("maxLength", 1000)) + 1)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)  # a spec pattern with "[[" in it
                fits = [c for c in candidates if re.search(pattern, c) and len(c) in lengths]
        except re.error:  # not a Python regular expression; the validators skip it too
            fits = [text]
        return fits[0] if fits else _OMIT
    return text


_OMIT = object()
_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None


@_FORMATS.checks("int64")
def _is_int64_text(value: object) -> bool:
    return not isinstance(value, str) or re.fullmatch(r"-?\d+", value) is not None


_JSON_TYPES = {"object", "array", "string", "integer", "number", "boolean", "null"}


@functools.cache
def _ozon_registry(strict: bool = True) -> Any:
    """The tests' Ozon document with the generator's corrections on top (``corrections.FIXES``)."""
    doc = copy.deepcopy(_document(strict, True))
    for node in _nodes(doc):
        if node.get("type") == "int":  # a typo in three schemas; the generator reads it as integer
            node["type"] = "integer"
        elif ("type" in node and node["type"] is None) or (
            isinstance(node.get("type"), str) and node["type"] not in _JSON_TYPES
        ):
            del node["type"]  # "array of strings": no JSON type; the generator types it Any
        if "enum" in node and not isinstance(node["enum"], list):
            del node["enum"]  # enum: null, which the generator ignores
        if isinstance(node.get("required"), bool):
            del node["required"]  # required: true on a property, which the generator ignores
        if isinstance(node.get("required"), list) and isinstance(node.get("properties"), dict):
            # A required name the schema has no property for cannot be sent (the generator drops it).
            node["required"] = [name for name in node["required"] if name in node["properties"]]
        if isinstance(node.get("pattern"), str) and not _is_regex(node["pattern"]):
            del node["pattern"]  # " YYYY-MM-DDThh:mm:ss.mcsZ", "*": a description, not a regex
    for fix in FIXES:
        if fix.marketplace == "ozon" and fix.change == "string":
            prop = doc["components"]["schemas"][fix.schema]["properties"][fix.field]
            prop["type"] = "string"
            prop.pop("format", None)
    resource: Resource[Any] = Resource.from_contents(doc, default_specification=DRAFT7)
    return Registry().with_resource(_URI, resource)


def _is_regex(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return "YYYY" not in pattern


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def validate_request(mp: str, op: OperationSpec, body: Any) -> None:
    """Raise unless ``body`` fits the operation's request schema ($refs resolved)."""
    if mp == "yandex":
        validate_yandex_request(op.operation_id, body)
        return
    ref = request_schema_ref(op.path)
    if ref is None:  # a body given as a $ref to #/components/requestBodies
        shared = ozon_swagger()["paths"][op.path][op.method.lower()]["requestBody"]["$ref"]
        ref = shared.removeprefix("#") + "/content/application~1json/schema"
    validator = Draft7Validator(
        {"$ref": _URI + "#" + ref}, registry=_ozon_registry(), format_checker=_FORMATS
    )
    error = best_match(validator.iter_errors(body))
    if error is not None:
        raise error


def _body_schema(mp: str, op_id: str) -> Any:
    raw = next(op for op in load(mp).operations if op.operation_id == op_id).raw
    return (((raw.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")


def _response_schema(mp: str, op_id: str) -> Any:
    raw = next(op for op in load(mp).operations if op.operation_id == op_id).raw
    ok = (raw.get("responses") or {}).get("200") or {}
    return ((ok.get("content") or {}).get("application/json") or {}).get("schema")


def _args(mp: str, op: OperationSpec) -> dict[str, Any]:
    """Path parameters (7), and a schema sample for each required query parameter."""
    method = getattr(CLIENTS[mp], op.attr)
    hints = get_type_hints(method, globalns=vars(MODELS[mp]))
    values: dict[str, Any] = {}
    for _, name in op.path_params:
        values[name] = 7 if hints[name] is int else "7"
    raw = next(r for r in load(mp).operations if r.operation_id == op.operation_id).raw
    declared = {p["name"]: p for p in raw.get("parameters") or () if p.get("in") == "query"}
    for wire, name in op.query_params:
        if declared[wire].get("required"):
            values[name] = msgspec.convert(
                _sample(mp, declared[wire].get("schema"), every_field=False), hints[name]
            )
    return values


async def _call_every(
    mp: str,
    base_url: str,
    rec: Scripted,
    bodies: Callable[[OperationSpec], Any],
) -> list[tuple[OperationSpec, Any, Any]]:
    """Call each operation's typed method once; (operation, body given, answer) of each."""
    client: Any
    if mp == "ozon":
        client = OzonClient(client_id=1, api_key="test-key", base_url=base_url, time_scale=1000)
    else:
        client = YandexMarketClient(api_key="test-key", base_url=base_url, time_scale=1000)
    done = []
    async with client:
        for op in OPS[mp]:
            if op.request_content_type == "multipart/form-data":
                continue
            body = bodies(op)
            if body is _SKIP:
                continue
            rec.answer = _answer_for(mp, op)
            rec.content_type = "application/pdf" if op.response_model == "bytes" else "application/json"
            kwargs = _args(mp, op)
            if op.request_model:
                kwargs["body"] = body
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                # A non-idempotent operation answering a file (a PNG barcode) succeeds too.
                answer = await getattr(client, op.attr)(**kwargs)
            done.append((op, body, answer))
    return done


_SKIP = object()
_MULTIPART = "multipart/form-data"


def _answer_for(mp: str, op: OperationSpec) -> bytes:
    if op.response_model == "bytes":
        return b"%PDF-1.4 label"
    if op.response_model == "None":
        return b"{}"
    schema = _response_schema(mp, op.operation_id)
    return msgspec.json.encode(_sample(mp, schema, every_field=True) if schema is not None else {})


# ------------------------------------------------------------------ requests on the wire


@pytest.mark.parametrize("mp", ["ozon", "yandex"])
async def test_every_typed_method_sends_the_spec_verb_path_and_a_body_the_schema_accepts(
    mp: str, recorder: tuple[Scripted, str]
) -> None:
    rec, base_url = recorder
    models = MODELS[mp]

    def body(op: OperationSpec) -> Any:
        if not op.request_model:
            return None
        schema = _body_schema(mp, op.operation_id)
        sample = _sample(mp, schema, every_field=True)
        return msgspec.convert(sample, _model(mp, op.request_model))

    done = await _call_every(mp, base_url, rec, body)
    assert len(done) == len(rec.requests) >= len(OPS[mp]) - 3  # multipart uploads: test_multipart_uploads.py
    for (op, sent, answer), (verb, path, _query, wire) in zip(done, rec.requests, strict=True):
        expected = op.path
        for wire_name, _ in op.path_params:
            expected = expected.replace("{" + wire_name + "}", "7")
        assert (verb, path) == (op.method, expected), op.operation_id
        if op.request_model and op.method != "GET":
            payload = msgspec.json.decode(wire)
            validate_request(mp, op, payload)
            assert payload == msgspec.to_builtins(sent)
        expected_type = _model(mp, op.response_model)
        if isinstance(expected_type, type) and expected_type is not type(None) and answer is not None:
            assert isinstance(answer, expected_type), op.operation_id
    assert models  # the models module was loaded on first call


async def test_ozon_spec_example_requests_go_out_as_the_schema_wants(recorder: tuple[Scripted, str]) -> None:
    """Each spec example request the schema accepts builds the typed request and goes out valid."""
    rec, base_url = recorder
    examples = _examples("ozon")
    off_spec = []

    def body(op: OperationSpec) -> Any:
        example = examples.get(op.operation_id, {}).get("request")
        if example is None or not op.request_model:
            return _SKIP
        try:
            validate_request("ozon", op, example)
        except (JsonSchemaError, ValueError):
            off_spec.append(op.operation_id)  # the spec's example contradicts its own schema
            return _SKIP
        return msgspec.convert(example, _model("ozon", op.request_model), strict=False)

    done = await _call_every("ozon", base_url, rec, body)
    with_example = [
        op for op in OZON_OPS if "request" in examples.get(op.operation_id, {}) and op.request_model
    ]
    # Every example is either sent or one its own schema refuses (43 of 196 in the June 2026 spec:
    # ids as strings where the schema says integer, lower-case enum values, dates for date-times).
    assert len(done) + len(off_spec) == len(
        [op for op in with_example if op.request_content_type != _MULTIPART]
    )
    assert len(done) >= 150
    for (op, _sent, _answer), (verb, path, _query, wire) in zip(done, rec.requests, strict=True):
        assert (verb, path) == (op.method, op.path.replace("{file_guid}", "7"))
        body_sent = msgspec.json.decode(wire)
        validate_request("ozon", op, body_sent)
        model = _model("ozon", op.request_model or "")
        example = examples[op.operation_id]["request"]
        # Nothing lost or changed on the way (a date may be spelt differently, e.g. .000Z → Z).
        assert msgspec.convert(body_sent, model) == msgspec.convert(example, model, strict=False), (
            op.operation_id
        )


# ------------------------------------------------------------------ answers decode, leniently


def _with_unknowns(mp: str, value: Any, schema: Any) -> Any:
    """The value with an unknown field in every object and a new value in every enum field."""
    schemas = load(mp).schemas
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas[schema["$ref"].removeprefix(SCHEMA_REF)]
    if not isinstance(schema, dict):
        return value
    if isinstance(value, str) and isinstance(schema.get("enum"), list):
        return NEW_ENUM_VALUE
    if isinstance(value, list):
        return [_with_unknowns(mp, v, schema.get("items")) for v in value]
    if isinstance(value, dict):
        props: dict[str, Any] = {}
        for part in [*(schema.get("allOf") or ()), schema]:
            while isinstance(part, dict) and "$ref" in part:
                part = schemas[part["$ref"].removeprefix(SCHEMA_REF)]
            props.update(part.get("properties") or {})
        out = {k: _with_unknowns(mp, v, props.get(k)) for k, v in value.items()}
        if props:  # an object, not a map (additionalProperties), whose keys are data
            out["a_field_newer_than_the_spec"] = {"nested": [1, "two"]}
        return out
    return value


@pytest.mark.parametrize("mp", ["ozon", "yandex"])
def test_every_response_model_decodes_a_schema_sample_with_unknown_fields_and_enum_values(mp: str) -> None:
    enum_values = 0
    for op in OPS[mp]:
        schema = _response_schema(mp, op.operation_id)
        if schema is None:
            continue
        model = _model(mp, op.response_model)
        sample = _sample(mp, schema, every_field=True)
        try:
            decode_answer(msgspec.json.encode(sample), model)
        except msgspec.ValidationError as exc:
            raise AssertionError(f"{op.operation_id}: {exc}") from None
        changed = _with_unknowns(mp, sample, schema)
        enum_values += json.dumps(changed).count(NEW_ENUM_VALUE)
        decoded = decode_answer(msgspec.json.encode(changed), model)
        assert decoded is not None or model is Any, op.operation_id
    assert enum_values > 100  # the samples do carry enum fields, so the unknown values were tried


def test_ozon_spec_example_responses_decode_with_unknown_fields_and_enum_values() -> None:
    examples = _examples("ozon")
    decoded, off_spec = 0, []
    for op in OZON_OPS:
        example = examples.get(op.operation_id, {}).get("response")
        if example is None or op.response_model in ("bytes", "None"):
            continue
        model = _model("ozon", op.response_model)
        schema = _response_schema("ozon", op.operation_id)
        try:
            decode_answer(msgspec.json.encode(example), model)
        except msgspec.ValidationError:
            off_spec.append(op)
            continue
        decode_answer(msgspec.json.encode(_with_unknowns("ozon", example, schema)), model)
        decoded += 1
    assert decoded > 150
    # The few examples that do not decode contradict their own response schema.
    validator_for = Draft7Validator
    for op in off_spec:
        ref = response_schema_ref(op.path)
        validator = validator_for(
            {"$ref": _URI + "#" + ref}, registry=_ozon_registry(False), format_checker=_FORMATS
        )
        assert list(validator.iter_errors(examples[op.operation_id]["response"])), op.operation_id


def test_an_unknown_enum_value_breaks_a_request_model_but_not_a_response_model() -> None:
    # The two flavours differ on purpose: requests are checked before anything is sent.
    request = {"filter": {"visibility": NEW_ENUM_VALUE}}
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert(request, ozon_models.Productv3GetProductListRequest)
    answer = {"result": {"items": [{"product_id": "123", "offer_id": "a", NEW_ENUM_VALUE: 1}], "last_id": ""}}
    decoded = decode_answer(msgspec.json.encode(answer), ozon_models.Productv3GetProductListResponse)
    assert decoded.result is not None and decoded.result.items is not None
    assert decoded.result.items[0].product_id == 123  # int64 sent as a string


def test_request_models_are_keyword_only_and_leave_unset_fields_out() -> None:
    with pytest.raises(TypeError):
        ozon_models.Productv3GetProductListRequest({})  # type: ignore[misc]
    body = ozon_models.Productv3GetProductListRequest(limit=10)
    assert msgspec.json.encode(body) == b'{"limit":10}'
    offer = yandex_models.GetCampaignOffersRequest(offer_ids=["a"])
    assert msgspec.to_builtins(offer) == {"offerIds": ["a"]}  # wire name kept


def test_deprecated_operations_warn_once_naming_the_replacement() -> None:
    deprecated = [op for op in OZON_OPS if op.deprecated]
    assert {op.operation_id for op in deprecated} >= {
        "PostingAPI_GetFbsPostingListV3",
        "ReviewAPI_ReviewList",
    }
    listing = next(op for op in OZON_OPS if op.operation_id == "PostingAPI_GetFbsPostingListV3")
    assert listing.replacement == "PostingFbsList" and listing.replacement_attr == "posting_fbs_list"
    yandex = next(op for op in YANDEX_OPS if op.operation_id == "getOrders")
    assert yandex.replacement_attr == "get_business_orders"


async def test_a_deprecated_method_warns_once(
    recorder: tuple[Scripted, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_operation, "_warned", set())  # other tests may have called it already
    rec, base_url = recorder
    rec.answer = b'{"reviews": [], "has_next": false}'
    op = next(op for op in OZON_OPS if op.operation_id == "ReviewAPI_ReviewList")
    request = _model("ozon", op.request_model or "")(limit=20)
    async with OzonClient(client_id=1, api_key="k", base_url=base_url, time_scale=1000) as ozon:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await ozon.review_list(request)
            await ozon.review_list(request)
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(messages) == 1 and ".review_list_v2()" in messages[0], messages


# ------------------------------------------------------------------ typed iterators


async def test_ozon_iterator_follows_the_cursor_and_yields_typed_items(
    recorder: tuple[Scripted, str],
) -> None:
    rec, base_url = recorder
    rec.pages = [
        {
            "postings": [{"posting_number": "1-1"}, {"posting_number": "1-2"}],
            "cursor": "c1",
            "has_next": True,
        },
        {"postings": [{"posting_number": "2-1", "order_id": "77"}], "cursor": "c2", "has_next": False},
    ]
    request = ozon_models.PostingV4PostingFbsListRequest(
        filter=ozon_models.PostingV4PostingFbsListRequestFilter(
            since=datetime(2026, 6, 1, tzinfo=UTC), to=datetime(2026, 6, 2, tzinfo=UTC)
        ),
        limit=100,
    )
    async with OzonClient(client_id=1, api_key="k", base_url=base_url, time_scale=1000) as ozon:
        items = [item async for item in ozon.iter_posting_fbs_list(request, limit=50)]
    assert [i.posting_number for i in items] == ["1-1", "1-2", "2-1"]
    assert isinstance(items[0], ozon_models.PostingV4PostingFbsListResponsePostings)
    assert items[2].order_id == 77  # int64 as a string, decoded leniently
    sent = [msgspec.json.decode(wire) for _, _, _, wire in rec.requests]
    assert [body.get("cursor") for body in sent] == [None, "c1"]  # stops on has_next false
    assert {body["limit"] for body in sent} == {50}  # the iterator's limit wins over the body's
    assert all(path == "/v4/posting/fbs/list" for _, path, _, _ in rec.requests)


async def test_ozon_offset_iterator_stops_on_a_short_page(recorder: tuple[Scripted, str]) -> None:
    rec, base_url = recorder
    rec.pages = [
        {"actions": [{"action_id": 1}, {"action_id": 2}], "total": 3},
        {"actions": [{"action_id": 3}], "total": 3},
    ]
    async with OzonClient(client_id=1, api_key="k", base_url=base_url, time_scale=1000) as ozon:
        body = _model(
            "ozon", next(o for o in OZON_OPS if o.attr == "seller_actions_list").request_model or ""
        )
        items = [a async for a in ozon.iter_seller_actions_list(_sample_model(body), limit=2)]
    assert [a.action_id for a in items] == [1, 2, 3]
    assert [msgspec.json.decode(w)["offset"] for _, _, _, w in rec.requests] == [0, 2]


async def test_yandex_iterator_follows_next_page_token(recorder: tuple[Scripted, str]) -> None:
    rec, base_url = recorder
    rec.pages = [
        {"campaigns": [{"id": 1}, {"id": 2}], "paging": {"nextPageToken": "t1"}},
        {"campaigns": [{"id": 3}], "paging": {}},
    ]
    async with YandexMarketClient(api_key="k", base_url=base_url, time_scale=1000) as ym:
        campaigns = [c async for c in ym.iter_get_campaigns(limit=2)]
    assert [c.id for c in campaigns] == [1, 2, 3]
    assert isinstance(campaigns[0], yandex_models.CampaignDTO)
    assert [q.get("page_token") for _, _, q, _ in rec.requests] == [None, "t1"]
    assert all(q["limit"] == "2" for _, _, q, _ in rec.requests)


def _sample_model(model: Any) -> Any:
    """The model with its required fields filled from the schema's sample."""
    name = model.__name__
    op = next(o for o in OZON_OPS if o.request_model == name)
    return msgspec.convert(_sample("ozon", _body_schema("ozon", op.operation_id), every_field=False), model)
