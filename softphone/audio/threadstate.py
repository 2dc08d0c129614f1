"""Keeps a Python thread state alive on a foreign (C) thread that calls into Python many times a second.

pjsua2's SWIG directors wrap every frame callback in PyGILState_Ensure/Release. On a thread Python did not
start (pjmedia's clock thread) that pair creates and destroys a whole thread state per callback, and each new
thread state maps its frame stack afresh (an mmap, page faults and an munmap with a TLB flush on every core):
about 15 % of the clock thread's CPU in a call (perf). One extra Ensure that is never released keeps the
thread state, so the director's own pair only swaps it in and out.

When the media clock stops, its thread exits with the pinned state; the next pin (a new clock thread, next
call) frees the states of threads that no longer exist, so at most one state outlives its thread.
Linux only (thread liveness is read from /proc); elsewhere nothing is pinned and behaviour is unchanged.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading

_ENABLED = sys.platform.startswith("linux") and hasattr(ctypes, "pythonapi")
if _ENABLED:
    _api = ctypes.pythonapi  # PyDLL: called with the GIL held
    _api.PyGILState_Ensure.restype = ctypes.c_int
    _api.PyGILState_Ensure.argtypes = []
    _api.PyThreadState_Get.restype = ctypes.c_void_p
    _api.PyThreadState_Get.argtypes = []
    _api.PyThreadState_Clear.restype = None
    _api.PyThreadState_Clear.argtypes = [ctypes.c_void_p]
    _api.PyThreadState_Delete.restype = None
    _api.PyThreadState_Delete.argtypes = [ctypes.c_void_p]


class ThreadStatePin:
    """``pin()`` from the foreign thread (GIL held, as in any Python callback); cheap when already pinned."""

    def __init__(self) -> None:
        self._pinned: dict[int, int] = {}  # native thread id -> its pinned PyThreadState address
        self._lock = threading.Lock()
        # native id of the last thread seen: callers compare it first (pthread_t values are reused by the next
        # clock thread at once, kernel thread ids are not)
        self.last_native = 0

    def pin(self) -> None:
        native = self.last_native = threading.get_native_id()
        if not _ENABLED or _started_by_python(threading.get_ident()):
            return  # Python's own threads keep their state anyway, and Python frees it at their exit
        with self._lock:
            if native in self._pinned:
                return
            self._reap()
            _api.PyGILState_Ensure()  # the thread's state now outlives every director Release
            self._pinned[native] = int(_api.PyThreadState_Get())

    def _reap(self) -> None:
        for native, tstate in list(self._pinned.items()):
            if not os.path.exists(f"/proc/self/task/{native}"):
                # the thread is gone (joined by pjmedia): its state is detached and nobody can use it again
                _api.PyThreadState_Clear(tstate)
                _api.PyThreadState_Delete(tstate)
                del self._pinned[native]

    @property
    def pinned(self) -> int:
        return len(self._pinned)


def _started_by_python(ident: int) -> bool:
    # threading registers the threads it starts (and the main thread) as Thread objects; a foreign thread is
    # absent, or a _DummyThread if someone called current_thread() on it
    # (private names: there is no public way to ask who started a thread)
    active: dict[int, threading.Thread] = getattr(threading, "_active", {})
    thread = active.get(ident)
    return thread is not None and not isinstance(thread, threading._DummyThread)
