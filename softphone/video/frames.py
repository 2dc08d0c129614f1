"""Frame sources: anything that yields RGB frames (numpy uint8, height x width x 3) at a target rate.

The camera (Qt Multimedia) lives in ui/ and implements the same interface; the synthetic test pattern here serves
tests and machines without a camera.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np


class FrameSource(Protocol):
    width: int
    height: int
    fps: float

    def next_frame(self) -> np.ndarray | None:
        """The newest frame (RGB, uint8, height x width x 3), or None when there is none yet."""

    def close(self) -> None: ...


class TestPattern:
    """Colour bars with a moving block and a frame counter stripe: cheap (a roll of a precomputed image), and every
    frame differs so the encoder has real work to do."""

    __test__ = False  # not a pytest class

    def __init__(self, width: int = 640, height: int = 480, fps: float = 15.0) -> None:
        self.width, self.height, self.fps = width, height, fps
        bars = np.array([[255, 255, 255], [255, 255, 0], [0, 255, 255], [0, 255, 0],
                         [255, 0, 255], [255, 0, 0], [0, 0, 255], [16, 16, 16]], dtype=np.uint8)
        columns = (np.arange(width) * len(bars) // width).astype(np.intp)
        self._base = np.ascontiguousarray(np.broadcast_to(bars[columns], (height, width, 3)))
        self._count = 0

    def next_frame(self) -> np.ndarray:
        n = self._count
        self._count += 1
        frame: np.ndarray = self._base.copy()
        size = max(8, self.height // 6)
        x = (n * 8) % max(1, self.width - size)
        y = (n * 5) % max(1, self.height - size)
        frame[y:y + size, x:x + size] = (n * 7 % 256, 255 - n * 3 % 256, n * 11 % 256)
        frame[-8:, :] = 0
        frame[-8:, : (n % self.width)] = 255
        return frame

    def close(self) -> None:
        pass
