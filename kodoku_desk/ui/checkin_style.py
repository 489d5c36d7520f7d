"""Look of the check-in screen: large, clear and high-contrast for a busy doorway.

Sizes follow the application font (``ui/point_size``), so enlarging the text in
設定 enlarges this screen too.  The style sheet is set on the page only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kodoku_desk.ui.theme import ACCENT, WARN

ROW_HEIGHT = 56          # a search result
COUNTER_BUTTON = 52      # the − / + buttons of a walk-in counter


def base_points() -> int:
    size = QApplication.font().pointSize()
    return size if size > 0 else 12


def stylesheet() -> str:
    b = base_points()
    return f"""
QLineEdit#CheckinSearch {{ font-size: {b + 5}pt; padding: 8px 12px; border: 2px solid {ACCENT};
                           border-radius: 8px; background: white; color: #111; }}
QLabel#CheckinStatus {{ font-size: {b + 2}pt; font-weight: bold; padding: 8px 12px;
                        border-radius: 6px; background: #e9edf1; color: #1f2933; }}
QLabel#CheckinStatus[kind="ok"] {{ background: #dff3e4; color: #124d26;
                                   border: 1px solid #8cc79d; }}
QLabel#CheckinStatus[kind="warn"] {{ background: #fff3d6; color: #6b4200;
                                     border: 1px solid #e0b45a; }}
QLabel#CheckinStatus[kind="error"] {{ background: #fbe4de; color: {WARN};
                                      border: 1px solid #e2a08e; }}
QPushButton#Candidate {{ background: white; border: 1px solid #bcc6d0; border-radius: 8px;
                         padding: 2px 8px; text-align: left; min-height: {ROW_HEIGHT - 10}px; }}
QPushButton#Candidate:hover {{ background: #eef5fa; border-color: {ACCENT}; }}
QPushButton#Candidate[current="true"] {{ background: #e3eef6; border: 3px solid {ACCENT}; }}
QPushButton#Candidate:disabled {{ background: #eceff2; border: 1px dashed #9aa5b1; }}
QPushButton#Candidate[current="true"]:disabled {{ border: 3px solid #7b8794; }}
QLabel#CandidateName {{ font-size: {b + 4}pt; font-weight: bold; color: #111; }}
QLabel#CandidateKana {{ color: #3e4c59; }}
QLabel#CandidateCategory {{ font-size: {b + 1}pt; font-weight: bold; color: #1f2933; }}
QLabel#Badge {{ border-radius: 4px; padding: 2px 8px; font-weight: bold; color: white;
                background: {ACCENT}; }}
QLabel#Badge[kind="first"] {{ background: #b35c00; }}
QLabel#Badge[kind="done"] {{ background: #52606d; }}
QLabel#Badge[kind="last"] {{ background: transparent; color: #3e4c59; font-weight: normal;
                             padding: 2px 0; }}
QPushButton#Role {{ font-size: {b + 1}pt; padding: 6px 14px; min-height: 2em;
                    border: 2px solid #9aa5b1; border-radius: 6px; background: white;
                    color: #1f2933; }}
QPushButton#Role:checked {{ background: {ACCENT}; border-color: {ACCENT}; color: white;
                            font-weight: bold; }}
QPushButton#Role:focus, QPushButton#Counter:focus {{ border: 3px solid #f0a020; }}
QComboBox#CheckinCategory {{ font-size: {b + 1}pt; min-height: 2em; }}
QLabel#TotalValue {{ font-size: {b + 14}pt; font-weight: bold; color: {ACCENT}; }}
QLabel#TotalValue[main="true"] {{ font-size: {b + 20}pt; }}
QLabel#TotalLabel {{ font-size: {b}pt; color: #323f4b; font-weight: bold; }}
QLabel#WalkinLabel {{ font-size: {b + 2}pt; color: #1f2933; }}
QLabel#WalkinValue {{ font-size: {b + 8}pt; font-weight: bold; color: #111; }}
QLabel#KeyName {{ font-weight: bold; color: #1f2933; font-family: monospace; }}
QLabel#KeyHint {{ color: #3e4c59; font-size: {max(b - 1, 9)}pt; }}
QPushButton#Counter {{ font-size: {b + 8}pt; font-weight: bold; min-width: {COUNTER_BUTTON}px;
                       min-height: 40px; padding: 0; border: 2px solid #9aa5b1;
                       border-radius: 8px; background: white; color: #1f2933; }}
QPushButton#Counter[plus="true"] {{ background: {ACCENT}; border-color: {ACCENT}; color: white; }}
QPushButton#Counter:disabled {{ color: #9aa5b1; border-color: #d0d6dc; background: #f0f2f4; }}
QPushButton#Counter[plus="true"]:focus {{ border: 3px solid #f0a020; }}
QPushButton#Undo {{ font-size: {b + 1}pt; padding: 6px 16px; min-height: 2em; }}
QTableView#Roster {{ font-size: {b + 1}pt; background: white; alternate-background-color: #f3f6f9;
                     border: 1px solid #d9dee4; gridline-color: #e4e7eb; }}
QTableView#Roster::item {{ padding: 2px 8px; }}
QTableView#Roster::item:selected {{ background: {ACCENT}; color: white; }}
QHeaderView::section {{ background: #e9edf1; padding: 6px 10px; border: none;
                        border-bottom: 1px solid #d9dee4; font-weight: bold; }}
QScrollArea#CheckinSide, QWidget#CheckinSide {{ background: transparent; }}
QFrame#QuickForm {{ background: #fffdf5; border: 2px solid #e0b45a; border-radius: 10px; }}
"""


def repolish(widget) -> None:
    """Apply a changed dynamic property (``kind``, ``current``) to the style."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
