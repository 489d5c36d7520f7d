"""利用者の管理: admin-only services, keyslots rewrapped through the vault, lock-out protection."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services import org_settings, users
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.session import CurrentUser
from kodoku_desk.services.users import UserChangeRefused, UserInfo, refusal
from kodoku_desk.vault.errors import UnknownUser, WrongPassphrase
from kodoku_desk.vault.keyslots import keyslot_path, read_keyslot_file
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.mimamori_support import user as signed_in


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add(session, username, role, passphrase="はじめのパスフレーズ", name=None):
    return users.add_user(session, username=username, display_name=name or username, role=role,
                          passphrase=passphrase, kdf=FAST_KDF)


def _as(session, info: UserInfo):
    """The same open database, signed in as ``info`` (as after their own unlock)."""
    return dataclasses.replace(session, user=CurrentUser(info.id, info.username,
                                                         info.display_name, info.role))


def _actions(session) -> list[tuple[str, str | None]]:
    from sqlalchemy import text

    with session.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            text("SELECT action, target_id FROM audit_log ORDER BY seq"))]


@pytest.fixture
def admin(new_db):
    return new_db[0]


@pytest.mark.parametrize("role", ["staff", "volunteer"])
def test_staff_and_volunteers_are_refused_every_admin_function(admin, role):
    other = signed_in(admin, f"u_{role}", role)
    calls = [
        lambda: users.list_users(other),
        lambda: _add(other, "newbie", "staff"),
        lambda: users.change_role(other, "admin", "staff", "新しい長いパスフレーズ"),
        lambda: users.reset_user_passphrase(other, "admin", "新しい長いパスフレーズ"),
        lambda: users.disable_user(other, "admin"),
        lambda: users.reactivate_user(other, "admin", "新しい長いパスフレーズ"),
        lambda: org_settings.save_lock_settings(other, org_settings.LockSettings(5, True)),
        lambda: org_settings.save_suppression_settings(
            other, org_settings.SuppressionSettings(5, 12)),
    ]
    keys_before = _sha(keyslot_path(admin.db_path))
    for call in calls:
        with pytest.raises(NotPermitted) as caught:
            call()
        assert "管理者だけ" in caught.value.message_ja
        assert "administrator" in caught.value.message_en
    assert _sha(keyslot_path(admin.db_path)) == keys_before
    assert org_settings.lock_settings(admin) == org_settings.LockSettings()
    assert [u.username for u in users.list_users(admin)] == ["admin", f"u_{role}"]


def test_add_user_reports_every_problem_at_once(admin):
    with pytest.raises(ValidationError) as caught:
        users.add_user(admin, username="", display_name=" ", role="", passphrase="短い")
    assert caught.value.fields == ("username", "display_name", "role", "passphrase")
    assert "いまは2文字" in caught.value.for_field("passphrase")[0].message_ja
    with pytest.raises(ValidationError) as caught:
        users.add_user(admin, username="-bad", display_name="x", role="boss",
                       passphrase="long enough pass")
    assert caught.value.fields == ("role", "username")
    with pytest.raises(ValidationError) as caught:
        _add(admin, "ADMIN", "staff")  # differs only by case
    assert "すでに使われています" in caught.value.for_field("username")[0].message_ja
    with pytest.raises(ValidationError) as caught:
        _add(admin, "sato", "staff", passphrase="ＳＡＴＯ    ")
    assert caught.value.for_field("passphrase")[0].message_ja.startswith("パスフレーズは8文字以上")
    with pytest.raises(ValidationError) as caught:
        _add(admin, "satosato", "staff", passphrase="ＳＡＴＯｓａｔｏ")
    assert "利用者名と同じ" in caught.value.for_field("passphrase")[0].message_ja
    assert [u.username for u in users.list_users(admin)] == ["admin"]


def test_added_user_unlocks_with_full_width_input_and_is_listed(admin, db_path):
    info = _add(admin, "ｔａｎａｋａ", "volunteer", passphrase="ひだまり ２０２６", name="  田中 一郎 ")
    assert (info.username, info.display_name, info.role, info.active) == (
        "tanaka", "田中 一郎", "volunteer", True)
    other = unlock_database(db_path, "tanaka", "ひだまり 2026")  # 半角 digits: same passphrase
    assert other.user.role == "volunteer"
    other.close()
    listed = {u.username: u for u in users.list_users(admin)}
    assert listed["tanaka"].last_unlock_at is not None
    assert listed["admin"].is_self and not listed["tanaka"].is_self
    assert ("user.add", info.id) in _actions(admin)


def test_reset_passphrase_by_admin(admin, db_path):
    info = _add(admin, "sato", "staff")
    users.reset_user_passphrase(admin, "sato", "忘れたので新しくした")
    with pytest.raises(WrongPassphrase):
        unlock_database(db_path, "sato", "はじめのパスフレーズ")
    unlock_database(db_path, "sato", "忘れたので新しくした").close()
    assert ("passphrase.reset_by_admin", info.id) in _actions(admin)
    with pytest.raises(UserChangeRefused, match="own passphrase"):
        users.reset_user_passphrase(admin, "admin", "another long one")
    with pytest.raises(ValidationError):
        users.reset_user_passphrase(admin, "sato", "short")


def test_change_role_rewraps_the_slot_with_the_new_role(admin, db_path):
    info = _add(admin, "suzuki", "volunteer")
    with pytest.raises(ValidationError) as caught:
        users.change_role(admin, "suzuki", "volunteer", "どうでもいい長い言葉")
    assert caught.value.fields == ("role",)
    users.change_role(admin, "suzuki", "staff", "スタッフになった鈴木さん")
    slots = [s for s in read_keyslot_file(keyslot_path(db_path)).slots if s.user_id == info.id]
    assert [(s.kind, s.role) for s in slots] == [("passphrase", "staff")]
    with pytest.raises(WrongPassphrase):
        unlock_database(db_path, "suzuki", "はじめのパスフレーズ")
    again = unlock_database(db_path, "suzuki", "スタッフになった鈴木さん")
    assert again.user.role == "staff"
    again.close()
    assert ("user.role", info.id) in _actions(admin)
    with pytest.raises(UserChangeRefused, match="own role"):
        users.change_role(admin, "admin", "staff", "どうでもいい長い言葉")


def test_disable_and_reactivate(admin, db_path):
    _add(admin, "yamada", "staff")
    users.disable_user(admin, "yamada")
    with pytest.raises(UnknownUser):
        unlock_database(db_path, "yamada", "はじめのパスフレーズ")
    listed = {u.username: u for u in users.list_users(admin)}
    assert not listed["yamada"].active and listed["yamada"].disabled_at
    with pytest.raises(UserChangeRefused, match="disabled"):
        users.reset_user_passphrase(admin, "yamada", "long enough passphrase")
    with pytest.raises(UserChangeRefused, match="own account"):
        users.disable_user(admin, "admin")
    users.reactivate_user(admin, "yamada", "戻ってきた山田さん")
    unlock_database(db_path, "yamada", "戻ってきた山田さん").close()
    with pytest.raises(UserChangeRefused, match="already"):
        users.reactivate_user(admin, "yamada", "戻ってきた山田さん")


def test_the_last_administrator_cannot_be_demoted_or_disabled(admin):
    second = _add(admin, "kanri2", "admin")
    stale = _as(admin, second)   # kanri2 signed in before being demoted
    users.change_role(admin, "kanri2", "staff", "もう管理者ではない")
    keys_before = _sha(keyslot_path(admin.db_path))
    for call in (lambda: users.change_role(stale, "admin", "staff", "long enough passphrase"),
                 lambda: users.disable_user(stale, "admin")):
        with pytest.raises(UserChangeRefused) as caught:
            call()
        assert "最後の管理者" in caught.value.message_ja
    assert _sha(keyslot_path(admin.db_path)) == keys_before
    me = next(u for u in users.list_users(admin) if u.is_self)
    only = dataclasses.replace(me, is_self=False)
    assert refusal([only], only, "disable") is not None
    assert refusal([only], only, "reset") is None


def test_change_own_passphrase_leaves_the_database_file_alone(admin, db_path):
    volunteer = _as(admin, _add(admin, "vol", "volunteer"))
    db_before = _sha(db_path)
    with pytest.raises(ValidationError) as caught:
        users.change_own_passphrase(volunteer, "間違えたパスフレーズ", "新しいパスフレーズです")
    assert caught.value.fields == ("current",)
    with pytest.raises(ValidationError) as caught:
        users.change_own_passphrase(volunteer, "", "short")
    assert caught.value.fields == ("current", "new")
    with pytest.raises(ValidationError) as caught:
        users.change_own_passphrase(volunteer, "はじめのパスフレーズ", "はじめのパスフレーズ")
    assert "いまと同じ" in caught.value.errors[0].message_ja
    keys_before = _sha(keyslot_path(db_path))
    users.change_own_passphrase(volunteer, "はじめのパスフレーズ", "ボランティアの新しい合言葉")
    assert _sha(db_path) == db_before            # the data pages are not rewritten
    assert _sha(keyslot_path(db_path)) != keys_before
    with pytest.raises(WrongPassphrase):
        unlock_database(db_path, "vol", "はじめのパスフレーズ")
    unlock_database(db_path, "vol", "ボランティアの新しい合言葉").close()
    unlock_database(db_path, "admin", PASSPHRASE).close()   # other slots untouched


def test_lock_and_suppression_settings(admin):
    assert org_settings.lock_settings(admin) == org_settings.LockSettings(10, False)
    assert org_settings.auto_lock_minutes(admin) == 10
    assert not org_settings.remember_device_allowed(admin)
    saved = org_settings.save_lock_settings(admin, org_settings.LockSettings(25, True))
    assert saved == org_settings.LockSettings(25, True)
    assert org_settings.auto_lock_minutes(admin) == 25
    assert org_settings.remember_device_allowed(admin)
    with pytest.raises(ValidationError) as caught:
        org_settings.save_lock_settings(admin, org_settings.LockSettings(0, True))
    assert caught.value.fields == ("auto_lock_minutes",)
    volunteer = signed_in(admin, "v", "volunteer")
    assert org_settings.lock_settings(volunteer).auto_lock_minutes == 25  # everyone reads it

    assert org_settings.suppression_settings(admin) == org_settings.SuppressionSettings(3, 10)
    with pytest.raises(ValidationError) as caught:
        org_settings.save_suppression_settings(admin, org_settings.SuppressionSettings(2, 9))
    assert caught.value.fields == ("k_activity", "k_sensitive")
    assert "下げることはできません" in caught.value.errors[0].message_ja
    org_settings.save_suppression_settings(admin, org_settings.SuppressionSettings(5, 10))
    assert org_settings.suppression_settings(admin).k_activity == 5
    changes = [a for a, _ in _actions(admin) if a == "settings.change"]
    assert len(changes) == 2   # saving unchanged values writes nothing


def test_role_change_forgets_remembered_computers_but_a_reset_keeps_them(admin, db_path):
    from kodoku_desk.services.database import save_keyfile
    from kodoku_desk.vault import vault

    info = _add(admin, "kato", "staff")
    keyfile, _ = vault.add_slot(admin._keyfile, admin._data_key, kind="device",
                                secret=b"device secret", user_id=info.id, username="kato",
                                role="staff", kdf=FAST_KDF)
    save_keyfile(admin, keyfile)

    def kinds():
        return sorted(s.kind for s in read_keyslot_file(keyslot_path(db_path)).slots
                      if s.user_id == info.id)

    users.reset_user_passphrase(admin, "kato", "リセット後の合言葉")
    assert kinds() == ["device", "passphrase"]
    users.change_role(admin, "kato", "volunteer", "ボランティアの合言葉")
    assert kinds() == ["passphrase"]          # volunteers never keep a device slot


def test_account_services_do_not_import_qt():
    import subprocess
    import sys

    code = ("import sys, kodoku_desk.services.users, kodoku_desk.services.audit_log, "
            "kodoku_desk.services.org_settings; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
