"""つなぎ (referrals) and the directory of related agencies (相談窓口・関係機関); staff only.

A referral is recorded from a person page with its destination (an organisation
of the directory, or only the kind of destination), the reason, its status
(``referral_outcome`` codes: 紹介済み / つながった / 不成立) and, in the note,
how it turned out (結果・経過).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.records import Organization, Referral
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import NotFound, person_or_error, require_staff
from kodoku_desk.services.session import Session
from kodoku_desk.store import records_repo

__all__ = ["PersonReferral", "add_organization", "list_organizations", "person_referrals",
           "record_referral", "update_organization", "update_referral_outcome"]

_REFERRALS = ("つなぎ（紹介）の記録", "referrals")
_DIRECTORY = ("関係機関の名簿", "the directory of organisations")
_LISTS = ("org_kind", "referral_outcome")


class PersonReferral(NamedTuple):
    referral: Referral
    organization_name: str | None


# ---------------------------------------------------------------- directory

def add_organization(session: Session, org: Organization) -> Organization:
    require_staff(session, *_DIRECTORY)
    org = replace(org.normalized(), id=None)
    with session.engine.begin() as conn:
        org.validate(codes=code_lists.load(conn, _LISTS, labels=False))
        stored = records_repo.insert_organization(conn, org, session.user.id)
        session.audit(conn, "organization.create", target_kind="organization",
                      target_id=stored.id)
    return stored


def update_organization(session: Session, org: Organization) -> Organization:
    """Save changed fields (including ``active=False`` to retire an entry)."""
    require_staff(session, *_DIRECTORY)
    org = org.normalized()
    with session.engine.begin() as conn:
        if not org.id or records_repo.get_organization(conn, org.id) is None:
            raise NotFound("この関係機関は見つかりません。", "The organisation was not found.",
                           organization_id=org.id)
        org.validate(codes=code_lists.load(conn, _LISTS, labels=False))
        records_repo.update_organization(conn, org)
        session.audit(conn, "organization.update", target_kind="organization", target_id=org.id)
    return org


def list_organizations(session: Session, kind: str | None = None,
                       active_only: bool = True) -> list[Organization]:
    require_staff(session, *_DIRECTORY)
    with session.engine.connect() as conn:
        return records_repo.list_organizations(conn, kind=kind, active_only=active_only)


# ---------------------------------------------------------------- referrals

def _with_organization(conn: Connection, referral: Referral) -> Referral:
    """Fill the destination kind from the chosen organisation; error if it does not exist."""
    if not referral.organization_id:
        return referral
    org = records_repo.get_organization(conn, referral.organization_id)
    if org is None:
        raise ValidationError.single("organization_id", "つなぎ先の機関が見つかりません。一覧から選び直してください。",
                                     "The organisation was not found; choose it again.")
    return referral if referral.destination_kind else replace(referral, destination_kind=org.kind)


def record_referral(session: Session, referral: Referral, *,
                    today: date | None = None) -> Referral:
    """Validate and store a referral (status defaults to 紹介済み)."""
    require_staff(session, *_REFERRALS)
    today = today or date.today()
    referral = replace(referral.normalized(), id=None)
    with session.engine.begin() as conn:
        if referral.person_id:
            person_or_error(conn, referral.person_id)
        referral = _with_organization(conn, referral)
        referral.validate(today=today, codes=code_lists.load(conn, _LISTS, labels=False))
        stored = records_repo.insert_referral(conn, referral, session.user.id)
        session.audit(conn, "referral.create", target_kind="referral", target_id=stored.id,
                      detail={"person_id": stored.person_id, "outcome": stored.outcome})
    return stored


def update_referral_outcome(session: Session, referral_id: str, outcome: str, *,
                            outcome_on: date | None = None, note: str | None = None,
                            today: date | None = None) -> Referral:
    """Record how a referral turned out; ``outcome_on`` defaults to today once settled.

    ``note`` replaces the referral's note when given.
    """
    require_staff(session, *_REFERRALS)
    today = today or date.today()
    outcome = (outcome or "").strip()
    with session.engine.begin() as conn:
        current = records_repo.get_referral(conn, referral_id)
        if current is None:
            raise NotFound("このつなぎの記録は見つかりません。", "The referral was not found.",
                           referral_id=referral_id)
        settled = outcome not in ("", "in_progress")
        changed = replace(current, outcome=outcome,
                          outcome_on=(outcome_on or today) if settled else outcome_on,
                          note=current.note if note is None else note).normalized()
        changed.validate(today=today, codes=code_lists.load(conn, _LISTS, labels=False))
        records_repo.update_referral(conn, changed)
        session.audit(conn, "referral.outcome", target_kind="referral", target_id=referral_id,
                      detail={"outcome": changed.outcome})
    return changed


def person_referrals(session: Session, person_id: str) -> list[PersonReferral]:
    """The person's referrals with the organisation's name, newest first."""
    require_staff(session, *_REFERRALS)
    with session.engine.connect() as conn:
        return [PersonReferral(r, name)
                for r, name in records_repo.referrals_for_person(conn, person_id)]
