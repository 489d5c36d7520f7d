"""Organisation settings: name, 年度の開始月, 地区 list (add, rename, retire, delete)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import text

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Person
from kodoku_desk.services import code_lists, organization
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.database import create_database
from kodoku_desk.services.organization import District, OrganizationSettings
from kodoku_desk.services.people_filters import list_choices
from kodoku_desk.store import persons_repo
from kodoku_desk.store.errors import DatabaseExists
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.mimamori_support import user as signed_in


def _create(path, **kwargs):
    return create_database(path, org_name=kwargs.pop("org_name", "NPO法人つながりの会"),
                           admin_username="admin", admin_display_name="管理 花子",
                           passphrase=PASSPHRASE, kdf=FAST_KDF, **kwargs)


def test_first_run_answers_are_stored(tmp_path):
    session, _ = _create(tmp_path / "a.kdesk", fiscal_year_start_month=1,
                         districts=["中央地区", "東小学校区"])
    try:
        org = organization.organization_settings(session)
        assert org.name == "NPO法人つながりの会" and org.fiscal_year_start_month == 1
        assert [(d.label, d.code, d.active) for d in org.districts] == [
            ("中央地区", "d001", True), ("東小学校区", "d002", True)]
        assert organization.fiscal_year_start_month(session) == 1
        # the person form's choices are these 地区
        choices = list_choices(session).lists["district"].choices("ja")
        assert choices == [("d001", "中央地区"), ("d002", "東小学校区")]
    finally:
        session.close()


def test_default_is_april_and_no_districts(new_db):
    session, _ = new_db
    org = organization.organization_settings(session)
    assert org.fiscal_year_start_month == 4 and org.districts == ()


def test_bad_first_run_answers_create_nothing(tmp_path):
    path = tmp_path / "b.kdesk"
    with pytest.raises(ValidationError) as caught:
        _create(path, fiscal_year_start_month=13, districts=["東地区", "東地区 ", ""])
    fields = {e.field for e in caught.value.errors}
    assert fields == {"fiscal_year_start_month", "districts"}
    assert not path.exists() and not list(tmp_path.iterdir())
    with pytest.raises(ValidationError):
        _create(path, org_name="  ")
    assert not path.exists()


def test_parse_district_lines():
    assert organization.parse_district_lines("中央地区\n\n  東 地区 \n中央地区\r\n西") == [
        "中央地区", "東 地区", "西"]
    assert organization.parse_district_lines("") == []


def _people_in(session, code, n=1):
    with session.engine.begin() as conn:
        for _ in range(n):
            persons_repo.insert_person(conn, Person(
                family_name="山田", given_name="太郎", district_code=code,
                registered_on=date(2024, 4, 1)), user_id=None)


def test_rename_add_retire_and_delete_in_one_save(tmp_path):
    session, _ = _create(tmp_path / "c.kdesk", districts=["中央地区", "東地区", "西地区"])
    try:
        _people_in(session, "d002", 2)
        org = organization.organization_settings(session)
        central, east, west = org.districts
        assert east.in_use == 2 and central.in_use == 0
        new = OrganizationSettings(
            name="NPO法人つながりの会（改）", fiscal_year_start_month=10,
            districts=(dataclasses.replace(central, label="中央・駅前地区"),
                       District(label="北地区")))          # east and west left off the list
        result = organization.save_organization(session, new)
        assert (result.added, result.renamed, result.retired, result.deleted) == (1, 1, 1, 1)
        saved = organization.organization_settings(session)
        assert saved.name == "NPO法人つながりの会（改）" and saved.fiscal_year_start_month == 10
        states = {d.code: (d.label, d.active) for d in saved.districts}
        assert states == {"d001": ("中央・駅前地区", True), "d002": ("東地区", False),
                          "d004": ("北地区", True)}      # d003 (unused 西地区) is gone
        # the retired 地区 keeps its label for the two people, marked, after the active ones
        lists = code_lists.lists_for(session, ["district"])
        assert code_lists.label(lists, "district", "d002") == "東地区（使用終了）"
        assert lists["district"].codes() == ("d001", "d004", "d002")
        # and bringing it back
        back = dataclasses.replace(saved, districts=tuple(
            dataclasses.replace(d, active=True) for d in saved.districts))
        assert organization.save_organization(session, back).restored == 1
        with session.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT detail FROM audit_log WHERE action = 'settings.change' ORDER BY seq"
            )).scalars().all()
        first = json.loads(rows[0])
        assert first == {"org_name": "changed", "fiscal_year_start_month": 10,
                         "districts_added": 1, "districts_renamed": 1,
                         "districts_retired": 1, "districts_deleted": 1}
        assert json.loads(rows[1]) == {"districts_restored": 1}
    finally:
        session.close()


def test_invalid_save_changes_nothing(tmp_path):
    session, _ = _create(tmp_path / "d.kdesk", districts=["中央地区"])
    try:
        before = organization.organization_settings(session)
        bad = OrganizationSettings(name="", fiscal_year_start_month=4,
                                   districts=(*before.districts, District(label="中央地区")))
        with pytest.raises(ValidationError) as caught:
            organization.save_organization(session, bad)
        assert {e.field for e in caught.value.errors} == {"name", "districts"}
        assert organization.organization_settings(session) == before
    finally:
        session.close()


def test_only_administrators_change_it(new_db):
    session, _ = new_db
    staff = signed_in(session, "staff1", "staff")
    with pytest.raises(NotPermitted):
        organization.save_organization(staff, OrganizationSettings(name="x"))
    assert organization.organization_settings(staff).name == "テストNPO"   # reading is open


def test_create_still_refuses_an_existing_file(new_db, db_path):
    with pytest.raises(DatabaseExists):
        _create(db_path, districts=["東地区"])
