"""当事者 (persons) and what hangs directly off them.

The staff-only part (care level, medical history, staff case notes) lives in its
own table ``person_staff`` so that it can later be encrypted with a second key
that volunteer keyslots do not hold (DESIGN.md §4).
"""

from sqlalchemy import (Boolean, CheckConstraint, Column, Index, PrimaryKeyConstraint, String,
                        Table, Text, UniqueConstraint)

from kodoku_desk.store.schema.base import fk, metadata, stamps, uuid_pk

persons = Table(
    "persons", metadata,
    uuid_pk(),
    Column("person_code", String(16), nullable=False, unique=True),
    # kind: client = 当事者 (case record); participant = 居場所 participant only
    Column("kind", String(16), nullable=False, default="client"),
    Column("family_name", Text, nullable=False),
    Column("given_name", Text, nullable=False, default=""),
    Column("family_kana", Text, nullable=False, default=""),
    Column("given_kana", Text, nullable=False, default=""),
    Column("common_name", Text),   # 通称
    Column("former_name", Text),   # 旧姓
    Column("romaji", Text),
    Column("search_key", Text, nullable=False),  # normalized kana/name (models.kana)
    Column("sort_key", Text, nullable=False),    # 五十音順
    Column("birth_date", String(10)),            # ISO date
    Column("gender", String(16)),
    Column("postal_code", String(8)),
    Column("prefecture", Text),
    Column("municipality", Text),
    Column("town", Text),                        # 町字 (大字・町)
    Column("chome", Text),                       # 丁目
    Column("banchi", Text),                      # 番地・号
    Column("building", Text),                    # 方書
    Column("district_code", String(48)),         # 地区 (aggregation unit)
    Column("lg_code", String(6)),                # 全国地方公共団体コード
    Column("phone", Text),
    Column("phone_digits", String(20)),
    Column("phone2", Text),
    Column("phone2_digits", String(20)),
    Column("emergency_name", Text),
    Column("emergency_relation", Text),
    Column("emergency_phone", Text),
    Column("related_agencies", Text),            # かかりつけ医・関係機関
    Column("household_type", String(32)),
    Column("visit_frequency", String(32)),       # 見守り頻度 code
    Column("status", String(16), nullable=False, default="active"),
    Column("registered_on", String(10)),
    Column("closed_on", String(10)),
    Column("closure_reason", String(32)),
    Column("note", Text),                        # 特記事項 visible to assigned volunteers
    *stamps(),
    CheckConstraint("kind in ('client', 'participant')", name="kind"),
    CheckConstraint("status in ('active', 'paused', 'closed')", name="status"),
)
# 当事者 list: 五十音順 with every filtered column, so a search reads only this index
Index("ix_persons_list", persons.c.sort_key, persons.c.person_code, persons.c.status,
      persons.c.kind, persons.c.district_code, persons.c.search_key, persons.c.phone_digits,
      persons.c.phone2_digits, persons.c.id)
Index("ix_persons_district_status", persons.c.district_code, persons.c.status)

person_staff = Table(  # staff-only part, one row per person
    "person_staff", metadata,
    fk("person_id", "persons.id", index=False),
    Column("care_level", String(32)),       # 要支援1 / 要介護1 / 未申請 … (要配慮)
    Column("medical_history", Text),        # 病歴 (要配慮個人情報)
    Column("disability_note", Text),        # 心身の障害 (要配慮個人情報)
    Column("staff_note", Text),             # staff case notes
    *stamps(),
    PrimaryKeyConstraint("person_id"),
)

person_categories = Table(  # 支援区分 (support categories), many per person
    "person_categories", metadata,
    fk("person_id", "persons.id", index=False),
    Column("category_code", String(48), nullable=False),
    *stamps(),
    PrimaryKeyConstraint("person_id", "category_code"),
)

person_assignments = Table(  # assigned workers (staff or volunteers)
    "person_assignments", metadata,
    uuid_pk(),
    fk("person_id", "persons.id"),
    fk("user_id", "users.id"),
    Column("assignment_role", String(16), nullable=False, default="primary"),
    Column("start_on", String(10)),
    Column("end_on", String(10)),
    *stamps(),
    CheckConstraint("assignment_role in ('primary', 'volunteer', 'backup')", name="assignment_role"),
)

person_links = Table(  # family members who are also 当事者等
    "person_links", metadata,
    uuid_pk(),
    fk("person_id", "persons.id"),
    fk("related_person_id", "persons.id"),
    Column("relation", Text, nullable=False),
    *stamps(),
    UniqueConstraint("person_id", "related_person_id"),
)

consents = Table(  # consent records (個人情報保護法 第20条第2項, 第27条)
    "consents", metadata,
    uuid_pk(),
    fk("person_id", "persons.id"),
    Column("consented_on", String(10), nullable=False),
    Column("method", String(16), nullable=False),        # written / oral
    Column("scopes", Text, nullable=False),              # JSON list of consent_scope codes
    Column("recipients", Text),                          # JSON list of recipient descriptions / org ids
    Column("includes_sensitive", Boolean, nullable=False, default=False),
    Column("obtained_by", String(36)),
    Column("withdrawn_on", String(10)),
    Column("note", Text),
    *stamps(),
    CheckConstraint("method in ('written', 'oral')", name="method"),
)
