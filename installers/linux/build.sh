#!/usr/bin/env bash
# Build the Linux packages in one command (on Debian/Ubuntu x86_64, after ./dev.sh install):
#   installers/linux/build.sh
# Produces, in $OUT_DIR (default dist/):
#   softphone_<version>_amd64.deb            installs under /opt/softphone, /usr/bin/softphone, desktop file, icon
#   softphone-<version>-linux-x86_64.tar.gz  portable: unpack anywhere, run softphone-<version>/softphone
# Environment:
#   PYTHON    the Python with the app and PyInstaller (default .venv/bin/python; PyInstaller is installed
#             from the `build` extra when missing)
#   OUT_DIR   where the packages go (default dist/)
#   WORK_DIR  PyInstaller's work and staging folder (default build/linux)
#   DEB_COMPRESSION  xz (default, smallest) or gzip (much faster; the tests use it)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
OUT_DIR=$(mkdir -p "${OUT_DIR:-$ROOT/dist}" && cd "${OUT_DIR:-$ROOT/dist}" && pwd)
WORK_DIR=$(mkdir -p "${WORK_DIR:-$ROOT/build/linux}" && cd "${WORK_DIR:-$ROOT/build/linux}" && pwd)

for tool in dpkg-deb objdump; do
    command -v "$tool" >/dev/null || { echo "build.sh: $tool is missing (apt-get install dpkg binutils)" >&2; exit 1; }
done
[ -x "$PYTHON" ] || { echo "build.sh: $PYTHON not found; run ./dev.sh install first or set PYTHON" >&2; exit 1; }
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    echo ">> installing PyInstaller (the build extra of pyproject.toml)"
    "$PYTHON" -m pip install -q "pyinstaller>=6.10"
fi
VERSION=$("$PYTHON" -c 'import softphone; print(softphone.__version__)')
ARCH=amd64

# Translations: compiled at build time from i18n/*.ts, never committed.
QM_DIR=$WORK_DIR/i18n
rm -rf "$QM_DIR" && mkdir -p "$QM_DIR"
shopt -s nullglob
ts_files=("$ROOT"/i18n/*.ts)
if [ ${#ts_files[@]} -gt 0 ]; then
    LRELEASE=$(dirname "$PYTHON")/pyside6-lrelease
    [ -x "$LRELEASE" ] || LRELEASE=pyside6-lrelease
    for ts in "${ts_files[@]}"; do
        "$LRELEASE" -silent "$ts" -qm "$QM_DIR/$(basename "${ts%.ts}").qm"
    done
    echo ">> compiled ${#ts_files[@]} translation(s)"
fi

echo ">> PyInstaller (softphone $VERSION)"
SOFTPHONE_QM_DIR=$QM_DIR "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$WORK_DIR/pyinstaller-dist" --workpath "$WORK_DIR/pyinstaller-work" "$ROOT/installers/softphone.spec"
BUNDLE=$WORK_DIR/pyinstaller-dist/softphone
"$BUNDLE/softphone" --version >/dev/null

# ---- the .deb
STAGE=$WORK_DIR/deb-root
rm -rf "$STAGE"
install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/etc/softphone" "$STAGE/usr/share/doc/softphone"
cp -a "$BUNDLE" "$STAGE/opt/softphone"
ln -s ../../opt/softphone/softphone "$STAGE/usr/bin/softphone"  # relative: works in a scratch root too
install -m 644 "$ROOT/installers/linux/softphone.desktop" "$STAGE/usr/share/applications/softphone.desktop"
install -m 644 "$ROOT/installers/linux/softphone.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/softphone.svg"
install -m 644 "$ROOT/installers/policy.json.example" "$STAGE/etc/softphone/policy.json.example"
install -m 644 "$ROOT/installers/README.md" "$STAGE/usr/share/doc/softphone/README.md"
install -m 755 "$ROOT/installers/linux/postinst" "$STAGE/DEBIAN/postinst"
install -m 755 "$ROOT/installers/linux/postrm" "$STAGE/DEBIAN/postrm"
find "$STAGE" -type d -exec chmod 755 {} +
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: softphone
Version: $VERSION
Architecture: $ARCH
Maintainer: Softphone maintainers <softphone@example.com>
Installed-Size: $INSTALLED_KB
Section: net
Priority: optional
Depends: libc6 (>= 2.31), libportaudio2, libpulse0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xinerama0, libxkbcommon-x11-0, libxkbcommon0, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0
Recommends: pulseaudio | pipewire-pulse, gnome-keyring | kwalletmanager
Homepage: https://github.com/softphone/softphone
Description: Desktop softphone for contact-center agents
 Calls, ACD queues and agent state for Rocket.Chat Omnichannel with Asterisk.
 IT presets and locks settings in /etc/softphone/policy.json (example shipped as
 policy.json.example). Smoke test: softphone diagnose --json
EOF
DEB=$OUT_DIR/softphone_${VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-xz}" -z6 --build "$STAGE" "$DEB" >/dev/null
echo ">> $DEB"

# ---- the portable tarball
TAR_STAGE=$WORK_DIR/tar-root
rm -rf "$TAR_STAGE" && mkdir -p "$TAR_STAGE"
TOP=softphone-$VERSION
cp -a "$BUNDLE" "$TAR_STAGE/$TOP"
install -m 644 "$ROOT/installers/linux/softphone.desktop" "$ROOT/installers/linux/softphone.svg" \
    "$ROOT/installers/policy.json.example" "$ROOT/installers/README.md" "$TAR_STAGE/$TOP/"
TARBALL=$OUT_DIR/softphone-${VERSION}-linux-x86_64.tar.gz
tar -C "$TAR_STAGE" --owner=0 --group=0 --numeric-owner -czf "$TARBALL" "$TOP"
echo ">> $TARBALL"
