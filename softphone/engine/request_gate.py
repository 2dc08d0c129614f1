"""A pjsip module, registered through ctypes, that screens requests from outside a dialog before pjsua sees them.

1. New calls over the call-start budget. pjsua opens a new call's two media sockets as soon as an INVITE with an
   offer arrives, before the application hears of the call, and closes them when the call ends (a CANCEL, a 488
   for an SDP it cannot take). An INVITE flood that cancels each call, or sends offers pjsua refuses, churns
   pjsip's socket table faster than it frees slots, and the wheel aborts the process when the table runs out
   (core/call_rate.py). An INVITE over the budget gets a stateless 503 and never reaches pjsua.
2. Requests the phone has no use for, which pjsua would answer through a transaction that then lives 32 s
   (RFC 3261 timer J): SUBSCRIBE (nobody needs this phone's presence), MESSAGE (agents chat in the chat
   server) and out-of-dialog NOTIFY (unsolicited message-waiting or check-sync). 3,000 of each held about 200 MB;
   a stateless answer keeps nothing.

pjsua2 offers no hook before pjsua's own handling, so this module sits in pjsip's request chain after the
transaction and dialog layers (retransmissions and requests inside a dialog, such as a transfer's NOTIFYs, never
reach it) and before pjsua's. The wheel exports pjsip's C functions from its extension library; the module
struct below is pjsip's ``pjsip_module`` (sip_module.h), unchanged across pjsip 2.x."""

from __future__ import annotations

import ctypes
import logging
import time
from collections.abc import Callable

from softphone.core.call_rate import OWN_RESERVE, CallStartBudget

log = logging.getLogger(__name__)

# After the UA (dialog) layer (32), before dialog usages (48) and pjsua's application module (64).
_PRIORITY = 40
_SERVICE_UNAVAILABLE = 503
# out-of-dialog requests answered here, without a transaction (see above)
STATELESS_ANSWERS = {"SUBSCRIBE": 403, "MESSAGE": 403, "NOTIFY": 200}
_RxCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


class _PjStr(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_char_p), ("slen", ctypes.c_ssize_t)]


class _PjsipModule(ctypes.Structure):
    _fields_ = [
        ("prev", ctypes.c_void_p), ("next", ctypes.c_void_p),
        ("name", _PjStr), ("id", ctypes.c_int), ("priority", ctypes.c_int),
        ("load", ctypes.c_void_p), ("start", ctypes.c_void_p), ("stop", ctypes.c_void_p),
        ("unload", ctypes.c_void_p),
        ("on_rx_request", _RxCallback), ("on_rx_response", ctypes.c_void_p),
        ("on_tx_request", ctypes.c_void_p), ("on_tx_response", ctypes.c_void_p),
        ("on_tsx_state", ctypes.c_void_p),
    ]  # fmt: skip


def _library() -> ctypes.CDLL:
    """The already loaded pjsua2 extension (dlopen of the same path returns the same library)."""
    from pjsua2 import _pjsua2

    lib = ctypes.CDLL(_pjsua2.__file__)
    lib.pjsua_get_pjsip_endpt.restype = ctypes.c_void_p
    lib.pjsua_get_pjsip_endpt.argtypes = []
    lib.pjsip_endpt_register_module.restype = ctypes.c_int
    lib.pjsip_endpt_register_module.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.pjsip_endpt_unregister_module.restype = ctypes.c_int
    lib.pjsip_endpt_unregister_module.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.pjsip_rx_data_get_info.restype = ctypes.c_char_p
    lib.pjsip_rx_data_get_info.argtypes = [ctypes.c_void_p]
    lib.pjsip_endpt_respond_stateless.restype = ctypes.c_int
    lib.pjsip_endpt_respond_stateless.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p,
                                                  ctypes.c_void_p, ctypes.c_void_p]
    return lib


def request_method(info: bytes | None) -> str:
    """The method from pjsip's message summary, e.g. b"Request msg INVITE/cseq=1 (rdata0x55d0)" -> "INVITE"."""
    if not info:
        return ""
    parts = info.split(b" ", 3)
    if len(parts) < 3 or parts[0] != b"Request":
        return ""
    return parts[2].split(b"/", 1)[0].decode("ascii", "replace")


class RequestGate:
    """Owns the registered module; every call happens on the engine thread (the only one polling pjsip)."""

    def __init__(self, budget: CallStartBudget, clock: Callable[[], float] = time.monotonic) -> None:
        self.budget = budget
        self._clock = clock
        self._lib: ctypes.CDLL | None = None
        self._endpt: int | None = None
        self._callback = _RxCallback(self._on_rx_request)  # kept: pjsip holds only the C pointer
        self._name = b"mod-softphone-request-gate"
        self._module = _PjsipModule()
        self._module.name = _PjStr(self._name, len(self._name))
        self._module.id = -1
        self._module.priority = _PRIORITY
        self._module.on_rx_request = self._callback
        self._last_warning = -1e9

    @property
    def active(self) -> bool:
        return self._endpt is not None

    def install(self) -> bool:
        """Register the module with pjsip (after libInit). False, with a warning, where that is impossible."""
        try:
            lib = _library()
            endpt = lib.pjsua_get_pjsip_endpt()
            if not endpt:
                raise OSError("pjsua has no SIP endpoint yet")
            status = lib.pjsip_endpt_register_module(endpt, ctypes.byref(self._module))
            if status != 0:
                raise OSError(f"pjsip refused the module (status {status})")
        except (OSError, AttributeError, ImportError) as exc:
            log.warning("no guard against SIP floods (%s): a flood of short calls can crash the phone", exc)
            return False
        self._lib, self._endpt = lib, endpt
        return True

    def uninstall(self) -> None:
        """Take the module out again (before libDestroy, which would otherwise call into a freed callback)."""
        lib, endpt = self._lib, self._endpt
        self._lib = self._endpt = None
        if lib is not None and endpt is not None:
            lib.pjsip_endpt_unregister_module(endpt, ctypes.byref(self._module))

    def _on_rx_request(self, rdata: int) -> int:
        # Runs inside pjsip: it must never raise (ctypes would only print it) and returns pj_bool_t.
        try:
            lib, endpt = self._lib, self._endpt
            if lib is None or endpt is None:
                return 0
            method = request_method(lib.pjsip_rx_data_get_info(rdata))
            answer = STATELESS_ANSWERS.get(method)
            if answer is not None:
                lib.pjsip_endpt_respond_stateless(endpt, rdata, answer, None, None, None)
                return 1
            if method != "INVITE":
                return 0
            now = self._clock()
            if self.budget.admit(now, keep=OWN_RESERVE):
                return 0
            lib.pjsip_endpt_respond_stateless(endpt, rdata, _SERVICE_UNAVAILABLE, None, None, None)
            if now - self._last_warning > 10.0:
                self._last_warning = now
                log.warning("new calls arrive faster than %d in %.1f s: refused with 503 (%d so far)",
                            self.budget.limit - OWN_RESERVE, self.budget.window_s, self.budget.refused)
            return 1
        except Exception:  # pragma: no cover - a bug here must not take pjsip down
            log.exception("request gate failed; the request goes on to pjsua")
            return 0
