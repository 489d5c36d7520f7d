"""Where the app keeps its files. Decided in main(), never at import time.

``KODOKU_DESK_HOME`` overrides the platform data folder (tests, portable use).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

DB_FILENAME = "kodoku.kdesk"


def data_dir() -> Path:
    override = os.environ.get("KODOKU_DESK_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("KodokuDesk", appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resources_dir() -> Path:
    """The repository's / bundle's resources folder (translations, fonts, icons)."""
    bundled = Path(__file__).resolve().parent / "resources"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parent.parent / "resources"


# ------------------------------------------------------------------ cloud-synced folders
# Personal data must stay on this PC (DESIGN.md §1): a database, keyslot file or backup
# inside a folder that OneDrive, Dropbox, Google Drive or iCloud synchronises would be
# copied to a cloud service.  Detection is by folder name (the defaults each client uses)
# plus the locations the clients announce (OneDrive's environment variables, Dropbox's
# info.json), so a renamed Dropbox folder is recognised too.  It is a warning, not a rule:
# false negatives are possible (a sync client configured on an arbitrary folder).

#: Windows sets these for the signed-in OneDrive accounts (personal and work/school).
ONEDRIVE_ENV_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

_SERVICE_NAMES = {"onedrive": "OneDrive", "dropbox": "Dropbox", "gdrive": "Google Drive",
                  "icloud": "iCloud Drive", "cloud": "a cloud storage service"}


def _components(path: str) -> list[str]:
    """Path components, splitting on both separators (a Windows path on any OS)."""
    return [part for part in re.split(r"[\\/]+", path) if part]


def _absolute(path) -> str:
    text = os.path.expanduser(os.fspath(path))
    if os.path.isabs(text) or re.match(r"^[A-Za-z]:[\\/]", text) or text.startswith("\\\\"):
        return text
    return os.path.abspath(text)


def _service_of(name: str) -> str | None:
    """Which sync client uses a folder of this name by default (case-insensitive)."""
    low = name.casefold()
    if low == "onedrive" or low.startswith(("onedrive - ", "onedrive-")):
        return "onedrive"      # OneDrive, "OneDrive - Contoso", macOS "OneDrive-Personal"
    if low == "dropbox" or low.startswith(("dropbox (", "dropbox-")):
        return "dropbox"       # Dropbox, "Dropbox (Personal)", macOS "Dropbox-Team"
    if low in ("google drive", "googledrive", "my drive", "マイドライブ", "shared drives",
               "共有ドライブ") or low.startswith("googledrive-"):
        return "gdrive"        # G:\My Drive, macOS CloudStorage/GoogleDrive-name@example.com
    if low in ("icloud drive", "iclouddrive", "mobile documents"):
        return "icloud"        # Windows iCloudDrive, macOS ~/Library/Mobile Documents
    return None


def _announced_roots() -> list[tuple[str, str]]:
    """(service, folder) for the sync folders the clients announce on this computer."""
    roots = [("onedrive", os.environ[name]) for name in ONEDRIVE_ENV_VARS
             if os.environ.get(name)]
    candidates = [Path.home() / ".dropbox" / "info.json"]
    for var in ("APPDATA", "LOCALAPPDATA"):
        if os.environ.get(var):
            candidates.append(Path(os.environ[var]) / "Dropbox" / "info.json")
    for info in candidates:
        try:
            data = json.loads(info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            roots += [("dropbox", account["path"]) for account in data.values()
                      if isinstance(account, dict) and isinstance(account.get("path"), str)]
    return roots


def _is_under(parts: list[str], root_parts: list[str]) -> bool:
    return bool(root_parts) and len(parts) >= len(root_parts) and all(
        a.casefold() == b.casefold() for a, b in zip(parts[:len(root_parts)], root_parts,
                                                      strict=True))


def cloud_sync_folder(path) -> tuple[str, str] | None:
    """``(service, synced folder)`` when ``path`` lies inside a cloud-synced folder, else None.

    ``service`` is one of ``onedrive``, ``dropbox``, ``gdrive``, ``icloud``, ``cloud``
    (macOS ``~/Library/CloudStorage/…``: any File Provider client).
    """
    text = _absolute(path)
    parts = _components(text)
    for service, root in _announced_roots():
        root_parts = _components(_absolute(root))
        if _is_under(parts, root_parts):
            return service, root
    for index, name in enumerate(parts):
        service = _service_of(name)
        if service is None and index and parts[index - 1].casefold() == "cloudstorage":
            service = "cloud"
        if service is not None:
            prefix = "/" if text.startswith("/") else ""
            separator = "\\" if "\\" in text else "/"
            return service, prefix + separator.join(parts[:index + 1])
    return None


def cloud_sync_root(path) -> str | None:
    """The cloud-synced folder that contains ``path`` (see :func:`cloud_sync_folder`)."""
    found = cloud_sync_folder(path)
    return found[1] if found else None


def cloud_warning(path, lang: str = "ja") -> str | None:
    """The warning to show when ``path`` (database, backup folder …) is synced; else None."""
    found = cloud_sync_folder(path)
    if found is None:
        return None
    service, root = found
    if lang == "en":
        return (f"This folder is inside {root}, which {_SERVICE_NAMES[service]} synchronises: "
                "the files would be copied off this computer to the cloud. The database holds "
                "personal data: choose a folder that is not synchronised.")
    name = _SERVICE_NAMES[service] if service != "cloud" else "クラウドストレージ"
    return (f"この保存先は {name} で同期されるフォルダー（{root}）の中にあります。"
            "ファイルがこのパソコンの外（クラウド）にコピーされます。個人情報を含むため、"
            "同期されないフォルダーを選んでください。")
