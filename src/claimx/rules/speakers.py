"""Who a mention names: article-level entities built once per Doc, and resolution.

`ArticleIndex(doc, start)` makes one pass over the parsed article and keeps
small indexes; `resolve(tokens, at)` then maps any noun phrase (a speaker, and
later an actor) to a `Speaker`: canonical name, mention as written, type and
title.

Heuristics, in order of use:

- **Names** are runs of adjacent capitalised proper-noun tokens (spaCy's PROPN
  or a PERSON/ORG/GPE/... entity). Title words at the front of a person's name
  (`President`, `Defence Minister`, `Dr`) are split out into the title.
- **Short forms** join the longest name whose words contain them as a
  contiguous run (`Zelenskyy` -> `Volodymyr Zelenskyy`, `Commission` ->
  `European Commission`); an all-capital short form joins the name whose
  initials it spells (`WHO` -> `World Health Organization`). Several
  candidates: the one named last before the mention.
- **Type** is a vote over the article: spaCy's entity labels on every mention,
  plus evidence the small model misses: a known first name or a title makes a
  PERSON; an organisation word at the end (`Police`, `Homes`, `Staff`) or an
  organisation noun in front (`group Veltrona`) makes an ORG.
- **Titles and roles**: the words in front of a name inside its noun phrase
  (`Station commander Gareth Lloyd`) or an apposition (`Iryna Savchuk, Deputy
  Minister of Economy`) are its title; each role noun in it (`commander`,
  `minister`) indexes the entity, so `the minister said` later resolves to it.
  Organisation nouns in front of a name (`firm Castlegate`) index it too, so
  `the firm said` resolves.
- **Pronouns** resolve to the most recent salient entity (a subject outside
  quotes and reported content, or a resolved speaker) of a compatible kind:
  `he`/`she` a PERSON of that gender (or of unknown gender when none matches),
  `it` an organisation or document source, `they` an organisation, group or
  anonymous plural. Gender comes from honorifics and a small first-name list,
  else from the first he/she used within two sentences of a person named as
  a subject.
- **Anonymous sources** (`officials`, `two people familiar with the matter`,
  `a source`, `one of the people`) keep the phrase as written, type
  `anonymous`.
- **Role + organisation** (`A spokeswoman for Severn Valley Police`, `a
  Commission spokesperson`): the organisation is the speaker (type ORG, name
  the organisation, title the role noun, mention the whole phrase), unless a
  person is named in the phrase.
- **Documents** (`the WHO report`, `a statement`) stand for the body that owns
  them; `the report` resolves to the last document mentioned with an owner.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimx.lexicon import speech as lx
from claimx.models import Speaker

NAME_LABELS = frozenset("PERSON ORG GPE NORP FAC LOC EVENT PRODUCT WORK_OF_ART LAW".split())
_NAME_PUNCT = frozenset("-.&'’")
_CONNECTORS = frozenset("of for and".split())
# Lower-case particles inside personal names: `Ali bin Tamim`, `Arnel dela Vega`.
_PARTICLES = frozenset(
    "bin bint ibn al el de da del della dela di dos das du van von der den ter le la".split()
)
_DEFINITE = frozenset("the this that these those its their his her".split())
_SKIP_IN_TITLE = frozenset("det punct case cc".split())
_SALIENCE_WINDOW = 40
_TYPES = ("PERSON", "ORG", "GPE", "NORP")


@dataclass(eq=False)
class Entity:
    """One thing an article names, however often and in whatever form."""

    name: str
    words: tuple[str, ...]
    first: int
    type: str = "PERSON"
    title: str | None = None
    gender: str | None = None
    display: str | None = None  # ORG with its possessor: `Ukraine's General Staff`
    votes: Counter[str] = field(default_factory=Counter)  # spaCy's labels on its mentions
    strong: Counter[str] = field(default_factory=Counter)  # first names, titles, org words
    roles: set[str] = field(default_factory=set)
    adhoc: bool = False  # made from a common-noun phrase (`the fire service`), not a name

    def speaker(self, mention: str, title: str | None = None) -> Speaker:
        name = self.display or self.name
        return Speaker(name=name, mention=mention or name, type=self.type, title=title or self.title)


@dataclass(frozen=True, slots=True)
class Run:
    """A name as it stands in the text: tokens [start, end) naming `entity`."""

    start: int
    end: int
    entity: Entity


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in text.casefold().replace("’", "'").split() if w not in {"-", "."})


class ArticleIndex:
    """Entities, names, roles and salience of one article, for resolving mentions."""

    def __init__(
        self,
        doc: Doc,
        start: int = 0,
        skip: Sequence[tuple[int, int]] = (),
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        """`start`: first char of the body; `skip`: char spans that are not prose (labels);
        `quoted`: char spans inside direct quotes (their names are not salient)."""
        self.doc = doc
        self.start_char = start
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.entities: list[Entity] = []
        self.runs: list[Run] = []
        self._run_at: dict[int, Run] = {}
        self._roles: dict[str, list[tuple[int, Entity]]] = {}
        self._salient: list[tuple[int, Entity]] = []
        self._documents: list[tuple[int, Entity]] = []
        self._adhoc: dict[tuple[str, str], Entity] = {}
        self._by_words: dict[tuple[str, ...], list[Entity]] = {}
        self._by_last: dict[str, list[Entity]] = {}
        spans = self._name_spans(skip)
        self._build_entities(spans)
        self._index_context()

    # ---- building -------------------------------------------------------

    def inside_quote(self, char: int) -> bool:
        i = bisect_left(self._quoted_starts, char + 1) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _is_name_token(self, t: Token, propn: set[str]) -> bool:
        text = t.text
        if not text[:1].isupper() or t.like_num or t.pos_ == "DET" or t.lower_ in ("the", "a", "an"):
            return False
        if t.ent_type_ and t.ent_type_ not in NAME_LABELS:
            return False
        return t.pos_ == "PROPN" or bool(t.ent_type_) or (text in propn and not t.is_sent_start)

    def _name_spans(self, skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        doc = self.doc
        propn = {t.text for t in doc if t.pos_ == "PROPN" and t.text[:1].isupper()}
        skipped = sorted(skip)
        starts = [s for s, _ in skipped]

        def in_skip(c: int) -> bool:
            k = bisect_left(starts, c + 1) - 1
            return k >= 0 and skipped[k][0] <= c < skipped[k][1]

        spans: list[tuple[int, int]] = []
        i = 0
        n = len(doc)
        while i < n:
            t = doc[i]
            if t.idx < self.start_char or in_skip(t.idx) or not self._is_name_token(t, propn):
                i += 1
                continue
            j = i + 1
            while j < n:
                u = doc[j]
                if self._is_name_token(u, propn) and not in_skip(u.idx):
                    j += 1
                elif (
                    (
                        u.text in _NAME_PUNCT
                        and not doc[j - 1].whitespace_
                        and not u.whitespace_
                        and j + 1 < n
                        and self._is_name_token(doc[j + 1], propn)
                    )
                    or (
                        u.lower_ in _PARTICLES
                        and u.is_lower
                        and j + 1 < n
                        and self._is_name_token(doc[j + 1], propn)
                        and doc[j + 1].ent_type_ == doc[j - 1].ent_type_ == "PERSON"
                    )
                    or (
                        u.lower_ in _CONNECTORS
                        and j + 1 < n
                        and self._is_name_token(doc[j + 1], propn)
                        and (
                            (u.lower_ != "and" and doc[j - 1].lower_ in lx.ORG_WORDS)
                            or (u.lower_ == "of" and doc[j - 1].lower_ in lx.TITLE_WORDS)
                            or (u.ent_iob_ == "I" and doc[j + 1].ent_iob_ == "I")
                        )
                    )
                ):
                    j += 2
                else:
                    break
            spans.append((i, j))
            i = j
        return spans

    def _strip_title(self, i: int, j: int) -> tuple[int, str | None]:
        """Move the start past title words (`President`, `Dr`) when a name remains."""
        doc = self.doc
        if doc[j - 1].lower_ in lx.ORG_WORDS:
            return i, None
        first_names = lx.FIRST_NAMES
        for p in range(i + 1, j):
            # Where spaCy starts a PERSON inside the run: `First Minister of Scotland | Nicola Sturgeon`.
            person_starts = (
                doc[p].ent_iob_ == "B"
                and doc[p].ent_type_ == "PERSON"
                and all(doc[x].ent_iob_ == "I" for x in range(p + 1, j))
            )
            # Or at a known first name after a title word: `... Minister of Scotland | Nicola Sturgeon`.
            first_name = (
                p < j - 1
                and doc[p].lower_ in first_names
                and doc[p - 1].lower_ not in first_names
                and any(w in lx.TITLE_WORDS for w in doc[i:p].text.casefold().split())
            )
            if person_starts or first_name:
                return p, doc[i:p].text
        # Through the last title word that still leaves a name: `United States President | Donald Trump`.
        k = i
        for x in range(j - 2, i - 1, -1):
            w = doc[x].lower_.strip("-")
            if w in lx.TITLE_WORDS and doc[x + 1].lower_ not in lx.TITLE_WORDS and doc[x + 1].lower_ != "of":
                k = x + 1
                break
        if k == i:
            return i, None
        return k, doc[i:k].text

    def _build_entities(self, spans: list[tuple[int, int]]) -> None:
        doc = self.doc
        items = []
        for i, j in spans:
            k, stripped = self._strip_title(i, j)
            words = _words(doc[k:j].text)
            if not words or all(w in lx.TITLE_WORDS or w in _CONNECTORS for w in words):
                continue
            items.append((k, j, words, stripped))
        by_words = self._by_words
        # Longest names first so short forms find the full name.
        for k, j, words, stripped in sorted(items, key=lambda x: (-len(x[2]), x[0])):
            ent = self._match(words, k, by_words)
            if ent is None:
                ent = Entity(name=doc[k:j].text, words=words, first=k)
                self.entities.append(ent)
                by_words.setdefault(words, []).append(ent)
            else:
                ent.first = min(ent.first, k)
            run = Run(k, j, ent)
            self.runs.append(run)
            self._vote(run, stripped)
        self.runs.sort(key=lambda r: r.start)
        for r in self.runs:
            for x in range(r.start, r.end):
                self._run_at[x] = r
        for ent in self.entities:
            ent.type = _decide_type(ent.strong or ent.votes)
            self._by_last.setdefault(ent.words[-1], []).append(ent)

    def _match(
        self, words: tuple[str, ...], at: int, by_words: dict[tuple[str, ...], list[Entity]]
    ) -> Entity | None:
        if words in by_words:
            return _nearest(by_words[words], at)
        cands = [e for e in self.entities if _contains(e.words, words)]
        if not cands and len(words) == 1 and words[0].isalpha() and 2 <= len(words[0]) <= 6:
            # Acronym: `who` spells the initials of `world health organization`.
            cands = [e for e in self.entities if initials(e.words) == words[0]]
        return _nearest(cands, at) if cands else None

    def _vote(self, run: Run, stripped: str | None) -> None:
        doc = self.doc
        ent = run.entity
        span = doc[run.start : run.end]
        labels = Counter(t.ent_type_ for t in span if t.ent_type_)
        if labels:
            label = labels.most_common(1)[0][0]
            ent.votes[{"LOC": "GPE", "FAC": "GPE"}.get(label, label)] += 1
        first = _words(span.text)[0]
        last = span[-1].lower_
        head = span.root
        if (head.dep_ == "appos" and head.head.lemma_.lower() in lx.ROLE_NOUNS) or any(
            c.dep_ == "appos" and c.lemma_.lower() in lx.ROLE_NOUNS for c in head.children
        ):
            ent.strong["PERSON"] += 1
        if run.end - run.start >= 2 and first in lx.FIRST_NAMES:
            ent.strong["PERSON"] += 1
            if ent.gender is None:
                ent.gender = "m" if first in lx.MALE_NAMES else "f"
        if stripped:
            ent.strong["PERSON"] += 1
            sw = stripped.casefold().split()
            if any(w in lx.MALE_TITLES for w in sw):
                ent.gender = "m"
            elif any(w in lx.FEMALE_TITLES for w in sw):
                ent.gender = "f"
            ent.title = ent.title or stripped
            ent.roles.update(w for w in sw if w in lx.ROLE_NOUNS)
        if last in lx.ORG_NAME_WORDS:
            ent.strong["ORG"] += 1
        if span.text.isupper() and len(span.text) >= 2 and run.end - run.start == 1:
            ent.votes["ORG"] += 1
        before = doc[run.start - 1] if run.start > 0 else None
        if before is not None and before.pos_ == "NOUN" and not before.text[:1].isupper():
            lemma = before.lemma_.lower()
            if lemma in lx.ORG_NOUNS:
                ent.strong["ORG"] += 1
                ent.roles.add(lemma)
            elif lemma in lx.ROLE_NOUNS or lemma in lx.ANONYMOUS_NOUNS:
                ent.strong["PERSON"] += 1

    def _index_context(self) -> None:
        """Titles, roles, salient subjects, document owners and learned genders, in one pass."""
        doc = self.doc
        seen_title: set[int] = set()
        for r in self.runs:
            ent = r.entity
            head = _run_head(doc, r)
            if ent.type == "PERSON" and id(ent) not in seen_title:
                title = self._title_of(r, head)
                if title:
                    seen_title.add(id(ent))
                    ent.title = ent.title if ent.title and title in ent.title else title
                    ent.roles.update(_role_words(title))
            if ent.type == "ORG" and ent.display is None:
                poss = self._possessor(head, r)
                if poss:
                    ent.display = f"{poss}{doc[r.start : r.end].text}"
            for role in ent.roles:
                self._roles.setdefault(role, []).append((r.start, ent))
            if self.inside_quote(doc[r.start].idx):
                continue
            subj = head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass")
            )
            verb = head.head if head.dep_ != "appos" else head.head.head
            if subj and verb.dep_ not in ("ccomp", "xcomp", "relcl", "acl"):
                self._salient.append((r.start, ent))
            if head.head.lemma_.lower() in lx.DOCUMENT_NOUNS and head.dep_ in ("compound", "poss"):
                self._documents.append((head.head.i, ent))
        for entries in self._roles.values():
            entries.sort(key=lambda x: x[0])
        self._salient.sort(key=lambda x: x[0])
        self._documents.sort(key=lambda x: x[0])
        self._learn_gender()

    def _learn_gender(self) -> None:
        """The first he/she within two sentences after a genderless person named as a subject."""
        doc = self.doc
        # A he/she is evidence of a person too, when nothing strong said otherwise.
        pending: list[tuple[int, Entity]] = [
            (i, e)
            for i, e in self._salient
            if e.gender is None
            and (e.type == "PERSON" or (not e.strong and not {"GPE", "NORP"} & set(e.votes)))
        ]
        if not pending:
            return
        k = 0
        last: tuple[int, Entity] | None = None
        for t in doc:
            while k < len(pending) and pending[k][0] <= t.i:
                last = pending[k]
                k += 1
            if last is None or t.pos_ != "PRON" or t.lower_ not in lx.PRONOUN_GENDER:
                continue
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if self.inside_quote(t.idx):
                continue
            i, ent = last
            if ent.gender is None and _sentence_distance(doc, i, t.i) <= 2:
                ent.gender = lx.PRONOUN_GENDER[t.lower_]
                ent.type = "PERSON"
            last = None

    def _title_of(self, r: Run, head: Token) -> str | None:
        """Words before the name in its phrase (`Station commander`), else its apposition."""
        doc = self.doc
        stripped = doc[r.start - 1] if r.start > 0 else None
        left = r.start
        while left > 0:
            t = doc[left - 1]
            if t.idx < self.start_char or t.dep_ in _SKIP_IN_TITLE or t.is_punct:
                break
            if not (t.head.i >= left and t.head.i < r.end + 5) or t.dep_ not in (
                "compound",
                "amod",
                "nmod",
                "poss",
            ):
                break
            left -= 1
        parts: list[str] = []
        if left < r.start and stripped is not None:
            words = doc[left : r.start]
            if any(w.pos_ in ("NOUN", "PROPN") and w.i not in self._run_at for w in words):
                parts.append(words.text)
        if not parts:
            appos = [c for c in head.children if c.dep_ == "appos" and not self._has_run(c)]
            if head.dep_ == "appos" and not self._has_run(head.head):
                appos.append(head.head)
            for a in appos:
                if a.pos_ in ("NOUN", "PROPN") and (a.lemma_.lower() in lx.ROLE_NOUNS or a.pos_ == "NOUN"):
                    parts.append(self._phrase(a, drop=("det", "poss", "appos", "relcl", "punct", "acl")))
                    break
        title = " ".join(p for p in parts if p)
        return title or None

    def _has_run(self, t: Token) -> bool:
        r = self._run_at.get(t.i)
        return r is not None and r.entity.type == "PERSON"

    def _possessor(self, head: Token, r: Run) -> str | None:
        doc = self.doc
        for c in head.children:
            if c.dep_ == "poss" and c.i < r.start and c.i in self._run_at:
                pr = self._run_at[c.i]
                end = pr.end
                if end < len(doc) and doc[end].dep_ == "case":
                    return doc[pr.start : end + 1].text_with_ws
        return None

    def _phrase(self, head: Token, drop: Iterable[str] = ()) -> str:
        """Text of `head`'s phrase without the children whose dependency is in `drop`."""
        dropped = set(drop)
        keep = [head]
        stack = [c for c in head.children if c.dep_ not in dropped]
        while stack:
            t = stack.pop()
            keep.append(t)
            stack.extend(t.children)
        idx = sorted(t.i for t in keep if t.idx >= self.start_char)
        if not idx:
            return head.text
        # The contiguous stretch around the head.
        lo = hi = idx.index(head.i) if head.i in idx else 0
        while lo > 0 and idx[lo - 1] == idx[lo] - 1:
            lo -= 1
        while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1:
            hi += 1
        span = self.doc[idx[lo] : idx[hi] + 1]
        return _trim(span.text)

    # ---- resolving ------------------------------------------------------

    def note(self, at: int, ent: Entity | None) -> None:
        """Record that `ent` spoke at token `at`, for later pronouns."""
        if ent is not None:
            self._salient.insert(bisect_left(self._salient, at, key=lambda x: x[0]), (at, ent))

    def find(self, name: str, where: Span | None = None) -> Speaker | None:
        """The speaker a bare name stands for (`Kovalchuk` in a `Quote from Kovalchuk:` label)."""
        words = _words(name)
        if not words:
            return None
        at = where.start if where is not None else len(self.doc)
        ent = self._match(words, at, self._by_words)
        if ent is None and words[-1] in self._by_last:
            ent = _nearest(self._by_last[words[-1]], at)
        return ent.speaker(name) if ent is not None else None

    def entity_of(self, token: Token) -> Entity | None:
        r = self._run_at.get(token.i)
        return r.entity if r else None

    def resolve(
        self, head: Token, lo: int = 0, hi: int | None = None
    ) -> tuple[Speaker | None, Entity | None]:
        """Speaker named by the noun phrase headed by `head`, using tokens in [lo, hi) only."""
        doc = self.doc
        hi = len(doc) if hi is None else hi
        if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
            head = head.head.head  # `Hill, who said ...`: the noun the clause is about
            lo = min(lo, head.left_edge.i)
            hi = max(hi, head.i + 1)
        lower = head.lower_
        if head.pos_ == "PRON" and (lower in lx.PRONOUN_GENDER or lower in lx.NEUTER_PRONOUNS):
            return self._pronoun(head, lower)
        if head.pos_ == "PRON" and lower in lx.PLURAL_PRONOUNS:
            return self._pronoun(head, lower)
        if head.pos_ == "PRON" and lower in ("i", "you", "we", "me", "us"):
            return None, None  # the reporter or an interview's voice, not a source
        toks = [t for t in _np_tokens(head) if lo <= t.i < hi and t.idx >= self.start_char]
        if not toks:
            return None, None
        mention = _trim(doc[toks[0].i : toks[-1].i + 1].text)
        runs = self._runs_in(toks)
        lemma = head.lemma_.lower()
        # A named person anywhere in the phrase (head, apposition, compound).
        person = next((r for r in runs if r.entity.type == "PERSON" and r.start <= head.i < r.end), None)
        person = person or next(
            (r for r in runs if r.entity.type == "PERSON" and _dep_of(doc, r) == "appos"), None
        )
        if person is None and head.i not in self._run_at and lemma in lx.ROLE_NOUNS:
            person = next((r for r in runs if r.entity.type == "PERSON"), None)
        if person is not None:
            m = self._named_mention(toks, person)
            return person.entity.speaker(m, self._title_for(person, head)), person.entity
        head_run = self._run_at.get(head.i)
        if head_run is not None and head_run in runs:
            return head_run.entity.speaker(mention), head_run.entity
        found: Entity | None = None
        if lemma in lx.ROLE_NOUNS and (
            lemma not in lx.ANONYMOUS_NOUNS or (_is_definite(head) and head.tag_ != "NNS")
        ):
            role = head.text.lower()
            org = next((r for r in runs if r.entity.type == "ORG"), None)
            if org is not None:  # `a spokeswoman for Severn Valley Police`: the body speaks
                return org.entity.speaker(mention, title=role), org.entity
            found = self._by_role(lemma, head.i) if _is_definite(head) or runs else None
            if found is not None:  # `the minister said`: whoever was introduced as minister
                return found.speaker(mention), found
            if runs:  # `Chelyabinsk's governor`: a person named by office only
                name = _trim(doc[toks[0].i + (toks[0].dep_ == "det") : toks[-1].i + 1].text)
                return Speaker(name=name, mention=mention, type="PERSON", title=role), None
            return Speaker(name=mention, mention=mention, type="anonymous", title=role), None
        if lemma in lx.DOCUMENT_NOUNS:
            owner = next((r for r in runs if r.end <= head.i + 1), None)
            if owner is not None:
                return owner.entity.speaker(mention), owner.entity
            found = _last_before(self._documents, head.i) if _is_definite(head) else None
            if found is not None:
                return found.speaker(mention), found
            return self._anonymous(mention, head)
        if lemma in lx.ORG_NOUNS and not (head.tag_ == "NNS" and lemma in lx.ANONYMOUS_NOUNS):
            # `the transit authority` is a body; `authorities` stay an anonymous plural.
            # Only a bare `the company` refers back; `the fire service` names a body of its own.
            modified = any(c.dep_ in ("compound", "amod") for c in head.children)
            if not runs and _is_definite(head) and not modified:
                # `the company said`: the one introduced as a company, else the last body named.
                found = self._by_role(lemma, head.i) or self._last_org(head.i)
            if found is not None:
                return found.speaker(mention), found
            name = mention
            first = doc[toks[0].i]
            if first.dep_ == "det":
                name = _trim(doc[toks[0].i + 1 : toks[-1].i + 1].text)
            name = self._cut_clause(name, head, toks)
            ent = self._adhoc_entity(name, "ORG", head.i)
            return Speaker(name=name, mention=mention, type="ORG"), ent
        if lemma in lx.ANONYMOUS_NOUNS or head.pos_ == "NUM":
            return self._anonymous(mention, head)
        if runs:
            r = runs[-1] if runs[-1].end <= head.i + 1 else runs[0]
            return r.entity.speaker(mention), r.entity
        if head.text[:1].isupper():
            named = self._match(_words(head.text), head.i, self._by_words)
            if named is not None:
                return named.speaker(mention), named
        return self._anonymous(mention, head)

    def _cut_clause(self, name: str, head: Token, toks: list[Token]) -> str:
        rel = [c for c in head.children if c.dep_ in ("relcl", "acl", "appos") and c.i > head.i]
        if not rel:
            return name
        end = rel[0].left_edge.i
        start = toks[0].i + (1 if toks[0].dep_ == "det" else 0)
        return _trim(self.doc[start:end].text) or name

    def _anonymous(self, mention: str, head: Token) -> tuple[Speaker, Entity]:
        ent = self._adhoc_entity(mention, "anonymous", head.i)
        return Speaker(name=mention, mention=mention, type="anonymous"), ent

    def _adhoc_entity(self, name: str, type_: str, at: int) -> Entity:
        key = (name.casefold(), type_)
        ent = self._adhoc.get(key)
        if ent is None:
            ent = Entity(name=name, words=_words(name), first=at, type=type_, adhoc=True)
            self._adhoc[key] = ent
        return ent

    def _runs_in(self, toks: list[Token]) -> list[Run]:
        out: list[Run] = []
        for t in toks:
            r = self._run_at.get(t.i)
            if r is not None and (not out or out[-1] is not r):
                out.append(r)
        return out

    def _named_mention(self, toks: list[Token], r: Run) -> str:
        """The phrase up to the end of the name: `Karen Whitfield`, not its apposition."""
        start = toks[0].i
        if r.start < start:
            start = r.start
        end = max(r.end, toks[0].i + 1)
        return _trim(self.doc[start:end].text)

    def _title_for(self, r: Run, head: Token) -> str | None:
        ent = r.entity
        if not r.start <= head.i < r.end and head.lemma_.lower() in lx.ROLE_NOUNS:
            return self._phrase(head, drop=("det", "poss", "appos", "relcl", "punct", "acl")) or ent.title
        return ent.title

    def _by_role(self, role: str, at: int) -> Entity | None:
        entries = self._roles.get(role)
        if not entries:
            return None
        ent = _last_before(entries, at)
        return ent if ent is not None else entries[0][1]

    def _last_org(self, at: int) -> Entity | None:
        k = bisect_left(self._salient, at, key=lambda x: x[0])
        for _, ent in reversed(self._salient[max(0, k - _SALIENCE_WINDOW) : k]):
            if ent.type == "ORG" and not ent.adhoc:
                return ent
        return None

    def _pronoun(self, tok: Token, lower: str) -> tuple[Speaker | None, Entity | None]:
        gender = lx.PRONOUN_GENDER.get(lower)
        k = bisect_left(self._salient, tok.i, key=lambda x: x[0])
        fallback: Entity | None = None
        for _, ent in reversed(self._salient[max(0, k - _SALIENCE_WINDOW) : k]):
            if gender is not None:
                if ent.type != "PERSON":
                    continue
                if ent.gender in (gender, None):
                    if ent.gender is None:
                        ent.gender = gender
                    return ent.speaker(tok.text), ent
            elif lower in lx.NEUTER_PRONOUNS:
                if ent.type in ("ORG", "GPE"):
                    return ent.speaker(tok.text), ent
            elif ent.type in ("ORG", "GPE", "NORP", "anonymous"):
                return ent.speaker(tok.text), ent
        if fallback is not None:
            if fallback.gender is None and gender is not None:
                fallback.gender = gender
            return fallback.speaker(tok.text), fallback
        return None, None


