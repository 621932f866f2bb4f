import pytest

from claimx.layout.quotes import find_quotes


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
        # Two apostrophes for a double mark (news-archive style).
        ("''We will win,'' she said.", ["We will win"]),
        ("He said, ''It was a disaster.'' Then he left.", ["It was a disaster."]),
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
        'It was, she said, "a betrayal" of farmers.',
        "Nothing quoted here at all.",
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
