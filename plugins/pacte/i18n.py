"""Labels of the generated pages in the site's language (one site, one interface language)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

FALLBACK = "en"

# label -> {language: text}. Keep every label in en, fr, it and de.
LABELS: dict[str, dict[str, str]] = {
    # --- labels of the changes page (diff rendering) ---
    # --- end of the changes page labels ---
}


LANGUAGES = ("en", "fr", "it", "de")

# The labels of the site's pages, written as (en, fr, it, de).
_SITE: dict[str, tuple[str, str, str, str]] = {
    "charters": ("Charters", "Chartes", "Carte", "Chartas"),
    "conventions": ("Conventions", "Conventions", "Convenzioni", "Vereinbarungen"),
    "charter": ("Charter", "Charte", "Carta", "Charta"),
    "convention": ("Convention", "Convention", "Convenzione", "Vereinbarung"),
    "members": ("Organisations", "Organisations", "Organizzazioni", "Organisationen"),
    "commitments": ("Commitments", "Engagements", "Impegni", "Verpflichtungen"),
    "status:draft": ("Draft", "Projet", "Bozza", "Entwurf"),
    "status:in-force": ("In force", "En vigueur", "In vigore", "In Kraft"),
    "status:expired": ("Expired", "Échue", "Scaduta", "Abgelaufen"),
    "status:superseded": ("Superseded", "Remplacée", "Sostituita", "Ersetzt"),
    "status:terminated": ("Terminated", "Résiliée", "Risolta", "Gekündigt"),
    "role:signatory": ("Signatory", "Signataire", "Firmatario", "Unterzeichner"),
    "role:partner": ("Partner", "Partenaire", "Partner", "Partner"),
    "role:observer": ("Observer", "Observateur", "Osservatore", "Beobachter"),
    "commitment:planned": ("Planned", "Prévu", "Previsto", "Geplant"),
    "commitment:ongoing": ("Ongoing", "En cours", "In corso", "Laufend"),
    "commitment:done": ("Done", "Réalisé", "Realizzato", "Erledigt"),
    "commitment:dropped": ("Dropped", "Abandonné", "Abbandonato", "Aufgegeben"),
    "commitment:none": ("Not stated", "Non précisé", "Non indicato", "Nicht angegeben"),
    "document": ("Document", "Document", "Documento", "Dokument"),
    "title": ("Title", "Titre", "Titolo", "Titel"),
    "status": ("Status", "Statut", "Stato", "Status"),
    "parties": ("Parties", "Parties", "Parti", "Parteien"),
    "dates": ("Dates", "Dates", "Date", "Daten"),
    "themes": ("Themes", "Thèmes", "Temi", "Themen"),
    "versions": ("Versions", "Versions", "Versioni", "Fassungen"),
    "version": ("Version", "Version", "Versione", "Fassung"),
    "adopted": ("Adopted", "Adoptée le", "Adottata il", "Angenommen am"),
    "effective": ("In effect", "Période de validité", "Periodo di validità", "Gültigkeit"),
    "open-ended": ("open-ended", "sans terme", "a tempo indeterminato", "unbefristet"),
    "from-date": ("from", "du", "dal", "vom"),
    "until-date": ("until", "au", "al", "bis"),
    "since": ("since", "depuis le", "dal", "seit"),
    "language": ("Language", "Langue", "Lingua", "Sprache"),
    "supersedes": ("Replaces", "Remplace", "Sostituisce", "Ersetzt"),
    "superseded-by": ("Replaced by", "Remplacée par", "Sostituita da", "Ersetzt durch"),
    "summary": ("Summary", "Résumé", "Sintesi", "Zusammenfassung"),
    "signed-copy": ("Signed copy", "Exemplaire signé", "Copia firmata", "Unterzeichnete Fassung"),
    "pages": ("pages", "pages", "pagine", "Seiten"),
    "signature-fields": (
        "Signature fields",
        "Champs de signature",
        "Campi di firma",
        "Signaturfelder",
    ),
    "signed-field": ("signed", "signé", "firmato", "signiert"),
    "unsigned-field": ("not signed", "non signé", "non firmato", "nicht signiert"),
    "organisation": ("Organisation", "Organisation", "Organizzazione", "Organisation"),
    "role": ("Role", "Rôle", "Ruolo", "Rolle"),
    "signed-on": ("Signed on", "Signée le", "Firmata il", "Unterzeichnet am"),
    "signatory": ("Signed by", "Signée par", "Firmata da", "Unterzeichnet von"),
    "commitment": ("Commitment", "Engagement", "Impegno", "Verpflichtung"),
    "by": ("By", "Par", "Da", "Von"),
    "all-parties": ("All parties", "Toutes les parties", "Tutte le parti", "Alle Parteien"),
    "article": ("Article", "Article", "Articolo", "Artikel"),
    "due": ("Due", "Échéance", "Scadenza", "Fällig"),
    "text": ("Text", "Texte", "Testo", "Text"),
    "other-versions": (
        "All versions",
        "Toutes les versions",
        "Tutte le versioni",
        "Alle Fassungen",
    ),
    "current-version": (
        "Current version",
        "Version en vigueur",
        "Versione in vigore",
        "Geltende Fassung",
    ),
    "latest-version": ("Latest version", "Dernière version", "Ultima versione", "Letzte Fassung"),
    "this-version": ("this version", "cette version", "questa versione", "diese Fassung"),
    "permalink": (
        "Permanent address of this version",
        "Adresse permanente de cette version",
        "Indirizzo permanente di questa versione",
        "Dauerhafte Adresse dieser Fassung",
    ),
    "changes": ("What changed", "Modifications", "Modifiche", "Änderungen"),
    "see-changes": (
        "What changed since version",
        "Ce qui a changé depuis la version",
        "Cosa è cambiato rispetto alla versione",
        "Was sich seit der Fassung geändert hat",
    ),
    "not-current": (
        "This version is not the current one.",
        "Cette version n'est pas la version en vigueur.",
        "Questa versione non è quella in vigore.",
        "Diese Fassung ist nicht die geltende.",
    ),
    "draft-notice": (
        "Draft: this version has not been adopted.",
        "Projet : cette version n'a pas été adoptée.",
        "Bozza: questa versione non è stata adottata.",
        "Entwurf: Diese Fassung wurde nicht angenommen.",
    ),
    "member-documents": (
        "Documents it is party to",
        "Documents auxquels elle est partie",
        "Documenti di cui è parte",
        "Dokumente, an denen sie beteiligt ist",
    ),
    "member-commitments": (
        "Commitments in force",
        "Engagements en vigueur",
        "Impegni in vigore",
        "Geltende Verpflichtungen",
    ),
    "member-earlier": (
        "Commitments of other versions",
        "Engagements des autres versions",
        "Impegni di altre versioni",
        "Verpflichtungen anderer Fassungen",
    ),
    "no-commitments": (
        "No commitment.",
        "Aucun engagement.",
        "Nessun impegno.",
        "Keine Verpflichtung.",
    ),
    "no-documents": ("No document.", "Aucun document.", "Nessun documento.", "Kein Dokument."),
    "kind": ("Kind", "Type", "Tipo", "Art"),
    "region": ("Region", "Territoire", "Territorio", "Region"),
    "website": ("Website", "Site web", "Sito web", "Website"),
    "parent": ("Part of", "Membre de", "Membro di", "Mitglied von"),
    "children": ("Members", "Membres", "Membri", "Mitglieder"),
    "short": ("Short name", "Sigle", "Sigla", "Kurzname"),
    "version-status": (
        "Status of the version",
        "Statut de la version",
        "Stato della versione",
        "Status der Fassung",
    ),
    "filter": ("Filter", "Filtrer", "Filtra", "Filtern"),
    "filter-text": ("Words", "Mots", "Parole", "Wörter"),
    "any": ("All", "Tous", "Tutti", "Alle"),
    "shown": (
        "commitments shown",
        "engagements affichés",
        "impegni visualizzati",
        "Verpflichtungen angezeigt",
    ),
    "reset": ("Reset", "Réinitialiser", "Azzera", "Zurücksetzen"),
    "sort-hint": (
        "Select a column heading to sort.",
        "Choisissez un titre de colonne pour trier.",
        "Scegliere l'intestazione di una colonna per ordinare.",
        "Spaltenüberschrift wählen, um zu sortieren.",
    ),
    "open-data": ("Open data", "Données ouvertes", "Dati aperti", "Offene Daten"),
    "feed": ("Atom feed", "Flux Atom", "Feed Atom", "Atom-Feed"),
    "count-documents": ("documents", "documents", "documenti", "Dokumente"),
    "count-members": ("organisations", "organisations", "organizzazioni", "Organisationen"),
    "download": ("Download", "Télécharger", "Scarica", "Herunterladen"),
    "none": ("—", "—", "—", "—"),
}

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}

LABELS.update({key: dict(zip(LANGUAGES, texts, strict=True)) for key, texts in _SITE.items()})


def format_date(day: date, language: str) -> str:
    """A date as people of the language write it: 28 juin 2019, 28. Juni 2019."""
    lang = base_language(language)
    months = _MONTHS.get(lang, _MONTHS[FALLBACK]).split()
    month = months[day.month - 1]
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    if lang == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def base_language(language: str) -> str:
    return language.split("-")[0].split("_")[0].lower()


def translator(language: str) -> Callable[[str], str]:
    """A function giving each label in the language, falling back to English."""
    lang = base_language(language)

    def translate(key: str) -> str:
        texts = LABELS.get(key)
        if texts is None:
            raise KeyError(f"no label {key!r}")
        return texts.get(lang) or texts[FALLBACK]

    return translate
