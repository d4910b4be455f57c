"""The texts of the site's page of problem codes: what each code means, and what an editor
does about it, in the site's language.

Every problem that ``pacte`` reports carries a code (`problems.CODES`: code -> a short English
description) and the address of the section of the site's page that explains it
(`problems.help_address`). pages.py reads these two tables to write that page, one section
per code:

- `DESCRIPTIONS`: code -> its description in French, Italian and German, in that order,
  saying what the English of `problems.CODES` says;
- `ADVICE`: code -> one or two sentences of what an editor does about it, in English,
  French, Italian and German, in that order.

``tests/test_codes_texts.py`` checks that every code has both, and that no entry outlives its
code.
"""

from __future__ import annotations

# code -> its description of problems.CODES in (French, Italian, German)
DESCRIPTIONS: dict[str, tuple[str, str, str]] = {
    "encoding": (
        "le fichier n'est pas du texte UTF-8 valide",
        "il file non è un testo UTF-8 valido",
        "die Datei ist kein gültiger UTF-8-Text",
    ),
    "unreadable": (
        "le fichier ne peut pas être lu",
        "il file non può essere letto",
        "die Datei kann nicht gelesen werden",
    ),
    "not-a-file": (
        "un lien, un dossier, un tube nommé ou un périphérique là où un fichier est attendu",
        "un collegamento, una cartella, una pipe con nome o un dispositivo dove è atteso un file",
        "ein Link, ein Ordner, eine benannte Pipe oder ein Gerät, wo eine Datei erwartet wird",
    ),
    "outside-site": (
        "un lien symbolique qui mène hors du site",
        "un link simbolico che porta fuori dal sito",
        "ein symbolischer Link, der aus der Website hinausführt",
    ),
    "too-large": (
        "le fichier dépasse ce que Pacte lit (4 Mo pour une source, 50 Mo pour un PDF)",
        "il file supera ciò che Pacte legge (4 MB per un file sorgente, 50 MB per un PDF)",
        "die Datei ist größer, als Pacte liest (4 MB für eine Quelldatei, 50 MB für ein PDF)",
    ),
    "bad-character": (
        "un caractère qu'aucun fichier ne peut contenir (un substitut isolé, écrit en échappement "
        "YAML)",
        "un carattere che nessun file può contenere (un surrogato isolato, scritto come escape "
        "YAML)",
        "ein Zeichen, das keine Datei enthalten kann (ein einzelnes Surrogat, als YAML-Escape "
        "geschrieben)",
    ),
    "reserved-name": (
        "un nom que porte déjà une page du site (index)",
        "un nome già usato da una pagina del sito (index)",
        "ein Name, den bereits eine Seite der Website trägt (index)",
    ),
    "no-front-matter": (
        "un fichier de version doit commencer par un en-tête entre deux lignes '---'",
        "un file di versione deve iniziare con un'intestazione tra due righe '---'",
        "eine Fassungsdatei muss mit einem YAML-Kopf zwischen zwei Zeilen '---' beginnen",
    ),
    "unterminated-front-matter": (
        "l'en-tête n'est jamais fermé par une ligne '---'",
        "l'intestazione non è mai chiusa da una riga '---'",
        "der YAML-Kopf wird nie durch eine Zeile '---' abgeschlossen",
    ),
    "yaml-syntax": (
        "le YAML ne peut pas être lu",
        "il YAML non può essere letto",
        "das YAML kann nicht gelesen werden",
    ),
    "yaml-alias": (
        "les ancres et alias YAML (& et *) ne sont pas acceptés",
        "le ancore e gli alias YAML (& e *) non sono accettati",
        "YAML-Anker und -Aliase (& und *) werden nicht akzeptiert",
    ),
    "yaml-tag": (
        "les étiquettes YAML (!!python/..., !custom) ne sont pas acceptées",
        "i tag YAML (!!python/..., !custom) non sono accettati",
        "YAML-Tags (!!python/..., !custom) werden nicht akzeptiert",
    ),
    "duplicate-key": (
        "la même clé est écrite deux fois",
        "la stessa chiave è scritta due volte",
        "derselbe Schlüssel steht zweimal",
    ),
    "not-a-mapping": (
        "des paires 'clé: valeur' étaient attendues",
        "erano attese coppie 'chiave: valore'",
        "erwartet wurden Paare 'Schlüssel: Wert'",
    ),
    "not-a-list": (
        "une liste était attendue",
        "era attesa una lista",
        "erwartet wurde eine Liste",
    ),
    "unknown-key": (
        "une clé que Pacte ne connaît pas",
        "una chiave che Pacte non conosce",
        "ein Schlüssel, den Pacte nicht kennt",
    ),
    "missing-key": (
        "une clé obligatoire manque",
        "manca una chiave obbligatoria",
        "ein Pflichtschlüssel fehlt",
    ),
    "wrong-type": (
        "une valeur du mauvais type",
        "un valore del tipo sbagliato",
        "ein Wert des falschen Typs",
    ),
    "quote-value": (
        "YAML lit la valeur comme un oui/non ou un nombre\u00a0: mettez-la entre guillemets",
        "YAML legge il valore come un sì/no o un numero: mettetelo tra virgolette",
        "YAML liest den Wert als Ja/Nein oder als Zahl: setzen Sie ihn in Anführungszeichen",
    ),
    "bad-date": (
        "pas une date réelle écrite AAAA-MM-JJ",
        "non una data reale scritta AAAA-MM-GG",
        "kein echtes Datum in der Form JJJJ-MM-TT",
    ),
    "bad-value": (
        "une valeur hors de la liste permise",
        "un valore fuori dall'elenco ammesso",
        "ein Wert außerhalb der zulässigen Liste",
    ),
    "bad-slug": (
        "un identifiant ne peut contenir que des lettres minuscules, des chiffres et des tirets "
        "simples",
        "un identificativo può contenere solo lettere minuscole, cifre e trattini singoli",
        "eine Kennung darf nur aus Kleinbuchstaben, Ziffern und einfachen Bindestrichen bestehen",
    ),
    "bad-lang": (
        "pas un code de langue comme fr, it, de ou fr-CH",
        "non un codice di lingua come fr, it, de o fr-CH",
        "kein Sprachcode wie fr, it, de oder fr-CH",
    ),
    "bad-url": (
        "un site web doit être une adresse http:// ou https://",
        "un sito web deve essere un indirizzo http:// o https://",
        "eine Website muss eine Adresse mit http:// oder https:// sein",
    ),
    "period-order": (
        "une période finit avant de commencer (validité\u00a0; retrait d'une partie avant sa "
        "signature)",
        "un periodo finisce prima di iniziare (validità; ritiro di una parte prima della sua "
        "firma)",
        "ein Zeitraum endet, bevor er beginnt (Geltungsdauer; Austritt einer Partei vor ihrer "
        "Unterzeichnung)",
    ),
    "unknown-member": (
        "une organisation qui n'est pas dans members.yml",
        "un'organizzazione che non è in members.yml",
        "eine Organisation, die nicht in members.yml steht",
    ),
    "duplicate-member": (
        "la même organisation figure deux fois",
        "la stessa organizzazione figura due volte",
        "dieselbe Organisation ist zweimal aufgeführt",
    ),
    "not-a-party": (
        "un engagement nomme une organisation qui n'est pas partie à cette version",
        "un impegno nomina un'organizzazione che non è parte di questa versione",
        "eine Verpflichtung nennt eine Organisation, die nicht Partei dieser Fassung ist",
    ),
    "observer-commitment": (
        "un observateur ne prend aucun engagement",
        "un osservatore non assume alcun impegno",
        "ein Beobachter geht keine Verpflichtung ein",
    ),
    "duplicate-id": (
        "le même identifiant sert deux fois",
        "lo stesso identificativo è usato due volte",
        "dieselbe Kennung wird zweimal verwendet",
    ),
    "unknown-article": (
        "un engagement nomme un article que le texte n'a pas",
        "un impegno nomina un articolo che il testo non ha",
        "eine Verpflichtung nennt einen Artikel, den der Text nicht hat",
    ),
    "duplicate-article": (
        "deux articles du texte ont le même numéro",
        "due articoli del testo hanno lo stesso numero",
        "zwei Artikel des Textes haben dieselbe Nummer",
    ),
    "acceptance-missing": (
        "un signataire ne dit pas quels articles au choix il accepte",
        "un firmatario non indica quali articoli a scelta accetta",
        "ein Unterzeichner gibt nicht an, welche Wahlartikel er annimmt",
    ),
    "not-optional": (
        "un article accepté n'est pas au choix ('acceptance' ne le liste pas)",
        "un articolo accettato non è a scelta ('acceptance' non lo elenca)",
        "ein angenommener Artikel ist kein Wahlartikel ('acceptance' führt ihn nicht auf)",
    ),
    "acceptance-below-minimum": (
        "une partie accepte moins d'articles au choix (ou du noyau) que le minimum",
        "una parte accetta meno articoli a scelta (o del nucleo) del minimo",
        "eine Partei nimmt weniger Wahlartikel (oder Kernartikel) an als das Minimum",
    ),
    "unknown-version": (
        "'supersedes' nomme une version qui n'existe pas",
        "'supersedes' nomina una versione che non esiste",
        "'supersedes' nennt eine Fassung, die es nicht gibt",
    ),
    "translation-orphan": (
        "une traduction d'une version qui n'existe pas",
        "una traduzione di una versione che non esiste",
        "eine Übersetzung einer Fassung, die es nicht gibt",
    ),
    "translation-lang": (
        "le 'lang' d'une traduction n'est pas le code de son nom de fichier, ou est la langue "
        "même de la version",
        "il 'lang' di una traduzione non è il codice del nome del suo file, o è la lingua stessa "
        "della versione",
        "das 'lang' einer Übersetzung ist nicht der Code ihres Dateinamens oder ist die Sprache "
        "der Fassung selbst",
    ),
    "unknown-commitment": (
        "une traduction donne le texte d'un engagement que la version n'a pas",
        "una traduzione dà il testo di un impegno che la versione non ha",
        "eine Übersetzung gibt den Text einer Verpflichtung an, die die Fassung nicht hat",
    ),
    "translation-missing-article": (
        "un article de la version manque dans sa traduction",
        "un articolo della versione manca nella sua traduzione",
        "ein Artikel der Fassung fehlt in ihrer Übersetzung",
    ),
    "translation-extra-article": (
        "une traduction a un article que sa version n'a pas",
        "una traduzione ha un articolo che la sua versione non ha",
        "eine Übersetzung hat einen Artikel, den ihre Fassung nicht hat",
    ),
    "translation-stale": (
        "un article a changé depuis la version remplacée, mais pas sa traduction",
        "un articolo è cambiato rispetto alla versione sostituita, ma non la sua traduzione",
        "ein Artikel hat sich seit der ersetzten Fassung geändert, seine Übersetzung aber nicht",
    ),
    "supersedes-cycle": (
        "des versions se remplacent en cercle",
        "delle versioni si sostituiscono a vicenda in cerchio",
        "Fassungen ersetzen einander im Kreis",
    ),
    "path-outside": (
        "un chemin sort du dossier du texte",
        "un percorso esce dalla cartella del documento",
        "ein Pfad führt aus dem Ordner des Dokuments hinaus",
    ),
    "missing-file": (
        "un fichier nommé dans l'en-tête n'existe pas",
        "un file indicato nell'intestazione non esiste",
        "eine im YAML-Kopf genannte Datei existiert nicht",
    ),
    "bad-pdf": (
        "l'exemplaire signé n'est pas un PDF lisible",
        "la copia firmata non è un PDF leggibile",
        "das unterzeichnete Exemplar ist kein lesbares PDF",
    ),
    "bad-hash": (
        "un 'sha256' qui n'est pas fait de 64 chiffres hexadécimaux",
        "uno 'sha256' che non è composto da 64 cifre esadecimali",
        "ein 'sha256', das nicht aus 64 Hexadezimalziffern besteht",
    ),
    "signed-copy-changed": (
        "l'exemplaire signé n'est pas le fichier qu'épingle son 'sha256'",
        "la copia firmata non è il file fissato dal suo 'sha256'",
        "das unterzeichnete Exemplar ist nicht die Datei, die sein 'sha256' festlegt",
    ),
    "signature-broken": (
        "une signature de l'exemplaire signé ne correspond plus aux octets qu'elle a signés",
        "una firma della copia firmata non corrisponde più ai byte che ha firmato",
        "eine Signatur des unterzeichneten Exemplars passt nicht mehr zu den Bytes, die sie "
        "signiert hat",
    ),
    "modified-after-signing": (
        "l'exemplaire signé a été modifié après une signature, au-delà de l'ajout d'autres "
        "signatures ou du remplissage de champs de formulaire",
        "la copia firmata è stata modificata dopo una firma, oltre all'aggiunta di altre firme o "
        "alla compilazione di campi di modulo",
        "das unterzeichnete Exemplar wurde nach einer Signatur geändert, über das Hinzufügen "
        "weiterer Signaturen oder das Ausfüllen von Formularfeldern hinaus",
    ),
    "misplaced-file": (
        "un fichier qui n'est pas là où Pacte l'attend",
        "un file che non si trova dove Pacte lo attende",
        "eine Datei, die nicht dort liegt, wo Pacte sie erwartet",
    ),
    "no-members": (
        "members.yml manque",
        "manca members.yml",
        "members.yml fehlt",
    ),
    "parent-cycle": (
        "des organisations sont le parent l'une de l'autre, en cercle",
        "delle organizzazioni sono l'una la madre dell'altra, in cerchio",
        "Organisationen sind einander im Kreis übergeordnet",
    ),
    "several-in-force": (
        "plusieurs versions d'un même texte sont en vigueur",
        "più versioni dello stesso documento sono in vigore",
        "mehrere Fassungen eines Dokuments sind in Kraft",
    ),
    "not-superseded": (
        "une version est marquée remplacée, mais aucune version ne la remplace",
        "una versione è segnata come sostituita, ma nessuna versione la sostituisce",
        "eine Fassung ist als ersetzt markiert, aber keine Fassung ersetzt sie",
    ),
    "past-end": (
        "une version est toujours marquée en vigueur après sa période de validité",
        "una versione è ancora segnata in vigore dopo il suo periodo di validità",
        "eine Fassung ist nach ihrer Geltungsdauer noch als in Kraft markiert",
    ),
    "overdue": (
        "un engagement a passé son échéance sans être réalisé",
        "un impegno ha superato la sua scadenza senza essere realizzato",
        "die Frist einer Verpflichtung ist abgelaufen, ohne dass sie erfüllt ist",
    ),
    "to-review": (
        "une valeur reprise par 'pacte new --from' (une échéance, le résumé) est encore "
        "marquée à revoir",
        "un valore ripreso da 'pacte new --from' (una scadenza, la sintesi) è ancora "
        "segnato da rivedere",
        "ein von 'pacte new --from' übernommener Wert (eine Frist, die Zusammenfassung) ist "
        "noch zur Prüfung markiert",
    ),
    "unsigned-party": (
        "un signataire d'une version qui n'est plus un projet n'a pas de date 'signed'",
        "un firmatario di una versione che non è più una bozza non ha una data 'signed'",
        "ein Unterzeichner einer Fassung, die kein Entwurf mehr ist, hat kein Datum 'signed'",
    ),
    "adopted-in-future": (
        "une version qui n'est plus un projet a été adoptée un jour encore à venir",
        "una versione che non è più una bozza è stata adottata in un giorno ancora da venire",
        "eine Fassung, die kein Entwurf mehr ist, wurde an einem noch kommenden Tag angenommen",
    ),
    "signed-after-end": (
        "une partie a signé après la fin de la période de validité de la version",
        "una parte ha firmato dopo la fine del periodo di validità della versione",
        "eine Partei hat nach dem Ende der Geltungsdauer der Fassung unterzeichnet",
    ),
    "done-in-draft": (
        "un engagement est marqué réalisé dans un projet",
        "un impegno è segnato come realizzato in una bozza",
        "eine Verpflichtung ist in einem Entwurf als erfüllt markiert",
    ),
    "due-before-start": (
        "un engagement est dû avant que sa version ne commence (ou ne soit adoptée)",
        "un impegno scade prima che la sua versione inizi (o sia adottata)",
        "eine Verpflichtung ist fällig, bevor ihre Fassung beginnt (oder angenommen wurde)",
    ),
    "signature-fields-missing": (
        "l'exemplaire signé a moins de champs de signature signés que la version n'a de "
        "signataires",
        "la copia firmata ha meno campi di firma firmati di quanti firmatari abbia la versione",
        "das unterzeichnete Exemplar hat weniger unterschriebene Signaturfelder, als die Fassung "
        "Unterzeichner hat",
    ),
    "raw-html": (
        "du HTML brut dans un texte (seulement des éléments en ligne comme <br>, <sup>, <abbr> "
        "sans l'option raw_html du site)",
        "HTML grezzo in un testo (solo elementi in linea come <br>, <sup>, <abbr> senza l'opzione "
        "raw_html del sito)",
        "rohes HTML in einem Text (ohne die Website-Option raw_html nur Inline-Elemente wie <br>, "
        "<sup>, <abbr>)",
    ),
    "active-html": (
        "un élément qui exécute du code ou charge un autre contenu (<script>, <iframe>, "
        "<meta>...), jamais publié",
        "un elemento che esegue codice o carica altri contenuti (<script>, <iframe>, <meta>...), "
        "mai pubblicato",
        "ein Element, das Code ausführt oder andere Inhalte lädt (<script>, <iframe>, <meta>...), "
        "wird nie veröffentlicht",
    ),
    "unsafe-attribute": (
        "un gestionnaire d'événement (onclick=...), ou un attribut qu'une liste d'attributs ou le "
        "HTML en ligne ne peut pas donner (seulement id, class, lang, dir, title)",
        "un gestore di eventi (onclick=...), o un attributo che una lista di attributi o l'HTML "
        "in linea non può impostare (solo id, class, lang, dir, title)",
        "ein Event-Handler (onclick=...) oder ein Attribut, das eine Attributliste oder "
        "Inline-HTML nicht setzen darf (nur id, class, lang, dir, title)",
    ),
    "active-link": (
        "un lien ou une image dont l'adresse exécute du code ou incruste un contenu (javascript:, "
        "vbscript:, data:) ou a un protocole qui n'est pas publié",
        "un collegamento o un'immagine il cui indirizzo esegue codice o incorpora contenuti "
        "(javascript:, vbscript:, data:) o ha uno schema che non è pubblicato",
        "ein Link oder Bild, dessen Adresse Code ausführt oder Inhalte einbettet (javascript:, "
        "vbscript:, data:) oder ein Schema hat, das nicht veröffentlicht wird",
    ),
}

