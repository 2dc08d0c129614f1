"""A scripted core.desktop_ports.VideoControl for GUI tests of pure views (the real one is cli/video_desktop.py)."""

from __future__ import annotations

from collections.abc import Callable

from softphone.core.desktop_ports import CameraInfo, VideoPicture


def picture(serial: int, width: int = 64, height: int = 48, tint: tuple[int, int, int] | None = None) -> VideoPicture:
    shade = (serial * 37) % 256
    colour = bytes(tint) if tint is not None else bytes([shade, 255 - shade, 128])
    return VideoPicture(width, height, colour * (width * height), serial)


class ScriptedVideo:
    """Remote pictures change on every read; commands are recorded in ``log``."""

    def __init__(self, cameras: list[CameraInfo] | None = None, offer_video: bool = True) -> None:
        self.camera_list = cameras or []
        self.camera = ""
        self.offer_video = offer_video
        self.video_line = True  # the connected call can carry video (False: set up audio-only)
        self.log: list[tuple[object, ...]] = []
        self.local_users = 0
        self._serial = 0
        self._listeners: list[Callable[[], None]] = []

    def cameras(self) -> list[CameraInfo]:
        return list(self.camera_list)

    def current_camera(self) -> str:
        return self.camera

    def camera_problem(self) -> str:
        return ""

    def use_camera(self, identity: str) -> None:
        self.camera = identity
        self.log.append(("use_camera", identity))
        for callback in self._listeners:
            callback()

    def add_listener(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def acquire_local(self) -> None:
        self.local_users += 1

    def release_local(self) -> None:
        self.local_users -= 1

    def local_picture(self) -> VideoPicture | None:
        # a steady colour of its own, so the self-view inset stands out from the far end's picture
        return picture(self._serial, 32, 24, tint=(70, 90, 140)) if self.local_users else None

    def remote_picture(self, call_id: str) -> VideoPicture | None:
        self._serial += 1
        return picture(self._serial)

    async def call(self, to: str, video: bool) -> str:
        self.log.append(("call", to, video))
        return "c9"

    async def answer(self, call_id: str, video: bool) -> None:
        self.log.append(("answer", call_id, video))

    async def set_video(self, call_id: str, on: bool) -> None:
        self.log.append(("video", call_id, on))

    async def offer_has_video(self, call_id: str) -> bool:
        return self.offer_video

    async def video_possible(self, call_id: str) -> bool:
        return self.video_line
