"""Translations (issue 8): the .ts files cover every source string and are complete, placeholders and
plurals survive translation, the package build compiles the .qm files, and every window shows its language
without clipped text."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from tests.gui.render_i18n_screens import LANGUAGES, ROOT, TS_DIR, Scenes, build_scenes, compile_ts, translated

# What lupdate scans: every view, and the command line's modules (its human messages, and the GUI composition
# root's notices). Keep in step with i18n/update.sh.
SOURCES = sorted(str(p) for p in (ROOT / "softphone" / "ui").rglob("*.py")) + sorted(
    str(p) for p in (ROOT / "softphone" / "cli").glob("*.py"))
PLACEHOLDER = re.compile(r"%(?:\d+|n)")

Message = tuple[str, str, bool]  # context, source, numerus


def lupdate_command() -> list[str]:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return [str(tool) if tool.exists() else "pyside6-lupdate"]


def messages(ts: Path) -> dict[Message, ET.Element]:
    out: dict[Message, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.get("numerus") == "yes")
            out[key] = message
    return out


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


@pytest.fixture(scope="module")
def qm_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return compile_ts(tmp_path_factory.mktemp("qm"))


def test_every_language_has_a_ts_file() -> None:
    assert sorted(p.stem for p in TS_DIR.glob("softphone_*.ts")) == sorted(f"softphone_{lang}" for lang in
                                                                           LANGUAGES)


def test_ts_files_match_the_sources_and_are_complete(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([*lupdate_command(), *SOURCES, "-silent", "-locations", "none", "-source-language", "en",
                    "-target-language", "de", "-ts", str(fresh)], check=True, timeout=120)
    wanted = set(messages(fresh))
    assert len(wanted) > 100, "lupdate found too few strings: is the source list right?"
    problems: list[str] = []
    for ts in sorted(TS_DIR.glob("softphone_*.ts")):
        have = messages(ts)
        for context, source, _ in sorted(wanted - set(have)):
            problems.append(f"{ts.name}: missing {context}: {source!r}")
        for context, source, _ in sorted(set(have) - wanted):
            problems.append(f"{ts.name}: no longer in the sources (run i18n/update.sh) {context}: {source!r}")
        for (context, source, _), message in have.items():
            node = message.find("translation")
            assert node is not None
            kind = node.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{ts.name}: {kind} {context}: {source!r}")
            elif not all(t.strip() for t in translations(message)):
                problems.append(f"{ts.name}: empty translation {context}: {source!r}")
    assert not problems, "update the translations (see i18n/README.md):\n" + "\n".join(problems)


def test_placeholders_mnemonics_and_plurals_survive_translation() -> None:
    problems: list[str] = []
    for ts in sorted(TS_DIR.glob("softphone_*.ts")):
        for (context, source, numerus), message in messages(ts).items():
            forms = translations(message)
            if numerus and len(forms) != 2:  # en, pt_BR, es, de, fr: singular and plural
                problems.append(f"{ts.name}: {context}: {source!r} has {len(forms)} plural forms")
            for text in forms:
                if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                    problems.append(f"{ts.name}: placeholders differ in {context}: {source!r} -> {text!r}")
                if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                    problems.append(f"{ts.name}: keyboard mnemonic (&) lost in {context}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_plural_forms_follow_the_count(qapp: QApplication, qm_files: dict[str, Path]) -> None:
    expected = {"en": ("1 call", "3 calls"), "pt_BR": ("1 chamada", "3 chamadas"), "es": ("1 llamada", "3 llamadas"),
                "de": ("1 Anruf", "3 Anrufe"), "fr": ("1 appel", "3 appels")}
    for language, (one, many) in expected.items():
        with translated(language, qm_files):
            got = tuple(QCoreApplication.translate("ConsoleWindow", "%n call(s)", "", n) for n in (1, 3))
        assert got == (one, many), language


def test_package_build_compiles_the_translations(tmp_path: Path) -> None:
    """setup.py's build_py (what `pip install`, `pip wheel` and `pip install -e .` run) writes a .qm per .ts."""
    pytest.importorskip("setuptools", reason="setup.py needs setuptools in the test environment")
    build_lib = tmp_path / "lib"
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(build_lib)], cwd=ROOT,
                   check=True, timeout=180, capture_output=True)
    built = sorted((build_lib / "softphone" / "i18n_data").glob("*.qm"))
    assert [p.stem for p in built] == sorted(p.stem for p in TS_DIR.glob("softphone_*.ts"))
    translator = QTranslator()
    assert translator.load(str(build_lib / "softphone" / "i18n_data" / "softphone_pt_BR.qm"))
    assert translator.translate("Text", "Wrap-up") == "Pós-atendimento"


