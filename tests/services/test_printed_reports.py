"""Printed reports end to end on a generated database: the 月次活動報告 (外部提出用 and
内部用), the 年度 summary, 本人開示 and the 協議会 case-sharing file.  Text is read back
with pdftotext and checked against the services' numbers; nothing personal reaches the
external report; the case file does not open without its password."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import select, text

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.report_period import Period
from kodoku_desk.reports.pdf_crypto import PASSWORD_ALPHABET
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.dashboard import load_dashboard
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.demo import create_demo_database
from kodoku_desk.services.printed_reports import (CASE_FIELDS, EXTERNAL, INTERNAL, monthly_report,
                                                  person_record_pdf, record_print, save_report,
                                                  share_case_pdf)
from kodoku_desk.services.report_figures import gather
from kodoku_desk.services.report_tables import build_tables
from kodoku_desk.store.schema.admin import audit_log, export_log, provision_records
from tests.conftest import FAST_KDF
from tests.services.test_export import secrets

TODAY = date(2026, 11, 27)
OCTOBER = Period.month(2026, 10)
PASSPHRASE = "printed reports passphrase"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("printed") / "demo.kdesk"
    create_demo_database(path, people=80, years=1, seed=3, passphrase=PASSPHRASE, kdf=FAST_KDF,
                         today=TODAY)
    return path


@pytest.fixture
def session(demo_path):
    s = unlock_database(demo_path, "admin", PASSPHRASE)
    yield s
    s.close()


@pytest.fixture
def volunteer(demo_path):
    s = unlock_database(demo_path, "volunteer1", PASSPHRASE)
    yield s
    s.close()


def pdf_text(pdf: bytes, password: str | None = None) -> subprocess.CompletedProcess:
    args = ["pdftotext", "-layout"] + (["-upw", password] if password else []) + ["-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=False)


def read(pdf: bytes, password: str | None = None) -> str:
    done = pdf_text(pdf, password)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


def line_with(body: str, label: str) -> list[str]:
    """The values printed on the line that starts with ``label``."""
    line = next(line for line in body.splitlines() if line.strip().startswith(label))
    return line.split()[1:]


def month_visits(session, period: Period) -> int:
    with session.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM visits WHERE visit_at >= :a AND visit_at < :b"),
                             {"a": period.start.isoformat(), "b": period.end.isoformat()}).scalar()


def audit_rows(session, action: str) -> list:
    with session.engine.connect() as conn:
        return conn.execute(select(audit_log).where(audit_log.c.action == action)).mappings().all()


def test_external_report_shows_the_controlled_figures(session):
    report = monthly_report(session, OCTOBER, EXTERNAL, today=TODAY)
    body = read(report.pdf)
    assert "月次活動報告" in body and "令和8年10月分（2026年10月）" in body
    assert "NPO法人 ひだまり見守りネット" in body and "外部提出用" in body
    assert "作成日 令和8年11月27日" in body
    n = report.pages
    assert re.search(rf"\b1\s?/\s?{n}\b", body) and re.search(rf"\b{n}\s?/\s?{n}\b", body)
    tables = {t.key: t for t in build_tables(session, OCTOBER)}
    visits = month_visits(session, OCTOBER)
    assert tables["contacts_by_method"].grand_total.value == visits
    assert line_with(body, "見守り件数")[0] == f"{visits:,}"          # 当月, not hidden
    sessions = tables["place_sessions"].grand_total.value
    assert line_with(body, "居場所の開催回数")[0] == str(sessions)      # never suppressed
    assert "x：秘匿" in body and "取扱注意" not in body
    data = gather(session, OCTOBER, EXTERNAL, today=TODAY)
    figures = {f.label.strip("　"): f.values for f in data.figures}
    assert figures["見守り件数"][0] == visits
    # the chart shows the key figure of the month and of the comparison months, nothing finer
    assert [v for _, v in data.trend] == list(figures["見守り件数"])
    assert [label for label, _ in data.trend] == ["令和8年10月", "令和8年9月", "令和7年10月"]


def test_weeks_are_only_in_the_internal_report(session):
    """DESIGN.md §5: nothing finer than the month leaves the organisation — a week cut by
    the month's edge (2026-10-01 is a Thursday: 「1〜4日」) would be a count of days."""
    external = read(monthly_report(session, OCTOBER, EXTERNAL, today=TODAY).pdf)
    internal = read(monthly_report(session, OCTOBER, INTERNAL, today=TODAY).pdf)
    assert "週別" not in external and not re.search(r"\d+〜\d+日", external)
    assert "見守りの延べ件数（週別・月曜〜日曜）" in internal and "1〜4日" in internal
    data = gather(session, OCTOBER, INTERNAL, today=TODAY)
    assert sum(v for _, v in data.trend if isinstance(v, int)) == month_visits(session, OCTOBER)


