"""Video beside pjsua2 (DESIGN.md 9): the only package that imports av, aiortc and pylibsrtp.

This module itself imports nothing heavy: ``available()`` only looks the libraries up, and ``LazyVideoService``
imports ``softphone.video.service`` (PyAV, aiortc, numpy: about half a second of CPU) at the first video call,
so the phone starts and registers without paying for a video stack it may never use.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("softphone.video")

REQUIRED = ("av", "aiortc", "pylibsrtp")


def available() -> bool:
    """The video libraries are installed (looked up, not imported: importing them costs about 0.5 s)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in REQUIRED)
    except (ImportError, ValueError):
        return False


class LazyVideoService:
    """The engine's video backend (engine.video_hooks.VideoBackend), built at its first use.

    ``factory`` builds the real backend (default: ``softphone.video.service.VideoService`` with ``options``); it
    runs at the first ``open`` (a video call's SDP, on the engine thread) or at ``preload()``. Calls that need no
    session (stats, close) do not build it. Other attributes are looked up on the real backend."""

    def __init__(self, bind_address: str = "", *, sdp_address: str = "",
                 factory: Callable[[], Any] | None = None, **options: Any) -> None:
        self.bind_address = bind_address
        self.sdp_address = sdp_address
        self._factory = factory
        self._options = options
        self._real: Any = None
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None

    @property
    def loaded(self) -> bool:
        return self._real is not None

    def real(self) -> Any:
        with self._lock:
            if self._real is None:
                if self._factory is not None:
                    self._real = self._factory()
                else:
                    from softphone.video.service import VideoService

                    self._real = VideoService(self.bind_address, sdp_address=self.sdp_address, **self._options)
                log.debug("video stack loaded")
            return self._real

    def preload(self) -> None:
        """Build the backend now (an executor thread before a video call), so the engine thread does not."""
        self.real()

    def preload_soon(self) -> None:
        """Start building the backend on a thread of its own (a video offer is ringing): by the time the agent
        answers, the engine thread finds it built, or waits only for the rest of the build."""
        if self._real is not None or self._loader is not None:
            return

        def load() -> None:
            try:
                self.real()
            except Exception:  # a broken install is reported by the call that needs video
                log.warning("video stack could not be loaded in advance", exc_info=True)

        self._loader = threading.Thread(target=load, name="video-preload", daemon=True)
        self._loader.start()

    # --- engine.video_hooks.VideoBackend -----------------------------------------------------------------------
    def open(self, call_id: str) -> int:
        port: int = self.real().open(call_id)
        return port

    def configure(self, call_id: str, remote: Any, send: bool = True, recv: bool = True,
                  local_srtp: Any = None) -> None:
        if self._real is None:  # no open() yet: there is no session to configure
            return
        self._real.configure(call_id, remote, send=send, recv=recv, local_srtp=local_srtp)

    def request_keyframe(self, call_id: str) -> None:
        if self._real is not None:
            self._real.request_keyframe(call_id)

    def stats(self, call_id: str) -> dict[str, float] | None:
        if self._real is None:
            return None
        found: dict[str, float] | None = self._real.stats(call_id)
        return found

    def session(self, call_id: str) -> Any:
        return self._real.session(call_id) if self._real is not None else None

    def close(self, call_id: str) -> None:
        if self._real is not None:
            self._real.close(call_id)

    def close_all(self) -> None:
        if self._real is not None:
            self._real.close_all()

    def __getattr__(self, name: str) -> Any:
        # only for names not set on the proxy itself (e.g. a subclass's extras): those need the real backend
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.real(), name)
