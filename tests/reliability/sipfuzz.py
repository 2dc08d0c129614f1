"""A small hostile-SIP generator: malformed, oversized and out-of-dialog messages, and INVITE floods.

Deterministic for a given seed, so a failure can be replayed: `python -m tests.reliability.sipfuzz HOST PORT N`.
"""

from __future__ import annotations

import contextlib
import random
import select
import socket
import struct
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

CATEGORIES = ("broken-header", "huge-header", "bad-sdp", "unknown-method", "wrong-call-id", "bye-unknown",
              "cancel-unknown", "garbage", "stray-response", "bad-start-line", "bad-content-length", "many-headers")


@dataclass
class Target:
    host: str
    port: int
    user: str = "1001"
    local: str = "127.0.0.1:5"  # filled in from the socket


@dataclass
class Stats:
    sent: dict[str, int] = field(default_factory=dict)
    replies: int = 0
    statuses: dict[str, int] = field(default_factory=dict)  # first lines of the replies, counted

    @property
    def total(self) -> int:
        return sum(self.sent.values())


def _tok(rng: random.Random, n: int = 10) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def _sdp(rng: random.Random, kind: str) -> str:
    good = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
    variants = [
        good + "m=audio 99999 RTP/AVP 0\r\n",  # port out of range
        good + "m=audio -1 RTP/AVP 0\r\n",
        good + "m=audio 4000 RTP/AVP\r\n",  # no formats
        good + "m=audio 4000 RTP/AVP 0 " + " ".join(str(i) for i in range(96, 128)) + "\r\n" +
        "".join(f"a=rtpmap:{i} {_tok(rng, 300)}/8000\r\n" for i in range(96, 100)),
        "v=0\r\nm=audio 4000 RTP/AVP 0\r\n",  # no o=, c=, s=
        good + "m=audio 4000 RTP/AVP 0\r\n" * 40,  # 40 media lines
        good + "m=video 4000 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n",  # video only
        good + "m=audio 4000 RTP/SAVP 0\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:" + "A" * 500 + "\r\n",
        good.replace("IN IP4 127.0.0.1", "IN IP4 999.1.1.1") + "m=audio 4000 RTP/AVP 0\r\n",
        good.replace("IN IP4 127.0.0.1", "IN IP6 ::ffff:zz") + "m=audio 4000 RTP/AVP 0\r\n",
        "\x00\xff\xfe binary sdp \x01\x02",
        good + "m=audio 4000 RTP/AVP 0\r\na=rtpmap:0\r\na=fmtp:\r\na=ptime:-20\r\na=maxptime:0\r\n",
        good + "m=audio 4000 RTP/AVP 0\r\na=" + "x" * 4000 + "\r\n",
    ]
    return rng.choice(variants)


