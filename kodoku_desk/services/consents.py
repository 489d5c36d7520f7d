"""Consent records (個人情報保護法): add one obtained at intake or renewal, withdraw one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Consent
from kodoku_desk.services import access, code_lists
from kodoku_desk.services.session import Session
from kodoku_desk.store import consents_repo

__all__ = ["CONSENT_LISTS", "add_consent", "withdraw_consent"]

#: Code lists a consent is checked against.
CONSENT_LISTS = ("consent_method", "consent_scope")
_WHAT_JA, _WHAT_EN = "同意の記録", "consent records"


def add_consent(session: Session, person_id: str, consent: Consent, *,
                today: date | None = None) -> Consent:
    """Record a consent of the person; ``obtained_by`` defaults to the signed-in user.

    Raises ValidationError (nothing written) for bad input, NotPermitted for volunteers.
    """
    access.require_staff(session, _WHAT_JA, _WHAT_EN)
    today = today or date.today()
    consent = replace(consent, id=None, person_id=person_id,
                      obtained_by=consent.obtained_by or session.user.id).normalized()
    with session.engine.begin() as conn:
        access.person_or_error(conn, person_id)
        consent.validate(today=today, codes=code_lists.load(conn, CONSENT_LISTS))
        consent_id = consents_repo.insert_consent(conn, consent, session.user.id)
        session.audit(conn, "consent.add", target_kind="person", target_id=person_id,
                      detail={"consent_id": consent_id, "method": consent.method,
                              "scopes": list(consent.scopes)})
        return consents_repo.get(conn, consent_id)


def withdraw_consent(session: Session, consent_id: str, *, withdrawn_on: date | None = None,
                     today: date | None = None) -> Consent:
    """同意撤回 on ``withdrawn_on`` (default today)."""
    access.require_staff(session, _WHAT_JA, _WHAT_EN)
    today = today or date.today()
    with session.engine.begin() as conn:
        current = consents_repo.get(conn, consent_id)
        if current is None:
            raise access.NotFound("この同意の記録が見つかりません。画面を開き直してください。",
                                  "The consent record was not found; reopen the page.",
                                  consent_id=consent_id)
        if current.withdrawn_on is not None:
            raise ValidationError.single("withdrawn_on", "この同意はすでに撤回されています。",
                                         "This consent has already been withdrawn.")
        withdrawn = replace(current, withdrawn_on=withdrawn_on or today)
        withdrawn.validate(today=today, codes=code_lists.load(conn, CONSENT_LISTS))
        consents_repo.set_withdrawn(conn, consent_id, withdrawn.withdrawn_on)
        session.audit(conn, "consent.withdraw", target_kind="person",
                      target_id=current.person_id, detail={"consent_id": consent_id})
        return consents_repo.get(conn, consent_id)
