"""つながりデスク (Kodoku Desk): offline encrypted case management for 孤独・孤立対策 NPOs."""

__version__ = "0.1.0"
APP_NAME = "kodoku-desk"
