"""Answers a test fixes for an operation: ``emu.respond("v3/posting/fbs/list", json=...)``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import msgspec

from ._wire import Reply


@dataclass(slots=True)
class Steered:
    """One registered answer; ``times`` ``None`` answers until it is cleared."""

    reply: Reply
    times: int | None
    served: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.reply.status,
            "content_type": self.reply.content_type,
            "times": self.times,
            "served": self.served,
        }


@dataclass(slots=True)
class Steering:
    """Registered answers by (marketplace, operation key); empty unless a test registers one."""

    answers: dict[tuple[str, str], Steered] = field(default_factory=dict)

    def take(self, market: str, key: str) -> Reply | None:
        """The answer registered for the operation, counting it; ``None`` when there is none."""
        steered = self.answers.get((market, key))
        if steered is None:
            return None
        steered.served += 1
        if steered.times is not None and steered.served >= steered.times:
            del self.answers[(market, key)]
        return steered.reply


def build_reply(
    *,
    status: int | None,
    json: Any,
    body: bytes | None,
    content_type: str | None,
    error: str | None,
    code: int | str | None,
    headers: Mapping[str, str] | None,
    error_body: Any,
) -> Reply:
    """The :class:`Reply` of :meth:`Emulator.respond`; ``error_body(code, message)`` is the marketplace's."""
    given = [name for name, value in (("json", json), ("body", body), ("error", error)) if value is not None]
    if len(given) > 1:
        raise ValueError(f"give one of json=, body= or error=, not {' and '.join(given)}")
    if status is not None and not 100 <= status <= 599:
        raise ValueError(f"status must be an HTTP status (100..599), got {status!r}")
    if error is not None:
        status = 400 if status is None else status
        if status < 400:
            raise ValueError(f"error= answers an error status (>= 400), got {status}")
        payload = msgspec.json.encode(error_body(code, error))
        return Reply(status, payload, "application/json", dict(headers or {}))
    if body is not None:
        return Reply(
            200 if status is None else status,
            bytes(body),
            content_type or "application/octet-stream",
            dict(headers or {}),
        )
    return Reply(
        200 if status is None else status,
        msgspec.json.encode(json if json is not None else {}),
        content_type or "application/json",
        dict(headers or {}),
    )