def test_external_report_contains_nothing_personal(session):
    report = monthly_report(session, OCTOBER, EXTERNAL, today=TODAY)
    body = read(report.pdf)
    for secret in secrets(session):
        assert secret not in body, secret
    with session.engine.connect() as conn:
        places = [name for (name,) in conn.execute(text("SELECT name FROM places"))]
    assert places and not any(name in body for name in places)
    assert "2026年10月" in body                        # the period itself, but no day of it
    assert not re.search(r"2026年10月\d+日", body)


def test_internal_report_lists_names_and_is_marked_on_every_page(session):
    report = monthly_report(session, OCTOBER, INTERNAL, today=TODAY)
    pages = read(report.pdf).split("\f")
    assert report.pages >= 2 and all("取扱注意" in p for p in pages[:report.pages])
    body = "".join(pages)
    tables = {t.key: t for t in build_tables(session, OCTOBER)}
    levels = tables["contacts_by_response_level"]
    level2 = sum(c.value for label, c in zip(levels.row_labels, levels.row_totals, strict=True)
                 if int(label.split(" ")[0]) >= 2)
    assert line_with(body, "うち対応区分2以上")[0] == (str(level2) if level2 else "−")
    overdue = load_dashboard(session, today=TODAY, overdue_limit=1000).overdue
    assert overdue and all(p.name in body for p in overdue)
    assert "連絡が途絶えている方（内部用）" in body and "未完了のフォローアップ" in body


def test_reports_are_refused_to_volunteers(volunteer):
    for kind in (EXTERNAL, INTERNAL):
        with pytest.raises(NotPermitted):
            monthly_report(volunteer, OCTOBER, kind, today=TODAY)


def test_saving_and_printing_are_logged_without_content(session, tmp_path):
    report = monthly_report(session, OCTOBER, INTERNAL, today=TODAY)
    out = tmp_path / report.file_name
    save_report(session, report, out)
    assert out.read_bytes() == report.pdf
    record_print(session, report, copies=2)
    exported = audit_rows(session, "report.export")[-1]
    printed = audit_rows(session, "report.print")[-1]
    for row in (exported, printed):
        detail = json.loads(row["detail"])
        assert detail["kind"] == INTERNAL and detail["period"] == "2026-10"
        assert detail["sha256"] == report.sha256 and detail["pages"] == report.pages
    assert json.loads(printed["detail"])["copies"] == 2
    names = [p.name for p in load_dashboard(session, today=TODAY).overdue]
    assert not any(n in exported["detail"] for n in names)
    with session.engine.connect() as conn:
        logged = conn.execute(select(export_log).where(export_log.c.file_sha256 == report.sha256)
                              ).mappings().one()
    assert logged["kind"] == "report_internal" and logged["period_start"] == "2026-10-01"


def test_fonts_are_embedded(session, tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed")
    out = tmp_path / "r.pdf"
    out.write_bytes(monthly_report(session, OCTOBER, EXTERNAL, today=TODAY).pdf)
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                             check=True).stdout
    gothic = [line for line in listing.splitlines() if "IPAexGothic" in line]
    assert gothic and all(" yes yes " in line for line in gothic)


def test_fiscal_year_summary(session):
    report = monthly_report(session, Period.year(2026), EXTERNAL, today=TODAY)
    body = read(report.pdf)
    assert "年度活動報告" in body and "令和8年度" in body and "前年度" in body
    assert "4月" in body and "3月" in body


def test_person_record_for_a_disclosure_request(session, tmp_path, volunteer):
    with session.engine.connect() as conn:
        person_id, family, given, code = conn.execute(text(
            "SELECT p.id, p.family_name, p.given_name, p.person_code FROM persons p "
            "JOIN visits v ON v.person_id = p.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1")).one()
        visits = conn.execute(text("SELECT count(*) FROM visits WHERE person_id = :p"),
                              {"p": person_id}).scalar()
    out = tmp_path / "開示.pdf"
    pages = person_record_pdf(session, person_id, out, today=TODAY)
    body = read(out.read_bytes())
    assert f"{family} {given} 様（当事者番号 {code}）" in body
    assert f"見守りの記録（{visits}件）" in body and "個人情報の保護に関する法律第33条" in body
    assert pages >= 2
    row = audit_rows(session, "report.disclosure")[-1]
    assert row["target_id"] == person_id and family not in (row["detail"] or "")
    with pytest.raises(NotPermitted):
        person_record_pdf(volunteer, person_id, tmp_path / "v.pdf", today=TODAY)
    assert not (tmp_path / "v.pdf").exists()


