import pytest

from claimx.layout.quotes import find_quotes, is_title


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," she said.', ["We will win"]),
        ("“We will win,” she said.", ["We will win"]),
        ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
        ("„Wir werden gewinnen“, sagte sie.", ["Wir werden gewinnen"]),
        ("‘If we go, we’ll win,’ he said.", ["If we go, we’ll win"]),
        ('He said: "It was a disaster for all of us."', ["It was a disaster for all of us."]),
        ('"First part," she said, "second part."', ["First part", "second part."]),
        ("\"He called it 'a batch' of men,\" she said.", ["He called it 'a batch' of men"]),
        (
            "“An official told me, ‘Less than that,’ and left,” she said.",
            ["An official told me, ‘Less than that,’ and left"],
        ),
        # A thin space that typesetting puts between a single and a double mark.
        ("\"I thought, 'I'm a drummer'\u2009\", he recalled in 2009.", ["I thought, 'I'm a drummer'"]),
        ("“\u2009‘Why?’ she asked,” he said.", ["‘Why?’ she asked"]),
        # Hand-typed pairs that mix shapes: the odd close counts where it could not open.
        ('“The dam will hold," said Ada Brenn.', ["The dam will hold"]),
        ('"The dam will hold,” said Ada Brenn.', ["The dam will hold"]),
        ("“Is the dam safe?“ she asked. “Yes, for now.”", ["Is the dam safe?", "Yes, for now."]),
        ("He said ‘not over my dead body‘, and left.", ["not over my dead body"]),
        # A double close that one space sets off after punctuation or an inner close.
        ("“We lost a lot that winter, ” said Ada Brenn. “Next.”", ["We lost a lot that winter", "Next."]),
        ('"Voters ask about \'Brenn,\' " said Roe. "Not all."', ["Voters ask about 'Brenn,'", "Not all."]),
        ('"What does the plan cost? " Roe asked.', ["What does the plan cost?"]),
        # A clipped word that something closes is still a quote.
        ("She called it 'cause for real concern among us,' and left.", ["cause for real concern among us"]),
        ("'Cause we can, and because we must,' she said.", ["Cause we can, and because we must"]),
        ("Ada Brenn said: 'Em dashes are not my thing at all.'", ["Em dashes are not my thing at all."]),
        # Two apostrophes for a double mark (news-archive style).
        ("''We will win,'' she said.", ["We will win"]),
        ("He said, ''It was a disaster.'' Then he left.", ["It was a disaster."]),
        # Only two apostrophes close two: a lone one inside is a quote inside, or an apostrophe.
        (
            "''They told me, 'We are not used to this.' Well, we learn fast,'' Mr. Roe said.",
            ["They told me, 'We are not used to this.' Well, we learn fast"],
        ),
        ("The mayor ''had me at 'harbour,''' Ms. Dale wrote.", ["had me at 'harbour,'"]),
        ("''The town's mayor said it's over,'' Roe said.", ["The town's mayor said it's over"]),
        ("''Para one.\n\n''Para two,'' he said.", ["Para one.\n\n''Para two"]),
        # Quotes that are closed later, several paragraphs on.
        (
            'Quote: "One thing.\n\nAnother thing.\n\nLast thing."',
            ["One thing.\n\nAnother thing.\n\nLast thing."],
        ),
        # Wire convention: every paragraph re-opens, only the last closes.
        ('"Para one.\n\n"Para two.\n\n"Para three," he said.', ['Para one.\n\n"Para two.\n\n"Para three']),
        # Unclosed: bounded to its paragraph, the next quote is found on its own.
        (
            'He said: "Never closed.\n\nPlain text.\n\n"New quote here," she said.',
            ["Never closed.", "New quote here"],
        ),
    ],
)
def test_quotes(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rock 'n' roll was big in the '90s.",
        "The boys’ ball and the girls’ ball.",
        'A 12" pipe and a 6" pipe.',
        "They don’t know and can’t say.",
        "The company was “devastated” by it.",
        # Mixed shapes still pair into scare quotes; a reversed mark between letters is an apostrophe.
        'The word "fine" and "good" and “great" came up.',
        "Dale‘s plan and Roe‘s plan.",
        'It was, she said, "a betrayal" of farmers.',
        "Nothing quoted here at all.",
        # Clipped words left open are no quotes: `'bout`, `’em`, `'til`, Dutch `'t`.
        "And how ‘bout this plan from the council, which hits where it hurts the most.",
        "Give ’em hell, the mayor told the crowd, and they cheered for a long while.",
        "We will wait 'til the spring thaw before the road opens again to trucks.",
        "Hanna van 't Hoff, a member of the council, voted against the plan.",
        '""',
        '" "',
    ],
)
def test_not_quotes(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize(
    ("text", "opener"), [("''We will win,'' she said.", 0), ("He said, ''No.''", 9), ("'Yes,' she said.", 0)]
)
def test_a_doubled_apostrophe_is_one_opening_mark(text: str, opener: int) -> None:
    (q,) = find_quotes(text)
    assert q.open == opener


def test_unbalanced_mark_never_swallows_the_article() -> None:
    text = 'He said: "oops\n\n' + "\n\n".join(f"Paragraph {i} of plain text." for i in range(50))
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "oops"


def test_section_bounds_stop_a_quote() -> None:
    text = 'Quote: "Open here.\n\nStill open.\n\nDetails: Ends." here'
    q = find_quotes(text, [(0, 32), (34, len(text))])
    assert [text[x.start : x.end] for x in q] == ["Open here."]


def test_thousands_of_marks_are_fast_and_valid() -> None:
    text = '"' * 5000 + " word " + "“”" * 3000
    for q in find_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ada Brenn is now the host of “The Late Hour With Ada Brenn.”", True),
        ("His memoir ''A Time to Build'' has a chapter on the harbour.", True),
        ("She had roles in “The Long Road Home,” “River of Glass” and a play.", True),
        ("The town backed the “Keep the Harbour Open” campaign in 2019.", True),
        # Not titles: a sentence quoted, a speaker's own words, capitals, a headline, a sentence start.
        ("Tom Dale called it “the worst deal the town has ever made.”", False),
        ("She told the crowd “We Will Not Sell The Harbour” and left.", False),
        ("Protesters waved banners saying “SAVE THE HARBOUR NOW” at the gate.", False),
        ("Port Of Brest To Close: ‘A Sad Day For The Town’", False),
        ("The vote is over. “Harbour Town Forever” was the cry.", False),
        ("“The Late Hour” returns in May.", False),
    ],
)
def test_titles(text: str, title: bool) -> None:
    assert any(is_title(text, q) for q in find_quotes(text)) is title
