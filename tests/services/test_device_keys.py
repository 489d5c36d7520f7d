"""「このパソコンに記憶する」: device keyslots with the secret in the (in-memory) keyring.

Remembering, unlocking with the device, forgetting, the administrator's revoke, the
refusals (volunteers, not allowed), and every fallback to the passphrase: credential
store unavailable, secret gone, secret or slot changed.  The data key never reaches
the credential store.
"""

from __future__ import annotations

import base64
import json

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError
from sqlalchemy import text

from kodoku_desk.services import device_keys, org_settings, users
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.device_keys import SERVICE, DeviceKeyError
from kodoku_desk.vault import vault
from kodoku_desk.vault.errors import KeyslotTampered
from kodoku_desk.vault.keyslots import KeyslotFile, keyslot_path, read_keyslot_file
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.files import snapshot

STAFF_PASS = "加藤さんの長い合言葉"
VOL_PASS = "ボランティアの合言葉です"


class FailingKeyring(KeyringBackend):
    """A credential store that is there but refuses everything (locked, broken)."""

    priority = 1

    def get_password(self, service, username):
        raise KeyringError("the credential store is locked")

    def set_password(self, service, username, password):
        raise KeyringError("the credential store is locked")

    def delete_password(self, service, username):
        raise KeyringError("the credential store is locked")


class ForgetfulKeyring(KeyringBackend):
    """Accepts a secret without error but does not keep it."""

    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        pass

    def delete_password(self, service, username):
        pass


@pytest.fixture(autouse=True)
def host(monkeypatch):
    monkeypatch.setattr(device_keys.platform, "node", lambda: "JIMUSHO-PC")


@pytest.fixture
def admin(new_db):
    session = new_db[0]
    org_settings.save_lock_settings(session, org_settings.LockSettings(10, True))
    return session


@pytest.fixture
def staff(admin, db_path):
    users.add_user(admin, username="kato", display_name="加藤 次郎", role="staff",
                   passphrase=STAFF_PASS, kdf=FAST_KDF)
    admin.close()
    session = unlock_database(db_path, "kato", STAFF_PASS)
    yield session
    session.close()


def _files(db_path) -> dict[str, str]:
    """Every file of the database but the SQLite shared-memory index (touched by reads)."""
    return {name: digest for name, digest in snapshot(db_path.parent).items()
            if not name.endswith("-shm")}


def _keys_bytes(db_path) -> bytes:
    return keyslot_path(db_path).read_bytes()


def _device_slots(db_path):
    return [s for s in read_keyslot_file(keyslot_path(db_path)).slots if s.kind == "device"]


def _actions(session) -> list[str]:
    with session.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT action FROM audit_log ORDER BY seq"))]


def _audit_details(session, action) -> list[dict]:
    with session.engine.connect() as conn:
        rows = conn.execute(text("SELECT detail FROM audit_log WHERE action = :a ORDER BY seq"),
                            {"a": action}).all()
    return [json.loads(r[0]) if r[0] else {} for r in rows]


def _secret_entries(memory_keyring) -> dict[str, str]:
    """Credential entries that hold a slot secret (account db:user:slot)."""
    return {account: value for (service, account), value in memory_keyring.items.items()
            if service == SERVICE and account.count(":") == 2}


def test_remember_then_unlock_with_device_as_the_same_user(staff, db_path, memory_keyring):
    assert not device_keys.has_device_slot(staff)
    info = device_keys.remember_this_computer(staff)
    assert device_keys.has_device_slot(staff)
    assert (info.username, info.role, info.device) == ("kato", "staff", "JIMUSHO-PC")
    slot = _device_slots(db_path)[0]
    assert (slot.user_id, slot.username, slot.role, slot.device) == (
        staff.user.id, "kato", "staff", "JIMUSHO-PC")
    assert _actions(staff)[-1] == "device.remember"
    assert _audit_details(staff, "device.remember") == [{"slot_id": slot.slot_id,
                                                         "replaced": []}]
    user_id, db_id = staff.user.id, staff.db_id
    staff.close()

    assert device_keys.device_status(db_path, "kato").ready
    assert not device_keys.device_status(db_path, "admin").ready
    result = device_keys.unlock_with_device(db_path, "kato")
    assert result.ok and result.code == "ready"
    session = result.session
    try:
        assert (session.user.id, session.user.username, session.user.role) == (
            user_id, "kato", "staff")
        assert session.db_id == db_id
        assert _actions(session)[-1] == "unlock.device"
        assert _audit_details(session, "unlock.device")[-1] == {"slot_kind": "device"}
    finally:
        session.close()
    # the passphrase slot is still there and still works
    unlock_database(db_path, "kato", STAFF_PASS).close()


