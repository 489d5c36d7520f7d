"""The 見守り記録 page's list: every visit of one day, newest first.

Volunteers see only the visits of the people assigned to them (DESIGN.md §1);
「自分の記録だけ」 keeps the visits the signed-in user took part in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kodoku_desk.models.visit import VisitorKind
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import scope_user_id
from kodoku_desk.services.session import Session
from kodoku_desk.store import visits_repo
from kodoku_desk.store.visit_log_queries import visit_rows_on

__all__ = ["VisitLogRow", "visits_on"]


@dataclass(frozen=True, slots=True)
class VisitLogRow:
    visit_id: str
    person_id: str
    person_name: str
    person_code: str
    visit_at: datetime
    method: str              # labels, in the organisation's wording
    safety_check: str
    safety_confirmed: bool
    response_level: int
    follow_up: bool          # 要フォロー or 対応区分 ≥ 1
    signs: tuple[str, ...]   # warning-sign labels
    visitors: tuple[str, ...]
    note: str


def visits_on(session: Session, day: date, *, mine_only: bool = False,
              lang: str = "ja") -> list[VisitLogRow]:
    with session.engine.connect() as conn:
        rows = visit_rows_on(conn, day, scope_user_id=scope_user_id(session),
                             visitor_id=session.user.id if mine_only else None)
        ids = [r["id"] for r in rows]
        signs = visits_repo.signs_for(conn, ids)
        visitors = visits_repo.visitor_names(conn, ids)
        lists = code_lists.load(conn, ["visit_method", "safety_check", "warning_sign"])
    label = code_lists.label
    result = []
    for r in rows:
        level = int(r["response_level"])
        who = tuple(f"{VisitorKind.MINSEI.label(lang)} {name}".strip()
                    if kind == VisitorKind.MINSEI else name
                    for kind, name in visitors.get(r["id"], ()) if name or kind)
        result.append(VisitLogRow(
            visit_id=r["id"], person_id=r["person_id"],
            person_name=f"{r['family_name']} {r['given_name']}".strip(),
            person_code=r["person_code"] or "",
            visit_at=datetime.fromisoformat(r["visit_at"]),
            method=label(lists, "visit_method", r["method"], lang),
            safety_check=label(lists, "safety_check", r["safety_check"], lang),
            safety_confirmed=r["safety_check"] == "confirmed",
            response_level=level,
            follow_up=bool(r["follow_up_requested"]) or level >= 1,
            signs=tuple(label(lists, "warning_sign", c, lang) for c in signs.get(r["id"], ())),
            visitors=who,
            note=(r["note"] or r["condition_note"] or "").replace("\n", " "),
        ))
    return result
