"""Labels of the generated pages in the site's language (one site, one interface language)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from datetime import date

FALLBACK = "en"

# label -> {language: text}. Keep every label in en, fr, it and de.
LABELS: dict[str, dict[str, str]] = {
    # --- labels of the changes page (diff rendering) ---
    "changes.heading": {
        "en": "Changes from version {old} to version {new}",
        "fr": "Modifications de la version {old} à la version {new}",
        "it": "Modifiche dalla versione {old} alla versione {new}",
        "de": "Änderungen von Fassung {old} zu Fassung {new}",
    },
    "changes.translation_added": {
        "en": "translation into {language} added ({path})",
        "fr": "traduction en {language} ajoutée ({path})",
        "it": "traduzione in {language} aggiunta ({path})",
        "de": "Übersetzung ({language}) hinzugefügt ({path})",
    },
    "changes.translation_removed": {
        "en": "translation into {language} removed ({path})",
        "fr": "traduction en {language} supprimée ({path})",
        "it": "traduzione in {language} soppressa ({path})",
        "de": "Übersetzung ({language}) entfernt ({path})",
    },
    "changes.translation_changed": {
        "en": "translation into {language} changed ({path})",
        "fr": "traduction en {language} modifiée ({path})",
        "it": "traduzione in {language} modificata ({path})",
        "de": "Übersetzung ({language}) geändert ({path})",
    },
    "changes.translation_stale": {
        "en": "not brought up to date in {language}",
        "fr": "pas mis à jour en {language}",
        "it": "non aggiornati in {language}",
        "de": "nicht nachgeführt ({language})",
    },
    "changes.heading_edit": {
        "en": "Changes to version {label}",
        "fr": "Modifications de la version {label}",
        "it": "Modifiche alla versione {label}",
        "de": "Änderungen an Fassung {label}",
    },
    "changes.summary": {
        "en": "Summary",
        "fr": "Résumé",
        "it": "Sintesi",
        "de": "Übersicht",
    },
    "changes.details": {
        "en": "Details",
        "fr": "Informations",
        "it": "Informazioni",
        "de": "Angaben",
    },
    "changes.parties": {
        "en": "Parties",
        "fr": "Parties",
        "it": "Parti",
        "de": "Parteien",
    },
    "changes.commitments": {
        "en": "Commitments",
        "fr": "Engagements",
        "it": "Impegni",
        "de": "Verpflichtungen",
    },
    "changes.text": {
        "en": "Text",
        "fr": "Texte",
        "it": "Testo",
        "de": "Text",
    },
    "changes.impact": {
        "en": "What changes for each organisation",
        "fr": "Ce qui change pour chaque organisation",
        "it": "Cosa cambia per ciascuna organizzazione",
        "de": "Was sich für jede Organisation ändert",
    },
    "changes.impact_everyone": {
        "en": "For each of the {count} parties",
        "fr": "Pour chacune des {count} parties",
        "it": "Per ciascuna delle {count} parti",
        "de": "Für jede der {count} Parteien",
    },
    "changes.impact_commitment": {
        "en": "Commitment {text}, {fields}",
        "fr": "Engagement {text}, {fields}",
        "it": "Impegno {text}, {fields}",
        "de": "Verpflichtung {text}, {fields}",
    },
    "changes.impact_separator": {
        "en": "; ",
        "fr": "\u00a0; ",
        "it": "; ",
        "de": "; ",
    },
    "changes.impact_text_changed": {
        "en": "new wording",
        "fr": "nouvelle rédaction",
        "it": "nuova formulazione",
        "de": "neue Fassung",
    },
    "changes.impact_by_changed": {
        "en": "other parties bound",
        "fr": "autres parties engagées",
        "it": "altre parti impegnate",
        "de": "andere gebundene Parteien",
    },
    "changes.no_change": {
        "en": "No change between these versions.",
        "fr": "Aucune modification entre ces versions.",
        "it": "Nessuna modifica tra queste versioni.",
        "de": "Keine Änderung zwischen diesen Fassungen.",
    },
    "changes.recast": {
        "en": "The text is recast: nothing of version {old} is kept or changed in part. "
        "Each passage below links to its text, on its version's page.",
        "fr": "Texte refondu\u00a0: rien du texte de la version {old} n'est repris ni "
        "modifié en partie. Chaque passage ci-dessous renvoie à son texte, sur la page de "
        "sa version.",
        "it": "Testo rifuso: nulla del testo della versione {old} è ripreso o modificato in "
        "parte. Ogni passo qui sotto rimanda al suo testo, nella pagina della sua versione.",
        "de": "Neufassung: nichts vom Text der Fassung {old} wird übernommen oder teilweise "
        "geändert. Jeder Abschnitt unten verweist auf seinen Text, auf der Seite seiner "
        "Fassung.",
    },
    "changes.unchanged": {
        "en": "Unchanged: {passages}",
        "fr": "Sans changement\u00a0: {passages}",
        "it": "Senza modifiche: {passages}",
        "de": "Unverändert: {passages}",
    },
    "changes.previous_version": {
        "en": "Earlier version {label}",
        "fr": "Version précédente {label}",
        "it": "Versione precedente {label}",
        "de": "Frühere Fassung {label}",
    },
    "changes.this_version": {
        "en": "Version {label}",
        "fr": "Version {label}",
        "it": "Versione {label}",
        "de": "Fassung {label}",
    },
    "changes.inserted": {
        "en": "inserted:",
        "fr": "insertion\u00a0:",
        "it": "inserimento:",
        "de": "eingefügt:",
    },
    "changes.deleted": {
        "en": "deleted:",
        "fr": "suppression\u00a0:",
        "it": "eliminazione:",
        "de": "gestrichen:",
    },
    "changes.article_short": {
        "en": "art. {number}",
        "fr": "art. {number}",
        "it": "art. {number}",
        "de": "Art. {number}",
    },
    "changes.field_text": {
        "en": "{field}",
        "fr": "{field}",
        "it": "{field}",
        "de": "{field}",
    },
    "changes.preamble": {
        "en": "Preamble",
        "fr": "Préambule",
        "it": "Preambolo",
        "de": "Präambel",
    },
    "changes.none": {
        "en": "none",
        "fr": "néant",
        "it": "nulla",
        "de": "keine Angabe",
    },
    "changes.title_label": {
        "en": "Title",
        "fr": "Titre",
        "it": "Titolo",
        "de": "Titel",
    },
    "changes.version": {
        "en": "Version",
        "fr": "Version",
        "it": "Versione",
        "de": "Fassung",
    },
    "changes.compared_with": {
        "en": "(compared with {label})",
        "fr": "(comparée à {label})",
        "it": "(confrontata con {label})",
        "de": "(verglichen mit {label})",
    },
    "changes.count.articles_changed": {
        "en": "Articles changed",
        "fr": "Articles modifiés",
        "it": "Articoli modificati",
        "de": "Geänderte Artikel",
    },
    "changes.count.articles_added": {
        "en": "Articles added",
        "fr": "Articles ajoutés",
        "it": "Articoli aggiunti",
        "de": "Neue Artikel",
    },
    "changes.count.articles_removed": {
        "en": "Articles removed",
        "fr": "Articles supprimés",
        "it": "Articoli soppressi",
        "de": "Gestrichene Artikel",
    },
    "changes.count.articles_moved": {
        "en": "Articles moved or renumbered",
        "fr": "Articles déplacés ou renumérotés",
        "it": "Articoli spostati o rinumerati",
        "de": "Verschobene oder neu nummerierte Artikel",
    },
    "changes.count.other_text_changed": {
        "en": "Other passages changed",
        "fr": "Autres passages modifiés",
        "it": "Altri passaggi modificati",
        "de": "Andere geänderte Abschnitte",
    },
    "changes.count.commitments_added": {
        "en": "Commitments added",
        "fr": "Engagements ajoutés",
        "it": "Impegni aggiunti",
        "de": "Neue Verpflichtungen",
    },
    "changes.count.commitments_removed": {
        "en": "Commitments removed",
        "fr": "Engagements supprimés",
        "it": "Impegni soppressi",
        "de": "Gestrichene Verpflichtungen",
    },
    "changes.count.commitments_changed": {
        "en": "Commitments changed",
        "fr": "Engagements modifiés",
        "it": "Impegni modificati",
        "de": "Geänderte Verpflichtungen",
    },
    "changes.count.parties_added": {
        "en": "Parties added",
        "fr": "Parties ajoutées",
        "it": "Parti aggiunte",
        "de": "Neue Parteien",
    },
    "changes.count.parties_removed": {
        "en": "Parties removed",
        "fr": "Parties retirées",
        "it": "Parti uscite",
        "de": "Ausgeschiedene Parteien",
    },
    "changes.count.parties_changed": {
        "en": "Parties changed",
        "fr": "Parties modifiées",
        "it": "Parti modificate",
        "de": "Geänderte Parteien",
    },
    "changes.count.details_changed": {
        "en": "Details changed",
        "fr": "Informations modifiées",
        "it": "Informazioni modificate",
        "de": "Geänderte Angaben",
    },
    "changes.field.title": {
        "en": "Title",
        "fr": "Titre",
        "it": "Titolo",
        "de": "Titel",
    },
    "changes.field.status": {
        "en": "Status",
        "fr": "Statut",
        "it": "Stato",
        "de": "Status",
    },
    "changes.field.adopted": {
        "en": "Adoption date",
        "fr": "Date d'adoption",
        "it": "Data di adozione",
        "de": "Datum der Annahme",
    },
    "changes.field.effective": {
        "en": "Period of validity",
        "fr": "Période de validité",
        "it": "Periodo di validità",
        "de": "Geltungsdauer",
    },
    "changes.field.lang": {
        "en": "Language",
        "fr": "Langue",
        "it": "Lingua",
        "de": "Sprache",
    },
    "changes.field.supersedes": {
        "en": "Version replaced",
        "fr": "Version remplacée",
        "it": "Versione sostituita",
        "de": "Ersetzte Fassung",
    },
    "changes.field.themes": {
        "en": "Themes",
        "fr": "Thèmes",
        "it": "Temi",
        "de": "Themen",
    },
    "changes.field.summary": {
        "en": "Summary",
        "fr": "Résumé",
        "it": "Sintesi",
        "de": "Zusammenfassung",
    },
    "changes.field.signed_copy": {
        "en": "Signed copy",
        "fr": "Exemplaire signé",
        "it": "Copia firmata",
        "de": "Unterzeichnetes Exemplar",
    },
    "changes.field.text": {
        "en": "text",
        "fr": "texte",
        "it": "testo",
        "de": "Text",
    },
    "changes.field.by": {
        "en": "committed parties",
        "fr": "parties engagées",
        "it": "parti impegnate",
        "de": "verpflichtete Parteien",
    },
    "changes.field.article": {
        "en": "article",
        "fr": "article",
        "it": "articolo",
        "de": "Artikel",
    },
    "changes.field.due": {
        "en": "due date",
        "fr": "échéance",
        "it": "scadenza",
        "de": "Frist",
    },
    "changes.field.commitment_status": {
        "en": "status",
        "fr": "statut",
        "it": "stato",
        "de": "Status",
    },
    "changes.field.role": {
        "en": "role",
        "fr": "rôle",
        "it": "ruolo",
        "de": "Rolle",
    },
    "changes.field.signed": {
        "en": "signature date",
        "fr": "date de signature",
        "it": "data di firma",
        "de": "Datum der Unterzeichnung",
    },
    "changes.field.signatory": {
        "en": "signatory",
        "fr": "signataire",
        "it": "firmatario",
        "de": "Unterzeichnende Person",
    },
    "changes.field.withdrawn": {
        "en": "withdrawal date",
        "fr": "date de retrait",
        "it": "data di ritiro",
        "de": "Austrittsdatum",
    },
    "changes.field.acceptance_articles": {
        "en": "Articles open to choice",
        "fr": "Articles au choix",
        "it": "Articoli a scelta",
        "de": "Wahlartikel",
    },
    "changes.field.acceptance_minimum": {
        "en": "Least number of articles to accept",
        "fr": "Nombre minimal d'articles à accepter",
        "it": "Numero minimo di articoli da accettare",
        "de": "Mindestzahl anzunehmender Artikel",
    },
    "changes.field.acceptance_core": {
        "en": "Core articles",
        "fr": "Articles du noyau",
        "it": "Articoli del nucleo",
        "de": "Kernartikel",
    },
    "changes.field.acceptance_core_minimum": {
        "en": "Least number of core articles to accept",
        "fr": "Nombre minimal d'articles du noyau à accepter",
        "it": "Numero minimo di articoli del nucleo da accettare",
        "de": "Mindestzahl anzunehmender Kernartikel",
    },
    "changes.party_accepts_joined": {
        "en": "{member}, accepted articles, added: {joined}",
        "fr": "{member}, articles acceptés, ajout\u00a0: {joined}",
        "it": "{member}, articoli accettati, aggiunta: {joined}",
        "de": "{member}, angenommene Artikel, neu: {joined}",
    },
    "changes.party_accepts_left": {
        "en": "{member}, accepted articles, removed: {left}",
        "fr": "{member}, articles acceptés, retrait\u00a0: {left}",
        "it": "{member}, articoli accettati, rimozione: {left}",
        "de": "{member}, angenommene Artikel, entfernt: {left}",
    },
    "changes.party_accepts_changed": {
        "en": "{member}, accepted articles, added: {joined}; removed: {left}",
        "fr": "{member}, articles acceptés, ajout\u00a0: {joined}\u00a0; retrait\u00a0: {left}",
        "it": "{member}, articoli accettati, aggiunta: {joined}; rimozione: {left}",
        "de": "{member}, angenommene Artikel, neu: {joined}; entfernt: {left}",
    },
    "changes.field_changed": {
        "en": "{field}: {old} → {new}",
        "fr": "{field}\u00a0: {old} → {new}",
        "it": "{field}: {old} → {new}",
        "de": "{field}: {old} → {new}",
    },
    "changes.field_set": {
        "en": "{field}: {new} (added)",
        "fr": "{field}\u00a0: {new} (ajout)",
        "it": "{field}: {new} (aggiunta)",
        "de": "{field}: {new} (neu)",
    },
    "changes.field_removed": {
        "en": "{field}: {old} (removed)",
        "fr": "{field}\u00a0: {old} (retrait)",
        "it": "{field}: {old} (rimozione)",
        "de": "{field}: {old} (entfernt)",
    },
    "changes.party_added": {
        "en": "{member} becomes a party ({role})",
        "fr": "{member} devient partie ({role})",
        "it": "{member} diventa parte ({role})",
        "de": "{member} wird Partei ({role})",
    },
    "changes.party_removed": {
        "en": "{member} is no longer a party (was {role})",
        "fr": "{member} n'est plus partie (était {role})",
        "it": "{member} non è più parte (era {role})",
        "de": "{member} ist nicht mehr Partei (war {role})",
    },
    "changes.party_field_changed": {
        "en": "{member}, {field}: {old} → {new}",
        "fr": "{member}, {field}\u00a0: {old} → {new}",
        "it": "{member}, {field}: {old} → {new}",
        "de": "{member}, {field}: {old} → {new}",
    },
    "changes.commitment_added": {
        "en": "New commitment: {text}",
        "fr": "Nouvel engagement\u00a0: {text}",
        "it": "Nuovo impegno: {text}",
        "de": "Neue Verpflichtung: {text}",
    },
    "changes.commitment_removed": {
        "en": "Commitment removed: {text}",
        "fr": "Engagement supprimé\u00a0: {text}",
        "it": "Impegno soppresso: {text}",
        "de": "Verpflichtung gestrichen: {text}",
    },
    "changes.commitment_field_changed": {
        "en": "Commitment {text}, {field}: {old} → {new}",
        "fr": "Engagement {text}, {field}\u00a0: {old} → {new}",
        "it": "Impegno {text}, {field}: {old} → {new}",
        "de": "Verpflichtung {text}, {field}: {old} → {new}",
    },
    "changes.commitment_text": {
        "en": "Commitment reworded",
        "fr": "Engagement reformulé",
        "it": "Impegno riformulato",
        "de": "Verpflichtung umformuliert",
    },
    "changes.article_unchanged": {
        "en": "{article}: unchanged",
        "fr": "{article}\u00a0: sans changement",
        "it": "{article}: nessuna modifica",
        "de": "{article}: unverändert",
    },
    "changes.article_added": {
        "en": "{article}: added",
        "fr": "{article}\u00a0: texte ajouté",
        "it": "{article}: testo aggiunto",
        "de": "{article}: neu",
    },
    "changes.article_added_from": {
        "en": "{article}: added, taking up most of the text of {old}",
        "fr": "{article}\u00a0: texte ajouté, qui reprend l'essentiel d'un autre passage ({old})",
        "it": "{article}: testo aggiunto, che riprende gran parte di un altro passaggio ({old})",
        "de": "{article}: neu, übernimmt den Großteil des Textes von {old}",
    },
    "changes.article_removed": {
        "en": "{article}: removed",
        "fr": "{article}\u00a0: texte supprimé",
        "it": "{article}: testo soppresso",
        "de": "{article}: gestrichen",
    },
    "changes.article_removed_into": {
        "en": "{article}: removed, most of its text is now in {new}",
        "fr": "{article}\u00a0: texte supprimé, repris pour l'essentiel ailleurs ({new})",
        "it": "{article}: testo soppresso, ripreso in gran parte altrove ({new})",
        "de": "{article}: gestrichen, der Großteil des Textes steht nun in {new}",
    },
    "changes.article_moved": {
        "en": "{article}: moved, text unchanged",
        "fr": "{article}\u00a0: changement de place, texte inchangé",
        "it": "{article}: cambio di posizione, testo invariato",
        "de": "{article}: verschoben, Text unverändert",
    },
    "changes.article_renumbered": {
        "en": "{article}: renumbered (was {old}), text unchanged",
        "fr": "{article}\u00a0: renuméroté (ancien {old}), texte inchangé",
        "it": "{article}: rinumerato (era {old}), testo invariato",
        "de": "{article}: neu nummeriert (vorher {old}), Text unverändert",
    },
    "changes.article_changed": {
        "en": "{article}: {extent}",
        "fr": "{article}\u00a0: {extent}",
        "it": "{article}: {extent}",
        "de": "{article}: {extent}",
    },
    "changes.article_moved_changed": {
        "en": "{article}: moved; {extent}",
        "fr": "{article}\u00a0: changement de place\u00a0; {extent}",
        "it": "{article}: cambio di posizione; {extent}",
        "de": "{article}: verschoben; {extent}",
    },
    "changes.article_renumbered_changed": {
        "en": "{article}: renumbered (was {old}); {extent}",
        "fr": "{article}\u00a0: renuméroté (ancien {old})\u00a0; {extent}",
        "it": "{article}: rinumerato (era {old}); {extent}",
        "de": "{article}: neu nummeriert (vorher {old}); {extent}",
    },
    "changes.extent.wording": {
        "en": "text changed",
        "fr": "texte modifié",
        "it": "testo modificato",
        "de": "Text geändert",
    },
    "changes.extent.punctuation": {
        "en": "punctuation changed only",
        "fr": "ponctuation modifiée seulement",
        "it": "modificata solo la punteggiatura",
        "de": "nur Satzzeichen geändert",
    },
    "changes.extent.paragraphs": {
        "en": "only line breaks changed",
        "fr": "seuls les retours à la ligne changent",
        "it": "cambiano solo gli a capo",
        "de": "nur Zeilenumbrüche geändert",
    },
    "changes.extent.rewritten": {
        "en": "text rewritten in full",
        "fr": "texte entièrement réécrit",
        "it": "testo interamente riscritto",
        "de": "Text vollständig neu gefasst",
    },
    "changes.extent.title": {
        "en": "title changed only",
        "fr": "titre modifié seulement",
        "it": "modificato solo il titolo",
        "de": "nur Titel geändert",
    },
    "changes.role.signatory": {
        "en": "signatory",
        "fr": "signataire",
        "it": "firmatario",
        "de": "Unterzeichner",
    },
    "changes.role.partner": {
        "en": "partner",
        "fr": "partenaire",
        "it": "partner",
        "de": "Partner",
    },
    "changes.role.observer": {
        "en": "observer",
        "fr": "observateur",
        "it": "osservatore",
        "de": "Beobachter",
    },
    "changes.status.draft": {
        "en": "draft",
        "fr": "projet",
        "it": "bozza",
        "de": "Entwurf",
    },
    "changes.status.in-force": {
        "en": "in force",
        "fr": "en vigueur",
        "it": "in vigore",
        "de": "in Kraft",
    },
    "changes.status.expired": {
        "en": "expired",
        "fr": "échue",
        "it": "scaduta",
        "de": "abgelaufen",
    },
    "changes.status.superseded": {
        "en": "superseded",
        "fr": "remplacée",
        "it": "sostituita",
        "de": "ersetzt",
    },
    "changes.status.terminated": {
        "en": "terminated",
        "fr": "résiliée",
        "it": "risolta",
        "de": "gekündigt",
    },
    "changes.status.planned": {
        "en": "planned",
        "fr": "prévu",
        "it": "previsto",
        "de": "geplant",
    },
    "changes.status.ongoing": {
        "en": "ongoing",
        "fr": "en cours",
        "it": "in corso",
        "de": "laufend",
    },
    "changes.status.done": {
        "en": "done",
        "fr": "réalisé",
        "it": "realizzato",
        "de": "erledigt",
    },
    "changes.status.dropped": {
        "en": "dropped",
        "fr": "abandonné",
        "it": "abbandonato",
        "de": "aufgegeben",
    },
    "changes.kind.charter": {
        "en": "Charter",
        "fr": "Charte",
        "it": "Carta",
        "de": "Charta",
    },
    "changes.kind.convention": {
        "en": "Convention",
        "fr": "Convention",
        "it": "Convenzione",
        "de": "Vereinbarung",
    },
    "changes.state.added": {
        "en": "added",
        "fr": "ajoutée",
        "it": "aggiunta",
        "de": "neu",
    },
    "changes.state.removed": {
        "en": "removed",
        "fr": "supprimée",
        "it": "eliminata",
        "de": "entfernt",
    },
    "changes.state.changed": {
        "en": "changed",
        "fr": "modifiée",
        "it": "modificata",
        "de": "geändert",
    },
    "changes.state.reformatted": {
        "en": "layout only, same content",
        "fr": "mise en forme seulement, même contenu",
        "it": "solo impaginazione, stesso contenuto",
        "de": "nur Formatierung, gleicher Inhalt",
    },
    "changes.state.invalid": {
        "en": "invalid: the file cannot be read, nothing is compared",
        "fr": "invalide\u00a0: le fichier ne peut pas être lu, rien n'est comparé",
        "it": "non valida: il file non può essere letto, nulla è confrontato",
        "de": "ungültig: die Datei kann nicht gelesen werden, nichts wird verglichen",
    },
    "changes.state.repaired": {
        "en": "could not be read before, readable now: nothing is compared",
        "fr": "illisible auparavant, lisible désormais\u00a0: rien n'est comparé",
        "it": "prima illeggibile, ora leggibile: nulla è confrontato",
        "de": "vorher unlesbar, jetzt lesbar: nichts wird verglichen",
    },
    "changes.base_heading": {
        "en": "What this change does to the documents, compared with {base}",
        "fr": "Effet de cette modification sur les documents, par rapport à {base}",
        "it": "Effetto di questa modifica sui documenti, rispetto a {base}",
        "de": "Auswirkung dieser Änderung auf die Dokumente, verglichen mit {base}",
    },
    "changes.base_nothing": {
        "en": "No document, version or organisation changes.",
        "fr": "Aucun document, aucune version ni organisation ne change.",
        "it": "Nessun documento, versione o organizzazione cambia.",
        "de": "Kein Dokument, keine Fassung und keine Organisation ändert sich.",
    },
    "changes.members_file": {
        "en": "Organisations (members.yml)",
        "fr": "Organisations (members.yml)",
        "it": "Organizzazioni (members.yml)",
        "de": "Organisationen (members.yml)",
    },
    "changes.affected": {
        "en": "Organisations concerned",
        "fr": "Organisations concernées",
        "it": "Organizzazioni interessate",
        "de": "Betroffene Organisationen",
    },
    "changes.too_long": {
        "en": (
            "The report is too long for a comment: the text of the articles is left out. Run "
            "pacte diff --base to read it in full."
        ),
        "fr": (
            "Le rapport est trop long pour un commentaire\u00a0: le texte des articles est "
            "omis. Lancez pacte diff --base pour le lire en entier."
        ),
        "it": (
            "Il rapporto è troppo lungo per un commento: il testo degli articoli è omesso. "
            "Eseguire pacte diff --base per leggerlo per intero."
        ),
        "de": (
            "Der Bericht ist für einen Kommentar zu lang: der Text der Artikel ist weggelassen. "
            "Mit pacte diff --base lässt er sich vollständig lesen."
        ),
    },
    "changes.party_field_set": {
        "en": "{member}, {field}: {new} (added)",
        "fr": "{member}, {field}\u00a0: {new} (ajout)",
        "it": "{member}, {field}: {new} (aggiunta)",
        "de": "{member}, {field}: {new} (neu)",
    },
    "changes.party_field_removed": {
        "en": "{member}, {field}: {old} (removed)",
        "fr": "{member}, {field}\u00a0: {old} (retrait)",
        "it": "{member}, {field}: {old} (rimozione)",
        "de": "{member}, {field}: {old} (entfernt)",
    },
    "changes.commitment_field_set": {
        "en": "Commitment {text}, {field}: {new} (added)",
        "fr": "Engagement {text}, {field}\u00a0: {new} (ajout)",
        "it": "Impegno {text}, {field}: {new} (aggiunta)",
        "de": "Verpflichtung {text}, {field}: {new} (neu)",
    },
    "changes.commitment_field_removed": {
        "en": "Commitment {text}, {field}: {old} (removed)",
        "fr": "Engagement {text}, {field}\u00a0: {old} (retrait)",
        "it": "Impegno {text}, {field}: {old} (rimozione)",
        "de": "Verpflichtung {text}, {field}: {old} (entfernt)",
    },
    "changes.extent.formatting": {
        "en": "only the formatting changed",
        "fr": "seule la mise en forme change",
        "it": "cambia solo la formattazione",
        "de": "nur Formatierung geändert",
    },
    "changes.quote": {
        "en": "“{text}”",
        "fr": "«\u00a0{text}\u00a0»",
        "it": "«{text}»",
        "de": "„{text}“",
    },
    "changes.page_title": {
        "en": "What changed: {title}",
        "fr": "Modifications\u00a0: {title}",
        "it": "Modifiche: {title}",
        "de": "Änderungen: {title}",
    },
    "changes.commitment_changed": {
        "en": "Commitment {text}:",
        "fr": "Engagement {text}\u00a0:",
        "it": "Impegno {text}:",
        "de": "Verpflichtung {text}:",
    },
    "changes.by_changed": {
        "en": "{field}, added: {joined}; removed: {left}",
        "fr": "{field}, ajout\u00a0: {joined}\u00a0; retrait\u00a0: {left}",
        "it": "{field}, aggiunta: {joined}; rimozione: {left}",
        "de": "{field}, neu: {joined}; entfernt: {left}",
    },
    "changes.by_joined": {
        "en": "{field}, added: {joined}",
        "fr": "{field}, ajout\u00a0: {joined}",
        "it": "{field}, aggiunta: {joined}",
        "de": "{field}, neu: {joined}",
    },
    "changes.by_left": {
        "en": "{field}, removed: {left}",
        "fr": "{field}, retrait\u00a0: {left}",
        "it": "{field}, rimozione: {left}",
        "de": "{field}, entfernt: {left}",
    },
    "changes.commitment_by_changed": {
        "en": "Commitment {text}, {field}, added: {joined}; removed: {left}",
        "fr": "Engagement {text}, {field}, ajout\u00a0: {joined}\u00a0; retrait\u00a0: {left}",
        "it": "Impegno {text}, {field}, aggiunta: {joined}; rimozione: {left}",
        "de": "Verpflichtung {text}, {field}, neu: {joined}; entfernt: {left}",
    },
    "changes.commitment_by_joined": {
        "en": "Commitment {text}, {field}, added: {joined}",
        "fr": "Engagement {text}, {field}, ajout\u00a0: {joined}",
        "it": "Impegno {text}, {field}, aggiunta: {joined}",
        "de": "Verpflichtung {text}, {field}, neu: {joined}",
    },
    "changes.commitment_by_left": {
        "en": "Commitment {text}, {field}, removed: {left}",
        "fr": "Engagement {text}, {field}, retrait\u00a0: {left}",
        "it": "Impegno {text}, {field}, rimozione: {left}",
        "de": "Verpflichtung {text}, {field}, entfernt: {left}",
    },
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
    # the page of problem codes (problems.code_texts), for the editors
    "problems-title": (
        "Checks of the sources",
        "Vérifications des sources",
        "Verifiche delle fonti",
        "Prüfungen der Quellen",
    ),
    "problems-intro": (
        "pacte validate and every build check the sources. Each problem they find names "
        "its code, explained below: what it means and what to do.",
        "pacte validate et chaque construction du site vérifient les sources. Chaque "
        "problème trouvé donne son code, expliqué ci-dessous\u00a0: ce qu'il signifie et "
        "ce qu'il faut faire.",
        "pacte validate e ogni costruzione del sito verificano le fonti. Ogni problema "
        "trovato indica il suo codice, spiegato qui sotto: cosa significa e cosa fare.",
        "pacte validate und jeder Aufbau der Website prüfen die Quellen. Jedes gefundene "
        "Problem nennt seinen Code, unten erklärt: was er bedeutet und was zu tun ist.",
    ),
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
    "languages": ("Languages", "Langues", "Lingue", "Sprachen"),
    "authentic-texts": (
        "Authentic texts",
        "Textes faisant foi",
        "Testi facenti fede",
        "Verbindliche Texte",
    ),
    "translation": ("Translation", "Traduction", "Traduzione", "Übersetzung"),
    "side-by-side": ("Side by side", "Côte à côte", "Testo a fronte", "Nebeneinander"),
    "not-authentic": (
        "This translation has no legal force; the authentic texts are in: ",
        "Cette traduction n'a pas de valeur juridique\u00a0; les textes faisant foi sont en ",
        "Questa traduzione non ha valore giuridico; i testi facenti fede sono in ",
        "Diese Übersetzung ist nicht rechtsverbindlich; verbindlich sind die Texte auf ",
    ),
    "commitment-languages": (
        "Language of the commitments",
        "Langue des engagements",
        "Lingua degli impegni",
        "Sprache der Verpflichtungen",
    ),
    "translation-review": (
        "To review: copied from the translation of {source}. pacte validate names each "
        "article whose text changed in the new version while this translation did not "
        "[translation-stale]; remove this line once it is up to date.",
        "À revoir : copiée de la traduction de {source}. pacte validate signale chaque "
        "article dont le texte a changé dans la nouvelle version sans que cette traduction "
        "change [translation-stale] ; supprimer cette ligne une fois la traduction à jour.",
        "Da rivedere: copiata dalla traduzione di {source}. pacte validate segnala ogni "
        "articolo il cui testo è cambiato nella nuova versione senza che questa traduzione "
        "cambi [translation-stale]; togliere questa riga quando è aggiornata.",
        "Zu prüfen: kopiert aus der Übersetzung von {source}. pacte validate meldet jeden "
        "Artikel, dessen Text sich in der neuen Fassung geändert hat, ohne dass sich diese "
        "Übersetzung geändert hat [translation-stale]; diese Zeile entfernen, sobald sie "
        "aktuell ist.",
    ),
    "side-by-side-title": (
        "Side by side: {original} and {translation}",
        "Côte à côte\u00a0: {original} et {translation}",
        "Testo a fronte: {original} e {translation}",
        "Nebeneinander: {original} und {translation}",
    ),
    "untranslated": (
        "Not translated.",
        "Non traduit.",
        "Non tradotto.",
        "Nicht übersetzt.",
    ),
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
    "mandate": ("Mandate", "Mandat", "Mandato", "Vollmacht"),
    "in-signed-copy": ("In the PDF", "Dans le PDF", "Nel PDF", "Im PDF"),
    "no-field": (
        "no signature field",
        "aucun champ de signature",
        "nessun campo di firma",
        "kein Signaturfeld",
    ),
    "signature-evidence": (
        "What the signed copy says",
        "Ce que dit l'exemplaire signé",
        "Che cosa dice la copia firmata",
        "Was die unterzeichnete Fassung sagt",
    ),
    "field-of": ("field of", "champ de", "campo di", "Feld von"),
    "field-no-party": (
        "names no party",
        "ne désigne aucune partie",
        "non designa alcuna parte",
        "bezeichnet keine Partei",
    ),
    "fields-match": (
        "Every signatory party has its signed field.",
        "Chaque partie signataire a son champ signé.",
        "Ogni parte firmataria ha il suo campo firmato.",
        "Jede unterzeichnende Partei hat ihr signiertes Feld.",
    ),
    "fields-short": (
        "{signed} signed field(s) for {signatories} signatory parties; without a signed field",
        "{signed} champ(s) signé(s) pour {signatories} parties signataires\u00a0; sans champ signé",
        "{signed} campo/i firmato/i per {signatories} parti firmatarie; senza campo firmato",
        "{signed} signierte(s) Feld(er) für {signatories} unterzeichnende Parteien; ohne "
        "signiertes Feld",
    ),
    "organisation": ("Organisation", "Organisation", "Organizzazione", "Organisation"),
    "role": ("Role", "Rôle", "Ruolo", "Rolle"),
    "signed-on": ("Signed on", "Signée le", "Firmata il", "Unterzeichnet am"),
    "signatory": ("Signed by", "Signée par", "Firmata da", "Unterzeichnet von"),
    "withdrawn-on": ("Withdrew on", "Retirée le", "Ritirata il", "Ausgetreten am"),
    "acceptance": (
        "Articles open to choice",
        "Articles au choix",
        "Articoli a scelta",
        "Wahlartikel",
    ),
    "acceptance-caption": (
        "Articles open to choice accepted by each party",
        "Articles au choix acceptés par chaque partie",
        "Articoli a scelta accettati da ciascuna parte",
        "Von jeder Partei angenommene Wahlartikel",
    ),
    "acceptance-rule": (
        "Each party chose which of these articles bind it; every other article binds every party.",
        "Chaque partie a choisi lesquels de ces articles l'engagent\u00a0; "
        "tous les autres articles engagent toutes les parties.",
        "Ciascuna parte ha scelto quali di questi articoli la vincolano; "
        "tutti gli altri articoli vincolano tutte le parti.",
        "Jede Partei hat gewählt, welche dieser Artikel sie binden; "
        "alle anderen Artikel binden alle Parteien.",
    ),
    "acceptance-minimum": (
        "Least number to accept",
        "Nombre minimal à accepter",
        "Numero minimo da accettare",
        "Mindestens anzunehmen",
    ),
    "acceptance-core": ("Core articles", "Articles du noyau", "Articoli del nucleo", "Kernartikel"),
    "acceptance-core-short": ("core", "noyau", "nucleo", "Kern"),
    "acceptance-core-minimum": (
        "least number to accept among them",
        "nombre minimal à accepter parmi eux",
        "numero minimo da accettare tra questi",
        "davon mindestens anzunehmen",
    ),
    "accepted": ("Accepted", "Accepté", "Accettato", "Angenommen"),
    "not-accepted": ("Not accepted", "Non accepté", "Non accettato", "Nicht angenommen"),
    "accepted-articles": (
        "Articles accepted",
        "Articles acceptés",
        "Articoli accettati",
        "Angenommene Artikel",
    ),
    "commitment": ("Commitment", "Engagement", "Impegno", "Verpflichtung"),
    "by": ("By", "Par", "Da", "Von"),
    "all-parties": ("All parties", "Toutes les parties", "Tutte le parti", "Alle Parteien"),
    "accepting-parties": (
        "The parties that accepted this article",
        "Les parties qui ont accepté cet article",
        "Le parti che hanno accettato questo articolo",
        "Die Parteien, die diesen Artikel angenommen haben",
    ),
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
        "Projet\u00a0: cette version n'a pas été adoptée.",
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
    # a member bound by hundreds of commitments of other versions (paging.EARLIER_LISTED)
    "earlier-counted": (
        "{count} commitments of {versions} other versions bound it: each is in the "
        "commitments of its version, whose page the table of documents above links to.",
        "{count} engagements de {versions} autres versions l'ont liée\u00a0: chacun figure "
        "parmi les engagements de sa version, dont le tableau des documents ci-dessus donne "
        "la page.",
        "{count} impegni di {versions} altre versioni l'hanno vincolata: ciascuno figura "
        "tra gli impegni della sua versione, la cui pagina è nella tabella dei documenti "
        "qui sopra.",
        "{count} Verpflichtungen aus {versions} anderen Fassungen banden sie: Jede steht "
        "bei den Verpflichtungen ihrer Fassung, deren Seite die Tabelle der Dokumente oben "
        "verlinkt.",
    ),
    "earlier-counted-one": (
        "{count} commitments of one other version bound it: each is in the commitments "
        "of that version, whose page the table of documents above links to.",
        "{count} engagements d'une autre version l'ont liée\u00a0: chacun figure parmi les "
        "engagements de cette version, dont le tableau des documents ci-dessus donne la page.",
        "{count} impegni di un'altra versione l'hanno vincolata: ciascuno figura tra gli "
        "impegni di quella versione, la cui pagina è nella tabella dei documenti qui sopra.",
        "{count} Verpflichtungen aus einer anderen Fassung banden sie: Jede steht bei den "
        "Verpflichtungen dieser Fassung, deren Seite die Tabelle der Dokumente oben verlinkt.",
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
    # "all" agrees with what is chosen: toutes (les organisations), tous (les documents)
    "any-organisation": ("All", "Toutes", "Tutte", "Alle"),
    "any-document": ("All", "Tous", "Tutti", "Alle"),
    "any-status": ("All", "Tous", "Tutti", "Alle"),
    "any-theme": ("All", "Tous", "Tutti", "Alle"),
    "nothing-in-force": (
        "No document is in force.",
        "Aucun document n'est en vigueur.",
        "Nessun documento è in vigore.",
        "Kein Dokument ist in Kraft.",
    ),
    "changes-since": (
        "changes since version",
        "modifications depuis la version",
        "modifiche rispetto alla versione",
        "Änderungen seit Fassung",
    ),
    "print": ("Print", "Imprimer", "Stampa", "Drucken"),
    "member-periods": (
        "When it was bound",
        "Périodes d'engagement",
        "Periodi di impegno",
        "Zeiträume der Bindung",
    ),
    "signature-intact": (
        "signature intact",
        "signature intacte",
        "firma integra",
        "Signatur unversehrt",
    ),
    "signature-broken": (
        "signature broken",
        "signature rompue",
        "firma alterata",
        "Signatur verletzt",
    ),
    "signed-by-cert": ("certificate of", "certificat de", "certificato di", "Zertifikat von"),
    "signature-modified-after": (
        "the file was changed after it",
        "le fichier a été modifié après elle",
        "il file è stato modificato dopo",
        "die Datei wurde danach geändert",
    ),
    "bound-period": ("Bound", "Liée", "Vincolata", "Gebunden"),
    "bound-from": ("Bound from", "Liée du", "Vincolata dal", "Gebunden vom"),
    "bound-until": ("Until", "Au", "Al", "Bis"),
    "bound-on": (
        "What bound it on",
        "Ce qui la liait le",
        "Cosa la vincolava il",
        "Was sie band am",
    ),
    # pacte at DATE
    "at-in-force": ("In force on", "En vigueur le", "In vigore il", "In Kraft am"),
    "at-bound": ("bound", "liée", "vincolata", "gebunden"),
    "at-not-bound": (
        "Bound by no document on that day.",
        "Liée par aucun document ce jour-là.",
        "Non vincolata da alcun documento in quel giorno.",
        "An diesem Tag durch kein Dokument gebunden.",
    ),
    "article-commitments": (
        "Commitments made in this article",
        "Engagements pris dans cet article",
        "Impegni assunti in questo articolo",
        "Verpflichtungen in diesem Artikel",
    ),
    "show-all": ("Show all", "Tout afficher", "Mostra tutti", "Alle anzeigen"),
    # long lists in pages (paging.py), and the commitments page's rows file
    "page": ("page", "page", "pagina", "Seite"),
    "list-pages": ("Pages", "Pages", "Pagine", "Seiten"),
    "rows-range": (
        "{first}–{last} of {total}",
        "{first} à {last} sur {total}",
        "{first}–{last} di {total}",
        "{first}–{last} von {total}",
    ),
    "matching": (
        "commitments match",
        "engagements correspondent",
        "impegni corrispondono",
        "Verpflichtungen entsprechen",
    ),
    "show-more": ("Show more", "Afficher la suite", "Mostra altri", "Mehr anzeigen"),
    "rows-window": (
        "The first {shown} are shown.",
        "Les {shown} premiers sont affichés.",
        "Sono visualizzati i primi {shown}.",
        "Die ersten {shown} werden angezeigt.",
    ),
    "rows-loading": (
        "Loading every commitment…",
        "Chargement de tous les engagements…",
        "Caricamento di tutti gli impegni…",
        "Alle Verpflichtungen werden geladen…",
    ),
    "rows-failed": (
        "The list of every commitment could not be loaded: each is on its version's page, "
        "and the open data gives them all.",
        "La liste de tous les engagements n'a pas pu être chargée\u00a0: chacun est sur la "
        "page de sa version, et les données ouvertes les donnent tous.",
        "Non è stato possibile caricare l'elenco di tutti gli impegni: ciascuno è nella "
        "pagina della sua versione, e i dati aperti li riportano tutti.",
        "Die Liste aller Verpflichtungen konnte nicht geladen werden: Jede steht auf der "
        "Seite ihrer Fassung, und die offenen Daten führen sie alle auf.",
    ),
    "rows-rest": (
        "The others are on their versions' pages and in the open data below; with "
        "JavaScript, the filters of this page work over all of them.",
        "Les autres sont sur la page de leur version et dans les données ouvertes "
        "ci-dessous\u00a0; avec JavaScript, les filtres de cette page portent sur tous.",
        "Gli altri sono nella pagina della loro versione e nei dati aperti qui sotto; con "
        "JavaScript, i filtri di questa pagina valgono per tutti.",
        "Die übrigen stehen auf der Seite ihrer Fassung und in den offenen Daten unten; "
        "mit JavaScript gelten die Filter dieser Seite für alle.",
    ),
    "on-date-filtered": (
        "The tables of this page show only what bound it that day; clear the date to "
        "see everything again.",
        "Les tableaux de cette page ne montrent que ce qui la liait ce jour-là\u00a0; "
        "effacez la date pour tout revoir.",
        "Le tabelle di questa pagina mostrano solo ciò che la vincolava quel giorno; "
        "cancellare la data per rivedere tutto.",
        "Die Tabellen dieser Seite zeigen nur, was sie an diesem Tag band; Datum löschen, "
        "um wieder alles zu sehen.",
    ),
    "bound-count-desc": (
        "{count} versions bound it from {first}; at most {most} at once, on {when}.",
        "{count} versions l'ont liée à partir du {first}\u00a0; au plus {most} à la fois, "
        "le {when}.",
        "{count} versioni l'hanno vincolata dal {first}; al massimo {most} "
        "contemporaneamente, il {when}.",
        "{count} Fassungen banden sie ab dem {first}; höchstens {most} gleichzeitig, am {when}.",
    ),
    "bound-count-caption": (
        "How many versions bound it at once; the table of documents gives each period",
        "Nombre de versions qui la liaient à la fois\u00a0; le tableau des documents "
        "donne chaque période",
        "Numero di versioni che la vincolavano contemporaneamente; la tabella dei "
        "documenti indica ogni periodo",
        "Anzahl der Fassungen, die sie gleichzeitig banden; die Tabelle der Dokumente "
        "nennt jeden Zeitraum",
    ),
    "documents": ("Documents", "Documents", "Documenti", "Dokumente"),
    # a colon as each language writes it: French puts a no-break space before it
    "colon": (": ", "\u00a0: ", ": ", ": "),
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
    # pictures (charts.py)
    "timeline": (
        "The versions over time",
        "Les versions dans le temps",
        "Le versioni nel tempo",
        "Die Fassungen im Zeitverlauf",
    ),
    "undated": ("no date", "sans date", "senza data", "ohne Datum"),
    "commitments-by-status": (
        "Commitments by status",
        "Engagements par état",
        "Impegni per stato",
        "Verpflichtungen nach Stand",
    ),
}

# Names of the languages a text may be written in, in each language of the site.
_LANGUAGE_NAMES: dict[str, tuple[str, str, str, str]] = {
    "fr": ("French", "français", "francese", "Französisch"),
    "it": ("Italian", "italien", "italiano", "Italienisch"),
    "de": ("German", "allemand", "tedesco", "Deutsch"),
    "en": ("English", "anglais", "inglese", "Englisch"),
    "rm": ("Romansh", "romanche", "romancio", "Rätoromanisch"),
    "es": ("Spanish", "espagnol", "spagnolo", "Spanisch"),
    "pt": ("Portuguese", "portugais", "portoghese", "Portugiesisch"),
    "nl": ("Dutch", "néerlandais", "olandese", "Niederländisch"),
    "ca": ("Catalan", "catalan", "catalano", "Katalanisch"),
    "oc": ("Occitan", "occitan", "occitano", "Okzitanisch"),
    "br": ("Breton", "breton", "bretone", "Bretonisch"),
    "eu": ("Basque", "basque", "basco", "Baskisch"),
    "co": ("Corsican", "corse", "corso", "Korsisch"),
    "ar": ("Arabic", "arabe", "arabo", "Arabisch"),
}


def language_name(code: str, language: str) -> str:
    """The name of the language of CODE (fr, de-CH...) in LANGUAGE; the code if unknown."""
    names = _LANGUAGE_NAMES.get(base_language(code))
    if names is None:
        return code
    lang = base_language(language)
    index = LANGUAGES.index(lang) if lang in LANGUAGES else 0
    return names[index]


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}

# other ways people write a month, read in imported texts (importpdf.py) beside the
# names above and those names without their accents
_MONTH_VARIANTS = {"jänner": 1, "maerz": 3}

LABELS.update({key: dict(zip(LANGUAGES, texts, strict=True)) for key, texts in _SITE.items()})


@functools.cache
def month_numbers() -> dict[str, int]:
    """The number of each month by its name in every language of the site, in lower case,
    with and without accents (fevrier, aout): the months written once, here."""
    found = dict(_MONTH_VARIANTS)
    for names in _MONTHS.values():
        for number, name in enumerate(names.lower().split(), start=1):
            found[name] = number
            plain = "".join(
                c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
            )
            found.setdefault(plain, number)
    return found


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


@functools.lru_cache(maxsize=32)
def translator(language: str) -> Callable[[str], str]:
    """A function giving each label in the language, falling back to English."""
    lang = base_language(language)
    cache: dict[str, str] = {}  # labels are read by the hundred thousand in a build

    def translate(key: str) -> str:
        found = cache.get(key)
        if found is None:
            texts = LABELS.get(key)
            if texts is None:
                raise KeyError(f"no label {key!r}")
            found = cache[key] = texts.get(lang) or texts[FALLBACK]
        return found

    return translate


# The search panel of the header (search.py, theme/assets/pacte/pacte-search.js).
LABELS.update(
    {
        "search.searching": {
            "en": "Searching…",
            "fr": "Recherche en cours…",
            "it": "Ricerca in corso…",
            "de": "Suche läuft…",
        },
        "search.more": {
            "en": "More results",
            "fr": "Plus de résultats",
            "it": "Altri risultati",
            "de": "Weitere Ergebnisse",
        },
        "search.failed": {
            "en": "The search could not be loaded.",
            "fr": "La recherche n'a pas pu être chargée.",
            "it": "Non è stato possibile caricare la ricerca.",
            "de": "Die Suche konnte nicht geladen werden.",
        },
        "search.theme": {"en": "Theme", "fr": "Thème", "it": "Tema", "de": "Thema"},
        "search.page": {"en": "Page", "fr": "Page", "it": "Pagina", "de": "Seite"},
        # "all" agrees with what is chosen: tous (les types), toutes (les organisations)
        "search.any-kind": {"en": "All", "fr": "Tous", "it": "Tutti", "de": "Alle"},
        "search.filters": {"en": "Filters", "fr": "Filtres", "it": "Filtri", "de": "Filter"},
    }
)


def colon(language: str) -> str:
    """': ' as the language writes it (French: a no-break space before it), the one rule
    of pages, charts, changes and the command's texts."""
    return translator(language)("colon")
