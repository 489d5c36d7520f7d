"""Report tables about activity: 見守り contacts, 気づき (warning signs), follow-ups and
referrals.  Values are 延べ counts (件); each cell also carries the distinct persons
behind it (:func:`kodoku_desk.store.report_queries.crosstab`)."""

from __future__ import annotations

from sqlalchemy import Connection

from kodoku_desk.models.followup import FollowUpOutcome, Urgency
from kodoku_desk.models.stat_table import StatTable
from kodoku_desk.services.report_shapes import (ReportContext, code_axis, crosstab_table, dim,
                                                make_table, month_axis)
from kodoku_desk.store import report_queries as q
from kodoku_desk.store.report_queries import OTHER, Bucket, Dim

__all__ = ["CONTACT_KEYS", "SIGN_KEYS", "followup_tables", "referral_tables", "visit_tables"]

_PERSONS_NOTE = "人数（秘匿の単位）は各欄の件数に関わった当事者の実人数。"


def _params(ctx: ReportContext) -> dict[str, object]:
    p = ctx.period
    return {"start": p.start.isoformat(), "end": p.end.isoformat(),
            "ref": p.reference_date.isoformat()}


CONTACT_KEYS = ("contacts_by_method", "contacts_by_safety_check", "contacts_by_response_level")
SIGN_KEYS = ("warning_sign_groups", "warning_signs")


def visit_tables(conn: Connection, ctx: ReportContext) -> list[StatTable]:
    """見守り records by 見守り方法, 安否確認 and 対応区分 × month, and the 気づき noted in
    them by group and sign × month: one statement; the visits are read by month along
    ix_visits_month (:data:`~kodoku_desk.store.report_queries.VISITS_BY_MONTH`), the
    signs along ix_visit_signs_month (:data:`~kodoku_desk.store.report_queries.VISIT_SIGNS_BY_MONTH`)."""
    methods = code_axis(ctx.code_list("visit_method"))
    safety = code_axis(ctx.code_list("safety_check"))
    levels = [(k, f"{k} {label}") for k, label in code_axis(ctx.code_list("response_level"))
              if k.isdigit()]
    level_dim = Dim("level", "level", tuple(Bucket(k, (int(k),)) for k, _ in levels))
    signs_list = ctx.code_list("warning_sign")
    groups = code_axis(ctx.code_list("warning_sign_group"))
    group_labels = dict(groups)
    signs = [(c.code, f"{group_labels.get(c.group, c.group)}：{c.ja}" if c.group else c.ja)
             for c in (signs_list or ())]
    group_dim = Dim("group", "sign", tuple(
        Bucket(g, tuple(c.code for c in (signs_list.in_group(g) if signs_list else ())))
        for g, _ in groups))
    parts = []
    if ctx.wants(CONTACT_KEYS):
        parts.append(q.Part("contacts", q.VISITS_BY_MONTH, [
            dim("method", "method", methods), dim("safety", "safety", safety), level_dim]))
    if ctx.wants(SIGN_KEYS):
        parts.append(q.Part("signs", q.VISIT_SIGNS_BY_MONTH,
                            [dim("sign", "sign", signs, by_key=True), group_dim]))
    months = month_axis(ctx.period)
    out = q.crosstabs(conn, parts, {**_params(ctx), **q.month_params(ctx.period.start,
                                                                      ctx.period.end)},
                      one_col=len(months) == 1)
    tables = []
    if "contacts" in out:
        ct = out["contacts"]
        notes = ("延べ件数：期間中の見守り記録（訪問・電話・外観確認など）の件数。", _PERSONS_NOTE)
        tables += [
            crosstab_table("contacts_by_method", ct, "method", methods, months, notes=notes),
            crosstab_table("contacts_by_safety_check", ct, "safety", safety, months, notes=notes),
            crosstab_table("contacts_by_response_level", ct, "level", levels, months,
                           notes=(*notes, "対応区分2以上を含むため、秘匿基準は機微項目のもの。"))]
    if "signs" in out:
        ct = out["signs"]
        notes = ("延べ件数：見守り記録に付けられた気づきの数（1回の記録に複数あればそれぞれ1件）。",
                 _PERSONS_NOTE)
        tables += [crosstab_table("warning_sign_groups", ct, "group", groups, months, notes=notes),
                   crosstab_table("warning_signs", ct, "sign", signs, months, notes=notes)]
    return tables


def followup_tables(conn: Connection, ctx: ReportContext) -> list[StatTable]:
    """Follow-ups opened (by 緊急度) and closed (by 対応結果) in the period, by month: each
    read by month along its index (ix_follow_ups_opened_month, ix_follow_ups_closed_month),
    index only and in (month, person) order."""
    urgency, outcome = _enum_axis(Urgency), _enum_axis(FollowUpOutcome)
    months = month_axis(ctx.period)
    out = q.crosstabs(conn, [
        q.Part("opened", q.FOLLOW_UPS_OPENED, [dim("urgency", "urgency", urgency)]),
        q.Part("closed", q.FOLLOW_UPS_CLOSED, [dim("outcome", "outcome", outcome)]),
    ], {**_params(ctx), **q.month_params(ctx.period.start, ctx.period.end)},
        one_col=len(months) == 1)
    return [
        crosstab_table("followups_opened", out["opened"], "urgency", urgency, months,
                       notes=("期間中に開始したフォローアップの件数（開始月別）。", _PERSONS_NOTE)),
        crosstab_table("followups_closed", out["closed"], "outcome", outcome, months,
                       notes=("期間中に完了したフォローアップの件数（完了月別）。", _PERSONS_NOTE)),
    ]


def _enum_axis(enum) -> list[tuple[str, str]]:
    return [(m.value, m.ja) for m in enum]


def referral_tables(conn: Connection, ctx: ReportContext) -> list[StatTable]:
    """Referrals made in the period by kind of destination × status on the 基準日."""
    base = """SELECT person_id AS p, destination_kind AS kind,
                     CASE WHEN outcome <> 'in_progress'
                           AND coalesce(outcome_on, referred_on) <= :ref THEN outcome
                          ELSE 'in_progress' END AS col
              FROM referrals WHERE referred_on >= :start AND referred_on < :end"""
    kinds = code_axis(ctx.code_list("org_kind"))
    ct = q.crosstab(conn, base, _params(ctx), [dim("kind", "kind", kinds)])
    statuses = code_axis(ctx.code_list("referral_outcome"), ct.cols)
    if ct.row_total("kind", OTHER) != (0, 0):
        kinds = [*kinds, (OTHER, "その他（一覧にない区分）")]
    return [make_table(
        "referrals", kinds, statuses, lambda r, c: ct.cell("kind", r, c),
        row_total=lambda r: ct.row_total("kind", r), col_total=ct.col_total, grand=ct.total,
        notes=("期間中に紹介したつなぎの件数。状況は基準日時点（紹介済み＝結果がまだ出ていないもの）。",
               f"{ctx.reference_note}。", _PERSONS_NOTE))]