def _decide_type(votes: Counter[str]) -> str:
    if not votes:
        return "PERSON"
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
    return best if best in _TYPES else "ORG"


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    if n >= len(words):
        return False
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def initials(words: tuple[str, ...]) -> str:
    letters = [w[0] for w in words if w not in ("of", "the", "and", "for") and w[:1].isalpha()]
    return "".join(letters) if len(letters) >= 2 else ""


def _nearest(cands: list[Entity], at: int) -> Entity:
    before = [e for e in cands if e.first <= at]
    return max(before, key=lambda e: e.first) if before else cands[0]


def _last_before(entries: list[tuple[int, Entity]], at: int) -> Entity | None:
    k = bisect_left(entries, at, key=lambda x: x[0])
    return entries[k - 1][1] if k > 0 else None


def _run_head(doc: Doc, r: Run) -> Token:
    span = doc[r.start : r.end]
    return span.root


def _dep_of(doc: Doc, r: Run) -> str:
    return str(_run_head(doc, r).dep_)


def _role_words(title: str) -> set[str]:
    return {w for w in title.casefold().replace("’s", " ").replace("'s", " ").split() if w in lx.ROLE_NOUNS}


def _np_tokens(head: Token) -> list[Token]:
    """The noun phrase of `head` without relative clauses and their like."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in ("relcl", "punct", "cc", "conj", "advcl")]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ != "relcl" or t.dep_ != "appos")
    out.sort(key=lambda t: t.i)
    # Keep the contiguous stretch containing the head.
    idx = [t.i for t in out]
    lo = hi = idx.index(head.i)
    while lo > 0 and idx[lo - 1] >= idx[lo] - 2:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] <= idx[hi] + 2:
        hi += 1
    return out[lo : hi + 1]


def _is_definite(head: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children)


def _sentence_distance(doc: Doc, i: int, j: int) -> int:
    """How many sentence starts lie after token i up to token j."""
    return sum(1 for t in doc[i + 1 : j + 1] if t.is_sent_start)


def _trim(text: str) -> str:
    return text.strip(" \t\r\n,;:—–-\"“”‘’'«»()")
