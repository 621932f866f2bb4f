"""Named entities, corrected for the small model's frequent news mistakes, with canonical names.

spaCy's entities are the start. Rules then, in order:

1. cut an entity at a line break (`Associated Press\\n\\nQuote` → `Associated Press`),
   trim determiners, possessive `'s` and punctuation from its edges;
2. drop section labels (`Background`, `Quote`), and a sentence-initial single word
   the article also writes in lower case (`Cholera cases ...` / `cholera`);
3. keep the name in `role Name Surname` (`Delgado spokesperson Ryan Castillo`);
4. relabel by the name's own last word (`Quarry Road` FAC, `Kursk Oblast` GPE,
   `Ashdown Homes` ORG, `Black Sea` LOC), by the words before it (`in the town of
   Rylsk` GPE, `private equity firm Castlegate` ORG), by the dateline's place (GPE),
   a `the`-preceded PERSON is not a person (`along the Danube` LOC); by the GeoNames gazetteer
   (`claimx.lexicon.places`): a city the model took for a person (`Kyiv had offered`, unless a
   first name, a title or a person's full name says person) or a natural place (`South Bend` LOC)
   is a GPE, and an untagged town after `in`/`near`/`from`... is one (`the plant in Brno`);
   a language name that describes a noun is a nationality (`English singer`); an online
   platform is an organisation (`on Twitter`, which the model often tags PERSON); a name after a
   compass bearing (`east of Wrzosowo`), `near`, or before a subdivision noun (`India's Tripura state`),
   or the object of a verb that takes places (`troops entered Tell Rafan`), is a place;
   `Lake`/`Mount` names are natural places; an organisation word before `of`/`for`
   (`Centre for Cell Biology`) or a leading word in capitals (`QXTR Consensus`) makes an organisation;
   halves the model split (`the River Monitoring` + `and Alert Centre`) are joined, and a first name
   it left out before a surname it took for a place (`Maisie` + `Preston` GPE) makes a person;
5. a PERSON ending in a nationality the article tags NORP is that nationality
   (`Key Russian officers` → `Russian`);
6. one string keeps one type across the article (the majority of its mentions, a
   cue in the text outweighing the model); names come from the speaker index
   (`names.ArticleIndex`), so a short form takes the fullest name and the type
   of the person or organisation it stands for (`Nair` → `Priya Nair`, `WHO` →
   `World Health Organization`);
7. every other occurrence of a name found once, and of the dateline's place, is an
   entity too.

Limits: the rules fix types and boundaries; they cannot find a name the model
never tagged anywhere in the article (but for gazetteer towns after a preposition), nor tell
people from places that carry no cue and are not in the gazetteer (towns under 15,000 people,
or a city that is also a first name, `Florence`, stays whatever the model said).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimx.layout.sections import KINDS
from claimx.lexicon import names as nm
from claimx.lexicon import places
from claimx.lexicon import speech as lx
from claimx.rules.chunk import Chunk, EntityRecord
from claimx.rules.names import ArticleIndex, initials
from claimx.rules.names import Entity as IndexEntity
from claimx.rules.names.people import is_first_name, may_be_first_name

TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
_RELABEL_FROM = TYPES | {"PRODUCT", "WORK_OF_ART", "LAW"}


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# Words right before a name that say what it is: `the town of Rylsk`, `firm Castlegate`.
# `the villages of Ashby Marsh and Little Fenton`: the second conjunct counts too.
_CAPS_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_PLACE_OF = re.compile(
    rf"\b(?:{_alternation(nm.PLACE_OF_NOUNS)})\s+of\s+(?-i:{_CAPS_RUN}(?:,\s+{_CAPS_RUN})*,?\s+and\s+)?$",
    re.IGNORECASE,
)
# `east of Wrzosowo`, `near Tollan Ferry`: people and organisations are rarely placed so.
_COMPASS_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$", re.IGNORECASE)
# `Nepal's Karnali province`: a place's possessive and a subdivision noun around the name.
_PART_OF_PLACE = re.compile(r"[A-Z][\w.-]*['’]s\s+$")
_SUBDIVISION = re.compile(r"\s+(?:state|province|region|oblast|prefecture|governorate|district)\b")
_NEAR = re.compile(r"\bnear\s+$", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-Z]{3,}$")
_ORG_NOUN = re.compile(rf"\b(?:{_alternation(nm.ORG_DESCRIPTORS)})\s+$", re.IGNORECASE)
# `Minister of Energy and Natural Resources, Jean-Paul Tremblay`: a name after a title.
_TITLE_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|President|Chancellor|Governor|Mayor|Senator|Director|Chief|Chair(?:man|woman)?|"
    r"Spokes(?:man|woman|person)|Ambassador|Commissioner|Premier|Head)\b[^.;:\n]{0,50},\s*$"
)
_IN_PLACE = re.compile(r"\b(?:in|near|outside|from|to)\s+$")
# Legal forms that end a company's name whatever the model made of the words before them.
_COMPANY_WORDS = frozenset("inc ltd corp llc plc gmbh kft".split())
_NOT_NAME_ENTS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())
_IN_PLACES = frozenset("in near outside from to across around".split())
_PERSON_TITLES = frozenset(w.rstrip(".") for w in lx.TITLE_WORDS)
_PLACE_PREP = frozenset("in on along across near over at into from towards toward to by".split())
_NAME_PARTICLES = frozenset("de da del della di van von der den bin al el le la du dos das ibn".split())
_EDGE_WORDS = ("the ", "The ", "a ", "A ", "an ", "An ")
_LABEL_WORDS = frozenset(KINDS) | {"kick-off"}


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    type: str
    sure: bool = False  # typed by a cue in the text, which outvotes the model


def find_entities(chunk: Chunk) -> list[EntityRecord]:
    """The named entities of the chunk, sorted by start.

    Canonical names come from the chunk's name index (the speaker machinery),
    so an entity and a speaker share one name.
    """
    doc, text, index, places = chunk.doc, chunk.text, chunk.names, chunk.places
    found = [f for ent in doc.ents if ent.label_ in _RELABEL_FROM for f in _clean(text, ent)]
    found += [f for ent in doc.ents if ent.label_ == "LANGUAGE" for f in _nationality_word(ent)]
    found = _company_names(doc, found)
    found += _missed_names(doc, index, found)
    found += _missed_places(doc, found)
    people = _people_words(text, found)
    found = _joined_names(doc, found)
    found = [_relabel(text, f, {p.casefold() for p in places}, people) for f in found]
    found = _first_named(doc, found)
    found = _places_by_verb(doc, found)
    found = [f for f in found if f.type in TYPES and not _is_noise(text, f)]
    found = _nationality_tails(text, found)
    types = _vote(text, found)
    found = [_Found(f.start, f.end, types[text[f.start : f.end]], f.sure) for f in found]
    found = _spread(text, found, {p: "GPE" for p in places})
    return [_named(doc, text, index, f) for f in sorted(found, key=lambda f: f.start)]


def _named(doc: Doc, text: str, index: ArticleIndex, f: _Found) -> EntityRecord:
    """The entity with the index's name, and its type where the index knows a person or organisation."""
    mention = text[f.start : f.end]
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    words = tuple(mention.casefold().split())
    # The index entity must name this mention (`Nair` in `Priya Nair`), not merely touch
    # it (`Ukraine` in `Ukraine's Air Force`).
    known = next((e for e in map(index.entity_of, span or ()) if e is not None and _names(e, words)), None)
    if known is None:
        return EntityRecord(f.start, f.end, f.type, mention)
    kind = f.type
    # `Nair` typed ORG by the model is short for the person `Priya Nair`; a place keeps
    # its type (the index's organisation vote for `Ukraine` comes from `Ukraine's Air Force`).
    short_form = len(words) < len(known.words)
    swaps = {("PERSON", "ORG"), ("PERSON", "GPE"), ("ORG", "PERSON")}
    if short_form and not f.sure and (known.type, f.type) in swaps:
        kind = known.type
    # The full name the model took for an organisation, where the text says person (a first name,
    # a title, a role in apposition): `Gáspár Maróth, the government commissioner`.
    if not f.sure and f.type == "ORG" and known.type == "PERSON" and known.strong["PERSON"]:
        kind = "PERSON"
    # The possessive form names a body (`Ukraine's General Staff`), not a place (`Kursk Oblast`).
    name = known.display if kind == "ORG" and known.display else known.name
    return EntityRecord(f.start, f.end, kind, name)


