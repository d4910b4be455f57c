"""Messages of the checks of the sources: reading files, their YAML, their values, and
the cross-checks of a site (sources.py, guard.py, load.py, values.py)."""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {
    # after each problem: where the site explains its code (problems.help_address)
    "see {address}": ("voir {address}", "vedi {address}", "siehe {address}"),
}
