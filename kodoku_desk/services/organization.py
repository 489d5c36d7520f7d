"""The organisation: its name, the 年度 start month and its own 地区 (district) list.

Set at first run (:func:`store_initial`, called by ``create_database``) and changed
by an administrator on 設定 › 団体 (:func:`save_organization`, one transaction,
audited).  Reading is open to every role.

- 団体名: ``settings.org_name`` (shown in the window title, reports, the recovery sheet).
- 年度の開始月: ``settings.fiscal_year_start_month`` (1–12, default 4 = April; an NPO法人's
  事業年度 follows its 定款 and may start in another month, DOMAIN.md).
- 地区: the organisation's own entries of the ``district`` code list (``code_items``),
  the unit every aggregate stops at.  Codes are generated (``d001``, ``d002`` …) and
  never change; a label can be reworded.  A 地区 that people, places or 関係機関 use is
  never deleted: it is *retired* (``active`` false) — existing records keep it and show
  its label, and :mod:`kodoku_desk.services.code_lists` marks it 「（使用終了）」.  An
  unused 地区 is deleted when removed from the list.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from sqlalchemy import Connection

from kodoku_desk.models.errors import FieldError, raise_if_errors
from kodoku_desk.services.session import Session
from kodoku_desk.store import codes_repo, settings_repo

__all__ = ["District", "FISCAL_START_DEFAULT", "MAX_DISTRICT_CHARS", "MAX_NAME_CHARS",
           "OrganizationSettings", "check_organization", "fiscal_year_start_month",
           "organization_settings", "parse_district_lines", "read_fiscal_year_start_month",
           "read_organization", "save_organization", "store_initial"]

ORG_NAME_KEY = "org_name"
FISCAL_START_KEY = "fiscal_year_start_month"
FISCAL_START_DEFAULT = 4
DISTRICT_LIST = "district"
MAX_NAME_CHARS = 100
MAX_DISTRICT_CHARS = 40
MAX_DISTRICTS = 200
_CODE_RE = re.compile(r"^d(\d{3,})$")


@dataclass(frozen=True)
class District:
    """One 地区. ``code`` None: new (a code is given on saving)."""

    label: str
    code: str | None = None
    active: bool = True
    in_use: int = 0          # people, places and 関係機関 recorded in this 地区


@dataclass(frozen=True)
class OrganizationSettings:
    name: str
    fiscal_year_start_month: int = FISCAL_START_DEFAULT
    districts: tuple[District, ...] = ()

    def active_districts(self) -> tuple[District, ...]:
        return tuple(d for d in self.districts if d.active)


# ---- pure checks ------------------------------------------------------------------------

def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def parse_district_lines(text: str) -> list[str]:
    """One 地区 per line: trimmed, blank lines dropped, repeated names kept once."""
    seen: set[str] = set()
    out: list[str] = []
    for line in (text or "").splitlines():
        label = " ".join((line or "").split())
        key = _clean(label).casefold()
        if label and key not in seen:
            seen.add(key)
            out.append(label)
    return out


def check_organization(name: str, month: object, labels: list[str]) -> list[FieldError]:
    """Problems with a name, a start month and 地区 labels (every entry, active or retired)."""
    problems: list[FieldError] = []
    name = (name or "").strip()
    if not name:
        problems.append(FieldError("name", "団体名を入力してください。",
                                   "Enter the organisation's name."))
    elif len(name) > MAX_NAME_CHARS:
        problems.append(FieldError("name", f"団体名は{MAX_NAME_CHARS}文字以内にしてください。",
                                   f"The name may have at most {MAX_NAME_CHARS} characters."))
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        problems.append(FieldError("fiscal_year_start_month",
                                   "年度の開始月は1月から12月の中から選んでください。",
                                   "Choose a start month from January to December."))
    seen: dict[str, str] = {}
    for label in labels:
        text = (label or "").strip()
        key = _clean(text).casefold()
        if not text:
            problems.append(FieldError("districts", "名前のない地区があります。名前を入れてください。",
                                       "A district has no name; enter one."))
        elif len(text) > MAX_DISTRICT_CHARS:
            problems.append(FieldError(
                "districts", f"地区名「{text[:12]}…」が長すぎます（{MAX_DISTRICT_CHARS}文字まで）。",
                f"The district name \"{text[:12]}…\" is too long (at most "
                f"{MAX_DISTRICT_CHARS} characters)."))
        elif key in seen:
            problems.append(FieldError("districts", f"地区「{text}」が二つあります。名前を変えてください。",
                                       f"The district \"{text}\" appears twice; rename one."))
        seen.setdefault(key, text)
    if len(labels) > MAX_DISTRICTS:
        problems.append(FieldError("districts", f"地区は{MAX_DISTRICTS}件までです。",
                                   f"At most {MAX_DISTRICTS} districts."))
    return problems


# ---- reading ----------------------------------------------------------------------------

def read_fiscal_year_start_month(conn: Connection) -> int:
    value = settings_repo.get(conn, FISCAL_START_KEY, FISCAL_START_DEFAULT)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        return FISCAL_START_DEFAULT
    return value


def fiscal_year_start_month(session: Session) -> int:
    """The month the organisation's 年度 starts (1–12; 4 when unset or malformed)."""
    with session.engine.connect() as conn:
        return read_fiscal_year_start_month(conn)


