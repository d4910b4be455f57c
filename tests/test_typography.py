"""French typography: no-break spaces in text, never in code, tags or link targets."""

from __future__ import annotations

from pacte.typography import NBSP, NNBSP, french_spaces, french_spaces_markdown


def test_plain_text() -> None:
    assert french_spaces("Statut : en vigueur") == f"Statut{NBSP}: en vigueur"
    assert french_spaces("Vraiment ? Oui ! Enfin ; bref") == (
        f"Vraiment{NNBSP}? Oui{NNBSP}! Enfin{NNBSP}; bref"
    )
    assert french_spaces("« Charte »") == f"«{NBSP}Charte{NBSP}»"
    assert french_spaces("à 10:30, http://x.org?a=1") == "à 10:30, http://x.org?a=1"
    assert french_spaces("Statut\u00a0: déjà") == "Statut\u00a0: déjà"  # idempotent


def test_markdown_keeps_code_tags_and_links() -> None:
    source = "\n".join(
        [
            'Les données : voir [la liste](data/a.json "titre : x") et `a : b`.',
            '<span title="Note : x">Note :</span> suite',
            "<!-- pacte:in-force -->",
            "```yaml",
            "status : in-force",
            "```",
            "## Article 1 – Objet {: #article-1 }",
            "",
            "    code : indenté",
            "Fin !",
        ]
    )
    assert french_spaces_markdown(source).split("\n") == [
        f'Les données{NBSP}: voir [la liste](data/a.json "titre : x") et `a : b`.',
        f'<span title="Note : x">Note{NBSP}:</span> suite',
        "<!-- pacte:in-force -->",
        "```yaml",
        "status : in-force",
        "```",
        "## Article 1 – Objet {: #article-1 }",
        "",
        "    code : indenté",
        f"Fin{NNBSP}!",
    ]
