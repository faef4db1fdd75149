"""Names for accounts and tokens that cannot be turned back into them.

A plain hash of a Client-Id (6 to 8 digits) is reversed by trying every number in under a
second, so every fingerprint here is an HMAC-SHA256 under a key nobody outside can know:

* without ``secret``: a random key made once per process. Use it in reprs and logs: the same
  account reads the same within one run, and nothing links or reverses it across runs.
* with ``secret`` (an Api-Key or token the account already keeps secret): a key derived from it,
  so every process holding that secret computes the same name. Use it where names must agree
  across processes and runs (bucket keys shared through Redis, push journals); reversing it
  needs the secret itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

_PROCESS_KEY = secrets.token_bytes(32)
_DERIVE = b"marketplace_async fingerprint v1\x00"  # keeps these keys apart from any other use of the secret


def fingerprint(value: str, *, secret: str | None = None, length: int = 12) -> str:
    """``length`` hex digits naming ``value``; see the module docstring for which key to use."""
    key = _PROCESS_KEY if secret is None else hashlib.sha256(_DERIVE + secret.encode()).digest()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:length]
