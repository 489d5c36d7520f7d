"""Parts of the import dialog: field labels, the column-mapping table, the preview model.

The mapping table has one row per file column: its header, a few sample
values and a combo box with the field it goes to (or 「取り込まない」).  The
preview model is a thin read-only table over the dry run's rows.
"""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, \
    QTableWidgetItem

from kodoku_desk.importers.mapping import FIELDS, Mapping
from kodoku_desk.importers.values import cell_text
from kodoku_desk.models.wareki import format_wareki
from kodoku_desk.services.imports import (DUPLICATE, ERROR, SAME_NAME, SAME_PHONE, ImportPreview,
                                          PreviewRow)
from kodoku_desk.ui.i18n import current_language
from kodoku_desk.ui.theme import WARN

_FIELDS_CONTEXT = "ImportFields"
#: Label of each import field key (translated with context ``ImportFields``).
FIELD_LABELS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("ImportFields", "氏名（姓と名を空白で区切る）"),
    "family_name": QT_TRANSLATE_NOOP("ImportFields", "氏（姓）"),
    "given_name": QT_TRANSLATE_NOOP("ImportFields", "名"),
    "full_kana": QT_TRANSLATE_NOOP("ImportFields", "ふりがな（セイとメイを空白で区切る）"),
    "family_kana": QT_TRANSLATE_NOOP("ImportFields", "ふりがな（セイ）"),
    "given_kana": QT_TRANSLATE_NOOP("ImportFields", "ふりがな（メイ）"),
    "birth_date": QT_TRANSLATE_NOOP("ImportFields", "生年月日"),
    "birth_era": QT_TRANSLATE_NOOP("ImportFields", "生年月日の元号（昭和・S など）"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "性別"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "電話番号"),
    "phone2": QT_TRANSLATE_NOOP("ImportFields", "電話番号2（携帯など）"),
    "postal_code": QT_TRANSLATE_NOOP("ImportFields", "郵便番号"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "住所（1つの欄にまとめたもの）"),
    "prefecture": QT_TRANSLATE_NOOP("ImportFields", "都道府県"),
    "municipality": QT_TRANSLATE_NOOP("ImportFields", "市区町村"),
    "town": QT_TRANSLATE_NOOP("ImportFields", "町字"),
    "banchi": QT_TRANSLATE_NOOP("ImportFields", "番地・号"),
    "building": QT_TRANSLATE_NOOP("ImportFields", "方書（建物名・部屋番号）"),
    "district": QT_TRANSLATE_NOOP("ImportFields", "地区"),
    "household_type": QT_TRANSLATE_NOOP("ImportFields", "世帯類型"),
    "support_categories": QT_TRANSLATE_NOOP("ImportFields", "支援区分"),
    "visit_frequency": QT_TRANSLATE_NOOP("ImportFields", "見守り頻度"),
    "emergency_name": QT_TRANSLATE_NOOP("ImportFields", "緊急連絡先の氏名"),
    "emergency_relation": QT_TRANSLATE_NOOP("ImportFields", "緊急連絡先の続柄"),
    "emergency_phone": QT_TRANSLATE_NOOP("ImportFields", "緊急連絡先の電話番号"),
    "related_agencies": QT_TRANSLATE_NOOP("ImportFields", "かかりつけ医・関係機関"),
    "common_name": QT_TRANSLATE_NOOP("ImportFields", "通称"),
    "registered_on": QT_TRANSLATE_NOOP("ImportFields", "登録日"),
    "note": QT_TRANSLATE_NOOP("ImportFields", "特記事項・備考"),
}
assert set(FIELD_LABELS) == set(FIELDS)


def field_label(key: str) -> str:
    return QCoreApplication.translate(_FIELDS_CONTEXT, FIELD_LABELS[key])


class ImportMappingTable(QTableWidget):
    """File columns → fields; ``changed`` is emitted whenever a choice changes."""

    changed = Signal()
    COLUMN, SAMPLES, FIELD = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("ファイルの列"), self.tr("値の例"),
                                        self.tr("取り込む項目")])
        self.setAccessibleName(self.tr("列の対応"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        # Tab walks through the combo boxes (the cells themselves hold nothing to edit)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(38)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(self.FIELD, 330)
        self.combos: list[QComboBox] = []

    def set_columns(self, headers: list[str], samples: list[list[str]], mapping: Mapping) -> None:
        self.combos = []
        self.setRowCount(len(headers))
        for row, header in enumerate(headers):
            name = header or self.tr("（見出しなし・{n}列目）").format(n=row + 1)
            self.setItem(row, self.COLUMN, QTableWidgetItem(name))
            example = QTableWidgetItem("　/　".join(samples[row]) if row < len(samples) else "")
            example.setToolTip("\n".join(samples[row]) if row < len(samples) else "")
            self.setItem(row, self.SAMPLES, example)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("「{column}」の取り込み先").format(column=name))
            combo.addItem(self.tr("（取り込まない）"), None)
            for key in FIELDS:
                combo.addItem(field_label(key), key)
            chosen = mapping[row] if row < len(mapping) else None
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.setCellWidget(row, self.FIELD, combo)
            self.combos.append(combo)

    def mapping(self) -> Mapping:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, row: int, key: str | None) -> None:
        combo = self.combos[row]
        combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)