def test_the_data_key_never_goes_to_the_credential_store(staff, memory_keyring):
    device_keys.remember_this_computer(staff)
    data_key = staff._data_key
    entries = _secret_entries(memory_keyring)
    assert len(entries) == 1
    account, value = next(iter(entries.items()))
    slot = next(s for s in staff._keyfile.slots if s.kind == "device")
    assert account == f"{staff.db_id}:{staff.user.id}:{slot.slot_id}"
    secret = base64.urlsafe_b64decode(value)
    assert len(secret) == 32 and secret != data_key
    stored = " ".join(memory_keyring.items.values())
    for encoded in (data_key.hex(), base64.b64encode(data_key).decode(),
                    base64.urlsafe_b64encode(data_key).decode()):
        assert encoded not in stored
    # a second remember gets a new random secret, replacing the first slot and entry
    device_keys.remember_this_computer(staff)
    again = _secret_entries(memory_keyring)
    assert len(again) == 1 and next(iter(again.values())) != value
    assert len([s for s in staff._keyfile.slots if s.kind == "device"]) == 1


def test_forget_removes_the_slot_and_entry_and_the_passphrase_still_works(staff, db_path,
                                                                          memory_keyring):
    device_keys.remember_this_computer(staff)
    assert device_keys.forget_this_computer(staff) == 1
    assert _device_slots(db_path) == [] and not device_keys.has_device_slot(staff)
    assert memory_keyring.items == {}
    assert _actions(staff)[-1] == "device.forget"
    assert device_keys.forget_this_computer(staff) == 0     # nothing left: no change
    staff.close()

    result = device_keys.unlock_with_device(db_path, "kato")
    assert not result.ok and result.code == "not_remembered"
    assert result.message_ja == ("このパソコンには「kato」さんの鍵は記憶されていません。"
                                 "パスフレーズで開いてください。")
    assert "open with the passphrase" in result.message_en
    unlock_database(db_path, "kato", STAFF_PASS).close()


def test_admin_revokes_every_device_slot(admin, db_path, memory_keyring):
    users.add_user(admin, username="kato", display_name="加藤", role="staff",
                   passphrase=STAFF_PASS, kdf=FAST_KDF)
    device_keys.remember_this_computer(admin)
    admin.close()
    staff = unlock_database(db_path, "kato", STAFF_PASS)
    device_keys.remember_this_computer(staff)
    staff.close()
    admin = unlock_database(db_path, "admin", PASSPHRASE)
    try:
        assert device_keys.device_slot_count(admin) == 2
        listed = device_keys.list_device_slots(admin)
        assert sorted(d.username for d in listed) == ["admin", "kato"]
        assert {d.device for d in listed} == {"JIMUSHO-PC"}
        assert device_keys.revoke_all_devices(admin) == 2
        assert device_keys.device_slot_count(admin) == 0
        assert _audit_details(admin, "device.revoke_all") == [{"count": 2}]
        assert device_keys.revoke_all_devices(admin) == 0
    finally:
        admin.close()
    kinds = sorted(s.kind for s in read_keyslot_file(keyslot_path(db_path)).slots)
    assert kinds == ["passphrase", "passphrase", "recovery"]
    assert _secret_entries(memory_keyring) == {}   # this computer's secrets are gone too

    result = device_keys.unlock_with_device(db_path, "kato")
    assert result.code == "revoked" and "取り消されています" in result.message_ja
    status = device_keys.device_status(db_path, "kato")
    assert status.code == "revoked" and status.notable
    # after one passphrase unlock the notice is not shown again
    staff = unlock_database(db_path, "kato", STAFF_PASS)
    device_keys.clear_stale_entries(staff)
    staff.close()
    assert device_keys.device_status(db_path, "kato").code == "not_remembered"


