"""Rows for persons and what hangs off them: staff part, categories, consents, assignments, links."""

from __future__ import annotations

import json
import random

from kodoku_desk.models import kana
from kodoku_desk.models.consent import SENSITIVE_SCOPE
from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
from kodoku_desk.services.demo import geo, names, texts
from kodoku_desk.services.demo.context import Ctx
from kodoku_desk.services.demo.people import CHILD, ELDER, Person
from kodoku_desk.store.schema.people import (
    consents, person_assignments, person_categories, person_links, person_staff, persons,
)

SENSITIVE_CATEGORIES = BUILTIN_CODE_LISTS["support_category"].sensitive_codes()
CARE_LEVELS = (("未申請", 35), ("自立", 5), ("要支援1", 15), ("要支援2", 12), ("要介護1", 15),
               ("要介護2", 10), ("要介護3", 5), ("要介護4", 2), ("要介護5", 1))
LOCAL_RECIPIENTS = ["地域包括支援センター", "民生委員", "社会福祉協議会"]


def _office_minute(rng: random.Random) -> int:
    return rng.randint(9 * 60 + 30, 17 * 60 + 30)


def _stamps(ctx: Ctx, rng: random.Random, day: int, by: str | None, updated: int | None = None) -> dict:
    created = ctx.stamp(day, _office_minute(rng))
    changed = ctx.stamp(updated, _office_minute(rng)) if updated and updated > day else created
    return {"created_at": created, "updated_at": changed, "created_by": by}


def _emergency(ctx: Ctx, rng: random.Random, p: Person) -> tuple[str | None, str | None, str | None]:
    if p.segment == CHILD and p.guardian is not None:
        g = p.guardian
        relation = "母" if g.gender == "female" else "父"
        return f"{g.family} {g.given}", relation, g.phone
    if p.spouse is not None and rng.random() < 0.5:
        s = p.spouse
        return f"{s.family} {s.given}", "夫" if s.gender == "male" else "妻", s.phone2 or s.phone
    age = p.age_on(ctx.today)
    if rng.random() < 0.12 and age >= 25:
        return None, None, None  # 緊急連絡先なし: not rare among isolated people
    relatives = (geo.RELATIVES_OF_OLDER if age >= 60 else
                 geo.RELATIVES_OF_ADULT if age >= 25 else geo.RELATIVES_OF_YOUNG)
    relation, same_surname, younger, gender = rng.choice(relatives)
    family = p.family if same_surname else names.family_name(rng, ctx.fake)[0]
    born = p.birth.year + younger + rng.randint(-2, 2)
    given = names.given_name(rng, ctx.fake, gender, born)[0]
    phone = geo.mobile(rng) if rng.random() < 0.7 else geo.other_city_phone(rng)
    return f"{family} {given}", relation, phone


def person_row(ctx: Ctx, rng: random.Random, p: Person,
               agencies: list[tuple[str | None, str]]) -> dict:
    em_name, em_relation, em_phone = _emergency(ctx, rng, p)
    related = None
    if p.is_client and rng.random() < 0.6:
        local = [text for district, text in agencies if district in (None, p.district.code)]
        related = "、".join(rng.sample(local, k=min(len(local), rng.randint(1, 2))))
    note = None
    if p.paused is not None:
        note = f"入院のため休止中（{ctx.ds(p.paused)}〜）"
    elif p.is_client and rng.random() < 0.3:
        note = rng.choice(texts.PERSON_NOTES)
    a = p.address
    by = p.primary or ctx.users.staff
    row = {
        "id": p.id, "person_code": p.code, "kind": p.kind,
        "family_name": p.family, "given_name": p.given,
        "family_kana": p.family_kana, "given_kana": p.given_kana,
        "common_name": p.common_name, "former_name": p.former_name, "romaji": p.romaji,
        "search_key": kana.person_search_key(p.family, p.given, p.family_kana, p.given_kana,
                                             other_names=(p.common_name, p.former_name, p.romaji)),
        "sort_key": kana.kana_sort_key(p.family_kana, p.given_kana),
        "birth_date": p.birth.isoformat(), "gender": p.gender,
        "postal_code": a.postal_code, "prefecture": geo.PREFECTURE, "municipality": geo.MUNICIPALITY,
        "town": a.town, "chome": a.chome, "banchi": a.banchi, "building": a.building,
        "district_code": p.district.code, "lg_code": geo.LG_CODE,
        "phone": p.phone, "phone_digits": kana.digits(p.phone) or None,
        "phone2": p.phone2, "phone2_digits": kana.digits(p.phone2) or None,
        "emergency_name": em_name, "emergency_relation": em_relation, "emergency_phone": em_phone,
        "related_agencies": related, "household_type": p.household,
        "visit_frequency": p.frequency, "status": p.status,
        "registered_on": ctx.ds(p.registered),
        "closed_on": ctx.ds(p.closed) if p.closed is not None else None,
        "closure_reason": p.closure_reason, "note": note,
    }
    row.update(_stamps(ctx, rng, p.registered, by, p.closed or p.paused))
    return row


def staff_row(ctx: Ctx, rng: random.Random, p: Person) -> dict | None:
    """person_staff for some clients (care level, 病歴, 障害, staff notes)."""
    if not p.is_client or rng.random() > (0.5 if p.segment == ELDER else 0.3):
        return None
    care = rng.choices([c for c, _ in CARE_LEVELS], [w for _, w in CARE_LEVELS])[0] \
        if p.segment == ELDER else None
    medical = None
    if "illness" in p.categories or "dementia_concern" in p.categories or rng.random() < 0.3:
        medical = "、".join(rng.sample(texts.MEDICAL, k=rng.randint(1, 2)))
    disability = rng.choice(texts.DISABILITY) if "disability" in p.categories else None
    note = rng.choice(texts.STAFF_NOTES) if rng.random() < 0.4 else None
    if not (care or medical or disability or note):
        note = rng.choice(texts.STAFF_NOTES)
    row = {"person_id": p.id, "care_level": care, "medical_history": medical,
           "disability_note": disability, "staff_note": note}
    row.update(_stamps(ctx, rng, p.registered, ctx.users.staff))
    return row


