"""Attribution tests, split as rules/attribution is: frames (reported speech) and quote speakers.

Every sentence here is written for these tests. The seed-article expectations
run on samples/kursk-command-post.txt (or the shared dev copy) when present.
"""

from __future__ import annotations

from claimx.rules.chunk import Attributed


def claim(text: str, claims: list[Attributed], kind: str, snippet: str) -> Attributed:
    at = text.index(snippet)
    hits = [c for c in claims if c.kind == kind and c.start <= at < c.end]
    assert hits, f"no {kind} claim holds {snippet!r}: {[(c.kind, text[c.start : c.end]) for c in claims]}"
    return hits[0]
