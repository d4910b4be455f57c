"""Generate a large, valid Pacte site for benchmarks: members, charters, conventions, mkdocs.yml.

    python scripts/gen_corpus.py OUT --versions 1000 --members 300 [--seed 0]
    python scripts/gen_corpus.py OUT --versions 1000 --members 300 --plain OUT-PLAIN

The corpus is deterministic for a given seed and checks clean with
``PACTE_TODAY=2026-11-22 pacte validate`` (no error, no warning, no notice): versions
in force run past that date and their commitments past due are done or dropped.

``make_plain_twin`` writes the same content as a plain Material site (one page per
version, the listing pages written out, no pacte plugin): the baseline of the build
benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TODAY = dt.date(2026, 11, 22)  # the date the corpus is valid against (PACTE_TODAY)
SITE_NAME = "Réseau romand des solidarités"
LISTING_PAGES: tuple[tuple[str, str], ...] = (
    ("Accueil", "index.md"),
    ("Chartes", "charters/index.md"),
    ("Conventions", "conventions/index.md"),
    ("Membres", "members/index.md"),
    ("Engagements", "commitments/index.md"),
)

# --- vocabulary -----------------------------------------------------------------------

# region, the authority that governs it, its places
REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Valais", "Canton du Valais", ("Sion", "Sierre", "Martigny", "Monthey", "Brigue", "Viège")),
    ("Vaud", "Canton de Vaud", ("Lausanne", "Yverdon-les-Bains", "Nyon", "Vevey", "Morges")),
    ("Genève", "République et canton de Genève", ("Genève", "Carouge", "Vernier", "Meyrin")),
    ("Fribourg", "Canton de Fribourg", ("Fribourg", "Bulle", "Morat", "Romont")),
    ("Neuchâtel", "République et canton de Neuchâtel", ("Neuchâtel", "La Chaux-de-Fonds")),
    ("Jura", "République et canton du Jura", ("Delémont", "Porrentruy", "Saignelégier")),
    ("Pas-de-Calais", "Département du Pas-de-Calais", ("Arras", "Lens", "Calais", "Béthune")),
    ("Nord", "Département du Nord", ("Lille", "Roubaix", "Dunkerque", "Valenciennes")),
    ("Savoie", "Département de la Savoie", ("Chambéry", "Albertville", "Aix-les-Bains")),
    ("Haute-Savoie", "Département de la Haute-Savoie", ("Annecy", "Thonon-les-Bains")),
    ("Ain", "Département de l'Ain", ("Bourg-en-Bresse", "Oyonnax", "Belley")),
)
ASSOCIATIONS = (
    "des jardins partagés",
    "d'aide et de soins à domicile",
    "pour l'insertion professionnelle",
    "des parents d'élèves",
    "de soutien aux proches aidants",
    "des locataires",
    "d'accueil des personnes migrantes",
    "pour le logement des jeunes",
    "des amis de la bibliothèque",
    "de prévention des addictions",
)
COOPERATIVES = ("d'habitation", "agricole", "de services à la personne", "d'activités et d'emploi")
INSTITUTIONS = (
    "Centre médico-social",
    "Haute école de travail social",
    "Centre hospitalier",
    "Bibliothèque municipale",
    "Maison de quartier",
    "Centre d'information et d'orientation",
)
SERVICES = (
    "de l'action sociale",
    "de la santé publique",
    "de l'enseignement obligatoire",
    "de la culture",
    "de l'environnement",
    "de l'emploi",
)
FOUNDERS = ("Pestalozzi", "Dunant", "Zanetti", "Moret", "Favre", "Rochat", "Bonvin", "Lachat")
CAUSES = ("l'enfance", "la recherche en soins", "l'accès à la culture", "la vie autonome")
FIRST_NAMES = (
    "Marie", "Jean", "Nathalie", "Pierre", "Sophie", "Luc", "Claire", "Thomas", "Isabelle",
    "Nicolas", "Anne", "Julien", "Valérie", "Olivier", "Céline", "Laurent", "Chiara", "Marco",
)  # fmt: skip
LAST_NAMES = (
    "Dupont", "Favre", "Rochat", "Bonvin", "Moret", "Lachat", "Fournier", "Perrin", "Girard",
    "Zanetti", "Rossi", "Crettaz", "Métrailler", "Dubois", "Morel", "Gay", "Schmid", "Roux",
)  # fmt: skip
FUNCTIONS = (
    "présidente", "président", "directrice", "directeur", "syndique", "maire",
    "conseillère d'État", "secrétaire générale",
)  # fmt: skip

# label, phrase that qualifies a document, slug
THEMES: tuple[tuple[str, str, str], ...] = (
    ("inclusion numérique", "pour l'inclusion numérique", "inclusion-numerique"),
    ("logement", "pour l'accès au logement", "logement"),
    ("insertion professionnelle", "en faveur de l'insertion professionnelle", "insertion"),
    ("santé", "pour la promotion de la santé", "sante"),
    ("petite enfance", "pour l'accueil de la petite enfance", "petite-enfance"),
    ("proches aidants", "de soutien aux proches aidants", "proches-aidants"),
    ("culture", "pour l'accès à la culture", "culture"),
    ("transition écologique", "pour la transition écologique", "transition-ecologique"),
    ("mobilité", "pour la mobilité douce", "mobilite"),
    ("alimentation", "pour une alimentation durable", "alimentation"),
    ("jeunesse", "en faveur de la jeunesse", "jeunesse"),
    ("migration", "pour l'accueil des personnes migrantes", "migration"),
    ("personnes âgées", "pour le maintien à domicile des personnes âgées", "personnes-agees"),
    ("handicap", "pour l'inclusion des personnes en situation de handicap", "handicap"),
    ("pauvreté", "de lutte contre la pauvreté", "pauvrete"),
)
CHARTER_KINDS = ("Charte de collaboration", "Charte éthique", "Charte d'engagement", "Charte")
CONVENTION_KINDS = (
    "Convention de partenariat",
    "Convention d'objectifs",
    "Convention de collaboration",
    "Convention triennale",
    "Convention-cadre",
)

# Article titles in the order they appear in a text; sentences use {a}, {b}, {theme},
# {region}, {start}, {end}, {n}, {days}, {amount}.
ARTICLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Objet", (
        "Le présent texte organise la coopération entre {a} et {b} {theme}.",
        "Il précise les objectifs communs, les moyens engagés et la manière dont les parties "
        "rendent compte de leur action sur le territoire de {region}.",
        "Les parties entendent mieux coordonner leurs interventions au bénéfice des personnes "
        "qu'elles accompagnent.",
        "Il prend la suite des collaborations engagées depuis plusieurs années entre les "
        "signataires.",
    )),
    ("Principes communs", (
        "Les parties agissent dans le respect de l'autonomie de chacune et de la dignité des "
        "personnes accompagnées.",
        "Elles privilégient le dialogue, la transparence et la recherche de solutions "
        "partagées.",
        "Aucune partie ne peut engager une autre sans son accord écrit.",
    )),
    ("Engagements des parties", (
        "Chaque partie désigne une personne de référence chargée du suivi du partenariat.",
        "{a} met à disposition ses compétences et son réseau pour la réalisation des actions "
        "prévues.",
        "{b} s'engage à informer sans délai les autres parties de toute difficulté "
        "rencontrée.",
        "Les parties se réunissent au moins {n} fois par an pour faire le point sur les "
        "actions en cours.",
    )),
    ("Actions prévues", (
        "Les actions sont décrites dans un programme annuel adopté par le comité de pilotage.",
        "Elles visent en priorité les publics les plus éloignés des dispositifs existants.",
        "Chaque action fait l'objet d'une fiche précisant son calendrier et ses indicateurs.",
    )),
    ("Gouvernance", (
        "Un comité de pilotage réunit un représentant de chaque partie.",
        "Il se réunit au moins {n} fois par an, sur convocation de sa présidence.",
        "Ses décisions sont prises par consensus ; à défaut, à la majorité des parties "
        "présentes.",
        "Le secrétariat du comité est assuré à tour de rôle par les parties.",
    )),
    ("Financement", (
        "{a} verse une contribution annuelle de {amount} francs pour la coordination des "
        "actions.",
        "Le versement intervient dans les {days} jours suivant la présentation du programme "
        "annuel.",
        "Les autres parties contribuent en nature, par la mise à disposition de personnel et "
        "de locaux.",
        "Toute contribution supplémentaire fait l'objet d'un avenant.",
    )),
    ("Mise à disposition de moyens", (
        "{b} met à disposition des locaux adaptés à l'accueil du public.",
        "Les frais de fonctionnement courant restent à la charge de la partie qui les "
        "engage.",
        "Le matériel acquis en commun reste la propriété de la partie qui l'a financé.",
    )),
    ("Échange d'informations", (
        "Les parties échangent les informations utiles à la conduite des actions communes.",
        "Elles se transmettent chaque année leurs rapports d'activité.",
        "Les informations relatives aux personnes ne sont échangées qu'avec leur accord.",
    )),
    ("Protection des données", (
        "Les parties traitent les données personnelles conformément à la législation "
        "applicable.",
        "Seules les données strictement nécessaires aux actions sont collectées.",
        "Elles sont conservées au plus {n} ans après la fin des actions, puis détruites.",
    )),
    ("Communication", (
        "Les parties mentionnent leur partenariat dans toute communication relative aux "
        "actions communes.",
        "Les logos des parties figurent sur les supports produits dans le cadre du présent "
        "texte.",
        "Toute prise de parole publique au nom du partenariat est concertée.",
    )),
    ("Évaluation", (
        "Les actions font l'objet d'une évaluation annuelle présentée au comité de pilotage.",
        "Un bilan d'ensemble est établi au terme de la période {start}-{end}.",
        "Les personnes concernées sont associées à l'évaluation des actions.",
        "Les indicateurs retenus figurent en annexe.",
    )),
    ("Confidentialité", (
        "Les parties s'engagent à garder confidentielles les informations qu'elles "
        "échangent.",
        "Cette obligation demeure {n} ans après la fin du présent texte.",
    )),
    ("Modification", (
        "Le présent texte peut être modifié par avenant signé de toutes les parties.",
        "Toute demande de modification est adressée par écrit aux autres parties.",
    )),
    ("Durée et entrée en vigueur", (
        "Le présent texte entre en vigueur le 1er janvier {start}.",
        "Il est conclu pour la période {start}-{end}.",
        "Il peut être renouvelé par un nouveau texte adopté avant son échéance.",
    )),
    ("Résiliation", (
        "Chaque partie peut se retirer moyennant un préavis de {days} jours adressé par "
        "écrit aux autres parties.",
        "Le retrait d'une partie ne met pas fin au texte entre les autres parties.",
        "En cas de manquement grave, le comité de pilotage peut prononcer l'exclusion d'une "
        "partie.",
    )),
    ("Règlement des litiges", (
        "Les parties recherchent une solution amiable à tout différend.",
        "À défaut d'accord dans un délai de {days} jours, le litige est porté devant la "
        "juridiction compétente de {region}.",
    )),
)  # fmt: skip
FIRST_ARTICLE = 0
LAST_ARTICLE = 13  # "Durée et entrée en vigueur"

# id, text of a commitment
COMMITMENTS: tuple[tuple[str, str], ...] = (
    ("comite-pilotage", "Réunir le comité de pilotage au moins {n} fois par an"),
    ("rapport-activite", "Transmettre un rapport d'activité annuel aux autres parties"),
    ("locaux", "Mettre à disposition un local pour les permanences"),
    ("financement", "Verser une contribution annuelle de {amount} francs"),
    ("journee-echange", "Organiser une journée d'échange de pratiques par an"),
    ("referent", "Désigner une personne de référence pour le partenariat"),
    ("bilan", "Publier un bilan commun à mi-parcours"),
    ("formation", "Former les équipes concernées {theme}"),
    ("donnees", "Partager des données statistiques anonymisées chaque semestre"),
    ("evaluation", "Évaluer les actions avec les personnes concernées"),
    ("communication", "Relayer les actions communes dans ses publications"),
    ("stages", "Accueillir des stagiaires des organisations partenaires"),
    ("guichet", "Ouvrir un guichet commun d'information au public"),
    ("annuaire", "Tenir à jour l'annuaire des ressources du réseau"),
)

SUMMARIES = (
    "Ce texte organise la coopération entre {a} et {b} {theme} sur le territoire de {region}. "
    "Il fixe les engagements de chaque partie, la gouvernance commune et les modalités "
    "d'évaluation.",
    "Les signataires s'accordent sur des objectifs communs {theme} et sur les moyens qu'ils y "
    "consacrent pour la période {start}-{end}.",
    "{a} et ses partenaires définissent les principes de leur collaboration {theme} et la "
    "manière d'en rendre compte aux habitants de {region}.",
)

_STOP_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "pour", "aux", "et", "a", "en"}
_PLAIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿŒœ][^\n:#\"]*$")
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def slugify(text: str, limit: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[^a-z0-9]+", ascii_text.lower()) if w]
    return "-".join([w for w in words if w not in _STOP_WORDS][:limit])


def scalar(text: str) -> str:
    """A YAML scalar for a text: plain when YAML reads it back as that text, else quoted."""
    if _PLAIN.match(text) and text.lower() not in _YAML_WORDS and text == text.strip():
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    taken.add(candidate)
    return candidate


# --- members --------------------------------------------------------------------------


@dataclass
class Member:
    id: str
    name: str
    kind: str
    region: str
    short: str | None = None
    website: str | None = None
    parent: str | None = None


def make_members(rng: random.Random, count: int) -> list[Member]:
    """Regional authorities first (they are parents of their services), then the others."""
    members: list[Member] = []
    taken: set[str] = set()
    authority: dict[str, str] = {}
    for region, name, _places in REGIONS[: max(1, min(len(REGIONS), count // 10))]:
        kind = "canton" if "anton" in name else "département"
        member = Member(_unique(slugify(name), taken), name, kind, region)
        member.website = f"https://www.{slugify(region)}.example.org"
        members.append(member)
        authority[region] = member.id
    while len(members) < count:
        region, authority_name, places = rng.choice(REGIONS)
        place = rng.choice(places)
        parent = None
        short = None
        roll = rng.random()
        if roll < 0.18:
            kind, name = "commune", f"Commune de {place}"
        elif roll < 0.50:
            kind, name = "association", f"Association {rng.choice(ASSOCIATIONS)} de {place}"
        elif roll < 0.60:
            founder, cause = rng.choice(FOUNDERS), rng.choice(CAUSES)
            kind, name = "fondation", f"Fondation {founder} pour {cause}"
        elif roll < 0.68:
            kind, name = "coopérative", f"Coopérative {rng.choice(COOPERATIVES)} de {place}"
        elif roll < 0.84:
            institution = rng.choice(INSTITUTIONS)
            kind, name = "institution", f"{institution} de {place}"
            short = "".join(w[0].upper() for w in institution.split() if len(w) > 2) + " " + place
        else:
            kind, name = "service public", f"Service {rng.choice(SERVICES)} – {authority_name}"
            parent = authority.get(region)
        member = Member(_unique(slugify(name), taken), name, kind, region, short, parent=parent)
        if rng.random() < 0.5:
            member.website = f"https://{member.id}.example.org"
        members.append(member)
    return members


def members_yaml(members: Sequence[Member]) -> str:
    out = ["# Every organisation that is party to a document of the network.\n"]
    for m in members:
        out.append(f"- id: {m.id}\n  name: {scalar(m.name)}\n")
        if m.short:
            out.append(f"  short: {scalar(m.short)}\n")
        out.append(f"  kind: {scalar(m.kind)}\n  region: {scalar(m.region)}\n")
        if m.website:
            out.append(f"  website: {m.website}\n")
        if m.parent:
            out.append(f"  parent: {m.parent}\n")
    return "".join(out)


# --- documents ------------------------------------------------------------------------


@dataclass
class Article:
    title: int  # index in ARTICLES
    sentences: list[int]  # indexes in the article's sentences
    listed: bool = False  # ends with a bullet list of the parties


@dataclass
class Document:
    kind: str  # charters | conventions
    id: str
    title: str
    region: str
    themes: list[int]  # indexes in THEMES, the first is the main one
    parties: list[str]  # member ids; the first two are signatories
    roles: dict[str, str]
    articles: list[Article]
    summary: int
    length: int  # years of each version
    open_ended: bool  # the latest version in force has no end
    count: int  # versions
    labels: list[str] = field(default_factory=list)  # version labels, oldest first


def _pick_parties(rng: random.Random, members: Sequence[Member], region: str) -> list[str]:
    wanted = min(len(members), rng.randint(2, 6))
    local = [m.id for m in members if m.region == region]
    pool = local if len(local) >= wanted + 2 and rng.random() < 0.8 else [m.id for m in members]
    return rng.sample(pool, wanted)


def _roles(rng: random.Random, parties: Sequence[str]) -> dict[str, str]:
    roles = {}
    for index, member in enumerate(parties):
        roll = rng.random()
        if index < 2 or roll < 0.7:
            roles[member] = "signatory"
        elif roll < 0.9:
            roles[member] = "partner"
        else:
            roles[member] = "observer"
    return roles


def _skeleton(rng: random.Random) -> list[Article]:
    middle = [i for i in range(len(ARTICLES)) if i not in (FIRST_ARTICLE, LAST_ARTICLE)]
    chosen = sorted([FIRST_ARTICLE, LAST_ARTICLE, *rng.sample(middle, rng.randint(3, 11))])
    articles = []
    for index in chosen:
        available = len(ARTICLES[index][1])
        picked = sorted(rng.sample(range(available), rng.randint(1, min(3, available))))
        articles.append(Article(index, picked, listed=index == 2 and rng.random() < 0.5))
    return articles


def _evolve(rng: random.Random, articles: list[Article]) -> list[Article]:
    """The text of the next version: a sentence changed here, an article added there."""
    out = [Article(a.title, list(a.sentences), a.listed) for a in articles]
    for article in out:
        if rng.random() < 0.2:
            available = len(ARTICLES[article.title][1])
            article.sentences = sorted(
                rng.sample(range(available), rng.randint(1, min(3, available)))
            )
    present = {a.title for a in out}
    missing = [i for i in range(len(ARTICLES)) if i not in present]
    if missing and len(out) < 15 and rng.random() < 0.3:
        index = rng.choice(missing)
        out.append(Article(index, [0, len(ARTICLES[index][1]) - 1]))
        out.sort(key=lambda a: a.title)
    elif len(out) > 5 and rng.random() < 0.15:
        removable = [a for a in out if a.title not in (FIRST_ARTICLE, LAST_ARTICLE)]
        out.remove(rng.choice(removable))
    return out


def make_documents(rng: random.Random, members: Sequence[Member], versions: int) -> list[Document]:
    documents: list[Document] = []
    taken: set[str] = set()
    names = {m.id: m for m in members}
    total = 0
    while total < versions:
        count = min(versions - total, rng.choices((1, 2, 3, 4), weights=(35, 30, 20, 15))[0])
        total += count
        kind = "charters" if rng.random() < 0.35 else "conventions"
        theme_indexes = rng.sample(range(len(THEMES)), rng.randint(1, 3))
        _label, phrase, theme_slug = THEMES[theme_indexes[0]]
        parties = _pick_parties(rng, members, rng.choice(REGIONS)[0])
        region = names[parties[0]].region
        prefix = rng.choice(CHARTER_KINDS if kind == "charters" else CONVENTION_KINDS)
        title = f"{prefix} {phrase}"
        if rng.random() < 0.5:
            title += f" – {region}"
        word = "charte" if kind == "charters" else "convention"
        doc_id = _unique(f"{word}-{theme_slug}-{slugify(region)}", taken)
        document = Document(
            kind=kind,
            id=doc_id,
            title=title,
            region=region,
            themes=theme_indexes,
            parties=parties,
            roles=_roles(rng, parties),
            articles=_skeleton(rng),
            summary=rng.randrange(len(SUMMARIES)),
            length=_length(rng, kind, prefix),
            open_ended=kind == "charters" and rng.random() < 0.5,
            count=count,
        )
        documents.append(document)
    return documents


def _length(rng: random.Random, kind: str, prefix: str) -> int:
    """Years each version of the document runs."""
    if kind == "charters":
        return rng.choice((4, 5))
    return 3 if prefix.endswith("triennale") else rng.choice((2, 3, 3, 4))


def _date(rng: random.Random, year: int, months: tuple[int, int] = (1, 12)) -> dt.date:
    return dt.date(year, rng.randint(*months), rng.randint(1, 28))


def _names(member_ids: Iterable[str], names: dict[str, Member]) -> tuple[str, str]:
    ids = list(member_ids)
    return names[ids[0]].name, names[ids[1 % len(ids)]].name


def _body(rng: random.Random, articles: Sequence[Article], context: dict[str, Any]) -> str:
    lines: list[str] = []
    for number, article in enumerate(articles, start=1):
        title, sentences = ARTICLES[article.title]
        label = "1er" if number == 1 and context["first_er"] else str(number)
        lines.append(f"## Article {label} – {title}\n")
        paragraph = [sentences[i].format(**context) for i in article.sentences]
        if len(paragraph) > 2:
            lines.append(" ".join(paragraph[:2]) + "\n")
            lines.append(" ".join(paragraph[2:]) + "\n")
        else:
            lines.append(" ".join(paragraph) + "\n")
        if article.listed:
            lines.append("".join(f"- {name} ;\n" for name in context["party_names"]))
    return "\n".join(lines)


def _version_file(
    rng: random.Random,
    document: Document,
    position: int,
    status: str,
    start: int,
    articles: Sequence[Article],
    names: dict[str, Member],
) -> str:
    """One version file: front matter and body."""
    end = start + document.length - 1
    parties = document.parties
    a, b = _names(parties, names)
    main = THEMES[document.themes[0]]
    context = {
        "a": a,
        "b": b,
        "theme": main[1],
        "region": document.region,
        "start": start,
        "end": end,
        "n": rng.choice((2, 3, 4)),
        "days": rng.choice((30, 60, 90)),
        "amount": f"{rng.randrange(5, 120) * 1000:,}".replace(",", "\u202f"),
        "first_er": rng.random() < 0.15,
        "party_names": [names[p].name for p in parties],
    }
    fm = [f"title: {scalar(document.title)}", f"status: {status}"]
    adopted = None
    if status != "draft":
        adopted = _date(rng, start - 1, (9, 12))
        fm.append(f"adopted: {adopted.isoformat()}")
    fm.append("effective:")
    fm.append(f"  from: {start}-01-01")
    if not (document.open_ended and status == "in-force"):
        fm.append(f"  until: {end}-12-31")
    if position > 0:
        previous = document.labels[position - 1]
        # a bare year is a number in YAML; the label stays the text written
        fm.append(f"supersedes: {previous}")
    fm.append("parties:")
    for member in parties:
        role = document.roles[member]
        if role == "signatory" and (adopted is None or rng.random() < 0.3):
            # a signed version says when each signatory signed (unsigned-party)
            fm.append(
                f"  - {member}"
                if adopted is None
                else f"  - {{member: {member}, signed: {adopted.isoformat()}}}"
            )
            continue
        fm.append(f"  - member: {member}")
        if role != "signatory" or rng.random() < 0.3:
            fm.append(f"    role: {role}")
        if adopted is not None and role != "observer":
            signed = adopted - dt.timedelta(days=rng.randint(0, 40))
            fm.append(f"    signed: {signed.isoformat()}")
            if rng.random() < 0.5:
                person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                fm.append(f"    signatory: {scalar(person + ', ' + rng.choice(FUNCTIONS))}")
    committing = [p for p in parties if document.roles[p] != "observer"]
    fm.append("commitments:")
    for cid, template in sorted(rng.sample(COMMITMENTS, rng.randint(3, 10))):
        text = template.format(theme=main[1], **{k: context[k] for k in ("n", "amount")})
        fm.append(f"  - id: {cid}")
        fm.append(f"    text: {scalar(text)}")
        if rng.random() < 0.5:
            fm.append("    by: all")
        else:
            chosen = rng.sample(committing, rng.randint(1, min(3, len(committing))))
            fm.append(f"    by: [{', '.join(chosen)}]")
        fm.append(f"    article: {rng.randint(1, len(articles))}")
        if rng.random() < 0.8:
            due = _date(rng, rng.randint(start, end))
            fm.append(f"    due: {due.isoformat()}")
            if status == "draft":
                state = "planned"
            elif status == "in-force" and due < TODAY:
                state = rng.choice(("done", "done", "dropped"))
            elif status == "in-force":
                state = rng.choice(("planned", "ongoing"))
            else:
                state = rng.choice(("done", "done", "done", "dropped", "ongoing"))
            fm.append(f"    status: {state}")
    fm.append("themes:")
    fm.extend(f"  - {scalar(THEMES[t][0])}" for t in document.themes)
    fm.append(f"summary: {scalar(SUMMARIES[document.summary].format(**context))}")
    return "---\n" + "\n".join(fm) + "\n---\n\n" + _body(rng, articles, context)


def _timeline(rng: random.Random, document: Document, count: int) -> list[tuple[str, int]]:
    """(status, first year) of each version, oldest first.

    Older versions are superseded; the latest adopted one is in force past today or
    expired before it; a few documents have a draft of their next version.
    """
    length = document.length
    drafted = count >= 2 and rng.random() < 0.08
    adopted = count - 1 if drafted else count
    if drafted or rng.random() < 0.75:
        status = "in-force"
        if document.open_ended and not drafted:
            last_start = rng.randint(2016, TODAY.year)
        else:  # runs at least into next year, so no notice says it has ended
            last_start = rng.randint(max(2021, TODAY.year + 2 - length), TODAY.year)
    else:
        status = "expired"
        last_start = rng.randint(2016, TODAY.year - length)
    timeline = [("superseded", last_start - (adopted - 1 - i) * length) for i in range(adopted - 1)]
    timeline.append((status, last_start))
    if drafted:
        timeline.append(("draft", last_start + length))
    return timeline


def generate(root: Path, versions: int, members: int, seed: int = 0) -> None:
    """Write a complete, valid Pacte site with that many versions and organisations."""
    rng = random.Random(seed)
    organisations = make_members(rng, max(2, members))
    names = {m.id: m for m in organisations}
    documents = make_documents(rng, organisations, versions)
    root.mkdir(parents=True, exist_ok=True)
    (root / "members.yml").write_text(members_yaml(organisations), encoding="utf-8")
    for document in documents:
        folder = root / document.kind / document.id
        folder.mkdir(parents=True, exist_ok=True)
        timeline = _timeline(rng, document, document.count)
        # a charter is known by its year, a convention by its period
        document.labels = [
            str(start) if document.kind == "charters" else f"{start}-{start + document.length - 1}"
            for _status, start in timeline
        ]
        articles = document.articles
        for position, (status, start) in enumerate(timeline):
            if position:
                articles = _evolve(rng, articles)
                if rng.random() < 0.3:  # a party joins or leaves
                    _change_parties(rng, document, organisations)
            text = _version_file(rng, document, position, status, start, articles, names)
            (folder / f"{document.labels[position]}.md").write_text(text, encoding="utf-8")
    write_site_files(root, plugins=("search", "pacte"))
    (root / "docs" / "index.md").write_text(home_page(len(documents), versions), encoding="utf-8")


def _change_parties(rng: random.Random, document: Document, members: Sequence[Member]) -> None:
    if len(document.parties) > 2 and rng.random() < 0.5:
        gone = document.parties.pop()
        del document.roles[gone]
        return
    candidates = [m.id for m in members if m.id not in document.roles]
    if candidates and len(document.parties) < 6:
        newcomer = rng.choice(candidates)
        document.parties.append(newcomer)
        document.roles[newcomer] = rng.choice(("signatory", "signatory", "partner", "observer"))


def home_page(documents: int, versions: int) -> str:
    return (
        f"# {SITE_NAME}\n\n"
        f"Ce site publie les chartes et les conventions du réseau : {documents} documents, "
        f"{versions} versions en tout, avec les engagements de chaque organisation.\n\n"
        "Les textes sont écrits en Markdown et relus par demande de fusion avant leur "
        "publication.\n"
    )


def write_site_files(root: Path, plugins: Sequence[str]) -> None:
    """mkdocs.yml with the short navigation of listing pages, and the docs folder."""
    nav = "".join(f"  - {title}: {page}\n" for title, page in LISTING_PAGES)
    plugin_lines = "".join(f"  - {name}\n" for name in plugins)
    config = (
        f"site_name: {SITE_NAME}\n"
        "site_url: https://reseau.example.org/\n"
        "theme:\n"
        "  name: material\n"
        "  language: fr\n"
        "  font: false\n"
        f"plugins:\n{plugin_lines}"
        f"nav:\n{nav}"
    )
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")


# --- the plain Material twin ----------------------------------------------------------


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    _, yaml_text, body = text.split("---\n", 2)
    data = yaml.load(yaml_text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data, body


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def make_plain_twin(site: Path, out: Path) -> int:
    """Write the site's content as plain Material pages in OUT; returns the version pages.

    One page per version (its body under its title, front matter stripped) at
    docs/<kind>/<doc>/<version>.md, and the listing pages written out as tables:
    what a site without the pacte plugin would have to hold.
    """
    if out.exists():
        shutil.rmtree(out)
    docs = out / "docs"
    write_site_files(out, plugins=("search",))
    shutil.copyfile(site / "docs" / "index.md", docs / "index.md")
    members = yaml.load((site / "members.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    pages = 0
    commitments: list[str] = []
    for kind, heading in (("charters", "Chartes"), ("conventions", "Conventions")):
        rows: list[str] = []
        for path in sorted((site / kind).glob("*/*.md")):
            data, body = _front_matter(path.read_text(encoding="utf-8"))
            target = docs / kind / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"# {data['title']}\n{body}", encoding="utf-8")
            pages += 1
            link = f"{path.parent.name}/{path.stem}.md"
            parties = [p if isinstance(p, str) else p["member"] for p in data["parties"]]
            period = data.get("effective") or {}
            rows.append(
                f"| [{_cell(data['title'])}]({link}) | {path.stem} | {data['status']} | "
                f"{', '.join(parties)} | {period.get('from', '')} – {period.get('until', '')} | "
                f"{_cell(', '.join(data.get('themes') or []))} |"
            )
            for c in data.get("commitments") or []:
                by = c.get("by", "all")
                commitments.append(
                    f"| {_cell(c['text'])} | {by if isinstance(by, str) else ', '.join(by)} | "
                    f"[{path.parent.name} {path.stem}](../{kind}/{link}) | "
                    f"{c.get('due', '')} | {c.get('status', '')} |"
                )
        columns = ("Titre", "Version", "Statut", "Parties", "Période", "Thèmes")
        _write_listing(docs / kind / "index.md", heading, columns, rows)
    member_rows = [
        f"| {m['id']} | {_cell(m['name'])} | {_cell(m.get('kind', ''))} | "
        f"{_cell(m.get('region', ''))} | {m.get('parent', '')} |"
        for m in members
    ]
    header = ("Id", "Nom", "Type", "Région", "Rattachement")
    _write_listing(docs / "members" / "index.md", "Membres", header, member_rows)
    header = ("Engagement", "Par", "Document", "Échéance", "Statut")
    _write_listing(docs / "commitments" / "index.md", "Engagements", header, commitments)
    return pages


def _write_listing(path: Path, title: str, header: Sequence[str], rows: Sequence[str]) -> None:
    """A listing page: its title and one Markdown table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# {title}", "", "| " + " | ".join(header) + " |", "|---" * len(header) + "|"]
    path.write_text("\n".join([*lines, *rows]) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the site in")
    parser.add_argument("--versions", type=int, default=1000, help="version files (1000)")
    parser.add_argument("--members", type=int, default=300, help="organisations (300)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    parser.add_argument("--plain", type=Path, help="also write the plain Material twin here")
    args = parser.parse_args(argv)
    if args.versions < 1 or args.members < 2:
        parser.error("--versions must be at least 1 and --members at least 2")
    generate(args.out, args.versions, args.members, args.seed)
    print(f"{args.out}: {args.versions} versions, {args.members} members (seed {args.seed})")
    if args.plain:
        pages = make_plain_twin(args.out, args.plain)
        print(f"{args.plain}: plain Material twin, {pages} version pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
