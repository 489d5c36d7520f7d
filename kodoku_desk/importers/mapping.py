"""Which row is the header, and which column holds which field of a person.

Japanese rosters name their columns in many ways (「氏名」「お名前」「名前」,
「フリガナ」「ふりがな」「よみがな」, 「TEL」「電話番号（自宅）」 …).  Headers are compared
after NFKC, lower case, without spaces and marks such as 「※」「*」; then once
more without bracketed notes (「電話番号（自宅）」 → 「電話番号」).

A *mapping* is a list with one entry per file column: a field key of
:data:`FIELDS` or None (column not imported).  A field is used at most once.
Labels for the field keys live in the UI (translated there).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

__all__ = ["FIELDS", "Mapping", "find_header_row", "header_signature", "header_text",
           "mapping_problems", "normalise_header", "suggest_mapping"]

Mapping = list[str | None]

#: field key → header names it is recognised by (compared after :func:`normalise_header`).
FIELDS: dict[str, tuple[str, ...]] = {
    "full_name": ("氏名", "名前", "お名前", "おなまえ", "なまえ", "利用者名", "当事者名", "対象者名",
                  "本人氏名", "氏名(漢字)", "漢字氏名", "name", "fullname"),
    "family_name": ("姓", "氏", "苗字", "名字", "氏(姓)", "familyname", "lastname", "surname"),
    "given_name": ("名", "名(下の名前)", "givenname", "firstname"),
    "full_kana": ("ふりがな", "フリガナ", "よみがな", "ヨミガナ", "よみ", "ヨミ", "かな", "カナ",
                  "カナ氏名", "氏名カナ", "氏名(カナ)", "氏名(ふりがな)", "氏名(フリガナ)",
                  "フリガナ氏名", "kana", "furigana", "reading"),
    "family_kana": ("セイ", "せい", "姓カナ", "姓(カナ)", "姓(フリガナ)", "フリガナ(セイ)",
                    "ふりがな(せい)", "familykana"),
    "given_kana": ("メイ", "めい", "名カナ", "名(カナ)", "名(フリガナ)", "フリガナ(メイ)",
                   "ふりがな(めい)", "givenkana"),
    "birth_date": ("生年月日", "誕生日", "生年月日(西暦)", "生年月日(和暦)", "生年月日(年月日)",
                   "年月日", "birthdate", "birthday", "dateofbirth", "dob"),
    "birth_era": ("元号", "年号", "和暦", "生年月日(元号)", "生年(元号)", "era"),
    "gender": ("性別", "男女", "性", "gender", "sex"),
    "phone": ("電話番号", "電話", "TEL", "tel", "電話番号(自宅)", "自宅電話", "自宅電話番号",
              "連絡先電話番号", "連絡先", "phone", "telephone", "phonenumber"),
    "phone2": ("電話番号2", "電話2", "携帯電話", "携帯", "携帯番号", "携帯電話番号", "電話番号(携帯)",
               "mobile", "phone2", "cell"),
    "postal_code": ("郵便番号", "〒", "postalcode", "zip", "zipcode", "postcode"),
    "address": ("住所", "現住所", "住所1", "所在地", "address"),
    "prefecture": ("都道府県", "prefecture"),
    "municipality": ("市区町村", "市町村", "municipality", "city"),
    "town": ("町字", "町名", "大字", "town"),
    "banchi": ("番地", "番地・号", "住所2", "丁目・番地"),
    "building": ("方書", "建物名", "建物名・部屋番号", "マンション名", "住所3", "building"),
    "district": ("地区", "地区名", "担当地区", "地域", "校区", "小学校区", "民生委員地区", "district",
                 "area"),
    "household_type": ("世帯", "世帯類型", "世帯構成", "世帯状況", "家族構成", "household"),
    "support_categories": ("支援区分", "支援内容", "区分", "分類", "課題", "category",
                           "supportcategory"),
    "visit_frequency": ("見守り頻度", "訪問頻度", "頻度", "frequency"),
    "emergency_name": ("緊急連絡先", "緊急連絡先氏名", "緊急連絡先(氏名)", "家族連絡先",
                       "emergencycontact"),
    "emergency_relation": ("続柄", "緊急連絡先続柄", "緊急連絡先(続柄)", "relationship"),
    "emergency_phone": ("緊急連絡先電話", "緊急連絡先電話番号", "緊急連絡先(電話)", "緊急連絡先(電話番号)",
                        "緊急連絡先tel", "emergencyphone"),
    "related_agencies": ("かかりつけ医", "関係機関", "かかりつけ医・関係機関", "主治医"),
    "common_name": ("通称", "通称名"),
    "registered_on": ("登録日", "登録年月日", "受付日", "開始日", "registered"),
    "note": ("備考", "特記事項", "メモ", "その他", "note", "notes", "memo", "remarks"),
}

# Second choice when the first field of a pair is already taken (two phone columns).
_OVERFLOW = {"phone": "phone2"}
_MARKS = re.compile(r"[\s*※:：・_\-.。、,]")
_BRACKETED = re.compile(r"[(\[【<〈《].*?[)\]】>〉》]")
_HEADER_SCAN_ROWS = 30


def header_text(cell: object) -> str:
    """A header cell as text ("" for None); numbers as written."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def normalise_header(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).lower()
    return _MARKS.sub("", folded)


