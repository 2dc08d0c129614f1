"""Start-up does not pay for the video stack: PyAV, aiortc, pylibsrtp and the video module are imported at the first
video call, while capabilities still report video truthfully (looked up, not imported)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from softphone import video

HEAVY = ("av", "aiortc", "pylibsrtp", "softphone.video.service", "softphone.video.session")


def _loaded_after(code: str, tmp_path: Path) -> dict[str, Any]:
    probe = (f"import sys, json\n{code}\n"
             f"print(json.dumps({{'heavy': [m for m in {HEAVY!r} if m in sys.modules]}}))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "SOFTPHONE_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def test_headless_runner_and_video_wiring_import_no_video_stack(tmp_path: Path) -> None:
    found = _loaded_after("import softphone.cli.headless_run, softphone.cli.video_wiring, softphone.video\n"
                          "assert softphone.video.available() in (True, False)", tmp_path)
    assert found["heavy"] == []


def test_installing_video_hooks_imports_no_video_stack(tmp_path: Path) -> None:
    pytest.importorskip("av")
    code = ("import asyncio\n"
            "from softphone.core.models import EngineOptions\n"
            "from softphone.engine import PjsuaEngine\n"
            "from softphone.cli.video_wiring import install_video\n"
            "engine = PjsuaEngine(EngineOptions(bind_address='127.0.0.1'), asyncio.new_event_loop())\n"
            "hooks = install_video(engine)\n"
            "assert hooks is not None and not hooks.backend.loaded\n")
    assert _loaded_after(code, tmp_path)["heavy"] == []


def test_available_matches_an_import() -> None:
    try:
        import aiortc.rtp  # noqa: F401
        import av  # noqa: F401
        import pylibsrtp  # noqa: F401
    except ImportError:
        importable = False
    else:
        importable = True
    assert video.available() is importable


def test_lazy_service_builds_the_backend_at_first_open_only() -> None:
    built: list[str] = []

    class Backend:
        def open(self, call_id: str) -> int:
            built.append(f"open {call_id}")
            return 40000

        def configure(self, call_id: str, remote: Any, send: bool = True, recv: bool = True,
                      local_srtp: Any = None) -> None:
            built.append(f"configure {call_id} {remote}")

        def stats(self, call_id: str) -> dict[str, float] | None:
            return {"fps": 15.0}

        def close(self, call_id: str) -> None:
            built.append(f"close {call_id}")

        def close_all(self) -> None:
            built.append("close_all")

        def session(self, call_id: str) -> str:
            return f"session {call_id}"

        extra = "from the real backend"

    def factory() -> Backend:
        built.append("built")
        return Backend()

    lazy = video.LazyVideoService("127.0.0.1", sdp_address="127.0.0.1", factory=factory)
    # what the engine glue does before any video call: nothing to build for
    lazy.configure("1", None)
    lazy.request_keyframe("1")
    assert lazy.stats("1") is None and lazy.session("1") is None
    lazy.close("1")
    lazy.close_all()
    assert built == [] and not lazy.loaded
    assert lazy.open("1") == 40000
    assert built == ["built", "open 1"] and lazy.loaded
    lazy.configure("1", None)
    assert lazy.stats("1") == {"fps": 15.0} and lazy.session("1") == "session 1"
    assert lazy.extra == "from the real backend"
    lazy.close_all()
    assert built == ["built", "open 1", "configure 1 None", "close_all"]
    assert lazy.bind_address == lazy.sdp_address == "127.0.0.1"


def test_preload_soon_builds_once_in_the_background_and_open_waits_for_it() -> None:
    import threading

    gate = threading.Event()
    builds: list[str] = []

    class Backend:
        def open(self, call_id: str) -> int:
            return 40002

    def factory() -> Backend:
        builds.append(threading.current_thread().name)
        assert gate.wait(10)
        return Backend()

    lazy = video.LazyVideoService(factory=factory)
    lazy.preload_soon()
    lazy.preload_soon()  # a second ringing video call while the first build runs: no second build
    opened: list[int] = []
    opener = threading.Thread(target=lambda: opened.append(lazy.open("1")))
    opener.start()
    opener.join(0.2)
    assert opener.is_alive() and not lazy.loaded  # the engine thread's open waits for the build under way
    gate.set()
    opener.join(10)
    assert opened == [40002] and lazy.loaded and builds == ["video-preload"]


def test_a_ringing_video_offer_starts_loading_the_video_stack_an_audio_offer_does_not() -> None:
    from softphone.engine.video_hooks import VideoHooks

    started: list[str] = []

    class Lazy(video.LazyVideoService):
        def preload_soon(self) -> None:
            started.append("preload")

    hooks = VideoHooks(engine=None, backend=Lazy())
    audio = "INVITE sip:a@b SIP/2.0\r\nContent-Type: application/sdp\r\n\r\nv=0\r\nm=audio 4000 RTP/AVP 0\r\n"
    hooks.on_incoming("c1", audio)
    assert started == []
    hooks.on_incoming("c2", audio + "m=video 4002 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n")
    assert started == ["preload"]
    hooks.answer_with_video = False
    hooks.on_incoming("c3", audio + "m=video 4002 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n")
    assert started == ["preload"]  # the agent answers without video: nothing to load
