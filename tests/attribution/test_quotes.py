"""Quote speakers: the attribution after, before, around a quote, and from its context."""

from __future__ import annotations

import pytest

from tests.attribution import claim as _claim

# ---- direct quotes ----------------------------------------------------------

# (text, words inside the quote, alias in speaker name, type, title or None)
QUOTES = [
    # After the quote.
    (
        '"The bridge is safe," said Maria Lopez, the city engineer.',
        "bridge is safe",
        "Maria Lopez",
        "PERSON",
        None,
    ),
    ('"We will rebuild the pier," Tom Baker said.', "rebuild the pier", "Tom Baker", "PERSON", None),
    (
        '"Talks will resume next week," Anna Kowalska, the minister of trade, told reporters.',
        "Talks will resume",
        "Anna Kowalska",
        "PERSON",
        None,
    ),
    # Before the quote.
    (
        'Mayor John Reed said: "The budget is balanced this year."',
        "budget is balanced",
        "John Reed",
        "PERSON",
        "Mayor",
    ),
    (
        'Police chief Sarah Hughes said that "nobody was hurt in the blast at the depot."',
        "nobody was hurt",
        "Sarah Hughes",
        "PERSON",
        "Police chief",
    ),
    (
        'Hugh Hill, a doctor at the clinic, said: "We treated twelve people overnight."',
        "treated twelve",
        "Hugh Hill",
        "PERSON",
        "doctor at the clinic",
    ),
    (
        'Defence Minister Rustem Umerov said: "Our lines are holding in the east."',
        "lines are holding",
        "Rustem Umerov",
        "PERSON",
        "Defence Minister",
    ),
    # Split quote: both halves.
    (
        'Helen Carter spoke after the vote. "The first part is done," she said, "and the second starts now."',
        "first part",
        "Helen Carter",
        "PERSON",
        None,
    ),
    (
        'Helen Carter spoke after the vote. "The first part is done," she said, "and the second starts now."',
        "second starts",
        "Helen Carter",
        "PERSON",
        None,
    ),
    # A second quote in the paragraph with no attribution of its own.
    (
        '"The smell was awful," said Janet Pryce, 71. "I did not sleep at all."',
        "did not sleep",
        "Janet Pryce",
        "PERSON",
        None,
    ),
    # Anonymous source.
    (
        '"It is over for the coalition," a senior official said.',
        "over for the coalition",
        "a senior official",
        "anonymous",
        None,
    ),
    # Role + organisation: the body speaks, the role is its title.
    (
        '"Officers remain at the scene," a spokeswoman for Severn Valley Police said.',
        "Officers remain",
        "Severn Valley Police",
        "ORG",
        "spokeswoman",
    ),
    # Inverted, the speaker's phrase tangled by the parser: a place and a role before the name,
    # the speaker taken for the verb's object, a title and organisation before the name.
    (
        '"I am happy with that," Caloundra coach Geoff Ingram said.',
        "happy with that",
        "Geoff Ingram",
        "PERSON",
        None,
    ),
    # A relative clause's calling verb right before the quote: its subject said the words.
    (
        'She wrote the novel Obsession, which the Oslo Times called "the steamiest book of the decade."',
        "steamiest book",
        "Oslo Times",
        "ORG",
        None,
    ),
    (
        'The bill sends suspects to a legal system which the Courier describes as "marred by forced confessions."',
        "marred by",
        "Courier",
        "ORG",
        None,
    ),
    # ...with the comma outside the marks, the British and Australian order.
    (
        '"I am happy with that", Caloundra coach Geoff Ingram said.',
        "happy with that",
        "Geoff Ingram",
        "PERSON",
        None,
    ),
    ('"We held on", Noosa skipper Tom Vale said.', "held on", "Tom Vale", "PERSON", None),
    (
        '"We are glad to be home at last," Brisbane captain Ana Reyes said.',
        "glad to be home",
        "Ana Reyes",
        "PERSON",
        None,
    ),
    (
        '"It was a mistake. Everyone knows that," said a protester using the name Lena.',
        "Everyone knows",
        "Lena",
        "PERSON",
        None,
    ),
    (
        '"The ruling cannot change the facts," Oslo director of Green Watch Ida Berg said in a statement.',
        "cannot change the facts",
        "Ida Berg",
        "PERSON",
        None,
    ),
    # Marks typed by hand or doubled: the attribution after the true close names the speaker.
    (
        "''They told me, 'Not here.' So we left at dawn,'' said Tom Baker.",
        "we left at dawn",
        "Tom Baker",
        "PERSON",
        None,
    ),
    ('“The road is shut for now," Tom Baker said.', "road is shut", "Tom Baker", "PERSON", None),
    ("“The road is shut for the winter, ” said Maria Lopez.", "road is shut", "Maria Lopez", "PERSON", None),
]


