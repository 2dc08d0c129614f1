#!/usr/bin/env bash
# Build Softphone.app and an installer package on macOS (CI job `macos`):
#   installers/macos/build-pkg.sh
# Produces dist/softphone-<version>-macos.pkg, installed silently with:
#   sudo installer -pkg softphone-<version>-macos.pkg -target /
# Signing and notarization need the organization's Developer ID: set SIGN_APP ("Developer ID Application: ...")
# and SIGN_PKG ("Developer ID Installer: ...") to sign; unsigned builds are for testing only.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
OUT_DIR=${OUT_DIR:-$ROOT/dist}
WORK_DIR=${WORK_DIR:-$ROOT/build/macos}
mkdir -p "$OUT_DIR" "$WORK_DIR"
VERSION=$("$PYTHON" -c 'import softphone; print(softphone.__version__)')

QM_DIR=$WORK_DIR/i18n
rm -rf "$QM_DIR" && mkdir -p "$QM_DIR"
for ts in "$ROOT"/i18n/*.ts; do
    [ -e "$ts" ] || continue
    pyside6-lrelease -silent "$ts" -qm "$QM_DIR/$(basename "${ts%.ts}").qm"
done

SOFTPHONE_QM_DIR=$QM_DIR SOFTPHONE_VERSION=$VERSION "$PYTHON" -m PyInstaller --noconfirm --clean \
    --distpath "$WORK_DIR/dist" --workpath "$WORK_DIR/work" "$ROOT/installers/softphone.spec"
APP=$WORK_DIR/dist/Softphone.app
"$APP/Contents/MacOS/softphone" --version

if [ -n "${SIGN_APP:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$SIGN_APP" "$APP"
fi

PKGROOT=$WORK_DIR/pkgroot
rm -rf "$PKGROOT" && mkdir -p "$PKGROOT/Applications"
cp -R "$APP" "$PKGROOT/Applications/"
pkgbuild --root "$PKGROOT" --identifier com.softphone.pkg --version "$VERSION" --install-location / \
    "$WORK_DIR/softphone-component.pkg"
SIGN_ARGS=()
if [ -n "${SIGN_PKG:-}" ]; then SIGN_ARGS=(--sign "$SIGN_PKG"); fi
productbuild --package "$WORK_DIR/softphone-component.pkg" --identifier com.softphone.installer \
    --version "$VERSION" ${SIGN_ARGS[@]+"${SIGN_ARGS[@]}"} "$OUT_DIR/softphone-$VERSION-macos.pkg"
echo ">> $OUT_DIR/softphone-$VERSION-macos.pkg"
