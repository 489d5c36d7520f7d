"""Customizable code lists: built-in codes are synced in, organisations may add their own."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, delete, func, insert, select, update

from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
from kodoku_desk.store.clock import now_iso
from kodoku_desk.store.schema.admin import code_items


def sync_builtin_codes(conn: Connection) -> int:
    """Insert built-in codes that are missing; never overwrite labels an organisation edited."""
    existing = {(r.list_name, r.code) for r in conn.execute(
        select(code_items.c.list_name, code_items.c.code))}
    now = now_iso()
    rows = []
    for list_name, code_list in BUILTIN_CODE_LISTS.items():
        for order, item in enumerate(code_list):
            if (list_name, item.code) in existing:
                continue
            rows.append({
                "id": str(uuid.uuid4()), "list_name": list_name, "code": item.code,
                "label_ja": item.ja, "label_en": item.en, "grp": item.group,
                "sensitive": bool(item.sensitive), "sort_order": order, "active": True,
                "builtin": True, "created_at": now, "updated_at": now, "created_by": None,
            })
    if rows:
        conn.execute(insert(code_items), rows)
    return len(rows)


def items(conn: Connection, list_name: str, *, active_only: bool = True):
    query = select(code_items).where(code_items.c.list_name == list_name)
    if active_only:
        query = query.where(code_items.c.active.is_(True))
    return conn.execute(query.order_by(code_items.c.sort_order, code_items.c.code)).mappings().all()


def add_custom(conn: Connection, list_name: str, code: str, label_ja: str, label_en: str,
               user_id: str | None, group: str | None = None) -> str:
    now = now_iso()
    item_id = str(uuid.uuid4())
    top = conn.execute(select(code_items.c.sort_order).where(code_items.c.list_name == list_name)
                       .order_by(code_items.c.sort_order.desc()).limit(1)).scalar() or 0
    conn.execute(insert(code_items).values(
        id=item_id, list_name=list_name, code=code, label_ja=label_ja, label_en=label_en,
        grp=group, sensitive=False, sort_order=top + 1, active=True, builtin=False,
        created_at=now, updated_at=now, created_by=user_id))
    return item_id


def items_of(conn: Connection, list_names: list[str], *, custom_only: bool = False):
    """Every item (active or not) of the lists ``list_names``, in display order;
    ``custom_only``: only the organisation's own codes (usually none)."""
    query = select(code_items).where(code_items.c.list_name.in_(list_names))
    if custom_only:
        query = query.where(code_items.c.builtin.is_(False))
    query = query.order_by(code_items.c.list_name, code_items.c.sort_order, code_items.c.code)
    return conn.execute(query).mappings().all()


def custom_items(conn: Connection, list_name: str):
    """The organisation's own entries of ``list_name`` (active and retired), in display order."""
    return conn.execute(select(code_items).where(
        code_items.c.list_name == list_name, code_items.c.builtin.is_(False))
        .order_by(code_items.c.sort_order, code_items.c.code)).mappings().all()


def update_custom(conn: Connection, list_name: str, code: str, *, user_id: str | None,
                  label_ja: str | None = None, label_en: str | None = None,
                  active: bool | None = None, sort_order: int | None = None) -> None:
    """Change an own entry's labels, active flag or position (the code never changes)."""
    values: dict = {"updated_at": now_iso()}
    for key, value in (("label_ja", label_ja), ("label_en", label_en), ("active", active),
                       ("sort_order", sort_order)):
        if value is not None:
            values[key] = value
    conn.execute(update(code_items).where(
        code_items.c.list_name == list_name, code_items.c.code == code,
        code_items.c.builtin.is_(False)).values(**values))


def delete_custom(conn: Connection, list_name: str, code: str) -> None:
    """Remove an own entry (only for entries no record uses: see :func:`district_usage`)."""
    conn.execute(delete(code_items).where(
        code_items.c.list_name == list_name, code_items.c.code == code,
        code_items.c.builtin.is_(False)))


def district_usage(conn: Connection) -> dict[str, int]:
    """How many people, places and 関係機関 use each 地区 code."""
    from kodoku_desk.store.schema.admin import organizations
    from kodoku_desk.store.schema.people import persons
    from kodoku_desk.store.schema.places import places

    counts: dict[str, int] = {}
    for table in (persons, places, organizations):
        column = table.c.district_code
        for code, n in conn.execute(select(column, func.count()).where(column.is_not(None))
                                    .group_by(column)):
            counts[code] = counts.get(code, 0) + n
    return counts
