"""The local SIP port kept between runs of a profile (cli.wiring): what is read back, and what is ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.cli import wiring
from softphone.core.events import Started
from softphone.core.models import Capabilities


def _started(port: int) -> Started:
    caps = Capabilities(sound_devices=False, video=False, codecs=("PCMU/8000",), srtp=False, tls=False, sip_port=port)
    return Started(version="0", capabilities=caps)


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOFTPHONE_HOME", str(tmp_path))
    return tmp_path


def test_kept_and_read_back(profile: Path) -> None:
    assert wiring.remembered_sip_port() == 0
    wiring.SipPortMemory().on_event(_started(40123))
    assert wiring.remembered_sip_port() == 40123
    wiring.SipPortMemory().on_event(_started(0))  # an engine that reported no port changes nothing
    assert wiring.remembered_sip_port() == 40123


@pytest.mark.parametrize("content", ["", "{", "[]", '{"sip_port": "5060"}', '{"sip_port": true}',
                                     '{"sip_port": 80}', '{"sip_port": 70000}', "\x00\xff"])
def test_a_corrupt_or_odd_state_file_means_any_free_port(profile: Path, content: str) -> None:
    (profile / "engine-state.json").write_text(content, errors="surrogateescape")
    assert wiring.remembered_sip_port() == 0


def test_a_read_only_profile_is_not_an_error(profile: Path) -> None:
    (profile / "engine-state.json").mkdir()  # cannot be written as a file
    wiring.SipPortMemory().on_event(_started(40124))
    assert wiring.remembered_sip_port() == 0
