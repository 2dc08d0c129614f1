"""`softphone devices [--json] [--test-speaker]`: sound devices, the current choice, a speaker test."""

from __future__ import annotations

import argparse
import json
import sys

from softphone.config import Settings


def devices(args: argparse.Namespace) -> int:
    from softphone.audio.service import ROLES, SoundService
    from softphone.cli.audio_wiring import device_rows

    settings = Settings.load()
    try:
        service = SoundService(echo_cancel=settings.get("audio.echo_cancel"), watch_devices=False,
                               preferred_outputs=list(settings.get("audio.preferred_outputs")))
    except Exception as exc:  # no PortAudio at all: say so plainly
        print(f"softphone: cannot list sound devices: {exc}", file=sys.stderr)
        return 1
    try:
        service.select(**{role: str(settings.get(f"audio.{role}") or "") for role in ROLES})
        rows = device_rows(service)
        active = service.active()
        choice = {role: {"chosen": service.selection()[role], "in_use": active[role]} for role in ROLES}
        notice = service.missing_notice()
        tested = ""
        error = ""
        if args.test_speaker:
            try:
                tested = service.test_speaker(seconds=1.0)
            except Exception as exc:
                error = f"cannot play the test tone: {exc}"
        if args.json:
            body: dict[str, object] = {"devices": rows, "choice": choice, "notice": notice,
                                       "backend": service.diagnostics()["backend"]}
            if args.test_speaker:
                body["test_speaker"] = {"device": tested, "ok": not error, "error": error}
            print(json.dumps(body, indent=2))
        else:
            _print_table(rows, choice, notice, service)
            if args.test_speaker:
                if error:
                    print(f"\nSpeaker test: {error}")
                else:
                    print(f"\nSpeaker test: played a 1 kHz tone on {service.describe(tested) or 'the default'}.")
        return 1 if error else 0
    finally:
        service.close()


def _print_table(rows: list[dict[str, object]], choice: dict[str, dict[str, str]], notice: str,
                 service: object) -> None:
    for kind, title in (("output", "Outputs (speakers, headsets)"), ("input", "Inputs (microphones)")):
        print(title + ":")
        for row in rows:
            if not row[kind]:
                continue
            flags = [f for f, on in (("default", row["default"]), ("headset", row["headset"])) if on]
            roles = [str(r) for r in row["in_use"]]  # type: ignore[attr-defined]
            marks = (" [" + ", ".join(flags) + "]" if flags else "") + (" <- " + ", ".join(roles) if roles else "")
            print(f"  {row['identity']}  {row['description']}{marks}")
    print("Choice:")
    labels = {"input": "Microphone", "output": "Speaker", "ringer": "Ringer", "also_ring": "Also ring on"}
    for role, label in labels.items():
        chosen, used = choice[role]["chosen"], choice[role]["in_use"]
        shown = chosen or "(system default)"
        if used and used != chosen:
            shown += f" -> using {used}"
        print(f"  {label}: {shown}")
    if notice:
        print(f"Note: {notice}")
