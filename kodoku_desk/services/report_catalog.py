"""The report tables: stable keys, titles, sensitivity and unit (no computation here).

Definitions of what each table counts are in :mod:`kodoku_desk.services.report_tables`.
"""

from __future__ import annotations

from typing import NamedTuple

from kodoku_desk.models.stat_table import Sensitivity

__all__ = ["CATALOG", "TABLE_KEYS", "TableInfo", "info"]

A, S, N = Sensitivity.ACTIVITY, Sensitivity.SENSITIVE, Sensitivity.NOT_PERSONS


class TableInfo(NamedTuple):
    key: str
    title_ja: str
    title_en: str
    sensitivity: Sensitivity
    unit_ja: str


_TABLES = [
    # 支援対象者 (persons; columns 新規 / 継続 / 終了)
    ("people_by_age", "支援対象者数（年齢区分別）", "People supported by age band", A, "人"),
    ("people_by_gender", "支援対象者数（性別）", "People supported by gender", A, "人"),
    ("people_by_household", "支援対象者数（世帯類型別）", "People supported by household type", A, "人"),
    ("people_by_district", "支援対象者数（地区別）", "People supported by district", A, "人"),
    ("people_by_support_category", "支援対象者数（支援区分別・複数該当あり）",
     "People supported by support category (several per person)", S, "人"),
    # 見守り (延べ件数 by month)
    ("contacts_by_method", "見守りの延べ件数（見守り方法別・月別）",
     "Contacts by method and month", A, "件"),
    ("contacts_by_safety_check", "見守りの延べ件数（安否確認別・月別）",
     "Contacts by safety-check result and month", A, "件"),
    ("contacts_by_response_level", "見守りの延べ件数（対応区分別・月別）",
     "Contacts by response level and month", S, "件"),
    ("warning_sign_groups", "気づき（異変のサイン）の延べ件数（分類別・月別）",
     "Warning signs noted, by group and month", A, "件"),
    ("warning_signs", "気づき（異変のサイン）の延べ件数（項目別・月別）",
     "Warning signs noted, by sign and month", A, "件"),
    ("followups_opened", "フォローアップの開始件数（緊急度別・月別）",
     "Follow-ups opened by urgency and month", A, "件"),
    ("followups_closed", "フォローアップの完了件数（対応結果別・月別）",
     "Follow-ups closed by outcome and month", A, "件"),
    ("referrals", "つなぎ（関係機関への紹介）の件数（つなぎ先の種類別・状況別）",
     "Referrals by kind of destination and status", A, "件"),
    # 居場所 (by month in 年度 order)
    ("place_sessions", "居場所の開催回数（種類別・月別）", "Place sessions held, by kind and month",
     N, "回"),
    ("place_meals", "居場所の提供食数（種類別・月別）", "Meals served at places, by kind and month",
     N, "食"),
    ("place_attendance_by_kind", "居場所の延べ参加者数（種類別・月別）",
     "Place attendance (total visits) by kind of place and month", A, "人"),
    ("place_attendance", "居場所の延べ参加者数（参加者区分別・月別）",
     "Place attendance (total visits) by participant category and month", A, "人"),
    ("place_participants", "居場所の実人数（参加者区分別・月別）",
     "Distinct place participants by category and month", A, "人"),
    ("place_new_continuing", "居場所の新規・継続参加者数（実人数・月別）",
     "New and returning place participants by month", A, "人"),
    ("place_walkins", "居場所の匿名参加者数（参加者区分別・月別・延べ）",
     "Unregistered walk-ins at places by category and month", A, "人"),
    ("place_helpers", "居場所のボランティア・スタッフ延べ人数（月別）",
     "Volunteer and staff attendance (total) by month", A, "人"),
    ("place_helpers_unique", "居場所のボランティア・スタッフ実人数（月別）",
     "Distinct volunteers and staff by month", A, "人"),
    # 孤独感 (persons assessed twice or more: first × latest)
    ("loneliness_ucla", "UCLA孤独感尺度 得点区分の変化（初回×直近）",
     "UCLA loneliness score band, first × latest assessment", S, "人"),
    ("loneliness_direct", "孤独感（直接質問）の変化（初回×直近）",
     "Loneliness (direct question), first × latest assessment", S, "人"),
    ("loneliness_q4", "同居していない家族や友人たちと直接会って話す頻度の変化（初回×直近）",
     "Meeting non-cohabiting family or friends in person, first × latest assessment", S, "人"),
]

#: Every table, in the order an export lists them.
CATALOG: dict[str, TableInfo] = {row[0]: TableInfo(*row) for row in _TABLES}
TABLE_KEYS: tuple[str, ...] = tuple(CATALOG)


def info(key: str) -> TableInfo:
    return CATALOG[key]
