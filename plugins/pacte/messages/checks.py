"""Messages of the checks of the sources: reading files, their YAML, their values, and
the cross-checks of a site (sources.py, guard.py, load.py, values.py)."""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {
    # after each problem: where the site explains its code (problems.help_address)
    "see {address}": ("voir {address}", "vedi {address}", "siehe {address}"),
    # current_date: a wrong PACTE_TODAY
    "PACTE_TODAY={value!r} is not a date written YYYY-MM-DD": (
        "PACTE_TODAY={value!r} n'est pas une date écrite AAAA-MM-JJ",
        "PACTE_TODAY={value!r} non è una data scritta AAAA-MM-GG",
        "PACTE_TODAY={value!r} ist kein Datum der Form JJJJ-MM-TT",
    ),
    # _placed_well: where files and folders of a document live
    "the folder name {name!r} must be lowercase letters, digits and single hyphens (it "
    "becomes the document's address)": (
        "le nom de dossier {name!r} ne doit contenir que des lettres minuscules, des chiffres "
        "et des tirets simples (il devient l'adresse du document)",
        "il nome della cartella {name!r} deve contenere solo lettere minuscole, cifre e "
        "trattini semplici (diventa l'indirizzo del documento)",
        "der Ordnername {name!r} darf nur Kleinbuchstaben, Ziffern und einfache Bindestriche "
        "enthalten (er wird zur Adresse des Dokuments)",
    ),
    "put this file in a folder of its document: {folder}/<document>/<version>.md": (
        "placez ce fichier dans le dossier de son document\u00a0: {folder}/<document>/<version>.md",
        "mettete questo file nella cartella del suo documento: {folder}/<documento>/<versione>.md",
        "legen Sie diese Datei in den Ordner ihres Dokuments: {folder}/<dokument>/<fassung>.md",
    ),
    "only version files (.md) and signed copies (.pdf) belong in a document's folder": (
        "seuls les fichiers de version (.md) et les exemplaires signés (.pdf) ont leur place "
        "dans le dossier d'un document",
        "nella cartella di un documento vanno solo i file di versione (.md) e le copie "
        "firmate (.pdf)",
        "in den Ordner eines Dokuments gehören nur Fassungsdateien (.md) und unterzeichnete "
        "Exemplare (.pdf)",
    ),
    # _placed_well, _check_stem, read_members: what a reserved name cannot be used as
    # (vocabulary.reserved: "... cannot be used as {what}"; said by newversion.py too)
    "a document id": (
        "identifiant de document",
        "identificativo di documento",
        "Kennung eines Dokuments",
    ),
    "a version label": (
        "libellé de version",
        "etichetta di versione",
        "Bezeichnung einer Fassung",
    ),
    "a member id": (
        "identifiant d'organisation",
        "identificativo di organizzazione",
        "Kennung einer Organisation",
    ),
    # _check_stem: the file name of a version
    "the version label {label!r} (the file name) must be lowercase letters, digits and "
    "single hyphens, for example 2023-2025.md": (
        "le libellé de version {label!r} (le nom du fichier) ne doit contenir que des lettres "
        "minuscules, des chiffres et des tirets simples, par exemple 2023-2025.md",
        "l'etichetta di versione {label!r} (il nome del file) deve contenere solo lettere "
        "minuscole, cifre e trattini semplici, per esempio 2023-2025.md",
        "die Bezeichnung der Fassung {label!r} (der Dateiname) darf nur Kleinbuchstaben, "
        "Ziffern und einfache Bindestriche enthalten, zum Beispiel 2023-2025.md",
    ),
    "{file!r} is named as a translation, but a translation's language is a code of two or "
    "three lowercase letters, without a region: name it {name}": (
        "{file!r} est nommé comme une traduction, mais la langue d'une traduction est un code "
        "de deux ou trois lettres minuscules, sans région\u00a0: nommez-le {name}",
        "{file!r} ha il nome di una traduzione, ma la lingua di una traduzione è un codice di "
        "due o tre lettere minuscole, senza regione: chiamatelo {name}",
        "{file!r} ist wie eine Übersetzung benannt, aber die Sprache einer Übersetzung ist ein "
        "Code aus zwei oder drei Kleinbuchstaben, ohne Region: nennen Sie sie {name}",
    ),
    # read_members: members.yml
    "members.yml is missing: list every organisation there": (
        "le fichier members.yml manque\u00a0: listez-y toutes les organisations",
        "manca il file members.yml: elencatevi tutte le organizzazioni",
        "die Datei members.yml fehlt: führen Sie darin alle Organisationen auf",
    ),
    "members.yml is empty: list every organisation there": (
        "le fichier members.yml est vide\u00a0: listez-y toutes les organisations",
        "il file members.yml è vuoto: elencatevi tutte le organizzazioni",
        "die Datei members.yml ist leer: führen Sie darin alle Organisationen auf",
    ),
    "an organisation": ("une organisation", "un'organizzazione", "eine Organisation"),
    "this organisation": ("cette organisation", "questa organizzazione", "diese Organisation"),
    "the website {website!r} must start with https:// or http://": (
        "le site web {website!r} doit commencer par https:// ou http://",
        "il sito web {website!r} deve cominciare con https:// o http://",
        "die Website {website!r} muss mit https:// oder http:// beginnen",
    ),
    "the id {id!r} is used twice": (
        "l'identifiant {id!r} est utilisé deux fois",
        "l'identificativo {id!r} è usato due volte",
        "die Kennung {id!r} wird zweimal verwendet",
    ),
    "the parent {parent!r} is not in members.yml": (
        "l'organisation parente {parent!r} n'est pas dans members.yml",
        "l'organizzazione madre {parent!r} non è in members.yml",
        "die übergeordnete Organisation {parent!r} ist nicht in members.yml",
    ),
    "{member!r} is its own parent": (
        "{member!r} est sa propre organisation parente",
        "{member!r} è la propria organizzazione madre",
        "{member!r} ist ihre eigene übergeordnete Organisation",
    ),
    "{member!r} is its own parent through others ({circle})": (
        "{member!r} est sa propre organisation parente, par l'intermédiaire d'autres ({circle})",
        "{member!r} è la propria organizzazione madre, attraverso altre ({circle})",
        "{member!r} ist über andere ihre eigene übergeordnete Organisation ({circle})",
    ),
    # _circle: a long circle of organisations, shortened
    "{items}, and back to {first}": (
        "{items}, puis de nouveau {first}",
        "{items}, e di nuovo {first}",
        "{items} und zurück zu {first}",
    ),
    # read_version: the front matter of a version
    "the front matter is empty": (
        "l'en-tête est vide",
        "l'intestazione è vuota",
        "der YAML-Kopf ist leer",
    ),
    "the front matter": ("l'en-tête", "l'intestazione", "der YAML-Kopf"),
    "the title": ("le titre", "il titolo", "der Titel"),
    "the status": ("le statut", "lo stato", "der Status"),
    "the front matter has no 'adopted' date: add it (only a draft may go without; this "
    "version's status is {status!r})": (
        "l'en-tête n'a pas de date 'adopted'\u00a0: ajoutez-la (seul un projet peut s'en "
        "passer\u00a0; le statut de cette version est {status!r})",
        "l'intestazione non ha la data 'adopted': aggiungetela (solo una bozza può farne a "
        "meno; lo stato di questa versione è {status!r})",
        "der YAML-Kopf hat kein Datum 'adopted': fügen Sie es hinzu (nur ein Entwurf kommt "
        "ohne aus; der Status dieser Fassung ist {status!r})",
    ),
    "a theme": ("un thème", "un tema", "ein Thema"),
    "the summary": ("le résumé", "la sintesi", "die Zusammenfassung"),
    # _period: 'effective'
    "the period ends ({end}) before it starts ({start}): check the dates": (
        "la période finit ({end}) avant de commencer ({start})\u00a0: vérifiez les dates",
        "il periodo finisce ({end}) prima di cominciare ({start}): controllate le date",
        "der Zeitraum endet ({end}), bevor er beginnt ({start}): prüfen Sie die Daten",
    ),
    # _signatory: the person who signed for a party
    "the signatory's name": (
        "le nom du signataire",
        "il nome del firmatario",
        "der Name der unterzeichnenden Person",
    ),
    "the signatory's capacity": (
        "la qualité du signataire",
        "la qualifica del firmatario",
        "die Funktion der unterzeichnenden Person",
    ),
    "the signatory's mandate": (
        "le mandat du signataire",
        "il mandato del firmatario",
        "das Mandat der unterzeichnenden Person",
    ),
    # _parties: 'parties'
    "a party": ("une partie", "una parte", "eine Partei"),
    "this party": ("cette partie", "questa parte", "diese Partei"),
    "the member id": (
        "l'identifiant de l'organisation",
        "l'identificativo dell'organizzazione",
        "die Kennung der Organisation",
    ),
    "the role": ("le rôle", "il ruolo", "die Rolle"),
    "the party withdrew ({withdrawn}) before it signed ({signed}): check the dates": (
        "la partie s'est retirée ({withdrawn}) avant d'avoir signé ({signed})\u00a0: vérifiez "
        "les dates",
        "la parte si è ritirata ({withdrawn}) prima di aver firmato ({signed}): controllate "
        "le date",
        "die Partei ist ausgetreten ({withdrawn}), bevor sie unterzeichnet hat ({signed}): "
        "prüfen Sie die Daten",
    ),
    "{member!r} is listed twice among the parties": (
        "{member!r} figure deux fois parmi les parties",
        "{member!r} compare due volte tra le parti",
        "{member!r} ist zweimal unter den Parteien aufgeführt",
    ),
    "'parties' must list at least one organisation": (
        "'parties' doit lister au moins une organisation",
        "'parties' deve elencare almeno un'organizzazione",
        "'parties' muss mindestens eine Organisation aufführen",
    ),
    # _commitments: 'commitments'
    "a commitment": ("un engagement", "un impegno", "eine Verpflichtung"),
    "this commitment": ("cet engagement", "questo impegno", "diese Verpflichtung"),
    "the commitment id": (
        "l'identifiant de l'engagement",
        "l'identificativo dell'impegno",
        "die Kennung der Verpflichtung",
    ),
    "the text": ("le texte", "il testo", "der Text"),
    "commitment {id!r}": ("l'engagement {id!r}", "l'impegno {id!r}", "die Verpflichtung {id!r}"),
    "the commitment id {id!r} is used twice in this version": (
        "l'identifiant d'engagement {id!r} est utilisé deux fois dans cette version",
        "l'identificativo di impegno {id!r} è usato due volte in questa versione",
        "die Verpflichtungskennung {id!r} wird in dieser Fassung zweimal verwendet",
    ),
    # _read_accepts, _article_list: the articles a party accepts, those open to choice
    "an accepted article": (
        "un article accepté",
        "un articolo accettato",
        "ein angenommener Artikel",
    ),
    "an article in '{key}'": (
        "un article de '{key}'",
        "un articolo di '{key}'",
        "ein Artikel in '{key}'",
    ),
    # _acceptance: 'acceptance'
    "the core article {article!r} is not among the 'articles' open to choice: add it there "
    "or remove it from 'core'": (
        "l'article du noyau {article!r} n'est pas parmi les articles au choix ('articles')\u00a0: "
        "ajoutez-le à 'articles' ou retirez-le de 'core'",
        "l'articolo del nucleo {article!r} non è tra gli articoli a scelta ('articles'): "
        "aggiungetelo ad 'articles' o toglietelo da 'core'",
        "der Kernartikel {article!r} ist nicht unter den Wahlartikeln ('articles'): fügen Sie "
        "ihn dort hinzu oder entfernen Sie ihn aus 'core'",
    ),
    "'{name}' is {value}, but '{among}' lists only {most} article open to choice: no party "
    "could accept that many": (
        "'{name}' vaut {value}, mais '{among}' ne liste que {most} article au choix\u00a0: "
        "aucune partie ne pourrait en accepter autant",
        "'{name}' è {value}, ma '{among}' elenca solo {most} articolo a scelta: nessuna parte "
        "potrebbe accettarne tanti",
        "'{name}' ist {value}, aber '{among}' führt nur {most} wählbaren Artikel auf: keine "
        "Partei könnte so viele annehmen",
    ),
    "'{name}' is {value}, but '{among}' lists only {most} articles open to choice: no party "
    "could accept that many": (
        "'{name}' vaut {value}, mais '{among}' ne liste que {most} articles au choix\u00a0: aucune "
        "partie ne pourrait en accepter autant",
        "'{name}' è {value}, ma '{among}' elenca solo {most} articoli a scelta: nessuna parte "
        "potrebbe accettarne tanti",
        "'{name}' ist {value}, aber '{among}' führt nur {most} wählbare Artikel auf: keine "
        "Partei könnte so viele annehmen",
    ),
    # _check_accepts: what each party accepts of the articles open to choice
    "{member!r} lists the articles it 'accepts', but this version has no 'acceptance' (no "
    "article is open to choice): remove 'accepts' or add 'acceptance'": (
        "{member!r} liste les articles qu'elle accepte ('accepts'), mais cette version n'a "
        "pas de clé 'acceptance' (aucun article n'est au choix)\u00a0: retirez 'accepts' ou "
        "ajoutez 'acceptance'",
        "{member!r} elenca gli articoli che accetta ('accepts'), ma questa versione non ha "
        "la chiave 'acceptance' (nessun articolo è a scelta): togliete 'accepts' o aggiungete "
        "'acceptance'",
        "{member!r} führt die Artikel auf, die sie annimmt ('accepts'), aber diese Fassung "
        "hat kein 'acceptance' (kein Artikel ist wählbar): entfernen Sie 'accepts' oder "
        "fügen Sie 'acceptance' hinzu",
    ),
    "{member!r} signs a version whose articles {shown} are open to choice: list the ones "
    "it accepts, as 'accepts: [...]'": (
        "{member!r} signe une version dont les articles {shown} sont au choix\u00a0: listez "
        "ceux qu'elle accepte, sous la forme 'accepts: [...]'",
        "{member!r} firma una versione i cui articoli {shown} sono a scelta: elencate quelli "
        "che accetta, nella forma 'accepts: [...]'",
        "{member!r} unterzeichnet eine Fassung, deren Artikel {shown} wählbar sind: führen "
        "Sie die von ihr angenommenen als 'accepts: [...]' auf",
    ),
    "{member!r} accepts article {article!r}, which is not open to choice (articles open to "
    "choice: {shown}); every other article binds every party": (
        "{member!r} accepte l'article {article!r}, qui n'est pas au choix (articles au "
        "choix\u00a0: {shown})\u00a0; tout autre article engage toutes les parties",
        "{member!r} accetta l'articolo {article!r}, che non è a scelta (articoli a scelta: "
        "{shown}); ogni altro articolo vincola tutte le parti",
        "{member!r} nimmt den Artikel {article!r} an, der nicht wählbar ist (Wahlartikel: "
        "{shown}); jeder andere Artikel bindet alle Parteien",
    ),
    "{member!r} accepts {count} of the articles open to choice ({shown}), fewer than the "
    "minimum of {minimum}": (
        "{member!r} accepte {count} des articles au choix ({shown}), moins que le minimum "
        "de {minimum}",
        "{member!r} accetta {count} degli articoli a scelta ({shown}), meno del minimo di "
        "{minimum}",
        "{member!r} nimmt {count} der Wahlartikel an ({shown}), weniger als das Minimum von "
        "{minimum}",
    ),
    "{member!r} accepts {count} of the core articles ({core}), fewer than the minimum of "
    "{minimum}": (
        "{member!r} accepte {count} des articles du noyau ({core}), moins que le minimum "
        "de {minimum}",
        "{member!r} accetta {count} degli articoli del nucleo ({core}), meno del minimo di "
        "{minimum}",
        "{member!r} nimmt {count} der Kernartikel an ({core}), weniger als das Minimum von "
        "{minimum}",
    ),
    # _by: who makes a commitment
    "a member id in 'by'": (
        "un identifiant d'organisation dans 'by'",
        "un identificativo di organizzazione in 'by'",
        "eine Organisationskennung in 'by'",
    ),
    # _inside: 'signed_copy', a PDF beside the version
    "'signed_copy' {path!r} must be a file in the document's folder, for example {stem}.pdf": (
        "'signed_copy' {path!r} doit être un fichier du dossier du document, par exemple "
        "{stem}.pdf",
        "'signed_copy' {path!r} deve essere un file nella cartella del documento, per "
        "esempio {stem}.pdf",
        "'signed_copy' {path!r} muss eine Datei im Ordner des Dokuments sein, zum Beispiel "
        "{stem}.pdf",
    ),
    "'signed_copy' {path!r} leads outside the document's folder": (
        "'signed_copy' {path!r} mène hors du dossier du document",
        "'signed_copy' {path!r} porta fuori dalla cartella del documento",
        "'signed_copy' {path!r} führt aus dem Ordner des Dokuments hinaus",
    ),
    "the signed copy {path!r} is not in {folder}/: add the PDF there or fix the name": (
        "l'exemplaire signé {path!r} n'est pas dans {folder}/\u00a0: ajoutez-y le PDF ou "
        "corrigez le nom",
        "la copia firmata {path!r} non è in {folder}/: aggiungete lì il PDF o correggete il nome",
        "das unterzeichnete Exemplar {path!r} ist nicht in {folder}/: legen Sie das PDF dort "
        "ab oder korrigieren Sie den Namen",
    ),
    "the signed copy {path!r} must be a PDF file": (
        "l'exemplaire signé {path!r} doit être un fichier PDF",
        "la copia firmata {path!r} deve essere un file PDF",
        "das unterzeichnete Exemplar {path!r} muss eine PDF-Datei sein",
    ),
    # _cross_check: the organisations and articles a version names
    "{member!r} is not in members.yml{hint}; add it there or fix the id": (
        "{member!r} n'est pas dans members.yml{hint}\u00a0; ajoutez-la à members.yml ou "
        "corrigez l'identifiant",
        "{member!r} non è in members.yml{hint}; aggiungetela lì o correggete l'identificativo",
        "{member!r} ist nicht in members.yml{hint}; fügen Sie sie dort hinzu oder "
        "korrigieren Sie die Kennung",
    ),
    "{member!r} is not in members.yml": (
        "{member!r} n'est pas dans members.yml",
        "{member!r} non è in members.yml",
        "{member!r} ist nicht in members.yml",
    ),
    "commitment {id!r} names {member!r}, which is not a party of this version; add it to "
    "'parties' or remove it from 'by'": (
        "l'engagement {id!r} nomme {member!r}, qui n'est pas partie à cette version\u00a0; "
        "ajoutez-la à 'parties' ou retirez-la de 'by'",
        "l'impegno {id!r} nomina {member!r}, che non è parte di questa versione; aggiungetela "
        "a 'parties' o toglietela da 'by'",
        "die Verpflichtung {id!r} nennt {member!r}, die keine Partei dieser Fassung ist; "
        "fügen Sie sie zu 'parties' hinzu oder entfernen Sie sie aus 'by'",
    ),
    "{member!r} is an observer of this version and makes no commitment; change its role "
    "or remove it from 'by'": (
        "{member!r} est observatrice de cette version et ne prend aucun engagement\u00a0; "
        "changez son rôle ou retirez-la de 'by'",
        "{member!r} è osservatrice di questa versione e non assume impegni; cambiatene il "
        "ruolo o toglietela da 'by'",
        "{member!r} ist Beobachterin dieser Fassung und geht keine Verpflichtung ein; ändern "
        "Sie ihre Rolle oder entfernen Sie sie aus 'by'",
    ),
    "none": ("aucun", "nessuno", "keine"),
    "{what} names article {article!r}, which the text does not have (articles found: "
    "{have}); articles are headings such as '## Article 3'": (
        "{what} renvoie à l'article {article!r}, que le texte n'a pas (articles "
        "trouvés\u00a0: {have})\u00a0; un article est un titre comme '## Article 3'",
        "{what} nomina l'articolo {article!r}, che il testo non ha (articoli trovati: "
        "{have}); gli articoli sono titoli come '## Articolo 3'",
        "{what} nennt den Artikel {article!r}, den der Text nicht hat (gefundene Artikel: "
        "{have}); Artikel sind Überschriften wie '## Artikel 3'",
    ),
    "article {number} appears twice (first on line {line})": (
        "l'article {number} apparaît deux fois (d'abord à la ligne {line})",
        "l'articolo {number} compare due volte (la prima alla riga {line})",
        "Artikel {number} kommt zweimal vor (zuerst in Zeile {line})",
    ),
    # _check_document: the versions of a document together
    "a version cannot supersede itself": (
        "une version ne peut pas se remplacer elle-même",
        "una versione non può sostituire sé stessa",
        "eine Fassung kann sich nicht selbst ersetzen",
    ),
    "'supersedes' names version {label!r}, which {folder}/ does not have": (
        "'supersedes' nomme la version {label!r}, que {folder}/ ne contient pas",
        "'supersedes' nomina la versione {label!r}, che {folder}/ non contiene",
        "'supersedes' nennt die Fassung {label!r}, die es in {folder}/ nicht gibt",
    ),
    "versions supersede each other in a circle ({versions}): the oldest one must "
    "supersede nothing": (
        "des versions se remplacent en cercle ({versions})\u00a0: la plus ancienne ne doit "
        "rien remplacer",
        "alcune versioni si sostituiscono a vicenda in cerchio ({versions}): la più vecchia "
        "non deve sostituire nulla",
        "Fassungen ersetzen einander im Kreis ({versions}): die älteste darf nichts ersetzen",
    ),
    "several versions of this document are in force ({versions}): mark the older ones "
    "superseded or expired": (
        "plusieurs versions de ce document sont en vigueur ({versions})\u00a0: passez les plus "
        "anciennes en superseded ou expired",
        "più versioni di questo documento sono in vigore ({versions}): segnate le più vecchie "
        "come superseded o expired",
        "mehrere Fassungen dieses Dokuments sind in Kraft ({versions}): setzen Sie die "
        "älteren auf superseded oder expired",
    ),
    "this version is marked superseded, but no version of the document supersedes it: add "
    "'supersedes' to the newer version": (
        "cette version est marquée superseded, mais aucune version du document ne la "
        "remplace\u00a0: ajoutez 'supersedes' à la version plus récente",
        "questa versione è segnata come superseded, ma nessuna versione del documento la "
        "sostituisce: aggiungete 'supersedes' alla versione più recente",
        "diese Fassung ist als superseded markiert, aber keine Fassung des Dokuments ersetzt "
        "sie: fügen Sie der neueren Fassung 'supersedes' hinzu",
    ),
    # _dated_notices: what today's date says of a version in force
    "this version is marked in force but its period ended on {end}: mark it expired, or "
    "supersede it": (
        "cette version est marquée en vigueur, mais sa période a pris fin le {end}\u00a0: "
        "passez-la en expired, ou remplacez-la",
        "questa versione è segnata come in vigore, ma il suo periodo è terminato il {end}: "
        "segnatela come expired, o sostituitela",
        "diese Fassung ist als in Kraft markiert, aber ihr Zeitraum endete am {end}: setzen "
        "Sie sie auf expired oder ersetzen Sie sie",
    ),
    "commitment {id!r} was due on {due} and is not marked done or dropped": (
        "l'engagement {id!r} arrivait à échéance le {due} et n'est marqué ni done ni dropped",
        "l'impegno {id!r} scadeva il {due} e non è segnato né come done né come dropped",
        "die Verpflichtung {id!r} war am {due} fällig und ist weder als done noch als "
        "dropped markiert",
    ),
    # _signature_checks: what the dates and the signed copy say of the signatures
    "this version is marked {status} but says it was adopted on {adopted}, a day still to "
    "come: check the date, or mark it draft": (
        "cette version est marquée {status} mais dit avoir été adoptée le {adopted}, un jour "
        "encore à venir\u00a0: vérifiez la date, ou passez-la en draft",
        "questa versione è segnata come {status} ma dice di essere stata adottata il {adopted}, "
        "un giorno ancora a venire: controllate la data, o segnatela come draft",
        "diese Fassung ist als {status} markiert, gibt aber als Tag der Annahme den "
        "{adopted} an, der noch bevorsteht: prüfen Sie das Datum oder setzen Sie sie auf "
        "draft",
    ),
    "{member!r} is a signatory of a version marked {status} but has no 'signed' date: add "
    "the day it signed": (
        "{member!r} est signataire d'une version marquée {status} mais n'a pas de date "
        "'signed'\u00a0: ajoutez le jour où elle a signé",
        "{member!r} è firmataria di una versione segnata come {status} ma non ha la data "
        "'signed': aggiungete il giorno in cui ha firmato",
        "{member!r} unterzeichnet eine als {status} markierte Fassung, hat aber kein Datum "
        "'signed': fügen Sie den Tag der Unterzeichnung hinzu",
    ),
    "{member!r} signed on {signed}, after the version ended ({end}): check the date, or "
    "sign the newer version": (
        "{member!r} a signé le {signed}, après la fin de la version ({end})\u00a0: vérifiez "
        "la date, ou signez la version plus récente",
        "{member!r} ha firmato il {signed}, dopo la fine della versione ({end}): controllate "
        "la data, o firmate la versione più recente",
        "{member!r} hat am {signed} unterzeichnet, nach dem Ende der Fassung ({end}): prüfen "
        "Sie das Datum oder unterzeichnen Sie die neuere Fassung",
    ),
    "commitment {id!r} is marked done in a draft, which commits no one yet: mark it planned": (
        "l'engagement {id!r} est marqué done dans un projet, qui n'engage encore "
        "personne\u00a0: marquez-le planned",
        "l'impegno {id!r} è segnato come done in una bozza, che non impegna ancora nessuno: "
        "segnatelo come planned",
        "die Verpflichtung {id!r} ist in einem Entwurf, der noch niemanden bindet, als done "
        "markiert: setzen Sie sie auf planned",
    ),
    "commitment {id!r} is due on {due}, before the version starts ({date}): check the date": (
        "l'engagement {id!r} arrive à échéance le {due}, avant le début de la version "
        "({date})\u00a0: vérifiez la date",
        "l'impegno {id!r} scade il {due}, prima dell'inizio della versione ({date}): "
        "controllate la data",
        "die Verpflichtung {id!r} ist am {due} fällig, vor dem Beginn der Fassung ({date}): "
        "prüfen Sie das Datum",
    ),
    "commitment {id!r} is due on {due}, before the version was adopted ({date}): check the date": (
        "l'engagement {id!r} arrive à échéance le {due}, avant l'adoption de la version "
        "({date})\u00a0: vérifiez la date",
        "l'impegno {id!r} scade il {due}, prima dell'adozione della versione ({date}): "
        "controllate la data",
        "die Verpflichtung {id!r} ist am {due} fällig, vor der Annahme der Fassung ({date}): "
        "prüfen Sie das Datum",
    ),
    "the signed copy has {signed} signed signature field(s) for {signers} signatory "
    "parties: add the missing signatures, or check the PDF": (
        "l'exemplaire signé a {signed} champ(s) de signature signé(s) pour {signers} parties "
        "signataires\u00a0: ajoutez les signatures qui manquent, ou vérifiez le PDF",
        "la copia firmata ha {signed} campo/i di firma firmato/i per {signers} parti "
        "firmatarie: aggiungete le firme mancanti, o controllate il PDF",
        "das unterzeichnete Exemplar hat {signed} unterschriebene(s) Signaturfeld(er) für "
        "{signers} unterzeichnende Parteien: ergänzen Sie die fehlenden Unterschriften oder "
        "prüfen Sie das PDF",
    ),
    # _review_marks: a value that pacte new --from copied, still marked for review
    "a value copied from the earlier version is marked for review: check it, then remove "
    "this comment": (
        "une valeur reprise de la version précédente est à revoir\u00a0: vérifiez-la, puis "
        "retirez ce commentaire",
        "un valore ripreso dalla versione precedente è da rivedere: verificatelo, poi "
        "togliete questo commento",
        "ein aus der früheren Fassung übernommener Wert ist zu prüfen: Prüfen Sie ihn und "
        "entfernen Sie dann diesen Kommentar",
    ),
}
