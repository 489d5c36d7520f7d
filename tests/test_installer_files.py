"""The installer files hold together without Windows: the Inno Setup script's structure and
the PyInstaller spec (one folder, entry point, resources, migrations)."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

from kodoku_desk import __version__

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "kodoku_desk.iss"
SPEC = ROOT / "installer" / "kodoku_desk.spec"
HOOKS = ROOT / "installer" / "hooks"
BUILD_SCRIPT = ROOT / "scripts" / "build_bundle.sh"

#: Inno Setup 6 [Setup] directives this script may use (a typo would fail the compile).
SETUP_DIRECTIVES = {
    "AppId", "AppName", "AppVersion", "AppVerName", "AppPublisher", "AppPublisherURL",
    "AppSupportURL", "AppUpdatesURL", "VersionInfoVersion", "VersionInfoProductName",
    "PrivilegesRequired", "PrivilegesRequiredOverridesAllowed", "DefaultDirName",
    "DefaultGroupName", "DisableProgramGroupPage", "DisableDirPage", "UsedUserAreasWarning",
    "ArchitecturesAllowed", "ArchitecturesInstallIn64BitMode", "MinVersion", "WizardStyle",
    "ShowLanguageDialog", "CloseApplications", "RestartApplications", "OutputDir",
    "OutputBaseFilename", "Compression", "SolidCompression", "UninstallDisplayName",
    "UninstallDisplayIcon", "SetupIconFile", "LicenseFile",
}
#: Parameters allowed per entry section (Inno Setup 6 documentation).
COMMON = {"Languages", "MinVersion", "OnlyBelowVersion", "Check", "BeforeInstall",
          "AfterInstall", "Components", "Tasks"}
SECTION_PARAMS = {
    "Languages": {"Name", "MessagesFile", "LicenseFile", "InfoBeforeFile", "InfoAfterFile"},
    "Tasks": {"Name", "Description", "GroupDescription", "Flags", "Components", "Check",
              "Languages", "MinVersion", "OnlyBelowVersion"},
    "InstallDelete": {"Type", "Name"} | COMMON,
    "Files": {"Source", "DestDir", "DestName", "Excludes", "Flags", "Permissions",
              "Attribs", "FontInstall", "StrongAssemblyName", "ExternalSize"} | COMMON,
    "Icons": {"Name", "Filename", "Parameters", "WorkingDir", "HotKey", "Comment",
              "IconFilename", "IconIndex", "AppUserModelID", "Flags"} | COMMON,
    "Run": {"Filename", "Description", "Parameters", "WorkingDir", "StatusMsg", "RunOnceId",
            "Verb", "Flags"} | COMMON,
}
BUILTIN_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}


def _sections(text: str) -> dict[str, list[str]]:
    """Section name → its lines without comments, blank lines or preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            assert current not in sections, f"section [{current}] appears twice"
            sections[current] = []
        elif current is not None and line and not line.startswith((";", "#", "//")):
            sections[current].append(line)
    return sections


def _params(line: str) -> dict[str, str]:
    """`Name: "x"; Flags: a b` → {"Name": "x", "Flags": "a b"}; quotes must balance."""
    parts, buf, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    assert not quoted, f"unbalanced quotes: {line}"
    parts.append(buf)
    out = {}
    for part in filter(str.strip, parts):
        name, sep, value = part.partition(":")
        assert sep, f"not a 'Name: value' parameter: {part!r} in {line}"
        value = value.strip()
        if value.startswith('"'):
            assert value.endswith('"') and len(value) >= 2, line
            value = value[1:-1]
        out[name.strip()] = value
    return out


@pytest.fixture(scope="module")
def iss_text() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the .iss needs a UTF-8 BOM for its Japanese text"
    return raw.decode("utf-8-sig")


@pytest.fixture(scope="module")
def iss(iss_text) -> dict[str, list[str]]:
    return _sections(iss_text)


def test_iss_sections_and_entries_are_well_formed(iss):
    assert {"Setup", "Languages", "CustomMessages", "Tasks", "Files", "Icons", "Run",
            "Code"} <= set(iss)
    for section, allowed in SECTION_PARAMS.items():
        for line in iss.get(section, []):
            unknown = set(_params(line)) - allowed
            assert not unknown, f"[{section}] unknown parameter(s) {unknown}: {line}"


def test_iss_setup_is_per_user_without_admin(iss):
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert set(setup) <= SETUP_DIRECTIVES, set(setup) - SETUP_DIRECTIVES
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["DefaultDirName"].startswith(("{autopf}", "{localappdata}", "{userpf}"))
    assert "KodokuDesk" in setup["DefaultDirName"]
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["ArchitecturesAllowed"] == setup["ArchitecturesInstallIn64BitMode"] \
        == "x64compatible"


def test_iss_version_default_follows_the_package(iss_text):
    assert re.search(r'^#ifndef AppVersion\s*$', iss_text, re.MULTILINE)
    match = re.search(r'^\s*#define AppVersion "([^"]+)"', iss_text, re.MULTILINE)
    assert match and match.group(1) == __version__


def test_iss_has_japanese_and_english(iss):
    languages = {p["Name"]: p["MessagesFile"] for p in map(_params, iss["Languages"])}
    assert languages == {"ja": r"compiler:Languages\Japanese.isl", "en": "compiler:Default.isl"}