@pytest.mark.parametrize(("text", "inside", "name", "type_", "title"), QUOTES)
def test_quote_speaker(run, text, inside, name, type_, title):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    q = _claim(text, claims, "quote", inside)
    assert q.speaker is not None
    assert name in q.speaker.name
    assert q.speaker.type == type_
    if title is not None:
        assert q.speaker.title is not None and title.casefold() in q.speaker.title.casefold()


# An attribution that names the speaker takes no part of the quote as reported speech.
INVERTED_NOT_REPORTED = [
    '"The ruling cannot change the facts," Oslo director of Green Watch Ida Berg said in a statement.',
    '"I am happy with that," Caloundra coach Geoff Ingram said.',
    '"I am happy with that", Caloundra coach Geoff Ingram said.',
]


@pytest.mark.parametrize("text", INVERTED_NOT_REPORTED)
def test_inverted_quote_is_not_reported(run, text):  # type: ignore[no-untyped-def]
    _, claims = run(text)
    assert [c.kind for c in claims] == ["quote"]


def test_quote_channel_told_reporters(run):  # type: ignore[no-untyped-def]
    text, claims = run('"Talks will resume next week," Anna Kowalska, the minister of trade, told reporters.')
    q = _claim(text, claims, "quote", "Talks will resume")
    assert q.cue == "told"
    assert q.channel == "told reporters"


