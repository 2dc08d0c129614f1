"""The installer definitions IT relies on: WiX properties, macOS plists, desktop file, IT README, CI workflow."""

from __future__ import annotations

import configparser
import json
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from softphone.config import BY_NAME, SETTINGS
from softphone.config.policy import MSI_ALIASES

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
WIX_NS = "{http://wixtoolset.org/schemas/v4/wxs}"
MSI_PROPERTIES = ("SERVER_URL", "SIP_TRANSPORT", "SIP_PORT", "LOCK_SERVER", "DISABLE_AUTO_START")
POLICY_KEY = r"SOFTWARE\Policies\Softphone"


def wix() -> ET.Element:
    return ET.parse(INSTALLERS / "windows" / "softphone.wxs").getroot()


def test_wix_is_valid_xml_and_per_machine() -> None:
    root = wix()
    assert root.tag == f"{WIX_NS}Wix"
    package = root.find(f"{WIX_NS}Package")
    assert package is not None and package.get("Scope") == "perMachine"
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", package.get("UpgradeCode", ""))
    assert package.find(f"{WIX_NS}MajorUpgrade") is not None


def test_wix_names_every_documented_property_and_each_maps_to_a_setting() -> None:
    root = wix()
    declared = {p.get("Id"): p for p in root.iter(f"{WIX_NS}Property")}
    written = {v.get("Name"): v for v in root.iter(f"{WIX_NS}RegistryValue")
               if v.get("Root") == "HKLM" and v.get("Key") == POLICY_KEY}
    readme = (INSTALLERS / "README.md").read_text() + (INSTALLERS / "windows" / "README.md").read_text()
    for prop in MSI_PROPERTIES:
        assert prop in declared, f"{prop} not declared"
        assert declared[prop].get("Secure") == "yes", f"{prop} must be Secure to reach the elevated install"
        assert prop in written, f"{prop} is not written to HKLM\\{POLICY_KEY}"
        assert f"`{prop}" in readme, f"{prop} is not documented"
    # each property lands where the policy reader (softphone/config/policy.py) maps it to a real setting
    for prop in ("SERVER_URL", "SIP_TRANSPORT", "SIP_PORT"):
        assert MSI_ALIASES[prop] in BY_NAME
        assert written[prop].get("Value") == f"[{prop}]"
    assert written["SIP_PORT"].get("Type") == "integer"
    assert BY_NAME["server_url"].lockable and BY_NAME["ui.start_at_login"].lockable  # LOCK_SERVER, DISABLE_AUTO_START
    assert "msiexec /i softphone.msi /qn SERVER_URL=https://chat.example.com LOCK_SERVER=1" in readme


def test_wix_registers_url_protocols_and_a_start_menu_shortcut() -> None:
    root = wix()
    keys = {k.get("Key") for k in root.iter(f"{WIX_NS}RegistryKey") if k.get("Root") == "HKLM"}
    for scheme in ("sip", "tel", "callto"):
        assert rf"SOFTWARE\Classes\{scheme}" in keys
    protocol_markers = [v for v in root.iter(f"{WIX_NS}RegistryValue") if v.get("Name") == "URL Protocol"]
    assert len(protocol_markers) >= 3
    commands = [v.get("Value", "") for v in root.iter(f"{WIX_NS}RegistryValue")
                if v.get("Key") == r"shell\open\command"]
    assert commands and all('"%1"' in c and "softphone.exe" in c for c in commands)
    shortcuts = list(root.iter(f"{WIX_NS}Shortcut"))
    assert shortcuts and shortcuts[0].get("Target", "").endswith("softphone.exe")


def test_macos_info_plist_has_usage_descriptions_and_url_types() -> None:
    with open(INSTALLERS / "macos" / "Info.plist", "rb") as fh:
        info = plistlib.load(fh)
    assert info["NSMicrophoneUsageDescription"].strip()
    assert info["NSCameraUsageDescription"].strip()
    assert info["CFBundleIdentifier"] == "com.softphone"
    schemes = {s for t in info["CFBundleURLTypes"] for s in t["CFBundleURLSchemes"]}
    assert {"sip", "tel", "callto"} <= schemes


