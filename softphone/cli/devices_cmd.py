"""`softphone devices [--json] [--test-speaker]`: sound devices, the current choice, a speaker test."""

from __future__ import annotations

import argparse
import json
import sys

from softphone.cli.i18n import Cli, fill
from softphone.config import Settings
from softphone.core.models import DeviceNotice


def devices(args: argparse.Namespace) -> int:
    from softphone.audio.notices import english_all
    from softphone.audio.service import ROLES, SoundService
    from softphone.cli.audio_wiring import device_rows

    settings = Settings.load()
    try:
        service = SoundService(echo_cancel=settings.get("audio.echo_cancel"), watch_devices=False,
                               preferred_outputs=list(settings.get("audio.preferred_outputs")))
    except Exception as exc:  # no PortAudio at all: say so plainly
        print("softphone: " + fill(Cli.tr("cannot list sound devices: %1"), exc), file=sys.stderr)
        return 1
    try:
        service.select(**{role: str(settings.get(f"audio.{role}") or "") for role in ROLES})
        rows = device_rows(service)
        active = service.active()
        choice = {role: {"chosen": service.selection()[role], "in_use": active[role]} for role in ROLES}
        missing = service.missing_notices()
        tested = ""
        error = ""
        if args.test_speaker:
            try:
                tested = service.test_speaker(seconds=1.0)
            except Exception as exc:
                error = str(exc)
        if args.json:
            body: dict[str, object] = {"devices": rows, "choice": choice, "notice": english_all(missing),
                                       "notices": [n.to_dict() for n in missing],
                                       "backend": service.diagnostics()["backend"]}
            if args.test_speaker:
                body["test_speaker"] = {"device": tested, "ok": not error,
                                        "error": f"cannot play the test tone: {error}" if error else ""}
            print(json.dumps(body, indent=2))
        else:
            _print_table(rows, choice, " ".join(_notice(n) for n in missing), service)
            if args.test_speaker:
                if error:
                    print("\n" + fill(Cli.tr("Speaker test: cannot play the test tone: %1"), error))
                else:
                    where = service.describe(tested) or Cli.tr("the default device")
                    print("\n" + fill(Cli.tr("Speaker test: played a 1 kHz tone on %1."), where))
        return 1 if error else 0
    finally:
        service.close()


def _notice(notice: DeviceNotice) -> str:
    """A missing-device notice (what SoundService.missing_notices() gives) in the agent's language; --json keeps
    the audio layer's English."""
    templates = {
        "input": Cli.tr("Microphone '%1' is not available; using %2 instead."),
        "output": Cli.tr("Speaker '%1' is not available; using %2 instead."),
        "ringer": Cli.tr("Ringer '%1' is not available; using %2 instead."),
        "also_ring": Cli.tr("Second ringer '%1' is not available; using %2 instead."),
    }
    template = templates.get(notice.role) if notice.code == "missing" else None
    if template is None:  # no other code comes from missing_notices(): English rather than nothing
        from softphone.audio.notices import english

        return english(notice)
    instead = f"'{notice.used}'" if notice.used else Cli.tr("the system default")
    return fill(template, notice.chosen, instead)


def _print_table(rows: list[dict[str, object]], choice: dict[str, dict[str, str]], notice: str,
                 service: object) -> None:
    labels = {"input": Cli.tr("Microphone"), "output": Cli.tr("Speaker"),
              "ringer": Cli.tr("Ringer"), "also_ring": Cli.tr("Also ring on")}
    for kind, title in (("output", Cli.tr("Outputs (speakers, headsets):")),
                        ("input", Cli.tr("Inputs (microphones):"))):
        print(title)
        for row in rows:
            if not row[kind]:
                continue
            flags = [f for f, on in ((Cli.tr("default"), row["default"]),
                                     (Cli.tr("headset"), row["headset"])) if on]
            roles = [labels.get(str(r), str(r)) for r in row["in_use"]]  # type: ignore[attr-defined]
            marks = (" [" + ", ".join(flags) + "]" if flags else "") + (" <- " + ", ".join(roles) if roles else "")
            print(f"  {row['identity']}  {row['description']}{marks}")
    print(Cli.tr("Choice:"))
    for role, label in labels.items():
        chosen, used = choice[role]["chosen"], choice[role]["in_use"]
        shown = chosen or Cli.tr("(system default)")
        if used and used != chosen:
            shown += " -> " + fill(Cli.tr("using %1"), used)
        print(f"  {label}: {shown}")
    if notice:
        print(fill(Cli.tr("Note: %1"), notice))
