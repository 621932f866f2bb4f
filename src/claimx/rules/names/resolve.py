"""Resolution: the speaker a noun phrase names, read against the name index and the memory.

`ArticleIndex` pairs a piece's `NameIndex` (built once) with its `Memory` (what reading in
text order has learned: who spoke, learned genders, ad-hoc entities). Attribution writes to
the memory through `index.memory.note(...)` as it finds each speaker; everything else reads.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from claimx.lexicon import speech as lx
from claimx.models import Speaker
from claimx.rules.names.build import NameIndex
from claimx.rules.names.entity import (
    Entity,
    Run,
    dep_of,
    is_definite,
    last_before,
    nearest,
    np_tokens,
    trim,
    words_of,
)
from claimx.rules.names.memory import Memory

_SALIENCE_WINDOW = 40
# Clauses on a noun phrase that describe the speaker rather than name them.
_CLAUSES = frozenset("relcl acl advcl".split())


class ArticleIndex:
    """A piece's name index and its memory: resolves mentions to speakers."""

    def __init__(
        self,
        doc: Doc,
        start: int = 0,
        skip: Sequence[tuple[int, int]] = (),
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        """`start`: first char of the body; `skip`: char spans that are not prose (labels);
        `quoted`: char spans inside direct quotes (their names are not salient)."""
        self.names = NameIndex(doc, start, skip, quoted)
        self.memory = Memory(self.names)
        self.doc = doc
        self.start_char = start

    @property
    def entities(self) -> list[Entity]:
        return self.names.entities

    @property
    def runs(self) -> list[Run]:
        return self.names.runs

    def inside_quote(self, char: int) -> bool:
        return self.names.inside_quote(char)

    def entity_of(self, token: Token) -> Entity | None:
        return self.names.entity_of(token)

    def find(self, name: str, where: Span | None = None) -> Speaker | None:
        """The speaker a bare name stands for (`Kovalchuk` in a `Quote from Kovalchuk:` label)."""
        words = words_of(name)
        if not words:
            return None
        at = where.start if where is not None else len(self.doc)
        ent = self.names.match(words, at)
        if ent is None and words[-1] in self.names.by_last:
            ent = nearest(self.names.by_last[words[-1]], at)
        return ent.speaker(name) if ent is not None else None

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
        toks = [t for t in np_tokens(head) if lo <= t.i < hi and t.idx >= self.start_char]
        if not toks:
            return None, None
        mention = trim(doc[toks[0].i : toks[-1].i + 1].text)
        runs = self.names.runs_in(toks)
        lemma = head.lemma_.lower()
        # A named person anywhere in the phrase (head, apposition, compound).
        person = next((r for r in runs if r.entity.type == "PERSON" and r.start <= head.i < r.end), None)
        person = person or next(
            (r for r in runs if r.entity.type == "PERSON" and dep_of(doc, r) == "appos"), None
        )
        if person is None and head.i not in self.names.run_at and lemma in lx.ROLE_NOUNS:
            person = next((r for r in runs if r.entity.type == "PERSON"), None)
        if person is not None:
            m = self._named_mention(toks, person)
            return person.entity.speaker(m, self._title_for(person, head)), person.entity
        head_run = self.names.run_at.get(head.i)
        if head_run is not None and head_run in runs:
            return head_run.entity.speaker(mention), head_run.entity
        found: Entity | None = None
        if lemma in lx.ROLE_NOUNS and (
            lemma not in lx.ANONYMOUS_NOUNS or (is_definite(head) and head.tag_ != "NNS")
        ):
            role = head.text.lower()
            org = next((r for r in runs if r.entity.type == "ORG"), None)
            if org is not None:  # `a spokeswoman for Severn Valley Police`: the body speaks
                return org.entity.speaker(mention, title=role), org.entity
            found = self._by_role(lemma, head.i, head) if is_definite(head) or runs else None
            if found is not None:  # `the minister said`: whoever was introduced as minister
                return found.speaker(mention), found
            if runs:  # `Chelyabinsk's governor`: a person named by office only
                name = trim(doc[toks[0].i + (toks[0].dep_ == "det") : toks[-1].i + 1].text)
                return Speaker(name=name, mention=mention, type="PERSON", title=role), None
            return Speaker(name=mention, mention=mention, type="anonymous", title=role), None
        if lemma in lx.DOCUMENT_NOUNS:
            owner = next((r for r in runs if r.end <= head.i + 1), None)
            if owner is not None:
                return owner.entity.speaker(mention), owner.entity
            found = last_before(self.names.documents, head.i) if is_definite(head) else None
            if found is not None:
                return found.speaker(mention), found
            return self._anonymous(mention, head)
        if lemma in lx.ORG_NOUNS and not (head.tag_ == "NNS" and lemma in lx.ANONYMOUS_NOUNS):
            # `the transit authority` is a body; `authorities` stay an anonymous plural.
            # Only a bare `the company` refers back; `the fire service` names a body of its own.
            modified = any(c.dep_ in ("compound", "amod") for c in head.children)
            if not runs and is_definite(head) and not modified:
                # `the company said`: the one introduced as a company, else the last body named.
                found = self._by_role(lemma, head.i) or self._last_org(head.i)
            if found is not None:
                return found.speaker(mention), found
            name = mention
            first = doc[toks[0].i]
            if first.dep_ == "det":
                name = trim(doc[toks[0].i + 1 : toks[-1].i + 1].text)
            name = self._cut_clause(name, head, toks)
            ent = self.memory.adhoc(name, "ORG", head.i)
            return Speaker(name=name, mention=mention, type="ORG"), ent
        if lemma in lx.KIN_NOUNS and head.tag_ == "NN" and is_definite(head):
            # `his daughter said`, `the father told`: the one introduced as such, if any.
            kin = self._by_role(lemma, head.i)
            if kin is not None:
                return kin.speaker(mention), kin
        if lemma in lx.ANONYMOUS_NOUNS or head.pos_ == "NUM":
            return self._anonymous(mention, head)
        # A nationality that only qualifies the head (`the Austrian partner`) does not speak.
        runs = [r for r in runs if r.entity.type != "NORP" or r.start <= head.i < r.end]
        if runs:
            r = runs[-1] if runs[-1].end <= head.i + 1 else runs[0]
            return r.entity.speaker(mention), r.entity
        if head.text[:1].isupper():
            named = self.names.match(words_of(head.text), head.i)
            if named is not None:
                return named.speaker(mention), named
        return self._anonymous(mention, head)

    def _cut_clause(self, name: str, head: Token, toks: list[Token]) -> str:
        rel = [c for c in head.children if c.dep_ in ("relcl", "acl", "appos") and c.i > head.i]
        if not rel:
            return name
        end = rel[0].left_edge.i
        start = toks[0].i + (1 if toks[0].dep_ == "det" else 0)
        return trim(self.doc[start:end].text) or name

    def _anonymous(self, mention: str, head: Token) -> tuple[Speaker, Entity]:
        ent = self.memory.adhoc(mention, "anonymous", head.i)
        return Speaker(name=mention, mention=mention, type="anonymous"), ent

    def _named_mention(self, toks: list[Token], r: Run) -> str:
        """The phrase as written where the person is named, with its title in front and its apposition
        (`Brian Fallon, a spokesman for the campaign`), up to a clause on the phrase (`, who ...`)."""
        start = min(toks[0].i, r.start)
        end = max(r.end, toks[-1].i + 1)
        clause = next((t for t in toks if t.i >= r.end and t.dep_ in _CLAUSES), None)
        if clause is not None:
            end = max(r.end, clause.left_edge.i)
        if not any(t.pos_ in ("NOUN", "PROPN") for t in self.doc[r.end : end]):
            end = r.end  # `Tom Briggs, 68`: an age describes, it does not name
        return trim(self.doc[start:end].text)

    def _title_for(self, r: Run, head: Token) -> str | None:
        ent = r.entity
        if not r.start <= head.i < r.end and head.lemma_.lower() in lx.ROLE_NOUNS:
            drop = ("det", "poss", "appos", "relcl", "punct", "acl")
            return self.names.phrase(head, drop=drop) or ent.title
        return ent.title

    def _by_role(self, role: str, at: int, head: Token | None = None) -> Entity | None:
        """The one introduced with this role: the last before `at`, else the first after.

        With `head`, the words that qualify the role (`the health minister`, `the local police
        chief`) must all be in the candidate's title, so a finance minister does not answer for
        the health minister; none fits, none is returned and the role noun stays the speaker.
        """
        entries = self.names.roles.get(role)
        if entries and head is not None:
            qualifiers = _qualifiers(head)
            entries = [e for e in entries if qualifiers <= _title_words(e[1])]
        if not entries:
            return None
        ent = last_before(entries, at)
        return ent if ent is not None else entries[0][1]

    def _last_org(self, at: int) -> Entity | None:
        k = bisect_left(self.memory.salient, at, key=lambda x: x[0])
        for _, ent in reversed(self.memory.salient[max(0, k - _SALIENCE_WINDOW) : k]):
            if ent.type == "ORG" and not ent.adhoc:
                return ent
        return None

    def _pronoun(self, tok: Token, lower: str) -> tuple[Speaker | None, Entity | None]:
        gender = lx.PRONOUN_GENDER.get(lower)
        k = bisect_left(self.memory.salient, tok.i, key=lambda x: x[0])
        for _, ent in reversed(self.memory.salient[max(0, k - _SALIENCE_WINDOW) : k]):
            if gender is not None:
                if ent.type != "PERSON":
                    continue
                if self.memory.gender(ent) in (gender, None):
                    self.memory.learn_gender(ent, gender)
                    return ent.speaker(tok.text), ent
            elif lower in lx.NEUTER_PRONOUNS:
                if ent.type in ("ORG", "GPE"):
                    return ent.speaker(tok.text), ent
            elif ent.type in ("ORG", "GPE", "NORP", "anonymous"):
                return ent.speaker(tok.text), ent
        return None, None


def _qualifiers(head: Token) -> set[str]:
    """The words before a role noun that say which one: `local`, `health` in `the local health minister`."""
    out: set[str] = set()
    for c in head.children:
        if c.dep_ in ("compound", "amod") and c.i < head.i:
            out.update(w.lower_ for w in c.subtree if w.is_alpha)
    return out


def _title_words(ent: Entity) -> set[str]:
    return set((ent.title or "").casefold().replace("-", " ").split())
