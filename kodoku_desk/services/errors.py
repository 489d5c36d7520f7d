"""The base error of the use cases (no database import: the first window needs it)."""

from __future__ import annotations

import errno
from pathlib import Path

__all__ = ["FileNotSaved", "ServiceError", "file_not_saved"]


class ServiceError(Exception):
    """A use case refused: ``code`` is stable, ``message_ja`` for the UI, str() English."""

    code = "service_error"

    def __init__(self, message_ja: str, message_en: str, **details: object) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en
        self.details = details

    def message(self, lang: str = "ja") -> str:
        return self.message_ja if lang == "ja" else self.message_en


class FileNotSaved(ServiceError):
    """A file the user chose to save (export, report) could not be written; nothing was."""

    code = "file_not_saved"


def file_not_saved(exc: OSError, path: Path) -> FileNotSaved:
    """The user's words for why ``path`` could not be written (a pulled USB stick, a
    read-only or full drive, a file open in Excel)."""
    folder = Path(path).parent
    if isinstance(exc, FileNotFoundError) or not folder.is_dir():
        ja = (f"保存先のフォルダー（{folder}）が見つかりません。USBメモリーなどがつながっているか"
              "確かめるか、別の保存先を選んでください。")
        en = f"The folder {folder} does not exist (is the USB drive connected?); choose another."
    elif isinstance(exc, PermissionError):
        ja = (f"{Path(path).name} に書き込めません。ほかのソフト（Excel など）で開いていないか、"
              "書き込みできる保存先かを確かめてください。")
        en = f"{Path(path).name} cannot be written: is it open in another program, or read-only?"
    elif exc.errno == errno.ENOSPC:
        ja = "保存先の空き容量が足りません。別の保存先を選んでください。"
        en = "The drive is full; choose another place to save."
    else:
        ja = f"ファイルを保存できませんでした（{exc.strerror or exc}）。別の保存先を選んでください。"
        en = f"The file could not be saved: {exc}"
    return FileNotSaved(ja, en, path=str(path))