# (text, words inside the quote, name alias or None)
QUOTE_CONTEXT = [
    # Pronouns: the gender-compatible most recent named subject or speaker.
    (
        'Tom Hale spoke first. Laura Price followed him.\n\n"It was a good day," she said.',
        "good day",
        "Laura Price",
    ),
    (
        'Laura Price spoke first. Tom Hale followed her.\n\n"It was a long day," he said.',
        "long day",
        "Tom Hale",
    ),
    (
        'Tom Hale spoke first. Laura Price followed him.\n\n"It was a long day," he said.',
        "long day",
        "Tom Hale",
    ),
    # A paragraph of nothing but quote continues the speaker of the paragraph before.
    (
        'Engineer Ann Lee said the plan was ready for a vote.\n\n"We start pouring concrete in May."',
        "start pouring",
        "Ann Lee",
    ),
    # Wire convention: the quote re-opens each paragraph and is attributed at its end.
    (
        '"The first pier went overnight.\n\n"By morning nothing was left," said Ann Lee.',
        "first pier",
        "Ann Lee",
    ),
    # Labelled sections.
    (
        "Health official Chidi Okafor said the ward was full.\n\n"
        'Quote from Okafor: "We need forty more beds."',
        "forty more beds",
        "Chidi Okafor",
    ),
    (
        "Minister Ruth Ade has warned that the river may flood.\n\n"
        'Source: Ade in an interview with local radio\n\nQuote: "The water is still rising."',
        "still rising",
        "Ruth Ade",
    ),
    (
        'Minister Ruth Ade has warned that the river may flood.\n\nQuote: "The water is still rising."',
        "still rising",
        "Ruth Ade",
    ),
    # Nobody can be named: no guess.
    (
        "Talks ended on Monday.\n\n"
        '"Prices will rise in spring," read a note left at the door. Its author is unknown.',
        "Prices will rise",
        None,
    ),
    ('The crowd dispersed by noon.\n\n"Never again," someone had painted on the wall.', "Never again", None),
    # An object bears the words and no owner is named: no speaker, whatever place the phrase names.
    (
        "Workers walked out on Monday.\n\n"
        'A placard taped to the gate of the Harlow Road depot read: "Closed until further notice."',
        "Closed until further",
        None,
    ),
    (
        "Workers walked out on Monday.\n\n"
        'A banner held up outside the Harlow Road depot said: "Drivers deserve better."',
        "Drivers deserve",
        None,
    ),
    (
        'Workers walked out on Monday.\n\n"Drivers deserve better," read a banner outside the depot.',
        "Drivers",
        None,
    ),
    # ... but an owner named in the phrase speaks.
    (
        'Activists marched to the ministry on Friday, and Greenpeace’s banner read: "Save the Arctic."',
        "Save the Arctic",
        "Greenpeace",
    ),
    # Discourse: a quote that opens a sentence continues the paragraph's last speaker.
    (
        'In a statement, the Harbour Authority of Brest said the port was shut. Ships were diverted. "We ask for patience."',
        "ask for patience",
        "Harbour Authority",
    ),
    # ... not a quote inside a sentence of the reporter's own.
    (
        'Mayor Ana Silva said the port was shut. Fans waved banners reading "bring back our ferry now" at the gate.',
        "bring back our ferry",
        None,
    ),
    # A paragraph of quotes continues the speaker across a paragraph that names no one.
    (
        'The plan has support, Senator Ruth Alden notes.\n\nThe vote is on Tuesday.\n\n"We have the numbers to pass it."',
        "have the numbers",
        "Ruth Alden",
    ),
    # ... but not across a paragraph with an attribution of its own.
    (
        'The plan has support, Senator Ruth Alden notes.\n\nThe vote is on Tuesday, the clerk said.\n\n"We have the numbers to pass it."',
        "have the numbers",
        "clerk",
    ),
    # A comma ends the clause of a person or body: the quote is theirs; not a storm's.
    (
        'Singer Mia Lund also reacted on Twitter, "Sad news today, he was a fiery and gifted drummer."',
        "fiery and gifted",
        "Mia Lund",
    ),
    (
        'The storm hit the coast on Monday, "a once-in-a-century event for the whole region."',
        "once-in-a-century",
        None,
    ),
    # A colon after an attribution the parser did not take for the root; `put it`.
    ('Analyst Mark Hale agreed: "They have a great brand and a large platform."', "great brand", "Mark Hale"),
    (
        'As Tom Ridge, a former minister, put it: "The barbarians are inside the gate."',
        "barbarians",
        "Tom Ridge",
    ),
    ('Or, as Tom Ridge put it, "The barbarians are inside the gate."', "barbarians", "Tom Ridge"),
    (
        '"There is more spine in a jellyfish," reads an editorial in The Valley Herald.',
        "more spine",
        "Valley Herald",
    ),
    # A paragraph that opens with a name and a colon: a headline's or an interview's form.
    (
        "Harlow: ‘We Will Not Sell The Harbour To Anyone.’\n\nMayor Ines Harlow spoke on Monday.",
        "Not Sell The Harbour",
        "Ines Harlow",
    ),
    (
        "Ines Harlow on the Harbour Sale: 'It Is Not For Sale.'\n\nMayor Ines Harlow spoke on Monday.",
        "Not For Sale",
        "Ines Harlow",
    ),
    (
        "Mayor Ines Harlow spoke on Monday.\n\nContinued Harlow: “The harbour stays with the town.”",
        "harbour stays",
        "Ines Harlow",
    ),
    (
        "Mayor Ines Harlow met Tom Dale, her rival.\n\n"
        "Harlow: “The quay is paid for.” Dale: “Nobody has seen the bill yet.”",
        "Nobody has seen",
        "Tom Dale",
    ),
    # ... not a phrase that does not open with the name, nor a place.
    (
        "Mayor Ines Harlow spoke on Monday.\n\nThe question for Harlow: “Who will pay for the new quay?”",
        "pay for the new quay",
        None,
    ),
    (
        "Mayor Ines Harlow spoke on Monday in Brest.\n\nBrest: “A harbour town for a thousand years.”",
        "harbour town",
        None,
    ),
]