def _missed_names(doc: Doc, index: ArticleIndex, found: Sequence[_Found]) -> list[_Found]:
    """Names of two words or more the index found (runs of proper nouns) where the model tagged nothing.

    Typed by a first name (`Ellie Brandon` PERSON), else by the index's vote.
    """
    taken = {i for f in found for i in range(f.start, f.end)}
    out = []
    for run in index.runs:
        first, last = doc[run.start], doc[run.end - 1]
        start, end = first.idx, last.idx + len(last)
        if start in taken or end - 1 in taken or run.end - run.start < 2:
            continue
        person = first.pos_ == "PROPN" and is_first_name(first.text) and last.lower_ not in nm.NAME_WORD_TYPE
        kind = "PERSON" if person else run.entity.type
        if kind in TYPES:
            out.append(_Found(start, end, kind))
    return out


def _company_names(doc: Doc, found: list[_Found]) -> list[_Found]:
    """A name that ends in a company form is one organisation, however the model cut it:
    `HDT Védelmi Ipari Kft.` tagged `HDT` PERSON and `Védelmi Ipari` PERSON is one ORG."""
    out = list(found)
    for tok in doc:
        if tok.text not in nm.COMPANY_FORMS and tok.lower_.rstrip(".") not in _COMPANY_WORDS:
            continue
        first = tok
        while not first.is_sent_start and _name_word(doc[first.i - 1]):
            first = doc[first.i - 1]
        if first is tok:
            continue
        start, end = first.idx, tok.idx + len(tok)
        if end > start:
            out = [f for f in out if f.end <= start or f.start >= end]
            out.append(_Found(start, end, "ORG", sure=True))
    return out


