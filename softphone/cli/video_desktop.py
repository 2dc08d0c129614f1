"""The desktop side of video (DESIGN.md 9): core.desktop_ports.VideoControl on Qt Multimedia and the video module.

- ``CameraHub`` (UI thread) runs the chosen camera (QCamera -> QVideoSink) or, with no camera, the synthetic test
  pattern, and keeps only the newest frame as RGB (numpy). The video sessions read that frame on their own threads
  (``LiveSource``, the video module's FrameSource); the preview and the self-view read it on the UI thread.
- ``DesktopVideoService`` hands every call's decoded frames to a per-call slot (newest only) that the call panel
  paints at the stream's rate.
- ``DesktopVideo`` is the VideoControl the UI gets: cameras, pictures, and the video call commands.

Frames are dropped, never queued: a slow consumer sees the newest picture, not a backlog.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from softphone.cli.video_wiring import audio_only_call, preload
from softphone.core.desktop_ports import CameraInfo, SettingsAccess, VideoPicture
from softphone.core.events import CallStateChanged, Event
from softphone.core.session import Session, SessionError

log = logging.getLogger("softphone.video")

FRAME_WIDTH, FRAME_HEIGHT, FRAME_RATE = 640, 480, 15.0


def _rgb_from_qimage(image: Any) -> np.ndarray:
    """A QImage as a packed RGB numpy array (height x width x 3, a copy that owns its memory)."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    # an explicit copy: when the rows have no padding the slice is the QImage's own memory, freed with it
    frame: np.ndarray = raw[:, : width * 3].reshape(height, width, 3).copy()
    return frame


