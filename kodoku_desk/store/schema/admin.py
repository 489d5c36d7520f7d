"""Users, settings, code lists, audit and export logs, third-party provision records."""

from sqlalchemy import (Boolean, CheckConstraint, Column, Integer, String, Table, Text,
                        UniqueConstraint)

from kodoku_desk.store.schema.base import fk, metadata, stamps, uuid_pk

users = Table(
    "users", metadata,
    uuid_pk(),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("allow_remember_device", Boolean, nullable=False, default=False),
    Column("disabled_at", Text),
    *stamps(),
    CheckConstraint("role in ('admin', 'staff', 'volunteer')", name="role"),
)

settings = Table(
    "settings", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),  # JSON
    *stamps(),
)

code_items = Table(
    "code_items", metadata,
    uuid_pk(),
    Column("list_name", String(48), nullable=False),
    Column("code", String(64), nullable=False),
    Column("label_ja", Text, nullable=False),
    Column("label_en", Text, nullable=False),
    Column("grp", String(48)),
    Column("sensitive", Boolean, nullable=False, default=False),
    Column("sort_order", Integer, nullable=False, default=0),
    Column("active", Boolean, nullable=False, default=True),
    Column("builtin", Boolean, nullable=False, default=False),
    *stamps(),
    UniqueConstraint("list_name", "code"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("at", Text, nullable=False),
    Column("user_id", String(36)),
    Column("username", String(64)),
    Column("action", String(64), nullable=False),
    Column("target_kind", String(32)),
    Column("target_id", String(36)),
    Column("detail", Text),  # JSON of non-personal facts only (counts, hashes, periods)
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    *stamps(),
)

export_log = Table(
    "export_log", metadata,
    uuid_pk(),
    Column("exported_at", Text, nullable=False),
    Column("user_id", String(36)),
    Column("kind", String(32), nullable=False),  # aggregate / report_external / report_internal ...
    Column("period_kind", String(16)),
    Column("period_start", Text),
    Column("period_end", Text),
    Column("tables", Text),  # JSON list of table ids
    Column("rule_set", Text),  # JSON: K values, rule version
    Column("file_name", Text),
    Column("file_sha256", String(64)),
    *stamps(),
)

organizations = Table(
    "organizations", metadata,
    uuid_pk(),
    Column("name", Text, nullable=False),
    Column("kind", String(48), nullable=False),
    Column("district_code", String(48)),
    Column("phone", Text),
    Column("address", Text),
    Column("contact_person", Text),
    Column("council_member", Boolean, nullable=False, default=False),  # 地域協議会の構成機関等
    Column("council_name", Text),
    Column("note", Text),
    Column("active", Boolean, nullable=False, default=True),
    *stamps(),
)

provision_records = Table(  # 第三者提供記録 (個人情報保護法 第29条)
    "provision_records", metadata,
    uuid_pk(),
    fk("person_id", "persons.id", ondelete="RESTRICT"),
    fk("organization_id", "organizations.id", nullable=True, ondelete="RESTRICT"),
    Column("recipient_name", Text, nullable=False),
    Column("provided_at", Text, nullable=False),
    Column("provided_by", String(36)),
    Column("legal_basis", String(16), nullable=False),
    fk("consent_id", "consents.id", nullable=True, ondelete="RESTRICT"),
    Column("items", Text, nullable=False),  # JSON list of field names provided
    Column("file_sha256", String(64)),
    Column("note", Text),
    *stamps(),
    CheckConstraint("legal_basis in ('consent', 'law', 'life')", name="legal_basis"),
)
