"""python-jose's `ecdsa` dependency (CVE-2024-23342, accepted in audit-allowlist.toml) is never
imported: client tokens are RS256 through jose's cryptography backend, and tokens claiming an
ECDSA algorithm are refused before any key is built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter, so no other test's imports hide or cause an ecdsa import.
# A meta-path finder refuses `ecdsa`, so even a guarded `try: import ecdsa` would be recorded.
SCRIPT = r"""
import base64, importlib.abc, json, sys, uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

attempts = []

class RefuseEcdsa(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "ecdsa" or name.startswith("ecdsa."):
            attempts.append(name)
            raise ImportError("ecdsa is not to be used")
        return None

sys.meta_path.insert(0, RefuseEcdsa())

from api.app import create_app
from domain.api_client.ports import ClientTokenClaims, InvalidClientToken
from infra.auth.jwt_tokens import JoseClientTokens
from infra.auth.keys import KeyRing
from infra.settings import Settings

create_app(Settings(data_dir=Path(sys.argv[1])))
ring = KeyRing(Path(sys.argv[1]) / "keys", generate=True)
tokens = JoseClientTokens(ring, issuer="https://ft.example", audience="fasttrack-api")
now = datetime.now(UTC).replace(microsecond=0)
claims = ClientTokenClaims(
    uuid.uuid4(), uuid.uuid4(), frozenset({"stats:read"}), now, now + timedelta(minutes=5), "j1"
)
token = tokens.sign(claims)
assert tokens.verify(token).client_id == claims.client_id

def b64(data):
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

kid = ring.state().active.kid
refused = 0
for alg in ("ES256", "ES384", "ES512"):
    header = {"alg": alg, "typ": "at+jwt", "kid": kid}
    forged = b64(header) + "." + token.split(".")[1] + "." + "A" * 86
    try:
        tokens.verify(forged)
    except InvalidClientToken:
        refused += 1
print(json.dumps({"refused": refused, "attempts": attempts,
                  "loaded": sorted(m for m in sys.modules if m.split(".")[0] == "ecdsa")}))
"""


def test_rs256_tokens_never_import_ecdsa(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = result.stdout.strip().splitlines()[-1]
    assert outcome == '{"refused": 3, "attempts": [], "loaded": []}'


def test_the_ecdsa_finder_would_notice_an_import(tmp_path: Path) -> None:
    """The guard above is not vacuous: importing jose's ecdsa backend is caught."""
    probe = SCRIPT.split("from api.app import")[0] + (
        "try:\n    import jose.backends.ecdsa_backend\nexcept ImportError:\n    pass\n"
        "print(attempts)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "['ecdsa']", result.stderr
