"""The push journal: every confirmed item, appended as soon as its request is confirmed.

A re-run of the same push skips an item whose key was last confirmed with the same value; a
changed value is sent again, and the time of its last confirmation tells whether a per-item limit
(Ozon: one stock update per pair every 30 s) still holds it. The first line names the target
(marketplace, endpoint, base URL, account fingerprint, campaign...), so a journal is never applied
to another target.

Format (JSON Lines): a header ``{"journal": "marketplace-async push", "version": 2, "target": {...}}``,
then ``[key, value, unix_time]`` per confirmed item (version 1 had no time; such a journal is read,
and rewritten as version 2 when it is next appended to). A line cut short by a crash is ignored.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from ._records import Record, UsageError

_NAME = "marketplace-async push"
_VERSION = 2
_READS = (1, 2)


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Journal:
    """Confirmed items of one target. :meth:`open` reads what is there; :meth:`add` appends."""

    def __init__(self, path: Path, target: Mapping[str, Any], confirmed: dict[str, str]) -> None:
        self.path = path
        self.target = dict(target)
        self._confirmed = confirmed
        self._times: dict[str, float] = {}  # canonical key → unix time of its last confirmation
        self._file: IO[str] | None = None
        self._outdated = False  # an older version's file: rewritten before appending
        self.ignored_lines = 0

    @classmethod
    def read(cls, path: Path, target: Mapping[str, Any], *, ignore: Iterable[str] = ()) -> Journal:
        """The journal at ``path`` (empty if there is none); a target mismatch is a usage error.

        A journal that confirms nothing is replaced instead: a first run refused for a wrong key
        leaves one, and the run with the right key is the same push. ``ignore`` names target fields
        left out of the comparison (a dry run may not know the account).
        """
        confirmed: dict[str, str] = {}
        journal = cls(path, target, confirmed)
        if not path.exists() or path.stat().st_size == 0:
            return journal
        skip = set(ignore)
        with path.open(encoding="utf-8") as f:
            header = _header(f.readline(), path)
            journal._outdated = header["version"] != _VERSION
            theirs = {k: v for k, v in header["target"].items() if k not in skip}
            ours = {k: v for k, v in target.items() if k not in skip}
            for text in f:
                try:
                    key, value, *when = json.loads(text)
                except (ValueError, TypeError):
                    journal.ignored_lines += 1  # cut short by a crash: that item was not recorded
                    continue
                confirmed[ckey := canonical(key)] = canonical(value)
                if when and isinstance(when[0], (int, float)):
                    journal._times[ckey] = float(when[0])
                else:
                    journal._times.pop(ckey, None)
        if theirs != ours:
            if confirmed:
                raise UsageError(
                    f"journal {path} belongs to another push ({_describe(theirs)}), not this one "
                    f"({_describe(ours)}); pass --journal PATH for a new one, or --restart to replace it"
                )
            journal = cls(path, target, {})
            journal._outdated = True  # its header is rewritten for this push
        return journal

    def confirms(self, record: Record) -> bool:
        return self._confirmed.get(canonical(record.key)) == canonical(record.value)

    def confirmed_at(self, record: Record) -> float | None:
        """Unix time when ``record``'s key was last confirmed (any value); None if never, or unknown."""
        return self._times.get(canonical(record.key))

    def __len__(self) -> int:
        return len(self._confirmed)

    def start(self, *, restart: bool = False) -> None:
        """Open for appending; a new (or restarted) journal gets its header first."""
        fresh = restart or self._outdated or not self.path.exists() or self.path.stat().st_size == 0
        if restart:
            self._confirmed.clear()
            self._times.clear()
        if fresh:  # written whole, then put in place: a crash leaves the old journal or the new one
            header = {"journal": _NAME, "version": _VERSION, "target": self.target}
            lines = [canonical(header) + "\n"]
            for key, value in self._confirmed.items():  # an outdated journal's items, rewritten
                when = self._times.get(key)
                lines.append(f"[{key},{value}]\n" if when is None else f"[{key},{value},{when:.3f}]\n")
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_text("".join(lines), encoding="utf-8")
            os.replace(partial, self.path)
            self._outdated = False
        self._file = self.path.open("a", encoding="utf-8")

    def add(self, records: Iterable[Record]) -> None:
        """Append confirmed records and flush, so they survive the process being killed."""
        assert self._file is not None, "start() the journal first"
        lines = []
        now = time.time()
        for record in records:
            key, value = canonical(record.key), canonical(record.value)
            self._confirmed[key] = value
            self._times[key] = now
            lines.append(f"[{key},{value},{now:.3f}]\n")
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
    if header.get("version") not in _READS:
        raise UsageError(
            f"journal {path} has version {header.get('version')!r}; this program reads versions "
            f"{', '.join(map(str, _READS))}"
        )
    return header


def _describe(target: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(target.items()) if v is not None)
