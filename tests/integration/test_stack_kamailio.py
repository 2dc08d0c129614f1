"""The Kamailio fixture: config check, digest auth, TLS with the test CA, clean stop."""

from __future__ import annotations

import socket
import ssl

from tests.stack import procs
from tests.stack.kamailio import KamailioServer
from tests.stack.sipclient import UdpSipClient


def test_config_passes_kamailio_check(kamailio_fresh: KamailioServer) -> None:
    result = kamailio_fresh.check_config()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "config file ok" in result.stderr


def test_register_wrong_password_gets_401_right_one_200(kamailio: KamailioServer) -> None:
    assert kamailio.register("1001", "wrong") == 401
    assert kamailio.register("1001", "pw1001") == 200
    assert kamailio.register("agent", "agentpw") == 200
    assert kamailio.register("nosuchuser", "x") == 401


def test_set_password_applies_to_next_register(kamailio_fresh: KamailioServer) -> None:
    kamailio_fresh.set_password("1003", "changed")
    assert kamailio_fresh.register("1003", "pw1003") == 401
    assert kamailio_fresh.register("1003", "changed") == 200
    kamailio_fresh.set_password("2000", "newuser")
    assert kamailio_fresh.register("2000", "newuser") == 200


def test_options_probe_answers_on_udp(kamailio: KamailioServer) -> None:
    with UdpSipClient(kamailio.host, kamailio.udp_port) as client:
        assert client.options().status == 200


def test_tls_port_presents_cert_from_test_ca(kamailio: KamailioServer) -> None:
    ctx = ssl.create_default_context(cafile=str(kamailio.ca_file))
    with socket.create_connection((kamailio.host, kamailio.tls_port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            cert = tls.getpeercert()
            assert cert is not None
            assert ("IP Address", "127.0.0.1") in cert.get("subjectAltName", ())
            # a SIP request over TLS gets an answer
            tls.sendall(
                f"OPTIONS sip:{kamailio.host}:{kamailio.tls_port};transport=tls SIP/2.0\r\n"
                "Via: SIP/2.0/TLS 127.0.0.1:5999;branch=z9hG4bKtlsprobe1\r\n"
                "From: <sip:probe@127.0.0.1>;tag=1\r\nTo: <sip:127.0.0.1>\r\nCall-ID: tlsprobe@127.0.0.1\r\n"
                "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n".encode()
            )
            assert tls.recv(4096).startswith(b"SIP/2.0 200")


def test_tls_rejects_clients_without_the_ca(kamailio: KamailioServer) -> None:
    ctx = ssl.create_default_context()  # system CAs only: the test CA is not trusted
    with socket.create_connection((kamailio.host, kamailio.tls_port), timeout=5) as raw:
        try:
            ctx.wrap_socket(raw, server_hostname="127.0.0.1")
        except ssl.SSLCertVerificationError:
            return
    raise AssertionError("TLS handshake succeeded without trusting the test CA")


def test_stop_leaves_no_process_and_restart_keeps_ports(tmp_path) -> None:  # type: ignore[no-untyped-def]
    server = KamailioServer(tmp_path / "k")
    try:
        server.start()
        pid = server.pid
        assert pid is not None
        workers = procs.descendants(pid)
        assert len(workers) >= 2  # Kamailio's worker processes
        ports = (server.udp_port, server.tcp_port, server.tls_port)
        server.restart()
        assert (server.udp_port, server.tcp_port, server.tls_port) == ports
        assert server.register("1001", "pw1001") == 200
        new_pid = server.pid
        server.stop()
        table = procs.process_table()
        for gone in [pid, new_pid, *workers]:
            assert gone not in table or table[gone].state == "Z"
        assert not server.running
    finally:
        server.close()
