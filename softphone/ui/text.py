"""Words for the codes core hands out (states, outcomes, error codes), translatable (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def agent_state(state: str) -> str:
    return {
        "offline": QCoreApplication.translate("Text", "Offline"),
        "available": QCoreApplication.translate("Text", "Available"),
        "paused": QCoreApplication.translate("Text", "Paused"),
        "ringing": QCoreApplication.translate("Text", "Ringing"),
        "on_call": QCoreApplication.translate("Text", "On a call"),
        "wrapup": QCoreApplication.translate("Text", "Wrap-up"),
    }.get(state, state)

def registration(state: str) -> str:
    return {
        "registering": QCoreApplication.translate("Text", "Connecting…"),
        "registered": QCoreApplication.translate("Text", "Connected"),
        "unregistered": QCoreApplication.translate("Text", "Not connected"),
        "failed": QCoreApplication.translate("Text", "Connection failed"),
    }.get(state, state)

def call_state(state: str) -> str:
    return {
        "calling": QCoreApplication.translate("Text", "Calling…"),
        "ringing": QCoreApplication.translate("Text", "Ringing"),
        "early": QCoreApplication.translate("Text", "Ringing at the other end"),
        "connected": QCoreApplication.translate("Text", "Connected"),
        "held": QCoreApplication.translate("Text", "On hold"),
        "disconnected": QCoreApplication.translate("Text", "Ended"),
    }.get(state, state)

def outcome(value: str) -> str:
    return {
        "answered": QCoreApplication.translate("Text", "Answered"),
        "missed": QCoreApplication.translate("Text", "Missed"),
        "rejected": QCoreApplication.translate("Text", "Declined"),
        "cancelled": QCoreApplication.translate("Text", "Cancelled"),
        "busy": QCoreApplication.translate("Text", "Busy"),
        "declined": QCoreApplication.translate("Text", "Declined by the other party"),
        "no_answer": QCoreApplication.translate("Text", "No answer"),
        "not_found": QCoreApplication.translate("Text", "Number not found"),
        "failed": QCoreApplication.translate("Text", "Failed"),
        "transferred": QCoreApplication.translate("Text", "Transferred"),
        "interrupted": QCoreApplication.translate("Text", "Interrupted"),
        "ongoing": QCoreApplication.translate("Text", "In progress"),
    }.get(value, value)

def direction(value: str) -> str:
    return {
        "inbound": QCoreApplication.translate("Text", "Incoming"),
        "outbound": QCoreApplication.translate("Text", "Outgoing"),
    }.get(value, value)

def quality(mos: float) -> str:
    if mos <= 0:
        return QCoreApplication.translate("Text", "Quality: measuring…")
    if mos >= 4.0:
        return QCoreApplication.translate("Text", "Quality: good")
    if mos >= 3.6:
        return QCoreApplication.translate("Text", "Quality: fair")
    return QCoreApplication.translate("Text", "Quality: poor")

def error_message(code: str, message: str) -> str:
    """A plain-language sentence for a command failure; the adapter's message when we have nothing better."""
    known = {
        "no-account": QCoreApplication.translate("Text", "No phone account is set up. Sign in first."),
        "bad-address": QCoreApplication.translate("Text", "That is not a number or address that can be dialled."),
        "no-call": QCoreApplication.translate("Text", "There is no call for that."),
        "invalid-state": QCoreApplication.translate("Text", "That is not possible in the call's current state."),
        "transfer-failed": QCoreApplication.translate("Text", "The transfer did not go through."),
        "no-media": QCoreApplication.translate(
            "Text", "No sound came from the other side for too long, so the call was ended."),
        "audio-only-call": QCoreApplication.translate(
            "Text", "This call was set up without video, so video cannot be added. Call again as a video call."),
    }
    return known.get(code, message)

def duration(seconds: float) -> str:
    total = int(max(0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
