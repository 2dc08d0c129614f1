"""Builds the SoundService from settings, persists the agent's device choices, and gives the headless
interface its ``set_devices`` command and ``devices`` events.

Threads: SoundService reports changes on the thread that made them (the hot-plug watcher's for device
changes); Settings and the session belong to the loop thread, so everything here hops with
``loop.call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from softphone.audio.notices import english_all
from softphone.audio.service import ROLES, SoundService
from softphone.config import Settings
from softphone.config.settings import SettingError
from softphone.core.events import DevicesChanged, Event
from softphone.core.models import AudioDevice, DeviceNotice
from softphone.core.session import Session
from softphone.headless.protocol import CommandError, Handler

log = logging.getLogger("softphone.audio_wiring")


def build_audio(settings: Settings, loop: asyncio.AbstractEventLoop | None = None) -> SoundService:
    """The sound service; ``loop`` is the thread that owns ``settings`` (default: the running loop), so it can be
    built on a worker thread while the engine starts (connecting to the sound server can take a while)."""
    if loop is None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
    volume = max(0, min(100, int(settings.get("audio.ring_volume")))) / 100
    service = SoundService(
        echo_cancel=settings.get("audio.echo_cancel"),
        auto_switch=bool(settings.get("audio.auto_switch")),
        preferred_outputs=list(settings.get("audio.preferred_outputs")),
        ringtone=settings.get("audio.ringtone") or None,
        ring_volume=volume,
        also_ring_volume=volume,
    )
    service.select(**{role: str(settings.get(f"audio.{role}") or "") for role in ROLES})
    service.add_listener(SelectionPersister(settings, loop))
    return service


class SelectionPersister:
    """Writes choices (device identities) back to the settings file when they change; on the loop thread."""

    def __init__(self, settings: Settings, loop: asyncio.AbstractEventLoop | None) -> None:
        self.settings = settings
        self.loop = loop

    def __call__(self, _devices: list[AudioDevice], selection: dict[str, str], _notice: str) -> None:
        if self.loop is None:
            self.persist(selection)
        elif not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.persist, dict(selection))

    def persist(self, selection: dict[str, str]) -> None:
        changed = False
        for role, value in selection.items():
            name = f"audio.{role}"
            if (self.settings.get(name) or "") == value or self.settings.is_locked(name):
                continue
            try:
                self.settings.set(name, value)
                changed = True
            except SettingError as exc:
                log.warning("cannot keep the %s choice: %s", role, exc)
        if changed:
            try:
                self.settings.save()
            except (OSError, SettingError) as exc:
                log.warning("cannot save the device choice: %s", exc)


def device_rows(service: SoundService) -> list[dict[str, object]]:
    """Every device with its identity, description, default/headset flags and the roles it is chosen for
    (``chosen_for``) and actually used for (``in_use``)."""
    selection = service.selection()
    active = service.active()
    rows: list[dict[str, object]] = []
    for dev in service.devices():
        ident = dev.identity
        rows.append({
            "identity": ident,
            "name": dev.name,
            "description": dev.description or dev.name,
            "host_api": dev.host_api,
            "input": dev.is_input,
            "output": dev.is_output,
            "default": dev.is_default,
            "headset": service.is_headset(ident),
            "chosen_for": [r for r in ROLES if selection.get(r) == ident],
            "in_use": [r for r in ROLES if active.get(r) == ident],
        })
    return rows


def devices_event(service: SoundService, notices: Sequence[DeviceNotice] = ()) -> DevicesChanged:
    """The devices in use per role (after any fallback), the list, and what changed: as codes for the front ends
    to word, and in English for the headless interface."""
    active = service.active()
    return DevicesChanged(input=active["input"], output=active["output"], ringer=active["ringer"],
                          also_ring=active["also_ring"], list=tuple(device_rows(service)),
                          notice=english_all(notices), notices=tuple(notices))


def _match(service: SoundService, value: Any, role: str) -> str:
    """An identity for what the agent typed: identity, device name or description ("" = system default)."""
    if not isinstance(value, str):
        raise CommandError("bad-argument", f"'{role}' must be a device name")
    value = value.strip()
    if not value:
        return ""
    want_output = role != "input"
    devices = [d for d in service.devices() if (d.is_output if want_output else d.is_input)]
    for attr in ("identity", "name", "description"):
        found = [d for d in devices if getattr(d, attr) == value]
        if len(found) == 1:
            return found[0].identity
    lowered = [d for d in devices if value.lower() in (d.description or d.name).lower()]
    if len(lowered) == 1:
        return lowered[0].identity
    kind = "output" if want_output else "input"
    names = ", ".join(d.identity for d in devices) or "none"
    raise CommandError("unknown-device", f"no single {kind} device matches {value!r} for {role}; "
                       f"available: {names}")


def feed_devices(session: Session, service: SoundService, loop: asyncio.AbstractEventLoop) -> None:
    """``devices`` events for every front end: one right after ``started`` (which is always the first event),
    then one per change (hot-plug, fallback, a new choice). Changes arrive on the audio threads: hop to the
    loop. Only real changes are announced (the watcher repeats itself)."""
    last: list[DevicesChanged] = []  # the last devices event sent; empty until `started` went out

    def publish(event: DevicesChanged) -> None:  # on the loop; says only what changed (the watcher repeats)
        if last and last[0] == event:
            return
        last[:] = [event]
        session.emit(event)

    def on_change(_devices: list[AudioDevice], _selection: dict[str, str],
                  notices: tuple[DeviceNotice, ...]) -> None:
        event = devices_event(service, notices)
        if not loop.is_closed():
            loop.call_soon_threadsafe(lambda: publish(event) if last else None)

    service.add_notices_listener(on_change)
    notices = startup_notices(service)

    def after_started(event: Event) -> None:  # `started` is always the first event; the device list follows it
        if event.EVENT == "started":
            loop.call_soon(lambda: publish(devices_event(service, notices)))

    session.subscribe(after_started)


def headless_handlers(session: Session, service: SoundService,
                      loop: asyncio.AbstractEventLoop) -> dict[str, Handler]:
    """``set_devices`` for the headless interface; ``devices`` events now (at start) and on every change."""

    feed_devices(session, service, loop)

    async def set_devices(cmd: dict[str, Any]) -> None:
        changes = {role: _match(service, cmd[role], role) for role in ROLES if role in cmd}
        if not changes:
            raise CommandError("bad-argument", "set_devices needs input, output, ringer or also_ring")
        await loop.run_in_executor(None, lambda: service.select(**changes))

    async def list_devices(cmd: dict[str, Any]) -> None:
        session.emit(devices_event(service))

    return {"set_devices": set_devices, "devices": list_devices}


def startup_notices(service: SoundService) -> tuple[DeviceNotice, ...]:
    """Which chosen devices are missing and what is used instead."""
    return service.missing_notices()

