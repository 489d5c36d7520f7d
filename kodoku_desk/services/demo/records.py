"""Related agencies (関係機関), loneliness assessments and referrals (つなぎ)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from kodoku_desk.models.survey import UNANSWERED
from kodoku_desk.services.demo import geo, names, texts
from kodoku_desk.services.demo.context import Ctx
from kodoku_desk.services.demo.people import ELDER, GUARDIAN, Person
from kodoku_desk.store.schema.admin import organizations
from kodoku_desk.store.schema.records import assessments, referrals


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    kind: str
    district: str | None


def _org_specs() -> list[tuple[str, str, str | None, bool]]:
    """(name, kind, district code, member of the 地域協議会)."""
    city = geo.MUNICIPALITY
    specs = [(f"地域包括支援センター {d.towns[0].name}", "houkatsu", d.code, True)
             for d in geo.DISTRICTS]
    specs += [
        (f"{city}社会福祉協議会", "shakyo", None, True),
        (f"{city} 福祉部 高齢者福祉課", "municipality", None, True),
        (f"{city} 生活自立支援課（自立相談支援窓口）", "municipality", None, True),
        (f"{city} 子ども家庭支援センター", "municipality", None, True),
        ("ひまわり内科クリニック", "medical", "chuo", False),
        ("こころのクリニック みなみ野", "medical", "danchi", False),
        ("居宅介護支援事業所 さくら", "welfare_provider", "higashi", False),
        ("訪問介護ステーション あおば", "welfare_provider", "nishi", False),
        ("ひきこもり地域支援センター", "consultation", None, True),
        ("NPO法人 フードバンクたまがわ", "npo", None, False),
        (f"{city}警察署 生活安全課", "police", None, False),
        ("北地区 民生委員児童委員協議会", "minsei_iin", "kita_sho", True),
    ]
    return specs


def organizations_rows(ctx: Ctx) -> tuple[list[Org], list[dict]]:
    rng, ids = ctx.rng("orgs"), ctx.ids("orgs")
    orgs, rows = [], []
    created = ctx.start_ord - 400
    for name, kind, district, council in _org_specs():
        org = Org(ids(), name, kind, district)
        orgs.append(org)
        rows.append({
            "id": org.id, "name": name, "kind": kind, "district_code": district,
            "phone": f"{geo.AREA_CODE}-6{rng.randint(10, 99)}-{rng.randint(0, 9999):04d}",
            "address": f"{geo.PREFECTURE}{geo.MUNICIPALITY}{rng.choice(geo.DISTRICTS).towns[0].name}"
                       f"{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            "contact_person": names.display_name(rng, ctx.fake, rng.choice(("female", "male")), 1978),
            "council_member": council, "council_name": geo.COUNCIL_NAME if council else None,
            "note": None, "active": True,
            "created_at": ctx.stamp(created, 10 * 60), "updated_at": ctx.stamp(created, 10 * 60),
            "created_by": ctx.users.admin,
        })
    return orgs, rows


def agency_texts(orgs: list[Org]) -> list[tuple[str | None, str]]:
    """(district or None for anywhere, phrase) for persons.related_agencies (かかりつけ医・関係機関)."""
    out: list[tuple[str | None, str]] = []
    for org in orgs:
        if org.kind == "medical":
            out.append((None, f"かかりつけ：{org.name}"))
        elif org.kind == "welfare_provider":
            role = "ケアマネ" if "居宅" in org.name else "ヘルパー"
            out.append((None, f"{role}：{org.name}"))
        elif org.kind == "houkatsu":
            out.append((org.district, f"担当包括：{org.name}"))
    return out


def _answers(rng: random.Random, level: float) -> tuple:
    """UCLA items 1–4, direct question 1–5 and 問4 code from a latent loneliness 0–1."""
    def item(top: int) -> int:
        return max(1, min(top, round(1 + (top - 1) * level + rng.gauss(0, 0.6))))
    ucla = [item(4), item(4), item(4)]
    if rng.random() < 0.02:
        ucla[rng.randrange(3)] = None  # 無回答: no score
    direct = item(5) if rng.random() > 0.02 else None
    if rng.random() < 0.04:
        q4 = UNANSWERED
    else:
        q4 = str(max(1, min(7, round(1 + 6 * level + rng.gauss(0, 1.2)))))
    return ucla[0], ucla[1], ucla[2], direct, q4


def assessment_rows(ctx: Ctx, people: list[Person]) -> list[dict]:
    """First assessment at intake (or early in the period), repeated about every six months."""
    rng, ids = ctx.rng("assessments"), ctx.ids("assessments")
    rows = []
    for p in people:
        lonely = "loneliness" in p.categories or "hikikomori" in p.categories
        if not p.is_client or rng.random() > (0.75 if lonely else 0.35):
            continue
        level = min(1.0, max(0.0, rng.gauss(0.62 if lonely else 0.45, 0.18)))
        day = p.registered if p.registered >= ctx.start_ord else ctx.start_ord + rng.randint(0, 120)
        last = min(p.end or ctx.today_ord, ctx.today_ord)
        while day <= last:
            by = ctx.users.staff if rng.random() < 0.7 else ctx.users.admin
            q1, q2, q3, direct, q4 = _answers(rng, level)
            rows.append({
                "id": ids(), "person_id": p.id, "assessed_on": ctx.ds(day), "administered_by": by,
                "ucla_q1": q1, "ucla_q2": q2, "ucla_q3": q3, "direct_q": direct, "q4": q4,
                "note": rng.choice(texts.ASSESSMENT_NOTES),
                "created_at": ctx.stamp(day, rng.randint(600, 1050)),
                "updated_at": ctx.stamp(day, 1060), "created_by": by,
            })
            if rng.random() < 0.35:
                break
            level = min(1.0, max(0.0, level - rng.uniform(-0.05, 0.15)))  # support helps, mostly
            day += rng.randint(150, 210)
    return rows


_DESTINATIONS = {
    ELDER: ("houkatsu", "houkatsu", "welfare_provider", "medical", "shakyo"),
    GUARDIAN: ("municipality", "npo", "shakyo"),
}


def referral_rows(ctx: Ctx, people: list[Person], orgs: list[Org]) -> list[dict]:
    rng, ids = ctx.rng("referrals"), ctx.ids("referrals")
    by_kind: dict[str, list[Org]] = {}
    for org in orgs:
        by_kind.setdefault(org.kind, []).append(org)
    rows = []
    for p in people:
        if not p.is_client or rng.random() > 0.18:
            continue
        kinds = _DESTINATIONS.get(p.segment, ("consultation", "municipality", "medical", "npo"))
        first = max(p.registered, ctx.start_ord)
        last = min(p.end or ctx.today_ord, ctx.today_ord)
        if first > last:
            continue
        for _ in range(rng.choice((1, 1, 1, 2))):
            kind = rng.choice(kinds)
            local = [o for o in by_kind[kind] if o.district in (None, p.district.code)]
            org = rng.choice(local or by_kind[kind]) if rng.random() < 0.9 else None
            day = rng.randint(first, last)
            age = ctx.today_ord - day
            if age < 30 and rng.random() < 0.7:
                outcome, outcome_on = "in_progress", None
            else:
                outcome = rng.choices(("connected", "not_connected", "in_progress"),
                                      (65, 27, 8))[0]
                outcome_on = None if outcome == "in_progress" else \
                    min(ctx.today_ord, day + rng.randint(3, 60))
            by = p.primary or ctx.users.staff
            rows.append({
                "id": ids(), "person_id": p.id, "organization_id": org.id if org else None,
                "destination_kind": kind, "referred_on": ctx.ds(day),
                "reason": rng.choice(texts.REFERRAL_REASONS[kind]), "outcome": outcome,
                "outcome_on": ctx.ds(outcome_on) if outcome_on else None, "note": None,
                "created_at": ctx.stamp(day, rng.randint(600, 1050)),
                "updated_at": ctx.stamp(outcome_on or day, 1060), "created_by": by,
            })
    return rows


def write(ctx: Ctx, writer, people: list[Person], orgs: list[Org]) -> None:
    writer.put(assessments, assessment_rows(ctx, people))
    writer.put(referrals, referral_rows(ctx, people, orgs))


def write_organizations(ctx: Ctx, writer) -> list[Org]:
    orgs, rows = organizations_rows(ctx)
    writer.put(organizations, rows)
    return orgs
