"""The SIP/media engine: the only package that imports pjsua2."""

from softphone.engine.pjsua_engine import PjsuaEngine

__all__ = ["PjsuaEngine"]