def _name_word(tok: Token) -> bool:
    # `In January Apple Inc.`: a date or a number is not part of the name.
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in _NOT_NAME_ENTS


def _missed_places(doc: Doc, found: Sequence[_Found]) -> list[_Found]:
    """Towns the model tagged nothing after a preposition of place: `the plant in Brno`."""
    taken = {i for f in found for i in range(f.start, f.end)}
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[0].isupper() or tok.ent_type_:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ not in _IN_PLACES:
            continue
        run = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start = run[0].idx if run else tok.idx
        if start in taken or tok.idx in taken:
            continue
        if places.is_town(doc.text[start : tok.idx + len(tok)]):
            out.append(_Found(start, tok.idx + len(tok), "GPE"))
    return out


def _nationality_word(ent: SpacySpan) -> list[_Found]:
    """A language name that describes a noun is a nationality: `English drummer`, not `speaks English`."""
    tok = ent.root
    if not ent.text.isalpha() or not ent.text[0].isupper():
        return []
    if len(ent) == 1 and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return [_Found(ent.start_char, ent.end_char, "NORP")]
    return []


def _people_words(text: str, found: Sequence[_Found]) -> frozenset[str]:
    """The words of the full names of people in the article (`warren` of `Elizabeth Warren`)."""
    return frozenset(
        w.casefold()
        for f in found
        if f.type == "PERSON" and " " in text[f.start : f.end]
        for w in text[f.start : f.end].split()
    )


def _names(known: IndexEntity, part: tuple[str, ...]) -> bool:
    """Whether `part` (casefolded words) is the index entity's name, a run of it, or its acronym."""
    n, words = len(part), known.words
    return any(words[i : i + n] == part for i in range(len(words) - n + 1)) or (
        n == 1 and part[0] == initials(words).casefold()
    )