ROW, NAME, KANA, BIRTH, STATUS, PROBLEMS = range(6)
COLUMN_COUNT = 6


class ImportPreviewModel(QAbstractTableModel):
    """Every row of the dry run: 行, 氏名, ふりがな, 生年月日, 状態, 問題."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviewRow, ...] = ()
        self._headers = (self.tr("行"), self.tr("氏名"), self.tr("ふりがな"), self.tr("生年月日"),
                         self.tr("状態"), self.tr("問題（列・値・内容）"))

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview else ()
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def status_text(self, row: PreviewRow) -> str:
        if row.status == ERROR:
            return self.tr("エラー")
        if row.status == DUPLICATE:
            return self.tr("重複の可能性")
        if row.needs_check:
            return self.tr("取り込む（要確認）")
        return self.tr("取り込む")

    def problems_text(self, row: PreviewRow) -> str:
        lang = current_language()
        lines = []
        for p in row.result.problems:
            where = self.tr("「{column}」").format(column=p.column) if p.column else ""
            value = self.tr("「{value}」").format(value=p.value) if p.value else ""
            lines.append(f"{where}{value} {p.message(lang)}".strip())
        for p in row.result.warnings:
            where = self.tr("「{column}」").format(column=p.column) if p.column else ""
            lines.append(self.tr("要確認：") + f"{where} {p.message(lang)}".strip())
        if row.status == DUPLICATE:
            lines.append(self._duplicate_text(row))
        return "\n".join(lines)

    def _duplicate_text(self, row: PreviewRow) -> str:
        if row.duplicate_of:
            if row.duplicate_basis == SAME_PHONE:
                text = self.tr("登録済みの {code} と、ふりがな（または氏名）と電話番号が同じです"
                               "（生年月日がないため電話番号で比べました）。")
            elif row.duplicate_basis == SAME_NAME:
                text = self.tr("登録済みの {code} と、氏名とふりがなが同じです"
                               "（どちらにも生年月日がありません）。")
            else:
                text = self.tr("登録済みの {code} と、ふりがなと生年月日が同じです。")
            return text.format(code=row.duplicate_of)
        if row.duplicate_basis == SAME_PHONE:
            text = self.tr("このファイルの{row}行目と、ふりがな（または氏名）と電話番号が同じです"
                           "（生年月日がないため電話番号で比べました）。")
        elif row.duplicate_basis == SAME_NAME:
            text = self.tr("このファイルの{row}行目と、氏名とふりがなが同じです"
                           "（どちらにも生年月日がありません）。")
        else:
            text = self.tr("このファイルの{row}行目と、ふりがなと生年月日が同じです。")
        return text.format(row=row.duplicate_row)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            result = row.result
            if column == ROW:
                return str(result.row)
            if column == NAME:
                return result.name
            if column == KANA:
                return result.kana
            if column == BIRTH:
                if result.birth_date is None and result.birth_year:
                    return self.tr("{year}年（月日不明）").format(year=result.birth_year)
                return self._date(result.birth_date)
            if column == STATUS:
                return self.status_text(row)
            return self.problems_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == STATUS and (row.status != "import" or row.needs_check):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(WARN if row.status == ERROR else "#8a5a00"))
        return None

    @staticmethod
    def _date(value) -> str:
        if value is None:
            return ""
        try:
            wareki = format_wareki(value)
        except ValueError:
            return value.isoformat()
        return f"{wareki}（{value.year}）" if current_language() == "ja" else value.isoformat()


RAW_ROWS = 8


class ImportRawTable(QTableWidget):
    """The first rows of the file as Excel shows them (A, B, C … / 1, 2, 3 …), header marked."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 0, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("ファイルの先頭"))
        self.setWordWrap(False)

    def show_rows(self, rows: list[list[object]], header_row: int) -> None:
        shown = rows[:max(RAW_ROWS, header_row + 4)]
        width = min(max((len(r) for r in rows), default=0), 30)
        self.clear()
        self.setColumnCount(width)
        self.setRowCount(len(shown))
        self.setVerticalHeaderLabels([str(i + 1) for i in range(len(shown))])
        self.setHorizontalHeaderLabels([column_letter(i) for i in range(width)])
        marked = QBrush(QColor("#dcebf5"))
        for r, cells in enumerate(shown):
            for c in range(width):
                item = QTableWidgetItem(cell_text(cells[c]) if c < len(cells) else "")
                if r == header_row:
                    item.setBackground(marked)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        for c in range(width):
            self.setColumnWidth(c, min(self.columnWidth(c), 260))


def column_letter(index: int) -> str:
    """Excel column name: 0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name
