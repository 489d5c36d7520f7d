"""支援会議用の情報提供: one person's chosen items for a 孤独・孤立対策地域協議会, as an
encrypted PDF (DOMAIN.md §6.2, :func:`kodoku_desk.services.person_documents.share_case_pdf`).

The user chooses, in this order: the recipient (a 構成機関等 from the 関係機関 directory,
searched by name), the legal basis (本人同意 / 法令に基づく求め / 生命・身体の保護 — no
default), the items (the minimum of DOMAIN.md §6.2 (c) is pre-checked), the reason
(required), and where to save the file (its default name holds no name of the person:
the name of a file is not encrypted).  「作成」 runs the service off the UI thread; the
service writes the 第三者提供記録 and the audit entry.  The password is then shown once
(:class:`.share_password.PasswordDialog`) and kept nowhere.  Staff only: the person
page does not offer it to volunteers, and the dialog shows only an explanation to them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFileDialog, QFrame, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QScrollArea, QVBoxLayout, QWidget)

from kodoku_desk.models.errors import FieldError as ModelFieldError
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.services.access import require_staff
from kodoku_desk.services.person_documents import CASE_FIELDS, LEGAL_BASES, share_case_pdf
from kodoku_desk.services.referrals import list_organizations
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.record_form import RecordFormDialog
from kodoku_desk.ui.share_password import PasswordDialog
from kodoku_desk.ui.share_recipient import RecipientChooser
from kodoku_desk.ui.tasks import run_task
from kodoku_desk.ui.widgets import BusyBar

#: DOMAIN.md §6.2 (c): 氏名・フリガナ・地区・支援経過要約・依頼事項.
MINIMUM_FIELDS = ("name", "kana", "district", "summary", "request")
SHARING = ("協議会への情報提供", "sharing with the regional council")   # as the service words it


def default_file(folder: Path, today: date) -> Path:
    """「情報提供書_20261127.pdf」 in ``folder`` (``_2``, ``_3`` … if taken): no name in it."""
    stem = f"情報提供書_{today:%Y%m%d}"
    path, n = folder / f"{stem}.pdf", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}_{n}.pdf"
    return path


class ShareDialog(RecordFormDialog):
    """Emits :attr:`saved` with the path of the file written (the password is not emitted)."""

    def __init__(self, session, person_id: str, parent: QWidget | None = None, *,
                 person_name: str = "", today: date | None = None) -> None:
        super().__init__(session, parent, today)
        self.person_id = person_id
        self.busy = False
        self.password_dialog: PasswordDialog | None = None
        self._chosen_path: str | None = None    # confirmed in the file dialog (may overwrite)
        self.set_title(self.tr("支援会議用の情報提供"), self.tr(
            "孤独・孤立対策地域協議会の構成機関等に、この方の必要な項目だけをパスワード付きのPDFで渡します。"
            "提供先・根拠・項目は第三者提供記録に残ります。"))
        self.save_button.setText(self.tr("作成（Ctrl+Enter）"))
        try:
            require_staff(self.session, *SHARING)
            organizations = [o for o in list_organizations(self.session) if o.council_member]
        except Exception as exc:  # noqa: BLE001 - NotPermitted for volunteers
            self.deny(exc)
            return
        self.organizations = {o.id: o for o in organizations}
        self._build(person_name, organizations)
        self.remember_initial()

    # ---- building -------------------------------------------------------------------------
    def _build(self, person_name: str, organizations) -> None:
        if person_name:
            self.subtitle.setText(self.tr("対象：{name}").format(name=person_name) + "\n"
                                  + self.subtitle.text())
        self.recipient = RecipientChooser(organizations)
        self.recipient.chosen.connect(self._next_step)
        self.search, self.recipients = self.recipient.search, self.recipient.list
        hint = self.hint(self.tr("関係機関の名簿で「地域協議会の構成機関等」とした機関だけが選べます。")
                         if organizations else
                         self.tr("地域協議会の構成機関等として登録された関係機関がありません。"
                                 "先に関係機関の名簿で登録してください。"))
        self.add_row(self.tr("提供先(&T)"), "recipient", self.recipient, hint)
        self.inputs["recipient"] = self.search

        labels = {"consent": self.tr("本人同意（この協議会での情報共有に同意を得ている）"),
                  "law": self.tr("法令に基づく求め（協議会からの情報提供の求め）"),
                  "life": self.tr("生命・身体の保護（本人の同意を得ることが困難）")}
        assert set(labels) == set(LEGAL_BASES), "the service's legal bases changed"
        self.basis = QButtonGroup(self)
        basis_box = QWidget()
        basis_column = QVBoxLayout(basis_box)
        basis_column.setContentsMargins(0, 0, 0, 0)
        basis_column.setSpacing(2)
        self.basis_buttons: dict[str, QRadioButton] = {}
        for code in LEGAL_BASES:
            button = QRadioButton(labels[code])
            button.setProperty("code", code)
            self.basis.addButton(button)
            self.basis_buttons[code] = button
            basis_column.addWidget(button)
        basis_box.setFocusProxy(self.basis_buttons["consent"])
        self.add_row(self.tr("提供の根拠(&B)"), "basis", basis_box, self.hint(self.tr(
            "本人同意は、同意の記録にこの協議会での情報共有が含まれているときだけ選べます。")))
        self.inputs["basis"] = self.basis_buttons["consent"]

        names = {"name": self.tr("氏名"), "kana": self.tr("フリガナ"), "birth_date": self.tr("生年月日"),
                 "age": self.tr("年齢"), "gender": self.tr("性別"), "district": self.tr("地区"),
                 "address": self.tr("住所"), "phone": self.tr("電話番号"),
                 "household": self.tr("世帯類型"), "support_categories": self.tr("支援区分"),
                 "recent_contacts": self.tr("最近の見守りの状況"),
                 "summary": self.tr("支援経過の要約"), "request": self.tr("依頼事項")}
        assert set(names) == set(CASE_FIELDS), "the service's items changed"
        fields_box = QWidget()
        grid = QGridLayout(fields_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.field_boxes: dict[str, QCheckBox] = {}
        for index, code in enumerate(CASE_FIELDS):
            check = QCheckBox(names[code])
            check.setChecked(code in MINIMUM_FIELDS)
            self.field_boxes[code] = check
            grid.addWidget(check, index // 5, index % 5)
        fields_box.setFocusProxy(self.field_boxes["name"])
        self.add_row(self.tr("提供する項目(&I)"), "fields", fields_box, self.hint(self.tr(
            "協議に必要な最小限の項目を選んであります。ほかは必要なときだけ加えます。")))
        self.inputs["fields"] = self.field_boxes["name"]

        self.summary = self.add_row(self.tr("支援経過の要約(&S)"), "summary", self.text_box(54))
        self.request = self.add_row(self.tr("依頼事項(&Q)"), "request", self.text_box(44))
        for code, edit in (("summary", self.summary), ("request", self.request)):
            self.field_boxes[code].toggled.connect(edit.setEnabled)
        self.reason = self.add_row(self.tr("提供の理由(&R)（必須）"), "reason", self.text_box(44),
                                   self.hint(self.tr(
                                       "例：12月の支援調整会議での協議のため（法令に基づく求めなら"
                                       "求めの内容、生命・身体の保護なら緊急の事情）。")))

        self.path = QLineEdit()
        self.path.setText(str(default_file(self._documents(), self.today)))
        self.path.textEdited.connect(self._path_edited)
        browse = QPushButton(self.tr("参照…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_file)
        path_box = QWidget()
        path_row = QHBoxLayout(path_box)
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        path_box.setFocusProxy(self.path)
        self.add_row(self.tr("保存先(&F)"), "out", path_box, self.hint(self.tr(
            "ファイル名には氏名を入れないでください（ファイル名は暗号化されません）。")))
        self.inputs["out"] = self.path

        self.busy_bar = BusyBar()
        self.layout().insertWidget(self.layout().indexOf(self.form_error), self.busy_bar)
        self._scrollable()

    def _scrollable(self) -> None:
        """The form scrolls when the screen is low (768 px laptops, large text)."""
        layout = self.layout()
        index = layout.indexOf(self.form)
        layout.removeWidget(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                             "{ background: transparent; }")
        spacer = layout.itemAt(index)            # the stretch under the form: the form stretches
        if spacer is not None and spacer.spacerItem() is not None:
            layout.takeAt(index)
        layout.insertWidget(index, scroll, 1)
        self.scroll = scroll
        self.grid.setVerticalSpacing(8)
        self.setMinimumWidth(820)
        hint = self.form.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() else None
        height = hint.height() + 190
        if screen is not None:
            height = min(height, screen.height() - 60)
        scroll.setMinimumHeight(min(hint.height(), 360))
        self.resize(max(820, hint.width() + 60), height)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        search = getattr(self, "search", None)
        if search is not None and self.form.isVisible():
            search.setFocus()             # start where the choice starts: the recipient

    @staticmethod
    def hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("Hint")
        label.setWordWrap(True)
        return label

    @staticmethod
    def _documents() -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    # ---- recipient -------------------------------------------------------------------------
    def _next_step(self) -> None:
        """A recipient is chosen: on to the legal basis."""
        checked = self.basis.checkedButton()
        (checked or self.basis_buttons["consent"]).setFocus()

    def select_recipient(self, organization_id: str) -> None:
        self.recipient.select(organization_id)

    def recipient_id(self) -> str | None:
        return self.recipient.current_id()

    # ---- file -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("情報提供書の保存先"),
                                              self.path.text(), "PDF (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.path.setText(path)
            self._chosen_path = path       # the file dialog asked before overwriting

    def _path_edited(self, _text: str) -> None:
        self._chosen_path = None

    # ---- creating -------------------------------------------------------------------------
    def chosen_fields(self) -> list[str]:
        return [code for code, box in self.field_boxes.items() if box.isChecked()]

    def _problems(self) -> list[ModelFieldError]:
        """What the form can tell before asking the service (which checks again)."""
        problems = []

        def add(key: str, ja: str, en: str) -> None:
            problems.append(ModelFieldError(key, ja, en))

        if self.recipient_id() is None:
            add("recipient", self.tr("提供先を一覧から選んでください。"), "Choose the recipient.")
        if self.basis.checkedButton() is None:
            add("basis", self.tr("提供の根拠を選んでください。"), "Choose the legal basis.")
        fields = self.chosen_fields()
        if not fields:
            add("fields", self.tr("提供する項目を1つ以上選んでください。"), "Choose at least one item.")
        for code, edit in (("summary", self.summary), ("request", self.request)):
            if code in fields and not edit.toPlainText().strip():
                add(code, self.tr("項目に選んだので記入してください（不要なら項目の選択を外します）。"),
                    "Fill this in, or untick the item.")
        if not self.reason.toPlainText().strip():
            add("reason", self.tr("提供の理由を記入してください。記入がないと作成できません。"),
                "Give the reason for providing the information.")
        text = self.path.text().strip()
        if not text:
            add("out", self.tr("保存先を選んでください。"), "Choose where to save the file.")
        else:
            path = Path(text)
            if not path.parent.is_dir():
                add("out", self.tr("保存先のフォルダーがありません。"), "The folder does not exist.")
            elif path.exists() and self._chosen_path != text:
                add("out", self.tr("同じ名前のファイルがあります。別の名前にするか「参照…」で選んでください。"),
                    "A file with this name exists.")
        return problems

    def show_errors(self, errors) -> None:
        super().show_errors(errors)
        focused = self.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            self.scroll.ensureWidgetVisible(focused)

    def save(self) -> None:
        if self.busy or not self.save_button.isEnabled():
            return
        self.clear_errors()
        problems = self._problems()
        if problems:
            self.show_errors(problems)
            return
        path = Path(self.path.text().strip())
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf")
        session, person_id = self.session, self.person_id
        recipient = self.recipient_id()
        basis = self.basis.checkedButton().property("code")
        fields = self.chosen_fields()
        reason = self.reason.toPlainText().strip()
        summary, request = self.summary.toPlainText(), self.request.toPlainText()
        today = self.today
        self._set_busy(True)
        run_task(lambda: share_case_pdf(session, person_id, recipient, basis, fields, path,
                                        reason=reason, summary=summary, request=request,
                                        today=today),
                 lambda password, error: self._made(path, recipient, password, error), owner=self)

    def _made(self, path: Path, recipient: str, password: str | None, error) -> None:
        self._set_busy(False)
        if error is not None:
            if isinstance(error, ValidationError):
                self.show_errors(error.errors)
            else:
                self.form_error.show_error(error_message(error))
            return
        self.remember_initial()
        org = self.organizations.get(recipient)
        self.password_dialog = PasswordDialog(password, path.name, org.name if org else "", self)
        self.password_dialog.finished.connect(self._password_closed)
        self.password_dialog.open()
        self.saved.emit(str(path))

    def _password_closed(self, _result: int) -> None:
        self.password_dialog = None
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.form.setEnabled(not busy)
        if busy:
            self.busy_bar.start()
        else:
            self.busy_bar.stop()
