"""The command line speaks the agent's language (issue 8): human output in German and Brazilian Portuguese from the
same .qm files as the GUI, the setting ui.language before the system locale, --json staying English, and an English
run never importing Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from softphone.cli import i18n
from tests.stack.pulse import PulseServer

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "i18n"

# runs the CLI with the translations compiled by the test (the installed ones may be older than the .ts files);
# what Qt modules got imported goes to stderr as the last line
RUNNER = """
import json, sys
from pathlib import Path
import softphone.i18n_data as data
data.qm_dirs = lambda: [Path(sys.argv[1])]
from softphone.app import main
try:
    rc = main(sys.argv[2:])
finally:
    sys.stdout.flush()
    print("QT-MODULES " + json.dumps(sorted(m for m in sys.modules if m.startswith("PySide6"))), file=sys.stderr)
sys.exit(rc)
"""


def lrelease() -> list[str]:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    return [str(tool) if tool.exists() else "pyside6-lrelease"]


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("qm")
    for ts in sorted(TS_DIR.glob("softphone_*.ts")):
        subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")], check=True,
                       timeout=60)
    return target


class Cli:
    def __init__(self, qm_dir: Path, home: Path) -> None:
        self.qm_dir, self.home = qm_dir, home

    def run(self, *args: str, language: str = "", lang: str = "C.UTF-8", stdin: str = "",
            env_extra: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], list[str]]:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.home), "LANG": lang,
               "SOFTPHONE_HOME": str(self.home / "profile"), "XDG_RUNTIME_DIR": str(self.home),
               "PULSE_SERVER": f"unix:{self.home}/no-pulse", "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
        if language:
            env["LANGUAGE"] = language
        done = subprocess.run([sys.executable, "-c", RUNNER, str(self.qm_dir), *args], capture_output=True, text=True,
                              timeout=90, env=env, input=stdin)
        assert "Traceback" not in done.stderr, done.stderr
        marker = [line for line in done.stderr.splitlines() if line.startswith("QT-MODULES ")]
        assert marker, done.stderr
        return done, json.loads(marker[-1].removeprefix("QT-MODULES "))


@pytest.fixture
def cli(qm_dir: Path, tmp_path: Path) -> Cli:
    return Cli(qm_dir, tmp_path)


@pytest.mark.parametrize("language, skipped, passed", [
    ("de", "[skip] registration: übersprungen (--no-register)", "Ergebnis: alle Prüfungen bestanden"),
    ("pt_BR", "[skip] registration: ignorado (--no-register)", "resultado: todas as verificações passaram"),
    ("en", "[skip] registration: skipped (--no-register)", "result: all checks passed"),
])
def test_diagnose_speaks_the_language(cli: Cli, language: str, skipped: str, passed: str) -> None:
    done, qt = cli.run("diagnose", "--no-register", language=language)
    assert done.returncode == 0, done.stdout + done.stderr
    assert skipped in done.stdout and passed in done.stdout, done.stdout
    if language == "en":
        assert qt == [], "an English run must not load Qt"
    else:
        assert "PySide6.QtCore" in qt  # QTranslator: QtCore only, never the GUI modules
        assert not [m for m in qt if m.startswith(("PySide6.QtGui", "PySide6.QtWidgets"))], qt


def test_diagnose_json_stays_english(cli: Cli) -> None:
    done, qt = cli.run("diagnose", "--no-register", "--json", language="de")
    report = json.loads(done.stdout)
    registration = next(c for c in report["checks"] if c["name"] == "registration")
    assert registration["message"] == "skipped (--no-register)"
    assert qt == [], "--json output is never translated, so nothing is loaded"


@pytest.mark.parametrize("language, lang, expected", [
    ("de", "C.UTF-8", "Kein Telefonkonto. Führen Sie `softphone login` oder"),
    ("pt_BR", "C.UTF-8", "Nenhuma conta de telefone. Execute `softphone login` ou"),
    ("", "pt_BR.UTF-8", "Nenhuma conta de telefone."),  # no LANGUAGE: LANG decides
    ("", "de_AT.UTF-8", "Kein Telefonkonto."),  # no de_AT translation: de
    ("en", "de_DE.UTF-8", "No phone account. Run `softphone login` or"),  # LANGUAGE before LANG
    ("", "C.UTF-8", "No phone account. Run `softphone login` or"),
])
def test_account_show_follows_the_system_language(cli: Cli, language: str, lang: str, expected: str) -> None:
    done, qt = cli.run("account", "show", language=language, lang=lang)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(expected), done.stdout
    assert "PySide6.QtWidgets" not in qt
    if expected.startswith("No phone account"):
        assert qt == []


def test_the_language_setting_comes_before_the_system_locale(cli: Cli) -> None:
    set_it, _ = cli.run("config", "set", "ui.language", "fr", language="de")
    assert set_it.returncode == 0, set_it.stderr
    done, _ = cli.run("account", "show", language="de")
    assert done.stdout.startswith("Aucun compte téléphonique."), done.stdout
    refused, _ = cli.run("account", "set", "--sip-uri", "nonsense", language="de")
    assert refused.returncode == 2
    assert refused.stderr.startswith("softphone: « nonsense » n'est pas une adresse SIP"), refused.stderr


def test_one_shot_commands_say_why_in_the_language(cli: Cli) -> None:
    """`softphone call` and `softphone queue` without an account: one translated line, the shared one-shot path."""
    for args in (("call", "sip:1002@127.0.0.1"), ("queue", "login", "sales")):
        done, _ = cli.run(*args, language="de")
        assert done.returncode == 1
        # (no keyring in this environment: the reason in brackets is the keyring's own, English, message)
        assert done.stderr.startswith("softphone: kein nutzbares Konto ("), done.stderr
    english, qt = cli.run("call", "sip:1002@127.0.0.1", language="en")
    assert english.stderr.startswith("softphone: no usable account ("), english.stderr
    assert qt == []


def test_devices_table_and_missing_device_in_the_language(cli: Cli, pulse: PulseServer) -> None:
    """`softphone devices` against a real sound server: headings, roles and the missing-device note in German;
    --json keeps the English notice."""
    assert cli.run("config", "set", "audio.input", "pulse:gone_mic")[0].returncode == 0
    done, _ = cli.run("devices", language="de", env_extra=pulse.env)
    assert done.returncode == 0, done.stderr
    assert "Ausgänge (Lautsprecher, Headsets):" in done.stdout and "Auswahl:" in done.stdout, done.stdout
    assert "  Mikrofon: pulse:gone_mic -> verwendet pulse:" in done.stdout, done.stdout
    assert "Hinweis: Mikrofon 'gone_mic' ist nicht verfügbar; stattdessen wird '" in done.stdout, done.stdout
    listed, _ = cli.run("devices", "--json", language="de", env_extra=pulse.env)
    assert "Microphone 'gone_mic' is not available" in json.loads(listed.stdout)["notice"]
    english, _ = cli.run("devices", language="en", env_extra=pulse.env)
    assert "Note: Microphone 'gone_mic' is not available; using '" in english.stdout, english.stdout


def closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("language, expected", [
    ("de", "softphone: Der Chat-Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihr Netzwerk. (The "),
    ("en", "softphone: The chat server http://127.0.0.1:"),  # the adapter's own sentence
])
def test_chat_server_problems_in_the_language(cli: Cli, language: str, expected: str) -> None:
    """The chat server's problems are worded by their code in another language (the adapter's English sentence
    follows, for its detail)."""
    done, _ = cli.run("login", "--server", f"http://127.0.0.1:{closed_port()}", "--allow-http", "--user", "agent",
                      "--send-email-code", language=language)
    assert done.returncode == 1
    assert done.stderr.startswith(expected), done.stderr


def test_headless_run_in_english_imports_no_qt(cli: Cli) -> None:
    done, qt = cli.run("run", "--headless", language="en", stdin='{"cmd": "quit"}\n')
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[0])["event"] == "started"
    assert qt == []


# ---- the helper itself, in this process ----

@pytest.fixture
def german(qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from softphone import i18n_data

    monkeypatch.setattr(i18n_data, "qm_dirs", lambda: [qm_dir])
    assert i18n.use_language("de") == "de"
    yield
    i18n.use_language("en")


def test_plurals_follow_the_count(german: None) -> None:
    """The plural form follows the count; %n is filled as Qt does (the subprocess tests above show that no
    QCoreApplication is needed)."""
    assert i18n.Cli.tr("result: %n check(s) failed", "", 1) == "Ergebnis: 1 Prüfung fehlgeschlagen"
    assert i18n.Cli.tr("result: %n check(s) failed", "", 3) == "Ergebnis: 3 Prüfungen fehlgeschlagen"
    assert i18n.Cli.tr("a message nobody translated") == "a message nobody translated"


def test_english_plurals_without_qt() -> None:
    i18n.use_language("en")
    assert i18n.Cli.tr("result: %n check(s) failed", "", 1) == "result: 1 check failed"
    assert i18n.Cli.tr("result: %n check(s) failed", "", 2) == "result: 2 checks failed"


def test_system_language_reads_the_environment_like_gettext() -> None:
    assert i18n.system_language({"LANGUAGE": "pt_BR:pt:en", "LANG": "de_DE.UTF-8"}) == "pt_BR"
    assert i18n.system_language({"LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "de_DE", "LANG": "es_ES"}) == "fr_FR"
    assert i18n.system_language({"LC_MESSAGES": "de_DE@euro", "LANG": "es_ES"}) == "de_DE"
    assert i18n.system_language({"LANG": "es_ES.UTF-8"}) == "es_ES"
    assert i18n.system_language({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == ""
    # as Qt's QLocale.system() (the GUI): plain C, or no locale at all, means untranslated; C.UTF-8 lets LANGUAGE in
    assert i18n.system_language({"LANGUAGE": "de", "LC_ALL": "C"}) == ""
    assert i18n.system_language({"LANGUAGE": "de"}) == ""
    assert i18n.system_language({"LANGUAGE": "de", "LANG": "C.UTF-8"}) == "de"
    assert i18n.system_language({"LANG": "C.UTF-8"}) == ""
    assert i18n.system_language({}) == ""


def test_fill_replaces_each_placeholder_once() -> None:
    assert i18n.fill("%1 as %2", "a%2b", "user") == "a%2b as user"
    assert i18n.fill("%1 and %3", "x") == "x and %3"
    phrase = i18n.Phrase("Diagnose", "IT policy from %1: %n preset(s), locked: %2", 1).arg("/etc/p.json", "none")
    assert phrase.english() == "IT policy from /etc/p.json: 1 preset, locked: none"


def test_english_plurals_match_softphone_en_ts() -> None:
    """English runs load no translation: the plural rule in softphone.cli.i18n must say what softphone_en.ts says."""
    import xml.etree.ElementTree as ET

    checked = 0
    for context in ET.parse(TS_DIR / "softphone_en.ts").getroot().iter("context"):
        if context.findtext("name") not in ("Cli", "Diagnose"):
            continue
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            source = message.findtext("source") or ""
            forms = [f.text for f in message.iter("numerusform")]
            assert forms == [i18n.english_plural(source, 1), i18n.english_plural(source, 2)], source
            checked += 1
    assert checked >= 2