def test_only_an_administrator_revokes(staff):
    for call in (device_keys.revoke_all_devices, device_keys.list_device_slots,
                 device_keys.device_slot_count):
        with pytest.raises(NotPermitted) as caught:
            call(staff)
        assert "管理者だけ" in caught.value.message_ja


def test_volunteers_are_refused_and_nothing_changes(admin, db_path, memory_keyring):
    users.add_user(admin, username="vol", display_name="ボラ", role="volunteer",
                   passphrase=VOL_PASS, kdf=FAST_KDF)
    admin.close()
    volunteer = unlock_database(db_path, "vol", VOL_PASS)
    before = _files(db_path)
    try:
        with pytest.raises(NotPermitted) as caught:
            device_keys.remember_this_computer(volunteer)
        assert "ボランティアのアカウントでは" in caught.value.message_ja
        assert "Volunteer accounts" in str(caught.value)
        assert _files(db_path) == before and memory_keyring.items == {}
    finally:
        volunteer.close()


def test_refused_while_the_administrator_does_not_allow_it(new_db, db_path, memory_keyring):
    admin = new_db[0]
    assert not org_settings.remember_device_allowed(admin)   # off by default
    before = _files(db_path)
    with pytest.raises(NotPermitted) as caught:
        device_keys.remember_this_computer(admin)
    assert "許可していません" in caught.value.message_ja
    assert _files(db_path) == before and memory_keyring.items == {}


def test_forbidding_later_stops_the_remembered_key(admin, db_path, memory_keyring):
    device_keys.remember_this_computer(admin)
    org_settings.save_lock_settings(admin, org_settings.LockSettings(10, False))
    admin.close()
    result = device_keys.unlock_with_device(db_path, "admin")
    assert not result.ok and result.code == "forbidden"
    assert "許可していない" in result.message_ja
    assert _device_slots(db_path) == [] and memory_keyring.items == {}
    session = unlock_database(db_path, "admin", PASSPHRASE)
    try:
        assert _actions(session)[-3:] == ["unlock.device", "device.forget", "unlock"]
        assert _audit_details(session, "device.forget")[-1]["reason"] == "forbidden"
    finally:
        session.close()


@pytest.mark.parametrize("backend", [FailingKeyring, fail.Keyring, ForgetfulKeyring])
def test_remember_with_a_failing_store_changes_nothing(staff, db_path, backend):
    keyring.set_keyring(backend())
    before, keys_before = _files(db_path), _keys_bytes(db_path)
    with pytest.raises(DeviceKeyError) as caught:
        device_keys.remember_this_computer(staff)
    assert caught.value.message_ja.startswith("パソコンの資格情報の保管庫")
    assert "何も変更していません" in caught.value.message_ja
    assert _keys_bytes(db_path) == keys_before and _files(db_path) == before
    assert "device.remember" not in _actions(staff)
    assert not any(s.kind == "device" for s in staff._keyfile.slots)


@pytest.mark.parametrize("backend", [FailingKeyring, fail.Keyring])
def test_unlock_falls_back_when_the_store_is_unavailable(staff, db_path, backend):
    device_keys.remember_this_computer(staff)
    staff.close()
    keyring.set_keyring(backend())
    before = _files(db_path)
    status = device_keys.device_status(db_path, "kato")
    assert status.code == "keyring_unavailable" and status.notable
    result = device_keys.unlock_with_device(db_path, "kato")
    assert not result.ok and result.code == "keyring_unavailable"
    assert "資格情報の保管庫" in result.message_ja and "パスフレーズで開いて" in result.message_ja
    assert _files(db_path) == before
    unlock_database(db_path, "kato", STAFF_PASS).close()


def test_unavailable_store_is_not_mentioned_to_someone_never_remembered(new_db, db_path):
    new_db[0].close()
    keyring.set_keyring(FailingKeyring())
    status = device_keys.device_status(db_path, "admin")
    assert status.code == "not_remembered" and not status.notable


