"""PDF pages as images, for the preview inside the app and for printing.

Qt's PDF module (QtPdf) is not part of PySide6-Essentials, so pages are drawn by
poppler's ``pdftoppm`` (Debian package poppler-utils; bundled with the Windows and
macOS installers).  The PDF goes in on standard input and each page comes out on
standard output: no page image — and so no name from an internal report — is ever
written to disk.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

__all__ = ["RasterError", "available", "page_image", "page_images", "pdftoppm_path"]

#: Environment variable naming the pdftoppm program (installers, tests).
ENV = "KODOKU_DESK_PDFTOPPM"


class RasterError(RuntimeError):
    """pdftoppm is missing or could not read the PDF; ``message_ja`` for the UI."""

    def __init__(self, message_ja: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en


def pdftoppm_path() -> str | None:
    """The pdftoppm program: $KODOKU_DESK_PDFTOPPM, one bundled beside the app, or PATH."""
    override = os.environ.get(ENV)
    if override:
        return override if Path(override).exists() else None
    exe = "pdftoppm.exe" if sys.platform == "win32" else "pdftoppm"
    bundled = Path(sys.executable).resolve().parent / "poppler" / exe
    if bundled.exists():
        return str(bundled)
    return shutil.which("pdftoppm")


def available() -> bool:
    return pdftoppm_path() is not None


def page_image(pdf: bytes, page: int, dpi: float, *, fmt: str = "png",
               password: str | None = None, timeout: float = 60) -> bytes:
    """Page ``page`` (from 1) of ``pdf`` at ``dpi`` as PNG (``fmt="png"``) or JPEG bytes."""
    program = pdftoppm_path()
    if program is None:
        raise RasterError("ページの画像を作るためのプログラム（pdftoppm）が見つかりません。"
                          "PDFの保存はできます。",
                          "pdftoppm (poppler-utils) was not found; the PDF can still be saved.")
    args = [program, f"-{'jpeg' if fmt == 'jpeg' else 'png'}", "-r", f"{dpi:g}",
            "-f", str(page), "-l", str(page), "-singlefile"]
    if fmt == "jpeg":
        args += ["-jpegopt", "quality=92"]
    if password:
        args += ["-upw", password]
    args.append("-")                      # PDF on stdin; no output root: image on stdout
    try:
        done = subprocess.run(args, input=pdf, capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RasterError("ページの画像を作れませんでした。", f"pdftoppm failed: {exc}") from exc
    if done.returncode != 0 or not done.stdout:
        detail = done.stderr.decode("utf-8", "replace").strip()[:200]
        raise RasterError("ページの画像を作れませんでした。", f"pdftoppm failed: {detail}")
    return done.stdout


def page_images(pdf: bytes, pages: int, dpi: float, **options) -> list[bytes]:
    """Every page, in order (see :func:`page_image`)."""
    return [page_image(pdf, number, dpi, **options) for number in range(1, pages + 1)]
