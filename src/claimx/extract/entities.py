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
   a `the`-preceded PERSON is not a person (`along the Danube` LOC);
5. a PERSON ending in a nationality the article tags NORP is that nationality
   (`Key Russian officers` → `Russian`);
6. article-level agreement: a short form of a longer PERSON or ORG name takes
   that type and name (`Nair` → `Priya Nair`, `Castlegate` → `Castlegate
   Partners`), an acronym takes the name it abbreviates (`WHO` → `World Health
   Organization`), and one string keeps one type across the article (the
   majority of its mentions, a cue in the text outweighing the model);
7. every other occurrence of a name found once, and of the dateline's place, is an
   entity too.

Limits: the rules fix types and boundaries; they cannot find a name the model
never tagged anywhere in the article, nor tell people from places that carry no
cue (`Kyiv had offered` stays whatever the model said).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from claimx.extract.sections import KINDS
from claimx.models import Entity

TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
_RELABEL_FROM = TYPES | {"PRODUCT", "WORK_OF_ART", "LAW"}

_LAST_WORD = {
    **dict.fromkeys(
        "road street lane avenue boulevard square bridge airport station highway motorway stadium "
        "arena park plaza port harbour harbor mill hospital prison".split(),
        "FAC",
    ),
    **dict.fromkeys(
        "oblast province region county district krai governorate prefecture state republic city".split(),
        "GPE",
    ),
    **dict.fromkeys(
        "sea ocean river lake mountains valley gulf bay strait peninsula island islands".split(), "LOC"
    ),
    **dict.fromkeys(
        "homes partners bank group inc inc. ltd ltd. plc corp corp. corporation company co. council service "
        "police agency ministry department association union trust university institute commission "
        "committee forces army navy party organization organisation federation foundation fund court "
        "parliament office administration authority board athletic united fc club press news".split(),
        "ORG",
    ),
}
# Words right before a name that say what it is: `the town of Rylsk`, `firm Castlegate`.
_PLACE_OF = re.compile(
    r"\b(?:town|city|village|port|region|district|province|oblast|county|state|country|capital|settlement)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
_ORG_NOUN = re.compile(
    r"\b(?:group|company|firm|bank|maker|carmaker|insurer|retailer|lender|club|party|agency|broadcaster|"
    r"newspaper|charity|developer|operator|airline|manufacturer|conglomerate|startup|supplier)\s+$",
    re.IGNORECASE,
)
# `Minister of Energy and Natural Resources, Jean-Paul Tremblay`: a name after a title.
_TITLE_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|President|Chancellor|Governor|Mayor|Senator|Director|Chief|Chair(?:man|woman)?|"
    r"Spokes(?:man|woman|person)|Ambassador|Commissioner|Premier|Head)\b[^.;:\n]{0,50},\s*$"
)
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


class Entities:
    """The entities of one article, built once; `within(start, end)` gives a claim's."""

    def __init__(self, doc: Doc, places: Iterable[str] = ()) -> None:
        text = doc.text
        found = [f for ent in doc.ents if ent.label_ in _RELABEL_FROM for f in _clean(text, ent)]
        found = [_relabel(text, f, {p.casefold() for p in places}) for f in found]
        found = [f for f in found if f.type in TYPES and not _is_noise(text, f)]
        found = _nationality_tails(text, found)
        self.names, types = _agree(text, found)
        found = [_Found(f.start, f.end, types[text[f.start : f.end]]) for f in found]
        found = _spread(text, found, {p: "GPE" for p in places})
        self._found = sorted(found, key=lambda f: f.start)
        self._text = text

    def name(self, mention: str) -> str:
        """The fullest name the article uses for `mention`."""
        return self.names.get(mention, mention)

    def within(self, start: int, end: int) -> list[Entity]:
        t = self._text
        return [
            Entity(
                text=t[f.start : f.end],
                start=f.start,
                end=f.end,
                type=f.type,
                name=self.name(t[f.start : f.end]),
            )
            for f in self._found
            if start <= f.start and f.end <= end
        ]


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
        piece = re.sub(r"(?:['’]s?|[\s,;:!?\"“”‘’()\[\]–—-]|\s(?:and|or|of|the)\b)+$", "", piece)
        b = a + len(piece)
        lead = len(piece) - len(piece.lstrip(" \"“‘'(-–—"))
        a += lead
        if b > a:
            out.append(_Found(a, b, label))
    if label == "PERSON":
        out = [_person_name(text, f) for f in out]
    return out


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


def _relabel(text: str, f: _Found, places: set[str]) -> _Found:
    name = text[f.start : f.end]
    before = text[max(0, f.start - 80) : f.start]
    last = name.rsplit(None, 1)[-1].casefold()
    if name.casefold() in places or _PLACE_OF.search(before):
        return _Found(f.start, f.end, "GPE", sure=True)
    if _ORG_NOUN.search(before):
        return _Found(f.start, f.end, "ORG", sure=True)
    if _TITLE_BEFORE.search(before) and f.type in {"ORG", "PERSON"} and " " in name:
        return _Found(f.start, f.end, "PERSON", sure=True)
    if " " in name and last in _LAST_WORD:
        return _Found(f.start, f.end, _LAST_WORD[last])
    if f.type == "PERSON" and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        prev = before.rstrip()[: -len("the")].rstrip().rsplit(None, 1)
        return _Found(f.start, f.end, "LOC" if prev and prev[-1].casefold() in _PLACE_PREP else "ORG")
    if f.type in {"PRODUCT", "WORK_OF_ART", "LAW"}:
        return _Found(f.start, f.end, "")
    return f


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


def _agree(text: str, found: Sequence[_Found]) -> tuple[dict[str, str], dict[str, str]]:
    """Canonical names and one type per string, agreed across the article."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for f in found:
        votes[text[f.start : f.end]][f.type] += 10 if f.sure else 1
    types = {name: c.most_common(1)[0][0] for name, c in votes.items()}
    names: dict[str, str] = {}
    longer = sorted(types, key=len, reverse=True)
    for short in types:
        if types[short] == "NORP":
            continue  # `Russian` is never a short form of a name
        for full in longer:
            if len(full) <= len(short) or types[full] not in {"PERSON", "ORG"}:
                continue
            words = full.split()
            if _is_short_form(short, words) or (types[full] == "ORG" and short == _initials(words)):
                names[short] = full
                types[short] = types[full]
                break
    return names, types


def _is_short_form(short: str, words: list[str]) -> bool:
    parts = short.split()
    n = len(parts)
    return n < len(words) and (words[-n:] == parts or words[:n] == parts)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


def _spread(text: str, found: list[_Found], extra: dict[str, str]) -> list[_Found]:
    """Tag the other occurrences of every name found (and of `extra` names), where no entity stands."""
    taken = [(f.start, f.end) for f in found]
    out = list(found)
    for name, kind in ({text[f.start : f.end]: f.type for f in found} | extra).items():
        if len(name) < 3:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append(_Found(m.start(), m.end(), kind))
                taken.append((m.start(), m.end()))
    return out
