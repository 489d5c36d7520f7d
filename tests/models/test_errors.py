import pickle

import pytest

from kodoku_desk.models.errors import FieldError, ValidationError, raise_if_errors

BIRTH = FieldError("birth_date", "生年月日が正しくありません。", "Birth date is invalid.")
KANA = FieldError("family_kana", "フリガナはカタカナで入力してください。", "Enter the reading in katakana.")


def test_field_error_messages_by_language():
    assert BIRTH.message() == "生年月日が正しくありません。"
    assert BIRTH.message("ja") == "生年月日が正しくありません。"
    assert BIRTH.message("en") == "Birth date is invalid."
    with pytest.raises(ValueError):
        BIRTH.message("fr")


def test_field_error_str_and_immutability():
    assert str(BIRTH) == "birth_date: Birth date is invalid."
    assert str(FieldError("", "記録全体", "Whole record")) == "Whole record"
    with pytest.raises(AttributeError):
        BIRTH.field = "x"  # type: ignore[misc]


def test_validation_error_is_value_error_with_english_str():
    err = ValidationError([BIRTH, KANA])
    assert isinstance(err, ValueError)
    assert err.errors == (BIRTH, KANA)
    assert str(err) == "birth_date: Birth date is invalid.; family_kana: Enter the reading in katakana."
    assert err.args == (str(err),)


def test_validation_error_accepts_single_and_shortcut():
    assert ValidationError(BIRTH).errors == (BIRTH,)
    err = ValidationError.single("birth_date", "生年月日が正しくありません。", "Birth date is invalid.")
    assert err.errors == (BIRTH,)


def test_validation_error_helpers():
    other = FieldError("birth_date", "未来の日付です。", "Date is in the future.")
    err = ValidationError([BIRTH, KANA, other])
    assert err.fields == ("birth_date", "family_kana")
    assert err.for_field("birth_date") == (BIRTH, other)
    assert err.for_field("phone") == ()
    assert err.messages() == (
        "生年月日が正しくありません。", "フリガナはカタカナで入力してください。", "未来の日付です。")
    assert err.messages("en")[1] == "Enter the reading in katakana."


def test_validation_error_rejects_empty_and_wrong_types():
    with pytest.raises(ValueError):
        ValidationError([])
    with pytest.raises(TypeError):
        ValidationError(["not a field error"])  # type: ignore[list-item]


def test_validation_error_accepts_generator():
    err = ValidationError(e for e in [BIRTH, KANA])
    assert err.errors == (BIRTH, KANA)


def test_validation_error_pickles():
    err = pickle.loads(pickle.dumps(ValidationError([BIRTH, KANA])))
    assert err.errors == (BIRTH, KANA)


def test_raise_if_errors():
    raise_if_errors([])
    raise_if_errors(iter(()))
    with pytest.raises(ValidationError) as info:
        raise_if_errors([KANA])
    assert info.value.errors == (KANA,)
