"""関係機関の追加・編集: one dialog for a new entry of the directory and for changing one.

Saving calls :func:`~kodoku_desk.services.referrals.add_organization` or
:func:`~kodoku_desk.services.referrals.update_organization`; each validation
message is shown under its field and nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.records import Organization
from kodoku_desk.services import code_lists
from kodoku_desk.services.referrals import add_organization, update_organization
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.record_form import RecordFormDialog, add_code_items, select_data

ORG_LISTS = ("org_kind", "district")


def in_kind_order(orgs: list[Organization], kinds) -> list[Organization]:
    """Organisations in the order of the 種類 list (stable: the service's name order stays)."""
    order = {code: i for i, code in enumerate(kinds.codes())} if kinds else {}
    return sorted(orgs, key=lambda o: order.get(o.kind, len(order)))


class OrganizationDialog(RecordFormDialog):
    """Add (``org=None``) or edit an :class:`Organization`; emits :attr:`saved` with the
    stored one (also kept in :attr:`saved_org`)."""

    def __init__(self, session, org: Organization | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.org = org
        self.saved_org: Organization | None = None
        self.lists = code_lists.lists_for(session, ORG_LISTS)
        self.set_title(self.tr("関係機関を編集") if org else self.tr("関係機関を追加"))
        self._build()
        self._fill(org or Organization())
        self.remember_initial()
        self.name.setFocus()

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    def _build(self) -> None:
        self.name = self.add_row(self.tr("機関名"), "name",
                                 self._line(self.tr("例：中央地域包括支援センター")))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("（選んでください）"), None)
        add_code_items(self.kind, self.lists.get("org_kind"), self.lang,
                       self.org.kind if self.org else None)
        self.kind.setMaximumWidth(360)
        self.add_row(self.tr("種類"), "kind", self.kind)
        self.phone = self.add_row(self.tr("電話番号"), "phone", self._line("03-1234-5678"))
        self.phone.setMaximumWidth(320)
        self.contact_person = self.add_row(self.tr("担当者"), "contact_person",
                                           self._line(self.tr("例：相談員 佐藤さん")))
        self.address = self.add_row(self.tr("住所"), "address", self._line())
        self.district = QComboBox()
        self.district.addItem(self.tr("（未選択）"), None)
        current_district = self.org.district_code if self.org else None
        add_code_items(self.district, self.lists.get("district"), self.lang, current_district)
        self.district.setMaximumWidth(360)
        if self.district.count() > 1:  # the organisation has districts (or this entry has one)
            self.add_row(self.tr("地区"), "district_code", self.district)
        self.council_member = QCheckBox(self.tr("孤独・孤立対策地域協議会の構成機関等"))
        self.add_row(self.tr("地域協議会"), "council_member", self.council_member)
        self.council_name = self.add_row(self.tr("協議会の名称"), "council_name",
                                         self._line(self.tr("例：〇〇市孤独・孤立対策地域協議会")))
        self.note = self.add_row(self.tr("備考"), "note", self.text_box(80))
        self.note.setPlaceholderText(self.tr("例：受付は平日9時〜17時"))
        self.active = QCheckBox(self.tr("使用中（つなぎ先として選べる）"))
        if self.org is not None:
            self.add_row(self.tr("状態"), "active", self.active)
        self.council_member.toggled.connect(self._council_toggled)
        self.resize(700, self.sizeHint().height())

    def _fill(self, org: Organization) -> None:
        self.name.setText(org.name)
        select_data(self.kind, org.kind or None)
        self.phone.setText(org.phone or "")
        self.contact_person.setText(org.contact_person or "")
        self.address.setText(org.address or "")
        select_data(self.district, org.district_code)
        self.council_member.setChecked(org.council_member)
        self.council_name.setText(org.council_name or "")
        self.note.setPlainText(org.note or "")
        self.active.setChecked(org.active)
        self._council_toggled(org.council_member)

    def _council_toggled(self, checked: bool) -> None:
        self.council_name.setEnabled(checked)

    def organization(self) -> Organization:
        """The entry as typed (not validated)."""
        member = self.council_member.isChecked()
        return replace(
            self.org or Organization(),
            name=self.name.text(), kind=self.kind.currentData() or "",
            phone=self.phone.text(), contact_person=self.contact_person.text(),
            address=self.address.text(), district_code=self.district.currentData(),
            council_member=member, council_name=self.council_name.text() if member else None,
            note=self.note.toPlainText(),
            active=self.active.isChecked() if self.org is not None else True)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        org = self.organization()
        self.save_button.setEnabled(False)
        try:
            if self.org is None:
                stored = add_organization(self.session, org)
            else:
                stored = update_organization(self.session, org)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, not found, database errors
            self.form_error.show_error(error_message(exc))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved_org = stored
        self.saved.emit(stored)
        self.accept()
