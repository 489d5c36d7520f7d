"""Writing PDF bytes to a file safely, and counting their pages."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

__all__ = ["page_count", "write_file", "write_to"]


def page_count(pdf: bytes) -> int:
    """Pages of a PDF written by reportlab (page objects are never encrypted)."""
    return len(re.findall(rb"/Type /Page[^s]", pdf))


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it (never half a file)."""
    path = Path(path)
    handle, temp = tempfile.mkstemp(prefix=".kodoku-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_to(out, data: bytes) -> None:
    """``out`` is a binary file object or a path."""
    if hasattr(out, "write"):
        out.write(data)
    else:
        write_file(Path(out), data)
