"""Messages of the checks of texts: translations, the HTML of bodies, signed copies
(translations.py, bodypolicy.py, signatures.py, pdf.py).

A predicate of pdf.py (`pdf.PdfError`) follows its subject ("the signed copy 'x.pdf'", a
path): each translation is a main clause's predicate that agrees with a masculine (or
neuter) subject, "the file" (Italian says "il file della copia firmata").
"""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {
    # translations.py, read_translation: what the checks of values (values.py) name, where
    # a subject stands ("the title", "the summary", "a commitment", "the text": with load.py's,
    # in checks.py)
    "the front matter of a translation": (
        "l'en-tête d'une traduction",
        "l'intestazione di una traduzione",
        "der YAML-Kopf einer Übersetzung",
    ),
    "a commitment of a translation": (
        "un engagement d'une traduction",
        "un impegno di una traduzione",
        "eine Verpflichtung einer Übersetzung",
    ),
    "the id": ("l'identifiant", "l'identificativo", "die Kennung"),
    # translations.py, read_translation
    "the front matter is empty: add 'lang'": (
        "l'en-tête est vide\u00a0: ajoutez-y 'lang'",
        "l'intestazione è vuota: aggiungetevi 'lang'",
        "der YAML-Kopf ist leer: fügen Sie 'lang' hinzu",
    ),
    "'lang' says {lang!r} but the file name says {code!r}: a translation "
    "into {lang!r} is named {label}.{lang}.md; make the two agree": (
        "'lang' indique {lang!r}, mais le nom du fichier dit {code!r}\u00a0: une traduction "
        "en {lang!r} s'appelle {label}.{lang}.md\u00a0; faites concorder les deux",
        "'lang' indica {lang!r}, ma il nome del file dice {code!r}: una traduzione in {lang!r} "
        "si chiama {label}.{lang}.md; fateli concordare",
        "'lang' gibt {lang!r} an, der Dateiname aber {code!r}: eine Übersetzung in "
        "{lang!r} heißt {label}.{lang}.md; bringen Sie beides in Einklang",
    ),
    "commitment {id!r} is translated twice": (
        "l'engagement {id!r} est traduit deux fois",
        "l'impegno {id!r} è tradotto due volte",
        "die Verpflichtung {id!r} ist zweimal übersetzt",
    ),
    # translations._version_of: the version a translation translates (a hint between)
    "this file translates version {version!r}, which this folder does not have ({version}.md)": (
        "ce fichier traduit la version {version!r}, que ce dossier n'a pas ({version}.md)",
        "questo file traduce la versione {version!r}, che questa cartella non contiene "
        "({version}.md)",
        "diese Datei übersetzt die Fassung {version!r}, die es in diesem Ordner nicht gibt "
        "({version}.md)",
    ),
    ": a translation is named <version>.<lang>.md, beside its version": (
        "\u00a0: une traduction s'appelle <version>.<lang>.md et se trouve à côté de sa version",
        ": una traduzione si chiama <versione>.<lang>.md e sta accanto alla sua versione",
        ": eine Übersetzung heißt <fassung>.<lang>.md und liegt neben ihrer Fassung",
    ),
    # translations._check_against: a translation against its version (a hint between the
    # two parts of the second; "none" articles: with load.py's, in checks.py)
    "{path} is itself in {lang!r}: a translation is in another language": (
        "{path} est lui-même en {lang!r}\u00a0: une traduction est dans une autre langue",
        "{path} è già in {lang!r}: una traduzione è in un'altra lingua",
        "{path} ist selbst in {lang!r}: eine Übersetzung ist in einer anderen Sprache",
    ),
    "commitment {id!r} is not in {path}": (
        "l'engagement {id!r} n'est pas dans {path}",
        "l'impegno {id!r} non è in {path}",
        "die Verpflichtung {id!r} steht nicht in {path}",
    ),
    "; a translation gives the texts of the version's own commitments": (
        "\u00a0; une traduction donne le texte des engagements de sa version, et d'eux seuls",
        "; una traduzione dà i testi degli impegni della sua versione, e solo di quelli",
        "; eine Übersetzung gibt die Texte der Verpflichtungen ihrer eigenen Fassung wieder",
    ),
    "article {number} is not in {path} (its articles: {articles}); a "
    "translation has the version's articles, under the same numbers": (
        "l'article {number} n'est pas dans {path} (ses articles\u00a0: {articles})\u00a0; "
        "une traduction a les articles de sa version, sous les mêmes numéros",
        "l'articolo {number} non è in {path} (i suoi articoli: {articles}); una traduzione "
        "ha gli articoli della sua versione, con gli stessi numeri",
        "Artikel {number} steht nicht in {path} (Artikel dort: {articles}); eine "
        "Übersetzung hat die Artikel ihrer Fassung, unter denselben Nummern",
    ),
    "article {number} of {path} (line {line}) is missing from this translation: "
    "translate it under a heading '## {heading}' in this language, with the same number": (
        "l'article {number} de {path} (ligne {line}) manque dans cette traduction\u00a0: "
        "traduisez-le sous un titre '## {heading}' dans cette langue, avec le même numéro",
        "l'articolo {number} di {path} (riga {line}) manca in questa traduzione: traducetelo "
        "sotto un titolo '## {heading}' in questa lingua, con lo stesso numero",
        "Artikel {number} von {path} (Zeile {line}) fehlt in dieser Übersetzung: übersetzen "
        "Sie ihn unter einer Überschrift '## {heading}' in dieser Sprache, mit derselben "
        "Nummer",
    ),
    # translations._check_stale
    "article {number} changed in {path} since version {label}, but its "
    "translation did not (it is word for word the one of {previous}): "
    "translate the new text": (
        "l'article {number} a changé dans {path} depuis la version {label}, mais pas sa "
        "traduction (elle reprend mot pour mot celle de {previous})\u00a0: traduisez le "
        "nouveau texte",
        "l'articolo {number} è cambiato in {path} rispetto alla versione {label}, ma la sua "
        "traduzione no (riprende parola per parola quella di {previous}): traducete il nuovo "
        "testo",
        "Artikel {number} hat sich in {path} seit Fassung {label} geändert, seine "
        "Übersetzung aber nicht (sie ist Wort für Wort die von {previous}): übersetzen Sie "
        "den neuen Text",
    ),
    # bodypolicy._link_issue: an address a link or an image may not use, and why
    "runs code": ("exécute du code", "esegue codice", "führt Code aus"),
    "embeds content in the page": (
        "incruste un contenu dans la page",
        "incorpora un contenuto nella pagina",
        "bettet Inhalte in die Seite ein",
    ),
    "uses the scheme '{scheme}:', which is not published": (
        "utilise le protocole '{scheme}:', qui n'est pas publié",
        "usa lo schema '{scheme}:', che non viene pubblicato",
        "verwendet das Schema '{scheme}:', das nicht veröffentlicht wird",
    ),
    "the address '{address}' {why}: links and images may use relative addresses "
    "and http:, https:, mailto:, tel: (and the other schemes of safe links) only": (
        "l'adresse '{address}' {why}\u00a0: les liens et les images n'utilisent que des "
        "adresses relatives et http:, https:, mailto:, tel: (et les autres protocoles de "
        "liens sûrs)",
        "l'indirizzo '{address}' {why}: collegamenti e immagini possono usare solo "
        "indirizzi relativi e http:, https:, mailto:, tel: (e gli altri schemi di "
        "collegamenti sicuri)",
        "die Adresse '{address}' {why}: Links und Bilder dürfen nur relative Adressen und "
        "http:, https:, mailto:, tel: (und die anderen Schemata sicherer Links) verwenden",
    ),
    # bodypolicy._handler_issue
    "the attribute '{name}' is an event handler: it runs code in readers' browsers; remove it": (
        "l'attribut '{name}' est un gestionnaire d'événement\u00a0: il exécute du code chez "
        "les lecteurs\u00a0; retirez-le",
        "l'attributo '{name}' è un gestore di eventi: esegue codice nel browser dei "
        "lettori; toglietelo",
        "das Attribut '{name}' ist ein Event-Handler: es führt Code im Browser der Lesenden "
        "aus; entfernen Sie es",
    ),
    # bodypolicy._raw_issues: raw HTML elements
    "<{tag}> is not allowed in a text: it runs code, loads or embeds "
    "other content, or changes the whole page; it is never "
    "published, even with raw_html": (
        "<{tag}> n'est pas admis dans un texte\u00a0: il exécute du code, charge ou incruste "
        "d'autres contenus, ou change toute la page\u00a0; il n'est jamais publié, même avec "
        "raw_html",
        "<{tag}> non è ammesso in un testo: esegue codice, carica o incorpora altri "
        "contenuti, o cambia l'intera pagina; non viene mai pubblicato, nemmeno con raw_html",
        "<{tag}> ist in einem Text nicht erlaubt: es führt Code aus, lädt oder bettet andere "
        "Inhalte ein oder verändert die ganze Seite; es wird nie veröffentlicht, auch nicht "
        "mit raw_html",
    ),
    "raw HTML <{tag}>: write the text in Markdown (raw HTML may only "
    "be inline elements such as <br>, <sup>, <sub>, <abbr>, <mark>, "
    "<ins>, <del>, <span>), or allow raw HTML with the site option "
    "raw_html": (
        "HTML brut <{tag}>\u00a0: écrivez le texte en Markdown (le HTML brut se limite aux "
        "éléments en ligne tels que <br>, <sup>, <sub>, <abbr>, <mark>, <ins>, <del>, "
        "<span>), ou autorisez le HTML brut avec l'option raw_html du site",
        "HTML grezzo <{tag}>: scrivete il testo in Markdown (l'HTML grezzo è ammesso solo "
        "per elementi in linea come <br>, <sup>, <sub>, <abbr>, <mark>, <ins>, <del>, "
        "<span>), oppure consentite l'HTML grezzo con l'opzione raw_html del sito",
        "rohes HTML <{tag}>: schreiben Sie den Text in Markdown (rohes HTML darf nur aus "
        "Inline-Elementen wie <br>, <sup>, <sub>, <abbr>, <mark>, <ins>, <del>, <span> "
        "bestehen), oder erlauben Sie rohes HTML mit der Website-Option raw_html",
    ),
    "the HTML element <{tag}> is not published, even with raw_html": (
        "l'élément HTML <{tag}> n'est pas publié, même avec raw_html",
        "l'elemento HTML <{tag}> non viene pubblicato, nemmeno con raw_html",
        "das HTML-Element <{tag}> wird nicht veröffentlicht, auch nicht mit raw_html",
    ),
    # bodypolicy._attribute_issue: an attribute the policy does not publish
    "the attribute '{name}' of <{tag}> is not published": (
        "l'attribut '{name}' de <{tag}> n'est pas publié",
        "l'attributo '{name}' di <{tag}> non viene pubblicato",
        "das Attribut '{name}' von <{tag}> wird nicht veröffentlicht",
    ),
    "the attribute '{name}' is not allowed in a text: attribute lists {{: ...}} and "
    "inline HTML may set id, class, lang, dir and title only (or allow raw HTML with "
    "the site option raw_html)": (
        "l'attribut '{name}' n'est pas admis dans un texte\u00a0: les listes d'attributs "
        "{{: ...}} et le HTML en ligne ne donnent que id, class, lang, dir et title (ou "
        "autorisez le HTML brut avec l'option raw_html du site)",
        "l'attributo '{name}' non è ammesso in un testo: le liste di attributi {{: ...}} e "
        "l'HTML in linea possono impostare solo id, class, lang, dir e title (oppure "
        "consentite l'HTML grezzo con l'opzione raw_html del sito)",
        "das Attribut '{name}' ist in einem Text nicht erlaubt: Attributlisten {{: ...}} "
        "und Inline-HTML dürfen nur id, class, lang, dir und title setzen (oder erlauben "
        "Sie rohes HTML mit der Website-Option raw_html)",
    ),
    # bodypolicy._removed: what the sanitiser would still take out
    "the attribute '{name}' of <{tag}> is not published: remove it": (
        "l'attribut '{name}' de <{tag}> n'est pas publié\u00a0: retirez-le",
        "l'attributo '{name}' di <{tag}> non viene pubblicato: toglietelo",
        "das Attribut '{name}' von <{tag}> wird nicht veröffentlicht: entfernen Sie es",
    ),
    "the HTML element <{tag}> is not published": (
        "l'élément HTML <{tag}> n'est pas publié",
        "l'elemento HTML <{tag}> non viene pubblicato",
        "das HTML-Element <{tag}> wird nicht veröffentlicht",
    ),
    # signatures.check_signed_copy: the pinned file
    "the signed copy {name!r} is not the file pinned by 'sha256': its SHA-256 is "
    "{actual}…, not {pinned}…; put back the signed original, or, if this new "
    "file is the right one, pin it again with the line that `pacte pin {path}` "
    "prints": (
        "l'exemplaire signé {name!r} n'est pas le fichier qu'épingle 'sha256'\u00a0: son "
        "SHA-256 est {actual}…, et non {pinned}…\u00a0; remettez l'original signé ou, si ce "
        "nouveau fichier est bien le bon, épinglez-le de nouveau avec la ligne qu'affiche "
        "`pacte pin {path}`",
        "la copia firmata {name!r} non è il file fissato da 'sha256': il suo SHA-256 è "
        "{actual}…, non {pinned}…; rimettete l'originale firmato o, se questo nuovo file è "
        "quello giusto, fissatelo di nuovo con la riga stampata da `pacte pin {path}`",
        "das unterzeichnete Exemplar {name!r} ist nicht die Datei, die 'sha256' festlegt: "
        "sein SHA-256 ist {actual}…, nicht {pinned}…; legen Sie wieder das unterzeichnete "
        "Original ab oder, falls diese neue Datei die richtige ist, legen Sie sie mit der "
        "Zeile, die `pacte pin {path}` ausgibt, neu fest",
    ),
    # signatures.check_signed_copy: each signature, and who signed it if the file says
    "signature {field!r} (signed by {signer})": (
        "signature {field!r} (signée par {signer})",
        "firma {field!r} (apposta da {signer})",
        "Signatur {field!r} (von {signer} unterzeichnet)",
    ),
    "signature {field!r}": ("signature {field!r}", "firma {field!r}", "Signatur {field!r}"),
    "the {signature} of the signed copy {name!r} cannot be read: the file was "
    "damaged or altered; put back the signed original": (
        "la {signature} de l'exemplaire signé {name!r} ne peut pas être lue\u00a0: le "
        "fichier a été abîmé ou altéré\u00a0; remettez l'original signé",
        "la {signature} della copia firmata {name!r} non può essere letta: il file è stato "
        "danneggiato o alterato; rimettete l'originale firmato",
        "die {signature} des unterzeichneten Exemplars {name!r} kann nicht gelesen werden: "
        "die Datei wurde beschädigt oder verändert; legen Sie wieder das unterzeichnete "
        "Original ab",
    ),
    "the {signature} of the signed copy {name!r} no longer matches the bytes "
    "it signed: the file was altered after signing; put back the signed "
    "original": (
        "la {signature} de l'exemplaire signé {name!r} ne correspond plus aux octets "
        "qu'elle a signés\u00a0: le fichier a été altéré après la signature\u00a0; remettez "
        "l'original signé",
        "la {signature} della copia firmata {name!r} non corrisponde più ai byte che ha "
        "firmato: il file è stato alterato dopo la firma; rimettete l'originale firmato",
        "die {signature} des unterzeichneten Exemplars {name!r} passt nicht mehr zu den "
        "Bytes, die sie signiert hat: die Datei wurde nach der Unterzeichnung verändert; "
        "legen Sie wieder das unterzeichnete Original ab",
    ),
    "the signed copy {name!r} was changed after its {signature}: bytes were "
    "added that do more than add other signatures or fill in form fields; "
    "check the file against the signed original": (
        "l'exemplaire signé {name!r} a été modifié après sa {signature}\u00a0: des octets "
        "ont été ajoutés qui font plus qu'ajouter d'autres signatures ou remplir des champs "
        "de formulaire\u00a0; comparez le fichier avec l'original signé",
        "la copia firmata {name!r} è stata modificata dopo la sua {signature}: sono stati "
        "aggiunti byte che fanno più che aggiungere altre firme o compilare campi di "
        "modulo; confrontate il file con l'originale firmato",
        "das unterzeichnete Exemplar {name!r} wurde nach seiner {signature} verändert: es "
        "wurden Bytes hinzugefügt, die mehr tun, als weitere Signaturen anzufügen oder "
        "Formularfelder auszufüllen; vergleichen Sie die Datei mit dem unterzeichneten "
        "Original",
    ),
    # pdf.inspect_signed_copy: the subject of a PdfError's predicate
    "the signed copy {name!r} cannot be read: {error}": (
        "l'exemplaire signé {name!r} ne peut pas être lu\u00a0: {error}",
        "il file della copia firmata {name!r} non può essere letto: {error}",
        "das unterzeichnete Exemplar {name!r} kann nicht gelesen werden: {error}",
    ),
    "the signed copy {name!r} {predicate}": (
        "l'exemplaire signé {name!r} {predicate}",
        "il file della copia firmata {name!r} {predicate}",
        "das unterzeichnete Exemplar {name!r} {predicate}",
    ),
    # pdf._opened, pdf._read, pdf._explain: why a PDF cannot be used (PdfError)
    "is protected by a password: store a copy without a password "
    "(print it to a new PDF, or remove the protection in your PDF software)": (
        "est protégé par un mot de passe\u00a0: déposez une copie sans mot de passe "
        "(imprimez le document dans un nouveau PDF, ou retirez la protection dans votre "
        "logiciel PDF)",
        "è protetto da una password: caricate una copia senza password (stampate il "
        "documento in un nuovo PDF, o togliete la protezione nel vostro programma PDF)",
        "ist durch ein Passwort geschützt: legen Sie eine Kopie ohne Passwort ab (drucken "
        "Sie das Dokument in ein neues PDF, oder entfernen Sie den Schutz in Ihrem "
        "PDF-Programm)",
    ),
    "is empty: store the complete signed PDF": (
        "est vide\u00a0: déposez le PDF signé complet",
        "è vuoto: caricate il PDF firmato completo",
        "ist leer: legen Sie das vollständige unterzeichnete PDF ab",
    ),
    "has no pages: store the complete signed document": (
        "n'a aucune page\u00a0: déposez le document signé complet",
        "non ha pagine: caricate il documento firmato completo",
        "hat keine Seiten: legen Sie das vollständige unterzeichnete Dokument ab",
    ),
    "took more than {seconds:g} seconds of work to read and was left aside: it is "
    "probably damaged; store a copy made again from the original (print it to a "
    "new PDF)": (
        "a demandé plus de {seconds:g} secondes de travail à lire et a été laissé de "
        "côté\u00a0: il est sans doute abîmé\u00a0; déposez une copie refaite à partir de "
        "l'original (imprimez-le dans un nouveau PDF)",
        "ha richiesto più di {seconds:g} secondi di lavoro per essere letto ed è stato "
        "messo da parte: è probabilmente danneggiato; caricate una copia rifatta "
        "dall'originale (stampatelo in un nuovo PDF)",
        "hat mehr als {seconds:g} Sekunden Rechenzeit zum Lesen gebraucht und wurde "
        "übergangen, wohl weil es beschädigt ist; legen Sie eine neu aus dem Original "
        "erstellte Kopie ab (drucken Sie das Original in ein neues PDF)",
    ),
    "is incomplete: it does not end as a PDF does (it was probably cut off while "
    "being copied or downloaded); copy it again from the original": (
        "est incomplet\u00a0: il ne se termine pas comme un PDF (il a sans doute été "
        "tronqué lors d'une copie ou d'un téléchargement)\u00a0; copiez-le de nouveau depuis "
        "l'original",
        "è incompleto: non termina come termina un PDF (probabilmente è stato troncato "
        "durante una copia o un download); copiatelo di nuovo dall'originale",
        "ist unvollständig: das Ende ist nicht das eines PDF (wohl beim Kopieren oder "
        "Herunterladen abgeschnitten); kopieren Sie die Datei erneut aus dem Original",
    ),
    # pdf._too_big
    "is larger than the limit of {limit:.0f} MB: store a lighter copy (for example "
    "scanned at 200 dpi, or in black and white)": (
        "dépasse la limite de {limit:.0f} Mo\u00a0: déposez une copie plus légère (par "
        "exemple numérisée à 200 dpi, ou en noir et blanc)",
        "supera il limite di {limit:.0f} MB: caricate una copia più leggera (per esempio "
        "scansionata a 200 dpi, o in bianco e nero)",
        "ist größer als die Grenze von {limit:.0f} MB: legen Sie eine kleinere Kopie ab "
        "(zum Beispiel mit 200 dpi oder in Schwarzweiß gescannt)",
    ),
    "is {size:.1f} MB, more than the limit of {limit:.0f} MB: store a lighter copy (for "
    "example scanned at 200 dpi, or in black and white)": (
        "fait {size:.1f} Mo, plus que la limite de {limit:.0f} Mo\u00a0: déposez une copie "
        "plus légère (par exemple numérisée à 200 dpi, ou en noir et blanc)",
        "pesa {size:.1f} MB, più del limite di {limit:.0f} MB: caricate una copia più "
        "leggera (per esempio scansionata a 200 dpi, o in bianco e nero)",
        "ist {size:.1f} MB groß, mehr als die Grenze von {limit:.0f} MB: legen Sie eine "
        "kleinere Kopie ab (zum Beispiel mit 200 dpi oder in Schwarzweiß gescannt)",
    ),
    # pdf._not_a_pdf: what a file that is not a PDF is, by its first bytes
    "a zip archive, perhaps a Word or LibreOffice document": (
        "une archive zip, peut-être un document Word ou LibreOffice",
        "un archivio zip, forse un documento Word o LibreOffice",
        "ein ZIP-Archiv, vielleicht ein Word- oder LibreOffice-Dokument",
    ),
    "an old Word or Excel document": (
        "un ancien document Word ou Excel",
        "un vecchio documento Word o Excel",
        "ein altes Word- oder Excel-Dokument",
    ),
    "an RTF document": ("un document RTF", "un documento RTF", "ein RTF-Dokument"),
    "a PNG image": ("une image PNG", "un'immagine PNG", "ein PNG-Bild"),
    "a JPEG image": ("une image JPEG", "un'immagine JPEG", "ein JPEG-Bild"),
    "a TIFF image": ("une image TIFF", "un'immagine TIFF", "ein TIFF-Bild"),
    "a GIF image": ("une image GIF", "un'immagine GIF", "ein GIF-Bild"),
    "a web page or XML file": (
        "une page web ou un fichier XML",
        "una pagina web o un file XML",
        "eine Webseite oder XML-Datei",
    ),
    "is not a PDF: export or scan the signed document to PDF and store that": (
        "n'est pas un PDF\u00a0: exportez ou numérisez le document signé en PDF, et déposez ce PDF",
        "non è un PDF: esportate o scansionate il documento firmato in PDF, e caricate quel PDF",
        "ist kein PDF: exportieren oder scannen Sie das unterzeichnete Dokument als PDF "
        "und legen Sie dieses ab",
    ),
    "is not a PDF (it is {what}): export or scan the signed document to PDF and store that": (
        "n'est pas un PDF (c'est {what})\u00a0: exportez ou numérisez le document signé en "
        "PDF, et déposez ce PDF",
        "non è un PDF (è {what}): esportate o scansionate il documento firmato in PDF, e "
        "caricate quel PDF",
        "ist kein PDF (sondern {what}): exportieren oder scannen Sie das unterzeichnete "
        "Dokument als PDF und legen Sie dieses ab",
    ),
    # pdf._explain: whatever pypdf (or Python) raised, said in plain words
    "is protected in a way that cannot be opened here (with a certificate, or by an "
    "unknown method): store a copy without protection (print it to a new PDF)": (
        "est protégé d'une façon qui ne peut pas être ouverte ici (par un certificat, ou "
        "par une méthode inconnue)\u00a0: déposez une copie sans protection (imprimez le "
        "document dans un nouveau PDF)",
        "è protetto in un modo che qui non si può aprire (con un certificato, o con un "
        "metodo sconosciuto): caricate una copia senza protezione (stampate il documento "
        "in un nuovo PDF)",
        "ist auf eine Weise geschützt, die hier nicht geöffnet werden kann (mit einem "
        "Zertifikat oder einem unbekannten Verfahren): legen Sie eine Kopie ohne Schutz ab "
        "(drucken Sie das Dokument in ein neues PDF)",
    ),
    "needs a library that is not installed to be read ({error}): install pacte "
    "with its dependencies again": (
        "ne peut être lu sans une bibliothèque qui n'est pas installée ({error})\u00a0: "
        "réinstallez pacte avec ses dépendances",
        "per essere letto richiede una libreria che non è installata ({error}): "
        "reinstallate pacte con le sue dipendenze",
        "braucht zum Lesen eine Bibliothek, die nicht installiert ist ({error}): "
        "installieren Sie pacte mit seinen Abhängigkeiten neu",
    ),
    "uses a feature that cannot be read ({error}): store a copy made again from the "
    "original (print it to a new PDF)": (
        "utilise une fonction qui ne peut pas être lue ({error})\u00a0: déposez une copie "
        "refaite à partir de l'original (imprimez-le dans un nouveau PDF)",
        "usa una funzione che non si può leggere ({error}): caricate una copia rifatta "
        "dall'originale (stampatelo in un nuovo PDF)",
        "verwendet eine Funktion, die nicht gelesen werden kann ({error}): legen Sie eine "
        "neu aus dem Original erstellte Kopie ab (drucken Sie das Original in ein neues "
        "PDF)",
    ),
    "is too large or too complex to read (it goes beyond a safety limit): store a "
    "lighter copy, for example printed again to a new PDF": (
        "est trop volumineux ou trop complexe pour être lu (il dépasse une limite de "
        "sécurité)\u00a0: déposez une copie plus légère, par exemple réimprimée dans un "
        "nouveau PDF",
        "è troppo grande o troppo complesso per essere letto (supera un limite di "
        "sicurezza): caricate una copia più leggera, per esempio ristampata in un nuovo PDF",
        "ist zu groß oder zu komplex zum Lesen (über einer Sicherheitsgrenze): legen Sie "
        "eine kleinere Kopie ab, zum Beispiel erneut in ein neues PDF gedruckt",
    ),
    "is damaged: its structure loops on itself; store a copy made again from the "
    "original (print it to a new PDF)": (
        "est abîmé\u00a0: sa structure tourne en boucle sur elle-même\u00a0; déposez une "
        "copie refaite à partir de l'original (imprimez-le dans un nouveau PDF)",
        "è danneggiato: la sua struttura rimanda a sé stessa in un ciclo; caricate una "
        "copia rifatta dall'originale (stampatelo in un nuovo PDF)",
        "ist beschädigt: die Struktur verweist im Kreis auf sich selbst; legen Sie eine "
        "neu aus dem Original erstellte Kopie ab (drucken Sie das Original in ein neues "
        "PDF)",
    ),
    "is too large to read: store a lighter copy": (
        "est trop volumineux pour être lu\u00a0: déposez une copie plus légère",
        "è troppo grande per essere letto: caricate una copia più leggera",
        "ist zu groß zum Lesen: legen Sie eine kleinere Kopie ab",
    ),
    "is damaged and cannot be read ({error}): store a copy made again from the original": (
        "est abîmé et ne peut pas être lu ({error})\u00a0: déposez une copie refaite à "
        "partir de l'original",
        "è danneggiato e non si può leggere ({error}): caricate una copia rifatta dall'originale",
        "ist beschädigt und kann nicht gelesen werden ({error}): legen Sie eine neu aus "
        "dem Original erstellte Kopie ab",
    ),
    "cannot be read as a PDF ({error}): store a copy made again from the original": (
        "ne peut pas être lu comme un PDF ({error})\u00a0: déposez une copie refaite à "
        "partir de l'original",
        "non si può leggere come PDF ({error}): caricate una copia rifatta dall'originale",
        "kann nicht als PDF gelesen werden ({error}): legen Sie eine neu aus dem Original "
        "erstellte Kopie ab",
    ),
}
