"""Error codes from the lower layers → clear Japanese messages (translatable).

Every exception raised by ``vault``, ``store`` and ``services`` has a stable
``code``; this module is the one place that says, for each code, what happened
and what to do.  Unknown errors get a generic message plus the English detail.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Messages"
UNCHANGED = QT_TRANSLATE_NOOP("Messages", "ファイルは変更していません。")

# code → (message, say that no file was changed)
_BY_CODE: dict[str, tuple[str, bool]] = {
    "wrong_passphrase": (QT_TRANSLATE_NOOP(
        "Messages", "パスフレーズが違います。大文字と小文字、入力モード（かな／英数）を確かめて、"
        "もう一度入力してください。"), False),
    "unknown_user": (QT_TRANSLATE_NOOP(
        "Messages", "このデータベースに「{username}」という利用者はいません。利用者名を確かめてください。"),
        False),
    "user_disabled": (QT_TRANSLATE_NOOP(
        "Messages", "この利用者は無効にされているため開けません。管理者に連絡してください。"), False),
    "keyslot_missing": (QT_TRANSLATE_NOOP(
        "Messages", "鍵ファイル（データベースと同じ名前で末尾が .keys のファイル）が見つかりません。"
        "データベースと同じフォルダーにあるか確かめ、なければバックアップから両方を復元してください。"),
        True),
    "keyslot_damaged": (QT_TRANSLATE_NOOP(
        "Messages", "鍵ファイル（.keys）が壊れています。バックアップから復元してください。"), True),
    "keyslot_tampered": (QT_TRANSLATE_NOOP(
        "Messages", "鍵ファイル（.keys）が書き換えられたか、古いコピーに置き換えられています。"
        "安全のため開きません。管理者に連絡し、最新のバックアップを確かめてください。"), True),
    "db_missing": (QT_TRANSLATE_NOOP(
        "Messages", "データベースファイルが見つかりません。保存場所を確かめ、"
        "「別のファイルを選ぶ」から選んでください。"), False),
    "db_truncated": (QT_TRANSLATE_NOOP(
        "Messages", "データベースファイルが途中で切れています。バックアップから復元してください。"), True),
    "db_corrupt": (QT_TRANSLATE_NOOP(
        "Messages", "データベースファイルが壊れているため開けません。バックアップから復元してください。"),
        True),
    "db_not_encrypted": (QT_TRANSLATE_NOOP(
        "Messages", "このファイルはつながりデスクの暗号化データベースではありません。"
        "正しいファイル（.kdesk）を選んでください。"), True),
    "db_newer_schema": (QT_TRANSLATE_NOOP(
        "Messages", "このデータベースは新しいバージョンのつながりデスクで更新されています。"
        "アプリを最新版に更新してから開いてください。"), True),
    "db_wrong_keyslots": (QT_TRANSLATE_NOOP(
        "Messages", "鍵ファイル（.keys）が別のデータベースのものです。"
        "データベースと同じときに保存した鍵ファイルを同じフォルダーに置いてください。"), True),
    "db_locked": (QT_TRANSLATE_NOOP(
        "Messages", "このデータベースは別のウィンドウかパソコンで使用中です。"
        "そちらを閉じてから、もう一度開いてください。"), True),
    "db_exists": (QT_TRANSLATE_NOOP(
        "Messages", "その場所にはすでにデータベースがあります。別の場所を選ぶか、"
        "既存のデータベースを開いてください。"), True),
    "weak_passphrase": (QT_TRANSLATE_NOOP(
        "Messages", "パスフレーズが短すぎます。8文字以上にしてください。"
        "長い文章のようなパスフレーズがおすすめです。"), False),
    "invalid_username": (QT_TRANSLATE_NOOP(
        "Messages", "利用者名は半角の英字か数字で始め、半角英数字と「.」「_」「-」だけで"
        "32文字以内にしてください。"), False),
    "not_allowed": (QT_TRANSLATE_NOOP(
        "Messages", "この操作は有効な管理者だけができます。"), False),
    "last_slot": (QT_TRANSLATE_NOOP(
        "Messages", "これを削除するとデータベースを開く方法がなくなるため、削除できません。"), True),
    "slot_not_found": (QT_TRANSLATE_NOOP(
        "Messages", "指定された鍵が見つかりません。画面を開き直してもう一度お試しください。"), True),
}

# Messages that depend on what the user was doing.
_RECOVERY: dict[str, tuple[str, bool]] = {
    "wrong_passphrase": (QT_TRANSLATE_NOOP(
        "Messages", "回復キーが違います。印刷した回復キーを確かめて入力してください"
        "（ハイフンや空白はあってもなくてもかまいません）。"), True),
    "not_allowed": (QT_TRANSLATE_NOOP(
        "Messages", "「{username}」は有効な管理者ではありません。管理者の利用者名を入力してください。"),
        True),
}

GENERIC = QT_TRANSLATE_NOOP(
    "Messages", "予期しないエラーが起きました。もう一度お試しください。"
    "続く場合は、次の詳細を添えて管理者に連絡してください。")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_code(error: BaseException) -> str:
    return str(getattr(error, "code", "") or "")


def error_message(error: BaseException, *, context: str = "", **values: object) -> str:
    """A user-facing message for ``error``; ``context="recovery"`` for the recovery dialog.

    ``values`` fill placeholders such as ``{username}`` (the error's own
    ``details`` are used first).
    """
    if hasattr(error, "message_ja") and hasattr(error, "message_en"):
        # Service errors carry their own Japanese and English text.
        from kodoku_desk.ui.i18n import current_language

        return error.message_en if current_language() == "en" else error.message_ja
    message = code_message(error_code(error), context=context,
                           **{**values, **getattr(error, "details", {})})
    return message or f"{_t(GENERIC)}\n({type(error).__name__}: {error})"


def code_message(code: str, *, context: str = "", **fill: object) -> str:
    """The message for an error ``code``, or "" when the code is unknown."""
    table = _RECOVERY if context == "recovery" and code in _RECOVERY else _BY_CODE
    entry = table.get(code)
    if entry is None:
        return ""
    text, unchanged = entry
    message = _t(text)
    try:
        message = message.format(**fill)
    except (KeyError, IndexError, ValueError):
        pass
    if not unchanged:
        return message
    separator = "" if message.endswith("。") else " "
    return f"{message}{separator}{_t(UNCHANGED)}"
