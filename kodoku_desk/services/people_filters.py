"""Choices for the 当事者 list filters and the person form: code lists and workers.

The list and form widgets call :func:`list_choices` once when they open (no SQL
in the UI).  Workers are offered only to staff and administrators: a volunteer
only ever sees the people assigned to them, so the 担当者 filter means nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from kodoku_desk.models.codelist import CodeList
from kodoku_desk.services import access, code_lists
from kodoku_desk.services.session import Session
from kodoku_desk.store import users_repo

__all__ = ["ListChoices", "list_choices"]

#: Code lists the list and the form show (``district`` is the organisation's own).
CHOICE_LISTS = ("district", "gender", "household_type", "visit_frequency", "person_status",
                "closure_reason", "support_category")


@dataclass(frozen=True, slots=True)
class ListChoices:
    lists: dict[str, CodeList]
    #: (user id, display name) of active staff/admin/volunteer users; empty for volunteers.
    workers: tuple[tuple[str, str], ...] = ()

    def codes(self, name: str) -> CodeList | None:
        return self.lists.get(name)


def list_choices(session: Session) -> ListChoices:
    with session.engine.connect() as conn:
        lists = code_lists.load(conn, CHOICE_LISTS)
        workers: tuple[tuple[str, str], ...] = ()
        if not access.is_volunteer(session):
            workers = tuple((u["id"], u["display_name"]) for u in users_repo.all_users(conn)
                            if u["active"])
    return ListChoices(lists=lists, workers=workers)