def _clean(text: str, ent: SpacySpan) -> list[_Found]:
    """An entity -> character spans cut at line breaks and trimmed of determiners and possessives."""
    s, e, label = ent.start_char, ent.end_char, ent.label_
    out = []
    for m in re.finditer(r"[^\n\r]+", text[s:e]):
        a, b = s + m.start(), s + m.end()
        piece = text[a:b]
        for w in _EDGE_WORDS:
            if piece.startswith(w):
                a += len(w)
                piece = piece[len(w) :]
        # A final period stays: it ends abbreviations (`U.S.`) more often than names.
        piece = re.sub(r"(?:['’]s?|[\s,;:!?\"“”‘’()\[\]–—-]|\s(?:and|or|of|the|[\d.,:–-]+)\b)+$", "", piece)
        b = a + len(piece)
        lead = len(piece) - len(piece.lstrip(" \"“‘'(-–—"))
        a += lead
        if b > a:
            out.append(_Found(a, b, label))
    if label == "PERSON":
        out = [_person_name(text, f) for f in out]
    return [g for f in out for g in _glued_person(text, f)]


def _glued_person(text: str, f: _Found) -> list[_Found]:
    """A title or organisation the model ran into a person's name, split off.

    `House Intelligence Committee Representative Adam Schiff` -> the organisation
    (`House Intelligence Committee`, up to its last organisation word) and the person
    (`Adam Schiff`). The person starts at a first name (gender-guesser's) followed by one
    or two capitalised words that end the span, after a title or organisation word.
    """
    words = list(re.finditer(r"\S+", text[f.start : f.end]))
    for p in range(1, len(words) - 1):
        after = [w.group() for w in words[p + 1 :]]
        before = [w.group().casefold() for w in words[:p]]
        if (
            len(after) <= 2
            and all(w[:1].isupper() for w in after)
            and is_first_name(words[p].group())
            and not is_first_name(words[p - 1].group())
            and any(w in lx.TITLE_WORDS or w in nm.ORG_NAME_WORDS for w in before)
        ):
            person = _Found(f.start + words[p].start(), f.end, "PERSON", sure=True)
            org_end = max((k for k, w in enumerate(before) if w in nm.ORG_NAME_WORDS), default=-1)
            if org_end < 0:
                return [person]
            return [_Found(f.start, f.start + words[org_end].end(), "ORG", sure=True), person]
    return [f]


def _person_name(text: str, f: _Found) -> _Found:
    # `Delgado spokesperson Ryan Castillo`: the name is the last capitalised run.
    words = list(re.finditer(r"\S+", text[f.start : f.end]))
    run_start = 0
    for i, w in enumerate(words):
        if w.group()[0].islower() and w.group() not in _NAME_PARTICLES:
            run_start = i + 1
    if 0 < run_start < len(words):
        return _Found(f.start + words[run_start].start(), f.end, f.type)
    return f


def _relabel(text: str, f: _Found, dateline_places: set[str], people: frozenset[str]) -> _Found:
    name = text[f.start : f.end]
    before = text[max(0, f.start - 80) : f.start]
    last = name.rsplit(None, 1)[-1].casefold()
    if name.casefold() in dateline_places or _PLACE_OF.search(before):
        return _Found(f.start, f.end, "GPE", sure=True)
    if name.casefold() in nm.PLATFORM_NAMES:
        return _Found(f.start, f.end, "ORG", sure=True)
    town = places.is_city(name) or (_IN_PLACE.search(before) is not None and places.is_town(name))
    if f.type == "LOC" and last not in nm.LOC_NAME_WORDS and town:
        return _Found(f.start, f.end, "GPE")  # a town, not a natural place: `Kiskunfélegyháza`
    if f.type == "PERSON" and _place_not_person(name, before, people):
        return _Found(f.start, f.end, "GPE")
    if _ORG_NOUN.search(before):
        return _Found(f.start, f.end, "ORG", sure=True)
    if _TITLE_BEFORE.search(before) and f.type in {"ORG", "PERSON"} and " " in name:
        return _Found(f.start, f.end, "PERSON", sure=True)
    if " " in name and last in nm.NAME_WORD_TYPE:
        return _Found(f.start, f.end, nm.NAME_WORD_TYPE[last], sure=True)
    if " " in name and name.split(None, 1)[0].casefold() in nm.PLACE_FIRST_WORDS:
        return _Found(f.start, f.end, "GPE", sure=True)
    if " " in name and name.split(None, 1)[0].casefold() in nm.LOC_FIRST_WORDS:
        return _Found(f.start, f.end, "GPE" if places.is_town(name) else "LOC", sure=True)
    if " " in name and f.type in {"PERSON", "GPE", "LOC", "FAC"} and _org_of(name):
        return _Found(f.start, f.end, "ORG", sure=True)  # `Centre for Cell Biology`, `Bank of Lorn`
    if f.type in {"PERSON", "ORG"} and _COMPASS_OF.search(before):
        return _Found(f.start, f.end, "GPE")
    if f.type == "PERSON" and _NEAR.search(before) and not may_be_first_name(name.split()[0]):
        return _Found(f.start, f.end, "GPE")
    if f.type == "PERSON" and _brand(name):
        return _Found(f.start, f.end, "ORG")
    if f.type in {"PERSON", "ORG"} and _PART_OF_PLACE.search(before) and _SUBDIVISION.match(text, f.end):
        return _Found(f.start, f.end, "GPE")  # `India's Tripura state`
    if f.type == "PERSON" and " " not in name and _IN_PLACE.search(before):
        return _Found(f.start, f.end, "GPE")  # `in Krakow`: people are rarely *in* someone
    if f.type == "PERSON" and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        prev = before.rstrip()[: -len("the")].rstrip().rsplit(None, 1)
        return _Found(f.start, f.end, "LOC" if prev and prev[-1].casefold() in _PLACE_PREP else "ORG")
    if f.type in {"PRODUCT", "WORK_OF_ART", "LAW"}:
        return _Found(f.start, f.end, "")
    return f


