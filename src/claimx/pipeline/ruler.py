"""The pipeline's attribute ruler, applied by table look-up instead of spaCy's Matcher.

spaCy's English pipelines map each fine-grained tag to a part of speech and
morphology, and fix a few hundred exceptions, with an `AttributeRuler`: a
Matcher of some 180 patterns run over every token. The Matcher takes about
14% of the whole pipeline's time on a news article, more than the tagger and
parser together, although its patterns only ever test a token's tag, lower
form, dependency label and whether it is a space.

`LookupRuler` gives the same result from the same patterns: which patterns a
token satisfies depends only on those four values, so it is worked out once per
distinct combination and cached, and a pattern of several tokens checks its
later positions only where its first one matched. Words that no pattern names
or matches share one entry, so the cache stays small whatever the vocabulary.
Rules are applied in the AttributeRuler's order (a later rule wins), so every
token ends with the attributes the AttributeRuler would give it.

Limits: only token patterns on TAG, LOWER, DEP and IS_SPACE, with
plain values or IN, NOT_IN and REGEX, without operators (`OP`). A pipeline
whose ruler uses anything else keeps spaCy's component (`lookup_ruler` returns
None).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# The token values a pattern may test, in the order of the look-up key.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]
# Stands for every lower form that no pattern names or matches (checked in lookup_ruler).
_UNNAMED = "\x00unnamed"
_MAX_WORDS = 100_000  # words whose class is remembered; then the memo starts again

Values = tuple[str, str, str, bool]
Test = Callable[[Values], bool]


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int
    tests: tuple[int, ...]
    """Ids of the per-token tests, one per position of the pattern."""
    index: int
    attrs: dict[int, Any]


class LookupRuler:
    """Applies an AttributeRuler's rules to a Doc, cached per token description."""

    def __init__(
        self,
        vocab: Vocab,
        tests: list[Test],
        rules: list[_Rule],
        named: set[str],
        regexes: list[re.Pattern[str]],
    ) -> None:
        self.vocab = vocab
        self.tests = tests
        self.named = {vocab.strings.add(w) for w in named}
        self.regexes = regexes
        self.unnamed = vocab.strings.add(_UNNAMED)
        self._classes: dict[int, int] = {}
        self.single = [r for r in rules if len(r.tests) == 1]
        self.multi = [r for r in rules if len(r.tests) > 1]
        # key -> (tests it passes, rules of one token it matches, rules of several it may start)
        self._seen: dict[tuple[int, ...], tuple[frozenset[int], tuple[int, ...], tuple[_Rule, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}
        self._attrs = {r.order: r.attrs for r in rules}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        found = [
            self._describe((tag, self._lower_class(lower), dep, space))
            for tag, lower, dep, space in doc.to_array(_ARRAY).tolist()
        ]
        hits: list[list[int]] = [list(single) for _, single, _ in found]
        for i, (_, _, starts) in enumerate(found):
            for rule in starts:
                end = i + len(rule.tests)
                if end <= len(doc) and all(t in found[i + k][0] for k, t in enumerate(rule.tests)):
                    target = i + rule.index if rule.index >= 0 else end + rule.index
                    if i <= target < end:
                        hits[target].append(rule.order)
        for i, orders in enumerate(hits):
            if orders:
                set_token_attrs(doc[i], self._merge(tuple(sorted(orders))))
        return doc

    def _describe(self, key: tuple[int, ...]) -> tuple[frozenset[int], tuple[int, ...], tuple[_Rule, ...]]:
        got = self._seen.get(key)
        if got is None:
            strings = self.vocab.strings
            values: Values = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
            passed = frozenset(i for i, test in enumerate(self.tests) if test(values))
            single = tuple(r.order for r in self.single if r.tests[0] in passed)
            starts = tuple(r for r in self.multi if r.tests[0] in passed)
            got = self._seen[key] = (passed, single, starts)
        return got

    def _lower_class(self, lower: int) -> int:
        """`lower` itself if a pattern names it or one of their regexes matches it, else one shared id."""
        if lower in self.named:
            return lower
        got = self._classes.get(lower)
        if got is None:
            if len(self._classes) >= _MAX_WORDS:
                self._classes.clear()
            text = self.vocab.strings[lower]
            got = lower if any(r.search(text) for r in self.regexes) else self.unnamed
            self._classes[lower] = got
        return got

    def _merge(self, orders: tuple[int, ...]) -> dict[int, Any]:
        # Setting one attribute never changes another, so applying the rules one after
        # another equals applying their union, later rules winning.
        merged = self._merged.get(orders)
        if merged is None:
            merged = {}
            for order in orders:
                merged.update(self._attrs[order])
            self._merged[orders] = merged
        return merged


def lookup_ruler(ruler: AttributeRuler) -> LookupRuler | None:
    """A LookupRuler with `ruler`'s rules, or None when a pattern needs the Matcher."""
    tests: list[Test] = []
    rules: list[_Rule] = []
    named: set[str] = set()
    regexes: list[re.Pattern[str]] = []
    for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
        patterns = ruler.matcher.get(ruler.vocab.strings[str(order)])[1]
        for pattern in patterns:
            ids = []
            for token in pattern:
                test = _token_test(token, named, regexes)
                if test is None:
                    return None
                ids.append(len(tests))
                tests.append(test)
            if not ids:
                return None
            rules.append(_Rule(order, tuple(ids), index, attrs))
    if any(r.search(_UNNAMED) for r in regexes):
        return None  # the stand-in would match where the words it stands for do not
    return LookupRuler(ruler.vocab, tests, rules, named, regexes)


def _token_test(spec: dict[str, Any], named: set[str], regexes: list[re.Pattern[str]]) -> Test | None:
    """A test of one token position, recording the lower forms it names and its regexes on them."""
    checks: list[Callable[[Values], bool]] = []
    for key, want in spec.items():
        if key not in _KEYS:
            return None
        check = _check(_KEYS.index(key), want)
        if check is None:
            return None
        checks.append(check)
        if key == "LOWER":
            _collect(want, named, regexes)
    return lambda values: all(check(values) for check in checks)


def _check(at: int, want: Any) -> Callable[[Values], bool] | None:
    if isinstance(want, (str, bool)):
        return lambda values: values[at] == want
    if not isinstance(want, dict) or len(want) != 1:
        return None
    ((op, arg),) = want.items()
    if op == "IN" and isinstance(arg, Sequence):
        allowed = set(arg)
        return lambda values: values[at] in allowed
    if op == "NOT_IN" and isinstance(arg, Sequence):
        banned = set(arg)
        return lambda values: values[at] not in banned
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda values: isinstance(value := values[at], str) and regex.search(value) is not None
    return None


def _collect(want: Any, named: set[str], regexes: list[re.Pattern[str]]) -> None:
    if isinstance(want, str):
        named.add(want)
    if not isinstance(want, dict):
        return
    ((op, arg),) = want.items()
    if op == "REGEX":
        regexes.append(re.compile(arg))
    else:
        named.update(arg)
