"""A hostile or broken chat server: slow answers, huge bodies, wrong content types, redirects to other hosts, an
expired certificate. `softphone login` fails with a clear message (no traceback), and no credential goes where it
should not (the double's request log)."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.doubles import chatserver
from tests.doubles.chatserver import ChatServerDouble
from tests.stack.tls import TestCA

PASSWORD = "Hostile-Chat-Pw-1"


def login(profile: Path, env: dict[str, str], srv: ChatServerDouble, ca_file: str) -> tuple[
        subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "softphone", "--profile", str(profile), "login", "--server",
                           srv.url, "--ca-file", ca_file, "--user", "mallory", "--password-stdin"],
                          input=PASSWORD + "\n", env=env, capture_output=True, text=True, timeout=60)
    took = time.monotonic() - started
    assert "Traceback" not in done.stderr, done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    return done, took


@pytest.fixture
def srv(chat_server_tls: ChatServerDouble) -> ChatServerDouble:
    chat_server_tls.add_user("mallory", PASSWORD, user_id="u-mallory", extension="1001", sip_password="SipPw-x1")
    chat_server_tls.set_rate_limit(1000, 60000)
    return chat_server_tls


@pytest.mark.parametrize(("route", "fault", "expected"), [
    ("login", "delay:12", "did not answer within"),
    ("login", "huge", "large answer"),
    ("login", "wrong-content-type", "unexpected format"),
    ("login", "redirect", "sent us to"),
    ("connector.extension.getRegistrationInfoByUserId", "redirect", "sent us to"),  # with X-Auth-Token
])
def test_hostile_answers_give_clear_errors(srv: ChatServerDouble, stack_env: dict[str, str], tmp_path: Path,
                                           route: str, fault: str, expected: str) -> None:
    srv.inject(route, fault)
    done, took = login(tmp_path / "p", stack_env, srv, srv.ca_file)
    message = done.stderr.strip()
    print(f"RESULT chat-{route}-{fault}: rc {done.returncode} after {took:.1f}s: {message}")
    assert done.returncode == 1 and expected in message, message
    # never followed: the double saw exactly one request to the faulty route, and nothing else with credentials
    # reached any other host (the redirect points at elsewhere.invalid, which no request could reach anyway)
    hits = [r for r in srv.requests if r[1].split("?")[0].endswith("/" + route)]
    assert len(hits) == 1, srv.requests
    assert not list((tmp_path / "p").rglob("*token*"))


def expired_cert(ca: TestCA, folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 from the test CA that expired yesterday."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    ca_key = serialization.load_pem_private_key(ca.ca_key.read_bytes(), None)
    ca_cert = x509.load_pem_x509_certificate(ca.ca_file.read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.timezone.utc)
    import ipaddress

    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=30)).not_valid_after(now - datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(ca_key, hashes.SHA256()))  # type: ignore[arg-type]
    cert_file, key_file = folder / "expired.pem", folder / "expired.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    os.chmod(key_file, 0o600)
    return cert_file, key_file


def test_expired_certificate_is_refused(test_ca: TestCA, stack_env: dict[str, str], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = expired_cert(test_ca, tmp_path)

    def certs(folder: Path, host: str) -> tuple[Path, Path, Path]:
        return cert, key, test_ca.ca_file

    monkeypatch.setattr(chatserver, "_make_certs", certs)
    server: Any = ChatServerDouble(tls=True)
    server.start()
    try:
        server.add_user("mallory", PASSWORD, user_id="u-mallory", extension="1001", sip_password="SipPw-x1")
        done, took = login(tmp_path / "p", stack_env, server, str(test_ca.ca_file))
        message = done.stderr.strip()
        print(f"RESULT chat-expired-cert: rc {done.returncode} after {took:.1f}s: {message}")
        assert done.returncode == 1 and "expired" in message.lower(), message
        assert server.requests == []  # the handshake failed: no request, so no password, ever reached it
    finally:
        server.stop()
