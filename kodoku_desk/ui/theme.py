"""Application font and style: a font with Japanese glyphs, large and calm.

Older volunteers use the app, so the base size is larger than Qt's default and
contrast is high.  The point size can be changed later (setting ``ui/point_size``).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kodoku_desk.ui import settings

PREFERRED_FAMILIES = (
    "IPAexGothic", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Meiryo UI", "Meiryo",
    "Hiragino Sans", "Hiragino Kaku Gothic ProN", "IPAGothic", "TakaoPGothic",
)
MONO_FAMILIES = ("DejaVu Sans Mono", "Consolas", "Menlo", "Noto Sans Mono", "Liberation Mono")
DEFAULT_POINT_SIZE = 12

ACCENT = "#1d5e86"
WARN = "#a33a1f"

STYLESHEET = f"""
QMainWindow, QDialog, QWidget#PageContent {{ background: #f5f6f8; }}
QScrollArea#PageScroll {{ background: #f5f6f8; border: none; }}
QLabel#PageTitle {{ font-size: 20pt; font-weight: bold; color: #1f2933; }}
QLabel#Subtitle {{ font-size: 13pt; color: #3e4c59; }}
QLabel#Hint {{ color: #52606d; }}
QLabel#FieldError {{ color: {WARN}; font-weight: bold; }}
QLabel#Success {{ color: #1e6b3a; }}
QFrame#Card {{ background: white; border: 1px solid #d9dee4; border-radius: 10px; }}
QFrame#Card[alert="true"] {{ border: 2px solid {WARN}; }}
QLabel#CardTitle {{ font-size: 13pt; font-weight: bold; color: #323f4b; }}
QLabel#CardValue {{ font-size: 30pt; font-weight: bold; color: {ACCENT}; }}
QFrame#Card[alert="true"] QLabel#CardValue {{ color: {WARN}; }}
QLabel#CardUnit {{ font-size: 13pt; color: #323f4b; }}
QLabel#CardDetail {{ color: #52606d; }}
QLabel#RecoveryKey {{ background: white; border: 2px solid #9aa5b1; border-radius: 8px;
                      padding: 14px; color: #111; }}
QListWidget#Nav {{ background: #233446; color: white; border: none; font-size: 14pt;
                   padding-top: 8px; outline: 0; }}
QListWidget#Nav::item {{ padding: 12px 18px; border-left: 5px solid transparent; }}
QListWidget#Nav::item:selected {{ background: #35506b; border-left: 5px solid #7cc4ef;
                                  color: white; }}
QListWidget#Nav::item:hover:!selected {{ background: #2c4258; }}
QWidget#NavPanel {{ background: #233446; }}
QPushButton#NavButton {{ background: transparent; color: #d9e2ec; border: 1px solid #7b8794;
                         border-radius: 6px; padding: 6px 28px; }}
QPushButton#NavButton:hover {{ background: #2c4258; color: white; }}
QPushButton {{ padding: 6px 16px; min-height: 1.6em; }}
QPushButton#Primary {{ background: {ACCENT}; color: white; border: none; border-radius: 6px;
                       padding: 8px 22px; font-weight: bold; }}
QPushButton#Primary:disabled {{ background: #9fb3c3; }}
QPushButton#Link {{ border: none; color: {ACCENT}; text-decoration: underline;
                    background: transparent; padding: 4px 0; text-align: left; }}
QLineEdit {{ padding: 5px 6px; }}
QTableWidget {{ background: white; alternate-background-color: #f3f6f9;
                border: 1px solid #d9dee4; gridline-color: #e4e7eb; }}
QTableWidget::item {{ padding: 4px 10px; }}
QHeaderView::section {{ background: #e9edf1; padding: 6px 10px; border: none;
                        border-bottom: 1px solid #d9dee4; font-weight: bold; }}
QStatusBar {{ background: #e4e7eb; }}
QStatusBar QLabel {{ padding: 3px 12px; }}
"""


def pick_family(candidates=PREFERRED_FAMILIES) -> str | None:
    available = set(QFontDatabase.families())
    return next((family for family in candidates if family in available), None)


def point_size() -> int:
    try:
        return max(9, min(24, int(settings.get(settings.POINT_SIZE, str(DEFAULT_POINT_SIZE)))))
    except ValueError:
        return DEFAULT_POINT_SIZE


def apply(app: QApplication) -> None:
    """Set the default font (Japanese glyphs, larger size) and the style sheet."""
    font = QFont(app.font())
    family = pick_family()
    if family:
        font.setFamily(family)
    font.setPointSize(point_size())
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def mono_font(point_size_: int) -> QFont:
    font = QFont(pick_family(MONO_FAMILIES) or "monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size_)
    return font