def _joined_names(doc: Doc, found: list[_Found]) -> list[_Found]:
    """`the River Monitoring and Alert Centre`, which the model cuts at `and` into an organisation and
    a person (or leaves untagged), is one organisation: after `the`, a first part that names no kind of
    thing and a second, typed a person or not tagged, that ends in an organisation word. Two
    organisations stay two (`the Brightwater and Kessel Bank offices`). Likewise an organisation word
    and the rest of the name after `for` or `of` (`Nordic Institute` + `for Marine Research`)."""
    text = doc.text
    untagged = {t.idx for t in doc if not t.ent_type_}
    found = sorted(found, key=lambda f: f.start)
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _joined(text, prev, f, f.type == "PERSON" or f.start in untagged):
            out[-1] = _Found(prev.start, f.end, "ORG", sure=True)
            continue
        out.append(f)
    return out


def _places_by_verb(doc: Doc, found: list[_Found]) -> list[_Found]:
    """A person the model found as the object of a verb that takes places (`troops entered Tell
    Rafan and Ain Dara`, `rebels shelled X`), or a conjunct of one, is a place."""
    out = []
    for f in found:
        span = doc.char_span(f.start, f.end)
        if f.type == "PERSON" and not f.sure and span is not None:
            root = span.root
            # Up through conjuncts and the name words the parser chained (`Tell` <- `Tamer`).
            while (root.dep_ == "conj" and root.head.i < root.i) or (
                root.head.pos_ == "PROPN" and root.head.i == root.i - 1
            ):
                root = root.head
            if root.dep_ == "dobj" and root.head.lemma_.lower() in nm.PLACE_OBJECT_VERBS:
                f = _Found(f.start, f.end, "GPE")
        out.append(f)
    return out


def _joined(text: str, prev: _Found, f: _Found, mistyped: bool) -> bool:
    if prev.type != "ORG" or not mistyped:
        return False
    gap = text[prev.end : f.start]
    first = text[prev.start : prev.end].rsplit(None, 1)[-1].casefold()
    last = text[f.start : f.end].rsplit(None, 1)[-1].casefold()
    if gap in (" for ", " of "):
        return first in nm.ORG_NAME_WORDS
    after_the = re.search(r"\bthe\s+$", text[max(0, prev.start - 5) : prev.start], re.IGNORECASE) is not None
    return (
        gap in (" and ", " & ") and after_the and first not in nm.NAME_WORD_TYPE and last in nm.ORG_NAME_WORDS
    )