def test_missing_translations_leave_the_source_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from softphone import i18n_data

    monkeypatch.setattr(i18n_data, "qm_dirs", lambda: [tmp_path / "nothing-here"])
    assert i18n_data.qm_path("de") is None
    assert i18n_data.available_languages() == []


# ---- every window in every language ----

SEEN_TEXT = {
    # language: (console dial button, history tab, popup answer button, settings tab, sign-in button)
    "en": ("&Call", "&History", "&Answer", "&Calls and queues", "&Sign in"),
    "pt_BR": ("&Ligar", "&Histórico", "&Atender", "&Chamadas e filas", "&Entrar"),
    "es": ("&Llamar", "&Historial", "&Contestar", "&Llamadas y colas", "&Iniciar sesión"),
    "de": ("&Anrufen", "&Verlauf", "&Annehmen", "An&rufe und Warteschlangen", "&Anmelden"),
    "fr": ("&Appeler", "&Historique", "&Répondre", "Appels et &files d'attente", "Se &connecter"),
}


@pytest.fixture
def scenes_factory(qapp: QApplication, tmp_path: Path) -> Iterator[list[Scenes]]:
    made: list[Scenes] = []
    yield made
    for scenes in made:
        scenes.dispose()


def clipped_texts(window: QWidget) -> list[str]:
    """Labels and buttons whose one-line text is wider than the room the layout gave them."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.textFormat() == widget.textFormat().RichText \
                    or "<" in widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            needed = QFontMetrics(widget.font()).horizontalAdvance(widget.text().replace("&", ""))
            room = widget.contentsRect().width() - 2 * widget.margin()
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            needed = QFontMetrics(widget.font()).horizontalAdvance(widget.text().replace("&", ""))
            if not widget.icon().isNull():
                needed += widget.iconSize().width() + 4
            room = widget.width() - 8  # the style's frame and padding, at the least
        else:
            continue
        if needed > room:
            found.append(f"{type(widget).__name__} {widget.text()!r}: text {needed} px, room {room} px")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_windows_show_the_language_without_clipping(language: str, qm_files: dict[str, Path],
                                                   scenes_factory: list[Scenes], tmp_path: Path) -> None:
    with translated(language, qm_files):
        scenes = build_scenes(tmp_path)
        scenes_factory.append(scenes)
        call, history_tab, answer, settings_tab, sign_in = SEEN_TEXT[language]
        console = scenes.console
        assert console.call_button.text() == call
        assert console.history_view is not None
        assert console.tabs.tabText(console.tabs.indexOf(console.history_view)).startswith(history_tab)
        assert scenes.windows["incoming_call"].answer_button.text() == answer  # type: ignore[attr-defined]
        assert scenes.settings_dialog.tabs.tabText(1) == settings_tab
        assert scenes.signin.sign_in_button.text() == sign_in
        # the state words come from core codes through ui/text.py
        translate = QCoreApplication.translate
        assert translate("Text", "Connected") in console.registration_label.text()
        if language != "en":
            assert console.registration_label.text() != "Connected"
        problems: list[str] = []
        for name, window in scenes.windows.items():
            pages = getattr(window, "tabs", None) or getattr(window, "pages", None)
            for index in range(pages.count() if pages is not None else 1):
                if pages is not None:
                    pages.setCurrentIndex(index)
                    QApplication.processEvents()
                problems += [f"{name}[{index}]: {p}" for p in clipped_texts(window)]
        problems += queue_list_problems(console)
        assert not problems, "\n".join(problems)


def queue_list_problems(console: QWidget) -> list[str]:
    """The console's queue list shows its four columns without scrolling sideways: every header and cell fits
    its column, and the columns fit the list."""
    from softphone.ui.console import ConsoleWindow

    assert isinstance(console, ConsoleWindow)
    console.tabs.setCurrentIndex(0)
    console.resize(600, console.height())  # a narrow window (a laptop split screen): the queues still fit
    QApplication.processEvents()
    tree = console.queue_list
    header = tree.header()
    metrics = QFontMetrics(header.font())
    found: list[str] = []
    for column in range(tree.columnCount()):
        title = tree.headerItem().text(column)
        needed = metrics.horizontalAdvance(title) + 8
        if header.sectionSize(column) < needed:
            found.append(f"queue column {title!r}: {header.sectionSize(column)} px, title needs {needed} px")
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        for column in (1, 2, 3):
            needed = QFontMetrics(tree.font()).horizontalAdvance(item.text(column))
            if header.sectionSize(column) < needed:
                found.append(f"queue cell {item.text(column)!r}: {header.sectionSize(column)} px, needs {needed}")
    if header.length() > tree.viewport().width():
        found.append(f"queue columns {header.length()} px wide in a {tree.viewport().width()} px list")
    return found


def test_language_setting_applies_without_restart(qm_files: dict[str, Path], scenes_factory: list[Scenes],
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """softphone.ui.i18n (the UI's loader) switches the running app when ui.language changes: installing a
    translator sends LanguageChange, and the windows re-translate their texts."""
    i18n = pytest.importorskip("softphone.ui.i18n", reason="softphone/ui/i18n.py is not there yet")
    from PySide6.QtWidgets import QMainWindow

    from softphone import i18n_data
    from softphone.ui.console import ConsoleWindow

    assert ConsoleWindow.changeEvent is not QMainWindow.changeEvent, "the console must re-translate itself"
    monkeypatch.setattr(i18n_data, "qm_dirs", lambda: [next(iter(qm_files.values())).parent])
    app = QApplication.instance()
    scenes = build_scenes(tmp_path)
    scenes_factory.append(scenes)
    try:
        assert i18n.install_translator(app, "de") == "de"
        QApplication.processEvents()
        assert scenes.console.call_button.text() == "&Anrufen"
        assert scenes.settings_dialog.tabs.tabText(1) == "An&rufe und Warteschlangen"
        assert scenes.signin.sign_in_button.text() == "&Anmelden"
        assert scenes.windows["incoming_call"].answer_button.text() == "&Annehmen"  # type: ignore[attr-defined]
        # what the session said before the switch is re-worded too, not only the fixed labels
        assert scenes.console.registration_label.text() == "Verbunden"
        assert scenes.console.queue_list.headerItem().text(3) == QCoreApplication.translate("ConsoleWindow",
                                                                                            "Longest wait")
        assert scenes.console.panels["c1"].hangup_button.text() == QCoreApplication.translate("CallPanel",
                                                                                              "Hang &up")
        assert i18n.install_translator(app, "pt_BR") == "pt_BR"
        QApplication.processEvents()
        assert scenes.console.call_button.text() == "&Ligar"
        assert scenes.signin.sign_in_button.text() == "&Entrar"
        assert scenes.settings_dialog.tabs.tabText(1) == "&Chamadas e filas"
        assert "Pós-atendimento" == QCoreApplication.translate("Text", "Wrap-up")
    finally:
        i18n.install_translator(app, "C")  # no such translation: every translator is removed again
    assert QCoreApplication.translate("Text", "Wrap-up") == "Wrap-up"


def test_system_locale_picks_the_language(qm_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty ui.language follows the system locale (pt_BR here), falling back from de_AT to de."""
    i18n = pytest.importorskip("softphone.ui.i18n", reason="softphone/ui/i18n.py is not there yet")
    from PySide6.QtCore import QLocale

    from softphone import i18n_data

    monkeypatch.setattr(i18n_data, "qm_dirs", lambda: [next(iter(qm_files.values())).parent])
    app = QApplication.instance()
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("pt_BR"))
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("pt_BR")))
        assert i18n.install_translator(app, "") == "pt_BR"
        assert QCoreApplication.translate("Text", "Available") == "Disponível"
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
        assert i18n.install_translator(app, "") == "de"
        assert QCoreApplication.translate("Text", "Available") == "Verfügbar"
    finally:
        QLocale.setDefault(before)
        i18n.install_translator(app, "C")


