"""Zacni z Sąsiedztwa — the oral-history archive of a neighbourhood."""

__version__ = "0.1.0"
