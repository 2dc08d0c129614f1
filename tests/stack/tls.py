"""A throw-away certificate authority generated at run time with openssl (EC P-256: fast to make)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


def _openssl(*args: str) -> None:
    result = subprocess.run(["openssl", *args], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {result.stderr.strip()}")


@dataclass(frozen=True)
class IssuedCert:
    cert_file: Path
    key_file: Path


class TestCA:
    """CA in `directory`: ca.pem (give this to clients as trust anchor) and ca.key."""

    __test__ = False  # not a pytest test class

    def __init__(self, directory: Path, name: str = "Softphone Test CA") -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.ca_file = self.directory / "ca.pem"
        self.ca_key = self.directory / "ca.key"
        if not self.ca_file.exists():
            _openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", str(self.ca_key))
            _openssl(
                "req", "-x509", "-new", "-key", str(self.ca_key), "-sha256", "-days", "30",
                "-subj", f"/CN={name}", "-out", str(self.ca_file),
                "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            )  # fmt: skip

    def issue(self, name: str, sans: tuple[str, ...] = ("IP:127.0.0.1", "DNS:localhost")) -> IssuedCert:
        """A server certificate signed by this CA for the given subjectAltNames."""
        key = self.directory / f"{name}.key"
        csr = self.directory / f"{name}.csr"
        cert = self.directory / f"{name}.pem"
        ext = self.directory / f"{name}.ext"
        ext.write_text(
            "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
            f"extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName={','.join(sans)}\n"
        )
        _openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", str(key))
        _openssl("req", "-new", "-key", str(key), "-subj", f"/CN={name}", "-out", str(csr))
        _openssl(
            "x509", "-req", "-in", str(csr), "-CA", str(self.ca_file), "-CAkey", str(self.ca_key),
            "-CAcreateserial", "-days", "30", "-sha256", "-extfile", str(ext), "-out", str(cert),
        )  # fmt: skip
        key.chmod(0o600)
        return IssuedCert(cert, key)