def test_iss_custom_messages_exist_in_both_languages(iss, iss_text):
    defined: dict[str, set[str]] = {}
    for line in iss["CustomMessages"]:
        key = line.split("=", 1)[0]
        lang, _, name = key.partition(".")
        defined.setdefault(name, set()).add(lang)
    for name, langs in defined.items():
        assert langs == {"ja", "en"}, f"custom message {name} not in both languages"
    used = set(re.findall(r"\{cm:(\w+)", iss_text)) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", iss_text))
    assert used - BUILTIN_MESSAGES <= set(defined)


def test_iss_shortcuts_start_menu_and_desktop(iss):
    tasks = [_params(line) for line in iss["Tasks"]]
    assert any(t["Name"] == "desktopicon" for t in tasks)
    icons = [_params(line) for line in iss["Icons"]]
    start_menu = [i for i in icons if i["Name"].startswith(("{autoprograms}", "{group}"))]
    desktop = [i for i in icons if i["Name"].startswith("{autodesktop}")]
    assert start_menu and desktop
    assert desktop[0]["Tasks"] == "desktopicon"
    assert all(i["Filename"] == r"{app}\{#AppExeName}" for i in icons)


def test_iss_installs_the_one_folder_bundle(iss, iss_text):
    files = [_params(line) for line in iss["Files"]]
    assert [f["Source"] for f in files] == [r"..\dist\kodoku-desk\*"]
    assert {"recursesubdirs", "createallsubdirs"} <= set(files[0]["Flags"].split())
    assert files[0]["DestDir"] == "{app}"
    assert re.search(r'^#define AppExeName "kodoku-desk\.exe"', iss_text, re.MULTILINE)


def test_iss_uninstall_never_deletes_the_data_folder(iss, iss_text):
    assert "UninstallDelete" not in iss
    assert not re.search(r"^\s*\[UninstallDelete\]", iss_text, re.MULTILINE | re.IGNORECASE)
    # whatever is deleted on install/upgrade lies inside the program folder
    for line in iss.get("InstallDelete", []):
        assert _params(line)["Name"].startswith("{app}\\"), line
    code = "\n".join(iss["Code"])
    assert not re.search(r"DelTree|DeleteFile|RemoveDir", code, re.IGNORECASE)
    assert "never" in iss_text.lower() and "UninstallDelete" in iss_text   # the comment


def test_iss_code_blocks_balance(iss):
    code = "\n".join(iss["Code"]).lower()
    assert len(re.findall(r"\bbegin\b", code)) == len(re.findall(r"\bend\b", code))


# ---------------------------------------------------------------------------- the spec
@pytest.fixture(scope="module")
def spec_source() -> str:
    return SPEC.read_text(encoding="utf-8")


def test_spec_is_python_and_one_folder(spec_source):
    tree = ast.parse(compile(spec_source, str(SPEC), "exec", ast.PyCF_ONLY_AST))
    calls = {node.func.id for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    assert "onefile" not in spec_source.lower().replace("one-file", "")
    assert re.search(r"exclude_binaries\s*=\s*True", spec_source)
    # a one-file EXE would take a.binaries / a.datas itself; here only COLLECT does
    exe_call = spec_source[spec_source.index("return EXE("):spec_source.index("coll = COLLECT(")]
    assert "a.binaries" not in exe_call and "a.datas" not in exe_call


def test_spec_entry_and_bundled_files_exist(spec_source):
    assert '"kodoku_desk" / "__main__.py"' in spec_source
    assert (ROOT / "kodoku_desk" / "__main__.py").is_file()
    assert (ROOT / "resources" / "fonts" / "ipaexg.ttf").is_file()
    assert (ROOT / "resources" / "fonts" / "IPA_Font_License_Agreement_v1.0.txt").is_file()
    assert (ROOT / "resources" / "translations" / "kodoku_desk_en.ts").is_file()
    migrations = ROOT / "kodoku_desk" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("0*.py"))
    assert "script.py.mako" in {p.name for p in migrations.iterdir()}
    # resources land where kodoku_desk.paths.resources_dir() looks in a bundle
    assert '"kodoku_desk/resources/fonts"' in spec_source
    assert '"kodoku_desk/resources/translations"' in spec_source
    assert '"kodoku_desk/store/migrations"' in spec_source


def test_spec_collects_dynamic_imports_and_excludes_unused_qt(spec_source):
    for needed in ('collect_submodules("holidays.countries")', 'copy_metadata("keyring")',
                   'collect_submodules("keyring.backends")', '"sqlcipher3"', '"argon2"',
                   "collect_submodules(\"alembic\"", 'collect_data_files("reportlab")'):
        assert needed in spec_source, needed
    for unused in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia",
                   "QtNetwork", "QtBluetooth", "QtPositioning", "QtSql", "QtTest", "QtDesigner",
                   "tkinter"):
        assert f'"{unused}"' in spec_source, unused
    assert '"plugins/tls/"' in spec_source


def test_faker_hook_is_python():
    for hook in HOOKS.glob("hook-*.py"):
        compile(hook.read_text(encoding="utf-8"), str(hook), "exec")


def test_build_script_is_valid_bash():
    assert BUILD_SCRIPT.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash")
    subprocess.run(["bash", "-n", str(BUILD_SCRIPT)], check=True)
    text = BUILD_SCRIPT.read_text(encoding="utf-8")
    assert "installer/kodoku_desk.spec" in text and "--self-test" in text
    assert "--measure-startup" in text and "du -sh" in text


def test_build_output_is_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored and "dist/" in ignored


def test_macos_notes_exist():
    notes = (ROOT / "installer" / "README-macos.md").read_text(encoding="utf-8")
    for topic in ("BUNDLE", "hdiutil", "codesign", "notarytool",
                  "Library/Application Support/KodokuDesk"):
        assert topic in notes, topic
