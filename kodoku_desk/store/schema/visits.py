"""見守り visits, escalation rows, follow-ups."""

from sqlalchemy import (Boolean, CheckConstraint, Column, Index, Integer, PrimaryKeyConstraint,
                        String, Table, Text, func)

from kodoku_desk.store.schema.base import fk, metadata, stamps, uuid_pk

visits = Table(
    "visits", metadata,
    uuid_pk(),
    fk("person_id", "persons.id", index=False),
    Column("visit_at", String(19), nullable=False),     # local ISO datetime, minutes
    Column("method", String(32), nullable=False),
    Column("safety_check", String(16), nullable=False),  # 安否確認
    Column("condition", String(16)),                     # 本人の様子 code
    Column("condition_note", Text),                      # 本人の様子 free text
    Column("response_level", Integer, nullable=False, default=0),  # 対応区分 0–3
    Column("follow_up_requested", Boolean, nullable=False, default=False),
    Column("next_due", String(10)),                      # 次回予定日
    Column("note", Text),                                # 特記事項
    *stamps(),
    CheckConstraint("response_level between 0 and 3", name="response_level"),
)
Index("ix_visits_person_contact", visits.c.person_id, visits.c.visit_at, visits.c.safety_check,
      visits.c.next_due)
Index("ix_visits_visit_at", visits.c.visit_at)
# report tables (migration 0006): visits by month, then person, index only
Index("ix_visits_month", func.substr(visits.c.visit_at, 1, 7), visits.c.person_id,
      visits.c.method, visits.c.safety_check, visits.c.response_level, visits.c.visit_at,
      visits.c.id)

#: Each person's latest visit and latest confirmed one (migration 0007): kept exact by
#: triggers on visits, read by ホーム and the 当事者 list instead of the visits themselves.
visit_latest = Table(
    "visit_latest", metadata,
    Column("person_id", String(36), nullable=False),
    Column("visit_at", String(19), nullable=False),      # of the latest visit
    Column("safety_check", String(16), nullable=False),
    Column("next_due", String(10)),
    Column("confirmed_at", String(19)),                  # latest visit with 本人確認できた
    PrimaryKeyConstraint("person_id"),
)

visit_visitors = Table(  # 訪問者 (one or more)
    "visit_visitors", metadata,
    uuid_pk(),
    fk("visit_id", "visits.id"),
    fk("user_id", "users.id", nullable=True, ondelete="SET NULL"),
    Column("visitor_name", Text),     # for a 民生委員 or helper without an account
    Column("visitor_kind", String(16), nullable=False, default="staff"),
    *stamps(),
    CheckConstraint("visitor_kind in ('staff', 'volunteer', 'minsei', 'other')", name="visitor_kind"),
)

visit_signs = Table(  # 気づき（異変のサイン）
    "visit_signs", metadata,
    fk("visit_id", "visits.id", index=False),
    Column("sign_code", String(48), nullable=False),
    *stamps(),
    # the visit's person and month (migration 0008), copied by triggers — never written
    # by the app: the report tables read a period's 気づき along ix_visit_signs_month
    Column("person_id", String(36)),
    Column("visit_month", String(7)),
    PrimaryKeyConstraint("visit_id", "sign_code"),
)
Index("ix_visit_signs_month", visit_signs.c.visit_month, visit_signs.c.person_id,
      visit_signs.c.sign_code)

visit_actions = Table(  # 対応・連絡 (contact / escalation rows)
    "visit_actions", metadata,
    uuid_pk(),
    fk("visit_id", "visits.id"),
    Column("contact_type", String(32), nullable=False),
    Column("acted_at", String(19), nullable=False),
    Column("content", Text),
    Column("result", String(32)),       # outcome code, required for 対応区分 3
    Column("result_note", Text),
    *stamps(),
)

follow_ups = Table(
    "follow_ups", metadata,
    uuid_pk(),
    fk("person_id", "persons.id"),
    fk("visit_id", "visits.id", nullable=True, ondelete="SET NULL"),
    Column("opened_on", String(10), nullable=False),
    Column("due_on", String(10)),
    Column("urgency", String(16), nullable=False, default="normal"),
    fk("assignee_id", "users.id", nullable=True, ondelete="SET NULL"),
    Column("reason", Text),
    Column("status", String(16), nullable=False, default="open"),
    Column("closed_on", String(10)),
    Column("closed_by", String(36)),
    Column("outcome", String(32)),
    Column("outcome_note", Text),
    *stamps(),
    CheckConstraint("urgency in ('high', 'normal', 'low')", name="urgency"),
    CheckConstraint("status in ('open', 'closed')", name="status"),
)
Index("ix_follow_ups_status_due", follow_ups.c.status, follow_ups.c.due_on)
# report tables (migration 0006): opened / closed by month, then person, index only
Index("ix_follow_ups_opened_month", func.substr(follow_ups.c.opened_on, 1, 7),
      follow_ups.c.person_id, follow_ups.c.urgency, follow_ups.c.opened_on)
Index("ix_follow_ups_closed_month", follow_ups.c.status, func.substr(follow_ups.c.closed_on, 1, 7),
      follow_ups.c.person_id, follow_ups.c.outcome, follow_ups.c.closed_on)