def _alias_table(strip_brackets: bool) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, aliases in FIELDS.items():
        for alias in aliases:
            norm = normalise_header(alias)
            if strip_brackets:
                norm = _BRACKETED.sub("", norm)
            table.setdefault(norm, key)
    return table


_EXACT = _alias_table(False)
_LOOSE = _alias_table(True)


def guess_field(header: str) -> str | None:
    """The field a header names, or None."""
    norm = normalise_header(header)
    if not norm:
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    loose = _BRACKETED.sub("", norm)
    return _LOOSE.get(loose) if loose else None


def suggest_mapping(headers: Sequence[str]) -> Mapping:
    """One field (or None) per header; a field is given to its first column only."""
    used: set[str] = set()
    mapping: Mapping = []
    for header in headers:
        key = guess_field(header)
        if key in used and key in _OVERFLOW:
            key = _OVERFLOW[key]
        if key is None or key in used:
            mapping.append(None)
            continue
        used.add(key)
        mapping.append(key)
    return mapping


def find_header_row(rows: Sequence[Sequence[object]]) -> int:
    """Index of the header row: the one among the first rows naming the most known fields.

    Title rows (「令和7年度 見守り対象者名簿」, merged over the columns, so one cell)
    and blank rows above it are skipped that way.  Without any known header,
    the first row with two or more filled cells; 0 for an empty table.
    """
    best, best_score = -1, 0
    for index, row in enumerate(rows[:_HEADER_SCAN_ROWS]):
        keys = {guess_field(header_text(c)) for c in row} - {None}
        if len(keys) > best_score:
            best, best_score = index, len(keys)
    if best >= 0:
        return best
    for index, row in enumerate(rows[:_HEADER_SCAN_ROWS]):
        if sum(1 for c in row if header_text(c)) >= 2:
            return index
    return 0


def header_signature(headers: Sequence[str]) -> str:
    """A short stable id of a header row, to remember the mapping confirmed for it."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]


def mapping_problems(mapping: Sequence[str | None]) -> list[tuple[str, str]]:
    """What stops a mapping from being used: (Japanese, English) messages."""
    chosen = [m for m in mapping if m]
    problems = []
    names = {"full_name", "family_name"}
    if not names & set(chosen):
        problems.append(("氏名の列を選んでください（「氏名」または「姓」）。",
                         "Choose the column with the name (full name or family name)."))
    if "full_name" in chosen and ({"family_name", "given_name"} & set(chosen)):
        problems.append(("「氏名」と「姓」「名」は、どちらか一方だけを選んでください。",
                         "Choose either the full name or the family and given names, not both."))
    if "full_kana" in chosen and ({"family_kana", "given_kana"} & set(chosen)):
        problems.append(("「ふりがな」と「セイ」「メイ」は、どちらか一方だけを選んでください。",
                         "Choose either the full reading or the family and given readings, "
                         "not both."))
    if "birth_era" in chosen and "birth_date" not in chosen:
        problems.append(("元号の列を使うときは、生年月日（年月日）の列も選んでください。",
                         "With an era column, choose the birth date column too."))
    repeated = sorted({m for m in chosen if chosen.count(m) > 1})
    if repeated:
        problems.append(("同じ項目が2つ以上の列に割り当てられています。",
                         "The same field is assigned to more than one column."))
    return problems
