"""Referral status as the issue and the platform name it: 紹介済み / つながった / 不成立.

- Built-in labels of ``referral_outcome`` that an organisation has not edited
  are updated (調整中 → 紹介済み, つながらなかった → 不成立, list title aside).
- The code ``declined`` (本人辞退) is folded into ``not_connected`` (不成立);
  the reason is kept at the start of the referral's note so nothing is lost.
  Its built-in code row is removed unless an organisation edited its label.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

RELABEL = (("in_progress", "調整中", "In progress", "紹介済み", "Referred"),
           ("not_connected", "つながらなかった", "Not connected", "不成立", "Did not connect"))


def upgrade() -> None:
    conn = op.get_bind()
    for code, old_ja, old_en, new_ja, new_en in RELABEL:
        conn.execute(sa.text(
            "UPDATE code_items SET label_ja = :new_ja, label_en = :new_en "
            "WHERE list_name = 'referral_outcome' AND code = :code AND builtin = 1 "
            "AND label_ja = :old_ja AND label_en = :old_en"),
            {"code": code, "old_ja": old_ja, "old_en": old_en, "new_ja": new_ja, "new_en": new_en})
    conn.execute(sa.text(
        "UPDATE referrals SET outcome = 'not_connected', "
        "note = CASE WHEN note IS NULL OR note = '' THEN '本人辞退' "
        "ELSE '本人辞退。' || note END "
        "WHERE outcome = 'declined'"))
    conn.execute(sa.text(
        "DELETE FROM code_items WHERE list_name = 'referral_outcome' AND code = 'declined' "
        "AND builtin = 1 AND label_ja = '本人辞退'"))


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
