"""Timestamps as stored: ISO 8601 UTC text with seconds."""

from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
