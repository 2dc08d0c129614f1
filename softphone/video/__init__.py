"""Video beside pjsua2 (DESIGN.md 9): the only package that imports av, aiortc and pylibsrtp.

Import ``softphone.video.service`` only after ``available()`` said yes; this module itself imports nothing heavy.
"""

from __future__ import annotations


def available() -> bool:
    try:
        import aiortc.rtp  # noqa: F401
        import av  # noqa: F401
        import pylibsrtp  # noqa: F401
    except ImportError:
        return False
    return True