def read_organization(conn: Connection) -> OrganizationSettings:
    usage = codes_repo.district_usage(conn)
    districts = tuple(District(label=row["label_ja"], code=row["code"], active=bool(row["active"]),
                               in_use=usage.get(row["code"], 0))
                      for row in codes_repo.custom_items(conn, DISTRICT_LIST))
    return OrganizationSettings(name=str(settings_repo.get(conn, ORG_NAME_KEY, "") or ""),
                                fiscal_year_start_month=read_fiscal_year_start_month(conn),
                                districts=districts)


def organization_settings(session: Session) -> OrganizationSettings:
    with session.engine.connect() as conn:
        return read_organization(conn)


# ---- writing ----------------------------------------------------------------------------

def _next_code(taken: set[str]) -> str:
    numbers = [int(m.group(1)) for code in taken if (m := _CODE_RE.match(code))]
    number = max(numbers, default=0) + 1
    while f"d{number:03d}" in taken:
        number += 1
    return f"d{number:03d}"


def _add_district(conn: Connection, label: str, taken: set[str], user_id: str | None) -> str:
    code = _next_code(taken)
    taken.add(code)
    # no English name is asked for: the organisation's own name is shown in both languages
    codes_repo.add_custom(conn, DISTRICT_LIST, code, label, label, user_id)
    return code


def store_initial(conn: Connection, *, name: str, fiscal_year_start_month: int,
                  districts: list[str], user_id: str | None) -> None:
    """The first run's answers, inside ``create_database``'s transaction (checked first)."""
    raise_if_errors(check_organization(name, fiscal_year_start_month, districts))
    settings_repo.put(conn, ORG_NAME_KEY, name.strip(), user_id)
    settings_repo.put(conn, FISCAL_START_KEY, fiscal_year_start_month, user_id)
    taken = {row["code"] for row in codes_repo.custom_items(conn, DISTRICT_LIST)}
    for label in districts:
        _add_district(conn, label.strip(), taken, user_id)


@dataclass(frozen=True)
class SaveResult:
    settings: OrganizationSettings
    added: int = 0
    renamed: int = 0
    retired: int = 0
    restored: int = 0
    deleted: int = 0

    @property
    def changed(self) -> bool:
        return any((self.added, self.renamed, self.retired, self.restored, self.deleted))


def save_organization(session: Session, new: OrganizationSettings) -> SaveResult:
    """Administrator: store name, start month and the 地区 list in one transaction.

    ``new.districts`` is the whole list in display order: entries without a code are
    added; a changed label renames; ``active`` false retires, true brings back.  A
    stored 地区 missing from the list is deleted when nothing uses it, otherwise
    retired.  Audited as ``settings.change`` with what changed (no names).
    """
    from kodoku_desk.services.users import require_admin

    require_admin(session, "団体の設定", "organisation settings")
    raise_if_errors(check_organization(new.name, new.fiscal_year_start_month,
                                       [d.label for d in new.districts]))
    user_id = session.user.id
    with session.engine.begin() as conn:
        old = read_organization(conn)
        stored = {d.code: d for d in old.districts}
        usage = codes_repo.district_usage(conn)
        unknown = [d.code for d in new.districts if d.code is not None and d.code not in stored]
        if unknown:
            raise_if_errors([FieldError("districts", "地区の一覧がほかの画面で変更されました。開き直してください。",
                                        "The district list was changed meanwhile; reopen it.")])
        counts = dict.fromkeys(("added", "renamed", "retired", "restored", "deleted"), 0)
        taken = set(stored)
        kept: set[str] = set()
        for order, district in enumerate(new.districts, start=1):
            label = district.label.strip()
            if district.code is None:
                code = _add_district(conn, label, taken, user_id)
                codes_repo.update_custom(conn, DISTRICT_LIST, code, user_id=user_id,
                                         sort_order=order, active=district.active)
                counts["added"] += 1
                continue
            before = stored[district.code]
            kept.add(district.code)
            if label != before.label:
                counts["renamed"] += 1
            if district.active != before.active:
                counts["restored" if district.active else "retired"] += 1
            codes_repo.update_custom(conn, DISTRICT_LIST, district.code, user_id=user_id,
                                     label_ja=label, label_en=label, active=district.active,
                                     sort_order=order)
        for code, before in stored.items():
            if code in kept:
                continue
            if usage.get(code, 0):
                if before.active:
                    codes_repo.update_custom(conn, DISTRICT_LIST, code, user_id=user_id,
                                             active=False)
                    counts["retired"] += 1
            else:
                codes_repo.delete_custom(conn, DISTRICT_LIST, code)
                counts["deleted"] += 1
        detail: dict[str, object] = {}
        if new.name.strip() != old.name:
            settings_repo.put(conn, ORG_NAME_KEY, new.name.strip(), user_id)
            detail[ORG_NAME_KEY] = "changed"
        if new.fiscal_year_start_month != old.fiscal_year_start_month:
            settings_repo.put(conn, FISCAL_START_KEY, new.fiscal_year_start_month, user_id)
            detail[FISCAL_START_KEY] = new.fiscal_year_start_month
        detail.update({f"districts_{k}": n for k, n in counts.items() if n})
        if detail:
            session.audit(conn, "settings.change", target_kind="settings", detail=detail)
        result = read_organization(conn)
    return SaveResult(result, **counts)


def with_district(settings: OrganizationSettings, district: District) -> OrganizationSettings:
    """``settings`` with ``district`` appended (a small helper for callers and tests)."""
    return replace(settings, districts=(*settings.districts, district))
