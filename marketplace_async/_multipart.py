"""Request bodies of the operations that upload files (``multipart/form-data``).

A form is encoded once into bytes, so a retry resends exactly the same body. A file field takes
``bytes`` (sent with the field's name as its file name) or a :class:`FileUpload`; a list field is
one part per element; dates go as ISO 8601, booleans as ``true``/``false``, nested objects as
JSON text. Unset and ``None`` fields are left out.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import msgspec

__all__ = ["MULTIPART", "FileUpload", "Form", "encode_form"]

MULTIPART = "multipart/form-data"


class FileUpload(msgspec.Struct, frozen=True, kw_only=True):
    """A file for an upload operation: its bytes, the name the server sees and its media type."""

    content: bytes
    filename: str = "file"
    content_type: str = "application/octet-stream"

    def __repr__(self) -> str:  # never the content: it may be large, or a receipt
        return f"FileUpload(filename={self.filename!r}, {len(self.content)} bytes, {self.content_type})"


@dataclass(frozen=True, slots=True)
class Form:
    """An encoded ``multipart/form-data`` body and the Content-Type that names its boundary."""

    body: bytes
    content_type: str


def encode_form(model: msgspec.Struct) -> Form:
    """``model``'s fields, by their wire names, as one ``multipart/form-data`` body."""
    boundary = "marketplace-async-" + os.urandom(12).hex()
    out = bytearray()
    for info in msgspec.structs.fields(type(model)):
        for part in _parts(getattr(model, info.name)):
            name = _quoted(info.encode_name)
            out += f"--{boundary}\r\n".encode()
            if isinstance(part, FileUpload):
                out += (
                    f'Content-Disposition: form-data; name="{name}"; filename="{_quoted(part.filename)}"\r\n'
                    f"Content-Type: {part.content_type}\r\n\r\n"
                ).encode()
                out += part.content
            else:
                out += f'Content-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                out += part.encode()
            out += b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return Form(bytes(out), f"multipart/form-data; boundary={boundary}")


def _parts(value: Any) -> Iterator[FileUpload | str]:
    if value is None or value is msgspec.UNSET:
        return
    if isinstance(value, (list, tuple)):
        for element in value:
            yield from _parts(element)
    elif isinstance(value, FileUpload):
        yield value
    elif isinstance(value, (bytes, bytearray)):
        yield FileUpload(content=bytes(value))
    elif isinstance(value, bool):
        yield "true" if value else "false"
    elif isinstance(value, (dt.datetime, dt.date)):
        yield value.isoformat()
    elif isinstance(value, (str, int, float)):
        yield str(value)
    else:
        yield msgspec.json.encode(value).decode()


def _quoted(text: str) -> str:
    """A name inside a quoted header parameter: no quote or line break can end it early."""
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
