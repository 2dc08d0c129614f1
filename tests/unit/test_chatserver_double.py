"""The double itself: RFC 6238 codes, a JWT that verifies with HS256, and rate-limit headers per route."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import urllib.error
import urllib.request

from tests.doubles.chatserver import ChatServerDouble, make_jwt, totp_code


def test_totp_matches_rfc6238_vector() -> None:
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp_code(secret, at=59) == "287082"  # RFC 6238 appendix B, SHA-1, last 6 digits of 94287082
    assert totp_code(secret, at=1111111109) == "081804"


def test_jwt_is_hs256_signed_with_context() -> None:
    token = make_jwt({"extensionDetails": {"extension": "1"}}, "k")
    header, payload, sig = token.split(".")
    expected = hmac.new(b"k", f"{header}.{payload}".encode(), hashlib.sha256).digest()
    assert base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4)) == expected
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert claims["aud"] == "RocketChat" and claims["exp"] - claims["iat"] == 3600
    assert claims["context"]["extensionDetails"]["extension"] == "1"


def test_rate_limit_headers_and_429() -> None:
    with ChatServerDouble(rate_limit=(2, 60000)) as srv:
        statuses, remaining = [], []
        for _ in range(3):
            try:
                with urllib.request.urlopen(srv.url + "/api/v1/me", timeout=5) as resp:
                    statuses.append(resp.status)
            except urllib.error.HTTPError as err:
                statuses.append(err.code)
                remaining.append(err.headers["X-RateLimit-Remaining"])
                body = json.loads(err.read())
                err.close()
        assert statuses == [401, 401, 429] and remaining[-1] == "0"
        assert "error-too-many-requests" in body["error"]
        assert [r[1] for r in srv.requests] == ["/api/v1/me"] * 3
