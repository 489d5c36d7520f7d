"""The bundled Japanese font for PDFs (IPAex Gothic, embedded as a subset by reportlab).

The font ships in ``resources/fonts/`` with its licence: the standard CID fonts
(HeiseiKakuGo-W5 …) are not embedded and show as boxes on a computer without
Japanese fonts, so every PDF the app writes uses this TrueType font.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kodoku_desk.paths import resources_dir

__all__ = ["GOTHIC", "font_path", "register_fonts"]

GOTHIC = "IPAexGothic"


def font_path():
    return resources_dir() / "fonts" / "ipaexg.ttf"


@cache
def register_fonts() -> str:
    """Register the font with reportlab once; returns its name for ``setFont``."""
    path = font_path()
    if not path.exists():
        raise FileNotFoundError(f"the bundled Japanese font is missing: {path}")
    pdfmetrics.registerFont(TTFont(GOTHIC, str(path)))
    return GOTHIC
