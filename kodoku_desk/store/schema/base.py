"""Shared column helpers for the schema."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, MetaData, String, Text

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def uuid_pk() -> Column:
    return Column("id", String(36), primary_key=True)


def fk(name: str, target: str, *, nullable: bool = False, ondelete: str | None = "CASCADE",
       index: bool = True) -> Column:
    return Column(name, String(36), ForeignKey(target, ondelete=ondelete),
                  nullable=nullable, index=index)


def stamps() -> list[Column]:
    """created_at / updated_at (ISO 8601 UTC text) and the author's user id."""
    return [
        Column("created_at", Text, nullable=False),
        Column("updated_at", Text, nullable=False),
        Column("created_by", String(36), nullable=True),
    ]