def test_mobileconfig_parses_and_mirrors_the_policy(tmp_path: Path) -> None:
    with open(INSTALLERS / "macos" / "com.softphone.mobileconfig", "rb") as fh:
        profile = plistlib.load(fh)
    assert profile["PayloadType"] == "Configuration"
    payload = profile["PayloadContent"][0]
    assert payload["PayloadType"] == "com.apple.ManagedClient.preferences"
    forced = payload["PayloadContent"]["com.softphone"]["Forced"][0]["mcx_preference_settings"]
    assert set(forced) - {"locked"} <= set(BY_NAME), "a managed-preferences key that is not a setting"
    # What MDM writes to /Library/Managed Preferences/com.softphone.plist, read by the phone's policy loader
    managed = tmp_path / "com.softphone.plist"
    managed.write_bytes(plistlib.dumps(forced))
    code = ("import json; from softphone.config import load_policy; p = load_policy(); "
            "print(json.dumps({**p.to_dict(), 'warnings': p.warnings}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                         env={"SOFTPHONE_POLICY_FILE": str(managed), "PATH": "/usr/bin:/bin"})
    policy = json.loads(out.stdout)
    assert policy["warnings"] == []
    assert policy["settings"]["server_url"] == forced["server_url"]
    assert set(policy["locked"]) == set(forced["locked"])


def test_policy_example_is_valid_for_the_schema(tmp_path: Path) -> None:
    example = json.loads((INSTALLERS / "policy.json.example").read_text())
    from softphone.config.policy import _from_file

    policy = _from_file(INSTALLERS / "policy.json.example")
    assert policy.warnings == []
    assert set(policy.settings) == set(example["settings"]) and set(policy.locked) == set(example["locked"])


def test_readme_lists_every_setting_and_is_generated_from_the_schema() -> None:
    readme = (INSTALLERS / "README.md").read_text()
    sys.path.insert(0, str(INSTALLERS))
    try:
        import policy_keys
    finally:
        sys.path.remove(str(INSTALLERS))
    assert policy_keys.block() in readme, "installers/README.md is stale: run python installers/policy_keys.py --write"
    for setting in SETTINGS:
        row = next((line for line in readme.splitlines() if line.startswith(f"| `{setting.name}` |")), None)
        assert row is not None, f"{setting.name} missing from installers/README.md"
        assert ("| yes |" in row) == setting.lockable, f"{setting.name}: lockable column wrong"
    for words in ("apt-get install", "apt-get remove", "msiexec /x", "installer -pkg", "softphone diagnose --json"):
        assert words in readme


def test_desktop_file_declares_handlers_and_validates() -> None:
    desktop = INSTALLERS / "linux" / "softphone.desktop"
    parser = configparser.RawConfigParser()
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(desktop)
    entry = parser["Desktop Entry"]
    assert set(entry["MimeType"].rstrip(";").split(";")) == {
        "x-scheme-handler/sip", "x-scheme-handler/tel", "x-scheme-handler/callto"}
    assert entry["X-PulseAudio-Properties"] == "media.role=phone"
    assert "%u" in entry["Exec"] and entry["Icon"] == "softphone"
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate missing (apt package desktop-file-utils, in dev.sh)")
    result = subprocess.run([validator, str(desktop)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_ci_workflow_builds_all_three_platforms() -> None:
    text = (ROOT / ".github" / "workflows" / "build.yml").read_text()
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"runs-on: {runner}" in text
    for step in ("installers/linux/build.sh", "wix build installers\\windows\\softphone.wxs",
                 "installers/macos/build-pkg.sh", "diagnose --json --no-register"):
        assert step in text
    assert "\t" not in text  # YAML forbids tabs for indentation


def test_build_extra_names_pyinstaller() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert any(dep.startswith("pyinstaller") for dep in project["optional-dependencies"]["build"])
