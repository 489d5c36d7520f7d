"""Anonymized export for the platform (官民連携プラットフォーム), municipality or funder.

``prepare_export`` builds the chosen tables for a period and runs disclosure
control on each (primary and secondary suppression, then the audit); nothing is
written.  The user looks at the preview, then ``save_export`` writes exactly
those tables as CSV, XLSX or JSON and logs the export (period, tables, rule set,
file name and SHA-256) in ``export_log`` and the audit log.

Overlapping periods: two exports of the same table over periods that overlap
without being equal can be subtracted from each other (a quarter minus two of
its months gives the third, hidden cells included).  Such tables are left out of
the preview with the earlier export named; an identical period is a re-issue and
is allowed.  Staff and administrators only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from kodoku_desk.models.disclosure import (DisclosureBlocked, Rules, control, footnotes_ja,
                                           overlapping_exports)
from kodoku_desk.models.report_period import Period
from kodoku_desk.models.stat_table import PublishedTable
from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.reports.export_files import FORMATS, RULE_VERSION, ExportMeta, write_export
from kodoku_desk.services.access import ServiceError, require_staff
from kodoku_desk.services.dashboard import organization_name
from kodoku_desk.services.errors import file_not_saved
from kodoku_desk.services.org_settings import read_suppression_settings
from kodoku_desk.services.report_tables import build_tables
from kodoku_desk.services.session import Session
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import export_log

__all__ = ["ExportPreview", "LeftOut", "NothingToExport", "prepare_export", "save_export"]

KIND = "aggregate"
_WHAT = ("匿名の集計表の出力", "anonymized exports")

Progress = Callable[[str, float], None]


class NothingToExport(ServiceError):
    code = "nothing_to_export"


@dataclass(frozen=True, slots=True)
class LeftOut:
    key: str
    title_ja: str
    reason_ja: str
    reason_en: str


@dataclass(frozen=True, slots=True)
class ExportPreview:
    period: Period
    tables: list[PublishedTable]
    meta: ExportMeta
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def table_keys(self) -> list[str]:
        return [t.key for t in self.tables]


def _previous(conn) -> list[tuple[date, date, list[str], str]]:
    rows = conn.execute(select(export_log.c.period_start, export_log.c.period_end,
                               export_log.c.tables, export_log.c.exported_at)
                        .where(export_log.c.kind == KIND)).all()
    out = []
    for start, end, tables, exported_at in rows:
        try:
            out.append((date.fromisoformat(start), date.fromisoformat(end),
                        list(json.loads(tables or "[]")), exported_at or ""))
        except (TypeError, ValueError):
            continue
    return out


def _overlap_reasons(previous, period: Period, keys: Iterable[str]) -> dict[str, LeftOut]:
    reasons: dict[str, LeftOut] = {}
    start, last = period.start, period.last_day
    for p_start, p_end, p_keys, exported_at in previous:
        hits = overlapping_exports([(p_start, p_end, p_keys)], start, last, keys)
        if not hits:
            continue
        when = exported_at[:10]
        span_ja = f"{p_start:%Y年%m月}〜{p_end:%Y年%m月}"
        for key in set(keys) & set(p_keys):
            reasons.setdefault(key, LeftOut(
                key, "", f"期間が重なる集計（{span_ja}、{when}に出力）がすでに出力されています。"
                "差し引きで伏せた値が分かってしまうため、この表は出力できません。"
                "同じ期間で出力し直すか、月別の列を持つ表を使ってください。",
                f"An export for an overlapping period ({p_start:%Y-%m} to {p_end:%Y-%m}, "
                f"made {when}) exists; subtracting the two could reveal hidden cells."))
    return reasons


def prepare_export(session: Session, period: Period, *, table_keys: Iterable[str] | None = None,
                   progress: Progress | None = None, today: date | None = None) -> ExportPreview:
    """Build and control the tables; nothing is written (the preview shows exactly this)."""
    require_staff(session, *_WHAT)
    report = progress or (lambda _stage, _fraction: None)
    report("集計しています", 0.05)
    with session.engine.connect() as conn:
        settings = read_suppression_settings(conn)
        previous = _previous(conn)
    rules = Rules(settings.k_activity, settings.k_sensitive)
    tables = build_tables(session, period, table_keys=table_keys)
    report("秘匿処理をしています", 0.6)
    blocked = _overlap_reasons(previous, period, [t.key for t in tables])
    published: list[PublishedTable] = []
    left_out: list[LeftOut] = []
    for index, table in enumerate(tables):
        if table.key in blocked:
            reason = blocked[table.key]
            left_out.append(LeftOut(table.key, table.title_ja, reason.reason_ja, reason.reason_en))
            continue
        try:
            published.append(control(table, rules))
        except DisclosureBlocked as exc:
            left_out.append(LeftOut(table.key, table.title_ja, exc.message_ja, exc.message_en))
        report("秘匿処理をしています", 0.6 + 0.35 * (index + 1) / max(1, len(tables)))
    meta = ExportMeta(period_label=period.label_ja(), period_start=period.start,
                      period_end=period.last_day, made_on=today or date.today(),
                      org_name=organization_name(session), k_activity=rules.k_activity,
                      k_sensitive=rules.k_sensitive, footnotes=footnotes_ja(rules))
    report("できました", 1.0)
    return ExportPreview(period, published, meta, left_out)


def save_export(session: Session, preview: ExportPreview, path: Path, fmt: str) -> str:
    """Write the previewed tables to ``path`` and log the export; returns the file's SHA-256."""
    require_staff(session, *_WHAT)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not preview.tables:
        raise NothingToExport("出力できる表がありません。期間や表の選び方を見直してください。",
                              "There is no table to export; change the period or the tables.")
    path = Path(path)
    try:
        digest = write_export(path, preview.tables, preview.meta, fmt)
    except OSError as exc:
        raise file_not_saved(exc, path) from exc
    now = now_iso()
    rule_set = {"version": RULE_VERSION, "k_activity": preview.meta.k_activity,
                "k_sensitive": preview.meta.k_sensitive}
    with session.engine.begin() as conn:
        result = conn.execute(insert(export_log).values(
            id=_new_id(), exported_at=now, user_id=session.user.id, kind=KIND,
            period_kind=preview.period.kind, period_start=preview.period.start.isoformat(),
            period_end=preview.period.last_day.isoformat(),
            tables=json.dumps(preview.table_keys), rule_set=json.dumps(rule_set),
            file_name=path.name, file_sha256=digest, created_at=now, updated_at=now,
            created_by=session.user.id))
        del result
        session.audit(conn, "export.aggregate", detail={
            "period": preview.period.label_ja(), "format": fmt, "tables": len(preview.tables),
            "sha256": digest})
    return digest


def _new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def describe(preview: ExportPreview) -> str:
    """One line for the status bar / CLI: 「令和8年10月：12表（うち伏せた値 5）」."""
    hidden = sum(t.suppressed_count() for t in preview.tables)
    return (f"{preview.meta.period_label}：{len(preview.tables)}表（伏せた値 {hidden}）"
            f"　作成日 {format_wareki(preview.meta.made_on)}")
