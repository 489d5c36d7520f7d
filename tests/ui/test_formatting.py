"""Moments in logs and lists (監査ログ, 利用者, バックアップ) read like the dates around them."""

from __future__ import annotations

from datetime import datetime, timezone

from kodoku_desk.ui import i18n
from kodoku_desk.ui.audit_model import local_time_text
from kodoku_desk.ui.formatting import date_time_text

MOMENT = datetime(2026, 11, 7, 9, 5, 3)


def test_a_moment_reads_as_a_japanese_date_with_its_time(qapp):
    i18n.install(qapp, "ja")
    assert date_time_text(MOMENT) == "2026年11月7日 09:05"
    assert date_time_text(MOMENT, seconds=True) == "2026年11月7日 09:05:03"
    assert date_time_text(MOMENT, time=False) == "2026年11月7日"


def test_in_english_the_month_is_a_word(qapp, compiled_translations):
    i18n.install(qapp, "en")
    try:
        assert date_time_text(MOMENT) == "7 Nov 2026 09:05"
    finally:
        i18n.install(qapp, "ja")


def test_stored_utc_times_are_shown_in_local_time(qapp, monkeypatch):
    i18n.install(qapp, "ja")
    stored = datetime(2026, 11, 7, 0, 5, 3, tzinfo=timezone.utc).isoformat()
    local = datetime(2026, 11, 7, 0, 5, 3, tzinfo=timezone.utc).astimezone()
    assert local_time_text(stored) == date_time_text(local, seconds=True)
    assert local_time_text(stored, time=False) == f"{local.year}年{local.month}月{local.day}日"
    assert local_time_text("") == "" and local_time_text("not a time") == "not a time"
