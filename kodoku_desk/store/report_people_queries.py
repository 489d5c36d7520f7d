"""SQL aggregates of the report tables about persons: the people supported in a period by
attribute, and the loneliness measures at the first and the latest assessment.

Each person is one row of ``persons``, so these are plain GROUP BYs over one pass.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, text

__all__ = ["MEASURES", "PairRow", "PeopleRow", "assessment_pairs", "people_rows"]


#: The persons supported in ``[:start, :end)``: 当事者 registered before the end and not
#: closed before the start; ``col`` is ended (closed in the period) / new (registered in
#: the period) / continuing.  Without ``registered_on`` the record's creation day counts.
_SUPPORTED = """
    SELECT id, gender, household_type, district_code, birth_date,
           CASE WHEN status = 'closed' AND closed_on >= :start AND closed_on < :end THEN 'ended'
                WHEN coalesce(registered_on, substr(created_at, 1, 10)) >= :start THEN 'new'
                ELSE 'continuing' END AS col
    FROM persons
    WHERE kind = 'client' AND coalesce(registered_on, substr(created_at, 1, 10)) < :end
      AND NOT (status = 'closed' AND coalesce(closed_on, '') < :start)"""

#: 満年齢 on :ref (年齢計算ニ関スル法律: the new age from the birthday) and 学年 number
#: (小学1年 = 1; April-1 cut, :func:`kodoku_desk.models.wareki.school_year`) with
#: :ref_fy the school year of :ref; NULL without a birth date or one after :ref.
_AGE = """CASE WHEN birth_date IS NULL OR birth_date > :ref THEN NULL ELSE
          CAST(substr(:ref, 1, 4) AS INTEGER) - CAST(substr(birth_date, 1, 4) AS INTEGER)
          - (substr(:ref, 6, 5) < substr(birth_date, 6, 5)) END"""
_GRADE = """CASE WHEN birth_date IS NULL OR birth_date > :ref THEN NULL ELSE
            :ref_fy - CAST(substr(birth_date, 1, 4) AS INTEGER)
            - (CASE WHEN substr(birth_date, 6, 5) <= '04-01' THEN 6 ELSE 7 END) + 1 END"""


class PeopleRow(NamedTuple):
    dim: str          # gender / household_type / district_code / age / category / no_category
    col: str          # new / continuing / ended
    code: str | None  # the attribute's code (None: not recorded)
    age: int | None   # for dim "age"
    grade: int | None  # for dim "age"
    persons: int


_AGE_ARM = f"""UNION ALL
    SELECT 'age', col, NULL, NULL, NULL, age, grade, count(*)
    FROM (SELECT col, {_AGE} AS age, {_GRADE} AS grade FROM sp) GROUP BY col, age, grade"""
_CATEGORY_ARM = """UNION ALL
    SELECT 'category', sp.col, c.category_code, NULL, NULL, NULL, NULL, count(*)
    FROM sp LEFT JOIN person_categories c ON c.person_id = sp.id
    GROUP BY sp.col, c.category_code"""


def people_rows(conn: Connection, start: date, end: date, ref: date, *, ages: bool = True,
                categories: bool = True) -> list[PeopleRow]:
    """Persons supported in ``[start, end)`` by status column and each attribute (one pass
    over ``persons``); ages on ``ref``.  ``category`` rows count persons per 支援区分
    (a person may have several), ``no_category`` those with none.

    性別・世帯・地区 are counted together, by (column, gender, household, district), and
    added up here: each person has one value of each, so the per-attribute counts are
    sums of those (a few hundred rows; one sort instead of three).  ``ages`` /
    ``categories`` False leave out the age and 支援区分 rows (not asked for)."""
    school_fy = ref.year if ref.month >= 4 else ref.year - 1
    sql = f"""
    WITH sp AS MATERIALIZED ({_SUPPORTED})
    SELECT 'attrs', col, gender, household_type, district_code, NULL, NULL, count(*) FROM sp
    GROUP BY col, gender, household_type, district_code
    {_AGE_ARM if ages else ""}
    {_CATEGORY_ARM if categories else ""}"""
    params = {"start": start.isoformat(), "end": end.isoformat(), "ref": ref.isoformat(),
              "ref_fy": school_fy}
    attrs: dict[tuple[str, str, str | None], int] = defaultdict(int)
    out = []
    for kind, col, code, household, district, age, grade, n in conn.execute(text(sql), params):
        if kind == "attrs":
            for dim, value in (("gender", code), ("household_type", household),
                               ("district_code", district)):
                attrs[dim, col, value] += n
        elif kind == "age":
            out.append(PeopleRow("age", col, None, age, grade, n))
        elif code is None:          # the LEFT JOIN found no 支援区分
            out.append(PeopleRow("no_category", col, None, None, None, n))
        else:
            out.append(PeopleRow("category", col, code, None, None, n))
    out += [PeopleRow(dim, col, value, None, None, n) for (dim, col, value), n in attrs.items()]
    return out


# ---------------------------------------------------------------- loneliness

#: Measures compared between the first and the latest assessment: SQL for the value
#: (NULL when not answered; the UCLA score only when all three items are answered).
MEASURES = {
    "ucla": "ucla_q1 + ucla_q2 + ucla_q3",
    "direct": "direct_q",
    "q4": "nullif(q4, 'unanswered')",
}


class PairRow(NamedTuple):
    measure: str
    first: object     # value at the first assessment
    latest: object    # value at the latest assessment up to the end of the period
    persons: int


def assessment_pairs(conn: Connection, end: date) -> list[PairRow]:
    """For each measure, persons with two or more assessments answering it dated before
    ``end``, counted by (value at the first, value at the latest) of those assessments.

    One pass over the assessments grouped by person: the first and the latest answer of
    each measure are the min and max of ``assessed_on || created_at || id || '|' || value``
    (assessments of the same day are ordered by when they were entered).  The table is
    read in storage order and sorted by person (``NOT INDEXED``): following
    ix_assessments_person_id instead looks up every row, which took 1.6 times as long."""
    per_measure, outer = [], []
    for name in MEASURES:
        packed = f"CASE WHEN {name} IS NOT NULL THEN k || '|' || {name} END"
        per_measure.append(f"count({name}) AS n_{name}, min({packed}) AS f_{name}, "
                           f"max({packed}) AS l_{name}")
        first, last = (f"substr({c}_{name}, instr({c}_{name}, '|') + 1)" for c in ("f", "l"))
        outer.append(f"SELECT '{name}', {first}, {last}, count(*) FROM per "
                     f"WHERE n_{name} >= 2 GROUP BY 2, 3")
    values = ", ".join(f"{expr} AS {name}" for name, expr in MEASURES.items())
    sql = f"""
    WITH per AS MATERIALIZED (
      SELECT {", ".join(per_measure)}
      FROM (SELECT person_id, assessed_on || created_at || id AS k, {values}
            FROM assessments NOT INDEXED WHERE assessed_on < :end)
      GROUP BY person_id)
    {" UNION ALL ".join(outer)}"""
    return [PairRow(*r) for r in conn.execute(text(sql), {"end": end.isoformat()})]
