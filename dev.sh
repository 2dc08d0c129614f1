#!/usr/bin/env bash
# One script for a fresh Debian/Ubuntu machine (as root, or a user with sudo):
#   ./dev.sh demo    install everything, then run the app against the built-in demo stack
#   ./dev.sh test    install everything, then run the whole test suite (what CI runs)
#   ./dev.sh bench   install everything, then run the benchmarks against baresip
#   ./dev.sh install just install (Debian packages, .venv, the package)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

APT_PACKAGES=(
  # SIP peers and registrar for the demo stack and the tests
  kamailio kamailio-tls-modules kamailio-sqlite-modules sip-tester baresip-core
  # sound: PortAudio for sounddevice, PulseAudio with virtual devices, tone/speech tools
  libportaudio2 pulseaudio pulseaudio-utils sox espeak-ng
  # secrets: a real Secret Service
  dbus dbus-x11 gnome-keyring libsecret-tools
  # Qt under Xvfb (and offscreen)
  xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3
  # a system tray host on Xvfb for the tray test
  trayer
  # tools the tests and installers use
  openssl iproute2 procps psmisc desktop-file-utils ca-certificates
  # installers/linux/build.sh: PyInstaller reads ELF headers with objdump; dpkg-deb builds the .deb
  binutils dpkg
)

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_debian_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo ">> installing Debian packages: ${missing[*]}"
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

pick_python() {
  for py in python3.12 python3.11 python3.10 python3; do
    if command -v "$py" >/dev/null && "$py" -c 'import sys; sys.exit(not ((3,10) <= sys.version_info[:2] <= (3,12)))' 2>/dev/null; then
      echo "$py"; return
    fi
  done
  echo "no Python 3.10-3.12 found" >&2; exit 1
}

# pip's notes about this machine's extra package index are noise; a pip failure still fails the script
pip_quiet() { "$@" 2>&1 | { grep -v "is ignored" || true; }; }

install_venv() {
  if [ ! -x .venv/bin/python ]; then
    local py; py=$(pick_python)
    if ! "$py" -m venv --help >/dev/null 2>&1 || ! "$py" -c 'import ensurepip' 2>/dev/null; then
      sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv python3-dev
    fi
    echo ">> creating .venv with $py"
    "$py" -m venv .venv
  fi
  pip_quiet .venv/bin/python -m pip install -q --upgrade pip
  pip_quiet .venv/bin/python -m pip install -q -e ".[test,dev]"
  .venv/bin/softphone --version
}

install_all() { install_debian_packages; install_venv; }

cmd=${1:-help}
shift || true
case "$cmd" in
  install) install_all ;;
  demo)
    install_all
    exec .venv/bin/python -m tests.stack.demo "$@" ;;
  test)
    install_all
    export QT_QPA_PLATFORM=offscreen
    echo ">> ruff"; .venv/bin/ruff check softphone tests
    echo ">> mypy"; .venv/bin/mypy
    echo ">> pytest"; exec .venv/bin/python -m pytest "$@" ;;
  bench)
    install_all
    pip_quiet .venv/bin/python -m pip install -q -e ".[bench]"
    exec .venv/bin/python -m tests.bench "$@" ;;
  *)
    sed -n '2,7p' "$0"; exit 2 ;;
esac