# code -> what an editor does about it, in (English, French, Italian, German)
ADVICE: dict[str, tuple[str, str, str, str]] = {
    "encoding": (
        "Save the file again as UTF-8 (in most editors: Save as, encoding UTF-8). The message "
        "gives the position of the first byte that cannot be read, often in text pasted from an "
        "old word processor.",
        "Réenregistrez le fichier en UTF-8 (dans la plupart des éditeurs\u00a0: Enregistrer sous, "
        "codage UTF-8). Le message donne la position du premier octet illisible, souvent dans un "
        "texte collé depuis un ancien traitement de texte.",
        "Salvate di nuovo il file in UTF-8 (nella maggior parte degli editor: Salva con nome, "
        "codifica UTF-8). Il messaggio indica la posizione del primo byte illeggibile, spesso in "
        "un testo incollato da un vecchio programma di videoscrittura.",
        "Speichern Sie die Datei erneut als UTF-8 (in den meisten Editoren: Speichern unter, "
        "Kodierung UTF-8). Die Meldung nennt die Stelle des ersten unlesbaren Bytes, oft in Text, "
        "der aus einer älteren Textverarbeitung eingefügt wurde.",
    ),
    "unreadable": (
        "Check that the file exists where the message says, and that it is an ordinary file you "
        "can open: not a shortcut, not locked by its access rights.",
        "Vérifiez que le fichier existe à l'endroit indiqué et que c'est un fichier ordinaire que "
        "vous pouvez ouvrir\u00a0: ni un raccourci, ni un fichier fermé par ses droits d'accès.",
        "Verificate che il file esista nel percorso indicato e che sia un file normale che si può "
        "aprire: non un collegamento, né un file bloccato dai suoi diritti di accesso.",
        "Prüfen Sie, ob die Datei am angegebenen Ort existiert und eine gewöhnliche Datei ist, "
        "die sich öffnen lässt: keine Verknüpfung und nicht durch Zugriffsrechte gesperrt.",
    ),
    "not-a-file": (
        "Put the file itself in its place: Pacte never reads through a symbolic link, even one "
        "that stays in the site, so that the site reads the same on every machine. Remove what is "
        "not a file (a named pipe, a device).",
        "Mettez le fichier lui-même à sa place\u00a0: Pacte ne lit jamais à travers un lien "
        "symbolique, même un lien qui reste dans le site, pour que le site se lise de la même "
        "façon sur toutes les machines. Supprimez ce qui n'est pas un fichier (tube nommé, "
        "périphérique).",
        "Mettete al suo posto il file stesso: Pacte non legge mai attraverso un collegamento "
        "simbolico, nemmeno uno che resta nel sito, perché il sito si legga allo stesso modo su "
        "ogni computer. Eliminate ciò che non è un file (pipe con nome, dispositivo).",
        "Legen Sie die Datei selbst an diese Stelle: Pacte liest nie über einen symbolischen "
        "Link, auch nicht über einen, der innerhalb der Website bleibt, damit die Website auf "
        "jedem Rechner gleich gelesen wird. Entfernen Sie, was keine Datei ist (benannte Pipe, "
        "Gerät).",
    ),
    "outside-site": (
        "Replace the link with the file itself: Pacte never reads or publishes anything outside "
        "the site.",
        "Remplacez le lien par le fichier lui-même\u00a0: Pacte ne lit et ne publie jamais rien "
        "hors du site.",
        "Sostituite il collegamento con il file stesso: Pacte non legge né pubblica mai nulla al "
        "di fuori del sito.",
        "Ersetzen Sie den Link durch die Datei selbst: Pacte liest und veröffentlicht nie etwas "
        "außerhalb der Website.",
    ),
    "too-large": (
        "A text, even a long one with its annexes, is far from 4 MB, so the file probably holds "
        "something else (a pasted image, an export): remove it, or split the file. Store a signed "
        "copy as a PDF under 50 MB, scanned at a lower resolution if need be.",
        "Un texte, même long avec ses annexes, est loin de 4 Mo, et le fichier contient sans "
        "doute autre chose (une image collée, un export)\u00a0: retirez-le, ou scindez le "
        "fichier. Déposez un exemplaire signé en PDF de moins de 50 Mo, numérisé au besoin avec "
        "une résolution plus basse.",
        "Un testo, anche lungo e con i suoi allegati, è lontano dai 4 MB, quindi il file contiene "
        "probabilmente altro (un'immagine incollata, un'esportazione): toglietelo, o dividete il "
        "file. Caricate una copia firmata come PDF di meno di 50 MB, se necessario scansionato a "
        "una risoluzione più bassa.",
        "Ein Text, auch ein langer mit Anhängen, ist weit von 4 MB entfernt; die Datei enthält "
        "also wohl etwas anderes (ein eingefügtes Bild, einen Export): entfernen Sie es oder "
        "teilen Sie die Datei auf. Legen Sie ein unterzeichnetes Exemplar als PDF unter 50 MB ab, "
        "nötigenfalls mit geringerer Auflösung gescannt.",
    ),
    "bad-character": (
        'Remove the YAML escape that writes this half of a character ("\\ud800" for the U+D800 '
        "of the message, for example). Other control characters written as escapes are accepted.",
        'Retirez l\'échappement YAML qui écrit cette moitié de caractère ("\\ud800" pour le '
        "U+D800 du message, par exemple). Les autres caractères de contrôle écrits en échappement "
        "sont acceptés.",
        "Togliete l'escape YAML che scrive questa metà di carattere (\"\\ud800\" per l'U+D800 del "
        "messaggio, per esempio). Gli altri caratteri di controllo scritti come escape sono "
        "accettati.",
        'Entfernen Sie das YAML-Escape, das dieses halbe Zeichen schreibt (etwa "\\ud800" für '
        "das U+D800 der Meldung). Andere als Escape geschriebene Steuerzeichen werden akzeptiert.",
    ),
    "reserved-name": (
        "Choose another name: 'index' can be neither an organisation's id, nor a document's "
        "folder, nor a version (index.md), as it would replace the site's own page of that name.",
        "Choisissez un autre nom\u00a0: 'index' ne peut servir ni d'identifiant d'organisation, "
        "ni de dossier d'un texte, ni de version (index.md), car il remplacerait la page du site "
        "qui porte ce nom.",
        "Scegliete un altro nome: 'index' non può essere né l'identificativo di "
        "un'organizzazione, né la cartella di un documento, né una versione (index.md), perché "
        "sostituirebbe la pagina del sito che porta questo nome.",
        "Wählen Sie einen anderen Namen: 'index' kann weder Kennung einer Organisation noch "
        "Ordner eines Dokuments noch Fassung (index.md) sein, denn es würde die gleichnamige "
        "Seite der Website ersetzen.",
    ),
    "no-front-matter": (
        "Start the file with a line '---', then the front matter (title, status, parties...), "
        "then another line '---', with no blank line before the first '---'.",
        "Commencez le fichier par une ligne '---', puis l'en-tête (title, status, parties...), "
        "puis une autre ligne '---', sans ligne vide avant le premier '---'.",
        "Iniziate il file con una riga '---', poi l'intestazione (title, status, parties...), poi "
        "un'altra riga '---', senza righe vuote prima del primo '---'.",
        "Beginnen Sie die Datei mit einer Zeile '---', dann dem YAML-Kopf (title, status, "
        "parties...), dann einer weiteren Zeile '---', ohne Leerzeile vor dem ersten '---'.",
    ),
    "unterminated-front-matter": (
        "Add a line '---' between the end of the front matter and the start of the text.",
        "Ajoutez une ligne '---' entre la fin de l'en-tête et le début du texte.",
        "Aggiungete una riga '---' tra la fine dell'intestazione e l'inizio del testo.",
        "Fügen Sie zwischen dem Ende des YAML-Kopfs und dem Beginn des Textes eine Zeile '---' "
        "ein.",
    ),
    "yaml-syntax": (
        "Look at the line the message gives, or the one just before: an indentation out of line, "
        "a tab instead of spaces, a quote left open, or a value holding ': ' that must be put in "
        'quotes (title: "Convention: part 2").',
        "Regardez la ligne qu'indique le message, ou celle juste avant\u00a0: une indentation "
        "décalée, une tabulation au lieu d'espaces, un guillemet non fermé, ou une valeur "
        "contenant ': ' à mettre entre guillemets (title: \"Convention\u00a0: volet 2\").",
        "Guardate la riga indicata dal messaggio, o quella appena prima: un'indentazione "
        "sfalsata, una tabulazione al posto degli spazi, una virgoletta non chiusa, o un valore "
        "che contiene ': ' da mettere tra virgolette (title: \"Convenzione: parte 2\").",
        "Prüfen Sie die in der Meldung genannte Zeile oder die Zeile davor: eine verschobene "
        "Einrückung, ein Tabulator statt Leerzeichen, ein nicht geschlossenes Anführungszeichen "
        "oder ein Wert mit ': ', der in Anführungszeichen gehört (title: \"Vereinbarung: Teil "
        '2").',
    ),
    "yaml-alias": (
        "Write the value out in full at each place, instead of '&name' and '*name'.",
        "Écrivez la valeur en entier à chaque endroit, au lieu de '&nom' et '*nom'.",
        "Scrivete il valore per intero in ogni punto, invece di '&nome' e '*nome'.",
        "Schreiben Sie den Wert an jeder Stelle vollständig aus, statt '&name' und '*name' zu "
        "verwenden.",
    ),
    "yaml-tag": (
        "Remove the tag and write the value as plain text: a tag could make the reading of the "
        "file run code.",
        "Retirez l'étiquette et écrivez la valeur en texte simple\u00a0: une étiquette pourrait "
        "faire exécuter du code à la lecture du fichier.",
        "Togliete il tag e scrivete il valore come testo semplice: un tag potrebbe far eseguire "
        "codice durante la lettura del file.",
        "Entfernen Sie den Tag und schreiben Sie den Wert als einfachen Text: ein Tag könnte beim "
        "Lesen der Datei Code ausführen lassen.",
    ),
    "duplicate-key": (
        "Keep only one of the two (two 'title', two 'status' in a commitment...), after checking "
        "which one holds the right value.",
        "Gardez-en une seule (deux 'title', deux 'status' dans un engagement...), après avoir "
        "vérifié laquelle porte la bonne valeur.",
        "Tenetene una sola (due 'title', due 'status' in un impegno...), dopo aver verificato "
        "quale porta il valore giusto.",
        "Behalten Sie nur einen davon (zwei 'title', zwei 'status' in einer Verpflichtung...), "
        "nachdem Sie geprüft haben, welcher den richtigen Wert hat.",
    ),
    "not-a-mapping": (
        "Check the indentation and the hyphens: the front matter, a party written as 'member: "
        "...', and 'effective' with 'from' and 'until' are 'key: value' lines. An empty front "
        "matter gives this problem too.",
        "Vérifiez l'indentation et les tirets\u00a0: l'en-tête, une partie écrite 'member: ...', "
        "et 'effective' avec 'from' et 'until' sont des lignes 'clé: valeur'. Un en-tête vide "
        "donne aussi ce problème.",
        "Verificate l'indentazione e i trattini: l'intestazione, una parte scritta 'member: ...', "
        "e 'effective' con 'from' e 'until' sono righe 'chiave: valore'. Anche un'intestazione "
        "vuota dà questo problema.",
        "Prüfen Sie Einrückung und Bindestriche: der YAML-Kopf, eine als 'member: ...' "
        "geschriebene Partei und 'effective' mit 'from' und 'until' bestehen aus Zeilen "
        "'Schlüssel: Wert'. Auch ein leerer YAML-Kopf führt zu diesem Problem.",
    ),
    "not-a-list": (
        "Write one item per line, each starting with '- ': 'parties', 'commitments', 'themes', "
        "and members.yml itself, are lists.",
        "Écrivez un élément par ligne, chacun commençant par '- '\u00a0: 'parties', "
        "'commitments', 'themes', et members.yml lui-même, sont des listes.",
        "Scrivete un elemento per riga, ciascuno preceduto da '- ': 'parties', 'commitments', "
        "'themes' e lo stesso members.yml sono liste.",
        "Schreiben Sie ein Element pro Zeile, jedes beginnend mit '- ': 'parties', 'commitments', "
        "'themes' und members.yml selbst sind Listen.",
    ),
    "unknown-key": (
        "Usually a typo or a translated word ('titre' for 'title'): use the key the message "
        "suggests. Keys stay in English, whatever the language of the text.",
        "Souvent une faute de frappe ou un mot traduit ('titre' pour 'title')\u00a0: reprenez la "
        "clé que propose le message. Les clés restent en anglais, quelle que soit la langue du "
        "texte.",
        "Spesso un errore di battitura o una parola tradotta ('titolo' per 'title'): usate la "
        "chiave proposta dal messaggio. Le chiavi restano in inglese, qualunque sia la lingua del "
        "testo.",
        "Meist ein Tippfehler oder ein übersetztes Wort ('titel' für 'title'): verwenden Sie den "
        "Schlüssel, den die Meldung vorschlägt. Die Schlüssel bleiben englisch, in welcher "
        "Sprache der Text auch verfasst ist.",
    ),
    "missing-key": (
        "Add the key the message names: 'title', 'status' and 'parties' in the front matter "
        "('adopted' too, unless the version is a draft), 'member' for a party, 'id' and 'text' "
        "for a commitment, 'id' and 'name' for an organisation. 'parties' must list at least one "
        "organisation.",
        "Ajoutez la clé que nomme le message\u00a0: 'title', 'status' et 'parties' dans l'en-tête "
        "('adopted' aussi, sauf pour un projet), 'member' pour une partie, 'id' et 'text' pour un "
        "engagement, 'id' et 'name' pour une organisation. 'parties' doit lister au moins une "
        "organisation.",
        "Aggiungete la chiave indicata dal messaggio: 'title', 'status' e 'parties' "
        "nell'intestazione (anche 'adopted', salvo per una bozza), 'member' per una parte, 'id' e "
        "'text' per un impegno, 'id' e 'name' per un'organizzazione. 'parties' deve elencare "
        "almeno un'organizzazione.",
        "Ergänzen Sie den in der Meldung genannten Schlüssel: 'title', 'status' und 'parties' im "
        "YAML-Kopf (außer bei einem Entwurf auch 'adopted'), 'member' für eine Partei, 'id' und "
        "'text' für eine Verpflichtung, 'id' und 'name' für eine Organisation. 'parties' muss "
        "mindestens eine Organisation aufführen.",
    ),
    "wrong-type": (
        "Give the value the form the message asks for: a text rather than a list or 'key: value' "
        "lines, a whole number in digits such as 3, or true or false. An empty value gives this "
        "problem too: fill it in, or remove the key if it is optional.",
        "Donnez à la valeur la forme que demande le message\u00a0: un texte plutôt qu'une liste "
        "ou des lignes 'clé: valeur', un nombre entier en chiffres comme 3, ou true ou false. Une "
        "valeur vide donne aussi ce problème\u00a0: remplissez-la, ou retirez la clé si elle est "
        "facultative.",
        "Date al valore la forma richiesta dal messaggio: un testo anziché una lista o righe "
        "'chiave: valore', un numero intero in cifre come 3, oppure true o false. Anche un valore "
        "vuoto dà questo problema: compilatelo, o togliete la chiave se è facoltativa.",
        "Geben Sie dem Wert die Form, die die Meldung verlangt: einen Text statt einer Liste oder "
        "Zeilen 'Schlüssel: Wert', eine ganze Zahl in Ziffern wie 3, oder true bzw. false. Auch "
        "ein leerer Wert führt zu diesem Problem: füllen Sie ihn aus oder entfernen Sie den "
        "Schlüssel, wenn er nicht erforderlich ist.",
    ),
    "quote-value": (
        'Put the value in double quotes so that it stays text: member: "no", title: "2024". '
        "This concerns ids such as no or on, labels made of digits and values that look like a "
        "date.",
        "Mettez la valeur entre guillemets droits pour qu'elle reste un texte\u00a0: member: "
        '"no", title: "2024". Cela concerne les identifiants comme no ou on, les libellés '
        "faits de chiffres et les valeurs qui ressemblent à une date.",
        'Mettete il valore tra virgolette doppie perché resti un testo: member: "no", title: '
        '"2024". Riguarda gli identificativi come no o on, le etichette fatte di cifre e i '
        "valori che sembrano una data.",
        "Setzen Sie den Wert in gerade doppelte Anführungszeichen, damit er Text bleibt: member: "
        '"no", title: "2024". Das betrifft Kennungen wie no oder on, Bezeichnungen aus '
        "Ziffern und Werte, die wie ein Datum aussehen.",
    ),
    "bad-date": (
        "Write the date as YYYY-MM-DD, a day that exists: 2025-03-01, not 01/03/2025 or "
        "2025-02-30.",
        "Écrivez la date sous la forme AAAA-MM-JJ, un jour qui existe\u00a0: 2025-03-01, et non "
        "01/03/2025 ni 2025-02-30.",
        "Scrivete la data nella forma AAAA-MM-GG, un giorno che esiste: 2025-03-01, non "
        "01.03.2025 né 2025-02-30.",
        "Schreiben Sie das Datum als JJJJ-MM-TT, und zwar einen Tag, den es gibt: 2025-03-01, "
        "nicht 01.03.2025 und nicht 2025-02-30.",
    ),
    "bad-value": (
        "Use one of the allowed values; the message suggests the closest. A version's status: "
        "'draft', 'in-force', 'expired', 'superseded', 'terminated'; a party's role: 'signatory', "
        "'partner', 'observer'; a commitment's status: 'planned', 'ongoing', 'done', 'dropped'.",
        "Prenez une des valeurs permises\u00a0; le message propose la plus proche. Statut d'une "
        "version\u00a0: 'draft', 'in-force', 'expired', 'superseded', 'terminated'\u00a0; rôle "
        "d'une partie\u00a0: 'signatory', 'partner', 'observer'\u00a0; état d'un "
        "engagement\u00a0: 'planned', 'ongoing', 'done', 'dropped'.",
        "Usate uno dei valori ammessi; il messaggio propone il più vicino. Stato di una versione: "
        "'draft', 'in-force', 'expired', 'superseded', 'terminated'; ruolo di una parte: "
        "'signatory', 'partner', 'observer'; stato di un impegno: 'planned', 'ongoing', 'done', "
        "'dropped'.",
        "Verwenden Sie einen der zulässigen Werte; die Meldung schlägt den nächstliegenden vor. "
        "Status einer Fassung: 'draft', 'in-force', 'expired', 'superseded', 'terminated'; Rolle "
        "einer Partei: 'signatory', 'partner', 'observer'; Stand einer Verpflichtung: 'planned', "
        "'ongoing', 'done', 'dropped'.",
    ),
    "bad-slug": (
        "Use only lowercase letters without accents, digits and single hyphens, as in "
        "canton-valais or 2023-2025. Rename a folder or a version's file; correct an id "
        "everywhere it is used.",
        "N'utilisez que des lettres minuscules sans accent, des chiffres et des tirets simples, "
        "comme canton-valais ou 2023-2025. Renommez le dossier ou le fichier de la version\u00a0; "
        "corrigez un identifiant partout où il sert.",
        "Usate solo lettere minuscole senza accenti, cifre e trattini singoli, come canton-valais "
        "o 2023-2025. Rinominate la cartella o il file della versione; correggete un "
        "identificativo ovunque sia usato.",
        "Verwenden Sie nur Kleinbuchstaben ohne Akzente und Umlaute, Ziffern und einfache "
        "Bindestriche, etwa canton-valais oder 2023-2025. Benennen Sie den Ordner oder die Datei "
        "der Fassung um; korrigieren Sie eine Kennung überall, wo sie verwendet wird.",
    ),
    "bad-lang": (
        "Write 'lang' as a language code of two or three letters (fr, it, de, en, rm), with a "
        "region if need be (fr-CH).",
        "Écrivez dans 'lang' un code de langue de deux ou trois lettres (fr, it, de, en, rm), "
        "avec au besoin une région (fr-CH).",
        "Scrivete in 'lang' un codice di lingua di due o tre lettere (fr, it, de, en, rm), se "
        "necessario con una regione (fr-CH).",
        "Schreiben Sie in 'lang' einen Sprachcode aus zwei oder drei Buchstaben (fr, it, de, en, "
        "rm), bei Bedarf mit einer Region (fr-CH).",
    ),
    "bad-url": (
        "Write the organisation's 'website' in members.yml in full, starting with https:// (or "
        "http://): https://www.example.org, not www.example.org.",
        "Écrivez en entier le 'website' de l'organisation dans members.yml, en commençant par "
        "https:// (ou http://)\u00a0: https://www.example.org, et non www.example.org.",
        "Scrivete per intero il 'website' dell'organizzazione in members.yml, iniziando con "
        "https:// (o http://): https://www.example.org, non www.example.org.",
        "Schreiben Sie die 'website' der Organisation in members.yml vollständig, beginnend mit "
        "https:// (oder http://): https://www.example.org, nicht www.example.org.",
    ),
    "period-order": (
        "Check both dates, often a typo in the year: in 'effective', 'until' cannot come before "
        "'from', and a party's 'withdrawn' cannot come before its 'signed'.",
        "Vérifiez les deux dates, souvent une faute de frappe sur l'année\u00a0: dans "
        "'effective', 'until' ne peut précéder 'from', et le 'withdrawn' d'une partie ne peut "
        "précéder son 'signed'.",
        "Verificate le due date, spesso un errore di battitura nell'anno: in 'effective', 'until' "
        "non può precedere 'from', e il 'withdrawn' di una parte non può precedere il suo "
        "'signed'.",
        "Prüfen Sie beide Daten, oft ein Tippfehler in der Jahreszahl: in 'effective' darf "
        "'until' nicht vor 'from' liegen, und das 'withdrawn' einer Partei nicht vor ihrem "
        "'signed'.",
    ),
    "unknown-member": (
        "Correct the id if it is a typo (the message suggests the closest one), or add the "
        "organisation to members.yml with its 'id' and 'name'.",
        "Corrigez l'identifiant s'il s'agit d'une faute de frappe (le message propose le plus "
        "proche), ou ajoutez l'organisation dans members.yml avec son 'id' et son 'name'.",
        "Correggete l'identificativo se si tratta di un errore di battitura (il messaggio propone "
        "il più vicino), o aggiungete l'organizzazione in members.yml con il suo 'id' e il suo "
        "'name'.",
        "Korrigieren Sie die Kennung, wenn es ein Tippfehler ist (die Meldung schlägt die "
        "nächstliegende vor), oder nehmen Sie die Organisation mit 'id' und 'name' in members.yml "
        "auf.",
    ),
    "duplicate-member": (
        "Keep a single entry for the organisation in 'parties'; if several people signed for it, "
        "name them in its one 'signatory'.",
        "Ne gardez qu'une entrée pour l'organisation dans 'parties'\u00a0; si plusieurs personnes "
        "ont signé pour elle, nommez-les dans son unique 'signatory'.",
        "Tenete una sola voce per l'organizzazione in 'parties'; se più persone hanno firmato per "
        "essa, indicatele nel suo unico 'signatory'.",
        "Behalten Sie für die Organisation nur einen Eintrag in 'parties'; haben mehrere Personen "
        "für sie unterzeichnet, nennen Sie alle in ihrem einen 'signatory'.",
    ),
    "not-a-party": (
        "Add the organisation to 'parties', or remove it from the commitment's 'by'.",
        "Ajoutez l'organisation aux 'parties', ou retirez-la du 'by' de l'engagement.",
        "Aggiungete l'organizzazione a 'parties', o toglietela dal 'by' dell'impegno.",
        "Nehmen Sie die Organisation in 'parties' auf, oder entfernen Sie sie aus dem 'by' der "
        "Verpflichtung.",
    ),
    "observer-commitment": (
        "If the organisation does commit itself, change its role to 'signatory' or 'partner'; "
        "otherwise remove it from the commitment's 'by'.",
        "Si l'organisation s'engage bel et bien, donnez-lui le rôle 'signatory' ou "
        "'partner'\u00a0; sinon, retirez-la du 'by' de l'engagement.",
        "Se l'organizzazione si impegna davvero, datele il ruolo 'signatory' o 'partner'; "
        "altrimenti toglietela dal 'by' dell'impegno.",
        "Verpflichtet sich die Organisation tatsächlich, geben Sie ihr die Rolle 'signatory' oder "
        "'partner'; sonst entfernen Sie sie aus dem 'by' der Verpflichtung.",
    ),
    "duplicate-id": (
        "Give each commitment of a version, and each organisation of members.yml, an 'id' of its "
        "own; in a translation, give the text of each commitment only once.",
        "Donnez à chaque engagement d'une version, et à chaque organisation de members.yml, un "
        "'id' qui lui est propre\u00a0; dans une traduction, ne donnez qu'une fois le texte de "
        "chaque engagement.",
        "Date a ogni impegno di una versione, e a ogni organizzazione di members.yml, un 'id' "
        "proprio; in una traduzione, date il testo di ciascun impegno una sola volta.",
        "Geben Sie jeder Verpflichtung einer Fassung und jeder Organisation in members.yml eine "
        "eigene 'id'; geben Sie in einer Übersetzung den Text jeder Verpflichtung nur einmal an.",
    ),
    "unknown-article": (
        "Correct the number in 'article' (or in 'acceptance'), or the article's heading: an "
        "article is a level-2 heading made of Article, Art., Articolo or Artikel and its number, "
        "such as '## Article 3 – Purpose'.",
        "Corrigez le numéro dans 'article' (ou dans 'acceptance'), ou le titre de "
        "l'article\u00a0: un article est un titre de niveau 2 fait de Article, Art., Articolo ou "
        "Artikel et de son numéro, comme '## Article 3 – Objet'.",
        "Correggete il numero in 'article' (o in 'acceptance'), o il titolo dell'articolo: un "
        "articolo è un titolo di livello 2 composto da Article, Art., Articolo o Artikel e dal "
        "suo numero, come '## Articolo 3 – Oggetto'.",
        "Korrigieren Sie die Nummer in 'article' (oder in 'acceptance') oder die Überschrift des "
        "Artikels: ein Artikel ist eine Überschrift der Ebene 2 aus Article, Art., Articolo oder "
        "Artikel und seiner Nummer, etwa '## Artikel 3 – Gegenstand'.",
    ),
    "duplicate-article": (
        "Renumber the articles: versions are compared article by article, and two articles with "
        "one number would make the comparison wrong.",
        "Renumérotez les articles\u00a0: les versions se comparent article par article, et deux "
        "articles du même numéro fausseraient la comparaison.",
        "Rinumerate gli articoli: le versioni si confrontano articolo per articolo, e due "
        "articoli con lo stesso numero falserebbero il confronto.",
        "Nummerieren Sie die Artikel neu: Fassungen werden Artikel für Artikel verglichen, und "
        "zwei Artikel mit derselben Nummer würden den Vergleich verfälschen.",
    ),
    "acceptance-missing": (
        "Add to the party the numbers of the optional articles it accepted, such as 'accepts: [3, "
        "5, 6]'. Partners and observers may do without.",
        "Ajoutez à la partie les numéros des articles au choix qu'elle a acceptés, comme "
        "'accepts: [3, 5, 6]'. Les partenaires et les observateurs peuvent s'en passer.",
        "Aggiungete alla parte i numeri degli articoli a scelta che ha accettato, come 'accepts: "
        "[3, 5, 6]'. Partner e osservatori possono farne a meno.",
        "Ergänzen Sie bei der Partei die Nummern der Wahlartikel, die sie angenommen hat, etwa "
        "'accepts: [3, 5, 6]'. Partner und Beobachter brauchen das nicht.",
    ),
    "not-optional": (
        "Correct the number in 'accepts', or add the article to the 'articles' of 'acceptance' (a "
        "'core' article must be there too). If the version has no 'acceptance', remove 'accepts'.",
        "Corrigez le numéro dans 'accepts', ou ajoutez l'article aux 'articles' de 'acceptance' "
        "(un article de 'core' doit y être aussi). Si la version n'a pas de clé 'acceptance', "
        "retirez 'accepts'.",
        "Correggete il numero in 'accepts', o aggiungete l'articolo agli 'articles' di "
        "'acceptance' (anche un articolo di 'core' deve esserci). Se la versione non ha "
        "'acceptance', togliete 'accepts'.",
        "Korrigieren Sie die Nummer in 'accepts' oder ergänzen Sie den Artikel in den 'articles' "
        "von 'acceptance' (auch ein Artikel aus 'core' muss dort stehen). Hat die Fassung kein "
        "'acceptance', entfernen Sie 'accepts'.",
    ),
    "acceptance-below-minimum": (
        "Complete the party's 'accepts' up to 'minimum' (and to 'core_minimum' for the 'core' "
        "articles); the message says how many it accepts. Or check the minimum written in "
        "'acceptance'.",
        "Complétez le 'accepts' de la partie jusqu'au 'minimum' (et jusqu'au 'core_minimum' pour "
        "les articles de 'core')\u00a0; le message dit combien elle en accepte. Ou vérifiez le "
        "minimum écrit dans 'acceptance'.",
        "Completate la lista 'accepts' della parte fino al 'minimum' (e fino al 'core_minimum' "
        "per gli articoli di 'core'); il messaggio dice quanti ne accetta. Oppure verificate il "
        "minimo scritto in 'acceptance'.",
        "Ergänzen Sie das 'accepts' der Partei bis zum 'minimum' (und bis zum 'core_minimum' für "
        "die Artikel aus 'core'); die Meldung sagt, wie viele sie annimmt. Oder prüfen Sie das in "
        "'acceptance' angegebene Minimum.",
    ),
    "unknown-version": (
        "Write in 'supersedes' the label of the version replaced, which is its file name without "
        '.md, in quotes: supersedes: "2020-2022" for 2020-2022.md in the same folder.',
        "Écrivez dans 'supersedes' le libellé de la version remplacée, c'est-à-dire le nom de son "
        'fichier sans .md, entre guillemets\u00a0: supersedes: "2020-2022" pour 2020-2022.md '
        "dans le même dossier.",
        "Scrivete in 'supersedes' l'etichetta della versione sostituita, cioè il nome del suo "
        'file senza .md, tra virgolette: supersedes: "2020-2022" per 2020-2022.md nella stessa '
        "cartella.",
        "Schreiben Sie in 'supersedes' die Bezeichnung der ersetzten Fassung, also ihren "
        'Dateinamen ohne .md, in Anführungszeichen: supersedes: "2020-2022" für 2020-2022.md im '
        "selben Ordner.",
    ),
    "translation-orphan": (
        "Correct the version's label in the file name (2026.de.md translates 2026.md, beside it), "
        "or add the version.",
        "Corrigez le libellé de la version dans le nom du fichier (2026.de.md traduit 2026.md, à "
        "côté de lui), ou ajoutez la version.",
        "Correggete l'etichetta della versione nel nome del file (2026.de.md traduce 2026.md, che "
        "gli sta accanto), o aggiungete la versione.",
        "Korrigieren Sie die Bezeichnung der Fassung im Dateinamen (2026.de.md übersetzt 2026.md "
        "im selben Ordner), oder fügen Sie die Fassung hinzu.",
    ),
    "translation-lang": (
        "Make 'lang' and the file name agree (lang: de in 2025.de.md). A translation is in "
        "another language than its version's.",
        "Mettez d'accord 'lang' et le nom du fichier (lang: de dans 2025.de.md). Une traduction "
        "est dans une autre langue que sa version.",
        "Fate concordare 'lang' e il nome del file (lang: de in 2025.de.md). Una traduzione è in "
        "una lingua diversa da quella della sua versione.",
        "Bringen Sie 'lang' und den Dateinamen in Einklang (lang: de in 2025.de.md). Eine "
        "Übersetzung ist in einer anderen Sprache als ihre Fassung.",
    ),
    "unknown-commitment": (
        "Copy the commitment's 'id' exactly as the version writes it: an id is never translated.",
        "Reprenez l'identifiant ('id') de l'engagement exactement comme l'écrit la version\u00a0: "
        "il ne se traduit pas.",
        "Riprendete l'identificativo ('id') dell'impegno esattamente come lo scrive la versione: "
        "non si traduce.",
        "Übernehmen Sie die 'id' der Verpflichtung genau so, wie die Fassung sie schreibt: eine "
        "Kennung wird nie übersetzt.",
    ),
    "translation-missing-article": (
        "Translate the article under the same number, with a heading in the translation's "
        "language ('## Artikel 4 – ...').",
        "Traduisez l'article sous le même numéro, avec un titre dans la langue de la traduction "
        "('## Artikel 4 – ...').",
        "Traducete l'articolo con lo stesso numero, con un titolo nella lingua della traduzione "
        "('## Artikel 4 – ...').",
        "Übersetzen Sie den Artikel unter derselben Nummer, mit einer Überschrift in der Sprache "
        "der Übersetzung ('## Artikel 4 – ...').",
    ),
    "translation-extra-article": (
        "A translation's articles carry the numbers of the version's articles: correct the "
        "number, or remove the article.",
        "Les articles d'une traduction portent les numéros de ceux de la version\u00a0: corrigez "
        "le numéro, ou retirez l'article.",
        "Gli articoli di una traduzione portano i numeri di quelli della versione: correggete il "
        "numero, o togliete l'articolo.",
        "Die Artikel einer Übersetzung tragen die Nummern der Artikel der Fassung: korrigieren "
        "Sie die Nummer oder entfernen Sie den Artikel.",
    ),
    "translation-stale": (
        "Translate the article's new text in this translation; the warning goes away once the "
        "translation no longer repeats, word for word, the one of the superseded version.",
        "Traduisez le nouveau texte de l'article dans cette traduction\u00a0; l'avertissement "
        "disparaît quand elle ne reprend plus mot pour mot celle de la version remplacée.",
        "Traducete il nuovo testo dell'articolo in questa traduzione; l'avviso scompare quando non "
        "riprende più parola per parola quella della versione sostituita.",
        "Übersetzen Sie den neuen Text des Artikels in dieser Übersetzung; die Warnung "
        "verschwindet, sobald sie nicht mehr wörtlich die der ersetzten Fassung wiederholt.",
    ),
    "supersedes-cycle": (
        "The oldest version must supersede nothing: remove its 'supersedes'. A version cannot "
        "supersede itself either.",
        "La plus ancienne version ne doit rien remplacer\u00a0: retirez son 'supersedes'. Une "
        "version ne peut pas non plus se remplacer elle-même.",
        "La versione più vecchia non deve sostituire nulla: togliete il suo 'supersedes'. Nemmeno "
        "una versione può sostituire sé stessa.",
        "Die älteste Fassung darf nichts ersetzen: entfernen Sie ihr 'supersedes'. Auch kann eine "
        "Fassung nicht sich selbst ersetzen.",
    ),
    "path-outside": (
        "Give 'signed_copy' only the name of a file in the document's folder (signed_copy: "
        "2023-2025.pdf), with no '..', no absolute path and no web address.",
        "Ne donnez à 'signed_copy' que le nom d'un fichier du dossier du texte (signed_copy: "
        "2023-2025.pdf), sans '..', sans chemin absolu ni adresse web.",
        "Date a 'signed_copy' solo il nome di un file della cartella del documento (signed_copy: "
        "2023-2025.pdf), senza '..', senza percorso assoluto né indirizzo web.",
        "Geben Sie in 'signed_copy' nur den Namen einer Datei im Ordner des Dokuments an "
        "(signed_copy: 2023-2025.pdf), ohne '..', ohne absoluten Pfad und ohne Webadresse.",
    ),
    "missing-file": (
        "Put the PDF beside the version's file, or correct its name in 'signed_copy' (capital "
        "letters count).",
        "Déposez le PDF à côté du fichier de la version, ou corrigez son nom dans 'signed_copy' "
        "(les majuscules comptent).",
        "Caricate il PDF accanto al file della versione, o correggetene il nome in 'signed_copy' "
        "(le maiuscole contano).",
        "Legen Sie das PDF neben die Datei der Fassung, oder korrigieren Sie seinen Namen in "
        "'signed_copy' (Groß- und Kleinschreibung zählt).",
    ),
    "bad-pdf": (
        "Store a PDF that opens normally: not another format renamed .pdf, not a damaged file, "
        "not one protected by a password.",
        "Déposez un PDF qui s'ouvre normalement\u00a0: ni un autre format renommé en .pdf, ni un "
        "fichier abîmé, ni un fichier protégé par un mot de passe.",
        "Caricate un PDF che si apre normalmente: non un altro formato rinominato .pdf, né un "
        "file danneggiato, né un file protetto da password.",
        "Legen Sie ein PDF ab, das sich normal öffnen lässt: kein in .pdf umbenanntes anderes "
        "Format, keine beschädigte und keine passwortgeschützte Datei.",
    ),
    "bad-hash": (
        "Do not copy the fingerprint by hand: run 'pacte pin' with the PDF's path, and paste the "
        "line it prints (signed_copy: {path: 2025.pdf, sha256: ...}).",
        "Ne recopiez pas l'empreinte à la main\u00a0: lancez 'pacte pin' avec le chemin du PDF, "
        "et collez la ligne qu'il affiche (signed_copy: {path: 2025.pdf, sha256: ...}).",
        "Non ricopiate l'impronta a mano: eseguite 'pacte pin' con il percorso del PDF e "
        "incollate la riga che stampa (signed_copy: {path: 2025.pdf, sha256: ...}).",
        "Schreiben Sie den Hashwert nicht von Hand ab: führen Sie 'pacte pin' mit dem Pfad des "
        "PDF aus und fügen Sie die ausgegebene Zeile ein (signed_copy: {path: 2025.pdf, sha256: "
        "...}).",
    ),
    "signed-copy-changed": (
        "Put back the signed original. If the new file is really the right one (a signed original "
        "found again, say), pin it again with the line 'pacte pin' prints, and say why in the "
        "change request.",
        "Remettez l'original signé. Si le nouveau fichier est bien le bon (un original signé "
        "retrouvé, par exemple), épinglez-le de nouveau avec la ligne qu'affiche 'pacte pin', et "
        "dites pourquoi dans la demande de modification.",
        "Rimettete l'originale firmato. Se il nuovo file è davvero quello giusto (un originale "
        "firmato ritrovato, per esempio), fissatelo di nuovo con la riga stampata da 'pacte pin', "
        "e spiegate il perché nella richiesta di modifica.",
        "Legen Sie wieder das unterzeichnete Original ab. Ist die neue Datei wirklich die "
        "richtige (etwa ein wiedergefundenes unterzeichnetes Original), legen Sie sie mit der "
        "Zeile, die 'pacte pin' ausgibt, neu fest und begründen Sie das in der Änderungsanfrage.",
    ),
    "signature-broken": (
        "Put back the signed original as it was received, without saving it again or printing it "
        "to a new PDF. Pacte checks only that a signature is intact, not the signer's "
        "certificate.",
        "Remettez l'original signé tel qu'il a été reçu, sans le réenregistrer ni l'imprimer dans "
        "un nouveau PDF. Pacte vérifie seulement qu'une signature est intacte, pas le certificat "
        "du signataire.",
        "Rimettete l'originale firmato così come è stato ricevuto, senza salvarlo di nuovo né "
        "stamparlo in un nuovo PDF. Pacte verifica solo che una firma sia integra, non il "
        "certificato del firmatario.",
        "Legen Sie das unterzeichnete Original so ab, wie es eingegangen ist, ohne es neu zu "
        "speichern oder in ein neues PDF zu drucken. Pacte prüft nur, ob eine Signatur unversehrt "
        "ist, nicht das Zertifikat des Unterzeichners.",
    ),
    "modified-after-signing": (
        "Compare the file with the signed original (an added page, a changed text, an annotation) "
        "and, if need be, store the original instead. Signing one after another, as several "
        "parties do, is not reported.",
        "Comparez le fichier avec l'original signé (une page ajoutée, un texte changé, une "
        "annotation) et, au besoin, déposez l'original à sa place. Signer l'un après l'autre, "
        "comme le font plusieurs parties, n'est pas signalé.",
        "Confrontate il file con l'originale firmato (una pagina aggiunta, un testo cambiato, "
        "un'annotazione) e, se necessario, caricate l'originale al suo posto. Firmare uno dopo "
        "l'altro, come fanno più parti, non è segnalato.",
        "Vergleichen Sie die Datei mit dem unterzeichneten Original (eine hinzugefügte Seite, ein "
        "geänderter Text, eine Anmerkung) und legen Sie nötigenfalls das Original ab. "
        "Nacheinander zu signieren, wie es mehrere Parteien tun, wird nicht gemeldet.",
    ),
    "misplaced-file": (
        "Put each version in the folder of its document, as conventions/<document>/<version>.md "
        "or charters/<document>/<version>.md. That folder holds only version files (.md) and "
        "signed copies (.pdf).",
        "Placez chaque version dans le dossier de son texte, conventions/<document>/<version>.md "
        "ou charters/<document>/<version>.md. Ce dossier ne contient que des fichiers de version "
        "(.md) et des exemplaires signés (.pdf).",
        "Mettete ogni versione nella cartella del suo documento, "
        "conventions/<document>/<version>.md o charters/<document>/<version>.md. Quella cartella "
        "contiene solo file di versione (.md) e copie firmate (.pdf).",
        "Legen Sie jede Fassung in den Ordner ihres Dokuments, "
        "conventions/<document>/<version>.md oder charters/<document>/<version>.md. Dieser Ordner "
        "enthält nur Fassungsdateien (.md) und unterzeichnete Exemplare (.pdf).",
    ),
    "no-members": (
        "Create members.yml at the root of the site, listing every organisation that is party to "
        "a text, each with at least its 'id' and 'name'.",
        "Créez members.yml à la racine du site, avec toutes les organisations parties à un texte, "
        "chacune avec au moins son 'id' et son 'name'.",
        "Create members.yml nella radice del sito, con tutte le organizzazioni parti di un testo, "
        "ciascuna con almeno il suo 'id' e il suo 'name'.",
        "Legen Sie members.yml im Wurzelordner der Website an, mit allen Organisationen, die "
        "Partei eines Textes sind, jede mindestens mit 'id' und 'name'.",
    ),
    "parent-cycle": (
        "Remove one of the 'parent' keys of the organisations the message names: an organisation "
        "cannot be part of itself.",
        "Retirez l'un des 'parent' des organisations que nomme le message\u00a0: une organisation "
        "ne peut pas faire partie d'elle-même.",
        "Togliete uno dei 'parent' delle organizzazioni indicate dal messaggio: un'organizzazione "
        "non può far parte di sé stessa.",
        "Entfernen Sie eines der 'parent' der in der Meldung genannten Organisationen: eine "
        "Organisation kann nicht Teil ihrer selbst sein.",
    ),
    "several-in-force": (
        "When a version replaces another, mark the older one 'superseded' (or 'expired' if it had "
        "reached its end), so that only one stays 'in-force'.",
        "Quand une version en remplace une autre, passez l'ancienne en 'superseded' (ou 'expired' "
        "si elle était arrivée à son terme), pour qu'une seule reste 'in-force'.",
        "Quando una versione ne sostituisce un'altra, mettete la più vecchia in 'superseded' (o "
        "'expired' se era giunta a scadenza), perché una sola resti 'in-force'.",
        "Ersetzt eine Fassung eine andere, setzen Sie die ältere auf 'superseded' (oder "
        "'expired', wenn sie abgelaufen war), damit nur eine 'in-force' bleibt.",
    ),
    "not-superseded": (
        "Add 'supersedes' with this version's label to the version that replaces it, or correct "
        "the status.",
        "Ajoutez 'supersedes' avec le libellé de cette version à la version qui la remplace, ou "
        "corrigez le statut.",
        "Aggiungete 'supersedes' con l'etichetta di questa versione alla versione che la "
        "sostituisce, o correggete lo stato.",
        "Ergänzen Sie in der Fassung, die diese ersetzt, 'supersedes' mit der Bezeichnung dieser "
        "Fassung, oder korrigieren Sie den Status.",
    ),
    "past-end": (
        "Mark the version 'expired', or 'superseded' if a new version has taken over. This notice "
        "depends on today's date and never stops a publication.",
        "Passez la version en 'expired', ou en 'superseded' si une nouvelle version a pris le "
        "relais. Ce constat dépend de la date du jour et ne bloque jamais une publication.",
        "Mettete la versione in 'expired', o in 'superseded' se una nuova versione ha preso il "
        "testimone. Questa segnalazione dipende dalla data odierna e non blocca mai una "
        "pubblicazione.",
        "Setzen Sie die Fassung auf 'expired', oder auf 'superseded', wenn eine neue Fassung an "
        "ihre Stelle getreten ist. Dieser Hinweis hängt vom heutigen Datum ab und hält nie eine "
        "Veröffentlichung auf.",
    ),
    "overdue": (
        "Update the commitment's 'status': 'done' if it was carried out, 'dropped' if it was "
        "given up. This notice depends on today's date and never stops a publication.",
        "Mettez à jour le 'status' de l'engagement\u00a0: 'done' s'il a été réalisé, 'dropped' "
        "s'il a été abandonné. Ce constat dépend de la date du jour et ne bloque jamais une "
        "publication.",
        "Aggiornate lo 'status' dell'impegno: 'done' se è stato realizzato, 'dropped' se è stato "
        "abbandonato. Questa segnalazione dipende dalla data odierna e non blocca mai una "
        "pubblicazione.",
        "Aktualisieren Sie den 'status' der Verpflichtung: 'done', wenn sie erfüllt wurde, "
        "'dropped', wenn sie aufgegeben wurde. Dieser Hinweis hängt vom heutigen Datum ab und "
        "hält nie eine Veröffentlichung auf.",
    ),
    "to-review": (
        "'pacte new --from' copied this value from the earlier version: check it (a due "
        "date still to come, a summary of this version), then remove the '# pacte-review:' "
        "comment. This notice never stops a publication.",
        "'pacte new --from' a repris cette valeur de la version précédente\u00a0: vérifiez-la "
        "(une échéance encore à venir, un résumé de cette version), puis retirez le "
        "commentaire '# pacte-review:'. Ce constat ne bloque jamais une publication.",
        "'pacte new --from' ha ripreso questo valore dalla versione precedente: verificatelo "
        "(una scadenza ancora da venire, una sintesi di questa versione), poi togliete il "
        "commento '# pacte-review:'. Questa segnalazione non blocca mai una pubblicazione.",
        "'pacte new --from' hat diesen Wert aus der früheren Fassung übernommen: Prüfen Sie "
        "ihn (eine noch kommende Frist, eine Zusammenfassung dieser Fassung) und entfernen Sie "
        "dann den Kommentar '# pacte-review:'. Dieser Hinweis verhindert nie eine "
        "Veröffentlichung.",
    ),
    "unsigned-party": (
        "Add the day the party signed (- {member: avip, signed: 2025-06-05}). If the organisation "
        "did not sign but is associated with the text, give it the role 'partner' or 'observer'.",
        "Ajoutez le jour où la partie a signé (- {member: avip, signed: 2025-06-05}). Si "
        "l'organisation n'a pas signé mais s'associe au texte, donnez-lui le rôle 'partner' ou "
        "'observer'.",
        "Aggiungete il giorno in cui la parte ha firmato (- {member: avip, signed: 2025-06-05}). "
        "Se l'organizzazione non ha firmato ma è associata al testo, datele il ruolo 'partner' o "
        "'observer'.",
        "Ergänzen Sie den Tag, an dem die Partei unterzeichnet hat (- {member: avip, signed: "
        "2025-06-05}). Hat die Organisation nicht unterzeichnet, ist aber mit dem Text verbunden, "
        "geben Sie ihr die Rolle 'partner' oder 'observer'.",
    ),
    "adopted-in-future": (
        "Correct the 'adopted' date (often a typo in the year), or leave the version 'draft' "
        "until it is adopted.",
        "Corrigez la date 'adopted' (souvent une faute de frappe sur l'année), ou laissez la "
        "version en 'draft' jusqu'à son adoption.",
        "Correggete la data 'adopted' (spesso un errore di battitura nell'anno), o lasciate la "
        "versione in 'draft' fino alla sua adozione.",
        "Korrigieren Sie das Datum 'adopted' (oft ein Tippfehler in der Jahreszahl), oder lassen "
        "Sie die Fassung bis zu ihrer Annahme auf 'draft'.",
    ),
    "signed-after-end": (
        "Check the party's 'signed' date and the 'until' of 'effective'. If the party in fact "
        "signed the next version, record its signature in that version.",
        "Vérifiez la date 'signed' de la partie et le 'until' de 'effective'. Si la partie a en "
        "réalité signé la version suivante, inscrivez sa signature dans cette version-là.",
        "Verificate la data 'signed' della parte e il valore 'until' di 'effective'. Se la parte "
        "ha in realtà firmato la versione successiva, registratene la firma in quella versione.",
        "Prüfen Sie das Datum 'signed' der Partei und das 'until' von 'effective'. Hat die Partei "
        "in Wirklichkeit die nächste Fassung unterzeichnet, tragen Sie ihre Unterzeichnung dort "
        "ein.",
    ),
    "done-in-draft": (
        "A draft commits no one yet: mark the commitment 'planned'. If the text has been signed, "
        "mark the version 'in-force', with its 'adopted' date.",
        "Un projet n'engage encore personne\u00a0: indiquez 'planned' pour l'engagement. Si le "
        "texte a été signé, passez la version en 'in-force', avec sa date 'adopted'.",
        "Una bozza non impegna ancora nessuno: segnate l'impegno come 'planned'. Se il testo è "
        "stato firmato, mettete la versione in 'in-force', con la sua data 'adopted'.",
        "Ein Entwurf verpflichtet noch niemanden: setzen Sie die Verpflichtung auf 'planned'. "
        "Wurde der Text unterzeichnet, setzen Sie die Fassung auf 'in-force', mit ihrem Datum "
        "'adopted'.",
    ),
    "due-before-start": (
        "Correct the commitment's 'due' date, or the version's period of validity (its "
        "'effective' 'from', or else its 'adopted' date).",
        "Corrigez la date 'due' de l'engagement, ou la période de validité de la version (le "
        "'from' de 'effective', ou à défaut la date 'adopted').",
        "Correggete la data 'due' dell'impegno, o il periodo di validità della versione (il "
        "'from' di 'effective', o in sua mancanza la data 'adopted').",
        "Korrigieren Sie das Datum 'due' der Verpflichtung oder die Geltungsdauer der Fassung "
        "(das 'from' von 'effective', ersatzweise das Datum 'adopted').",
    ),
    "signature-fields-missing": (
        "Store the PDF signed by every party; a signatory may not have signed it yet, or the file "
        "stored is not the last one signed. Or check the parties and their roles.",
        "Déposez le PDF signé par toutes les parties\u00a0; un signataire ne l'a peut-être pas "
        "encore signé, ou le fichier déposé n'est pas le dernier signé. Ou vérifiez les parties "
        "et leur rôle.",
        "Caricate il PDF firmato da tutte le parti; forse un firmatario non l'ha ancora firmato, "
        "o il file caricato non è l'ultimo firmato. Oppure verificate le parti e il loro ruolo.",
        "Legen Sie das von allen Parteien signierte PDF ab; vielleicht hat ein Unterzeichner noch "
        "nicht signiert, oder die abgelegte Datei ist nicht die zuletzt signierte. Oder prüfen "
        "Sie die Parteien und ihre Rollen.",
    ),
    "raw-html": (
        "Write it in Markdown: [link](https://...), ![image](file.png), tables with |. A site may "
        "accept raw HTML with the option raw_html: true of the pacte plugin in mkdocs.yml.",
        "Écrivez-le en Markdown\u00a0: [lien](https://...), ![image](fichier.png), les tableaux "
        "avec des |. Un site peut accepter le HTML brut avec l'option raw_html: true du greffon "
        "pacte dans mkdocs.yml.",
        "Scrivetelo in Markdown: [link](https://...), ![immagine](file.png), le tabelle con |. Un "
        "sito può accettare l'HTML grezzo con l'opzione raw_html: true del plugin pacte in "
        "mkdocs.yml.",
        "Schreiben Sie es in Markdown: [Link](https://...), ![Bild](datei.png), Tabellen mit |. "
        "Eine Website kann rohes HTML mit der Option raw_html: true des Plugins pacte in "
        "mkdocs.yml zulassen.",
    ),
    "active-html": (
        "Remove the element: it is never published, even with raw_html: true. To point to other "
        "content, write a link [text](https://...).",
        "Retirez l'élément\u00a0: il n'est jamais publié, même avec raw_html: true. Pour renvoyer "
        "à un autre contenu, écrivez un lien [texte](https://...).",
        "Togliete l'elemento: non è mai pubblicato, nemmeno con raw_html: true. Per rimandare ad "
        "altri contenuti, scrivete un collegamento [testo](https://...).",
        "Entfernen Sie das Element: es wird nie veröffentlicht, auch nicht mit raw_html: true. Um "
        "auf andere Inhalte zu verweisen, schreiben Sie einen Link [Text](https://...).",
    ),
    "unsafe-attribute": (
        "Remove the attribute: event handlers run code in readers' browsers and are always "
        "refused. Without raw_html: true, an attribute list {: ...} or inline HTML gives only an "
        "id, classes, lang, dir and title, not style, target or width.",
        "Retirez l'attribut\u00a0: les gestionnaires d'événement exécutent du code chez les "
        "lecteurs et sont toujours refusés. Sans raw_html: true, une liste d'attributs {: ...} ou "
        "le HTML en ligne ne donne qu'un identifiant, des classes, lang, dir et title, pas de "
        "style, de target ni de width.",
        "Togliete l'attributo: i gestori di eventi eseguono codice nel browser dei lettori e sono "
        "sempre rifiutati. Senza raw_html: true, una lista di attributi {: ...} o l'HTML in linea "
        "dà solo un id, delle classi, lang, dir e title, non style, target o width.",
        "Entfernen Sie das Attribut: Event-Handler führen Code im Browser der Lesenden aus und "
        "werden immer abgelehnt. Ohne raw_html: true setzen eine Attributliste {: ...} oder "
        "Inline-HTML nur eine id, Klassen, lang, dir und title, nicht style, target oder width.",
    ),
    "active-link": (
        "Give the link or image a relative address (../other-text/) or one that starts with "
        "'https://', 'http://', 'mailto:' or 'tel:'; for an image, add its file to the site.",
        "Donnez au lien ou à l'image une adresse relative (../autre-texte/) ou commençant par "
        "'https://', 'http://', 'mailto:' ou 'tel:'\u00a0; pour une image, ajoutez son fichier au "
        "site.",
        "Date al collegamento o all'immagine un indirizzo relativo (../altro-testo/) o che inizia "
        "con 'https://', 'http://', 'mailto:' o 'tel:'; per un'immagine, aggiungetene il file al "
        "sito.",
        "Geben Sie dem Link oder Bild eine relative Adresse (../anderer-text/) oder eine, die mit "
        "'https://', 'http://', 'mailto:' oder 'tel:' beginnt; fügen Sie für ein Bild dessen "
        "Datei der Website hinzu.",
    ),
}
