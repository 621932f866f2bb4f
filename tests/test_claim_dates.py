"""Claim dates and attributions that are no claims of their own (GUIDELINES, "Claim date")."""

from __future__ import annotations

import pytest

from claimx.compose import article
from claimx.models import Article, Claim

DATELINE = "LONDON, March 7, 2025 (Reuters) - "  # a Friday


@pytest.fixture(scope="module")
def run(nlp):  # type: ignore[no-untyped-def]
    def _run(body: str) -> Article:
        return article(nlp(DATELINE + body), "t")

    return _run


def holding(art: Article, snippet: str) -> Claim:
    hits = [c for c in art.claims if snippet in c.text]
    assert hits, f"no claim holds {snippet!r}: {[(c.kind, c.text) for c in art.claims]}"
    return hits[0]


@pytest.mark.parametrize(
    ("body", "snippet", "date"),
    [
        # The event the claim names.
        ("The bridge reopened on 3 March after repairs.", "bridge reopened", "2025-03-03"),
        ("Mayor Jane Roe said the plant will open in June 2026.", "plant will open", "2026-06"),
        ("The mill was built in 1887 and sold in 1998.", "mill was built", "1887"),
        # No event date: the day the words were said.
        ("Mayor Jane Roe said on Monday that the bridge was safe.", "bridge was safe", "2025-03-03"),
        ('"We will rebuild," Jane Roe said on Tuesday.', "We will rebuild", "2025-03-04"),
        ('Jane Roe said on Tuesday: "We will rebuild the bridge."', "We will rebuild", "2025-03-04"),
        # A date right after the verb times the saying; the content's own date dates the claim.
        ("Veltrona said last month it expected revenue in 2024 to fall.", "revenue in 2024", "2024"),
        # A possessive date on an event noun dates the claim.
        ("About 2.9 million people voted in Sunday's election.", "people voted", "2025-03-02"),
        # A date of a relative clause about the speaker is neither.
        ('"It was awful," said Ann Lee, who has lived here since 1979.', "It was awful", None),
        ("Tom Hale, who took charge in 2021, said his side had been poor.", "side had been poor", None),
        # A claim that is a noun phrase tells its event in the relative clause on its head...
        (
            "On Monday, the Gazette revealed a deal whereby, on 27 February, Acme Ltd bought the mill.",
            "a deal whereby",
            "2025-02-27",
        ),
        ("Jane Roe announced a plan that takes effect on 1 April.", "a plan that", "2025-04-01"),
        # ...but a relative clause inside a clause claim is still no event of the claim.
        (
            "On Monday, Jane Roe said the mill, which opened on 2 February, had closed.",
            "the mill",
            "2025-03-03",
        ),
        # A date that times a figure is the figure's, not the event's.
        (
            "Jane Roe said on Monday Kyiv had offered to cap exports at 300,000 tonnes, down from 500,000 tonnes in 2024.",
            "had offered",
            "2025-03-03",
        ),
        (
            "Hale said Kyiv had offered to cap exports to the EU at 300,000 tonnes a year, down from about"
            " 500,000 tonnes in 2024.",
            "had offered",
            None,
        ),
        ("The 0.4 release in late 2011 was a success.", "release", "2011"),
        # A clause on the subject that says when it happened dates the claim.
        (
            "The storm, which struck on 29 October, brought gusts of up to 70 mph.",
            "brought gusts",
            "2024-10-29",
        ),
        ("The mill, which opened in 1887, employs 40 people.", "employs 40", None),
        # A later sentence of a long quote dates it by a named day only, never by `today`.
        ('Quote: "We saw three brigades. One was wiped out. They did not attack today."', "We saw", None),
        (
            'Quote: "It is with great sadness that I announce his death. He died on 10 February, at home."',
            "great sadness",
            "2025-02-10",
        ),
        # Nothing to date it by.
        ("Jane Roe said the bridge was safe.", "bridge was safe", None),
    ],
)
def test_claim_date(run, body: str, snippet: str, date: str | None) -> None:  # type: ignore[no-untyped-def]
    assert holding(run(body), snippet).date == date


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("Mayor Jane Roe said on Monday that the bridge was safe.", "said on Monday"),
        ('"We will rebuild," Jane Roe said on Tuesday.', "said on Tuesday"),
        ("On Wednesday, Jane Roe, the mayor of the town, announced that the bridge was safe.", "Wednesday"),
        ('Jane Roe said on Tuesday: "We will rebuild the bridge."', "said on Tuesday"),
        # A listener named is no news of its own: `told TASS`, `told reporters`.
        (
            '"We will rebuild the port," Deputy Mayor Ann Lee told the Gazette on Wednesday.',
            "Gazette on Wednesday",
        ),
        ('"It was turned off by pirates" Tom Hale told reporters on Tuesday.', "reporters on Tuesday"),
        # The quote's last sentence ends inside it; the attribution after it is still its own.
        ('"Our house is on fire. Act now!" Jane Roe told the world on Thursday via Twitter.', "Thursday"),
        (
            'Jane Roe leads the ministry. She said, in remarks published on Monday, "we will not give up."',
            "Monday",
        ),
        # Clauses that only describe the speaker or the channel stay part of the attribution.
        ("On Tuesday, the Supreme Court, which rules on such matters, said the ban was unlawful.", "Tuesday"),
        ("In a statement issued on Monday, the police confirmed they seized the van.", "issued on Monday"),
        ("Jane Roe, speaking for the ministry, said on Monday that the bridge was safe.", "Monday"),
        # Repeating earlier remarks: their date is of the words, not news of its own.
        (
            'Jane Roe spoke. "The bridge is safe," she said, repeating her March 2 remarks made at the hearing.',
            "March 2",
        ),
        # A verb of saying the cue hangs on, a channel as its object, a word of the source's phrase.
        ("On Thursday, Judge Ann Hale wrote denying residents parking violated the code.", "Thursday"),
        (
            "Mayor Ivo Marek posted a message on Facebook on Friday announcing he had tested positive.",
            "Friday",
        ),
        ("On Friday, researchers at Leiden posted findings estimating the outbreak had doubled.", "Friday"),
        ("According to the official WHO report yesterday, there had been 2741 cases in China.", "yesterday"),
    ],
)
def test_an_attribution_alone_is_no_statement(run, body: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    art = run(body)
    assert not [c for c in art.claims if c.kind == "statement" and fragment in c.text]
    said = [c for c in art.claims if c.kind != "statement"]
    assert said and said[0].date is not None
    # The attribution's date stays listed, with the claim it attributes.
    assert any(fragment.split()[-1] in d.text for d in said[0].dates)


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        # The cue's object is news of its own.
        ('On Wednesday the council announced its choice of Ann Lee as "Citizen of the Year".', "its choice"),
        # What `tell` tells is news: `told a story`.
        ("On Monday Jane Roe told a long story about the bridge.", "long story"),
        # Another verb makes it more than an attribution.
        ("On Monday Jane Roe closed the bridge and said it was unsafe.", "closed the bridge"),
        # A clause about the speaker with a date of its own is news.
        ("Ann Lee, who resigned on 2 March, said on Monday that the bridge was safe.", "resigned on 2 March"),
        # A verb of saying with an object of its own is news.
        ("On Friday, the city posted a budget of 3 million dollars, saying it would cut jobs.", "budget"),
        # A figure is checkable on its own.
        ("Jane Roe, who won 5,000 votes, said on Monday that the bridge was safe.", "5,000 votes"),
    ],
)
def test_claims_that_stay(run, body: str, snippet: str) -> None:  # type: ignore[no-untyped-def]
    art = run(body)
    assert [c for c in art.claims if snippet in c.text], [(c.kind, c.text) for c in art.claims]


