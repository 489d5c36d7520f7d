"""consents: :class:`Consent` in and out (scopes and recipients are JSON lists)."""

from __future__ import annotations

import json
import uuid
from datetime import date

from sqlalchemy import Connection, insert, select, update

from kodoku_desk.models.person import Consent
from kodoku_desk.models.rows import from_row, to_row
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.people import consents


def _consent(row) -> Consent:
    scopes = tuple(json.loads(row["scopes"])) if row["scopes"] else ()
    recipients = tuple(json.loads(row["recipients"])) if row["recipients"] else ()
    return from_row(Consent, row, scopes=scopes, recipients=recipients,
                    includes_sensitive=bool(row["includes_sensitive"]))


def insert_consent(conn: Connection, consent: Consent, user_id: str | None) -> str:
    now = now_iso()
    consent_id = consent.id or str(uuid.uuid4())
    row = to_row(consent)
    row.update(id=consent_id, scopes=json.dumps(list(consent.scopes), ensure_ascii=False),
               recipients=json.dumps(list(consent.recipients), ensure_ascii=False)
               if consent.recipients else None,
               created_at=now, updated_at=now, created_by=user_id)
    conn.execute(insert(consents).values(**row))
    return consent_id


def get(conn: Connection, consent_id: str) -> Consent | None:
    row = conn.execute(select(consents).where(consents.c.id == consent_id)).mappings().first()
    return _consent(row) if row else None


def for_person(conn: Connection, person_id: str) -> list[Consent]:
    """The person's consents, newest first."""
    query = (select(consents).where(consents.c.person_id == person_id)
             .order_by(consents.c.consented_on.desc(), consents.c.created_at.desc()))
    return [_consent(row) for row in conn.execute(query).mappings()]


def set_withdrawn(conn: Connection, consent_id: str, withdrawn_on: date) -> None:
    conn.execute(update(consents).where(consents.c.id == consent_id).values(
        withdrawn_on=withdrawn_on.isoformat(), updated_at=now_iso()))
