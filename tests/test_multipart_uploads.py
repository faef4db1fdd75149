"""The three operations that upload files send one multipart/form-data body, resent unchanged."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
from aiohttp import BodyPartReader, web
from aiohttp.test_utils import TestServer

from marketplace_async import FileUpload, OzonClient, RetryPolicy, YandexMarketClient
from marketplace_async._multipart import encode_form
from marketplace_async.ozon.models import ProductAPIProductCertificateCreateRequest, V1UploadReceiptRequest
from marketplace_async.yandex.models import SendFileToChatRequest


class FormServer:
    """Parses each request's form with aiohttp's own reader; answers from ``answers`` in turn."""

    def __init__(self) -> None:
        self.forms: list[tuple[str, str, dict[str, list[object]]]] = []
        self.answers: list[web.Response] = []

    async def handle(self, request: web.Request) -> web.Response:
        fields: dict[str, list[object]] = {}
        async for part in await request.multipart():
            assert isinstance(part, BodyPartReader)  # flat forms only: no nested multipart
            data = await part.read()
            value: object = (
                (part.filename, part.headers.get("Content-Type"), bytes(data))
                if part.filename
                else data.decode()
            )
            fields.setdefault(part.name or "", []).append(value)
        self.forms.append((request.path, request.headers["Content-Type"].split(";")[0], fields))
        return self.answers.pop(0)


@pytest.fixture
async def form_server() -> AsyncIterator[tuple[FormServer, str]]:
    server = FormServer()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", server.handle)
    test_server = TestServer(app, host="127.0.0.1")
    await test_server.start_server()
    try:
        yield server, str(test_server.make_url("")).rstrip("/")
    finally:
        await test_server.close()


async def test_ozon_certificate_upload_sends_every_file_and_field(
    form_server: tuple[FormServer, str],
) -> None:
    server, base_url = form_server
    server.answers.append(web.json_response(50058))
    body = ProductAPIProductCertificateCreateRequest(
        files=[
            b"%PDF-1.4 one",
            FileUpload(content=b"\x89PNG two", filename="scan.png", content_type="image/png"),
        ],
        name="Декларация",
        number="RU-1",
        type_code="declaration",
        accordance_type_code="gost",
        issue_date=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    )
    async with OzonClient(client_id=1, api_key="k", base_url=base_url) as ozon:
        answer = await ozon.product_certificate_create(body)
    assert answer == 50058
    ((path, content_type, fields),) = server.forms
    assert (path, content_type) == ("/v1/product/certificate/create", "multipart/form-data")
    assert fields["files"] == [
        ("file", "application/octet-stream", b"%PDF-1.4 one"),
        ("scan.png", "image/png", b"\x89PNG two"),
    ]
    assert fields["name"] == ["Декларация"] and fields["type_code"] == ["declaration"]
    assert fields["issue_date"] == ["2026-01-02T03:04:05+00:00"]
    assert "expire_date" not in fields  # unset fields are left out


async def test_ozon_receipt_upload_refused_by_a_rate_limit_is_resent_byte_for_byte(
    form_server: tuple[FormServer, str],
) -> None:
    server, base_url = form_server
    # A receipt upload is never resent after it may have been applied; a 429 says it was not.
    limited = web.json_response(
        {"code": 8, "message": "rate limit"}, status=429, headers={"Retry-After": "0"}
    )
    server.answers += [limited, web.json_response({"receipt_id": "r-1"})]
    body = V1UploadReceiptRequest(
        content=b"receipt-bytes",
        operation_type="sale",
        posting_numbers=["1-1", "1-2"],
        receipt_number="7",
        type="SELL",  # type: ignore[arg-type]
    )
    policy = RetryPolicy(backoff_initial=0.01)
    async with OzonClient(client_id=1, api_key="k", base_url=base_url, retry=policy) as ozon:
        answer = await ozon.upload_receipt(body)
    assert answer.receipt_id == "r-1"
    first, second = server.forms
    assert first == second
    assert first[2]["posting_numbers"] == ["1-1", "1-2"]  # one part per element
    assert first[2]["content"] == [("file", "application/octet-stream", b"receipt-bytes")]


async def test_yandex_chat_file_goes_as_a_file_part_with_its_query(
    form_server: tuple[FormServer, str],
) -> None:
    server, base_url = form_server
    server.answers.append(web.json_response({"status": "OK"}))
    async with YandexMarketClient(api_key="k", base_url=base_url) as ym:
        answer = await ym.send_file_to_chat(
            42,
            SendFileToChatRequest(
                file=FileUpload(content=b"hello", filename="note.txt", content_type="text/plain")
            ),
            chat_id=9,
        )
    assert answer.status == "OK"
    ((path, content_type, fields),) = server.forms
    assert (path, content_type) == ("/v2/businesses/42/chats/file/send", "multipart/form-data")
    assert fields == {"file": [("note.txt", "text/plain", b"hello")]}


def test_a_form_cannot_be_broken_by_a_quote_or_line_break_in_a_name() -> None:
    upload = FileUpload(content=b"x", filename='a"\r\nContent-Type: evil')
    form = encode_form(SendFileToChatRequest(file=upload))
    header = form.body.split(b"\r\n\r\n", 1)[0]
    assert b"evil" in header and b'filename="a%22%0D%0AContent-Type: evil"' in header
    assert header.count(b"\r\n") == 2  # boundary line, Content-Disposition, Content-Type
    assert (
        repr(upload)
        == "FileUpload(filename='a\"\\r\\nContent-Type: evil', 1 bytes, application/octet-stream)"
    )