class CameraHub:
    """The local picture source, shared by the preview, the self-view and every call (UI thread only, except
    ``latest`` and ``_on_frame`` which are thread-safe)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, identity: str = "", *, width: int = FRAME_WIDTH,
                 height: int = FRAME_HEIGHT, fps: float = FRAME_RATE) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtMultimedia import QMediaDevices

        self.loop = loop
        self.width, self.height, self.fps = width, height, fps
        self.wanted = identity  # the agent's choice ("" = the first camera)
        self.active = ""  # the camera running now ("" = test pattern)
        self.problem = ""
        self._users = 0
        self._lock = threading.Lock()
        self._latest: np.ndarray | None = None
        self._serial = 0
        self._last_frame_at = 0.0
        self._listeners: list[Callable[[], None]] = []
        self._camera: Any = None
        self._capture: Any = None
        self._sink: Any = None
        self._pattern: Any = None
        self._pattern_timer = QTimer()
        self._pattern_timer.setInterval(round(1000 / fps))
        self._pattern_timer.timeout.connect(self._pattern_tick)
        self._devices = QMediaDevices()
        self._devices.videoInputsChanged.connect(self._inputs_changed)

    # ---- cameras ----

    @staticmethod
    def _identity(device: Any) -> str:
        return f"{bytes(device.id().data()).hex()}|{device.description()}"

    def cameras(self) -> list[CameraInfo]:
        from PySide6.QtMultimedia import QMediaDevices

        return [CameraInfo(self._identity(d), d.description()) for d in QMediaDevices.videoInputs()]

    def _find(self, identity: str) -> Any:
        """The device for an identity: the same id, else the same name (ids can change across reboots); for ""
        the system's default camera. None when there is no such camera."""
        from PySide6.QtMultimedia import QMediaDevices

        devices = QMediaDevices.videoInputs()
        if not devices:
            return None
        if not identity:
            default = QMediaDevices.defaultVideoInput()
            return default if not default.isNull() else devices[0]
        for device in devices:
            if self._identity(device) == identity:
                return device
        name = identity.partition("|")[2]
        return next((d for d in devices if d.description() == name), None)

    def add_listener(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            try:
                callback()
            except Exception:
                log.exception("camera listener failed")

    def _inputs_changed(self) -> None:
        if self._users:
            self._restart()
        self._changed()

    def use(self, identity: str) -> None:
        self.wanted = identity
        if self._users:
            self._restart()
        self._changed()

    # ---- running ----

    def acquire(self) -> None:
        self._users += 1
        if self._users == 1:
            self._start()

    def release(self) -> None:
        self._users = max(0, self._users - 1)
        if self._users == 0:
            self._stop()

    def _restart(self) -> None:
        self._stop()
        self._start()

    def _start(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        device = self._find(self.wanted)
        if device is None:
            self.problem = "" if not self.wanted else "not connected"
            self._start_pattern()
            return
        self._camera = QCamera(device)
        self._capture = QMediaCaptureSession()
        self._sink = QVideoSink()
        self._capture.setCamera(self._camera)
        self._capture.setVideoSink(self._sink)
        # converted where Qt delivers the frame (often not the UI thread); throttled to our rate in _on_frame
        self._sink.videoFrameChanged.connect(self._on_frame, Qt.ConnectionType.DirectConnection)
        self._camera.errorOccurred.connect(self._camera_failed)
        self.active = self._identity(device)
        self.problem = ""
        self._camera.start()

    def _camera_failed(self, _error: Any, message: str) -> None:
        log.warning("camera failed: %s", message)
        self._stop()
        self.problem = message or "camera error"
        if self._users:
            self._start_pattern()
        self._changed()

    def _start_pattern(self) -> None:
        from softphone.video.frames import TestPattern

        self.active = ""
        self._pattern = TestPattern(self.width, self.height, self.fps)
        self._pattern_timer.start()

    def _stop(self) -> None:
        self._pattern_timer.stop()
        self._pattern = None
        camera, self._camera = self._camera, None
        if camera is not None:
            with contextlib.suppress(RuntimeError):
                camera.errorOccurred.disconnect(self._camera_failed)
            camera.stop()
            camera.deleteLater()
        if self._sink is not None:
            with contextlib.suppress(RuntimeError):
                self._sink.videoFrameChanged.disconnect(self._on_frame)
            self._sink.deleteLater()
        if self._capture is not None:
            self._capture.deleteLater()
        self._sink = self._capture = None
        self.active = ""

    def close(self) -> None:
        self._users = 0
        self._stop()
        with contextlib.suppress(RuntimeError):
            self._devices.videoInputsChanged.disconnect(self._inputs_changed)

    def _pattern_tick(self) -> None:
        if self._pattern is not None:
            self._store(self._pattern.next_frame())

    def _on_frame(self, frame: Any) -> None:
        """A camera frame (any thread): keep at most ``fps`` of them, scaled into our frame size."""
        from PySide6.QtCore import Qt

        now = time.monotonic()
        if now - self._last_frame_at < 0.8 / self.fps:
            return  # dropped: the encoder takes no more than fps anyway
        self._last_frame_at = now
        try:
            image = frame.toImage()
            if image.isNull():
                return
            if image.width() > self.width or image.height() > self.height:
                image = image.scaled(self.width, self.height, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.FastTransformation)
            if image.width() % 2 or image.height() % 2:  # yuv420p wants even sizes
                image = image.copy(0, 0, image.width() & ~1, image.height() & ~1)
            self._store(_rgb_from_qimage(image))
        except Exception:  # a driver's odd frame must not take the camera down
            log.debug("camera frame dropped", exc_info=True)

    def _store(self, rgb: np.ndarray) -> None:
        with self._lock:
            self._latest = rgb
            self._serial += 1

    def latest(self) -> tuple[np.ndarray | None, int]:
        with self._lock:
            return self._latest, self._serial

    # ---- for the video sessions (their own threads) ----

    def source(self, allowed: Callable[[], bool] | None = None) -> LiveSource:
        return LiveSource(self, allowed)

    def acquire_threadsafe(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is closing: nothing to start
            self.loop.call_soon_threadsafe(self.acquire)

    def release_threadsafe(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self.release)


class LiveSource:
    """The video module's FrameSource on the hub: the newest local frame (None until the first one)."""

    def __init__(self, hub: CameraHub, allowed: Callable[[], bool] | None = None) -> None:
        self.hub = hub
        self.allowed = allowed  # False: send nothing (not answered yet, or answered audio only)
        self.width, self.height, self.fps = hub.width, hub.height, hub.fps
        self._holding = False
        self._closed = False

    def next_frame(self) -> np.ndarray | None:
        if self.allowed is not None and not self.allowed():
            return None
        if not self._holding and not self._closed:
            self._holding = True  # the camera starts only once a picture may go out
            self.hub.acquire_threadsafe()
        frame, _serial = self.hub.latest()
        return frame

    def close(self) -> None:
        self._closed = True
        if self._holding:
            self._holding = False
            self.hub.release_threadsafe()


class RemoteFrames:
    """Every call's newest decoded frame (written on the session threads, read on the UI thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frames: dict[str, tuple[np.ndarray, int]] = {}
        self._pictures: dict[str, VideoPicture] = {}

    def sink(self, call_id: str) -> Callable[[np.ndarray], None]:
        def on_frame(rgb: np.ndarray) -> None:
            with self._lock:
                serial = self._frames.get(call_id, (rgb, 0))[1] + 1
                self._frames[call_id] = (rgb, serial)

        return on_frame

    def picture(self, call_id: str) -> VideoPicture | None:
        with self._lock:
            entry = self._frames.get(call_id)
        if entry is None:
            return None
        rgb, serial = entry
        cached = self._pictures.get(call_id)
        if cached is not None and cached.serial == serial:
            return cached
        picture = VideoPicture(int(rgb.shape[1]), int(rgb.shape[0]), rgb.tobytes(), serial)
        self._pictures[call_id] = picture
        return picture

    def drop(self, call_id: str) -> None:
        with self._lock:
            self._frames.pop(call_id, None)
        self._pictures.pop(call_id, None)


def _service_class() -> Any:
    from softphone.video.service import VideoService

    class DesktopVideoService(VideoService):
        """VideoService whose sessions deliver decoded frames per call (the stock one has one sink for all)."""

        remote: RemoteFrames
        hub: CameraHub
        private: set[str]  # calls whose camera picture must not go out (answered audio only)
        live: set[str]  # connected calls: before the agent answers, no picture of the agent goes out

        def open(self, call_id: str) -> int:
            port = super().open(call_id)
            session = self.session(call_id)
            if session is not None and session.on_frame is None:
                session.on_frame = self.remote.sink(call_id)  # before configure() starts its thread
                # this call's own source, so an audio-only answer sends no picture (read on first frame)
                session._source_factory = lambda: self.hub.source(
                    lambda: call_id in self.live and call_id not in self.private)
            return port

        def close(self, call_id: str) -> None:
            super().close(call_id)
            self.remote.drop(call_id)
            self.private.discard(call_id)
            self.live.discard(call_id)

    return DesktopVideoService


class DesktopVideo:
    """core.desktop_ports.VideoControl for the desktop app."""

    def __init__(self, engine: Any, session: Session, hooks: Any, hub: CameraHub, remote: RemoteFrames,
                 settings: SettingsAccess) -> None:
        self.engine, self.session, self.hooks, self.hub, self.remote = engine, session, hooks, hub, remote
        self.settings = settings
        self._local: VideoPicture | None = None
        self._answer_choice: dict[str, bool] = {}
        self._tasks: set[asyncio.Future[Any]] = set()
        session.subscribe(self._on_event)

    # ---- cameras and pictures ----

    def cameras(self) -> list[CameraInfo]:
        return self.hub.cameras()

    def current_camera(self) -> str:
        return self.hub.active

    def camera_problem(self) -> str:
        return self.hub.problem

    def use_camera(self, identity: str) -> None:
        self.hub.use(identity)

    def add_listener(self, callback: Callable[[], None]) -> None:
        self.hub.add_listener(callback)

    def acquire_local(self) -> None:
        self.hub.acquire()

    def release_local(self) -> None:
        self.hub.release()

    def local_picture(self) -> VideoPicture | None:
        rgb, serial = self.hub.latest()
        if rgb is None:
            return None
        if self._local is None or self._local.serial != serial:
            self._local = VideoPicture(int(rgb.shape[1]), int(rgb.shape[0]), rgb.tobytes(), serial)
        return self._local

    def remote_picture(self, call_id: str) -> VideoPicture | None:
        return self.remote.picture(call_id)

    # ---- calls ----

    async def call(self, to: str, video: bool) -> str:
        if not video:
            return await self.session.call(to)
        await preload(self.hooks)
        await self.hooks.arm_video_call()
        try:
            return await self.session.call(to)
        except BaseException:
            # the call never reached the engine: the next ordinary call must not become a video call
            await self.engine._submit(lambda: setattr(self.hooks, "_armed", False))
            raise

    async def answer(self, call_id: str, video: bool) -> None:
        if video:
            await preload(self.hooks)
        try:
            await self.hooks.set_video(call_id, video)
        except Exception as exc:
            raise SessionError("unknown-call", f"there is no call {call_id}") from exc
        self._answer_choice[call_id] = video
        if not video:
            self.hooks.backend.private.add(call_id)  # not one picture of the agent until video is asked for
        await self.session.answer(call_id)

    async def set_video(self, call_id: str, on: bool) -> None:
        if not self.session.has_call(call_id):
            raise SessionError("unknown-call", f"there is no call {call_id}")
        if on:
            await preload(self.hooks)
            self.hooks.backend.private.discard(call_id)
        if not await self.hooks.set_video(call_id, on):
            raise SessionError("audio-only-call", audio_only_call(call_id))

    async def video_possible(self, call_id: str) -> bool:
        try:
            state = await self.hooks.video_state(call_id)
        except Exception:
            log.debug("video state of call %s unknown", call_id, exc_info=True)
            return True
        return bool(state.get("on") or state.get("possible", True))

    async def offer_has_video(self, call_id: str) -> bool:
        hooks = self.hooks

        def probe() -> bool:
            # engine thread: the offer's video as the hooks saw it (answered, or kept from the raw INVITE)
            st = hooks._calls.get(call_id)
            if st is None:
                return False
            if st.remote is not None:
                return True
            from softphone.core import sdp as sdpmod

            if not st.raw_offer:
                return False
            try:
                return sdpmod.find_vp8(sdpmod.parse(st.raw_offer)) is not None
            except sdpmod.SdpError:
                return False

        try:
            return bool(await self.engine._submit(probe))
        except Exception:
            log.debug("video offer probe failed", exc_info=True)
            return False

    def _on_event(self, event: Event) -> None:
        """The answer already carried the choice when pjsua built it early; if it did not stick (pjsua builds the
        answer when the INVITE arrives), one re-INVITE once connected puts it right."""
        if not isinstance(event, CallStateChanged) or self.hooks is None:
            return
        backend = self.hooks.backend
        if event.state == "disconnected":
            self._answer_choice.pop(event.call_id, None)
            backend.live.discard(event.call_id)
            backend.private.discard(event.call_id)
            return
        if event.state in ("connected", "held"):
            backend.live.add(event.call_id)
        if event.state != "connected" or event.call_id not in self._answer_choice:
            return
        wanted = self._answer_choice.pop(event.call_id)
        task = asyncio.ensure_future(self._enforce(event.call_id, wanted))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _enforce(self, call_id: str, wanted: bool) -> None:
        try:
            state = await self.hooks.video_state(call_id)
            if bool(state.get("on")) != wanted:
                await self.hooks.set_video(call_id, wanted)
        except Exception:
            log.debug("could not apply the answer's video choice to call %s", call_id, exc_info=True)

    def apply_settings(self) -> None:
        """After the settings dialog saved: the default answer (shortcut, auto-answer) follows the setting."""
        self.hooks.answer_with_video = bool(self.settings.get("video.answer_with_video"))
        camera = str(self.settings.get("video.camera") or "")
        if camera != self.hub.wanted:
            self.hub.use(camera)

    def close(self) -> None:
        self.hub.close()


def install_desktop_video(engine: Any, settings: SettingsAccess,
                          loop: asyncio.AbstractEventLoop) -> tuple[Any, CameraHub, RemoteFrames] | None:
    """Attach video to the engine before it starts (capabilities then report video): the hooks, the camera hub
    and the remote frame slots; None when the video libraries are missing."""
    from softphone import video

    if not video.available():
        log.info("video unavailable: PyAV/aiortc are not installed")
        return None
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError:
        log.info("video unavailable: Qt Multimedia is not installed")
        return None
    from softphone.engine.video_hooks import install

    bind = str(getattr(engine.options, "bind_address", "") or "")
    hub = CameraHub(loop, str(settings.get("video.camera") or ""))
    remote = RemoteFrames()
    private: set[str] = set()
    live: set[str] = set()

    def build() -> Any:  # at the first video call: the video stack (PyAV, aiortc) is imported only then
        service = _service_class()(bind, sdp_address=bind, source_factory=hub.source, fps=FRAME_RATE,
                                   width=FRAME_WIDTH, height=FRAME_HEIGHT)
        service.remote, service.hub, service.private, service.live = remote, hub, private, live
        return service

    backend: Any = video.LazyVideoService(bind, sdp_address=bind, factory=build)
    backend.remote, backend.hub, backend.private, backend.live = remote, hub, private, live  # the same objects
    hooks = install(engine, backend)
    hooks.answer_with_video = bool(settings.get("video.answer_with_video"))
    return hooks, hub, remote