# ---- the console's layout holds in every language, also with a video call ----

USABLE_CHARS = 16  # a number field narrower than this many characters cannot show what is being typed


def squeezed_fields(console: QWidget) -> list[str]:
    """Text fields on the console narrower than USABLE_CHARS characters of their font."""
    from PySide6.QtWidgets import QLineEdit

    found: list[str] = []
    for edit in console.findChildren(QLineEdit):
        if not edit.isVisibleTo(console) or isinstance(edit.parentWidget(), QComboBox):
            continue
        needed = QFontMetrics(edit.font()).averageCharWidth() * USABLE_CHARS
        if edit.width() < needed:
            found.append(f"field {edit.accessibleName()!r}: {edit.width()} px, needs {needed} px")
    return found


def hidden_call_controls(console: QWidget) -> list[str]:
    """Scroll bars in the calls area, and the call's controls that lie (partly) outside what it shows."""
    from PySide6.QtCore import QRect

    from softphone.ui.console import ConsoleWindow

    assert isinstance(console, ConsoleWindow)
    area = console.calls_area
    found = [f"{name} scroll bar in the calls area" for name, bar in
             (("horizontal", area.horizontalScrollBar()), ("vertical", area.verticalScrollBar())) if bar.isVisible()]
    panel = console.panels["c1"]
    shown = area.viewport().rect()
    for name, widget in (("caller", panel.caller), ("timer", panel.timer_label), ("state", panel.state_label),
                         ("Hold", panel.hold_button), ("Mute", panel.mute_button), ("Hang up", panel.hangup_button),
                         ("transfer field", panel.transfer_to), ("Transfer", panel.transfer_button),
                         ("Keypad", panel.keypad_button), ("video", panel.video_view)):
        if not widget.isVisibleTo(console):
            found.append(f"{name} is not shown")
            continue
        place = QRect(widget.mapTo(area.viewport(), widget.rect().topLeft()), widget.size())
        if not shown.contains(place):
            found.append(f"{name} at {place.getRect()} is outside the calls area {shown.getRect()}")
    video = panel.video_view.size()
    if video.width() < 160 or video.height() < 120:
        found.append(f"video {video.width()}x{video.height()}, less than 160x120")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_fields_keep_their_width_and_a_video_call_fits(language: str, qm_files: dict[str, Path],
                                                       scenes_factory: list[Scenes], tmp_path: Path) -> None:
    """The number field is never squashed by long button labels, and a call with video shows its picture and
    every control without scroll bars, at the console's default size and on an 800x600 screen."""
    with translated(language, qm_files):
        scenes = build_scenes(tmp_path)
        scenes_factory.append(scenes)
        console = scenes.console
        assert console.panels["c1"].video_on, "the scene should hold a call with video"
        console.tabs.setCurrentIndex(0)
        problems: list[str] = []
        for width, height in ((900, 640), (800, 600)):
            console.resize(width, height)
            QApplication.processEvents()
            QApplication.processEvents()
            where = f"{width}x{height}"
            if (console.width(), console.height()) != (width, height):
                problems.append(f"{where}: the console cannot be that small ({console.width()}x{console.height()})")
            problems += [f"{where}: {p}" for p in squeezed_fields(console)]
            problems += [f"{where}: {p}" for p in hidden_call_controls(console)]
        assert not problems, "\n".join(problems)
        # what made the room: both keypads folded away, each back on its button
        panel = console.panels["c1"]
        assert not panel.keypad.isVisibleTo(console) and not console.dial_pad.isVisibleTo(console)
        panel.keypad_button.click()
        console.pad_button.click()
        assert panel.keypad.isVisibleTo(console) and console.dial_pad.isVisibleTo(console)
