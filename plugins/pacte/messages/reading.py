"""Messages of reading the sources: files, their encoding and YAML, values and their
hints (sources.py, guard.py, values.py, vocabulary.py).

A predicate of guard.py follows its subject ("this file", a path): each translation is a
main clause's predicate too, so that the subject can stand before it in any language.
A ``{what}`` of values.py is what its caller names ("the title", "'adopted'"): in Italian
and German it stands where a subject does, never after a preposition, which would
contract or inflect it (nel, im); French only puts it after "dans" and "comme".
"""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {
    # guard.py: the subjects that a refusal's predicate follows (Refused.sentence)
    "this file": ("ce fichier", "questo file", "diese Datei"),
    "this folder": ("ce dossier", "questa cartella", "dieser Ordner"),
    "this": ("ceci", "questo", "dies"),
    # guard.size_words
    "{size:.1f} MB": ("{size:.1f} Mo", "{size:.1f} MB", "{size:.1f} MB"),
    "{size:.0f} kB": ("{size:.0f} ko", "{size:.0f} kB", "{size:.0f} kB"),
    "{size} bytes": ("{size} octets", "{size} byte", "{size} Byte"),
    # guard._too_large
    "is larger than the {limit} Pacte reads of such a file: "
    "split it, or remove what does not belong in it": (
        "dépasse les {limit} que Pacte lit d'un tel fichier\u00a0: scindez-le, ou "
        "retirez-en ce qui n'y a pas sa place",
        "supera i {limit} che Pacte legge di un file di questo tipo: dividetelo, o togliete "
        "ciò che non vi appartiene",
        "ist größer als die {limit}, die Pacte von einer solchen Datei liest: teilen Sie "
        "sie auf oder entfernen Sie, was nicht hineingehört",
    ),
    "is {size}, more than the {limit} Pacte reads of such a file: "
    "split it, or remove what does not belong in it": (
        "fait {size}, plus que les {limit} que Pacte lit d'un tel fichier\u00a0: "
        "scindez-le, ou retirez-en ce qui n'y a pas sa place",
        "pesa {size}, più dei {limit} che Pacte legge di un file di questo tipo: dividetelo, "
        "o togliete ciò che non vi appartiene",
        "ist {size} groß, mehr als die {limit}, die Pacte von einer solchen Datei liest: "
        "teilen Sie sie auf oder entfernen Sie, was nicht hineingehört",
    ),
    # guard._kind_of: what stands where a file is expected
    "is a folder, not a file": (
        "est un dossier, pas un fichier",
        "è una cartella, non un file",
        "ist ein Ordner, keine Datei",
    ),
    "is a named pipe (FIFO), not a file: remove it": (
        "est un tube nommé (FIFO), pas un fichier\u00a0: supprimez-le",
        "è una pipe con nome (FIFO), non un file: rimuovetela",
        "ist eine benannte Pipe (FIFO), keine Datei: entfernen Sie sie",
    ),
    "is a device, not a file: remove it": (
        "est un périphérique, pas un fichier\u00a0: supprimez-le",
        "è un dispositivo, non un file: rimuovetelo",
        "ist eine Gerätedatei, keine gewöhnliche Datei: entfernen Sie sie",
    ),
    "is a socket, not a file: remove it": (
        "est un socket, pas un fichier\u00a0: supprimez-le",
        "è un socket, non un file: rimuovetelo",
        "ist ein Socket, keine Datei: entfernen Sie ihn",
    ),
    "is a symbolic link": (
        "est un lien symbolique",
        "è un link simbolico",
        "ist ein symbolischer Link",
    ),
    "is not a regular file: remove it": (
        "n'est pas un fichier ordinaire\u00a0: supprimez-le",
        "non è un file normale: rimuovetelo",
        "ist keine gewöhnliche Datei: entfernen Sie sie",
    ),
    # guard.link_refusal: a link inside the site, or one that leads out of it
    "is a symbolic link (to {target}): Pacte never follows a link, even one that "
    "stays in the site; put the file itself here": (
        "est un lien symbolique (vers {target})\u00a0: Pacte ne suit jamais un lien, même "
        "un lien qui reste dans le site\u00a0; mettez ici le fichier lui-même",
        "è un link simbolico (verso {target}): Pacte non segue mai un link, nemmeno uno che "
        "resta nel sito; mettete qui il file stesso",
        "ist ein symbolischer Link (auf {target}): Pacte folgt nie einem Link, auch keinem, "
        "der innerhalb der Website bleibt; legen Sie hier die Datei selbst ab",
    ),
    "is a symbolic link (to {target}): Pacte never follows a link, even one that "
    "stays in the site; put the folder itself here": (
        "est un lien symbolique (vers {target})\u00a0: Pacte ne suit jamais un lien, même "
        "un lien qui reste dans le site\u00a0; mettez ici le dossier lui-même",
        "è un link simbolico (verso {target}): Pacte non segue mai un link, nemmeno uno che "
        "resta nel sito; mettete qui la cartella stessa",
        "ist ein symbolischer Link (auf {target}): Pacte folgt nie einem Link, auch keinem, "
        "der innerhalb der Website bleibt; legen Sie hier den Ordner selbst an",
    ),
    "is a symbolic link to {target}, outside the site: Pacte never follows a link "
    "out of the site; put the file itself here": (
        "est un lien symbolique vers {target}, hors du site\u00a0: Pacte ne suit jamais un "
        "lien qui sort du site\u00a0; mettez ici le fichier lui-même",
        "è un link simbolico verso {target}, fuori dal sito: Pacte non segue mai un link che "
        "esce dal sito; mettete qui il file stesso",
        "ist ein symbolischer Link auf {target}, außerhalb der Website: Pacte folgt nie "
        "einem Link aus der Website hinaus; legen Sie hier die Datei selbst ab",
    ),
    "is a symbolic link to {target}, outside the site: Pacte never follows a link "
    "out of the site; put the folder itself here": (
        "est un lien symbolique vers {target}, hors du site\u00a0: Pacte ne suit jamais un "
        "lien qui sort du site\u00a0; mettez ici le dossier lui-même",
        "è un link simbolico verso {target}, fuori dal sito: Pacte non segue mai un link che "
        "esce dal sito; mettete qui la cartella stessa",
        "ist ein symbolischer Link auf {target}, außerhalb der Website: Pacte folgt nie "
        "einem Link aus der Website hinaus; legen Sie hier den Ordner selbst an",
    ),
    # guard._parts
    "is not a path inside the site": (
        "n'est pas un chemin à l'intérieur du site",
        "non è un percorso all'interno del sito",
        "ist kein Pfad innerhalb der Website",
    ),
    # guard._os_refusal, _unwritable, read_input, source_tree: what the system answered
    "does not exist": ("n'existe pas", "non esiste", "existiert nicht"),
    "is not in a folder (a file stands where a folder is)": (
        "n'est pas dans un dossier (un fichier se trouve là où devrait être un dossier)",
        "non si trova in una cartella (al posto di una cartella c'è un file)",
        "liegt nicht in einem Ordner (wo ein Ordner sein sollte, steht eine Datei)",
    ),
    "cannot be read: {reason}": (
        "ne peut pas être lu\u00a0: {reason}",
        "non si può leggere: {reason}",
        "kann nicht gelesen werden: {reason}",
    ),
    "cannot be written: {reason}": (
        "ne peut pas être écrit\u00a0: {reason}",
        "non si può scrivere: {reason}",
        "kann nicht geschrieben werden: {reason}",
    ),
    # guard._subfolder, _read_source_checked: a folder on the way to the file
    "cannot be written in {where}/: {reason}": (
        "ne peut pas être écrit dans {where}/\u00a0: {reason}",
        "non si può scrivere in {where}/: {reason}",
        "kann nicht in {where}/ geschrieben werden: {reason}",
    ),
    "is in {where}/, which {predicate}": (
        "est dans {where}/, qui {predicate}",
        "si trova in {where}/, che {predicate}",
        "liegt in {where}/; dieser Ordner {predicate}",
    ),
    "is in {where}, which is not a folder": (
        "est dans {where}, qui n'est pas un dossier",
        "si trova in {where}, che non è una cartella",
        "liegt in {where}, das kein Ordner ist",
    ),
    "is in {where}, which cannot be opened as a folder ({reason})": (
        "est dans {where}, qui ne peut pas être ouvert comme dossier ({reason})",
        "si trova in {where}, che non si può aprire come cartella ({reason})",
        "liegt in {where}, das sich nicht als Ordner öffnen lässt ({reason})",
    ),
    # guard._open_for_writing, _write_checked: never written through a link
    "is a symbolic link (to {target}): Pacte never writes through a link; remove it": (
        "est un lien symbolique (vers {target})\u00a0: Pacte n'écrit jamais à travers un "
        "lien\u00a0; supprimez-le",
        "è un link simbolico (verso {target}): Pacte non scrive mai attraverso un link; "
        "rimuovetelo",
        "ist ein symbolischer Link (auf {target}): Pacte schreibt nie durch einen Link; "
        "entfernen Sie ihn",
    ),
    "is a symbolic link: Pacte never writes through a link": (
        "est un lien symbolique\u00a0: Pacte n'écrit jamais à travers un lien",
        "è un link simbolico: Pacte non scrive mai attraverso un link",
        "ist ein symbolischer Link: Pacte schreibt nie durch einen Link",
    ),
    "is in {where}/, a symbolic link: Pacte never writes through a link": (
        "est dans {where}/, un lien symbolique\u00a0: Pacte n'écrit jamais à travers un lien",
        "si trova in {where}/, un link simbolico: Pacte non scrive mai attraverso un link",
        "liegt in {where}/, einem symbolischen Link: Pacte schreibt nie durch einen Link",
    ),
    "already exists": ("existe déjà", "esiste già", "existiert bereits"),
    "is not a regular file": (
        "n'est pas un fichier ordinaire",
        "non è un file normale",
        "ist keine gewöhnliche Datei",
    ),
    # sources.decode
    "this file is not UTF-8 text (byte 0x{byte:02x} cannot be read); "
    "save it again as UTF-8 in your editor": (
        "ce fichier n'est pas du texte UTF-8 (l'octet 0x{byte:02x} est illisible)\u00a0; "
        "enregistrez-le de nouveau en UTF-8 dans votre éditeur",
        "questo file non è testo UTF-8 (il byte 0x{byte:02x} non è leggibile); salvatelo di "
        "nuovo in UTF-8 nel vostro editor",
        "diese Datei ist kein UTF-8-Text (das Byte 0x{byte:02x} kann nicht gelesen werden); "
        "speichern Sie sie in Ihrem Editor erneut als UTF-8",
    ),
    # sources.compose: libyaml's words, said plainly
    "a ':' followed by a space cannot be here": (
        "un ':' suivi d'une espace ne peut pas se trouver ici",
        "un ':' seguito da uno spazio non può trovarsi qui",
        "ein ':' mit folgendem Leerzeichen darf hier nicht stehen",
    ),
    "the text ends before what was opened is closed": (
        "le texte se termine avant que ce qui a été ouvert soit fermé",
        "il testo finisce prima che ciò che è stato aperto sia chiuso",
        "der Text endet, bevor das Geöffnete geschlossen ist",
    ),
    "a character that cannot start a value": (
        "un caractère qui ne peut pas commencer une valeur",
        "un carattere che non può iniziare un valore",
        "ein Zeichen, mit dem kein Wert beginnen kann",
    ),
    "a tab where the indentation should be": (
        "une tabulation à la place de l'indentation",
        "una tabulazione al posto del rientro",
        "ein Tabulator, wo die Einrückung stehen sollte",
    ),
    "a ':' is missing after a key": (
        "il manque un ':' après une clé",
        "manca un ':' dopo una chiave",
        "nach einem Schlüssel fehlt ein ':'",
    ),
    "a line is not indented like the keys around it": (
        "une ligne n'est pas indentée comme les clés qui l'entourent",
        "una riga non è rientrata come le chiavi intorno",
        "eine Zeile ist nicht wie die Schlüssel um sie herum eingerückt",
    ),
    "a line is not indented like the items of its list ('- ')": (
        "une ligne n'est pas indentée comme les éléments de sa liste ('- ')",
        "una riga non è rientrata come gli elementi della sua lista ('- ')",
        "eine Zeile ist nicht wie die Einträge ihrer Liste ('- ') eingerückt",
    ),
    "a ',' or a ']' is missing in a list in brackets": (
        "il manque une ',' ou un ']' dans une liste entre crochets",
        "manca una ',' o una ']' in una lista tra parentesi quadre",
        "in einer Liste in eckigen Klammern fehlt ein ',' oder ein ']'",
    ),
    "a ',' or a '}}' is missing between braces": (
        "il manque une ',' ou une '}}' entre accolades",
        "manca una ',' o una '}}' tra parentesi graffe",
        "zwischen geschweiften Klammern fehlt ein ',' oder ein '}}'",
    ),
    "a value is missing": (
        "une valeur manque",
        "manca un valore",
        "ein Wert fehlt",
    ),
    "an unknown escape with '\\' in a text in double quotes": (
        "un échappement inconnu avec '\\' dans un texte entre guillemets doubles",
        "un escape sconosciuto con '\\' in un testo tra virgolette doppie",
        "eine unbekannte Maskierung mit '\\' in einem Text in doppelten Anführungszeichen",
    ),
    "something follows a value on its line": (
        "quelque chose suit une valeur sur sa ligne",
        "qualcosa segue un valore sulla sua riga",
        "auf einen Wert folgt etwas in derselben Zeile",
    ),
    "a line '---' or '...' inside a value": (
        "une ligne '---' ou '...' au milieu d'une valeur",
        "una riga '---' o '...' dentro un valore",
        "eine Zeile '---' oder '...' mitten in einem Wert",
    ),
    "a text in quotes": (
        "un texte entre guillemets",
        "un testo tra virgolette",
        "ein Text in Anführungszeichen",
    ),
    "a key": (
        "une clé",
        "una chiave",
        "ein Schlüssel",
    ),
    "a group of keys": (
        "un groupe de clés",
        "un gruppo di chiavi",
        "eine Gruppe von Schlüsseln",
    ),
    "a list": (
        "une liste",
        "una lista",
        "eine Liste",
    ),
    "a list in brackets": (
        "une liste entre crochets",
        "una lista tra parentesi quadre",
        "eine Liste in eckigen Klammern",
    ),
    "keys between braces": (
        "des clés entre accolades",
        "chiavi tra parentesi graffe",
        "Schlüssel in geschweiften Klammern",
    ),
    "a value": (
        "une valeur",
        "un valore",
        "ein Wert",
    ),
    "a text block ('|' or '>')": (
        "un bloc de texte ('|' ou '>')",
        "un blocco di testo ('|' o '>')",
        "ein Textblock ('|' oder '>')",
    ),
    # sources.split_front_matter
    "a version file must start with a line '---', then its front matter "
    "(title, status, parties...), then another line '---'": (
        "un fichier de version doit commencer par une ligne '---', puis son en-tête "
        "(title, status, parties...), puis une autre ligne '---'",
        "un file di versione deve iniziare con una riga '---', poi la sua intestazione "
        "(title, status, parties...), poi un'altra riga '---'",
        "die Datei einer Fassung muss mit einer Zeile '---' beginnen, dann folgt ihr "
        "YAML-Kopf (title, status, parties...), dann eine weitere Zeile '---'",
    ),
    "a translation must start with a line '---', then its front matter (title, lang...), "
    "then another line '---'": (
        "une traduction doit commencer par une ligne '---', puis son en-tête (title, lang...), "
        "puis une autre ligne '---'",
        "una traduzione deve iniziare con una riga '---', poi la sua intestazione (title, "
        "lang...), poi un'altra riga '---'",
        "eine Übersetzung muss mit einer Zeile '---' beginnen, dann folgt ihr YAML-Kopf "
        "(title, lang...), dann eine weitere Zeile '---'",
    ),
    "the front matter opened on line 1 is never closed: add a line '---' after it": (
        "l'en-tête ouvert à la ligne 1 n'est jamais fermé\u00a0: ajoutez une ligne '---' à sa fin",
        "l'intestazione aperta alla riga 1 non viene mai chiusa: aggiungete una riga '---' "
        "dopo di essa",
        "der in Zeile 1 geöffnete YAML-Kopf wird nie geschlossen: fügen Sie danach eine "
        "Zeile '---' ein",
    ),
    # sources.compose: YAML that cannot be read ({what}: PyYAML's own words), and a hint
    "YAML cannot be read: {what}": (
        "le YAML ne peut pas être lu\u00a0: {what}",
        "YAML illeggibile: {what}",
        "YAML kann nicht gelesen werden: {what}",
    ),
    "invalid YAML": ("YAML non valide", "YAML non valido", "ungültiges YAML"),
    " (use spaces, not tabs, to indent)": (
        " (indentez avec des espaces, pas des tabulations)",
        " (rientrate con spazi, non con tabulazioni)",
        " (rücken Sie mit Leerzeichen ein, nicht mit Tabulatoren)",
    ),
    " (a value that contains ': ' must be put in quotes)": (
        " (une valeur qui contient ': ' doit être mise entre guillemets)",
        " (un valore che contiene ': ' va messo tra virgolette)",
        " (ein Wert, der ': ' enthält, muss in Anführungszeichen stehen)",
    ),
    " ({context} that starts on line {line}, column {column})": (
        " ({context} qui commence à la ligne {line}, colonne {column})",
        " ({context} che inizia alla riga {line}, colonna {column})",
        " ({context}, ab Zeile {line}, Spalte {column})",
    ),
    # sources.TOO_DEEP (compose, _too_deep)
    "this YAML is nested too deeply (lists within lists...): write it flatter": (
        "ce YAML est imbriqué trop profondément (des listes dans des listes...)\u00a0: "
        "écrivez-le plus à plat",
        "questo YAML è annidato troppo in profondità (liste dentro liste...): scrivetelo in "
        "modo più piatto",
        "dieses YAML ist zu tief verschachtelt (Listen in Listen...): schreiben Sie es flacher",
    ),
    # sources._odd_line_break
    "an invisible line separator ({character}) is here, "
    "often pasted from another document: delete it": (
        "un séparateur de ligne invisible ({character}) se trouve ici, souvent collé depuis "
        "un autre document\u00a0: supprimez-le",
        "qui c'è un separatore di riga invisibile ({character}), spesso incollato da un "
        "altro documento: eliminatelo",
        "hier steht ein unsichtbares Zeilentrennzeichen ({character}), oft aus einem "
        "anderen Dokument eingefügt: löschen Sie es",
    ),
    # sources.check_tree
    "YAML anchors and aliases (& and *) are not accepted here: write the value out in full": (
        "les ancres et alias YAML (& et *) ne sont pas acceptés ici\u00a0: écrivez la "
        "valeur en entier",
        "ancore e alias YAML (& e *) non sono accettati qui: scrivete il valore per intero",
        "YAML-Anker und -Aliase (& und *) sind hier nicht zulässig: schreiben Sie den Wert "
        "vollständig aus",
    ),
    "this YAML has more than {count} values: split it": (
        "ce YAML a plus de {count} valeurs\u00a0: scindez-le",
        "questo YAML ha più di {count} valori: dividetelo",
        "dieses YAML hat mehr als {count} Werte: teilen Sie es auf",
    ),
    "the YAML tag {tag!r} is not accepted: remove it and write plain text": (
        "l'étiquette YAML {tag!r} n'est pas acceptée\u00a0: retirez-la et écrivez du texte simple",
        "il tag YAML {tag!r} non è accettato: rimuovetelo e scrivete testo semplice",
        "das YAML-Tag {tag!r} ist nicht zulässig: entfernen Sie es und schreiben Sie "
        "einfachen Text",
    ),
    # values.mapping
    "{what} must be a set of 'key: value' lines": (
        "{what} doit être une suite de lignes 'clé: valeur'",
        "{what} deve essere una serie di righe 'chiave: valore'",
        "{what} muss aus Zeilen 'Schlüssel: Wert' bestehen",
    ),
    "a key must be a plain word": (
        "une clé doit être un simple mot",
        "una chiave deve essere una semplice parola",
        "ein Schlüssel muss ein einfaches Wort sein",
    ),
    "unknown key {key!r} in {what}": (
        "clé inconnue {key!r} dans {what}",
        "{what}: chiave sconosciuta {key!r}",
        "{what}: unbekannter Schlüssel {key!r}",
    ),
    "the key {key!r} is written twice in {what}": (
        "la clé {key!r} est écrite deux fois dans {what}",
        "{what}: la chiave {key!r} è scritta due volte",
        "{what}: der Schlüssel {key!r} steht zweimal",
    ),
    # values.require
    "{what} has no {key!r}: add it": (
        "{what} n'a pas de clé {key!r}\u00a0: ajoutez-la",
        "{what} non ha la chiave {key!r}: aggiungetela",
        "{what} hat keinen Schlüssel {key!r}: fügen Sie ihn hinzu",
    ),
    # values.text: {kind} says what YAML took a value for
    "{what} must be text, not a list or a mapping": (
        "{what} doit être du texte, pas une liste ni des lignes 'clé: valeur'",
        "{what} deve essere un testo, non una lista né righe 'chiave: valore'",
        "{what} muss Text sein, keine Liste und keine Zeilen 'Schlüssel: Wert'",
    ),
    '{what}: YAML reads {value!r} as {kind}; put it in quotes: "{value}"': (
        "{what}\u00a0: YAML lit {value!r} comme {kind}\u00a0; mettez-le entre "
        'guillemets\u00a0: "{value}"',
        '{what}: YAML legge {value!r} come {kind}; mettetelo tra virgolette: "{value}"',
        '{what}: YAML liest {value!r} als {kind}; setzen Sie es in Anführungszeichen: "{value}"',
    ),
    "a yes/no value": ("une valeur oui/non", "un valore sì/no", "Ja/Nein-Wert"),
    "a number": ("un nombre", "un numero", "Zahl"),
    "a date": ("une date", "una data", "Datum"),
    "{what} is empty": ("{what} est vide", "{what}: manca il valore", "{what} ist leer"),
    "{what} holds U+{code:04X}, half of a character (a lone surrogate, written "
    "with a YAML escape \\u....), which no file can hold: remove it": (
        "{what} contient U+{code:04X}, une moitié de caractère (un substitut isolé, écrit "
        "avec un échappement YAML \\u....), qu'aucun fichier ne peut contenir\u00a0: "
        "retirez-la",
        "{what} contiene U+{code:04X}, metà di un carattere (un surrogato isolato, scritto "
        "con un escape YAML \\u....), che nessun file può contenere: rimuovetelo",
        "{what} enthält U+{code:04X}, die Hälfte eines Zeichens (ein einzelnes Surrogat, "
        "mit einem YAML-Escape \\u.... geschrieben), die keine Datei enthalten kann: "
        "entfernen Sie sie",
    ),
    # values.slug
    "{what} {value!r} must be lowercase letters, digits and single hyphens "
    "(for example 'canton-valais')": (
        "{what} {value!r} ne doit contenir que des lettres minuscules sans accent, des "
        "chiffres et des tirets simples (par exemple 'canton-valais')",
        "{what} {value!r} deve contenere solo lettere minuscole senza accenti, cifre e "
        "trattini singoli (per esempio 'canton-valais')",
        "{what} {value!r} darf nur Kleinbuchstaben ohne Akzente und Umlaute, Ziffern und "
        "einzelne Bindestriche enthalten (zum Beispiel 'canton-valais')",
    ),
    # values.date
    "{what} must be a date written YYYY-MM-DD, not 'this value'": (
        "{what} doit être une date écrite AAAA-MM-JJ, et non cette valeur",
        "{what} deve essere una data scritta AAAA-MM-GG, non questo valore",
        "{what} muss ein Datum der Form JJJJ-MM-TT sein, nicht dieser Wert",
    ),
    "{what} must be a date written YYYY-MM-DD, not {value!r}": (
        "{what} doit être une date écrite AAAA-MM-JJ, et non {value!r}",
        "{what} deve essere una data scritta AAAA-MM-GG, non {value!r}",
        "{what} muss ein Datum der Form JJJJ-MM-TT sein, nicht {value!r}",
    ),
    "{what}: {value!r} is not a real date": (
        "{what}\u00a0: {value!r} n'est pas une date qui existe",
        "{what}: {value!r} non è una data esistente",
        "{what}: {value!r} ist kein existierendes Datum",
    ),
    # values.count
    "{what} must be a whole number such as 3, not 'this value'": (
        "{what} doit être un nombre entier comme 3, et non cette valeur",
        "{what} deve essere un numero intero come 3, non questo valore",
        "{what} muss eine ganze Zahl wie 3 sein, nicht dieser Wert",
    ),
    "{what} must be a whole number such as 3, not {value!r}": (
        "{what} doit être un nombre entier comme 3, et non {value!r}",
        "{what} deve essere un numero intero come 3, non {value!r}",
        "{what} muss eine ganze Zahl wie 3 sein, nicht {value!r}",
    ),
    "{what} must be written in digits, such as 3": (
        "{what} doit s'écrire en chiffres, comme 3",
        "{what} si scrive in cifre, come 3",
        "{what} muss in Ziffern geschrieben werden, wie 3",
    ),
    "{what} cannot be below zero, not {value}": (
        "{what} doit valoir zéro ou plus, et non {value}",
        "{what} deve valere zero o più, non {value}",
        "{what} muss null oder mehr sein, nicht {value}",
    ),
    # values.choice, flag, lang, items
    "{what} {value!r} is not allowed": (
        "{what} {value!r} n'est pas une valeur permise",
        "{what} {value!r} non è un valore ammesso",
        "{what} {value!r} ist kein zulässiger Wert",
    ),
    "{what} must be true or false": (
        "{what} doit valoir true ou false",
        "{what} deve valere true o false",
        "{what} muss true oder false sein",
    ),
    "{what} {value!r} is not a language code such as 'fr' or 'it'": (
        "{what} {value!r} n'est pas un code de langue comme 'fr' ou 'it'",
        "{what} {value!r} non è un codice di lingua come 'fr' o 'it'",
        "{what} {value!r} ist kein Sprachcode wie 'fr' oder 'it'",
    ),
    "{what} must be a list (lines starting with '- ')": (
        "{what} doit être une liste (des lignes qui commencent par '- ')",
        "{what} deve essere una lista (righe che iniziano con '- ')",
        "{what} muss eine Liste sein (Zeilen, die mit '- ' beginnen)",
    ),
    # values.signed_copy
    "'signed_copy: sha256' must be the 64 hexadecimal digits of the PDF's SHA-256, "
    "not {count} character(s) {start!r}{more}: "
    "print the line to paste with `pacte pin` and the PDF's path": (
        "'signed_copy: sha256' doit être les 64 chiffres hexadécimaux du SHA-256 du PDF, "
        "et non {count} caractère(s) {start!r}{more}\u00a0: obtenez la ligne à coller avec "
        "`pacte pin` suivi du chemin du PDF",
        "'signed_copy: sha256' deve contenere le 64 cifre esadecimali dello SHA-256 del PDF, "
        "non {count} carattere/i {start!r}{more}: la riga da incollare si ottiene con "
        "`pacte pin` seguito dal percorso del PDF",
        "'signed_copy: sha256' muss aus den 64 Hexadezimalziffern des SHA-256 des PDF "
        "bestehen, nicht aus {count} Zeichen {start!r}{more}: die einzufügende Zeile gibt "
        "`pacte pin` mit dem Pfad des PDF aus",
    ),
    # vocabulary.did_you_mean: the hint after a misspelt word
    " (did you mean {word!r}?)": (
        " (vouliez-vous dire {word!r}\u00a0?)",
        " (forse {word!r}?)",
        " (meinten Sie {word!r}?)",
    ),
    " (expected one of: {choices})": (
        " (au choix\u00a0: {choices})",
        " (a scelta tra: {choices})",
        " (zur Auswahl: {choices})",
    ),
    # vocabulary.shortened
    ", … ({count} in all)": (
        ", … ({count} en tout)",
        ", … ({count} in tutto)",
        ", … (insgesamt {count})",
    ),
    # vocabulary.reserved
    "{name!r} cannot be used as {what}: the site already has a page of that name "
    "(the list or the document's own page), which it would replace; choose another": (
        "{name!r} ne peut pas être utilisé comme {what}\u00a0: le site a déjà une page de "
        "ce nom (la liste ou la page propre du document), qu'il remplacerait\u00a0; "
        "choisissez-en un autre",
        "{name!r} non può essere usato come {what}: il sito ha già una pagina con questo "
        "nome (l'elenco o la pagina del documento stesso), che verrebbe sostituita; "
        "sceglietene un altro",
        "{name!r} kann nicht als {what} verwendet werden: die Website hat bereits eine "
        "Seite dieses Namens (die Liste oder die eigene Seite des Dokuments), die dadurch "
        "ersetzt würde; wählen Sie einen anderen",
    ),
}