def _first_named(doc: Doc, found: list[_Found]) -> list[_Found]:
    """A first name the model left out before a surname it took for a place (`Maisie Preston, 17,`
    tagged `Preston` GPE): the two words are one person."""
    taken = {i for f in found for i in range(f.start, f.end)}
    out = []
    for f in found:
        span = doc.char_span(f.start, f.end)
        if (
            span is not None
            and len(span) == 1
            and f.type in {"GPE", "ORG", "LOC"}
            and not f.sure
            and span.start > 0
        ):
            prev = doc[span.start - 1]
            before = doc[span.start - 2] if span.start > 1 else None
            if (
                prev.pos_ == "PROPN"
                and prev.idx not in taken
                and is_first_name(prev.text)
                and prev.whitespace_ == " "
                and (before is None or not before.text[:1].isupper() or before.is_sent_start)
            ):
                f = _Found(prev.idx, f.end, "PERSON")
        out.append(f)
    return out


def _org_of(name: str) -> bool:
    """An organisation word followed by `of` or `for` inside the name: `Institute for Coastal Studies`."""
    words = name.casefold().split()
    return any(w in nm.ORG_NAME_WORDS and nxt in ("of", "for") for w, nxt in pairwise(words))


def _brand(name: str) -> bool:
    """A first word in capitals before one that is not (`QXTR Consensus`): a brand, not a person (a
    surname in capitals, `John SMITH`, is a house style)."""
    words = name.split()
    return len(words) > 1 and _ACRONYM.match(words[0]) is not None and not all(w.isupper() for w in words)


def _place_not_person(name: str, before: str, people: frozenset[str]) -> bool:
    """A city the model took for a person (`Kyiv had offered`), unless something says person: a first
    name (`Florence`), a word of a person's full name in the article (`Warren` after `Elizabeth
    Warren`), or a title before it (`Mrs. Clinton`)."""
    words = name.split()
    if not places.is_city(name) or may_be_first_name(words[0]) or any(w.casefold() in people for w in words):
        return False
    previous = before.rstrip().rsplit(None, 1)
    return not (previous and previous[-1].casefold().rstrip(".") in _PERSON_TITLES)


def _is_noise(text: str, f: _Found) -> bool:
    name = text[f.start : f.end]
    if name.casefold() in _LABEL_WORDS or len(name) < 2 or not any(c.isalpha() for c in name):
        return True
    if " " in name:
        return False
    # A capitalised word that starts a sentence but is lower case elsewhere is a common noun.
    line_start = f.start == 0 or text[: f.start].rstrip(" ").endswith(("\n", ".", "!", "?", ":", '"', "“"))
    return line_start and re.search(rf"\b{re.escape(name.lower())}\b", text) is not None


def _nationality_tails(text: str, found: Sequence[_Found]) -> list[_Found]:
    """`Key Russian` tagged PERSON where `Russian` is NORP elsewhere: keep the nationality."""
    norp = {text[f.start : f.end] for f in found if f.type == "NORP"}
    out = []
    for f in found:
        tail = text[f.start : f.end].partition(" ")[2]
        if f.type == "PERSON" and tail in norp:
            f = _Found(f.end - len(tail), f.end, "NORP")
        out.append(f)
    return out


def _vote(text: str, found: Sequence[_Found]) -> dict[str, str]:
    """One type per string across the article: the majority of its mentions, cues counting most."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for f in found:
        votes[text[f.start : f.end]][f.type] += 10 if f.sure else 1
    return {name: c.most_common(1)[0][0] for name, c in votes.items()}


def _spread(text: str, found: list[_Found], extra: dict[str, str]) -> list[_Found]:
    """Tag the other occurrences of every name found (and of `extra` names), where no entity stands.

    An `extra` name (the dateline's place) is typed by that cue, so it counts as sure.
    """
    taken = bytearray(len(text))
    for f in found:
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    out = list(found)
    names = {text[f.start : f.end]: (f.type, f.sure) for f in found}
    names |= {n: (k, True) for n, k in extra.items()}
    for name, (kind, sure) in names.items():
        if len(name) < 3:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(taken[m.start() : m.end()]):
                out.append(_Found(m.start(), m.end(), kind, sure))
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out
