"""Printed reports (PDF): the 月次活動報告 / 年度 summary, 本人開示, 協議会 case sharing.

Use cases, one function each:

- :func:`monthly_report` builds a 月次活動報告 (a month) or 年度活動報告 (a 年度) in
  memory — ``kind`` :data:`EXTERNAL` (外部提出用: disclosure-controlled numbers only)
  or :data:`INTERNAL` (内部用: names of overdue people and open follow-ups,
  「取扱注意」 on every page).  Staff and administrators only (NotPermitted for
  volunteers).  Nothing is logged yet: the user previews it first.
- :func:`save_report` writes a built report to a file and logs it (audit
  ``report.export``; an ``export_log`` row ``report_external`` / ``report_internal``
  with the period, the tables and, for external reports, the rule set);
  :func:`record_print` logs a printout (audit ``report.print``).  The audit entries
  carry the kind, the period, the page count and the file's SHA-256 — never content.
- :func:`write_monthly_report` = build + save, for scripts and the CLI.
- :func:`person_record_pdf` (本人開示, 個人情報保護法第33条) and :func:`share_case_pdf`
  (協議会 case sharing) are in :mod:`.person_documents` and re-exported here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kodoku_desk.models.report_period import Period
from kodoku_desk.reports.export_files import RULE_VERSION
from kodoku_desk.reports.pdf_files import page_count, write_file
from kodoku_desk.reports.monthly_report import (EXTERNAL, INTERNAL, KIND_LABELS, period_heading,
                                                report_title,
                                                write_monthly_report as render_monthly)
from kodoku_desk.services.access import NotPermitted, require_staff
from kodoku_desk.services.errors import file_not_saved
from kodoku_desk.services.person_documents import (CASE_FIELDS, LEGAL_BASES, person_record_pdf,
                                                   share_case_pdf)
from kodoku_desk.services.report_figures import CURRENT_KEYS, gather
from kodoku_desk.services.session import Session
from kodoku_desk.store import printed_report_queries as q

__all__ = ["CASE_FIELDS", "EXTERNAL", "INTERNAL", "KINDS", "LEGAL_BASES", "PrintedReport",
           "monthly_report", "page_count", "person_record_pdf", "record_print", "save_report",
           "share_case_pdf", "write_file", "write_monthly_report"]

KINDS = (EXTERNAL, INTERNAL)
_WHAT = ("月次活動報告", "monthly reports")

Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class PrintedReport:
    """A built PDF and what the logs need to know about it (no content)."""

    kind: str                    # external | internal
    title: str                   # 「月次活動報告　令和8年10月分（2026年10月）（外部提出用）」
    period: Period
    pdf: bytes = field(repr=False)
    pages: int
    sha256: str
    file_name: str               # suggested name for 「保存…」
    tables: tuple[str, ...] = ()
    rule_set: dict | None = None

    @property
    def watermarked(self) -> bool:
        return self.kind == INTERNAL


def _require(session: Session, kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown report kind {kind!r}; use one of {', '.join(KINDS)}")
    if kind == INTERNAL and session.user.role == "volunteer":
        raise NotPermitted("内部用の報告（氏名を含む）はスタッフ・管理者だけが作成できます。",
                           "Only staff and administrators can make internal reports "
                           "(they contain names).", role=session.user.role)
    require_staff(session, *_WHAT)


def monthly_report(session: Session, period: Period, kind: str, *, today: date | None = None,
                   progress: Progress | None = None) -> PrintedReport:
    """Build the report for ``period`` (a month, or a 年度 for the summary) in memory."""
    _require(session, kind)
    today = today or date.today()
    data = gather(session, period, kind, today=today, progress=progress)
    if progress:
        progress("PDFを作っています", 0.95)
    pdf = render_monthly(data)
    title = report_title(period)
    label = KIND_LABELS[kind]
    file_label = period.code.replace("..", "_")
    rule_set = ({"version": RULE_VERSION, "k_activity": data.k_activity,
                 "k_sensitive": data.k_sensitive} if kind == EXTERNAL else None)
    if progress:
        progress("できました", 1.0)
    return PrintedReport(
        kind=kind, title=f"{title}　{period_heading(period)}（{label}）", period=period, pdf=pdf,
        pages=page_count(pdf), sha256=hashlib.sha256(pdf).hexdigest(),
        file_name=f"{title}_{file_label}_{label}.pdf", tables=CURRENT_KEYS, rule_set=rule_set)


def _detail(report: PrintedReport) -> dict:
    return {"kind": report.kind, "period": report.period.code, "pages": report.pages,
            "sha256": report.sha256}


def save_report(session: Session, report: PrintedReport, path: Path) -> None:
    """Write the previewed report to ``path`` and log it (audit ``report.export``)."""
    _require(session, report.kind)
    path = Path(path)
    try:
        write_file(path, report.pdf)
    except OSError as exc:
        raise file_not_saved(exc, path) from exc
    try:
        with session.engine.begin() as conn:
            q.insert_export_log(
                conn, user_id=session.user.id, kind=f"report_{report.kind}",
                period_kind=report.period.kind, period_start=report.period.start,
                period_end=report.period.last_day, tables=list(report.tables),
                rule_set=report.rule_set, file_name=path.name, file_sha256=report.sha256)
            session.audit(conn, "report.export", detail=_detail(report))
    except BaseException:
        path.unlink(missing_ok=True)     # an unlogged copy must not stay behind
        raise


def record_print(session: Session, report: PrintedReport, *, copies: int = 1) -> None:
    """Log that the report was sent to a printer (audit ``report.print``)."""
    _require(session, report.kind)
    with session.engine.begin() as conn:
        session.audit(conn, "report.print", detail={**_detail(report), "copies": copies})


def write_monthly_report(session: Session, period: Period, kind: str, out: Path, *,
                         today: date | None = None) -> PrintedReport:
    """Build the report and save it to ``out`` (logged); returns what was written."""
    report = monthly_report(session, period, kind, today=today)
    save_report(session, report, out)
    return report
