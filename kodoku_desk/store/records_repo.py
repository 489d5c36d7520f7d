"""assessments, referrals and organizations: rows in, the :mod:`models.records` dataclasses out."""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import Connection, Table, insert, select, update

from kodoku_desk.models.records import Assessment, Organization, Referral
from kodoku_desk.models.rows import from_row, to_row
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import organizations
from kodoku_desk.store.schema.records import assessments, referrals

type Record = Assessment | Referral | Organization


def _insert[T: Record](conn: Connection, table: Table, record: T, user_id: str | None) -> T:
    now = now_iso()
    stored = replace(record, id=record.id or str(uuid.uuid4()))
    conn.execute(insert(table).values(**to_row(stored), created_at=now, updated_at=now,
                                      created_by=user_id))
    return stored


def _update(conn: Connection, table: Table, record: Record) -> None:
    conn.execute(update(table).where(table.c.id == record.id)
                 .values(**to_row(record, exclude=("id",)), updated_at=now_iso()))


def _get[T: Record](conn: Connection, table: Table, cls: type[T], record_id: str) -> T | None:
    row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return from_row(cls, row) if row is not None else None


# ---------------------------------------------------------------- assessments

def insert_assessment(conn: Connection, assessment: Assessment, user_id: str | None) -> Assessment:
    return _insert(conn, assessments, assessment, user_id)


def assessments_for_person(conn: Connection, person_id: str, *,
                           limit: int | None = None) -> list[Assessment]:
    """Newest first (index on person_id; a person has a handful)."""
    query = (select(assessments).where(assessments.c.person_id == person_id)
             .order_by(assessments.c.assessed_on.desc(), assessments.c.created_at.desc()))
    if limit is not None:
        query = query.limit(limit)
    return [from_row(Assessment, r) for r in conn.execute(query).mappings()]


# ---------------------------------------------------------------- referrals

def insert_referral(conn: Connection, referral: Referral, user_id: str | None) -> Referral:
    return _insert(conn, referrals, referral, user_id)


def update_referral(conn: Connection, referral: Referral) -> None:
    _update(conn, referrals, referral)


def get_referral(conn: Connection, referral_id: str) -> Referral | None:
    return _get(conn, referrals, Referral, referral_id)


def referrals_for_person(conn: Connection, person_id: str, *,
                         limit: int | None = None) -> list[tuple[Referral, str | None]]:
    """(referral, organisation name or None), newest first."""
    query = (select(referrals, organizations.c.name.label("organization_name"))
             .select_from(referrals.outerjoin(
                 organizations, organizations.c.id == referrals.c.organization_id))
             .where(referrals.c.person_id == person_id)
             .order_by(referrals.c.referred_on.desc(), referrals.c.created_at.desc()))
    if limit is not None:
        query = query.limit(limit)
    return [(from_row(Referral, r), r["organization_name"])
            for r in conn.execute(query).mappings()]


# ---------------------------------------------------------------- organizations

def insert_organization(conn: Connection, org: Organization, user_id: str | None) -> Organization:
    return _insert(conn, organizations, org, user_id)


def update_organization(conn: Connection, org: Organization) -> None:
    _update(conn, organizations, org)


def get_organization(conn: Connection, org_id: str) -> Organization | None:
    return _get(conn, organizations, Organization, org_id)


def list_organizations(conn: Connection, *, kind: str | None = None,
                       active_only: bool = True) -> list[Organization]:
    """By kind, then name (the directory is small: a full read is fine)."""
    query = select(organizations)
    if kind is not None:
        query = query.where(organizations.c.kind == kind)
    if active_only:
        query = query.where(organizations.c.active.is_(True))
    query = query.order_by(organizations.c.kind, organizations.c.name, organizations.c.id)
    return [from_row(Organization, r) for r in conn.execute(query).mappings()]
