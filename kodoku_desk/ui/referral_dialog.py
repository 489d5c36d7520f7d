"""つなぎ (referrals) from a person page: record one, and later record how it turned out.

Staff only: for a volunteer the services raise NotPermitted and the dialog says so
and saves nothing.  Dates are typed in 西暦 or 和暦; the choices for 状況
(``referral_outcome``) and 種類 (``org_kind``) come from the organisation's code
lists.  Each validation message is shown under its field and nothing is written.
The referral's ``note`` is shown as 「結果・経過」.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from kodoku_desk.models.errors import FieldError as ModelFieldError
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.records import Referral
from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import NotFound, require_staff
from kodoku_desk.services.people import open_person
from kodoku_desk.services.referrals import (PersonReferral, list_organizations, person_referrals,
                                            record_referral, update_referral_outcome)
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.organization_dialog import in_kind_order
from kodoku_desk.ui.record_form import DateInput, RecordFormDialog, add_code_items, select_data

IN_PROGRESS = "in_progress"
#: つなぎ先 combo entry for a destination that is not in the directory (only its kind is kept).
KIND_ONLY = "__kind_only__"
_LISTS = ("org_kind", "referral_outcome")
REFERRALS = ("つなぎ（紹介）の記録", "referrals")  # as the service words NotPermitted


class _ReferralForm(RecordFormDialog):
    """状況 and 結果の日付, shared by both dialogs: the date is needed once settled."""

    lists: dict
    #: The stored referral after a successful save (also emitted with :attr:`saved`).
    saved_referral: Referral | None = None

    def status_combo(self, current: str | None) -> QComboBox:
        combo = QComboBox()
        add_code_items(combo, self.lists.get("referral_outcome"), self.lang, current)
        select_data(combo, current or IN_PROGRESS)
        combo.setMaximumWidth(320)
        return combo

    def settled(self) -> bool:
        return (self.status.currentData() or IN_PROGRESS) != IN_PROGRESS

    def _status_changed(self) -> None:
        settled = self.settled()
        self.outcome_on.setEnabled(settled)
        if settled and not self.outcome_on.text().strip():
            self.outcome_on.set_date(self.today)
        if settled:
            self.outcome_on.update_feedback()
        else:
            self.outcome_on.feedback.setText(self.tr("状況が決まったときに入力します。"))


class ReferralDialog(_ReferralForm):
    """「つなぎを記録」 for ``person_id``; emits :attr:`saved` with the stored Referral."""

    def __init__(self, session, person_id: str, parent: QWidget | None = None, *,
                 person_name: str | None = None, today: date | None = None) -> None:
        super().__init__(session, parent, today)
        self.person_id = person_id
        self.lists = code_lists.lists_for(session, _LISTS)
        denied = None
        try:
            require_staff(session, *REFERRALS)
            self.organizations = in_kind_order(list_organizations(session),
                                               self.lists.get("org_kind"))
        except Exception as exc:  # noqa: BLE001 - NotPermitted for volunteers
            self.organizations, denied = [], exc
        if person_name is None and denied is None:
            person = open_person(session, person_id)
            person_name = person.full_name if person else ""
        self._build(person_name or "")
        self.remember_initial()
        if denied is not None:
            self.deny(denied)
        else:
            self.destination.setFocus()

    def _build(self, person_name: str) -> None:
        self.set_title(self.tr("つなぎを記録"),
                       self.tr("{name} さん").format(name=person_name) if person_name else "")

        self.referred_on = DateInput(self.tr("例：令和8年11月27日、R8.11.27、2026/11/27"))
        self.referred_on.set_date(self.today)
        self.add_row(self.tr("紹介日"), "referred_on", self.referred_on, self.referred_on.feedback)

        kinds = self.lists.get("org_kind")
        self.destination = QComboBox()
        self.destination.addItem(self.tr("（選んでください）"), None)
        for org in self.organizations:
            kind = code_lists.label(self.lists, "org_kind", org.kind, self.lang)
            self.destination.addItem(f"{org.name}（{kind}）", org.id)
        self.destination.addItem(self.tr("名簿にない機関（種類だけ記録）"), KIND_ONLY)
        self.destination.setMaxVisibleItems(20)
        self.destination_hint = hint = QLabel(self.tr("名簿に登録された機関はまだありません。「関係機関の名簿」で追加できます。")
                      if not self.organizations else
                      self.tr("名簿にない機関は、一覧の最後の項目を選んで種類を選びます。"))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        self.add_row(self.tr("つなぎ先"), "organization_id", self.destination, hint)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("（選んでください）"), None)
        add_code_items(self.kind, kinds, self.lang)
        self.kind.setMaximumWidth(360)
        self.add_row(self.tr("種類"), "destination_kind", self.kind)

        self.reason = self.add_row(self.tr("理由"), "reason", self.text_box())
        self.reason.setPlaceholderText(self.tr("例：介護保険の申請について相談したいとのこと"))
        self.status = self.add_row(self.tr("状況"), "outcome", self.status_combo(IN_PROGRESS))
        self.outcome_on = DateInput(self.tr("例：令和8年11月27日"))
        self.add_row(self.tr("結果の日付"), "outcome_on", self.outcome_on, self.outcome_on.feedback)
        self.note = self.add_row(self.tr("結果・経過"), "note", self.text_box())
        self.note.setPlaceholderText(self.tr("例：11/30に包括の担当者が自宅を訪問予定"))

        self.destination.currentIndexChanged.connect(self._destination_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._destination_changed()
        self._status_changed()
        self.resize(720, self.sizeHint().height())

    # ---- values ---------------------------------------------------------------------------
    def _organization(self, org_id: str | None):
        return next((o for o in self.organizations if o.id == org_id), None)

    def _destination_changed(self) -> None:
        choice = self.destination.currentData()
        self.kind.setEnabled(choice == KIND_ONLY)
        org = self._organization(choice)
        if org is not None:
            index = self.kind.findData(org.kind)
            if index < 0:
                self.kind.addItem(org.kind, org.kind)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
        elif choice != KIND_ONLY:
            self.kind.setCurrentIndex(0)

    def referral(self) -> tuple[Referral, list[ModelFieldError]]:
        """The referral as entered (not validated), and the problems found while reading it."""
        problems: list[ModelFieldError] = []
        referred_on = self.read_date(self.referred_on, "referred_on", problems)
        settled = self.settled()
        outcome_on = self.read_date(self.outcome_on, "outcome_on", problems) if settled else None
        choice = self.destination.currentData()
        if choice is None:
            problems.append(ModelFieldError(
                "organization_id", "つなぎ先を選んでください。",
                "Choose where the person was referred."))
        org = self._organization(choice)
        referral = Referral(
            person_id=self.person_id, organization_id=org.id if org else None,
            destination_kind=(org.kind if org else self.kind.currentData() or "")
            if choice else "",
            referred_on=referred_on, reason=self.reason.toPlainText(),
            outcome=self.status.currentData() or IN_PROGRESS, outcome_on=outcome_on,
            note=self.note.toPlainText())
        return referral, problems

    # ---- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        referral, problems = self.referral()
        if problems:  # report them with the record's other problems
            taken = {p.field for p in problems}
            if "organization_id" in taken:  # said already, next to つなぎ先
                taken.add("destination_kind")
            try:
                referral.normalized().validate(today=self.today, codes=self.lists)
            except ValidationError as exc:
                problems += [e for e in exc.errors if e.field not in taken]
            self.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        try:
            stored = record_referral(self.session, referral, today=self.today)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, not found, database errors
            self.form_error.show_error(error_message(exc))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved_referral = stored
        self.saved.emit(stored)
        self.accept()


class ReferralOutcomeDialog(_ReferralForm):
    """「つなぎの結果を記録」: 状況, 結果の日付 and 結果・経過 of one referral.

    ``referral`` is a :class:`PersonReferral` (as listed by ``person_referrals``), or a
    referral id together with ``person_id`` (e.g. a timeline entry's ``record_id``).
    Emits :attr:`saved` with the updated Referral.
    """

    def __init__(self, session, referral: PersonReferral | str, parent: QWidget | None = None,
                 *, person_id: str | None = None, person_name: str | None = None,
                 today: date | None = None) -> None:
        super().__init__(session, parent, today)
        self.person_name = person_name
        self.lists = code_lists.lists_for(session, _LISTS)
        if isinstance(referral, str) and person_id is None:
            raise ValueError("ReferralOutcomeDialog: give person_id with a referral id")
        denied = None
        try:
            require_staff(session, *REFERRALS)
            if isinstance(referral, str):
                referral_id = referral
                referral = next((r for r in person_referrals(session, person_id)
                                 if r.referral.id == referral_id), None)
                if referral is None:
                    raise NotFound("このつなぎの記録は見つかりません。",
                                   "The referral was not found.", referral_id=referral_id)
        except Exception as exc:  # noqa: BLE001 - NotPermitted for volunteers, NotFound
            referral, denied = None, exc
        self.entry: PersonReferral | None = referral
        self._build()
        self.remember_initial()
        if denied is not None:
            self.deny(denied)
        else:
            self.status.setFocus()

    def _build(self) -> None:
        self.set_title(self.tr("つなぎの結果を記録"),
                       self.tr("{name} さん").format(name=self.person_name)
                       if self.person_name else "")
        r = self.entry.referral if self.entry else Referral()
        kind = code_lists.label(self.lists, "org_kind", r.destination_kind, self.lang)
        name = self.entry.organization_name if self.entry else None
        self.destination_label = QLabel(f"{name}（{kind}）" if name else kind)
        self.destination_label.setWordWrap(True)
        self.referred_label = QLabel(format_wareki(r.referred_on) if r.referred_on else "")
        for label in (self.destination_label, self.referred_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_row(self.tr("つなぎ先"), None, self.destination_label)
        self.add_row(self.tr("紹介日"), None, self.referred_label)
        if r.reason:
            reason = QLabel(r.reason)
            reason.setWordWrap(True)
            reason.setTextFormat(Qt.TextFormat.PlainText)
            self.add_row(self.tr("理由"), None, reason)
        self.status = self.add_row(self.tr("状況"), "outcome", self.status_combo(r.outcome))
        self.outcome_on = DateInput(self.tr("例：令和8年11月27日"))
        self.outcome_on.set_date(r.outcome_on)
        self.add_row(self.tr("結果の日付"), "outcome_on", self.outcome_on, self.outcome_on.feedback)
        self.note = self.add_row(self.tr("結果・経過"), "note", self.text_box(110))
        self.note.setPlainText(r.note or "")
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.resize(680, self.sizeHint().height())

    def save(self) -> None:
        if not self.save_button.isEnabled() or self.entry is None:
            return
        self.clear_errors()
        problems: list[ModelFieldError] = []
        outcome = self.status.currentData() or ""
        outcome_on = self.read_date(self.outcome_on, "outcome_on", problems) \
            if self.settled() else None
        if problems:
            self.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        try:
            changed = update_referral_outcome(self.session, self.entry.referral.id, outcome,
                                              outcome_on=outcome_on,
                                              note=self.note.toPlainText(), today=self.today)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - not permitted, not found, database errors
            self.form_error.show_error(error_message(exc))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved_referral = changed
        self.saved.emit(changed)
        self.accept()
