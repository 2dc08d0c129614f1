"""The command line's human messages in the agent's language, from the same softphone_<lang>.qm as the GUI.

The language is the setting ``ui.language`` (what the GUI reads), else the system's as Qt reads it (LANGUAGE, then
LC_ALL, LC_MESSAGES, LANG; see system_language). English is the source language: then nothing is loaded and
PySide6 is never imported (start-up time of `softphone run --headless`, `softphone call`); any other language loads
QtCore's QTranslator only, which translates without a QCoreApplication.

Messages are written ``Cli.tr("text")``, ``Cli.tr("%n thing(s)", "", count)`` (context "Cli"), the form
pyside6-lupdate's Python parser extracts with plurals: a class name before ``.tr``, every argument positional, string
literals for the text, a plain name or number for the count (lupdate skips a call whose arguments hold a call, an
operator or a keyword; and ``translate("Ctx", "%n ...", "", count)`` is not taken as a plural: its parser reads a
fourth argument that is a name as PyQt4's encoding). Placeholders are Qt's: ``%1``.. filled by ``fill``; ``%n`` is
the count. Machine output (--json, headless JSON events) stays English: never translate it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from softphone.i18n_data import qm_path

SOURCE_LANGUAGE = "en"
_PLACEHOLDER = re.compile(r"%([1-9])")

_state: dict[str, Any] = {}  # "language": the chosen code; "translator": a loaded QTranslator or None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language code the system asks for, read as Qt's QLocale.system() (the GUI) reads it: the messages
    locale is LC_ALL, else LC_MESSAGES, else LANG; unset or plain C/POSIX means untranslated (""); otherwise the
    first entry of LANGUAGE wins, else that locale. E.g. "pt_BR" from "pt_BR.UTF-8"."""
    env = os.environ if environ is None else environ

    def code(value: str) -> str:
        found = value.split(".", 1)[0].split("@", 1)[0]
        return "" if found in ("C", "POSIX") else found

    messages = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if messages in ("", "C", "POSIX"):
        return ""
    return code(env.get("LANGUAGE", "").split(":", 1)[0]) or code(messages)


def candidates(language: str) -> list[str]:
    """Codes to try, most specific first: "pt_BR" -> ["pt_BR", "pt"] (as softphone.ui.i18n does)."""
    out = [language]
    if "_" in language:
        out.append(language.split("_", 1)[0])
    return out


def _configured_language() -> str:
    try:
        from softphone.config import Settings

        return str(Settings.load().get("ui.language") or "")
    except Exception:  # unreadable settings: the commands themselves say so; the language falls back
        return ""


def use_language(language: str | None = None) -> str:
    """Choose the language (None: the setting ui.language, else the system's) and load its translation. Returns
    the code loaded, or "" when the messages stay English."""
    wanted = (_configured_language() if language is None else language) or system_language()
    _state["language"] = wanted
    _state["translator"] = None
    if not wanted or wanted.split("_", 1)[0] == SOURCE_LANGUAGE:
        return ""
    for code in candidates(wanted):
        path = qm_path(code)
        if path is None:
            continue
        from PySide6.QtCore import QTranslator  # only here: an English run never imports Qt

        translator = QTranslator()
        if translator.load(str(path)):
            _state["translator"] = translator
            return code
    return ""


def translating() -> bool:
    """True when messages are shown in another language than English (a translation is loaded)."""
    if "language" not in _state:
        use_language()
    return _state["translator"] is not None


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the chosen language (English when there is no translation), with ``%n`` replaced by ``n``
    when ``n`` >= 0, as QCoreApplication.translate does."""
    if "language" not in _state:
        use_language()
    translator = _state["translator"]
    text = ""
    if translator is not None:
        text = translator.translate(context, source, disambiguation, n)
    if not text:
        text = english_plural(source, n) if n >= 0 else source
    return text.replace("%n", str(n)) if n >= 0 else text


def english_plural(source: str, n: int) -> str:
    """The English forms of a "%n thing(s)" source (what softphone_en.ts says): "1 thing", "2 things"."""
    return source.replace("(s)", "" if n == 1 else "s")


def fill(text: str, *values: object) -> str:
    """Qt's QString.arg for %1..%9 in one pass (a value containing "%2" is never filled again)."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


class Phrase:
    """A message kept in English and in the chosen language: diagnose's checks go to --json (English) and to the
    screen (translated). Made by a class's ``tr`` (see diagnose_cmd.Diagnose), then ``.arg(...)``."""

    __slots__ = ("args", "context", "n", "source")

    def __init__(self, context: str, source: str, n: int = -1, args: tuple[object, ...] = ()) -> None:
        self.context, self.source, self.n, self.args = context, source, n, args

    def arg(self, *values: object) -> Phrase:
        return Phrase(self.context, self.source, self.n, self.args + values)

    def english(self) -> str:
        text = english_plural(self.source, self.n).replace("%n", str(self.n)) if self.n >= 0 else self.source
        return fill(text, *(v.english() if isinstance(v, Phrase) else v for v in self.args))

    def shown(self) -> str:
        return fill(translate(self.context, self.source, None, self.n),
                    *(v.shown() if isinstance(v, Phrase) else v for v in self.args))

    def __str__(self) -> str:
        return self.english()

    def __repr__(self) -> str:
        return f"Phrase({self.english()!r})"


class Cli:
    """The command line's messages (lupdate context "Cli")."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate("Cli", source, disambiguation, n)
