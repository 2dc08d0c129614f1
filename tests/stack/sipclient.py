"""A tiny raw SIP-over-UDP client: OPTIONS probes and REGISTER with digest auth (for readiness and auth tests)."""

from __future__ import annotations

import hashlib
import re
import secrets
import socket
from dataclasses import dataclass, field


@dataclass
class SipResponse:
    status: int
    reason: str
    headers: dict[str, list[str]] = field(default_factory=dict)
    raw: str = ""

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


def parse_response(data: bytes) -> SipResponse:
    text = data.decode(errors="replace")
    head = text.split("\r\n\r\n", 1)[0]
    lines = head.split("\r\n")
    m = re.match(r"SIP/2\.0 (\d{3}) ?(.*)", lines[0])
    if not m:
        raise ValueError(f"not a SIP response: {lines[0]!r}")
    headers: dict[str, list[str]] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers.setdefault(name.strip().lower(), []).append(value.strip())
    return SipResponse(int(m.group(1)), m.group(2), headers, text)


class UdpSipClient:
    def __init__(self, server_host: str, server_port: int, local_host: str = "127.0.0.1") -> None:
        self.server = (server_host, server_port)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((local_host, 0))
        self.local_host = local_host
        self.local_port = int(self.sock.getsockname()[1])
        self.call_id = f"{secrets.token_hex(8)}@{local_host}"
        self.cseq = 0

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> UdpSipClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transact(self, message: str, timeout: float) -> SipResponse:
        """Send (retransmitting every 0.5 s) and return the first final response."""
        branch = "z9hG4bK" + secrets.token_hex(8)
        data = message.replace("{branch}", branch).encode()
        self.sock.settimeout(0.5)
        waited = 0.0
        while waited < timeout:
            self.sock.sendto(data, self.server)
            waited += 0.5
            try:
                while True:
                    reply, _ = self.sock.recvfrom(65535)
                    response = parse_response(reply)
                    if branch in (response.header("via") or "") and response.status >= 200:
                        return response
            except TimeoutError:
                continue
        raise TimeoutError(f"no SIP response from {self.server[0]}:{self.server[1]} in {timeout} s")

    def options(self, timeout: float = 2.0) -> SipResponse:
        self.cseq += 1
        host, port = self.server
        msg = (
            f"OPTIONS sip:{host}:{port} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {self.local_host}:{self.local_port};branch={{branch}};rport\r\n"
            f"From: <sip:probe@{self.local_host}>;tag={secrets.token_hex(4)}\r\n"
            f"To: <sip:{host}:{port}>\r\nCall-ID: {secrets.token_hex(8)}@{self.local_host}\r\n"
            f"CSeq: {self.cseq} OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n"
        )
        return self._transact(msg, timeout)

    def register(
        self,
        user: str,
        password: str,
        domain: str | None = None,
        contact: str | None = None,
        expires: int = 300,
        timeout: float = 3.0,
    ) -> SipResponse:
        """REGISTER user; answers one 401/407 challenge with digest auth; returns the final response."""
        host, port = self.server
        domain = domain or host
        contact = contact or f"sip:{user}@{self.local_host}:{self.local_port}"
        tag = secrets.token_hex(4)
        auth_header = ""
        for _ in range(2):
            self.cseq += 1
            msg = (
                f"REGISTER sip:{domain}:{port} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP {self.local_host}:{self.local_port};branch={{branch}};rport\r\n"
                f"From: <sip:{user}@{domain}>;tag={tag}\r\nTo: <sip:{user}@{domain}>\r\n"
                f"Call-ID: {self.call_id}\r\nCSeq: {self.cseq} REGISTER\r\n"
                f"Contact: <{contact}>\r\nExpires: {expires}\r\nMax-Forwards: 70\r\n"
                f"{auth_header}Content-Length: 0\r\n\r\n"
            )
            response = self._transact(msg, timeout)
            if response.status not in (401, 407) or auth_header:
                return response
            challenge = response.header("www-authenticate") or response.header("proxy-authenticate") or ""
            name = "Authorization" if response.status == 401 else "Proxy-Authorization"
            digest = digest_response(challenge, user, password, "REGISTER", f"sip:{domain}:{port}")
            auth_header = f"{name}: {digest}\r\n"
        return response


def digest_response(challenge: str, user: str, password: str, method: str, uri: str) -> str:
    params = dict(re.findall(r'(\w+)="?([^",]*)"?', challenge))
    realm, nonce = params.get("realm", ""), params.get("nonce", "")
    ha1 = hashlib.md5(f"{user}:{realm}:{password}".encode()).hexdigest()
    ha2 = hashlib.md5(f"{method}:{uri}".encode()).hexdigest()
    if "auth" in params.get("qop", "").split(","):
        cnonce, nc = secrets.token_hex(8), "00000001"
        resp = hashlib.md5(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}".encode()).hexdigest()
        extra = f', qop=auth, nc={nc}, cnonce="{cnonce}"'
    else:
        resp = hashlib.md5(f"{ha1}:{nonce}:{ha2}".encode()).hexdigest()
        extra = ""
    opaque = f', opaque="{params["opaque"]}"' if "opaque" in params else ""
    return (
        f'Digest username="{user}", realm="{realm}", nonce="{nonce}", uri="{uri}", '
        f'response="{resp}", algorithm=MD5{extra}{opaque}'
    )