def category_rows(ctx: Ctx, rng: random.Random, p: Person) -> list[dict]:
    stamps = _stamps(ctx, rng, p.registered, p.primary or ctx.users.staff)
    return [{"person_id": p.id, "category_code": code, **stamps} for code in p.categories]


def consent_rows(ctx: Ctx, rng: random.Random, ids, p: Person, staff_row_: dict | None) -> list[dict]:
    if not p.is_client and rng.random() < 0.5:
        return []
    obtained_by = p.primary or ctx.users.staff
    if p.is_client:
        scopes = ["records"]
        if rng.random() < 0.85:
            scopes.append("share_local_support")
        if rng.random() < 0.25:
            scopes.append("council_sharing")
        if rng.random() < 0.9:
            scopes.append("statistics")
        sensitive = bool(set(p.categories) & SENSITIVE_CATEGORIES) or bool(
            staff_row_ and (staff_row_["care_level"] or staff_row_["medical_history"]
                            or staff_row_["disability_note"]))
        if sensitive:
            scopes.append(SENSITIVE_SCOPE)
        method = "written" if rng.random() < 0.75 else "oral"
    else:
        scopes, sensitive, method = ["records", "statistics"], False, "oral"
    recipients = []
    if "share_local_support" in scopes:
        recipients = LOCAL_RECIPIENTS[:rng.randint(1, 3)]
    if "council_sharing" in scopes:
        recipients = recipients + [geo.COUNCIL_NAME]
    note = "保護者が代理で同意" if p.segment == CHILD else rng.choice(texts.CONSENT_NOTES)
    days = [p.registered]
    if p.is_client and ctx.today_ord - p.registered > 400 and rng.random() < 0.5:
        days.append(rng.randint(max(p.registered + 330, ctx.today_ord - 365), ctx.today_ord - 1))
    rows = []
    for number, day in enumerate(days):
        withdrawn = None
        if number == len(days) - 1 and p.status == "closed" and p.closure_reason == "own_wish" \
                and rng.random() < 0.5 and p.closed is not None and p.closed >= day:
            withdrawn = ctx.ds(p.closed)
        row = {"id": ids(), "person_id": p.id, "consented_on": ctx.ds(day), "method": method,
               "scopes": json.dumps(scopes, ensure_ascii=False),
               "recipients": json.dumps(recipients, ensure_ascii=False) if recipients else None,
               "includes_sensitive": sensitive, "obtained_by": obtained_by,
               "withdrawn_on": withdrawn, "note": "年1回の更新" if number else note}
        row.update(_stamps(ctx, rng, day, obtained_by))
        rows.append(row)
    return rows


def assignment_rows(ctx: Ctx, rng: random.Random, ids, p: Person) -> list[dict]:
    rows = []
    end = ctx.ds(p.closed) if p.closed is not None else None
    for user, role, start in ((p.primary, "primary", p.registered),
                              (p.volunteer, "volunteer",
                               max(p.registered, ctx.start_ord - rng.randint(0, 400)))):
        if user is None:
            continue
        row = {"id": ids(), "person_id": p.id, "user_id": user, "assignment_role": role,
               "start_on": ctx.ds(start), "end_on": end}
        row.update(_stamps(ctx, rng, start, ctx.users.admin))
        rows.append(row)
    return rows


def link_rows(ctx: Ctx, rng: random.Random, ids, p: Person) -> list[dict]:
    """Child → guardian (「母」/「父」) and spouse → spouse (「夫」/「妻」), one direction each."""
    other, relation = None, None
    if p.segment == CHILD and p.guardian is not None:
        other = p.guardian
        relation = "母" if other.gender == "female" else "父"
    elif p.spouse is not None and p.spouse.idx < p.idx:
        other = p.spouse
        relation = "夫" if other.gender == "male" else "妻"
    if other is None:
        return []
    row = {"id": ids(), "person_id": p.id, "related_person_id": other.id, "relation": relation}
    row.update(_stamps(ctx, rng, max(p.registered, other.registered), ctx.users.staff))
    return [row]


def write(ctx: Ctx, writer, people: list[Person], agencies: list[tuple[str | None, str]]) -> None:
    """Insert every person-level row in chunks, parents first (links at the end)."""
    rng, ids = ctx.rng("people-rows"), ctx.ids("people-rows")
    ordered = sorted(people, key=lambda p: p.code)
    links: list[dict] = []
    for start in range(0, len(ordered), 5000):
        batch = ordered[start:start + 5000]
        person_rows, staff, cats, cons, assigns = [], [], [], [], []
        for p in batch:
            person_rows.append(person_row(ctx, rng, p, agencies))
            srow = staff_row(ctx, rng, p)
            if srow is not None:
                staff.append(srow)
            cats += category_rows(ctx, rng, p)
            cons += consent_rows(ctx, rng, ids, p, srow)
            assigns += assignment_rows(ctx, rng, ids, p)
            links += link_rows(ctx, rng, ids, p)
        writer.put(persons, person_rows)
        writer.put_all([(person_staff, staff), (person_categories, cats), (consents, cons),
                        (person_assignments, assigns)])
    writer.put_all([(person_links, links)])
