"""Messages of the ``pacte`` command: usage errors, summaries, what each command prints
(cli.py, newversion.py, at.py, importpdf.py, init.py, gitbase.py).

What an editor types stays as it is in every language: commands and their options, file
names, front matter keys and status values (``status: draft``, ``supersedes``). A
predicate of guard.py (``{predicate}``) follows a path or "it" as a main clause's
predicate does (reading.py). French puts a no-break space before ``:``, ``;``, ``?`` and
``!``; Italian speaks to the editor with the second person plural imperative
("correggete"), German with "Sie", as the other catalogs do.
"""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- cli.py: finding the site -------------------------------------------------------
    "{root} is not a folder: give the root folder of the site with -C": (
        "{root} n'est pas un dossier\u00a0: indiquez le dossier racine du site avec -C",
        "{root} non è una cartella: indicate la cartella principale del sito con -C",
        "{root} ist kein Ordner: geben Sie den Stammordner der Website mit -C an",
    ),
    "no mkdocs.yml": ("pas de mkdocs.yml", "manca mkdocs.yml", "keine mkdocs.yml"),
    "no mkdocs.yml nor members.yml": (
        "ni mkdocs.yml ni members.yml",
        "né mkdocs.yml né members.yml",
        "weder mkdocs.yml noch members.yml",
    ),
    "{root} is not a Pacte site ({wanted}): run pacte {command} at the root of "
    "the site, or name it with -C": (
        "{root} n'est pas un site Pacte ({wanted})\u00a0: lancez pacte {command} à la racine "
        "du site, ou indiquez celle-ci avec -C",
        "{root} non è un sito Pacte ({wanted}): eseguite pacte {command} nella cartella "
        "principale del sito, o indicatela con -C",
        "{root} ist keine Pacte-Website ({wanted}): führen Sie pacte {command} im "
        "Stammordner der Website aus, oder geben Sie diesen mit -C an",
    ),
    "{out} is a file, not a folder": (
        "{out} est un fichier, pas un dossier",
        "{out} è un file, non una cartella",
        "{out} ist eine Datei, kein Ordner",
    ),
    # --- pacte validate: the summary ---------------------------------------------------
    "{files} files checked: {errors} error(s), {warnings} warning(s), {notices} notice(s)": (
        "{files} fichiers vérifiés\u00a0: {errors} erreur(s), {warnings} avertissement(s), "
        "{notices} remarque(s)",
        "{files} file verificati: {errors} errore/i, {warnings} avviso/i, {notices} nota/e",
        "{files} Dateien geprüft: {errors} Fehler, {warnings} Warnung(en), {notices} Hinweis(e)",
    ),
    "{files} files checked: all valid": (
        "{files} fichiers vérifiés\u00a0: tout est valide",
        "{files} file verificati: tutto è valido",
        "{files} Dateien geprüft: alles gültig",
    ),
    # --- pacte export, at, generate: sources with errors --------------------------------
    "the sources have errors: nothing was exported": (
        "les sources contiennent des erreurs\u00a0: rien n'a été exporté",
        "le fonti contengono errori: non è stato esportato nulla",
        "die Quellen enthalten Fehler: es wurde nichts exportiert",
    ),
    "the sources have errors: fix them first (pacte validate)": (
        "les sources contiennent des erreurs\u00a0: corrigez-les d'abord (pacte validate)",
        "le fonti contengono errori: correggeteli prima (pacte validate)",
        "die Quellen enthalten Fehler: beheben Sie diese zuerst (pacte validate)",
    ),
    "the sources have errors: nothing was generated": (
        "les sources contiennent des erreurs\u00a0: rien n'a été généré",
        "le fonti contengono errori: non è stato generato nulla",
        "die Quellen enthalten Fehler: es wurde nichts erzeugt",
    ),
    "{pages} pages and {files} other files written in {out}; build them with "
    "`mkdocs build -f {config}` (or properdocs, or zensical)": (
        "{pages} pages et {files} autres fichiers écrits dans {out}\u00a0; construisez le "
        "site avec `mkdocs build -f {config}` (ou properdocs, ou zensical)",
        "{pages} pagine e {files} altri file scritti in {out}; generate il sito con "
        "`mkdocs build -f {config}` (o properdocs, o zensical)",
        "{pages} Seiten und {files} weitere Dateien in {out} geschrieben; erstellen Sie die "
        "Website mit `mkdocs build -f {config}` (oder properdocs, oder zensical)",
    ),
    # --- pacte at ------------------------------------------------------------------------
    "{date!r} is not a date: write it YYYY-MM-DD, for example 2024-03-01": (
        "{date!r} n'est pas une date\u00a0: écrivez-la AAAA-MM-JJ, par exemple 2024-03-01",
        "{date!r} non è una data: scrivetela AAAA-MM-GG, per esempio 2024-03-01",
        "{date!r} ist kein Datum: schreiben Sie es JJJJ-MM-TT, zum Beispiel 2024-03-01",
    ),
    "no organisation {member!r} in members.yml": (
        "aucune organisation {member!r} dans members.yml",
        "nessuna organizzazione {member!r} in members.yml",
        "keine Organisation {member!r} in members.yml",
    ),
    # --- pacte diff: the document and its versions -------------------------------------
    "{ref!r}: write the document as ID, charters/ID or conventions/ID": (
        "{ref!r}\u00a0: écrivez le document sous la forme ID, charters/ID ou conventions/ID",
        "{ref!r}: scrivete il documento nella forma ID, charters/ID o conventions/ID",
        "{ref!r}: schreiben Sie das Dokument als ID, charters/ID oder conventions/ID",
    ),
    "{id!r} is both a charter and a convention: write charters/{id} or conventions/{id}": (
        "{id!r} est à la fois une charte et une convention\u00a0: écrivez charters/{id} ou "
        "conventions/{id}",
        "{id!r} è sia una carta sia una convenzione: scrivete charters/{id} o conventions/{id}",
        "{id!r} ist sowohl eine Charta als auch eine Vereinbarung: schreiben Sie "
        "charters/{id} oder conventions/{id}",
    ),
    "there is no document {ref!r} (did you mean {close!r}?); the documents are: {known}": (
        "il n'y a pas de document {ref!r} (vouliez-vous dire {close!r}\u00a0?)\u00a0; les "
        "documents sont\u00a0: {known}",
        "non c'è alcun documento {ref!r} (forse {close!r}?); i documenti sono: {known}",
        "es gibt kein Dokument {ref!r} (meinten Sie {close!r}?); die Dokumente sind: {known}",
    ),
    "there is no document {ref!r}; the documents are: {known}": (
        "il n'y a pas de document {ref!r}\u00a0; les documents sont\u00a0: {known}",
        "non c'è alcun documento {ref!r}; i documenti sono: {known}",
        "es gibt kein Dokument {ref!r}; die Dokumente sind: {known}",
    ),
    "there is no document {ref!r}; the documents are: none": (
        "il n'y a pas de document {ref!r}\u00a0; le site n'a encore aucun document",
        "non c'è alcun documento {ref!r}; il sito non ha ancora alcun documento",
        "es gibt kein Dokument {ref!r}; die Website hat noch keine Dokumente",
    ),
    "{folder}/ has no version {label!r} (did you mean {close!r}?); its versions are: {labels}": (
        "{folder}/ n'a pas de version {label!r} (vouliez-vous dire {close!r}\u00a0?)\u00a0; "
        "ses versions sont\u00a0: {labels}",
        "{folder}/ non ha la versione {label!r} (forse {close!r}?); le sue versioni sono: {labels}",
        "{folder}/ hat keine Fassung {label!r} (meinten Sie {close!r}?); vorhandene "
        "Fassungen: {labels}",
    ),
    "{folder}/ has no version {label!r}; its versions are: {labels}": (
        "{folder}/ n'a pas de version {label!r}\u00a0; ses versions sont\u00a0: {labels}",
        "{folder}/ non ha la versione {label!r}; le sue versioni sono: {labels}",
        "{folder}/ hat keine Fassung {label!r}; vorhandene Fassungen: {labels}",
    ),
    "--max-chars {number}: give a number of characters, or 0 for no limit": (
        "--max-chars {number}\u00a0: indiquez un nombre de caractères, ou 0 pour n'en fixer aucun",
        "--max-chars {number}: indicate un numero di caratteri, o 0 per nessun limite",
        "--max-chars {number}: geben Sie eine Anzahl Zeichen an, oder 0 für keine Grenze",
    ),
    "give either DOC FROM TO or --base GIT-REV, not both": (
        "indiquez soit DOC FROM TO, soit --base GIT-REV, pas les deux",
        "indicate DOC FROM TO oppure --base GIT-REV, non entrambi",
        "geben Sie entweder DOC FROM TO oder --base GIT-REV an, nicht beides",
    ),
    "compare two versions with: pacte diff DOC FROM TO (or pacte diff DOC VERSION, against "
    "the version it supersedes), or the sources with a git revision: pacte diff --base "
    "GIT-REV": (
        "comparez deux versions avec\u00a0: pacte diff DOC FROM TO (ou pacte diff DOC "
        "VERSION, avec la version qu'elle remplace), ou les sources avec une révision git\u00a0: "
        "pacte diff --base GIT-REV",
        "confrontate due versioni con: pacte diff DOC FROM TO (o pacte diff DOC VERSION, con "
        "la versione che sostituisce), o le fonti con una revisione git: pacte diff --base "
        "GIT-REV",
        "vergleichen Sie zwei Fassungen mit: pacte diff DOC FROM TO (oder pacte diff DOC "
        "VERSION, mit der Fassung, die sie ersetzt), oder die Quellen mit einer "
        "Git-Revision: pacte diff --base GIT-REV",
    ),
    "version {label} of {folder} supersedes no other version: name the one to compare it "
    "with, pacte diff DOC FROM TO": (
        "la version {label} de {folder} ne remplace aucune autre version\u00a0: indiquez "
        "celle avec laquelle la comparer, pacte diff DOC FROM TO",
        "la versione {label} di {folder} non sostituisce nessun'altra versione: indicate "
        "quella con cui confrontarla, pacte diff DOC FROM TO",
        "die Fassung {label} von {folder} ersetzt keine andere Fassung: geben Sie an, mit "
        "welcher sie verglichen werden soll, pacte diff DOC FROM TO",
    ),
    "{path} is invalid: its front matter cannot be read, so it cannot be compared; fix it "
    "first (pacte validate shows how)": (
        "{path} n'est pas valide\u00a0: son en-tête ne peut pas être lu, il ne peut donc pas "
        "être comparé\u00a0; corrigez-le d'abord (pacte validate indique comment)",
        "{path} non è valido: la sua intestazione non si può leggere, quindi non si può "
        "confrontare; correggetelo prima (pacte validate indica come)",
        "{path} ist ungültig: ihr YAML-Kopf kann nicht gelesen werden, daher kann sie nicht "
        "verglichen werden; beheben Sie das zuerst (pacte validate zeigt, wie)",
    ),
    # --- pacte new: the guidance (cli.py) ------------------------------------------------
    "Wrote {path}: the first version of a new charter, as a draft.": (
        "{path} a été écrit\u00a0: la première version d'une nouvelle charte, à l'état de projet.",
        "Scritto {path}: la prima versione di una nuova carta, come bozza.",
        "{path} geschrieben: die erste Fassung einer neuen Charta, als Entwurf.",
    ),
    "Wrote {path}: the first version of a new convention, as a draft.": (
        "{path} a été écrit\u00a0: la première version d'une nouvelle convention, à l'état "
        "de projet.",
        "Scritto {path}: la prima versione di una nuova convenzione, come bozza.",
        "{path} geschrieben: die erste Fassung einer neuen Vereinbarung, als Entwurf.",
    ),
    "Now, in that file:": (
        "À présent, dans ce fichier\u00a0:",
        "Ora, in quel file:",
        "Nun in dieser Datei:",
    ),
    "  - title: the document's full title": (
        "  - title\u00a0: le titre complet du document",
        "  - title: il titolo completo del documento",
        "  - title: der vollständige Titel des Dokuments",
    ),
    "  - parties: one '- member: <id>' line per organisation, ids from members.yml": (
        "  - parties\u00a0: une ligne '- member: <id>' par organisation, avec les "
        "identifiants de members.yml",
        "  - parties: una riga '- member: <id>' per organizzazione, con gli identificativi "
        "di members.yml",
        "  - parties: eine Zeile '- member: <id>' pro Organisation, mit den Kennungen aus "
        "members.yml",
    ),
    "  - the text: one '## Article N' heading per article": (
        "  - le texte\u00a0: un titre '## Article N' par article",
        "  - il testo: un titolo '## Articolo N' per articolo",
        "  - der Text: eine Überschrift '## Artikel N' pro Artikel",
    ),
    "  - optional: effective, lang, commitments, themes, summary (hints in comments)": (
        "  - facultatif\u00a0: effective, lang, commitments, themes, summary (indications "
        "en commentaire)",
        "  - facoltativi: effective, lang, commitments, themes, summary (indicazioni nei commenti)",
        "  - optional: effective, lang, commitments, themes, summary (Hinweise in den Kommentaren)",
    ),
    "Wrote {path}: a draft copied from {source}, with supersedes: {label}.": (
        "{path} a été écrit\u00a0: un projet copié de {source}, avec supersedes: {label}.",
        "Scritto {path}: una bozza copiata da {source}, con supersedes: {label}.",
        "{path} geschrieben: ein Entwurf, kopiert aus {source}, mit supersedes: {label}.",
    ),
    "Left out, since the new version has none yet: adopted, the parties' signed and "
    "signatory, signed_copy.": (
        "Laissés de côté, car la nouvelle version n'en a pas encore\u00a0: adopted, les "
        "signed et signatory des parties, signed_copy.",
        "Omessi, perché la nuova versione non li ha ancora: adopted, signed e signatory "
        "delle parti, signed_copy.",
        "Weggelassen, da die neue Fassung sie noch nicht hat: adopted, signed und "
        "signatory der Parteien, signed_copy.",
    ),
    "Wrote {path}: a translation, copied as it is, to review (its first line).": (
        "{path} a été écrit\u00a0: une traduction, copiée telle quelle, à revoir (voir sa "
        "première ligne).",
        "Scritto {path}: una traduzione, copiata così com'è, da rivedere (vedi la sua prima riga).",
        "{path} geschrieben: eine Übersetzung, unverändert kopiert, zu prüfen (siehe ihre "
        "erste Zeile).",
    ),
    "Note: the front matter was written out again, without its comments.": (
        "Remarque\u00a0: l'en-tête a été réécrit, sans ses commentaires.",
        "Nota: l'intestazione è stata riscritta, senza i suoi commenti.",
        "Hinweis: der YAML-Kopf wurde neu geschrieben, ohne seine Kommentare.",
    ),
    "  - title, effective (from, until): update them for the new version": (
        "  - title, effective (from, until)\u00a0: mettez-les à jour pour la nouvelle version",
        "  - title, effective (from, until): aggiornateli per la nuova versione",
        "  - title, effective (from, until): passen Sie sie an die neue Fassung an",
    ),
    "  - parties and commitments: check who commits to what in this version": (
        "  - parties et commitments\u00a0: vérifiez qui s'engage à quoi dans cette version",
        "  - parties e commitments: verificate chi si impegna a che cosa in questa versione",
        "  - parties und commitments: prüfen Sie, wer sich in dieser Fassung wozu verpflichtet",
    ),
    "  - the text: edit the articles": (
        "  - le texte\u00a0: modifiez les articles",
        "  - il testo: modificate gli articoli",
        "  - der Text: bearbeiten Sie die Artikel",
    ),
    "Once adopted: status: in-force, adopted: YYYY-MM-DD, and mark {label} superseded.": (
        "Une fois la version adoptée\u00a0: status: in-force, adopted: AAAA-MM-JJ, et "
        "marquez {label} comme superseded.",
        "Una volta adottata la versione: status: in-force, adopted: AAAA-MM-GG, e segnate "
        "{label} come superseded.",
        "Nach der Annahme: status: in-force, adopted: JJJJ-MM-TT, und markieren Sie "
        "{label} als superseded.",
    ),
    "Then check everything with: pacte validate": (
        "Puis vérifiez le tout avec\u00a0: pacte validate",
        "Poi verificate tutto con: pacte validate",
        "Prüfen Sie dann alles mit: pacte validate",
    ),
    # --- pacte init: the report (cli.py) ------------------------------------------------
    "kept as it was: {path}": (
        "conservé tel quel\u00a0: {path}",
        "lasciato com'era: {path}",
        "unverändert belassen: {path}",
    ),
    "A new site ({language}) in {target}: {written} files written, {kept} kept; "
    "its workflows install pacte=={version}.": (
        "Un nouveau site ({language}) dans {target}\u00a0: {written} fichiers écrits, {kept} "
        "conservés\u00a0; ses workflows installent pacte=={version}.",
        "Un nuovo sito ({language}) in {target}: {written} file scritti, {kept} mantenuti; "
        "i suoi workflow installano pacte=={version}.",
        "Eine neue Website ({language}) in {target}: {written} Dateien geschrieben, {kept} "
        "beibehalten; ihre Workflows installieren pacte=={version}.",
    ),
    "A new site ({language}) in {target}: {written} files written; "
    "its workflows install pacte=={version}.": (
        "Un nouveau site ({language}) dans {target}\u00a0: {written} fichiers écrits\u00a0; "
        "ses workflows installent pacte=={version}.",
        "Un nuovo sito ({language}) in {target}: {written} file scritti; i suoi workflow "
        "installano pacte=={version}.",
        "Eine neue Website ({language}) in {target}: {written} Dateien geschrieben; ihre "
        "Workflows installieren pacte=={version}.",
    ),
    "Note: {version} is not a release: in .github/workflows/, install a released version "
    "or a git reference of Pacte (see the comment there).": (
        "Remarque\u00a0: {version} n'est pas une version publiée\u00a0: dans "
        ".github/workflows/, installez une version publiée ou une référence git de Pacte "
        "(voir le commentaire qui s'y trouve).",
        "Nota: {version} non è una versione pubblicata: in .github/workflows/, installate "
        "una versione pubblicata o un riferimento git di Pacte (vedi il commento lì).",
        "Hinweis: {version} ist keine veröffentlichte Version: installieren Sie in "
        ".github/workflows/ eine veröffentlichte Version oder eine Git-Referenz von Pacte "
        "(siehe den Kommentar dort).",
    ),
    "Next steps:": ("Étapes suivantes\u00a0:", "Passi successivi:", "Nächste Schritte:"),
    "then open {address}": (
        "puis ouvrez {address}",
        "poi aprite {address}",
        "öffnen Sie dann {address}",
    ),
    "Replace the examples with your own: {examples}.": (
        "Remplacez les exemples par les vôtres\u00a0: {examples}.",
        "Sostituite gli esempi con i vostri: {examples}.",
        "Ersetzen Sie die Beispiele durch Ihre eigenen: {examples}.",
    ),
    "To publish: push to GitHub, then in Settings > Pages choose GitHub Actions as the "
    "source (README.md says more).": (
        "Pour publier\u00a0: poussez le dépôt sur GitHub, puis dans Settings > Pages "
        "choisissez GitHub Actions comme source (README.md en dit plus).",
        "Per pubblicare: fate push su GitHub, poi in Settings > Pages scegliete GitHub "
        "Actions come sorgente (README.md spiega di più).",
        "Zum Veröffentlichen: pushen Sie auf GitHub, und wählen Sie dann unter Settings > "
        "Pages GitHub Actions als Quelle (mehr dazu in README.md).",
    ),
    # --- pacte pin (cli.py) --------------------------------------------------------------
    "no such file": ("fichier introuvable", "file inesistente", "Datei nicht gefunden"),
    "not a regular file": (
        "pas un fichier ordinaire",
        "non è un file normale",
        "keine gewöhnliche Datei",
    ),
    "{file}: signature {field!r} cannot be read": (
        "{file}\u00a0: la signature {field!r} ne peut pas être lue",
        "{file}: la firma {field!r} non si può leggere",
        "{file}: die Signatur {field!r} kann nicht gelesen werden",
    ),
    "{file}: signature {field!r} is broken: the file was altered after it": (
        "{file}\u00a0: la signature {field!r} est rompue\u00a0: le fichier a été altéré après elle",
        "{file}: la firma {field!r} è alterata: il file è stato modificato dopo di essa",
        "{file}: die Signatur {field!r} ist verletzt: die Datei wurde danach verändert",
    ),
    "{file}: signature {field!r} is intact, but the file was changed after it": (
        "{file}\u00a0: la signature {field!r} est intacte, mais le fichier a été modifié "
        "après elle",
        "{file}: la firma {field!r} è integra, ma il file è stato modificato dopo di essa",
        "{file}: die Signatur {field!r} ist unversehrt, aber die Datei wurde danach geändert",
    ),
    "{file}: signature {field!r} is intact": (
        "{file}\u00a0: la signature {field!r} est intacte",
        "{file}: la firma {field!r} è integra",
        "{file}: die Signatur {field!r} ist unversehrt",
    ),
    # --- newversion.py -----------------------------------------------------------------
    "Not copied, since they withdrew from {label}: the parties {members} (add them again "
    "if they are party to the new version).": (
        "Non copiées, car elles se sont retirées de {label}\u00a0: les parties {members} "
        "(ajoutez-les de nouveau si elles sont parties à la nouvelle version).",
        "Non copiate, perché si sono ritirate da {label}: le parti {members} (aggiungetele "
        "di nuovo se sono parti della nuova versione).",
        "Nicht kopiert, da sie aus {label} ausgetreten sind: die Parteien {members} (fügen "
        "Sie sie wieder hinzu, wenn sie Partei der neuen Fassung sind).",
    ),
    "the kind must be charter or convention, not {kind!r}": (
        "le type doit être charter ou convention, et non {kind!r}",
        "il tipo deve essere charter o convention, non {kind!r}",
        "die Art muss charter oder convention sein, nicht {kind!r}",
    ),
    "the document id {value!r} must be lowercase letters, digits and single hyphens, "
    "for example {example}": (
        "l'identifiant du document {value!r} ne doit contenir que des lettres minuscules "
        "sans accent, des chiffres et des tirets simples, par exemple {example}",
        "l'identificativo del documento {value!r} deve contenere solo lettere minuscole "
        "senza accenti, cifre e trattini singoli, per esempio {example}",
        "die Dokumentkennung {value!r} darf nur Kleinbuchstaben ohne Akzente und Umlaute, "
        "Ziffern und einzelne Bindestriche enthalten, zum Beispiel {example}",
    ),
    "the version label {value!r} must be lowercase letters, digits and single hyphens, "
    "for example {example}": (
        "le libellé de version {value!r} ne doit contenir que des lettres minuscules sans "
        "accent, des chiffres et des tirets simples, par exemple {example}",
        "l'etichetta di versione {value!r} deve contenere solo lettere minuscole senza "
        "accenti, cifre e trattini singoli, per esempio {example}",
        "die Fassungsbezeichnung {value!r} darf nur Kleinbuchstaben ohne Akzente und "
        "Umlaute, Ziffern und einzelne Bindestriche enthalten, zum Beispiel {example}",
    ),
    "{value!r} cannot be used as a document id: the site already has a page of that name "
    "(the list or the document's own page), which it would replace; choose another": (
        "{value!r} ne peut pas être utilisé comme identifiant de document\u00a0: le site a "
        "déjà une page de ce nom (la liste ou la page propre du document), qu'il "
        "remplacerait\u00a0; choisissez-en un autre",
        "{value!r} non può essere usato come identificativo di documento: il sito ha già "
        "una pagina con questo nome (l'elenco o la pagina del documento stesso), che "
        "verrebbe sostituita; sceglietene un altro",
        "{value!r} kann nicht als Dokumentkennung verwendet werden: die Website hat bereits "
        "eine Seite dieses Namens (die Liste oder die eigene Seite des Dokuments), die "
        "dadurch ersetzt würde; wählen Sie eine andere",
    ),
    "{value!r} cannot be used as a version label: the site already has a page of that "
    "name (the list or the document's own page), which it would replace; choose another": (
        "{value!r} ne peut pas être utilisé comme libellé de version\u00a0: le site a déjà "
        "une page de ce nom (la liste ou la page propre du document), qu'il "
        "remplacerait\u00a0; choisissez-en un autre",
        "{value!r} non può essere usato come etichetta di versione: il sito ha già una "
        "pagina con questo nome (l'elenco o la pagina del documento stesso), che verrebbe "
        "sostituita; sceglietene un'altra",
        "{value!r} kann nicht als Fassungsbezeichnung verwendet werden: die Website hat "
        "bereits eine Seite dieses Namens (die Liste oder die eigene Seite des Dokuments), "
        "die dadurch ersetzt würde; wählen Sie eine andere",
    ),
    "{path} already exists: choose another version label": (
        "{path} existe déjà\u00a0: choisissez un autre libellé de version",
        "{path} esiste già: scegliete un'altra etichetta di versione",
        "{path} existiert bereits: wählen Sie eine andere Fassungsbezeichnung",
    ),
    "there is no charter {doc!r} to copy version {label!r} from ({folder}/ has no "
    "version); leave out --from to start it": (
        "il n'y a pas de charte {doc!r} dont copier la version {label!r} ({folder}/ n'a "
        "aucune version)\u00a0; omettez --from pour la commencer",
        "non c'è alcuna carta {doc!r} da cui copiare la versione {label!r} ({folder}/ non "
        "ha versioni); omettete --from per iniziarla",
        "es gibt keine Charta {doc!r}, aus der die Fassung {label!r} kopiert werden könnte "
        "({folder}/ hat keine Fassung); lassen Sie --from weg, um sie zu beginnen",
    ),
    "there is no convention {doc!r} to copy version {label!r} from ({folder}/ has no "
    "version); leave out --from to start it": (
        "il n'y a pas de convention {doc!r} dont copier la version {label!r} ({folder}/ "
        "n'a aucune version)\u00a0; omettez --from pour la commencer",
        "non c'è alcuna convenzione {doc!r} da cui copiare la versione {label!r} "
        "({folder}/ non ha versioni); omettete --from per iniziarla",
        "es gibt keine Vereinbarung {doc!r}, aus der die Fassung {label!r} kopiert werden "
        "könnte ({folder}/ hat keine Fassung); lassen Sie --from weg, um sie zu beginnen",
    ),
    "{folder}/ has no version {label!r} (its versions: {versions})": (
        "{folder}/ n'a pas de version {label!r} (ses versions\u00a0: {versions})",
        "{folder}/ non ha la versione {label!r} (le sue versioni: {versions})",
        "{folder}/ hat keine Fassung {label!r} (vorhandene Fassungen: {versions})",
    ),
    "{path} cannot be written: it {predicate}": (
        "{path} ne peut pas être écrit\u00a0: ce chemin {predicate}",
        "{path} non si può scrivere: questo percorso {predicate}",
        "{path} kann nicht geschrieben werden: dieser Pfad {predicate}",
    ),
    "{path} cannot be copied: {reason}; fix it first (pacte validate shows how)": (
        "{path} ne peut pas être copié\u00a0: {reason}\u00a0; corrigez-le d'abord (pacte "
        "validate indique comment)",
        "{path} non si può copiare: {reason}; correggetelo prima (pacte validate indica come)",
        "{path} kann nicht kopiert werden: {reason}; beheben Sie das zuerst (pacte validate "
        "zeigt, wie)",
    ),
    "{path} already exists": (
        "{path} existe déjà",
        "{path} esiste già",
        "{path} existiert bereits",
    ),
    "its front matter cannot be read": (
        "son en-tête ne peut pas être lu",
        "la sua intestazione non si può leggere",
        "ihr YAML-Kopf kann nicht gelesen werden",
    ),
    "its front matter is nested too deeply": (
        "son en-tête est imbriqué trop profondément",
        "la sua intestazione è annidata troppo in profondità",
        "ihr YAML-Kopf ist zu tief verschachtelt",
    ),
    "its front matter is not a set of 'key: value' pairs": (
        "son en-tête n'est pas une suite de lignes 'clé: valeur'",
        "la sua intestazione non è una serie di righe 'chiave: valore'",
        "ihr YAML-Kopf besteht nicht aus Zeilen 'Schlüssel: Wert'",
    ),
    # {problem}: what PyYAML says, in English (or "invalid YAML", reading.py)
    "its front matter is not valid YAML ({problem})": (
        "son en-tête n'est pas du YAML valide ({problem})",
        "la sua intestazione non è YAML valido ({problem})",
        "ihr YAML-Kopf ist kein gültiges YAML ({problem})",
    ),
    "its front matter is not valid YAML ({problem} on line {line})": (
        "son en-tête n'est pas du YAML valide ({problem} à la ligne {line})",
        "la sua intestazione non è YAML valido ({problem} alla riga {line})",
        "ihr YAML-Kopf ist kein gültiges YAML ({problem} in Zeile {line})",
    ),
    # --- importpdf.py, init.py: a list of facts or reasons, joined as each language does
    "{first}; {second}": ("{first}\u00a0; {second}", "{first}; {second}", "{first}; {second}"),
    # --- importpdf.py: what could not be recognised -------------------------------------
    "the title (the file name was used instead)": (
        "le titre (le nom du fichier a été pris à la place)",
        "il titolo (al suo posto è stato usato il nome del file)",
        "der Titel (stattdessen wurde der Dateiname verwendet)",
    ),
    "the date of signature ('adopted')": (
        "la date de signature ('adopted')",
        "la data della firma ('adopted')",
        "das Datum der Unterzeichnung ('adopted')",
    ),
    "the period of validity ('effective')": (
        "la période de validité ('effective')",
        "il periodo di validità ('effective')",
        "die Gültigkeitsdauer ('effective')",
    ),
    "the end of the period of validity ('effective: until')": (
        "la fin de la période de validité ('effective: until')",
        "la fine del periodo di validità ('effective: until')",
        "das Ende der Gültigkeitsdauer ('effective: until')",
    ),
    "the parties: no organisation of members.yml is named in the text": (
        "les parties\u00a0: aucune organisation de members.yml n'est nommée dans le texte",
        "le parti: nessuna organizzazione di members.yml è nominata nel testo",
        "die Parteien: keine Organisation aus members.yml wird im Text genannt",
    ),
    "the articles: no heading such as 'Article 1' was found": (
        "les articles\u00a0: aucun titre comme 'Article 1' n'a été trouvé",
        "gli articoli: non è stato trovato alcun titolo come 'Articolo 1'",
        "die Artikel: es wurde keine Überschrift wie 'Artikel 1' gefunden",
    ),
    "the language (taken to be {lang!r})": (
        "la langue (supposée être {lang!r})",
        "la lingua (presunta {lang!r})",
        "die Sprache (angenommen: {lang!r})",
    ),
    "the text of page(s) {pages}, which could not be read": (
        "le texte de la ou des pages {pages}, qui n'a pas pu être lu",
        "il testo della/e pagina/e {pages}, che non si è potuto leggere",
        "der Text der Seite(n) {pages}, der nicht gelesen werden konnte",
    ),
    "the end of the text: only the first {read} of {total} pages were read": (
        "la fin du texte\u00a0: seules les {read} premières pages sur {total} ont été lues",
        "la fine del testo: sono state lette solo le prime {read} pagine su {total}",
        "das Ende des Textes: nur die ersten {read} von {total} Seiten wurden gelesen",
    ),
    # --- importpdf.py: a file that is not imported --------------------------------------
    "{pdf}: its name gives no document id: give one with --doc (for example "
    "--doc convention-partenariat)": (
        "{pdf}\u00a0: son nom ne donne pas d'identifiant de document\u00a0: indiquez-en un "
        "avec --doc (par exemple --doc convention-partenariat)",
        "{pdf}: il suo nome non fornisce un identificativo di documento: indicatene uno con "
        "--doc (per esempio --doc convention-partenariat)",
        "{pdf}: sein Name ergibt keine Dokumentkennung: geben Sie eine mit --doc an (zum "
        "Beispiel --doc convention-partenariat)",
    ),
    "{pdf}: the text of its pages cannot be read (the PDF is damaged): make a new PDF "
    "from the original and import that; nothing was written": (
        "{pdf}\u00a0: le texte de ses pages ne peut pas être lu (le PDF est "
        "endommagé)\u00a0: refaites un PDF à partir de l'original et importez celui-ci\u00a0; "
        "rien n'a été écrit",
        "{pdf}: il testo delle sue pagine non si può leggere (il PDF è danneggiato): create "
        "un nuovo PDF dall'originale e importate quello; non è stato scritto nulla",
        "{pdf}: der Text seiner Seiten kann nicht gelesen werden (das PDF ist beschädigt): "
        "erstellen Sie aus dem Original ein neues PDF und importieren Sie dieses; es wurde "
        "nichts geschrieben",
    ),
    "{pdf} has no text to read: it looks like a scanned image. Run it through text "
    "recognition (OCR, for example `ocrmypdf`) and import the result, or write the version "
    "by hand with `pacte new`; nothing was written": (
        "{pdf} n'a pas de texte à lire\u00a0: il ressemble à une image numérisée. Passez-le "
        "à la reconnaissance de texte (OCR, par exemple `ocrmypdf`) et importez le "
        "résultat, ou écrivez la version à la main avec `pacte new`\u00a0; rien n'a été "
        "écrit",
        "{pdf} non ha testo da leggere: sembra un'immagine scansionata. Sottoponetelo al "
        "riconoscimento del testo (OCR, per esempio `ocrmypdf`) e importate il risultato, o "
        "scrivete la versione a mano con `pacte new`; non è stato scritto nulla",
        "{pdf} enthält keinen lesbaren Text: es sieht wie ein gescanntes Bild aus. Lassen "
        "Sie eine Texterkennung darüber laufen (OCR, zum Beispiel `ocrmypdf`) und "
        "importieren Sie das Ergebnis, oder schreiben Sie die Fassung von Hand mit "
        "`pacte new`; es wurde nichts geschrieben",
    ),
    "{pdf}: no year was found to name the version: give it with --version (for example "
    "--version 2024-2026); nothing was written": (
        "{pdf}\u00a0: aucune année n'a été trouvée pour nommer la version\u00a0: indiquez-la "
        "avec --version (par exemple --version 2024-2026)\u00a0; rien n'a été écrit",
        "{pdf}: non è stato trovato alcun anno per denominare la versione: indicatela con "
        "--version (per esempio --version 2024-2026); non è stato scritto nulla",
        "{pdf}: es wurde kein Jahr gefunden, um die Fassung zu benennen: geben Sie sie mit "
        "--version an (zum Beispiel --version 2024-2026); es wurde nichts geschrieben",
    ),
    "{path} already exists and was not overwritten: choose another --version, or remove "
    "that file first": (
        "{path} existe déjà et n'a pas été écrasé\u00a0: choisissez un autre --version, ou "
        "supprimez d'abord ce fichier",
        "{path} esiste già e non è stato sovrascritto: scegliete un altro --version, o "
        "rimuovete prima quel file",
        "{path} existiert bereits und wurde nicht überschrieben: wählen Sie eine andere "
        "--version, oder entfernen Sie zuerst diese Datei",
    ),
    "{path} {predicate}; nothing was written": (
        "{path} {predicate}\u00a0; rien n'a été écrit",
        "{path} {predicate}; non è stato scritto nulla",
        "{path} {predicate}; es wurde nichts geschrieben",
    ),
    "{path} already exists and is another file: it was not overwritten; remove it or "
    "choose another --version": (
        "{path} existe déjà et c'est un autre fichier\u00a0: il n'a pas été écrasé\u00a0; "
        "supprimez-le ou choisissez un autre --version",
        "{path} esiste già ed è un altro file: non è stato sovrascritto; rimuovetelo o "
        "scegliete un altro --version",
        "{path} existiert bereits und ist eine andere Datei: sie wurde nicht überschrieben; "
        "entfernen Sie sie, oder wählen Sie eine andere --version",
    ),
    # --- importpdf.py: what pacte import-pdf prints -------------------------------------
    "reading {pdf} …": ("lecture de {pdf} …", "lettura di {pdf} …", "{pdf} wird gelesen …"),
    "  not imported: {reason}": (
        "  non importé\u00a0: {reason}",
        "  non importato: {reason}",
        "  nicht importiert: {reason}",
    ),
    "{imported} of {total} files imported": (
        "{imported} fichiers importés sur {total}",
        "{imported} file importati su {total}",
        "{imported} von {total} Dateien importiert",
    ),
    "  wrote {path} (draft), with its signed copy {copy}": (
        "  {path} écrit (projet), avec son exemplaire signé {copy}",
        "  scritto {path} (bozza), con la sua copia firmata {copy}",
        "  {path} geschrieben (Entwurf), mit seinem unterzeichneten Exemplar {copy}",
    ),
    "{count} article(s)": ("{count} article(s)", "{count} articolo/i", "{count} Artikel"),
    "parties: {members}": ("parties\u00a0: {members}", "parti: {members}", "Parteien: {members}"),
    "adopted {date}": ("adoptée le {date}", "adottata il {date}", "angenommen am {date}"),
    "effective {start} to {end}": (
        "en vigueur du {start} au {end}",
        "in vigore dal {start} al {end}",
        "gültig vom {start} bis {end}",
    ),
    "  found: {facts}": ("  trouvé\u00a0: {facts}", "  trovato: {facts}", "  gefunden: {facts}"),
    "  not recognised, to complete in the file:": (
        "  non reconnu, à compléter dans le fichier\u00a0:",
        "  non riconosciuto, da completare nel file:",
        "  nicht erkannt, in der Datei zu ergänzen:",
    ),
    "  check the text against the PDF before proposing it": (
        "  vérifiez le texte en le comparant au PDF avant de le proposer",
        "  verificate il testo confrontandolo con il PDF prima di proporlo",
        "  prüfen Sie den Text anhand des PDF, bevor Sie ihn vorschlagen",
    ),
    # --- importpdf.py: arguments that make no sense -------------------------------------
    "--kind must be charter or convention, not {kind!r}": (
        "--kind doit être charter ou convention, et non {kind!r}",
        "--kind deve essere charter o convention, non {kind!r}",
        "--kind muss charter oder convention sein, nicht {kind!r}",
    ),
    "{root} is not a Pacte site (no mkdocs.yml nor members.yml): run pacte import-pdf at "
    "the root of the site": (
        "{root} n'est pas un site Pacte (ni mkdocs.yml ni members.yml)\u00a0: lancez pacte "
        "import-pdf à la racine du site",
        "{root} non è un sito Pacte (né mkdocs.yml né members.yml): eseguite pacte "
        "import-pdf nella cartella principale del sito",
        "{root} ist keine Pacte-Website (weder mkdocs.yml noch members.yml): führen Sie "
        "pacte import-pdf im Stammordner der Website aus",
    ),
    "the same --version is given twice": (
        "le même --version est donné deux fois",
        "lo stesso --version è indicato due volte",
        "dieselbe --version ist zweimal angegeben",
    ),
    "give one --version per file ({files} files, {versions} versions), or none to take "
    "each version's label from its title or dates": (
        "donnez un --version par fichier ({files} fichiers, {versions} versions), ou aucun "
        "pour tirer le libellé de chaque version de son titre ou de ses dates",
        "indicate un --version per file ({files} file, {versions} versioni), o nessuno per "
        "ricavare l'etichetta di ogni versione dal suo titolo o dalle sue date",
        "geben Sie eine --version pro Datei an ({files} Dateien, {versions} Fassungen), "
        "oder keine, um die Bezeichnung jeder Fassung ihrem Titel oder ihren Daten zu "
        "entnehmen",
    ),
    # --- init.py -------------------------------------------------------------------------
    "no skeleton in {language!r}: choose --lang among {languages}": (
        "pas de modèle de site en {language!r}\u00a0: choisissez --lang parmi {languages}",
        "nessun modello di sito in {language!r}: scegliete --lang tra {languages}",
        "keine Vorlage in {language!r}: wählen Sie --lang unter {languages}",
    ),
    "is not a folder: Pacte writes {path} in it": (
        "n'est pas un dossier\u00a0: Pacte y écrit {path}",
        "non è una cartella: Pacte vi scrive {path}",
        "ist kein Ordner: Pacte schreibt {path} hinein",
    ),
    "is a folder: Pacte writes a file there": (
        "est un dossier\u00a0: Pacte y écrit un fichier",
        "è una cartella: Pacte vi scrive un file",
        "ist ein Ordner: Pacte schreibt dort eine Datei",
    ),
    "is not a regular file: Pacte writes a file there": (
        "n'est pas un fichier ordinaire\u00a0: Pacte y écrit un fichier",
        "non è un file normale: Pacte vi scrive un file",
        "ist keine gewöhnliche Datei: Pacte schreibt dort eine Datei",
    ),
    "{root} is not a folder": (
        "{root} n'est pas un dossier",
        "{root} non è una cartella",
        "{root} ist kein Ordner",
    ),
    "{root} is not empty ({shown}): give an empty or new folder, or add --force to write "
    "only the files that are missing (those there are kept as they are)": (
        "{root} n'est pas vide ({shown})\u00a0: indiquez un dossier vide ou nouveau, ou "
        "ajoutez --force pour n'écrire que les fichiers manquants (ceux qui s'y trouvent "
        "sont conservés tels quels)",
        "{root} non è vuota ({shown}): indicate una cartella vuota o nuova, o aggiungete "
        "--force per scrivere solo i file mancanti (quelli presenti restano come sono)",
        "{root} ist nicht leer ({shown}): geben Sie einen leeren oder neuen Ordner an, oder "
        "fügen Sie --force hinzu, um nur die fehlenden Dateien zu schreiben (die "
        "vorhandenen bleiben, wie sie sind)",
    ),
    "nothing was written: {reasons}": (
        "rien n'a été écrit\u00a0: {reasons}",
        "non è stato scritto nulla: {reasons}",
        "es wurde nichts geschrieben: {reasons}",
    ),
    "{path} {predicate} (written before it: {written})": (
        "{path} {predicate} (écrits avant lui\u00a0: {written})",
        "{path} {predicate} (scritti prima: {written})",
        "{path} {predicate} (zuvor geschrieben: {written})",
    ),
    # --- gitbase.py ------------------------------------------------------------------------
    "git is not installed, or not on the PATH": (
        "git n'est pas installé, ou pas dans le PATH",
        "git non è installato, o non è nel PATH",
        "git ist nicht installiert, oder nicht im PATH",
    ),
    "git {command} failed": (
        "git {command} a échoué",
        "git {command} non è riuscito",
        "git {command} ist fehlgeschlagen",
    ),
    "{revision!r} is not a git revision": (
        "{revision!r} n'est pas une révision git",
        "{revision!r} non è una revisione git",
        "{revision!r} ist keine Git-Revision",
    ),
    "{root} is not in a git repository": (
        "{root} n'est pas dans un dépôt git",
        "{root} non si trova in un repository git",
        "{root} liegt nicht in einem Git-Repository",
    ),
    "git does not know the revision {revision!r} here; check its name, or fetch it (a "
    "shallow clone in CI needs fetch-depth: 0)": (
        "git ne connaît pas la révision {revision!r} ici\u00a0; vérifiez son nom, ou "
        "récupérez-la avec git fetch (un clone superficiel en CI a besoin de "
        "fetch-depth: 0)",
        "git non conosce qui la revisione {revision!r}; verificatene il nome, o recuperatela "
        "con git fetch (un clone superficiale in CI richiede fetch-depth: 0)",
        "git kennt die Revision {revision!r} hier nicht; prüfen Sie ihren Namen, oder holen "
        "Sie sie mit git fetch (ein flacher Klon in der CI braucht fetch-depth: 0)",
    ),
    "git cat-file gave an unexpected answer for {path}": (
        "git cat-file a donné une réponse inattendue pour {path}",
        "git cat-file ha dato una risposta inattesa per {path}",
        "git cat-file gab eine unerwartete Antwort für {path}",
    ),
    "the sources at {revision} could not be read ({error}); compared with none": (
        "les sources à la révision {revision} n'ont pas pu être lues ({error})\u00a0; la "
        "comparaison est faite comme s'il n'y en avait aucune",
        "le fonti alla revisione {revision} non si sono potute leggere ({error}); il "
        "confronto è fatto come se non ce ne fossero",
        "die Quellen bei {revision} konnten nicht gelesen werden ({error}); verglichen wird "
        "so, als gäbe es keine",
    ),
    # newversion.ReviewNotes: the comments on what a copy must check (in the file)
    "due date copied from version {label}: check it, then remove this comment": (
        "échéance reprise de la version {label}\u00a0: vérifiez-la, puis retirez ce commentaire",
        "scadenza ripresa dalla versione {label}: verificatela, poi togliete questo commento",
        "Frist aus Fassung {label} übernommen: Prüfen Sie sie und entfernen Sie dann diesen "
        "Kommentar",
    ),
    "summary copied from version {label}: rewrite it for this version, then remove this comment": (
        "résumé repris de la version {label}\u00a0: récrivez-le pour cette version, puis "
        "retirez ce commentaire",
        "sintesi ripresa dalla versione {label}: riscrivetela per questa versione, poi "
        "togliete questo commento",
        "Zusammenfassung aus Fassung {label} übernommen: Schreiben Sie sie für diese Fassung "
        "neu und entfernen Sie dann diesen Kommentar",
    ),
    "the due dates and the summary were copied from version {label}: check them, then "
    "remove this comment": (
        "les échéances et le résumé sont repris de la version {label}\u00a0: vérifiez-les, "
        "puis retirez ce commentaire",
        "le scadenze e la sintesi sono riprese dalla versione {label}: verificatele, poi "
        "togliete questo commento",
        "Fristen und Zusammenfassung stammen aus Fassung {label}: Prüfen Sie sie und "
        "entfernen Sie dann diesen Kommentar",
    ),
    # new_version: a version label or a document id close to one that exists
    "{folder}/ has no version {label!r}: did you mean {close!r}? (its versions: {versions})": (
        "{folder}/ n'a pas de version {label!r}\u00a0: vouliez-vous dire {close!r}\u00a0? "
        "(ses versions\u00a0: {versions})",
        "{folder}/ non ha una versione {label!r}: forse {close!r}? (le sue versioni: {versions})",
        "{folder}/ hat keine Fassung {label!r}: Meinten Sie {close!r}? (seine Fassungen: "
        "{versions})",
    ),
    "There is no document {doc!r}, but there is {close!r} ({folder}/). Start a new document "
    "{doc!r}? [y/N] ": (
        "Il n'y a pas de document {doc!r}, mais il y a {close!r} ({folder}/). Commencer un "
        "nouveau document {doc!r}\u00a0? [o/N] ",
        "Non esiste un documento {doc!r}, ma esiste {close!r} ({folder}/). Iniziare un nuovo "
        "documento {doc!r}? [s/N] ",
        "Es gibt kein Dokument {doc!r}, aber {close!r} ({folder}/). Möchten Sie ein neues Dokument "
        "{doc!r} beginnen? [j/N] ",
    ),
    "there is no document {doc!r}: did you mean {close!r} ({folder}/)? To start a new "
    "document with this id, add --new-document": (
        "il n'y a pas de document {doc!r}\u00a0: vouliez-vous dire {close!r} "
        "({folder}/)\u00a0? Pour commencer un nouveau document avec cet identifiant, "
        "ajoutez --new-document",
        "non esiste un documento {doc!r}: forse {close!r} ({folder}/)? Per iniziare un nuovo "
        "documento con questo identificativo, aggiungete --new-document",
        "es gibt kein Dokument {doc!r}: Meinten Sie {close!r} ({folder}/)? Um ein neues "
        "Dokument mit dieser Kennung zu beginnen, fügen Sie --new-document hinzu",
    ),
    # cmd_new: what a copy starts again with
    "Commitments start again as planned; their due dates and the summary are marked "
    "'# pacte-review:' (pacte validate lists them until you remove the comments).": (
        "Les engagements repartent à planned\u00a0; leurs échéances et le résumé sont "
        "marqués '# pacte-review:' (pacte validate les signale tant que les commentaires "
        "sont là).",
        "Gli impegni ripartono come planned; le loro scadenze e la sintesi sono segnate "
        "'# pacte-review:' (pacte validate le segnala finché i commenti restano).",
        "Die Verpflichtungen beginnen wieder als planned; ihre Fristen und die "
        "Zusammenfassung sind mit '# pacte-review:' markiert (pacte validate meldet sie, "
        "bis Sie die Kommentare entfernen).",
    ),
}
