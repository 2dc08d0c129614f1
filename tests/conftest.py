"""Shared fixtures: the real test stack. Stack classes live in tests/stack/."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.stack import procs
from tests.stack.kamailio import KamailioServer
from tests.stack.pulse import PulseServer
from tests.stack.secret_service import SecretService
from tests.stack.sipp import Sipp
from tests.stack.tls import TestCA

# ---- `long` tests (shift-length soaks): only on demand -------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-long", action="store_true", default=False,
                     help="also run the shift-length tests marked `long` (or set SOFTPHONE_LONG=1)")


def pytest_sessionstart(session: pytest.Session) -> None:
    procs.kill_orphaned_kamailio()  # from an earlier run that died: they would hold ports and confuse checks


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-long") or os.environ.get("SOFTPHONE_LONG", "") == "1":
        return
    skip = pytest.mark.skip(reason="long test: run with --run-long or SOFTPHONE_LONG=1")
    for item in items:
        if "long" in item.keywords:
            item.add_marker(skip)


# ---- process leak check --------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def no_leaked_processes() -> Iterator[None]:
    """Fail a test that leaves a process it started behind (session services are exempt); kill the leftovers."""
    check = procs.LeakCheck()
    yield
    left = check.wait_clean()
    if left:
        described = [f"{pid} {info.cmdline()[:200]}" for pid, info in left.items()]
        check.kill(left)
        pytest.fail("test left processes running:\n  " + "\n  ".join(described), pytrace=False)


# ---- TLS -----------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> TestCA:
    """The run-time test CA (.ca_file PEM; .issue(name, sans) for more server certs)."""
    return TestCA(tmp_path_factory.mktemp("ca"))


# ---- Kamailio ------------------------------------------------------------------------------------------
@contextlib.contextmanager
def _kamailio_service(workdir: Path, ca: TestCA) -> Iterator[KamailioServer]:
    """A Kamailio that outlives single tests: registered as a service so the leak check neither blames nor
    kills it (also across restarts: the provider reads the current pid)."""
    server = KamailioServer(workdir, ca=ca)
    provider: Callable[[], list[int | None]] = lambda: [server.pid]  # noqa: E731
    procs.register_service(provider)
    server.start()
    try:
        yield server
    finally:
        server.close()
        procs.unregister_service(provider)


@pytest.fixture(scope="session")
def kamailio(tmp_path_factory: pytest.TempPathFactory, test_ca: TestCA) -> Iterator[KamailioServer]:
    with _kamailio_service(tmp_path_factory.mktemp("kamailio"), test_ca) as server:
        yield server


@pytest.fixture(scope="module")
def kamailio_module(tmp_path_factory: pytest.TempPathFactory, test_ca: TestCA) -> Iterator[KamailioServer]:
    """A Kamailio of one test module, for modules that stop, restart or re-user it."""
    with _kamailio_service(tmp_path_factory.mktemp("kamailio-module"), test_ca) as server:
        yield server


@pytest.fixture
def kamailio_fresh(tmp_path: Path, test_ca: TestCA) -> Iterator[KamailioServer]:
    """A private Kamailio for tests that stop/restart it or change its users."""
    server = KamailioServer(tmp_path / "kamailio", ca=test_ca)
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def kamailio_features(kamailio: KamailioServer) -> Iterator[Callable[[str | None], None]]:
    """Setter for where '*' feature codes go on the session Kamailio, e.g. set("sip:127.0.0.1:PORT"); reset after."""

    def set_target(target: str | None) -> None:
        kamailio.feature_target = target

    try:
        yield set_target
    finally:
        kamailio.feature_target = None


# ---- SIPp ----------------------------------------------------------------------------------------------
@pytest.fixture
def sipp(kamailio: KamailioServer, tmp_path: Path) -> Iterator[Sipp]:
    """SIPp factory bound to the session Kamailio (set `sipp.kamailio = kamailio_fresh` to use another)."""
    factory = Sipp(kamailio, tmp_path / "sipp")
    factory.workdir.mkdir(parents=True, exist_ok=True)
    try:
        yield factory
    finally:
        factory.close()


# ---- PulseAudio ----------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    server = PulseServer(tmp_path_factory.mktemp("pulse"))
    procs.register_service(server.pids)
    server.start()
    try:
        yield server
    finally:
        server.close()
        procs.unregister_service(server.pids)


@pytest.fixture
def pulse_env(pulse: PulseServer, monkeypatch: pytest.MonkeyPatch) -> PulseServer:
    """The PulseAudio env in os.environ for in-process code (libpulse, PortAudio) during the test."""
    for key, value in pulse.env.items():
        monkeypatch.setenv(key, value)
    return pulse


# ---- Secret Service ------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService]:
    service = SecretService(tmp_path_factory.mktemp("secrets"))
    procs.register_service(service.pids)
    service.start()
    try:
        yield service
    finally:
        service.close()
        procs.unregister_service(service.pids)


@pytest.fixture
def keyring_env(secret_service: SecretService, monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretService]:
    """os.environ points at the private Secret Service for the test; keyring's backend is re-chosen."""
    for key in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                "HOME"):  # fmt: skip
        monkeypatch.setenv(key, secret_service.env[key])
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    import keyring.core

    keyring.core.init_backend()
    try:
        yield secret_service
    finally:
        monkeypatch.undo()
        # without the private bus no real backend is viable: leave the explicit "fail" backend, not a stale one
        from keyring.backends import fail

        keyring.core.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]


# ---- chat-server double (tests/doubles/chatserver.py) --------------------------------------------------
@pytest.fixture
def chat_server() -> Iterator[Any]:
    from tests.doubles.chatserver import ChatServerDouble

    server = ChatServerDouble()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def chat_server_tls() -> Iterator[Any]:
    from tests.doubles.chatserver import ChatServerDouble

    server = ChatServerDouble(tls=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# ---- the phone under test (tests/phone.py) -------------------------------------------------------------
@pytest.fixture
def stack_env(pulse: PulseServer, secret_service: SecretService) -> dict[str, str]:
    """os.environ + PulseAudio + Secret Service env, for subprocesses (the phone)."""
    env = {**os.environ, **pulse.env, **secret_service.env}
    # Secret Service's HOME wins; pulse only needs its socket and runtime path
    env["XDG_RUNTIME_DIR"] = secret_service.env["XDG_RUNTIME_DIR"]
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


@pytest.fixture
def phone(tmp_path: Path, stack_env: dict[str, str]) -> Iterator[Callable[..., Any]]:
    """Factory: phone(profile_dir=None, env=None, **kwargs) -> tests.phone.HeadlessPhone; all closed at teardown."""
    from tests.phone import HeadlessPhone

    phones: list[Any] = []
    counter = iter(range(1, 10_000))

    def make(profile_dir: Path | None = None, env: dict[str, str] | None = None, **kwargs: Any) -> Any:
        profile = Path(profile_dir) if profile_dir is not None else tmp_path / f"phone{next(counter)}"
        instance = HeadlessPhone(profile, {**stack_env, **(env or {})}, **kwargs)
        phones.append(instance)
        return instance

    try:
        yield make
    finally:
        for instance in phones:
            with contextlib.suppress(Exception):
                instance.close()