def test_a_speakers_next_quote_in_the_paragraph_keeps_the_day(run) -> None:  # type: ignore[no-untyped-def]
    art = run('Jane Roe said on Tuesday "we will rebuild" and "it will take a year."')
    assert holding(art, "it will take a year").date == "2025-03-04"


@pytest.mark.parametrize(
    ("body", "mention", "value"),
    [
        # A quote's relative dates count from the day its words were said...
        ('"Tomorrow I have to get up early," Jane Roe said on 3 March.', "Tomorrow", "2025-03-04"),
        ('"We met them yesterday," Jane Roe said on Tuesday.', "yesterday", "2025-03-03"),
        # ...not when the attribution names no day (the dateline counts)...
        ('"Tomorrow I have to get up early," Jane Roe said.', "Tomorrow", "2025-03-08"),
        # ...and reported speech is the reporter's words: the dateline counts.
        ("Jane Roe said on Tuesday that the bridge would reopen tomorrow.", "tomorrow", "2025-03-08"),
    ],
)
def test_relative_dates_in_a_quote_count_from_the_day_said(run, body: str, mention: str, value: str) -> None:  # type: ignore[no-untyped-def]
    art = run(body)
    found = {d.text: d.value for c in art.claims for d in c.dates}
    assert found[mention] == value, found
