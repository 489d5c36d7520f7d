"""Kana normalisation for name search, フリガナ validation and 五十音順 sorting.

Japanese names are searched by reading as well as by kanji, and users type the
reading in whatever form their IME or old spreadsheet gives them: full-width
katakana (ヤマダ), hiragana (やまだ) or half-width katakana (ﾔﾏﾀﾞ). Everything
is folded into one *search key* form:

* NFKC (half-width → full-width, full-width latin/digits → ASCII, combining
  dakuten composed: ﾀﾞ → ダ; the spacing marks ゛゜ are treated as combining);
* katakana → hiragana (ヴ → ゔ, ヵ → ゕ, small kana kept small);
* latin lowercased;
* whitespace (including U+3000), control/format characters (BOM, zero-width
  space) and the name separators 「・」/「·」 removed.

Kanji are kept as they are (NFKC leaves unified ideographs such as 髙 and 﨑
alone; only CJK *compatibility* ideographs are mapped to their unified form,
which is harmless because query and stored key go through the same function).

For search only, :func:`fold_variants` folds common 異体字 in names (髙→高, 﨑→崎,
齋→斎, 邊→辺 …) so that 「高橋」 finds 髙橋 and 「齋藤」 finds 斎藤; stored names and
search keys keep the characters as written.

Stored フリガナ is full-width katakana, the convention of official and 社協 forms;
:func:`to_katakana` converts hiragana / half-width input to it and
:func:`is_katakana_reading` validates it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = [
    "SEARCH_KEY_SEPARATOR",
    "SORT_LAST",
    "digits",
    "fold_kana",
    "fold_variants",
    "is_katakana_reading",
    "kana_sort_key",
    "key_matches",
    "person_search_key",
    "search_key",
    "to_hiragana",
    "to_katakana",
    "variants_of",
]

#: Separates the parts of a person's search key.  It is whitespace for
#: :meth:`str.isspace`, so :func:`search_key` strips it from every query and a
#: query can never match across two parts.
SEARCH_KEY_SEPARATOR = "\x1f"

#: Sort key of a person without any フリガナ: after every reading.
SORT_LAST = "\uffff"

# Within a sort key: between family and given reading, and before the
# tie-breaker.  Both sort below every character a reading can contain.
_SORT_NAME_SEP = "\x1f"
_SORT_TIE_SEP = "\x1e"

_DAKUTEN = "\u3099"  # combining voiced sound mark
_HANDAKUTEN = "\u309a"  # combining semi-voiced sound mark
_NAME_SEPARATORS = frozenset("\u30fb\u00b7")  # 「・」 katakana middle dot, 「·」 middle dot

# The spacing marks ゛゜ become "space + combining mark" under NFKC, which would
# not compose with the preceding kana; turn them into combining marks first.
_SPACING_MARKS = str.maketrans({"\u309b": _DAKUTEN, "\u309c": _HANDAKUTEN})

# Katakana ァ (U+30A1) .. ヶ (U+30F6) map to ぁ (U+3041) .. ゖ (U+3096).
_KATA_TO_HIRA: dict[int, str] = {cp: chr(cp - 0x60) for cp in range(0x30A1, 0x30F7)}
_KATA_TO_HIRA.update({0x30FD: "\u309d", 0x30FE: "\u309e"})  # ヽヾ → ゝゞ
# ヷヸヹヺ have no precomposed hiragana: base kana + combining dakuten.
_KATA_TO_HIRA.update({0x30F7: "わ" + _DAKUTEN, 0x30F8: "ゐ" + _DAKUTEN,
                      0x30F9: "ゑ" + _DAKUTEN, 0x30FA: "を" + _DAKUTEN})

_HIRA_TO_KATA: dict[int, str] = {cp: chr(cp + 0x60) for cp in range(0x3041, 0x3097)}
_HIRA_TO_KATA.update({0x309D: "\u30fd", 0x309E: "\u30fe"})


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x3041, 0x3097):
        decomposed = unicodedata.normalize("NFD", chr(cp))
        if len(decomposed) == 2 and decomposed[1] in (_DAKUTEN, _HANDAKUTEN):
            table[cp] = decomposed[0]  # が → か, ぱ → は, ゔ → う
    small = "ぁぃぅぇぉっゃゅょゎゕゖ"
    large = "あいうえおつやゆよわかけ"
    table.update({ord(s): b for s, b in zip(small, large, strict=True)})
    table.update({0x309D: "ゝ", 0x309E: "ゝ"})  # ゞ → ゝ
    table.update({ord(_DAKUTEN): None, ord(_HANDAKUTEN): None})
    return table


_FOLD = _build_fold_table()


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text.translate(_SPACING_MARKS))


def _is_dropped(ch: str) -> bool:
    return ch.isspace() or ch in _NAME_SEPARATORS or unicodedata.category(ch) in ("Cc", "Cf")


def to_hiragana(text: str) -> str:
    """Katakana (full- or half-width) → hiragana, after NFKC; nothing removed."""
    return _nfkc(text).translate(_KATA_TO_HIRA)


def search_key(text: str | None) -> str:
    """Normalised form of ``text`` for substring search.

    >>> search_key("ﾔﾏﾀﾞ ﾀﾛｳ") == search_key("ヤマダ　タロウ") == "やまだたろう"
    True
    >>> search_key("山田　太郎")
    '山田太郎'
    """
    if not text:
        return ""
    normalised = _nfkc(text).lower().translate(_KATA_TO_HIRA)
    kept = "".join(ch for ch in normalised if not _is_dropped(ch))
    # Removing a space can bring a base letter next to a combining mark
    # (「A ́」); compose again so the key is stable under re-normalisation.
    return unicodedata.normalize("NFC", kept)


#: 異体字 common in names → the form a search compares (for search only; names are stored as written).
_KANJI_VARIANTS: dict[str, str] = {
    "髙": "高", "﨑": "崎", "嵜": "崎", "碕": "崎", "齋": "斎", "齊": "斎", "斉": "斎",
    "邊": "辺", "邉": "辺", "濱": "浜", "澤": "沢", "櫻": "桜", "廣": "広", "德": "徳",
    "眞": "真", "國": "国", "嶋": "島", "嶌": "島", "冨": "富", "藪": "薮", "籔": "薮",
    "𠮷": "吉", "桒": "桑", "曾": "曽", "槇": "槙", "瀨": "瀬", "條": "条", "萬": "万",
    "惠": "恵", "榮": "栄", "實": "実", "壽": "寿", "藏": "蔵", "淺": "浅", "關": "関",
    "龜": "亀", "靜": "静", "龍": "竜", "渕": "淵", "舘": "館", "圓": "円", "澁": "渋",
    "濵": "浜", "𡈽": "土", "莊": "荘", "傳": "伝",
}
_VARIANT_FOLD = str.maketrans(_KANJI_VARIANTS)
#: Standard form → its variants (what a stored key may hold instead).
_VARIANTS_OF: dict[str, tuple[str, ...]] = {}
for _variant, _standard in _KANJI_VARIANTS.items():
    _VARIANTS_OF[_standard] = (*_VARIANTS_OF.get(_standard, ()), _variant)
del _variant, _standard


def fold_variants(text: str | None) -> str:
    """``text`` with common 異体字 folded to one form, for search only: 「髙橋」 → 「高橋」,
    「齋藤」「齊藤」「斉藤」 → 「斎藤」.  One character for one, so lengths and positions stay.

    >>> fold_variants("髙橋 﨑子") == fold_variants("高橋 崎子")
    True
    """
    return (text or "").translate(_VARIANT_FOLD)


def variants_of(text: str | None) -> list[tuple[str, str]]:
    """(variant, standard) pairs a stored key may hold where the folded ``text`` has the standard.

    A store search folds the query with :func:`fold_variants` and folds only these
    characters in the stored key (SQL ``replace``), which matches exactly as folding the
    whole key would, at no cost for queries without such a character.
    """
    folded = fold_variants(text)
    return [(variant, standard) for standard in dict.fromkeys(folded)
            for variant in _VARIANTS_OF.get(standard, ())]


def person_search_key(
    family_name: str | None,
    given_name: str | None,
    family_kana: str | None,
    given_kana: str | None,
    *,
    other_names: Iterable[str | None] = (),
) -> str:
    """One string to match a person against a :func:`search_key` query.

    Parts: the full name (姓+名), the full reading (セイ+メイ) and any
    ``other_names`` (通称, 旧姓, ローマ字 …), each normalised with
    :func:`search_key`, without repeats, each enclosed in
    :data:`SEARCH_KEY_SEPARATOR`.  A query matches when it is a substring
    (SQL ``instr(key, q) > 0``); because the family and given parts are joined,
    「山田」「太郎」「やまだた」「たろう」 all match 山田 太郎 (ヤマダ タロウ), and
    ``SEARCH_KEY_SEPARATOR + q`` gives a prefix search.  Empty result when
    every input is empty.

    >>> person_search_key("山田", "太郎", "ヤマダ", "タロウ")
    '\\x1f山田太郎\\x1fやまだたろう\\x1f'
    """
    candidates = [
        search_key((family_name or "") + (given_name or "")),
        search_key((family_kana or "") + (given_kana or "")),
        *(search_key(name) for name in other_names),
    ]
    parts = [p for p in dict.fromkeys(candidates) if p]
    if not parts:
        return ""
    sep = SEARCH_KEY_SEPARATOR
    return sep + sep.join(parts) + sep


def key_matches(person_key: str, query: str | None) -> bool:
    """True when ``query`` (normalised) occurs in ``person_key``; an empty query matches all.

    The in-memory equivalent of the store's ``instr`` search.
    """
    q = search_key(query)
    return q == "" or q in person_key


def fold_kana(text: str | None) -> str:
    """:func:`search_key`, then fold 濁点/半濁点 and 小書き to the base kana.

    For fuzzy matching and sorting: 「ガッコウ」 → 「かつこう」, 「ヴ」 → 「う」, 「ぱ」 → 「は」.
    The long-vowel mark 「ー」 is kept.
    """
    return search_key(text).translate(_FOLD)


def kana_sort_key(family_kana: str | None, given_kana: str | None) -> str:
    """String key that sorts people 五十音順 by reading (セイ, then メイ).

    The key is the folded reading (:func:`fold_kana`: が→か, っ→つ, ゃ→や, ー kept)
    of the family name, then of the given name, then the unfolded readings as
    tie-breaker, so 濁点 and 小書き only decide between readings that are
    otherwise equal (はは < ばば < ぱぱ, but ばか < はし).  Parts are joined
    by control characters that sort before any kana, so a shorter family
    reading sorts first (やま たろう < やまだ あき).  Plain code-point comparison
    (Python ``sorted``, SQLite ``BINARY`` collation) gives the order.  People
    with no reading at all get :data:`SORT_LAST`.
    """
    family = search_key(family_kana)
    given = search_key(given_kana)
    if not family and not given:
        return SORT_LAST
    folded = family.translate(_FOLD) + _SORT_NAME_SEP + given.translate(_FOLD)
    return folded + _SORT_TIE_SEP + family + _SORT_NAME_SEP + given


def digits(text: str | None) -> str:
    """Only the ASCII digits of ``text`` after NFKC: 「０９０-１２３４-５６７８」 → ``"09012345678"``."""
    if not text:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if "0" <= ch <= "9")


def _is_katakana_letter(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa"  # ァ .. ヺ, including ヴ ヵ ヶ ヷ-ヺ


def is_katakana_reading(text: str | None) -> bool:
    """True when ``text`` (after NFKC) is a valid フリガナ in full-width katakana.

    Allowed: katakana letters (ァ–ヺ, including ヴ and small kana), 「ー」,
    spaces (ASCII or U+3000) and 「・」 (used between parts of foreign names,
    e.g. 「スミス・ジョン」).  At least one katakana letter is required, so empty
    or blank text is not a reading.  Half-width katakana is accepted because it
    becomes full-width under NFKC; hiragana, latin and kanji are not.
    """
    if not text:
        return False
    normalised = _nfkc(text)
    has_letter = False
    for ch in normalised:
        if _is_katakana_letter(ch):
            has_letter = True
        elif ch not in "ー・ ":
            return False
    return has_letter


def to_katakana(text: str | None) -> str:
    """Convert a reading typed as hiragana or half-width katakana to full-width katakana.

    NFKC first (ﾔﾏﾀﾞ → ヤマダ, U+3000 → space), then hiragana → katakana
    (ゔ → ヴ, ぁ → ァ, ゝ → ヽ), recomposing kana + dakuten (わ゛ → ヷ).
    Other characters (spaces, kanji, latin) pass through unchanged, so the
    result can still be checked with :func:`is_katakana_reading`.
    """
    if not text:
        return ""
    return unicodedata.normalize("NFC", _nfkc(text).translate(_HIRA_TO_KATA))
