"""The push journal: every confirmed item, appended as soon as its request is confirmed.

A re-run of the same push skips an item whose key was last confirmed with the same value; a
changed value is sent again. The first line names the target (marketplace, endpoint, base URL,
account fingerprint, campaign...), so a journal is never applied to another target.

Format (JSON Lines): a header ``{"journal": "marketplace-async push", "version": 1, "target": {...}}``,
then ``[key, value]`` per confirmed item. A line cut short by a crash is ignored on reading.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from ._records import Record, UsageError

_NAME = "marketplace-async push"
_VERSION = 1


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Journal:
    """Confirmed items of one target. :meth:`open` reads what is there; :meth:`add` appends."""

    def __init__(self, path: Path, target: Mapping[str, Any], confirmed: dict[str, str]) -> None:
        self.path = path
        self.target = dict(target)
        self._confirmed = confirmed
        self._file: IO[str] | None = None
        self.ignored_lines = 0

    @classmethod
    def read(cls, path: Path, target: Mapping[str, Any], *, ignore: Iterable[str] = ()) -> Journal:
        """The journal at ``path`` (empty if there is none); a target mismatch is a usage error.

        ``ignore`` names target fields left out of the comparison (a dry run may not know the account).
        """
        confirmed: dict[str, str] = {}
        journal = cls(path, target, confirmed)
        if not path.exists() or path.stat().st_size == 0:
            return journal
        skip = set(ignore)
        with path.open(encoding="utf-8") as f:
            header = _header(f.readline(), path)
            theirs = {k: v for k, v in header["target"].items() if k not in skip}
            ours = {k: v for k, v in target.items() if k not in skip}
            if theirs != ours:
                raise UsageError(
                    f"journal {path} belongs to another push ({_describe(theirs)}), not this one "
                    f"({_describe(ours)}); pass --journal PATH for a new one, or --restart to replace it"
                )
            for text in f:
                try:
                    key, value = json.loads(text)
                except ValueError:
                    journal.ignored_lines += 1  # cut short by a crash: that item was not recorded
                    continue
                confirmed[canonical(key)] = canonical(value)
        return journal

    def confirms(self, record: Record) -> bool:
        return self._confirmed.get(canonical(record.key)) == canonical(record.value)

    def __len__(self) -> int:
        return len(self._confirmed)

    def start(self, *, restart: bool = False) -> None:
        """Open for appending; a new (or restarted) journal gets its header first."""
        fresh = restart or not self.path.exists() or self.path.stat().st_size == 0
        if restart:
            self._confirmed.clear()
        self._file = self.path.open("w" if fresh else "a", encoding="utf-8")
        if fresh:
            header = {"journal": _NAME, "version": _VERSION, "target": self.target}
            self._file.write(canonical(header) + "\n")
            self._file.flush()

    def add(self, records: Iterable[Record]) -> None:
        """Append confirmed records and flush, so they survive the process being killed."""
        assert self._file is not None, "start() the journal first"
        lines = []
        for record in records:
            key, value = canonical(record.key), canonical(record.value)
            self._confirmed[key] = value
            lines.append(f"[{key},{value}]\n")
        if lines:
            self._file.write("".join(lines))
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _header(line: str, path: Path) -> dict[str, Any]:
    try:
        header = json.loads(line)
    except ValueError:
        header = None
    if (
        not isinstance(header, dict)
        or header.get("journal") != _NAME
        or not isinstance(header.get("target"), dict)
    ):
        raise UsageError(f"{path} is not a marketplace-async journal; pass --journal PATH for another file")
    if header.get("version") != _VERSION:
        raise UsageError(
            f"journal {path} has version {header.get('version')!r}; this program writes {_VERSION}"
        )
    return header


def _describe(target: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(target.items()) if v is not None)
