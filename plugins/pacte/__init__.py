"""Pacte: charters and conventions of a network of organisations, published from git."""

from importlib.metadata import PackageNotFoundError, version

# The version is written once, in pyproject.toml; an installed Pacte knows it from there.
try:
    __version__ = version("pacte")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
