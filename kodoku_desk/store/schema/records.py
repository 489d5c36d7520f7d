"""Staff-only records: loneliness assessments and referrals (つなぎ)."""

from sqlalchemy import CheckConstraint, Column, Integer, String, Table, Text

from kodoku_desk.store.schema.base import fk, metadata, stamps, uuid_pk

assessments = Table(  # raw answers, as in 孤独・孤立の実態把握に関する全国調査
    "assessments", metadata,
    uuid_pk(),
    fk("person_id", "persons.id"),
    Column("assessed_on", String(10), nullable=False),
    Column("administered_by", String(36)),
    Column("ucla_q1", Integer),   # 1–4, NULL = 無回答
    Column("ucla_q2", Integer),
    Column("ucla_q3", Integer),
    Column("direct_q", Integer),  # 1–5
    Column("q4", String(16)),     # contact_frequency code "1"–"7" or "unanswered" (無回答)
    Column("note", Text),
    *stamps(),
    CheckConstraint("ucla_q1 between 1 and 4 and ucla_q2 between 1 and 4 "
                    "and ucla_q3 between 1 and 4", name="ucla_range"),
    CheckConstraint("direct_q between 1 and 5", name="direct_range"),
)

referrals = Table(
    "referrals", metadata,
    uuid_pk(),
    fk("person_id", "persons.id"),
    fk("organization_id", "organizations.id", nullable=True, ondelete="SET NULL"),
    Column("destination_kind", String(48), nullable=False),
    Column("referred_on", String(10), nullable=False),
    Column("reason", Text),
    Column("outcome", String(32), nullable=False, default="in_progress"),
    Column("outcome_on", String(10)),
    Column("note", Text),
    *stamps(),
)
