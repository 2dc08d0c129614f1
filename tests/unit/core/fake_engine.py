"""A scripted SipEngine for unit tests of the pure core (never instead of an integration test)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from softphone.core.events import CallEnded, CallMediaChanged, CallOutgoing, RegistrationChanged
from softphone.core.models import AccountSpec, Capabilities, DtmfMethod, MediaStats
from softphone.core.ports import EventSink, MediaBridge


class FakeEngine:
    def __init__(self) -> None:
        self.sink: EventSink | None = None
        self.calls_made: list[tuple[str, bool]] = []
        self.log: list[tuple[str, ...]] = []
        self._ids = itertools.count(1)
        self.rx_step = 0  # RTP packets "received" between two media_stats calls (0: the far end is silent)
        self._rx = 10

    def emit(self, event: object) -> None:
        assert self.sink is not None
        self.sink(event)  # type: ignore[arg-type]

    async def start(self, sink: EventSink, bridge: MediaBridge | None) -> Capabilities:
        self.sink = sink
        return Capabilities(sound_devices=False, video=False, codecs=("PCMU/8000",), srtp=True, tls=True)

    async def register(self, account: AccountSpec, password: str) -> None:
        self.log.append(("register", account.aor))
        self.emit(RegistrationChanged(state="registered", code=200, reason="OK", account=account.aor))

    async def unregister(self) -> None:
        self.log.append(("unregister",))

    async def make_call(self, uri: str, *, silent: bool = False, headers: Sequence[tuple[str, str]] = ()) -> str:
        call_id = f"c{next(self._ids)}"
        self.calls_made.append((uri, silent))
        self.emit(CallOutgoing(call_id=call_id, remote_uri=uri, silent=silent))
        return call_id

    async def answer(self, call_id: str) -> None:
        self.log.append(("answer", call_id))

    async def reject(self, call_id: str, code: int = 486) -> None:
        self.log.append(("reject", call_id, str(code)))
        self.emit(CallEnded(call_id=call_id, code=code, reason="Busy Here", local=True))

    async def hangup(self, call_id: str) -> None:
        self.log.append(("hangup", call_id))
        self.emit(CallEnded(call_id=call_id, code=200, reason="Normal", local=True))

    async def hold(self, call_id: str) -> None:
        self.log.append(("hold", call_id))
        self.emit(CallMediaChanged(call_id=call_id, local_hold=True))

    async def unhold(self, call_id: str) -> None:
        self.log.append(("unhold", call_id))
        self.emit(CallMediaChanged(call_id=call_id, local_hold=False))

    async def set_mute(self, call_id: str, muted: bool) -> None:
        self.log.append(("mute" if muted else "unmute", call_id))

    async def send_dtmf(self, call_id: str, digits: str, method: DtmfMethod) -> None:
        self.log.append(("dtmf", call_id, digits, method.value))

    async def transfer(self, call_id: str, target: str) -> None:
        self.log.append(("transfer", call_id, target))

    async def attended_transfer(self, call_id: str, target_call_id: str) -> None:
        self.log.append(("attended_transfer", call_id, target_call_id))

    async def media_stats(self, call_id: str) -> MediaStats | None:
        self._rx += self.rx_step
        return MediaStats(call_id=call_id, codec="PCMU", rx_packets=self._rx, tx_packets=10)

    async def diagnostics(self) -> dict[str, object]:
        return {}

    async def shutdown(self) -> None:
        self.log.append(("shutdown",))
