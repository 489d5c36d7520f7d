"""UI language: Japanese source strings, English through a compiled Qt translation.

The language is, in order: the ``lang`` argument (command-line ``--lang``), the
environment variable ``KODOKU_DESK_LANG``, the choice saved from the 言語 menu,
then Japanese.  Japanese needs no .qm; English loads
``resources/translations/kodoku_desk_en.qm`` (build it with
``python scripts/i18n.py compile``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kodoku_desk.paths import resources_dir
from kodoku_desk.ui import settings

LANGUAGES = ("ja", "en")
DEFAULT = "ja"
ENV_VAR = "KODOKU_DESK_LANG"

log = logging.getLogger(__name__)
_current = DEFAULT


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_path(lang: str) -> Path:
    return translations_dir() / f"kodoku_desk_{lang}.qm"


def resolve_language(explicit: str | None = None) -> str:
    for candidate in (explicit, os.environ.get(ENV_VAR), settings.get(settings.LANGUAGE)):
        if candidate:
            lang = candidate.strip().lower()[:2]
            if lang in LANGUAGES:
                return lang
    return DEFAULT


def current_language() -> str:
    """The language installed by :func:`install`: ``"ja"`` or ``"en"``."""
    return _current


def save_language(lang: str) -> None:
    """Remember the 言語 menu choice; it applies at the next start."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    settings.put(settings.LANGUAGE, lang)


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for ``lang`` (resolved as above); return the language used.

    Earlier translators installed by this function are removed first, so calling
    it twice (tests) does not stack translations.
    """
    global _current
    lang = resolve_language(lang)
    for old in getattr(app, "_kodoku_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", qt_dir):  # Qt's own buttons and dialogs
        translators.append(qt_base)
    if lang != DEFAULT:
        ours = QTranslator(app)
        if ours.load(str(qm_path(lang))):
            translators.append(ours)
        else:
            log.warning("translation %s not found; run `python scripts/i18n.py compile`",
                        qm_path(lang))
            lang = DEFAULT
    for translator in translators:
        app.installTranslator(translator)
    app._kodoku_translators = translators  # keep them alive
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
                       if lang == "en" else QLocale(QLocale.Language.Japanese,
                                                    QLocale.Country.Japan))
    _current = lang
    return lang
