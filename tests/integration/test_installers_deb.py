"""installers/linux/build.sh end to end: build the .deb and the tarball, unpack the .deb into a scratch root,
run the installed program headless (no display, no sound server), validate the desktop file.

PyInstaller takes about 3-4 minutes on 2 cores, hence `slow`; the build runs once per module.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from softphone import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@dataclass
class Built:
    deb: Path
    tarball: Path
    root: Path  # the .deb unpacked (dpkg-deb -x)
    seconds: float


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    for tool in ("dpkg-deb", "objdump"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run ./dev.sh install (APT_PACKAGES has binutils and dpkg)")
    base = tmp_path_factory.mktemp("deb")
    env = {**os.environ, "OUT_DIR": str(base / "dist"), "WORK_DIR": str(base / "work"), "DEB_COMPRESSION": "gzip",
           "PYTHON": sys.executable}
    started = time.monotonic()
    proc = subprocess.run([str(ROOT / "installers" / "linux" / "build.sh")], env=env, capture_output=True,
                          text=True, timeout=900)
    seconds = time.monotonic() - started
    assert proc.returncode == 0, f"build.sh failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
    print(f"installers/linux/build.sh took {seconds:.0f} s")
    deb = base / "dist" / f"softphone_{__version__}_amd64.deb"
    tarball = base / "dist" / f"softphone-{__version__}-linux-x86_64.tar.gz"
    assert deb.is_file() and tarball.is_file(), sorted(p.name for p in (base / "dist").iterdir())
    root = base / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    shutil.rmtree(base / "work", ignore_errors=True)  # about 1 GB of PyInstaller intermediates
    yield Built(deb, tarball, root, seconds)


def bare_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """What a fresh login shell on a server has: no display, no sound server, no D-Bus session."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(exist_ok=True, mode=0o700)
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime), "LANG": "C.UTF-8",
            **extra}


def test_deb_metadata_and_layout(built: Built) -> None:
    fields = subprocess.run(["dpkg-deb", "-f", str(built.deb)], capture_output=True, text=True, check=True,
                            timeout=60).stdout
    assert "Package: softphone" in fields and f"Version: {__version__}" in fields
    assert "Architecture: amd64" in fields
    depends = next(line for line in fields.splitlines() if line.startswith("Depends:"))
    for dep in ("libportaudio2", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1"):
        assert dep in depends
    control = subprocess.run(["dpkg-deb", "-I", str(built.deb), "postinst"], capture_output=True, text=True,
                             check=True, timeout=60).stdout
    assert "update-desktop-database" in control
    root = built.root
    app = root / "opt" / "softphone"
    assert (app / "softphone").is_file() and os.access(app / "softphone", os.X_OK)
    link = root / "usr" / "bin" / "softphone"
    assert link.is_symlink() and link.resolve() == (app / "softphone").resolve()
    internal = app / "_internal"
    assert list(internal.glob("pjsua2/_pjsua2*.so")), "pjsua2's native module is not bundled"
    assert (internal / "pjsua2_python.libs").is_dir()
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    assert (plugins / "libqoffscreen.so").is_file() and (plugins / "libqxcb.so").is_file()
    assert (internal / "resources" / "icons").is_dir()
    for ts in (ROOT / "i18n").glob("*.ts"):  # compiled at build time by pyside6-lrelease
        assert (internal / "i18n" / f"{ts.stem}.qm").is_file(), f"{ts.name} was not compiled into the bundle"
    assert not list(internal.glob("libgtk-3*")), "the build machine's GTK must not be bundled"
    assert (root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "softphone.svg").is_file()
    example = json.loads((root / "etc" / "softphone" / "policy.json.example").read_text())
    assert "server_url" in example["settings"]
    assert not (root / "etc" / "softphone" / "policy.json").exists()  # IT's own file, never shipped


def test_desktop_file_of_the_package_validates(built: Built) -> None:
    desktop = built.root / "usr" / "share" / "applications" / "softphone.desktop"
    text = desktop.read_text()
    assert "MimeType=x-scheme-handler/sip;x-scheme-handler/tel;x-scheme-handler/callto;" in text
    assert "X-PulseAudio-Properties=media.role=phone" in text and "Icon=softphone" in text
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-validate missing: apt package desktop-file-utils (in dev.sh)"
    result = subprocess.run([validator, str(desktop)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_installed_version_and_diagnose_run_headless(built: Built, tmp_path: Path, chat_server: Any) -> None:
    exe = built.root / "usr" / "bin" / "softphone"
    version = subprocess.run([str(exe), "--version"], env=bare_env(tmp_path), capture_output=True, text=True,
                             timeout=60)
    assert version.returncode == 0 and version.stdout.strip() == f"softphone {__version__}", version.stderr

    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"settings": {"server_url": chat_server.url, "allow_http": True},
                                  "locked": ["server_url"]}))
    env = bare_env(tmp_path, SOFTPHONE_POLICY_FILE=str(policy))
    proc = subprocess.run([str(exe), "--profile", str(tmp_path / "profile"), "diagnose", "--json", "--no-register"],
                          env=env, capture_output=True, text=True, timeout=120)
    report = json.loads(proc.stdout)
    assert report["platform"]["frozen"] is True  # really the bundled program, not the dev tree
    assert report["engine"]["available"] is True, report["engine"]
    assert report["engine"]["capabilities"]["tls"] is True
    assert report["policy"]["locked"] == ["server_url"]
    assert report["server"]["ok"] is True, report["server"]
    assert proc.returncode == 0, report["checks"]

    refused = subprocess.run([str(exe), "--profile", str(tmp_path / "profile"), "config", "set", "server_url",
                              "https://elsewhere.example.com"], env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and "managed by your" in refused.stderr


def test_portable_tarball_runs(built: Built, tmp_path: Path) -> None:
    with tarfile.open(built.tarball) as tar:
        names = tar.getnames()
        top = f"softphone-{__version__}"
        assert f"{top}/softphone" in names and f"{top}/softphone.desktop" in names
        assert all(n == top or n.startswith(top + "/") for n in names)
        tar.extractall(tmp_path / "x", filter="tar")
    exe = tmp_path / "x" / top / "softphone"
    out = subprocess.run([str(exe), "--version"], env=bare_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"softphone {__version__}"

