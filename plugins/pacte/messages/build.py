"""Messages of the build: what the MkDocs plugin logs, and what `mkdocs serve` shows in
the browser while the sources have errors (mkdocs_plugin.py)."""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {
    # log_problems: past LOGGED_PER_CODE problems of one code
    "{count} more {severity}s [{code}]: 'pacte validate' lists them all": (
        "{count} {severity}s de plus [{code}]\u00a0: 'pacte validate' les donne tous",
        "altri {count} {severity} [{code}]: 'pacte validate' li elenca tutti",
        "{count} weitere {severity}s [{code}]: 'pacte validate' listet alle auf",
    ),
    # on_config: the build stops
    "{count} problem(s) in the sources (see above, or run 'pacte validate'): "
    "nothing was published": (
        "{count} problème(s) dans les sources (voir ci-dessus, ou lancez 'pacte "
        "validate')\u00a0: rien n'a été publié",
        "{count} problema/i nelle fonti (vedi sopra, o eseguite 'pacte validate'): nulla è "
        "stato pubblicato",
        "{count} Problem(e) in den Quellen (siehe oben, oder führen Sie 'pacte validate' aus): "
        "nichts wurde veröffentlicht",
    ),
    # on_config, while serving: the site shows the problems until they are fixed
    "{count} problem(s) in the sources: every page of the preview shows them until they "
    "are fixed": (
        "{count} problème(s) dans les sources\u00a0: chaque page de l'aperçu les montre "
        "jusqu'à ce qu'ils soient corrigés",
        "{count} problema/i nelle fonti: ogni pagina dell'anteprima li mostra finché non "
        "sono corretti",
        "{count} Problem(e) in den Quellen: Jede Seite der Vorschau zeigt sie, bis sie "
        "behoben sind",
    ),
    # the banner of every page while serving a site whose sources have errors
    "The sources have problems: the pages of the charters and conventions come back once "
    "they are fixed.": (
        "Les sources ont des problèmes\u00a0: les pages des chartes et des conventions "
        "reviennent dès qu'ils sont corrigés.",
        "Le fonti hanno dei problemi: le pagine delle carte e delle convenzioni tornano non "
        "appena sono corretti.",
        "Die Quellen haben Probleme: Die Seiten der Chartas und Vereinbarungen erscheinen "
        "wieder, sobald sie behoben sind.",
    ),
}
