"""The dependency direction of DESIGN.md section 1, checked on the source (no imports executed)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "softphone"
ADAPTERS = {"engine", "audio", "video", "provisioning", "secrets", "config", "history"}
# third-party module -> the only subpackage allowed to import it
OWNED = {
    "pjsua2": {"engine"},
    "sounddevice": {"audio"},
    "pulsectl": {"audio"},
    "keyring": {"secrets"},
    "jeepney": {"secrets"},
    "av": {"video"},
    "aiortc": {"video"},
    "pylibsrtp": {"video"},
    "httpx": {"provisioning"},
    "websockets": {"provisioning"},
}
ROOTS = {"app", "cli", "__main__"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _layer(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 or rel.suffix else rel.stem


SOURCES = sorted(PKG.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PKG)))
def test_dependency_direction(path: Path) -> None:
    layer = _layer(path)
    problems = []
    for name in _imports(path):
        top = name.split(".")[0]
        if top in OWNED and layer not in OWNED[top] and layer not in ROOTS:
            problems.append(f"{name} may only be imported by {sorted(OWNED[top])}")
        if top == "softphone":
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else ""
            if target in ROOTS and layer not in ROOTS:
                problems.append(f"{name}: nothing imports the composition root")
            if layer == "core" and target not in ("core", ""):
                problems.append(f"{name}: core imports only core")
            if layer in ("ui", "headless") and target in ADAPTERS:
                problems.append(f"{name}: {layer} imports core, never an adapter")
            if layer in ADAPTERS and target in ADAPTERS | {"ui", "headless"} and target != layer:
                problems.append(f"{name}: adapters never import each other or the UI")
        if layer == "core" and top in {"PySide6", "qasync", "httpx", "numpy"}:
            problems.append(f"{name}: core imports no framework")
        if layer != "ui" and layer not in ROOTS and top == "PySide6" and layer != "video":
            problems.append(f"{name}: only ui/ (and video/ for camera frames) import Qt")
    assert not problems, f"{path.relative_to(PKG)}: " + "; ".join(problems)


def test_core_uses_only_stdlib() -> None:
    import sys

    for path in (PKG / "core").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top == "softphone" or top in sys.stdlib_module_names or top == "__future__", (
                f"{path.name} imports {name}"
            )
