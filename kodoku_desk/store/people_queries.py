"""The 当事者 list: one SELECT for the rows, with last contact and workers per row.

The text condition comes from :func:`kodoku_desk.models.person_list.parse_query`:
names match with ``instr(search_key, :q)`` (the key is normalised by
:mod:`kodoku_desk.models.kana`; common 異体字 such as 髙/高 or 齋/斎 are folded in the
query and, only for the characters the query holds, in the key with SQL ``replace``),
phone numbers with ``instr`` on the stored
digits, codes exactly or by prefix.  Rows come in 五十音順 (``sort_key``, then
``person_code``), read along ``ix_persons_sort_key``; the latest contact and the
assigned workers are correlated subqueries, so with a ``limit`` they are
computed for the returned rows only.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import (Connection, String, and_, bindparam, case, false, func, literal, null,
                        or_, select)

from kodoku_desk.models.kana import fold_variants, variants_of
from kodoku_desk.models.person_list import PeopleFilter, QueryKind, SearchQuery
from kodoku_desk.store import assignments_repo
from kodoku_desk.store.contact_queries import (last_attended_on, last_confirmed_visit_at,
                                               may_be_overdue)
from kodoku_desk.store.schema.admin import users
from kodoku_desk.store.schema.people import person_assignments, person_categories, persons

__all__ = ["ListRecord", "WORKER_SEP", "count_people", "details_of", "folded_search_key",
           "list_people"]

#: Separates the packed worker entries (``rank:name``) in :attr:`ListRecord.workers`.
WORKER_SEP = "\x1f"


class ListRecord(NamedTuple):
    """A ``persons`` row as the list needs it, with the latest contacts and workers."""

    id: str
    person_code: str
    kind: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    birth_date: str | None
    district_code: str | None
    phone: str | None
    status: str
    visit_frequency: str | None
    registered_on: str | None
    created_at: str
    sort_key: str                 # 五十音順 key (models.kana.kana_sort_key)
    last_visit_at: str | None     # latest confirmed visit (ISO datetime)
    last_attended_on: str | None  # latest 居場所 attendance up to today (ISO date)
    workers: str | None           # "rank:display name" entries joined by WORKER_SEP


#: The day the list is computed for, as an ISO date (bound at execution).
_TODAY = bindparam("today", type_=String)


def _workers():
    """Current workers of the person, each packed as ``rank:display_name``."""
    pa = person_assignments
    rank = case(*((pa.c.assignment_role == role, literal(str(i)))
                  for i, role in enumerate(assignments_repo.ROLE_ORDER)), else_=literal("9"))
    return (select(func.group_concat(rank + ":" + users.c.display_name, WORKER_SEP))
            .select_from(pa.join(users, users.c.id == pa.c.user_id))
            .where(pa.c.person_id == persons.c.id, assignments_repo.is_current(_TODAY))
            .scalar_subquery())


# Built once: constructing the correlated subqueries costs more than running them for a page.
_BASE = (
    persons.c.id, persons.c.person_code, persons.c.kind, persons.c.family_name,
    persons.c.given_name, persons.c.family_kana, persons.c.given_kana, persons.c.birth_date,
    persons.c.district_code, persons.c.phone, persons.c.status, persons.c.visit_frequency,
    persons.c.registered_on, persons.c.created_at, persons.c.sort_key,
    last_confirmed_visit_at().label("last_visit_at"),
)
_DETAILS = (last_attended_on(_TODAY).label("last_attended_on"), _workers().label("workers"))
_NO_DETAILS = (null().label("last_attended_on"), null().label("workers"))


def folded_search_key(text: str):
    """``persons.search_key`` with the 異体字 folded that the folded ``text`` can match
    (none for most queries, so the plain column is compared)."""
    key = persons.c.search_key
    for variant, standard in variants_of(text):
        key = func.replace(key, variant, standard)
    return key


def _text_condition(query: SearchQuery):
    kind = query.kind
    if kind is QueryKind.ALL:
        return None
    if kind is QueryKind.NAME:
        return func.instr(folded_search_key(query.text), fold_variants(query.text)) > 0
    if kind is QueryKind.PHONE:
        return or_(func.instr(persons.c.phone_digits, query.text) > 0,
                   func.instr(persons.c.phone2_digits, query.text) > 0)
    if kind is QueryKind.CODE:
        # a range rather than LIKE, so that the unique index on person_code is used
        prefix = query.code_prefix or ""
        options = [and_(persons.c.person_code >= prefix,
                        persons.c.person_code < prefix[:-1] + chr(ord(prefix[-1]) + 1))]
        if query.code_exact:
            options.append(persons.c.person_code == query.code_exact)
        return or_(*options)
    return false()  # TOO_SHORT: not enough digits yet


def list_people(conn: Connection, query: SearchQuery, filters: PeopleFilter, *, today: date,
                scope_user_id: str | None = None, frequencies: tuple[str, ...] | None = None,
                limit: int | None = None, offset: int = 0, details: bool = True,
                ordered: bool = True, late_only: bool = False) -> list[ListRecord]:
    """People matching ``query`` and ``filters`` in 五十音順.

    ``scope_user_id``: only people currently assigned to that user (volunteers).
    ``frequencies``: only these ``visit_frequency`` codes (the overdue filter
    narrows to planned frequencies; ``filters.overdue_only`` itself is applied
    by the caller, which owns the overdue rule).  ``details=False`` leaves
    ``last_attended_on`` and ``workers`` empty (fill them with :func:`details_of`
    for the rows that are kept); ``ordered=False`` returns the rows in table
    order, which is faster when the caller keeps only a few and sorts those.
    ``late_only``: only people overdue on their confirmed visits alone
    (:func:`~kodoku_desk.store.contact_queries.may_be_overdue`, a superset of the
    overdue that the caller narrows with the attendance).
    """
    conditions = _conditions(query, filters, today, scope_user_id, frequencies)
    if late_only:
        conditions.append(may_be_overdue(today, last_confirmed_visit_at()))
    columns = _BASE + (_DETAILS if details else _NO_DETAILS)
    stmt = select(*columns).where(*conditions)
    if ordered:
        stmt = stmt.order_by(persons.c.sort_key, persons.c.person_code)
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    return [ListRecord(*row) for row in conn.execute(stmt, {"today": today.isoformat()})]


def count_people(conn: Connection, query: SearchQuery, filters: PeopleFilter, *, today: date,
                 scope_user_id: str | None = None) -> int:
    """How many people :func:`list_people` would return without a limit (one COUNT)."""
    stmt = select(func.count()).select_from(persons).where(
        *_conditions(query, filters, today, scope_user_id, None))
    return int(conn.execute(stmt).scalar_one())


def _conditions(query: SearchQuery, filters: PeopleFilter, today: date,
                scope_user_id: str | None, frequencies: tuple[str, ...] | None) -> list:
    conditions = []
    text = _text_condition(query)
    if text is not None:
        conditions.append(text)
    if filters.statuses:
        conditions.append(persons.c.status.in_(filters.statuses))
    if filters.kinds:
        conditions.append(persons.c.kind.in_(filters.kinds))
    if filters.district_code:
        conditions.append(persons.c.district_code == filters.district_code)
    if filters.support_category:
        conditions.append(persons.c.id.in_(
            select(person_categories.c.person_id)
            .where(person_categories.c.category_code == filters.support_category)))
    for user_id in (filters.worker_id, scope_user_id):
        if user_id:
            conditions.append(persons.c.id.in_(
                assignments_repo.assigned_person_ids(user_id, today)))
    if frequencies is not None:
        conditions.append(persons.c.visit_frequency.in_(frequencies))
    return conditions


def details_of(conn: Connection, person_ids: list[str], today: date) -> dict[str, tuple]:
    """person id → (last_attended_on, workers) as :func:`list_people` computes them."""
    found: dict[str, tuple] = {}
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start:start + 500]
        stmt = select(persons.c.id, *_DETAILS).where(persons.c.id.in_(chunk))
        found.update({pid: (att, workers) for pid, att, workers
                      in conn.execute(stmt, {"today": today.isoformat()})})
    return found