class Generator:
    """Messages for one target; each call to `message()` picks a category round-robin."""

    def __init__(self, target: Target, seed: int = 1) -> None:
        self.t = target
        self.rng = random.Random(seed)
        self.n = 0

    def _headers(self, method: str, call_id: str | None = None, to_tag: str = "", cseq: int | None = None,
                 branch: str | None = None, extra: str = "", body: str = "", ctype: str = "") -> str:
        t, rng = self.t, self.rng
        call_id = call_id or f"{_tok(rng, 16)}@fuzz"
        branch = branch or "z9hG4bK" + _tok(rng, 12)
        to = f"<sip:{t.user}@{t.host}>" + (f";tag={to_tag}" if to_tag else "")
        head = (f"{method} sip:{t.user}@{t.host}:{t.port} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP {t.local};branch={branch};rport\r\n"
                f"From: <sip:fuzz@{t.host}>;tag={_tok(rng, 8)}\r\nTo: {to}\r\nCall-ID: {call_id}\r\n"
                f"CSeq: {cseq if cseq is not None else rng.randint(1, 1000)} {method}\r\n"
                f"Contact: <sip:fuzz@{t.local}>\r\nMax-Forwards: 70\r\n{extra}")
        if ctype:
            head += f"Content-Type: {ctype}\r\n"
        body_bytes = body.encode("utf-8", "surrogateescape")
        return head + f"Content-Length: {len(body_bytes)}\r\n\r\n" + body

    def message(self) -> tuple[str, bytes]:
        category = CATEGORIES[self.n % len(CATEGORIES)]
        self.n += 1
        return category, getattr(self, "_" + category.replace("-", "_"))()

    def _encode(self, text: str) -> bytes:
        return text.encode("latin-1", "replace")

    def _broken_header(self) -> bytes:
        rng = self.rng
        msg = self._headers("OPTIONS")
        lines = msg.split("\r\n")
        i = rng.randint(1, 7)
        broken = [lines[i].replace(":", "", 1), lines[i] + "\x00\x01", "Via: SIP/2.0/UDP", "CSeq: abc OPTIONS",
                  "From: <sip:", "To: <<<>>>;tag=;tag=", "Call-ID:", "Max-Forwards: -5", "Via: SIP/3.0/XYZ ::::",
                  "Contact: *;expires=-1", "CSeq: 99999999999999999999 OPTIONS", " folded-without-header"]
        lines[i] = rng.choice(broken)
        return self._encode("\r\n".join(lines))

    def _huge_header(self) -> bytes:
        size = self.rng.choice((8_000, 30_000, 60_000))
        return self._encode(self._headers("OPTIONS", extra=f"X-Huge: {'A' * size}\r\n"))

    def _many_headers(self) -> bytes:
        extra = "".join(f"X-H{i}: {i}\r\n" for i in range(self.rng.choice((200, 1000, 2000))))
        return self._encode(self._headers("OPTIONS", extra=extra))

    def _bad_sdp(self) -> bytes:
        return self._encode(self._headers("INVITE", cseq=1, body=_sdp(self.rng, ""), ctype="application/sdp"))

    def _unknown_method(self) -> bytes:
        method = self.rng.choice(("FOO", "PUBLISHX", "X" * 200, "inv ite", "GET", "BREW", "PRACK", "SUBSCRIBE"))
        return self._encode(self._headers(method))

    def _wrong_call_id(self) -> bytes:
        method = self.rng.choice(("INFO", "UPDATE", "INVITE", "ACK", "NOTIFY", "REFER", "PRACK"))
        extra = "Event: refer\r\n" if method == "NOTIFY" else ("Refer-To: <sip:9999@127.0.0.1>\r\n"
                                                                if method == "REFER" else "")
        return self._encode(self._headers(method, to_tag=_tok(self.rng, 8), extra=extra))

    def _bye_unknown(self) -> bytes:
        return self._encode(self._headers("BYE", to_tag=_tok(self.rng, 8)))

    def _cancel_unknown(self) -> bytes:
        return self._encode(self._headers("CANCEL", cseq=1))

    def _garbage(self) -> bytes:
        rng = self.rng
        return bytes(rng.randrange(256) for _ in range(rng.choice((1, 3, 64, 1400, 9000))))

    def _stray_response(self) -> bytes:
        code = self.rng.choice((100, 180, 200, 401, 407, 486, 503, 699, 999))
        msg = self._headers("INVITE").split("\r\n", 1)[1]
        return self._encode(f"SIP/2.0 {code} Whatever\r\n" + msg)

    def _bad_start_line(self) -> bytes:
        rng = self.rng
        first = rng.choice(("INVITE", "INVITE sip:", "SIP/2.0", "OPTIONS sip:x SIP/9.9", "OPTIONS  SIP/2.0",
                            "OPTIONS sip:%00%ff@[::::] SIP/2.0", "\r\n\r\nOPTIONS"))
        rest = self._headers("OPTIONS").split("\r\n", 1)[1]
        return self._encode(first + "\r\n" + rest)

    def _bad_content_length(self) -> bytes:
        rng = self.rng
        msg = self._headers("OPTIONS", body="v=0\r\n", ctype="application/sdp")
        value = rng.choice(("-1", "999999", "abc", "0", "18446744073709551616"))
        return self._encode(msg.replace("Content-Length: 5", f"Content-Length: {value}"))

    def invite_flood(self, count: int) -> list[tuple[bytes, bytes]]:
        """`count` well-formed INVITEs, each with the CANCEL that withdraws it."""
        out = []
        for i in range(count):
            call_id = f"flood-{i}-{_tok(self.rng, 8)}@fuzz"
            branch = "z9hG4bK" + _tok(self.rng, 12)
            tag = _tok(self.rng, 8)
            sdp = ("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                   "m=audio 9 RTP/AVP 0\r\n")
            invite = self._headers("INVITE", call_id=call_id, cseq=1, branch=branch, body=sdp,
                                   ctype="application/sdp").replace(";tag=", f";tag={tag}", 1)
            invite = _set_from_tag(invite, tag).replace("sip:fuzz@", "sip:flood@")
            cancel = _set_from_tag(self._headers("CANCEL", call_id=call_id, cseq=1, branch=branch), tag)
            cancel = cancel.replace("sip:fuzz@", "sip:flood@")
            out.append((self._encode(invite), self._encode(cancel)))
        return out


def _set_from_tag(msg: str, tag: str) -> str:
    lines = msg.split("\r\n")
    for i, line in enumerate(lines):
        if line.startswith("From:"):
            lines[i] = line.split(";tag=")[0] + f";tag={tag}"
    return "\r\n".join(lines)


def udp_socket() -> tuple[socket.socket, str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.setblocking(False)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
    return sock, f"127.0.0.1:{sock.getsockname()[1]}"


def drain(sock: socket.socket, statuses: dict[str, int] | None = None) -> int:
    n = 0
    while True:
        try:
            data = sock.recv(65535)
            n += 1
        except (BlockingIOError, ConnectionRefusedError):
            return n
        if statuses is not None:
            first = data.split(b"\r\n", 1)[0].decode("latin-1")[:40]
            statuses[first] = statuses.get(first, 0) + 1


def run(host: str, port: int, count: int, seed: int = 1, rate: float = 2000.0) -> Stats:
    """Send `count` hostile datagrams at about `rate` per second."""
    sock, local = udp_socket()
    gen = Generator(Target(host, port, local=local), seed)
    stats = Stats()
    start = time.monotonic()
    try:
        for i in range(count):
            category, data = gen.message()
            try:
                sock.sendto(data[:65507], (host, port))
            except (BlockingIOError, ConnectionRefusedError):
                time.sleep(0.01)
            except OSError:  # e.g. EMSGSIZE for the largest ones: counts as tried
                pass
            stats.sent[category] = stats.sent.get(category, 0) + 1
            stats.replies += drain(sock)
            _pace(start, i + 1, rate)
        time.sleep(0.3)
        stats.replies += drain(sock)
    finally:
        sock.close()
    return stats


def _pace(start: float, sent: int, per_second: float) -> None:
    """Sleep until `sent` datagrams are due at `per_second` from `start` (monotonic)."""
    ahead = sent / per_second - (time.monotonic() - start)
    if ahead > 0:
        time.sleep(ahead)


@contextlib.contextmanager
def _sending(host: str, port: int, seed: int) -> Iterator[tuple[socket.socket, Generator, Stats]]:
    """A sender socket, its message generator and the tally; the phone's last answers are collected (0.5 s)
    before the socket closes."""
    sock, local = udp_socket()
    stats = Stats()
    try:
        yield sock, Generator(Target(host, port, local=local), seed), stats
        time.sleep(0.5)
        stats.replies += drain(sock, stats.statuses)
    finally:
        sock.close()


def flood(host: str, port: int, count: int = 100, seconds: float = 1.0, seed: int = 2) -> Stats:
    """`count` INVITEs within `seconds`, then the CANCEL for each."""
    with _sending(host, port, seed) as (sock, gen, stats):
        pairs = gen.invite_flood(count)
        start = time.monotonic()
        for i, (invite, _) in enumerate(pairs):
            sock.sendto(invite, (host, port))
            stats.replies += drain(sock, stats.statuses)
            _pace(start, i + 1, count / seconds)
        stats.sent["invite-flood"] = count
        time.sleep(0.5)
        stats.replies += drain(sock, stats.statuses)
        for _, cancel in pairs:
            sock.sendto(cancel, (host, port))
        stats.sent["cancel"] = count
    return stats


def churn(host: str, port: int, count: int = 300, rate: float = 150.0, *, refused_offer: bool = False,
          seed: int = 3) -> Stats:
    """Short-lived calls at `rate` a second: each INVITE (with an offer) cancelled right away, or, with
    `refused_offer`, each offering only a codec the phone refuses (a 488 at once). Either way every call opens
    and closes the phone's media sockets within milliseconds."""
    with _sending(host, port, seed) as (sock, gen, stats):
        start = time.monotonic()
        for i, (invite, cancel) in enumerate(gen.invite_flood(count)):
            if refused_offer:
                # G.723.1 (payload 4): not in the wheel; the same length keeps Content-Length right
                sock.sendto(invite.replace(b"RTP/AVP 0\r\n", b"RTP/AVP 4\r\n"), (host, port))
            else:
                sock.sendto(invite, (host, port))
                sock.sendto(cancel, (host, port))
            stats.replies += drain(sock, stats.statuses)
            _pace(start, i + 1, rate)
        stats.sent["churn-refused-offer" if refused_offer else "churn-cancel"] = count
    return stats


OUT_OF_DIALOG = {
    "SUBSCRIBE": {"extra": "Event: presence\r\nExpires: 3600\r\nAccept: application/pidf+xml\r\n"},
    "MESSAGE": {"body": "hello " * 50, "ctype": "text/plain"},
    "NOTIFY": {"extra": "Event: message-summary\r\nSubscription-State: active\r\n",
               "body": "Messages-Waiting: yes\r\n", "ctype": "application/simple-message-summary"},
}


def method_flood(host: str, port: int, method: str, count: int, seed: int = 5) -> Stats:
    """`count` well-formed out-of-dialog requests of one kind (OUT_OF_DIALOG), as fast as the socket takes them."""
    with _sending(host, port, seed) as (sock, gen, stats):
        for i in range(count):
            sock.sendto(gen._encode(gen._headers(method, **OUT_OF_DIALOG[method])), (host, port))
            if i % 50 == 49:
                stats.replies += drain(sock, stats.statuses)
                time.sleep(0.01)  # the phone's socket buffer, not its logic, would otherwise drop the rest
        stats.sent[method] = count
    return stats


@dataclass
class FloodResult:
    attempted: int = 0
    established: int = 0  # the phone's kernel completed the handshake (whether or not pjsip then accepted it)
    seconds: float = 0.0


JUNK = (b"\x00\xff" * 2000, b"OPTIONS sip:x SIP/2.0\r\nX-Long: " + b"A" * 20_000,
        b"INVITE sip:1@127.0.0.1 SIP/2.0\r\nContent-Length: 100000\r\n\r\nv=0", b"\r\n" * 2000, b"")


def _connect_nonblocking(host: str, port: int, source: str) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setblocking(False)
    sock.bind((source, 0))
    sock.connect_ex((host, port))  # EINPROGRESS; a phone that drops the SYN leaves it pending
    return sock


def _connected(sock: socket.socket) -> bool:
    try:
        sock.getpeername()
    except OSError:
        return False
    return sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0


def hold_connections(host: str, port: int, count: int, hold_s: float, source: str = "127.0.0.1") -> FloodResult:
    """Open `count` connections as fast as possible (without waiting for each handshake), send junk on those
    that connect (some send nothing), hold them all for `hold_s`, then close them."""
    result = FloodResult(attempted=count)
    start = time.monotonic()
    socks: list[socket.socket] = []
    try:
        for _ in range(count):
            try:
                socks.append(_connect_nonblocking(host, port, source))
            except OSError:
                pass  # out of ephemeral ports or fds: counts as attempted
        deadline = time.monotonic() + hold_s
        sent: set[int] = set()
        while time.monotonic() < deadline:
            for i, sock in enumerate(socks):
                if i not in sent and _connected(sock):
                    sent.add(i)
                    try:
                        sock.send(JUNK[i % len(JUNK)])
                    except OSError:
                        pass  # the phone hung up on us, or the send buffer is full: fine
            time.sleep(0.05)
        result.established = len(sent)
    finally:
        for sock in socks:
            sock.close()
    result.seconds = time.monotonic() - start
    return result


def connect_storm(host: str, port: int, cycles: int, source: str = "127.0.0.1", window: int = 32,
                  patience_s: float = 0.05) -> FloodResult:
    """`cycles` connect/close cycles as fast as possible, up to `window` at a time: each connection is closed as
    soon as its handshake completes (or after `patience_s` when it does not); every other one is reset
    (SO_LINGER 0) instead of closed, every third sends a few junk bytes first."""
    result = FloodResult(attempted=cycles)
    start = time.monotonic()
    linger_reset = struct.pack("ii", 1, 0)
    pending: dict[socket.socket, tuple[int, float]] = {}
    started = 0

    def finish(sock: socket.socket, i: int) -> None:
        if _connected(sock):
            result.established += 1
            if i % 3 == 0:
                try:
                    sock.send(b"OPTIONS sip:x SIP/2.0\r\n")
                except OSError:
                    pass
        if i % 2:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger_reset)
        sock.close()

    try:
        while started < cycles or pending:
            while started < cycles and len(pending) < window:
                try:
                    pending[_connect_nonblocking(host, port, source)] = (started, time.monotonic())
                except OSError:
                    pass
                started += 1
            _, writable, _ = select.select([], list(pending), [], patience_s / 5)
            now = time.monotonic()
            for sock in writable:
                finish(sock, pending.pop(sock)[0])
            for sock, (i, at) in list(pending.items()):
                if now - at > patience_s:
                    del pending[sock]
                    finish(sock, i)
    finally:
        for sock in pending:
            sock.close()
    result.seconds = time.monotonic() - start
    return result


def iter_messages(count: int, seed: int = 1) -> Iterator[tuple[str, bytes]]:
    gen = Generator(Target("127.0.0.1", 5060), seed)
    for _ in range(count):
        yield gen.message()


if __name__ == "__main__":  # pragma: no cover - manual replay
    result = run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
    print(result)
