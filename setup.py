"""Build hook only (metadata lives in pyproject.toml): compile the Qt translations i18n/*.ts into
softphone/i18n_data/*.qm with pyside6-lrelease, for wheels, sdists built into wheels and `pip install -e .`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TS_DIR = ROOT / "i18n"
PACKAGE_DIR = Path("softphone") / "i18n_data"


def find_lrelease() -> list[str]:
    """lrelease from PySide6 (a build requirement), else one on PATH."""
    try:
        import PySide6  # noqa: F401  (present in the build environment: see [build-system] requires)
    except ImportError:
        pass
    else:
        return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; "
                "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())"]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        path = shutil.which(name)
        if path:
            return [path]
    raise SystemExit("building softphone needs Qt's lrelease to compile i18n/*.ts: install PySide6-Essentials")


def compile_translations(target: Path) -> list[Path]:
    sources = sorted(TS_DIR.glob("softphone_*.ts"))
    if not sources:
        return []
    target.mkdir(parents=True, exist_ok=True)
    lrelease = find_lrelease()
    outputs = []
    for ts in sources:
        qm = target / f"{ts.stem}.qm"
        subprocess.run([*lrelease, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            raise SystemExit(f"lrelease did not write {qm}")
        outputs.append(qm)
    return outputs


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        # editable installs import from the source tree, wheels from build_lib
        target = ROOT / PACKAGE_DIR if self.editable_mode else Path(self.build_lib) / PACKAGE_DIR
        self._qm_outputs = [str(p) for p in compile_translations(target)]

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *getattr(self, "_qm_outputs", [])]


setup(cmdclass={"build_py": BuildPyWithTranslations})
