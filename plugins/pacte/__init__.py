"""Pacte: charters and conventions of a network of organisations, published from git."""

__version__ = "0.1.0"
