"""The audit log for administrators: filtered pages newest first, and the chain check.

Entries hold who, when, what and which record id — never content (DESIGN.md §4).
:data:`ACTION_LABELS` gives each action a label in Japanese and English; an action
this table does not know is shown as its code.  Listing and checking are for
administrators only (others get :class:`~kodoku_desk.services.access.NotPermitted`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.labels import Label
from kodoku_desk.services.session import Session
from kodoku_desk.services.users import require_admin
from kodoku_desk.store import audit_queries
from kodoku_desk.store.audit_queries import AuditFilter

WHAT_JA, WHAT_EN = "監査ログの閲覧と確認", "reading and checking the audit log"
MAX_LIMIT = 1000

ACTION_LABELS: dict[str, Label] = {
    "database.create": Label("データベースを作成", "Created the database"),
    "database.check": Label("データベースを点検", "Checked the database"),
    "demo.generate": Label("デモデータを作成", "Generated demo data"),
    "unlock": Label("ロック解除", "Unlocked"),
    "unlock.recovery": Label("回復キーでロック解除", "Unlocked with the recovery key"),
    "unlock.device": Label("記憶したパソコンでロック解除", "Unlocked on a remembered computer"),
    "unlock.failed": Label("ロック解除に失敗", "Failed unlock"),
    "lock": Label("ロック", "Locked"),
    "key.export": Label("暗号鍵を表示", "Showed the raw key"),
    "passphrase.change": Label("自分のパスフレーズを変更", "Changed own passphrase"),
    "passphrase.reset_by_admin": Label("パスフレーズを再設定（管理者）", "Passphrase reset by an administrator"),
    "passphrase.reset_by_recovery": Label("パスフレーズを再設定（回復キー）", "Passphrase reset with the recovery key"),
    "user.add": Label("利用者を追加", "Added a user"),
    "user.role": Label("利用者の権限を変更", "Changed a user's role"),
    "user.disable": Label("利用者の利用を停止", "Disabled a user"),
    "user.reactivate": Label("利用者の利用を再開", "Reactivated a user"),
    "device.remember": Label("このパソコンに記憶", "Remembered this computer"),
    "device.forget": Label("記憶したパソコンを解除", "Forgot a computer"),
    "device.revoke_all": Label("記憶したパソコンをすべて解除", "Revoked every remembered computer"),
    "settings.change": Label("設定を変更", "Changed settings"),
    "audit.verify": Label("監査ログの改ざんを確認", "Checked the audit log"),
    "person.create": Label("当事者を登録", "Registered a person"),
    "person.open": Label("当事者の記録を表示", "Opened a person's record"),
    "person.update": Label("当事者の情報を変更", "Changed a person's details"),
    "person.status": Label("当事者の支援状況を変更", "Changed a person's status"),
    "person.staff_update": Label("スタッフ用メモを変更", "Changed staff notes"),
    "person.link": Label("当事者を関連付け", "Linked a person"),
    "person.assign": Label("担当者を割り当て", "Assigned a worker"),
    "person.unassign": Label("担当者の割り当てを解除", "Unassigned a worker"),
    "person.delete": Label("当事者を削除", "Deleted a person"),
    "consent.add": Label("同意を記録", "Recorded consent"),
    "consent.withdraw": Label("同意の撤回を記録", "Recorded withdrawn consent"),
    "visit.create": Label("見守りを記録", "Logged a visit"),
    "visit.update": Label("見守りの記録を変更", "Changed a visit"),
    "visit.delete": Label("見守りの記録を削除", "Deleted a visit"),
    "follow_up.open": Label("フォローアップを作成", "Opened a follow-up"),
    "follow_up.close": Label("フォローアップを完了", "Closed a follow-up"),
    "follow_up.reassign": Label("フォローアップの担当を変更", "Reassigned a follow-up"),
    "follow_up.set_due": Label("フォローアップの期日を変更", "Changed a follow-up's due date"),
    "follow_up.set_urgency": Label("フォローアップの緊急度を変更", "Changed a follow-up's urgency"),
    "assessment.create": Label("アセスメントを記録", "Recorded an assessment"),
    "referral.create": Label("つなぎを記録", "Recorded a referral"),
    "referral.outcome": Label("つなぎの結果を記録", "Recorded a referral outcome"),
    "organization.create": Label("関係機関を追加", "Added an organisation"),
    "organization.update": Label("関係機関を変更", "Changed an organisation"),
    "place.create": Label("居場所を追加", "Added a place"),
    "place.update": Label("居場所を変更", "Changed a place"),
    "place_session.create": Label("開催日を追加", "Added a session"),
    "place_session.update": Label("開催日を変更", "Changed a session"),
    "place_session.delete": Label("開催日を削除", "Deleted a session"),
    "place_session.series": Label("開催日をまとめて追加", "Added a series of sessions"),
    "attendance.create": Label("参加を受付", "Checked in a participant"),
    "attendance.delete": Label("参加の受付を取消", "Cancelled a check-in"),
    "export": Label("データを書き出し", "Exported data"),
    "export.aggregate": Label("匿名の集計表を出力", "Exported anonymized tables"),
    "report.print": Label("レポートを印刷", "Printed a report"),
    "report.export": Label("レポートを保存", "Saved a report"),
    "report.disclosure": Label("本人開示用の記録を出力", "Wrote a person's record for disclosure"),
    "report.case_sharing": Label("協議会へ情報提供（第三者提供）",
                                 "Shared a case with the regional council"),
    "backup.create": Label("バックアップを作成", "Made a backup"),
    "backup.restore": Label("バックアップから復元", "Restored a backup"),
    "import": Label("データを取り込み", "Imported data"),
}

TARGET_LABELS: dict[str, Label] = {
    "person": Label("当事者", "Person"), "visit": Label("見守り", "Visit"),
    "follow_up": Label("フォローアップ", "Follow-up"), "assessment": Label("アセスメント", "Assessment"),
    "referral": Label("つなぎ", "Referral"), "organization": Label("関係機関", "Organisation"),
    "place": Label("居場所", "Place"), "place_session": Label("開催日", "Session"),
    "attendance": Label("参加", "Attendance"), "user": Label("利用者", "User"),
    "settings": Label("設定", "Settings"),
}


@dataclass(frozen=True)
class ActionGroup:
    key: str
    label: Label
    prefixes: tuple[str, ...]


#: The 操作 filter: groups of actions by prefix ("person" matches "person" and "person.*").
ACTION_GROUPS: tuple[ActionGroup, ...] = (
    ActionGroup("access", Label("ロックとロック解除", "Lock and unlock"), ("unlock", "lock")),
    ActionGroup("person", Label("当事者", "People"), ("person", "consent")),
    ActionGroup("visit", Label("見守り・フォローアップ", "Visits and follow-ups"),
                ("visit", "follow_up")),
    ActionGroup("staff", Label("アセスメント・つなぎ", "Assessments and referrals"),
                ("assessment", "referral", "organization")),
    ActionGroup("places", Label("居場所", "Places"), ("place", "place_session", "attendance")),
    ActionGroup("output", Label("書き出し・印刷・バックアップ", "Export, print and backup"),
                ("export", "report", "backup", "import", "key")),
    ActionGroup("accounts", Label("利用者・パスフレーズ・設定", "Users, passphrases and settings"),
                ("user", "passphrase", "device", "settings", "audit", "database")),
)


def action_label(action: str, lang: str = "ja") -> str:
    label = ACTION_LABELS.get(action)
    return label.text(lang) if label else action


def target_label(kind: str | None, lang: str = "ja") -> str:
    label = TARGET_LABELS.get(kind or "")
    return label.text(lang) if label else (kind or "")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    id: str
    at: datetime | None  # UTC, aware (None only if the stored text was edited)
    user_id: str | None
    username: str | None
    display_name: str | None  # None when the account is not in the users table
    action: str
    target_kind: str | None
    target_id: str | None
    detail: dict = field(default_factory=dict)
    target_name: str | None = None   # 当事者番号 of a person, display name of a user


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    total: int   # entries that match the filter
    offset: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.entries) < self.total


def _utc_text(day: date) -> str:
    """Local midnight at the start of ``day`` as the stored UTC text."""
    local = datetime(day.year, day.month, day.day).astimezone()
    return local.astimezone(timezone.utc).isoformat(timespec="seconds")


def _parse_at(text: str | None) -> datetime | None:
    """The stored UTC time; None when the text is not a time (an edited entry)."""
    try:
        at = datetime.fromisoformat(text or "")
    except (TypeError, ValueError):
        return None
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def _detail(text: str | None) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _entry(row) -> AuditEntry:
    return AuditEntry(seq=row["seq"], id=row["id"], at=_parse_at(row["at"]),
                      user_id=row["user_id"], username=row["username"],
                      display_name=row["display_name"], action=row["action"],
                      target_kind=row["target_kind"], target_id=row["target_id"],
                      detail=_detail(row["detail"]),
                      target_name=row.get("person_code") or row.get("target_user_name"))


def list_entries(session: Session, *, since: date | None = None, until: date | None = None,
                 username: str | None = None, action_prefixes: str | Sequence[str] = (),
                 target_id: str | None = None, before_seq: int | None = None,
                 limit: int = 200, offset: int = 0) -> AuditPage:
    """Entries newest first; ``since``/``until`` are local dates, both included.

    ``before_seq`` keeps entries up to and including that number (to show the
    neighbourhood of an entry the chain check found broken).
    """
    require_admin(session, WHAT_JA, WHAT_EN)
    if since and until and since > until:
        raise ValidationError.single("until", "期間の終わりが始まりより前になっています。",
                                     "The end of the period is before its start.")
    if isinstance(action_prefixes, str):
        action_prefixes = (action_prefixes,)
    flt = AuditFilter(since=_utc_text(since) if since else None,
                      until=_utc_text(until + timedelta(days=1)) if until else None,
                      username=username or None,
                      action_prefixes=tuple(p for p in action_prefixes if p),
                      target_id=(target_id or "").strip() or None, max_seq=before_seq)
    limit = max(1, min(MAX_LIMIT, int(limit)))
    offset = max(0, int(offset))
    with session.engine.connect() as conn:
        rows = audit_queries.page(conn, flt, limit=limit, offset=offset)
        total = audit_queries.count(conn, flt)
    return AuditPage([_entry(r) for r in rows], total, offset)


def log_usernames(session: Session) -> list[str]:
    """User names found in the log (for the 利用者 filter)."""
    require_admin(session, WHAT_JA, WHAT_EN)
    with session.engine.connect() as conn:
        return audit_queries.usernames(conn)


@dataclass(frozen=True)
class ChainResult:
    """``ok`` or the first broken entry; ``reason`` is "edited" or "link" (see store)."""

    checked: int
    broken_seq: int | None = None
    broken_id: str | None = None
    broken_at: datetime | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify(session: Session) -> ChainResult:
    """Walk the whole hash chain (slow on a big log: call it in the background); audited."""
    require_admin(session, WHAT_JA, WHAT_EN)
    with session.engine.connect() as conn:
        check = audit_queries.check_chain(conn)
    broken = check.broken
    if broken is None:
        result = ChainResult(check.checked)
    else:
        result = ChainResult(check.checked, broken["seq"], broken["id"],
                             _parse_at(broken["at"]), check.reason)
    with session.engine.begin() as conn:
        detail = {"checked": result.checked, "ok": result.ok}
        if not result.ok:
            detail["broken_seq"] = result.broken_seq
        session.audit(conn, "audit.verify", detail=detail)
    return result
