"""The composition: statements, quote regions, ids, chunking, the actors index."""

from datetime import date
from itertools import pairwise

import pytest

import claimx.compose as claims_module
from claimx.compose import article, chunk_spans, extract_text

WIRE = (
    'DULMOOR (AP) — "We lost the pier in one night," said Ana Ruiz, the harbour master. '
    '"The waves took the boards.\n\n"By morning nothing was left," she said.\n\n'
    "The council approved $4 million for repairs on Monday."
)


def test_wire_quote_over_body_paragraphs_is_one_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = [c for c in article(nlp(WIRE), "w").claims if c.kind == "quote"]
    assert [q.text for q in quotes] == [
        "We lost the pier in one night",
        'The waves took the boards.\n\n"By morning nothing was left',
    ]
    assert {q.speaker.name for q in quotes if q.speaker} == {"Ana Ruiz"}


def test_reporters_sentence_with_a_figure_is_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    art = article(nlp(WIRE), "w")
    (s,) = [c for c in art.claims if c.kind == "statement"]
    assert s.text == "The council approved $4 million for repairs on Monday."
    assert s.speaker is None and s.figures[0].value == 4_000_000


@pytest.mark.parametrize(
    "text",
    [
        "Background: On 3 May 2024, 12 people were hurt.",
        "The sky is blue and nothing was counted.",
    ],
)
def test_statements_never_hold_a_label_and_need_a_date_or_figure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for c in article(nlp(text), "t").claims:
        assert not c.text.startswith("Background")
        assert c.kind != "statement" or c.dates or c.figures


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        # `, and` / `, but` before a clause with its own subject: two assertions, two actors.
        (
            "A bloom of algae stretches 12 km along the coast, and local authorities have closed 14 beaches.",
            ["A bloom of algae stretches 12 km along the coast", "local authorities have closed 14 beaches."],
        ),
        ("Prices rose 4% in May, but wages fell 2%.", ["Prices rose 4% in May", "wages fell 2%."]),
        # One subject for both verbs, no comma, or a second part without a finite clause: one claim.
        ("The firm hired 300 staff in 2024, and opened two plants.", None),
        ("Prices rose 4% in May but wages fell 2%.", None),
        ("The mayor met 40 residents, and the council's staff.", None),
        ("Tom Hale discussed the budget, housing, and a 5% tax to pay for roads.", None),
        # A relative clause that only attributes the next claim is not the reporter's.
        (
            "He had not appeared in public since 2014, which his wife Ana said was due to a long illness.",
            ["He had not appeared in public since 2014"],
        ),
        ("The plant, which employs 300 people, closed in May.", None),
        # A quoted run the statement ends in keeps its closing mark.
        (
            'In 2019 the flu was commonly called "swine flu." The government did nothing.',
            ['In 2019 the flu was commonly called "swine flu."'],
        ),
    ],
)
def test_a_sentence_of_two_clauses_makes_two_statements(nlp, text: str, statements: list[str] | None) -> None:  # type: ignore[no-untyped-def]
    got = [c.text for c in article(nlp(text), "t").claims if c.kind == "statement"]
    assert got == (statements or [text])


def test_ids_are_stable_and_follow_the_text_not_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    a = article(nlp(WIRE), "one.txt")
    b = article(nlp(WIRE), "other/two.txt")
    assert [c.id for c in a.claims] == [c.id for c in b.claims]
    assert len({c.id for c in a.claims}) == len(a.claims)
    changed = article(nlp(WIRE.replace("Monday", "Friday")), "one.txt")
    assert {c.id for c in changed.claims}.isdisjoint({c.id for c in a.claims})


@pytest.mark.parametrize(("size", "text"), [(10, "a" * 25), (12, "one two\n\nthree four five six"), (5, "")])
def test_chunks_cover_the_text_in_order(size: int, text: str) -> None:
    spans = chunk_spans(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(e - s <= size for s, e in spans)


def test_long_text_in_chunks_keeps_global_offsets(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(claims_module, "CHUNK_CHARS", 200)
    text = "\n\n".join([WIRE] * 4)
    art = extract_text(nlp, text, "long")
    assert any("chunks" in w for w in art.warnings)
    assert sum(c.kind == "statement" for c in art.claims) == 4
    for c in art.claims:
        assert text[c.start : c.end] == c.text
        for sub in [*c.dates, *c.figures, *c.entities]:
            assert text[sub.start : sub.end] == sub.text


def test_actors_index_lists_speakers_and_actors_with_their_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    art = article(nlp(WIRE), "w")
    by_name = {a.name: a for a in art.actors}
    assert by_name["Ana Ruiz"].type == "PERSON"
    ids = {c.id for c in art.claims}
    assert all(set(a.claims) <= ids for a in art.actors)


NO_REFERENCE = "no reference date (no dated dateline, no --date)"


@pytest.mark.parametrize(
    ("text", "ref", "warned"),
    [
        ("The council said the library closed on 31 January.", None, "1 date left without a value"),
        (
            "The council said it closed on 31 January and reopened yesterday.",
            None,
            "2 dates left without a value",
        ),
        ("The council said the library closed on 31 January.", date(2025, 2, 2), None),
        ("The council said the library closed on 31 January 2024.", None, None),
        ("LONDON, Feb 2, 2025 (Reuters) - The council said it closed on 31 January.", None, None),
        ("The council said the library had closed.", None, None),
    ],
)
def test_dates_left_without_a_value_for_want_of_a_reference_are_reported(nlp, text, ref, warned) -> None:  # type: ignore[no-untyped-def]
    notes = [w for w in article(nlp(text), "x", ref).warnings if w.startswith(NO_REFERENCE)]
    assert notes == ([f"{NO_REFERENCE}: {warned}"] if warned else [])
