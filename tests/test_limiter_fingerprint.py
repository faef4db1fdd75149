"""Account fingerprints cannot be reversed (issue 12 item 10): keyed, never a plain hash."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from marketplace_async import OzonClient, YandexMarketClient
from marketplace_async._fingerprint import fingerprint
from marketplace_async._ozon.client import account_fingerprint

CLIENT_ID = "123456"
API_KEY = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"


def test_a_client_id_cannot_be_recovered_from_its_fingerprints() -> None:
    """What an attacker does with a plain hash of a 6-digit Client-Id: try them all (< 1 s)."""
    names = {account_fingerprint(CLIENT_ID)[1:], account_fingerprint(CLIENT_ID, API_KEY)[1:]}
    assert all(len(name) == 12 for name in names)
    found = [n for n in range(100_000, 1_000_000) if hashlib.sha256(b"%d" % n).hexdigest()[:12] in names]
    assert found == []


def test_a_fingerprint_keyed_by_the_secret_agrees_across_processes() -> None:
    code = (
        "from marketplace_async._ozon.client import account_fingerprint as f;"
        f"print(f({CLIENT_ID!r}, {API_KEY!r}), f({CLIENT_ID!r}))"
    )

    def run() -> list[str]:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        return out.stdout.split()

    (stable_a, local_a), (stable_b, local_b) = run(), run()
    assert stable_a == stable_b == account_fingerprint(CLIENT_ID, API_KEY)  # bucket keys, journals
    assert local_a != local_b  # reprs and logs: nothing links two runs
    assert account_fingerprint(CLIENT_ID) == account_fingerprint(CLIENT_ID) != account_fingerprint("123457")
    assert account_fingerprint(CLIENT_ID, API_KEY) != account_fingerprint(CLIENT_ID, API_KEY + "x")


async def test_clients_name_accounts_only_by_keyed_fingerprints() -> None:
    ozon = OzonClient(client_id=CLIENT_ID, api_key=API_KEY)
    token = "y0_AgAAAAB-secret-token"
    yandex = YandexMarketClient(oauth_token=token)
    try:
        ozon_lane = ozon._engine.lane(ozon.endpoint("v1/warehouse/list"), ozon._bucket_scope)
        assert account_fingerprint(CLIENT_ID, API_KEY) in ozon_lane.key
        assert ozon.account in repr(ozon) and ozon.account != ozon._bucket_scope
        plain = hashlib.sha256(token.encode()).hexdigest()[:16]
        assert yandex._token_scope == "t" + fingerprint("token scope", secret=token, length=16)
        assert plain not in yandex._token_scope and token not in yandex._token_scope
    finally:
        await ozon.aclose()
        await yandex.aclose()
