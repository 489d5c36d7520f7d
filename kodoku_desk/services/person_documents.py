"""Documents about one person: 本人開示 and the 協議会 case-sharing file (staff only).

- :func:`person_record_pdf`: the person's complete record for a disclosure request
  (個人情報保護法第33条) — profile, staff-only part, consents, workers, family
  links, every 見守り record, follow-up, assessment, つなぎ and 居場所 attendance —
  written to ``out``; audit ``report.disclosure`` on the person (page count and
  SHA-256 only).  Before handing it over, staff check it for entries that 第33条
  第2項 allows to withhold (harm to the person or a third party).
- :func:`share_case_pdf`: the items chosen of one person for a 構成機関等 of a
  孤独・孤立対策地域協議会, only with a legal basis (DOMAIN.md §6.2): ``consent`` —
  a consent in force whose scope is 「孤独・孤立対策地域協議会での情報共有」 (and,
  when it names recipients, that 協議会); ``law`` — a request of the 協議会 under the
  law (its reference in ``reason``); ``life`` — protection of life or body when
  consent cannot be obtained (the circumstances in ``reason``).  The PDF is
  encrypted with a new password, returned once and kept nowhere; a 第三者提供記録
  (``provision_records``: recipient, basis, consent, items, file hash) and the
  audit entry ``report.case_sharing`` (recipient organisation id, basis, items, the
  record's id and the hash — no content) are written in one transaction.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.wareki import age_on, format_seireki, format_wareki
from kodoku_desk.reports.case_sharing import CaseFile, write_case_file
from kodoku_desk.reports.disclosure_request import write_disclosure
from kodoku_desk.reports.pdf_crypto import readable_password
from kodoku_desk.reports.pdf_files import page_count, write_to
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import NotFound, require_staff
from kodoku_desk.services.dashboard import organization_name
from kodoku_desk.services.person_record import LISTS, full_name, person_record
from kodoku_desk.services.session import Session
from kodoku_desk.store import consents_repo, persons_repo, visits_repo
from kodoku_desk.store import printed_report_queries as q

__all__ = ["CASE_FIELDS", "LEGAL_BASES", "person_record_pdf", "share_case_pdf"]

#: Items that may be chosen for a case-sharing file, in print order.
CASE_FIELDS: dict[str, str] = {
    "name": "氏名", "kana": "フリガナ", "birth_date": "生年月日", "age": "年齢",
    "gender": "性別", "district": "地区", "address": "住所", "phone": "電話番号",
    "household": "世帯類型", "support_categories": "支援区分",
    "recent_contacts": "最近の見守りの状況", "summary": "支援経過の要約", "request": "依頼事項",
}
LEGAL_BASES: dict[str, str] = {"consent": "本人同意", "law": "法令に基づく求め",
                               "life": "生命・身体の保護"}
COUNCIL_SCOPE = "council_sharing"
_DISCLOSURE = ("本人開示用の出力", "disclosure of a person's record")
_SHARING = ("協議会への情報提供", "sharing with the regional council")


def person_record_pdf(session: Session, person_id: str, out, *,
                      today: date | None = None) -> int:
    """Write the person's complete record to ``out`` (a path or a binary file); returns
    the number of pages.  NotPermitted for volunteers, NotFound for an unknown person."""
    require_staff(session, *_DISCLOSURE)
    today = today or date.today()
    record = person_record(session, person_id, today)
    pdf = write_disclosure(record)
    write_to(out, pdf)
    pages = page_count(pdf)
    with session.engine.begin() as conn:
        session.audit(conn, "report.disclosure", target_kind="person", target_id=person_id,
                      detail={"pages": pages, "sha256": hashlib.sha256(pdf).hexdigest()})
    return pages


def _recipient(conn, recipient: str):
    org = q.organization(conn, recipient) if recipient else None
    if org is None or not org["active"]:
        raise ValidationError.single("recipient", "提供先を関係機関の名簿から選んでください。",
                                     "Choose the recipient from the directory of organisations.")
    if not org["council_member"]:
        raise ValidationError.single(
            "recipient", f"「{org['name']}」は孤独・孤立対策地域協議会の構成機関等として登録されていません。"
            "関係機関の名簿で「地域協議会の構成機関等」を確かめてください。",
            "This organisation is not registered as a member of a regional council.")
    return org


def _consent_for(conn, person_id: str, council: str, today: date):
    for consent in consents_repo.for_person(conn, person_id):
        if not consent.covers(COUNCIL_SCOPE, today):
            continue
        if consent.recipients and council and not any(council in r or r in council
                                                      for r in consent.recipients):
            continue
        return consent
    raise ValidationError.single(
        "basis", "この方の同意の記録に、この協議会での情報共有が含まれていません。"
        "同意を得て記録するか、ほかの根拠を選んでください。",
        "No consent in force covers sharing with this council; record one or choose "
        "another basis.")


def _check(fields, basis: str, reason: str | None, summary: str | None,
           request: str | None) -> list[str]:
    chosen = [f for f in CASE_FIELDS if f in set(fields)]
    unknown = sorted(set(fields) - set(CASE_FIELDS))
    if unknown:
        raise ValueError(f"unknown case-sharing field(s): {', '.join(unknown)}")
    if not chosen:
        raise ValidationError.single("fields", "提供する項目を1つ以上選んでください。",
                                     "Choose at least one item to provide.")
    if basis not in LEGAL_BASES:
        raise ValidationError.single("basis", "提供の根拠（本人同意・法令に基づく求め・生命・身体の保護）を選んでください。",
                                     "Choose the legal basis for providing the information.")
    if basis != "consent" and not (reason or "").strip():
        raise ValidationError.single("reason", "法令に基づく求めの内容、または生命・身体の保護が必要な事情を記入してください。",
                                     "Describe the request under the law, or why life or body "
                                     "must be protected.")
    for key, text in (("summary", summary), ("request", request)):
        if key in chosen and not (text or "").strip():
            raise ValidationError.single(key, f"「{CASE_FIELDS[key]}」を記入してください。",
                                         f"Fill in the {key} to provide.")
    return chosen


def _items(conn, person, chosen: list[str], today: date, summary: str | None,
           request: str | None) -> tuple[list[tuple[str, str]], tuple | None]:
    lists = code_lists.load(conn, LISTS)
    label = code_lists.label
    values = {
        "name": full_name(person),
        "kana": " ".join(p for p in (person.family_kana, person.given_kana) if p),
        "birth_date": format_wareki(person.birth_date) if person.birth_date else "",
        "age": f"{age_on(person.birth_date, today)}歳" if person.birth_date else "",
        "gender": label(lists, "gender", person.gender),
        "district": label(lists, "district", person.district_code),
        "address": person.address.one_line(),
        "phone": "　".join(p for p in (person.phone, person.phone2) if p),
        "household": label(lists, "household_type", person.household_type),
        "support_categories": "、".join(label(lists, "support_category", c)
                                       for c in person.support_categories),
        "summary": (summary or "").strip(), "request": (request or "").strip(),
    }
    items = [(CASE_FIELDS[f], values[f]) for f in chosen if f != "recent_contacts"]
    recent = None
    if "recent_contacts" in chosen:
        since = (today - timedelta(days=92)).isoformat()
        visits = visits_repo.visits_for_person(conn, person.id, limit=200)
        recent = tuple((format_seireki(v.visit_at.date()), label(lists, "visit_method", v.method),
                        label(lists, "safety_check", v.safety_check))
                       for v in visits if v.visit_at.date().isoformat() >= since)
    return items, recent


def share_case_pdf(session: Session, person_id: str, recipient: str, basis: str, fields,
                   out, *, reason: str | None = None, summary: str | None = None,
                   request: str | None = None, today: date | None = None) -> str:
    """Write the encrypted case-sharing PDF to ``out``; returns its password (shown once).

    ``recipient``: the id of an organisation registered as a 構成機関等; ``basis``: a
    ``legal_basis`` code; ``fields``: keys of :data:`CASE_FIELDS`.  ValidationError
    (nothing written) for a missing basis, consent, reason or item; NotPermitted for
    volunteers; NotFound for an unknown person."""
    require_staff(session, *_SHARING)
    today = today or date.today()
    chosen = _check(fields, basis, reason, summary, request)
    with session.engine.connect() as conn:
        person = persons_repo.get_person(conn, person_id)
        if person is None:
            raise NotFound("この当事者の記録が見つかりません。", "The person was not found.",
                           person_id=person_id)
        org = _recipient(conn, recipient)
        council = org["council_name"] or ""
        consent = _consent_for(conn, person_id, council, today) if basis == "consent" else None
        items, recent = _items(conn, person, chosen, today, summary, request)
    detail = (f"（同意日 {format_wareki(consent.consented_on)}・"
              f"{'書面' if consent.method == 'written' else '口頭'}）" if consent else "")
    case = CaseFile(org_name=organization_name(session), made_on=today, recipient=org["name"],
                    council_name=council or "（名称未登録）", basis_label=LEGAL_BASES[basis],
                    basis_detail=detail, items=tuple(items), recent_contacts=recent,
                    reason=" ".join((reason or "").split()))
    password = readable_password()
    pdf = write_case_file(case, password)
    digest = hashlib.sha256(pdf).hexdigest()
    write_to(out, pdf)
    try:
        with session.engine.begin() as conn:
            record_id = q.insert_provision_record(
                conn, person_id=person_id, organization_id=org["id"], recipient_name=org["name"],
                provided_by=session.user.id, legal_basis=basis,
                consent_id=consent.id if consent else None, items=chosen, file_sha256=digest,
                note=(reason or "").strip() or None)
            session.audit(conn, "report.case_sharing", target_kind="person", target_id=person_id,
                          detail={"recipient": org["id"], "basis": basis, "items": chosen,
                                  "provision_record": record_id, "sha256": digest})
    except BaseException:
        if not hasattr(out, "write"):
            Path(out).unlink(missing_ok=True)   # no file without its 第三者提供記録
        raise
    return password
