"""Where the compiled translations (softphone_<lang>.qm) live at run time.

The package build compiles i18n/*.ts into this folder (setup.py, build_py); they are never committed. A
PyInstaller bundle carries them in <bundle>/i18n (installers/softphone.spec). When none are found the app
simply stays in English, the language of the source strings.
"""

from __future__ import annotations

import sys
from pathlib import Path

PREFIX = "softphone_"


def qm_dirs() -> list[Path]:
    """Folders that may hold softphone_<lang>.qm, most specific first."""
    dirs = [Path(__file__).resolve().parent]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "i18n")
    return dirs


def qm_path(language: str) -> Path | None:
    """The compiled translation for a language code such as "pt_BR" or "de", or None when it is not built."""
    for folder in qm_dirs():
        candidate = folder / f"{PREFIX}{language}.qm"
        if candidate.is_file():
            return candidate
    return None


def available_languages() -> list[str]:
    """Language codes with a compiled translation, e.g. ["de", "en", "es", "fr", "pt_BR"]."""
    found: set[str] = set()
    for folder in qm_dirs():
        if folder.is_dir():
            found.update(path.stem[len(PREFIX):] for path in folder.glob(f"{PREFIX}*.qm"))
    return sorted(found)