def test_secret_deleted_from_the_store_falls_back(staff, db_path, memory_keyring):
    device_keys.remember_this_computer(staff)
    staff.close()
    for account in _secret_entries(memory_keyring):
        keyring.delete_password(SERVICE, account)
    before = _files(db_path)
    result = device_keys.unlock_with_device(db_path, "kato")
    assert not result.ok and result.code == "secret_missing"
    assert "消えています" in result.message_ja
    assert _files(db_path) == before
    # even when the whole store was wiped, the host name tells that it was remembered here
    memory_keyring.items.clear()
    assert device_keys.unlock_with_device(db_path, "kato").code == "secret_missing"
    unlock_database(db_path, "kato", STAFF_PASS).close()


@pytest.mark.parametrize("value", ["not base64 at all!", None])
def test_a_changed_secret_is_rejected_and_the_passphrase_works(staff, db_path,
                                                               memory_keyring, value):
    device_keys.remember_this_computer(staff)
    staff.close()
    account = next(iter(_secret_entries(memory_keyring)))
    other = base64.urlsafe_b64encode(vault.new_data_key()).decode()
    keyring.set_password(SERVICE, account, value or other)
    before = _files(db_path)
    result = device_keys.unlock_with_device(db_path, "kato")
    assert not result.ok and result.code == "rejected"
    assert "開けませんでした" in result.message_ja
    assert _files(db_path) == before
    unlock_database(db_path, "kato", STAFF_PASS).close()


@pytest.mark.parametrize("field, value", [("role", "admin"), ("device", "OTHER-PC"),
                                          ("username", "admin")])
def test_an_edited_device_slot_is_rejected(staff, db_path, field, value):
    """Any edit of the slot breaks it (bound fields); the file MAC catches it as well."""
    device_keys.remember_this_computer(staff)
    staff.close()
    path = keyslot_path(db_path)
    original = path.read_bytes()
    data = json.loads(original)
    device = next(s for s in data["slots"] if s["kind"] == "device")
    device[field] = value
    path.write_bytes(json.dumps(data).encode())
    before = _files(db_path)
    for username in ("kato", "admin"):
        result = device_keys.unlock_with_device(db_path, username)
        assert not result.ok, username
    assert device_keys.unlock_with_device(db_path, "kato").code in (
        "rejected", "secret_missing", "not_remembered")
    assert _files(db_path) == before
    # the passphrase slot itself is intact, but the file MAC refuses any edited file
    with pytest.raises(KeyslotTampered):
        unlock_database(db_path, "kato", STAFF_PASS)
    path.write_bytes(original)               # the untouched file opens both ways again
    unlock_database(db_path, "kato", STAFF_PASS).close()
    result = device_keys.unlock_with_device(db_path, "kato")
    assert result.ok
    result.session.close()


def test_device_label_is_bound_into_the_slot(new_db):
    session = new_db[0]
    secret = b"\x01" * 32
    keyfile, slot = vault.add_device_slot(session._keyfile, session._data_key, secret=secret,
                                          user_id=session.user.id, username="admin",
                                          role="admin", device="JIMUSHO-PC", kdf=FAST_KDF)
    round_trip = KeyslotFile.from_bytes(keyfile.to_bytes())
    assert round_trip.slots[-1].device == "JIMUSHO-PC"
    opened = vault.unlock_with_secret(round_trip, "device", secret, username="admin",
                                      slot_id=slot.slot_id)
    assert opened.data_key == session._data_key
    assert all(s.device is None and "device" not in s.to_dict()
               for s in round_trip.slots if s.kind != "device")
    with pytest.raises(ValueError):
        vault.add_device_slot(session._keyfile, session._data_key, secret=b"short",
                              user_id="u", username="admin", role="admin", device="x")


def test_revoked_on_another_computer_leaves_entries_here_that_open_nothing(staff, db_path,
                                                                          memory_keyring):
    device_keys.remember_this_computer(staff)
    entries_here = dict(memory_keyring.items)
    staff.close()
    admin = unlock_database(db_path, "admin", PASSPHRASE)
    device_keys.revoke_all_devices(admin)        # on the office PC …
    admin.close()
    memory_keyring.items.update(entries_here)    # … while kato's laptop keeps its entries
    before = _files(db_path)
    result = device_keys.unlock_with_device(db_path, "kato")
    assert not result.ok and result.code == "revoked"
    assert _files(db_path) == before
    staff = unlock_database(db_path, "kato", STAFF_PASS)
    try:
        device_keys.clear_stale_entries(staff)
    finally:
        staff.close()
    assert memory_keyring.items == {}