@pytest.mark.parametrize(("text", "inside", "name"), QUOTE_CONTEXT)
def test_quote_speaker_from_context(run, text, inside, name):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    q = _claim(text, claims, "quote", inside)
    if name is None:
        assert q.speaker is None
    else:
        assert q.speaker is not None and name in q.speaker.name


def test_source_section_gives_channel(run):  # type: ignore[no-untyped-def]
    text, claims = run(
        "Minister Ruth Ade has warned that the river may flood.\n\n"
        'Source: Ade in an interview with local radio\n\nQuote: "The water is still rising."'
    )
    q = _claim(text, claims, "quote", "still rising")
    assert q.channel == "in an interview with local radio"


@pytest.mark.parametrize(
    "inside", ["our forces carried out", "lost the combat capacity", "three North Korean brigades"]
)
def test_seed_quote_sections(seed, inside):  # type: ignore[no-untyped-def]
    text, claims = seed
    q = _claim(text, claims, "quote", inside)
    assert q.speaker is not None and q.speaker.name == "Volodymyr Zelenskyy"
    assert q.channel == "in an interview with Associated Press"


# Titles no one voices are no quotes; words in title case that someone voices, or says, still are.
TITLES = [
    ("Ada Brenn is now the host of “The Late Hour With Ada Brenn.”", "Late Hour With", False),
    ("His memoir ''A Time to Build'' has a long chapter on the harbour.", "A Time to Build", False),
    ("She had roles in “The Long Road Home,” “River of Glass” and a play.", "River of Glass", False),
    ("The crowd kept chanting “Roe or Bust, No Dale” outside the hall.", "Roe or Bust", True),
    ("Protesters held a banner reading “Save Our Harbour Now” at the gate.", "Save Our Harbour", True),
    ("Fans greeted him with chants of “Go Dale! Go Dale!” at the arena.", "Go Dale!", True),
    ("She told the crowd “We Will Not Sell The Harbour” and left.", "We Will Not Sell", True),
    ('"We Will Not Sell," Mayor Ines Harlow said on Monday.', "We Will Not Sell", True),
    ("Tom Dale called it “the worst deal the town has ever made.”", "worst deal", True),
    ("Port Of Brest To Close: ‘A Sad Day For The Town’\n\nThe port will close.", "A Sad Day", True),
]


@pytest.mark.parametrize(("text", "inside", "kept"), TITLES)
def test_unvoiced_titles_are_no_quotes(run, text, inside, kept):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    at = text.index(inside)
    assert any(c.kind == "quote" and c.start <= at < c.end for c in claims) is kept


# A quote block whose last line names its source: the line is the speaker, not quoted words.
SOURCE_LINES = [
    (
        'Economists were split.\n\n"We will need a second stimulus before the winter is out.\nLena Okafor, Baltic Policy Institute."',
        "We will need a second stimulus before the winter is out.",
        "Lena Okafor",
    ),
    (
        'Economists were split.\n\n"Nobody wants the tax.\nFormer Harbour Trust chair Ivo Brandt."',
        "Nobody wants the tax.",
        "Ivo Brandt",
    ),
    # A last line that says something is part of the quote.
    (
        'The mayor wrote a poem.\n\n"The tide goes out at dawn.\nMaria Lopez will be back by noon."',
        "The tide goes out at dawn.\nMaria Lopez will be back by noon.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), SOURCE_LINES)
def test_source_line_of_a_quote_block(run, text, words, name):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    (q,) = [c for c in claims if c.kind == "quote"]
    assert text[q.start : q.end] == words
    if name is not None:
        assert q.speaker is not None and name in q.speaker.name
