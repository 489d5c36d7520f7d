"""Keyslots: wrapping, unlocking, MAC and associated-data binding, passphrase normalization."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from kodoku_desk.vault import vault
from kodoku_desk.vault.errors import (
    KeyslotFileDamaged, KeyslotFileMissing, KeyslotTampered, LastSlotError, UnknownUser,
    WeakPassphrase, WrongPassphrase,
)
from kodoku_desk.vault.kdf import DEFAULT_PARAMS, MIN_MEMORY_KIB, KdfParams
from kodoku_desk.vault.keyslots import KeyslotFile, read_keyslot_file, write_keyslot_file
from kodoku_desk.vault.recovery import new_recovery_key
from tests.conftest import FAST_KDF


@pytest.fixture
def keyfile_and_key():
    key = vault.new_data_key()
    kf = vault.new_keyfile("db-1")
    kf, _ = vault.add_passphrase_slot(kf, key, user_id="u1", username="admin", role="admin",
                                      passphrase="パスフレーズ1234", kdf=FAST_KDF)
    return kf, key


def test_unlock_returns_the_data_key(keyfile_and_key):
    kf, key = keyfile_and_key
    assert vault.unlock_with_passphrase(kf, "admin", "パスフレーズ1234").data_key == key


def test_wrong_passphrase_and_unknown_user_are_distinct(keyfile_and_key):
    kf, _ = keyfile_and_key
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_passphrase(kf, "admin", "パスフレーズ1235")
    with pytest.raises(UnknownUser):
        vault.unlock_with_passphrase(kf, "nobody", "パスフレーズ1234")


def test_fullwidth_and_decomposed_input_open_the_same_slot(keyfile_and_key):
    kf, key = keyfile_and_key
    # IME full-width digits, and the dakuten typed as a combining mark (NFD).
    import unicodedata
    typed = unicodedata.normalize("NFD", "パスフレーズ１２３４")
    assert vault.unlock_with_passphrase(kf, "admin", typed).data_key == key


def test_short_passphrase_is_refused():
    key = vault.new_data_key()
    with pytest.raises(WeakPassphrase):
        vault.add_passphrase_slot(vault.new_keyfile("d"), key, user_id="u", username="a",
                                  role="admin", passphrase="short", kdf=FAST_KDF)


def test_editing_a_bound_field_breaks_the_slot(keyfile_and_key):
    kf, _ = keyfile_and_key
    slot = kf.slots[0]
    promoted = KeyslotFile(db_id=kf.db_id, generation=kf.generation,
                           slots=[replace(slot, role="volunteer")], mac=kf.mac)
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_passphrase(promoted, "admin", "パスフレーズ1234")


def test_tampered_file_is_caught_by_the_mac(keyfile_and_key):
    kf, key = keyfile_and_key
    other, _ = vault.add_passphrase_slot(vault.new_keyfile("db-1"), key, user_id="u9",
                                         username="mallory", role="admin",
                                         passphrase="mallory-pass", kdf=FAST_KDF)
    # An attacker who had the key once appends an old slot without re-sealing the MAC.
    forged = KeyslotFile(db_id=kf.db_id, generation=kf.generation,
                         slots=[*kf.slots, other.slots[0]], mac=kf.mac)
    with pytest.raises(KeyslotTampered):
        vault.unlock_with_passphrase(forged, "admin", "パスフレーズ1234")


def test_change_passphrase_rewraps_only_that_slot(keyfile_and_key):
    kf, key = keyfile_and_key
    kf2 = vault.change_passphrase(kf, key, kf.slots[0].slot_id, "新しいパスフレーズ")
    assert kf2.generation > kf.generation
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_passphrase(kf2, "admin", "パスフレーズ1234")
    assert vault.unlock_with_passphrase(kf2, "admin", "新しいパスフレーズ").data_key == key


def test_recovery_key_accepts_sloppy_typing(keyfile_and_key):
    kf, key = keyfile_and_key
    rk = new_recovery_key()
    kf, _ = vault.add_recovery_slot(kf, key, rk, kdf=FAST_KDF)
    sloppy = rk.lower().replace("-", " ").replace("o", "0")
    assert vault.unlock_with_recovery(kf, sloppy).data_key == key


def test_last_opening_slot_cannot_be_removed(keyfile_and_key):
    kf, key = keyfile_and_key
    with pytest.raises(LastSlotError):
        vault.remove_slot(kf, key, kf.slots[0].slot_id)


def test_keyslot_file_round_trip_and_damage(tmp_path, keyfile_and_key):
    kf, key = keyfile_and_key
    path = tmp_path / "x.keys"
    write_keyslot_file(path, kf)
    assert read_keyslot_file(path).to_bytes() == kf.to_bytes()
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind
    data = json.loads(path.read_text())
    data["slots"][0]["salt"] = "!!!"
    path.write_text(json.dumps(data))
    with pytest.raises(KeyslotFileDamaged):
        read_keyslot_file(path)
    path.write_bytes(b"\x00garbage")
    with pytest.raises(KeyslotFileDamaged):
        read_keyslot_file(path)
    with pytest.raises(KeyslotFileMissing):
        read_keyslot_file(tmp_path / "missing.keys")


def test_keyslot_file_holds_no_secret_material(keyfile_and_key):
    kf, key = keyfile_and_key
    raw = kf.to_bytes()
    assert key not in raw and key.hex().encode() not in raw
    assert "パスフレーズ".encode() not in raw


def test_production_kdf_meets_the_design_minimum():
    assert DEFAULT_PARAMS.memory_kib >= MIN_MEMORY_KIB == 64 * 1024
    assert DEFAULT_PARAMS.time_cost >= 3 and DEFAULT_PARAMS.lanes == 4
    with pytest.raises(ValueError):
        KdfParams.from_dict({"memory_kib": 10**9, "time_cost": 3, "lanes": 4, "alg": "argon2id"})
