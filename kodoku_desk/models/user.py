"""Users of the app (table ``users``) and their :class:`Role` (権限).

Volunteers see what they need for 見守り and 居場所 but not the staff-only
records (assessments, referral details, staff notes), and may never keep a
device keyslot ("この端末で記憶する"); see DESIGN.md §4.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from .checks import Checker, clean
from .codelist import CodeList
from .labels import Label, LabeledEnum

__all__ = ["USER_LABELS", "USERNAME_RE", "Role", "User"]

#: Allowed user names: ASCII letters, digits, ``.``, ``_``, ``-``; 1–64 characters.
USERNAME_RE = re.compile(r"[A-Za-z0-9._\-]{1,64}")


class Role(LabeledEnum):
    """``users.role``."""

    ADMIN = ("admin", "管理者", "Administrator")
    STAFF = ("staff", "スタッフ", "Staff")
    VOLUNTEER = ("volunteer", "ボランティア", "Volunteer")

    @property
    def sees_staff_records(self) -> bool:
        """May open assessments, referral details and staff notes."""
        return self is not Role.VOLUNTEER

    @property
    def manages_users(self) -> bool:
        """May add, disable and re-key users, and change settings."""
        return self is Role.ADMIN

    @property
    def may_remember_device(self) -> bool:
        """May keep a device keyslot in the OS credential store (never volunteers)."""
        return self is not Role.VOLUNTEER


USER_LABELS: dict[str, Label] = {
    "username": Label("利用者名", "User name"),
    "display_name": Label("表示名", "Display name"),
    "role": Label("権限", "Role"),
    "active": Label("有効", "Active"),
    "allow_remember_device": Label("この端末で記憶することを許可", "Allow remembering on this computer"),
    "disabled_at": Label("無効にした日時", "Disabled at"),
}
_L = USER_LABELS


@dataclass(frozen=True, slots=True, kw_only=True)
class User:
    """An account; ``disabled_at`` is the stored UTC time stamp text."""

    id: str | None = None
    username: str = ""
    display_name: str = ""
    role: str = Role.STAFF.value
    active: bool = True
    allow_remember_device: bool = False
    disabled_at: str | None = None

    @property
    def role_enum(self) -> Role | None:
        return Role.parse(self.role)

    def normalized(self) -> User:
        """User name folded to ASCII (全角英数 → 半角) without spaces; names stripped."""
        username = "".join(unicodedata.normalize("NFKC", self.username or "").split())
        return replace(self, username=username, display_name=clean(self.display_name),
                       role=clean(self.role))

    def validate(self, *, today: date | None = None,
                 codes: Mapping[str, CodeList] | None = None) -> None:
        """Raise :class:`~.errors.ValidationError` listing every problem."""
        c = Checker(codes)
        if c.required("username", self.username, _L["username"]) and not USERNAME_RE.fullmatch(
                self.username):
            c.add("username", "利用者名は半角の英字・数字と「.」「_」「-」だけで、64文字以内にしてください。",
                  "User name may only use ASCII letters, digits, '.', '_' and '-' (at most 64).")
        c.required("display_name", self.display_name, _L["display_name"])
        if c.required("role", self.role, _L["role"], choose=True):
            c.choice("role", self.role, Role, _L["role"])
        role = self.role_enum
        if self.allow_remember_device and role is not None and not role.may_remember_device:
            c.add("allow_remember_device",
                  "ボランティアには「この端末で記憶する」を許可できません。許可を外してください。",
                  "Volunteers cannot be allowed to be remembered on a computer; untick it.")
        c.raise_if_any()
