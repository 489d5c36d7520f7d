"""Every error code from the lower layers has its own clear Japanese message."""

from __future__ import annotations

import pytest

from kodoku_desk.services.database import InvalidUsername, UserDisabled
from kodoku_desk.services.keys import NotAllowed
from kodoku_desk.store import errors as store_errors
from kodoku_desk.ui.messages import GENERIC, code_message, error_message
from kodoku_desk.vault import errors as vault_errors

CODES = ["wrong_passphrase", "unknown_user", "keyslot_missing", "keyslot_damaged",
         "keyslot_tampered", "db_missing", "db_truncated", "db_corrupt", "db_not_encrypted",
         "db_newer_schema", "db_exists", "weak_passphrase", "invalid_username", "user_disabled",
         "db_wrong_keyslots", "db_locked", "not_allowed", "last_slot", "slot_not_found"]


@pytest.mark.parametrize("code", CODES)
def test_each_code_has_a_specific_message(code):
    message = code_message(code, username="tanaka")
    assert message and GENERIC not in message
    assert message.endswith("。")


def test_every_error_class_is_covered():
    classes = [c for module in (vault_errors, store_errors) for c in vars(module).values()
               if isinstance(c, type) and issubclass(c, vault_errors.VaultError)]
    classes += [InvalidUsername, UserDisabled, NotAllowed]
    generic = {"vault_error", "store_error"}
    for cls in classes:
        if cls.code not in generic:
            assert code_message(cls.code), f"no message for {cls.__name__} ({cls.code})"


def test_messages_are_specific():
    assert error_message(store_errors.DatabaseTruncated("cut")) == (
        "データベースファイルが途中で切れています。バックアップから復元してください。"
        "ファイルは変更していません。")
    assert "「yamada」" in error_message(vault_errors.UnknownUser("x", username="yamada"))
    assert error_message(vault_errors.WrongPassphrase("x"), context="recovery").startswith(
        "回復キーが違います。")
    assert error_message(NotAllowed("x"), context="recovery", username="staff1").startswith(
        "「staff1」は有効な管理者ではありません。")


def test_unknown_error_gets_generic_message_with_english_detail():
    message = error_message(RuntimeError("disk I/O error"))
    assert message.startswith("予期しないエラーが起きました。")
    assert "RuntimeError: disk I/O error" in message