def _council_case(session):
    with session.engine.connect() as conn:
        org = conn.execute(text("SELECT id FROM organizations WHERE council_member = 1 LIMIT 1")).scalar()
        other = conn.execute(text("SELECT id FROM organizations WHERE council_member = 0 LIMIT 1")).scalar()
        consented = conn.execute(text(
            "SELECT p.id, p.family_name, p.given_name FROM persons p JOIN consents c ON c.person_id = p.id "
            "WHERE c.scopes LIKE '%council_sharing%' AND c.withdrawn_on IS NULL LIMIT 1")).one()
        without = conn.execute(text(
            "SELECT p.id FROM persons p WHERE p.kind = 'client' AND NOT EXISTS (SELECT 1 FROM consents c "
            "WHERE c.person_id = p.id AND c.scopes LIKE '%council_sharing%') LIMIT 1")).scalar()
    return org, other, consented, without


def provisions(session) -> list:
    with session.engine.connect() as conn:
        return conn.execute(select(provision_records)).mappings().all()


def test_case_sharing_file_is_encrypted_and_recorded(session, tmp_path):
    org, _other, (person_id, family, given), _without = _council_case(session)
    before = len(provisions(session))
    out = tmp_path / "協議会.pdf"
    password = share_case_pdf(session, person_id, org, "consent", ["name", "district", "summary",
                                                                   "request", "recent_contacts"],
                              out, summary="週1回の電話で見守り中。", request="訪問の調整をお願いします。",
                              today=TODAY)
    assert len(password) == 12 and set(password) <= set(PASSWORD_ALPHABET)
    data = out.read_bytes()
    assert pdf_text(data).returncode != 0                     # no password: does not open
    assert pdf_text(data, "WRONGPASSWORD").returncode != 0
    body = read(data, password)
    flat = re.sub(r"\s+", "", body)
    assert f"{family}{given}" in flat and "秘孤独・孤立対策地域協議会限り" in flat
    assert "本人同意" in body and "訪問の調整をお願いします。" in flat
    assert "生年月日" not in body and "電話番号" not in body    # only the items chosen
    rows = provisions(session)
    assert len(rows) == before + 1
    row = rows[-1]
    assert row["person_id"] == person_id and row["organization_id"] == org
    assert row["legal_basis"] == "consent" and row["consent_id"]
    assert json.loads(row["items"]) == ["name", "district", "recent_contacts", "summary", "request"]
    assert row["file_sha256"] and password not in json.dumps(dict(row))
    audit = audit_rows(session, "report.case_sharing")[-1]
    assert audit["target_id"] == person_id and password not in audit["detail"]


def test_case_sharing_needs_a_basis_and_a_member_recipient(session, tmp_path):
    org, other, (person_id, _f, _g), without = _council_case(session)
    before = len(provisions(session))
    out = tmp_path / "x.pdf"
    cases = [
        dict(person_id=without, recipient=org, basis="consent", fields=["name"]),       # no consent
        dict(person_id=person_id, recipient=other, basis="consent", fields=["name"]),   # not a member
        dict(person_id=person_id, recipient=org, basis="law", fields=["name"]),         # no request
        dict(person_id=person_id, recipient=org, basis="", fields=["name"]),            # no basis
        dict(person_id=person_id, recipient=org, basis="consent", fields=[]),           # no items
        dict(person_id=person_id, recipient=org, basis="consent", fields=["summary"]),  # empty text
    ]
    for case in cases:
        with pytest.raises(ValidationError):
            share_case_pdf(session, case["person_id"], case["recipient"], case["basis"],
                           case["fields"], out, today=TODAY)
        assert not out.exists()
    assert len(provisions(session)) == before
    password = share_case_pdf(session, without, org, "life", list(CASE_FIELDS)[:3], out,
                              reason="長期不在で安否が確認できず、緊急に所在の確認が必要。", today=TODAY)
    body = read(out.read_bytes(), password)
    assert "生命・身体の保護" in body and "提供の理由" in body
    assert "緊急に所在の確認が必要。" in re.sub(r"\s+", "", body)
    assert provisions(session)[-1]["legal_basis"] == "life"


def test_services_and_reports_do_not_import_qt():
    code = ("import sys, kodoku_desk.services.printed_reports, kodoku_desk.reports.pdf_raster; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
