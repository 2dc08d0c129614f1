"""Installing the interface language at run time: our softphone_<lang>.qm (softphone/i18n_data, built from
i18n/*.ts) and Qt's own qtbase_<lang>.qm (standard buttons, context menus). Installing a translator sends every
widget a LanguageChange event; windows re-translate their texts in changeEvent, so no restart is needed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from softphone.i18n_data import qm_path

log = logging.getLogger("softphone.ui")

# the installed translators: kept referenced here, or Python would free them while Qt still uses them
_installed: list[QTranslator] = []


def candidates(language: str) -> list[str]:
    """Language codes to try, most specific first: "" = the system's; "pt_BR" -> ["pt_BR", "pt"]."""
    code = language or QLocale.system().name()  # e.g. "de_DE"
    out = [code]
    if "_" in code:
        out.append(code.split("_", 1)[0])
    return out


def install_translator(app: QCoreApplication, language: str) -> str:
    """Replace the installed translations with ``language`` ("" = system language). Returns the code whose
    translation was loaded, or "" when the source language (English) stays."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for code in candidates(language):
        path = qm_path(code)
        if path is None:
            continue
        ours = QTranslator(app)
        if not ours.load(str(path)):
            log.warning("translation %s could not be loaded", path)
            continue
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", qt_dir):  # Qt's own buttons and menus, when PySide6 ships them
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        app.installTranslator(ours)
        _installed.append(ours)
        return code
    return ""
