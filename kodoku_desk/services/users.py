"""利用者の管理 (administrators only) and changing one's own passphrase.

Every account change goes through the vault: the role is bound into each keyslot
(GCM associated data, DESIGN.md §4), and a slot can only be wrapped again by
someone who knows its secret.  An administrator holds the data key while
unlocked, so they can *add* a slot for someone — that is how a new user, a
passphrase reset and a role change work: the administrator chooses a new
passphrase, a new slot is written and the old ones are dropped, in one atomic
write of the keyslot file.  A role change therefore always comes with a new
passphrase (and forgets that user's remembered computers, whose slots carry the
old role).  The database file is never re-encrypted.

Staff and volunteers calling an administrator's function get
:class:`~kodoku_desk.services.access.NotPermitted`.  Nobody can disable, demote
or re-key their own account here, and the last active administrator can be
neither disabled nor demoted.  Every change is audited with ids only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection

from kodoku_desk.models.errors import FieldError, ValidationError, raise_if_errors
from kodoku_desk.models.user import Role, User
from kodoku_desk.services import keys
from kodoku_desk.services.access import NotFound, NotPermitted, ServiceError
from kodoku_desk.services.database import InvalidUsername, check_username, save_keyfile
from kodoku_desk.services.session import Session
from kodoku_desk.store import audit_queries, users_admin, users_repo
from kodoku_desk.vault import vault
from kodoku_desk.vault.errors import WrongPassphrase
from kodoku_desk.vault.kdf import KdfParams
from kodoku_desk.vault.keyslots import KeyslotFile

MIN_PASSPHRASE_CHARS = vault.MIN_PASSPHRASE_CHARS
ROLE_ORDER = {role.value: i for i, role in enumerate(Role)}


class UserChangeRefused(ServiceError):
    """The change would lock someone out (yourself, the last administrator, a stopped account)."""

    code = "user_change_refused"


def require_admin(session: Session, what_ja: str = "利用者と設定の管理",
                  what_en: str = "managing users and settings") -> None:
    """NotPermitted unless the signed-in user is an administrator."""
    if not session.user.is_admin:
        raise NotPermitted(f"{what_ja}は管理者だけができます。必要なときは管理者に依頼してください。",
                           f"Only an administrator can do this ({what_en}); ask an administrator.",
                           role=session.user.role)


@dataclass(frozen=True)
class UserInfo:
    """One account as the 利用者 list shows it; times are stored UTC ISO texts."""

    id: str
    username: str
    display_name: str
    role: str
    active: bool
    created_at: str
    disabled_at: str | None = None
    last_unlock_at: str | None = None
    is_self: bool = False

    def role_label(self, lang: str = "ja") -> str:
        role = Role.parse(self.role)
        return role.label(lang) if role else self.role


# ---- passphrase policy ---------------------------------------------------------------------
def passphrase_length(passphrase: str) -> int:
    """Characters as the vault counts them: NFKC (全角 = 半角), outer spaces ignored."""
    return len(unicodedata.normalize("NFKC", passphrase).strip())


def passphrase_problem(passphrase: str, field: str = "passphrase",
                       username: str | None = None) -> FieldError | None:
    """Length over complexity: at least eight characters; not the user name itself."""
    count = passphrase_length(passphrase)
    if count < MIN_PASSPHRASE_CHARS:
        return FieldError(
            field, f"パスフレーズは{MIN_PASSPHRASE_CHARS}文字以上にしてください（いまは{count}文字です）。"
                   "記号を混ぜるより、長い文章のようなパスフレーズがおすすめです。",
            f"The passphrase needs at least {MIN_PASSPHRASE_CHARS} characters (it has {count}); "
            "a long sentence is better than a short one with symbols.")
    folded = unicodedata.normalize("NFKC", passphrase).strip().casefold()
    if username and folded == username.casefold():
        return FieldError(field, "利用者名と同じパスフレーズは使えません。",
                          "The passphrase cannot be the user name.")
    return None


# ---- reading -------------------------------------------------------------------------------
def _info(row, last_unlocks: dict[str, str], me: str) -> UserInfo:
    return UserInfo(id=row["id"], username=row["username"], display_name=row["display_name"],
                    role=row["role"], active=bool(row["active"]), created_at=row["created_at"],
                    disabled_at=row["disabled_at"], last_unlock_at=last_unlocks.get(row["id"]),
                    is_self=row["id"] == me)


def _all(session: Session, conn: Connection) -> list[UserInfo]:
    last = audit_queries.last_unlocks(conn)
    infos = [_info(row, last, session.user.id) for row in users_repo.all_users(conn)]
    return sorted(infos, key=lambda u: (not u.active, ROLE_ORDER.get(u.role, 9), u.username))


def list_users(session: Session) -> list[UserInfo]:
    """Every account, active ones first (by role), with the time of the last unlock."""
    require_admin(session)
    with session.engine.connect() as conn:
        return _all(session, conn)


def refusal(users: list[UserInfo], target: UserInfo, action: str) -> UserChangeRefused | None:
    """Why ``action`` (disable | role | reset | reactivate) may not be done to ``target``.

    ``users`` is the whole list (for the last-administrator rule); the UI asks
    before showing a confirmation, the service asks again before writing.
    """
    name = target.display_name
    if target.is_self and action != "reactivate":
        if action == "reset":
            return UserChangeRefused(
                "自分のパスフレーズは「自分のパスフレーズ」で変更してください（いまのパスフレーズが必要です）。",
                "Change your own passphrase under 'My passphrase' (it asks for the current one).")
        return UserChangeRefused(
            "自分のアカウントの利用停止や権限の変更はできません。ほかの管理者に依頼してください。",
            "You cannot disable your own account or change your own role; ask another "
            "administrator.")
    if action == "reactivate":
        if target.active:
            return UserChangeRefused(f"{name}さんはすでに利用できる状態です。",
                                     f"{target.username} can already sign in.")
        return None
    if not target.active:
        return UserChangeRefused(
            f"{name}さんは利用を停止しています。先に「利用を再開」してください。",
            f"{target.username} is disabled; reactivate the account first.")
    other_admins = [u for u in users if u.active and u.role == Role.ADMIN and u.id != target.id]
    if action in ("disable", "role") and target.role == Role.ADMIN and not other_admins:
        return UserChangeRefused(
            f"{name}さんは最後の管理者です。管理者がいなくなると利用者や設定を管理できなくなるため、"
            "利用停止も権限の変更もできません。先にほかの利用者を管理者にしてください。",
            f"{target.username} is the last administrator; without one nobody could manage "
            "users or settings. Make someone else an administrator first.")
    return None


def _target(session: Session, conn: Connection, username: str, action: str,
            ) -> tuple[UserInfo, list[UserInfo]]:
    everyone = _all(session, conn)
    target = next((u for u in everyone if u.username == username), None)
    if target is None:
        raise NotFound(f"利用者「{username}」が見つかりません。一覧を開き直してください。",
                       f"There is no user {username!r}; reload the list.", username=username)
    problem = refusal(everyone, target, action)
    if problem is not None:
        raise problem
    return target, everyone


def _rekeyed(session: Session, target: UserInfo, role: str, passphrase: str,
             drop_kinds: tuple[str, ...], kdf: KdfParams | None) -> KeyslotFile:
    """A new passphrase slot for ``target`` with ``role``; their slots of ``drop_kinds`` gone."""
    keyfile = session._keyfile
    old = [s for s in keyfile.slots if s.user_id == target.id and s.kind in drop_kinds]
    own = [s for s in old if s.kind == "passphrase"]
    kdf = kdf or (own[0].kdf if own else keyfile.slots[0].kdf)
    keyfile, _ = vault.add_passphrase_slot(keyfile, session._data_key, user_id=target.id,
                                           username=target.username, role=role,
                                           passphrase=passphrase, kdf=kdf)
    for slot in old:
        keyfile = vault.remove_slot(keyfile, session._data_key, slot.slot_id)
    return keyfile


def _check_passphrase(passphrase: str, username: str, field: str = "passphrase") -> None:
    problem = passphrase_problem(passphrase, field, username)
    if problem is not None:
        raise ValidationError(problem)


# ---- changes -------------------------------------------------------------------------------
def add_user(session: Session, *, username: str, display_name: str, role: str,
             passphrase: str, kdf: KdfParams | None = None) -> UserInfo:
    """A new account and its passphrase slot; every input problem is reported at once."""
    require_admin(session)
    user = User(username=username, display_name=display_name, role=role).normalized()
    problems: list[FieldError] = []
    try:
        user.validate()
    except ValidationError as exc:
        problems.extend(exc.errors)
    if not any(p.field == "username" for p in problems):
        try:
            check_username(user.username)
        except InvalidUsername:
            problems.append(FieldError(
                "username", "利用者名は半角の英字か数字で始め、半角英数字と「.」「_」「-」だけで"
                            "32文字以内にしてください。",
                "A user name starts with a letter or digit and uses only ASCII letters, digits, "
                "'.', '_' and '-' (at most 32)."))
        else:
            with session.engine.connect() as conn:
                taken = {u["username"].casefold() for u in users_repo.all_users(conn)}
            if user.username.casefold() in taken or session._keyfile.slots_for(user.username):
                problems.append(FieldError(
                    "username", f"利用者名「{user.username}」はすでに使われています。別の名前にしてください。",
                    f"The user name {user.username!r} is already taken; choose another."))
    problem = passphrase_problem(passphrase, "passphrase", user.username)
    if problem is not None:
        problems.append(problem)
    raise_if_errors(problems)
    user_id = keys.add_user(session, username=user.username, display_name=user.display_name,
                            role=user.role, passphrase=passphrase, kdf=kdf)
    with session.engine.connect() as conn:
        return next(u for u in _all(session, conn) if u.id == user_id)


def change_role(session: Session, username: str, role: str, new_passphrase: str,
                kdf: KdfParams | None = None) -> None:
    """New role with a new passphrase (the role is bound into the slot); devices forgotten."""
    require_admin(session)
    if Role.parse(role) is None:
        raise ValidationError.single("role", "権限を一覧から選んでください。",
                                     "Choose a role from the list.")
    with session.engine.begin() as conn:
        target, _ = _target(session, conn, username, "role")
        if target.role == role:
            raise ValidationError.single("role", "いまと同じ権限です。別の権限を選んでください。",
                                         "That is the current role; choose another one.")
        _check_passphrase(new_passphrase, target.username)
        keyfile = _rekeyed(session, target, role, new_passphrase, ("passphrase", "device"), kdf)
        users_admin.set_role(conn, target.id, role)
        session.audit(conn, "user.role", target_kind="user", target_id=target.id,
                      detail={"from": target.role, "to": role})
        save_keyfile(session, keyfile, conn)


def reset_user_passphrase(session: Session, username: str, new_passphrase: str,
                          kdf: KdfParams | None = None) -> None:
    """Forgotten passphrase: the administrator sets a new one (remembered computers stay)."""
    require_admin(session)
    with session.engine.begin() as conn:
        target, _ = _target(session, conn, username, "reset")
        _check_passphrase(new_passphrase, target.username)
        keyfile = _rekeyed(session, target, target.role, new_passphrase, ("passphrase",), kdf)
        session.audit(conn, "passphrase.reset_by_admin", target_kind="user", target_id=target.id)
        save_keyfile(session, keyfile, conn)


def disable_user(session: Session, username: str) -> None:
    """Stop an account: every keyslot of the user is removed, the history stays."""
    require_admin(session)
    with session.engine.connect() as conn:
        _target(session, conn, username, "disable")
    keys.disable_user(session, username)


def reactivate_user(session: Session, username: str, new_passphrase: str,
                    kdf: KdfParams | None = None) -> None:
    """Let a stopped account sign in again, with a passphrase the administrator chooses."""
    require_admin(session)
    with session.engine.begin() as conn:
        target, _ = _target(session, conn, username, "reactivate")
        _check_passphrase(new_passphrase, target.username)
        keyfile = _rekeyed(session, target, target.role, new_passphrase,
                           ("passphrase", "device"), kdf)
        users_repo.set_active(conn, target.id, True)
        session.audit(conn, "user.reactivate", target_kind="user", target_id=target.id)
        save_keyfile(session, keyfile, conn)


def change_own_passphrase(session: Session, current: str, new: str) -> None:
    """Anyone: rewrap one's own slot (only the .keys file changes, never the database)."""
    problems: list[FieldError] = []
    if not current:
        problems.append(FieldError("current", "いまのパスフレーズを入力してください。",
                                   "Enter your current passphrase."))
    problem = passphrase_problem(new, "new", session.user.username)
    if problem is not None:
        problems.append(problem)
    elif unicodedata.normalize("NFKC", new) == unicodedata.normalize("NFKC", current):
        problems.append(FieldError("new", "いまと同じパスフレーズです。新しいパスフレーズを入力してください。",
                                   "That is your current passphrase; enter a new one."))
    raise_if_errors(problems)
    try:
        keys.change_passphrase(session, current, new)
    except WrongPassphrase:
        raise ValidationError.single(
            "current", "いまのパスフレーズが違います。入力モード（かな／英数）も確かめてください。",
            "The current passphrase is wrong; check the keyboard input mode.") from None
