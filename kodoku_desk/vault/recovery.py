"""Recovery keys: 200 random bits written as eight groups of five base32 letters."""

from __future__ import annotations

import base64
import os
import unicodedata

_GROUP = 5
_TRANSLATE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> str:
    text = base64.b32encode(os.urandom(25)).decode("ascii")  # 40 chars, no padding
    return "-".join(text[i:i + _GROUP] for i in range(0, len(text), _GROUP))


def normalize_recovery_key(text: str) -> bytes:
    """Accept lower case, full-width input, spaces and look-alike digits."""
    cleaned = unicodedata.normalize("NFKC", text).upper()
    cleaned = "".join(ch for ch in cleaned if ch.isalnum()).translate(_TRANSLATE)
    return cleaned.encode("ascii", errors="replace")
