from datetime import date

import pytest

from kodoku_desk.models.labels import Label, LabeledEnum
from kodoku_desk.models.user import Role, User

from .problems import messages, problems

TODAY = date(2025, 6, 1)


def test_role_labels_and_values():
    assert [(r.value, r.ja, r.en) for r in Role] == [
        ("admin", "管理者", "Administrator"), ("staff", "スタッフ", "Staff"),
        ("volunteer", "ボランティア", "Volunteer")]
    assert Role.ADMIN == "admin" and Role("volunteer") is Role.VOLUNTEER
    assert Role.STAFF.label("en") == "Staff"
    assert Role.choices() == [("admin", "管理者"), ("staff", "スタッフ"), ("volunteer", "ボランティア")]
    assert Role.values() == ("admin", "staff", "volunteer")
    assert Role.parse("staff") is Role.STAFF and Role.parse("root") is None and Role.parse(None) is None
    with pytest.raises(ValueError):
        Role.ADMIN.label("fr")


def test_role_labels_match_the_role_code_list():
    from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
    assert [(c.code, c.ja, c.en) for c in BUILTIN_CODE_LISTS["role"]] == [(r.value, r.ja, r.en) for r in Role]


def test_role_permissions():
    assert Role.ADMIN.manages_users and not Role.STAFF.manages_users
    assert Role.STAFF.sees_staff_records and not Role.VOLUNTEER.sees_staff_records
    assert not Role.VOLUNTEER.may_remember_device and Role.ADMIN.may_remember_device


def test_label_text():
    assert Label("氏", "Family name").text("en") == "Family name"
    with pytest.raises(ValueError):
        Label("氏", "Family name").text("de")


def test_labeled_enum_subclass():
    class Colour(LabeledEnum):
        RED = ("red", "赤", "Red")

    assert Colour.RED == "red" and Colour.RED.label() == "赤" and Colour.parse(Colour.RED) is Colour.RED


def test_valid_user():
    assert problems(User(username="tanaka", display_name="田中", role="staff"), today=TODAY) == []


def test_user_name_rules():
    assert messages(User(username="", display_name="田中"), "username") == ["利用者名を入力してください。"]
    assert messages(User(username="田中", display_name="田中"), "username") == [
        "利用者名は半角の英字・数字と「.」「_」「-」だけで、64文字以内にしてください。"]
    assert messages(User(username="a" * 65, display_name="田中"), "username") != []


def test_user_normalized_folds_full_width_letters():
    u = User(username=" ｔａｎａｋａ＿１ ", display_name=" 田中 ", role=" admin ").normalized()
    assert (u.username, u.display_name, u.role) == ("tanaka_1", "田中", "admin")
    assert u.role_enum is Role.ADMIN


def test_display_name_and_role():
    assert messages(User(username="x", display_name=" "), "display_name") == ["表示名を入力してください。"]
    assert messages(User(username="x", display_name="x", role=""), "role") == ["権限を選んでください。"]
    assert messages(User(username="x", display_name="x", role="root"), "role") == [
        "権限「root」は選択肢にありません。一覧から選んでください。"]


def test_volunteers_cannot_be_remembered_on_a_computer():
    u = User(username="v", display_name="ボランティア", role="volunteer", allow_remember_device=True)
    assert messages(u, "allow_remember_device") == [
        "ボランティアには「この端末で記憶する」を許可できません。許可を外してください。"]
    assert problems(User(username="s", display_name="s", role="staff", allow_remember_device=True)) == []
