"""The name index of one parsed piece: who it names, built once and not changed after.

Names, short forms, type votes, titles and roles, subject salience, document owners and
genders learned from the text; see the package docstring for the rules. Reading it
(resolving a mention) is `resolve.ArticleIndex`; what reading learns goes in a `Memory`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from claimx.lexicon import names as nm
from claimx.lexicon import speech as lx
from claimx.rules.names.entity import (
    Entity,
    Run,
    contains,
    decide_type,
    initials,
    nearest,
    role_words,
    run_head,
    sentence_distance,
    trim,
    words_of,
)
from claimx.rules.names.people import first_name_gender, is_first_name

NAME_LABELS = frozenset("PERSON ORG GPE NORP FAC LOC EVENT PRODUCT WORK_OF_ART LAW".split())
_NAME_PUNCT = frozenset("-.&'’")
CONNECTORS = frozenset("of for and".split())
# Lower-case particles inside personal names: `Ali bin Tamim`, `Arnel dela Vega`.
_PARTICLES = frozenset(
    "bin bint ibn al el de da del della dela di dos das du van von der den ter le la".split()
)
_SKIP_IN_TITLE = frozenset("det punct case cc".split())


class NameIndex:
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
        self.run_at: dict[int, Run] = {}
        self.roles: dict[str, list[tuple[int, Entity]]] = {}
        self.salient: list[tuple[int, Entity]] = []
        self.documents: list[tuple[int, Entity]] = []
        self.by_words: dict[tuple[str, ...], list[Entity]] = {}
        self.by_last: dict[str, list[Entity]] = {}
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
                        # `Park Ji-hoon`, `Man-kei`: a given name's lower-case half, inside a person.
                        u.text == "-"
                        and not doc[j - 1].whitespace_
                        and not u.whitespace_
                        and j + 1 < n
                        and doc[j + 1].is_alpha
                        and doc[j + 1].is_lower
                        and doc[j + 1].ent_iob_ == "I"
                        and doc[j + 1].ent_type_ == "PERSON"
                        # one word of a longer name, not a lone `Kick-off` the model tagged
                        and (j - 1 > i or (j + 2 < n and self._is_name_token(doc[j + 2], propn)))
                    )
                    or (
                        u.lower_ in _PARTICLES
                        and u.is_lower
                        and j + 1 < n
                        and self._is_name_token(doc[j + 1], propn)
                        and doc[j + 1].ent_type_ == doc[j - 1].ent_type_ == "PERSON"
                    )
                    or (
                        u.lower_ in CONNECTORS
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
        for p in range(i + 1, j):
            # Where spaCy starts a PERSON inside the run: `First Minister of Scotland | Nicola Sturgeon`.
            person_starts = (
                doc[p].ent_iob_ == "B"
                and doc[p].ent_type_ == "PERSON"
                and all(doc[x].ent_iob_ == "I" for x in range(p + 1, j))
            )
            # Or at a first name after a title or an organisation: `... Minister of Scotland | Nicola
            # Sturgeon`, `House Intelligence Committee Representative | Adam Schiff`.
            first_name = (
                p < j - 1
                and doc[p].pos_ == "PROPN"
                and is_first_name(doc[p].text)
                and not is_first_name(doc[p - 1].text)
                and any(w in lx.TITLE_WORDS or w in lx.ORG_WORDS for w in doc[i:p].text.casefold().split())
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
            words = words_of(doc[k:j].text)
            if not words or all(w in lx.TITLE_WORDS or w in CONNECTORS for w in words):
                continue
            items.append((k, j, words, stripped))
        by_words = self.by_words
        # Longest names first so short forms find the full name.
        for k, j, words, stripped in sorted(items, key=lambda x: (-len(x[2]), x[0])):
            ent = self.match(words, k)
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
                self.run_at[x] = r
        for ent in self.entities:
            ent.type = decide_type(ent.strong or ent.votes)
            self.by_last.setdefault(ent.words[-1], []).append(ent)

    def match(self, words: tuple[str, ...], at: int) -> Entity | None:
        """The entity `words` name at token `at`: the same words, a contiguous run of a longer name, or
        its initials; several candidates, the one named last before `at`."""
        if words in self.by_words:
            return nearest(self.by_words[words], at)
        cands = [e for e in self.entities if contains(e.words, words)]
        if not cands and len(words) == 1 and words[0].isalpha() and 2 <= len(words[0]) <= 6:
            # Acronym: `who` spells the initials of `world health organization`.
            cands = [e for e in self.entities if initials(e.words) == words[0]]
        return nearest(cands, at) if cands else None

    def _vote(self, run: Run, stripped: str | None) -> None:
        doc = self.doc
        ent = run.entity
        span = doc[run.start : run.end]
        labels = Counter(t.ent_type_ for t in span if t.ent_type_)
        if labels:
            label = labels.most_common(1)[0][0]
            ent.votes[{"LOC": "GPE", "FAC": "GPE"}.get(label, label)] += 1
        first = words_of(span.text)[0]
        last = span[-1].lower_
        head = span.root
        if (head.dep_ == "appos" and head.head.lemma_.lower() in lx.ROLE_NOUNS) or any(
            c.dep_ == "appos" and c.lemma_.lower() in lx.ROLE_NOUNS for c in head.children
        ):
            ent.strong["PERSON"] += 1
        # A first name is evidence of a person unless the model or the last word says otherwise
        # (`Georgia Tech`, `Paris Agreement`, `Clinton Foundation`).
        person = not set(labels) - {"PERSON"} and last not in nm.NAME_WORD_TYPE
        # Tagged a proper noun too: `Key` in `Key Russian officers` is in the dictionary as a name.
        if run.end - run.start >= 2 and person and span[0].pos_ == "PROPN" and is_first_name(first):
            ent.strong["PERSON"] += 1
        gender = first_name_gender(first, mostly=True) if run.end - run.start >= 2 else None
        if gender is not None and (person or ent.strong["PERSON"]) and ent.gender is None:
            ent.gender = gender
            ent.guessed = first_name_gender(first) is None
        if stripped:
            ent.strong["PERSON"] += 1
            sw = stripped.casefold().split()
            if any(w in lx.MALE_TITLES for w in sw):
                ent.gender, ent.guessed = "m", False
            elif any(w in lx.FEMALE_TITLES for w in sw):
                ent.gender, ent.guessed = "f", False
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
                if lemma in lx.KIN_NOUNS:
                    ent.roles.add(lemma)  # `his daughter Nettie Baker`

    def _index_context(self) -> None:
        """Titles, roles, salient subjects, document owners and learned genders, in one pass."""
        doc = self.doc
        seen_title: set[int] = set()
        for r in self.runs:
            ent = r.entity
            head = run_head(doc, r)
            if ent.type == "PERSON" and id(ent) not in seen_title:
                title = self._title_of(r, head)
                if title:
                    seen_title.add(id(ent))
                    ent.title = ent.title if ent.title and title in ent.title else title
                    ent.roles.update(role_words(title))
            # A state's body (`Ukraine's General Staff`) or a single generic word (`Catholic Bishops'
            # Conference`) is named with its possessor; a company keeps its own name.
            generic = r.end - r.start == 1 or doc[r.end - 1].lower_ in nm.STATE_BODY_WORDS
            if ent.type == "ORG" and ent.display is None and generic:
                poss = self._possessor(head, r)
                if poss:
                    ent.display = f"{poss}{doc[r.start : r.end].text}"
            for role in ent.roles:
                self.roles.setdefault(role, []).append((r.start, ent))
            if self.inside_quote(doc[r.start].idx):
                continue
            subj = head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass")
            )
            verb = head.head if head.dep_ != "appos" else head.head.head
            if subj and verb.dep_ not in ("ccomp", "xcomp", "relcl", "acl"):
                self.salient.append((r.start, ent))
            if head.head.lemma_.lower() in lx.DOCUMENT_NOUNS and head.dep_ in ("compound", "poss"):
                self.documents.append((head.head.i, ent))
        for entries in self.roles.values():
            entries.sort(key=lambda x: x[0])
        self.salient.sort(key=lambda x: x[0])
        self.documents.sort(key=lambda x: x[0])
        self._learn_gender()

    def _learn_gender(self) -> None:
        """The first he/she within two sentences after a genderless person named as a subject; it
        corrects a gender guessed from a first name used mostly for the other (`Sen. Lindsey Graham
        ... He added`)."""
        doc = self.doc
        # A he/she is evidence of a person too, when nothing strong said otherwise.
        pending: list[tuple[int, Entity]] = [
            (i, e)
            for i, e in self.salient
            if (e.gender is None or e.guessed)
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
            if (ent.gender is None or ent.guessed) and sentence_distance(doc, i, t.i) <= 2:
                ent.gender, ent.guessed = lx.PRONOUN_GENDER[t.lower_], False
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
            if any(w.pos_ in ("NOUN", "PROPN") and w.i not in self.run_at for w in words):
                parts.append(words.text)
        if not parts:
            appos = [c for c in head.children if c.dep_ == "appos" and not self._has_run(c)]
            if head.dep_ == "appos" and not self._has_run(head.head):
                appos.append(head.head)
            for a in appos:
                if a.pos_ in ("NOUN", "PROPN") and (a.lemma_.lower() in lx.ROLE_NOUNS or a.pos_ == "NOUN"):
                    parts.append(self.phrase(a, drop=("det", "poss", "appos", "relcl", "punct", "acl")))
                    break
        title = " ".join(p for p in parts if p)
        return title or None

    def _has_run(self, t: Token) -> bool:
        r = self.run_at.get(t.i)
        return r is not None and r.entity.type == "PERSON"

    def _possessor(self, head: Token, r: Run) -> str | None:
        doc = self.doc
        for c in head.children:
            if c.dep_ == "poss" and c.i < r.start and c.i in self.run_at:
                pr = self.run_at[c.i]
                end = pr.end
                if end < len(doc) and doc[end].dep_ == "case":
                    return doc[pr.start : end + 1].text_with_ws
        return None

    def phrase(self, head: Token, drop: Iterable[str] = ()) -> str:
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
        return trim(span.text)

    # ---- resolving ------------------------------------------------------

    def entity_of(self, token: Token) -> Entity | None:
        r = self.run_at.get(token.i)
        return r.entity if r else None

    def runs_in(self, toks: list[Token]) -> list[Run]:
        out: list[Run] = []
        for t in toks:
            r = self.run_at.get(t.i)
            if r is not None and (not out or out[-1] is not r):
                out.append(r)
        return out
