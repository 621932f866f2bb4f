"""Reported speech with no speaker named, and the parser's slips that hid a frame.

Hearsay adverbs, passives and `as ... reported` clauses (rules/attribution/agentless.py), the writer's
own `I told`, unresolved pronouns, subjects the parser hung elsewhere, findings without `that`, and
content the parser cut short. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.attribution import claim

# (text, start of the reported content, cue, speaker name or None)
UNNAMED = [
    ("Reportedly, the two ministers have clashed over the budget.", "the two ministers", "Reportedly", None),
    ("Reportedly also, the coach had fallen out with the owner.", "the coach had", "Reportedly", None),
    (
        "The singer, who was reportedly paid two million dollars, cancelled.",
        "who was reportedly",
        "reportedly",
        None,
    ),
    ("It was reported that the mayor had resigned.", "the mayor had resigned", "reported", None),
    ("On Monday, it was reported the factory would close.", "the factory would close", "reported", None),
    ("No injuries were reported at the scene.", "No injuries were reported", "reported", None),
    (
        "Two crew died; no injuries were reported in the town, with local radio reporting no-one was in the school.",
        "no injuries were reported",
        "reported",
        None,
    ),
    (
        "Two crew died; no injuries were reported in the town, with local radio reporting no-one was in the school.",
        "no-one was in",
        "reporting",
        "local radio",
    ),
    ("The general is said to have ordered the retreat himself.", "The general is said", "said", None),
    # An accusation in the passive: no one named accuses, or the agent does.
    ("Tom Reed is accused of stealing two million dollars.", "Tom Reed is accused", "accused", None),
    (
        "The militia, which has been accused by the ministry of smuggling arms, rejects the charge.",
        "has been accused by the ministry",
        "accused",
        "ministry",
    ),
    ("The storm was reported to have killed ten people.", "The storm was reported", "reported", None),
    ("The striker is rumoured to have signed for a rival club.", "The striker is rumoured", "rumoured", None),
    (
        "As revealed in court, the firm had hidden its losses for years.",
        "the firm had hidden",
        "revealed",
        None,
    ),
    (
        "As the Harbour Gazette reported last week, the ferry will stop running.",
        "the ferry will",
        "reported",
        "Harbour Gazette",
    ),
    ("The firm had hidden its losses, as the auditors noted.", "The firm had hidden", "noted", "auditors"),
    ("A tanker, described by port officials as Liberian-flagged, ran aground.", None, None, None),
    (
        "A tanker, reported by port officials as carrying crude oil, ran aground.",
        "carrying crude oil",
        "reported",
        "port officials",
    ),
    ("I told the committee that the figures were wrong.", "the figures were wrong", "told", None),
    # The question put: of its `by` agent, else of no one named.
    ("Asked about the new tax, the minister said it was fair.", "the new tax", "Asked", None),
    (
        "When asked by Ruth Alden about closing the mine, Berg said no.",
        "closing the mine",
        "asked",
        "Ruth Alden",
    ),
    ("Asked whether the talks had failed, Berg shook his head.", "whether the talks", "Asked", None),
    ("The mayor was asked about raising the parking fees.", "raising the parking fees", "asked", None),
]


@pytest.mark.parametrize(("text", "start", "cue", "name"), [u for u in UNNAMED if u[1] is not None])
def test_reported_with_no_speaker_named(run, text, start, cue, name):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    c = claim(text, claims, "reported", start)
    assert text[c.start :].startswith(start)
    assert c.cue == cue
    if name is None:
        assert c.speaker is None
    else:
        assert c.speaker is not None and name in c.speaker.name


# Passives and `as` clauses that report nothing: an event, a time or cause, a manner, a negation.
NOT_REPORTED = [
    "The results were announced on Monday evening.",
    "The new bridge was announced in 2019 and opened last year.",
    "No date was said.",
    "The figures were not reported to the regulator.",
    "Abuse in the congregation is reported to the elders first.",
    "The theft was reported to police on Monday.",
    "He was not accused of anything.",
    "Prices rose as the company continued to expand.",
    "She smiled, as if to say the worst was over.",
    "We asked the caterers to bring more bread.",
    "The questions asked were hard.",
    "She was asked.",
    "He showed me where he slept.",
    "The senator, who has reportedly.",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported(run, text):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    assert [text[c.start : c.end] for c in claims if c.kind == "reported"] == []


def test_as_of_time_makes_no_hearsay_of_the_main_clause(run):  # type: ignore[no-untyped-def]
    # The `as` clause has content of its own (the club's claim to want more fans): its `as` is one of
    # time or cause, and the main clause is the reporter's.
    text, claims = run("Ticket sales fell as the club claimed to want more fans.")
    reported = [text[c.start : c.end] for c in claims if c.kind == "reported"]
    assert not any("Ticket sales" in r for r in reported)
    assert reported == ["to want more fans"]


def test_unresolved_pronoun_keeps_the_claim_as_written(run):  # type: ignore[no-untyped-def]
    text, claims = run(
        "One of the daughters escaped. She did not know the address and said the others were locked in."
    )
    c = claim(text, claims, "reported", "the others were")
    assert c.speaker is not None and c.speaker.name == "she" and c.speaker.type == "anonymous"


def test_a_voiceless_frame_attributes_no_quote(run):  # type: ignore[no-untyped-def]
    text, claims = run(
        'Mayor Ann Holt spoke on Monday. "We will rebuild," she said. It was reported that the dam had held.'
    )
    q = claim(text, claims, "quote", "We will rebuild")
    assert q.speaker is not None and q.speaker.name == "Ann Holt"


# (text, start of the content, a word it must hold, speaker alias, cue)
PARSE_REPAIRS = [
    # The subject the parser hung on a participle, or on an apposition before the verb.
    (
        "But local activists hoping to block the new runway say they are gaining support.",
        "they are gaining",
        "support",
        "activists",
        "say",
    ),
    (
        "Two members of the council, Maria Lund and Tom Berg, have said they will vote against the plan.",
        "they will vote",
        "plan",
        "Berg",
        "said",
    ),
    # A name before a parenthesis, and a subject hung on the participle that modifies it.
    (
        "Headline.\n\nFew would admit this, but Sen. Ann Lowe (a Democrat so young she is taken for an"
        " intern) says she was adrift in her first weeks.",
        "she was adrift",
        "weeks",
        "Ann Lowe",
        "says",
    ),
    (
        "Headline.\n\nThey are leaderless and broke. But local activists clamoring to block the runway say"
        " they're suddenly in the midst of a revival.",
        "they're suddenly",
        "revival",
        "activists",
        "say",
    ),
    # The clause's subject taken for the verb's object.
    (
        "The budget office said about half of the shortfall reflected lower tax receipts.",
        "about half",
        "receipts",
        "budget office",
        "said",
    ),
    # An object glued to the clause's subject by a parenthesis is the front of that subject.
    (
        "The council said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped overnight.",
        "hundreds of ISIS",
        "escaped overnight",
        "council",
        "said",
    ),
    # Findings without `that`, a finite clause with its own subject.
    (
        "The researchers also found in most regions the rivers were warmer than before.",
        "the rivers were",
        "warmer",
        "researchers",
        "found",
    ),
    # `by saying`: the subject of the verb the preposition hangs on.
    (
        "The governor angered farmers last week by saying that the subsidy would end.",
        "the subsidy would end",
        "end",
        "governor",
        "saying",
    ),
    # A noun-phrase object with the phrases the parser hung on the verb after it.
    (
        "The Blue Herons announced a charity concert in support of the flood victims.",
        "The Blue Herons announced",
        "victims",
        "Blue Herons",
        "announced",
    ),
    # An object and the finite verb the parser made adverbial: one clause.
    (
        "In a brief hearing, Judge Ellen Marsh ruled the new tariff breached the trade treaty.",
        "the new tariff breached",
        "treaty",
        "Ellen Marsh",
        "ruled",
    ),
    # `for X to do Y`, which the parser reads as an adverbial clause.
    (
        "The union asked for the talks to be held in public.",
        "the talks to be held",
        "public",
        "union",
        "asked",
    ),
    (
        "The mayor has called for the council to freeze rents.",
        "the council to freeze",
        "rents",
        "mayor",
        "called",
    ),
    # A clause before a semicolon is the reporter's, not the content.
    (
        "The strike began in May; Lund promised a protest every day until the mine reopened.",
        "a protest every day",
        "reopened",
        "Lund",
        "promised",
    ),
    # A past-tense verb the parser hung on the noun before it: that noun is its subject.
    (
        "Headline.\n\nThe Austrian partner asked for the price to be kept secret, but the commissioner"
        " stated the purchase was financed by a loan, so it is not a burden on the state budget.",
        "the price to be kept",
        "secret",
        "partner",
        "asked",
    ),
    # `described X as ...` with a gerund or an `as` clause for its judgement.
    (
        "The senator described the rally as seeming almost staged.",
        "the rally as seeming",
        "staged",
        "senator",
        "described",
    ),
    (
        "The mayor has described the gala as Harbour Town celebrating itself.",
        "the gala as Harbour Town",
        "itself",
        "mayor",
        "described",
    ),
    # A nationality that qualifies the head does not speak for it.
    (
        "The Austrian partner asked for the price to be kept secret.",
        "the price",
        "secret",
        "partner",
        "asked",
    ),
    # Findings and texts the parser misread: `records show` as a compound noun, an inverted finding,
    # a poll's verb read as a participle on it, experts who suggest.
    (
        "Headline.\n\nHe sold the farm to his cousin in 2010, records show.",
        "He sold the farm",
        "2010",
        "records",
        "show",
    ),
    (
        "Headline.\n\nThe mayor has kept her lead among older voters, the Gazette found.",
        "The mayor has kept",
        "voters",
        "Gazette",
        "found",
    ),
    (
        "Headline.\n\nA Harbour Institute poll found last week that the mayor would win easily.",
        "the mayor would win",
        "easily",
        "Harbour Institute",
        "found",
    ),
    (
        "Headline.\n\nSeveral economists suggest that the rate cut came too late.",
        "the rate cut",
        "late",
        "economists",
        "suggest",
    ),
    # A mid-sentence `according to` before the verb covers the subject's own clause.
    (
        "Nurses, who make up a third of the staff, according to the union, have worked unpaid overtime.",
        "Nurses, who make up",
        "third",
        "union",
        "according to",
    ),
]


@pytest.mark.parametrize(("text", "start", "inside", "alias", "cue"), PARSE_REPAIRS)
def test_parse_repairs(run, text, start, inside, alias, cue):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    c = claim(text, claims, "reported", start)
    assert text[c.start :].startswith(start)
    assert inside in text[c.start : c.end]
    assert c.speaker is not None and alias in f"{c.speaker.name} {c.speaker.mention}"
    assert c.cue == cue


# Look-alikes the repairs must leave alone.
NOT_REPAIRED = [
    ("Workers told reporters the plant was closing.", "the plant was closing", "reporters the plant"),
    ("Officials warned residents the river would rise.", "the river would rise", "residents the river"),
    ("She came home to find the door torn off.", None, None),
    ("Ann Lee came home from work to find her car window smashed.", None, None),
    ("To a standing ovation, the senator called for calm.", None, None),
    ("The challenger conceded defeat.", None, None),
    ("She described the scene.", None, None),
    ("He described the bridge as Golden Gate.", None, None),
    ("Headline.\n\nWhen the dogs came home, they found the gate open.", None, None),
    ("Headline.\n\nThe attack suggests the group has regrouped.", None, None),
    (
        "To a rousing standing ovation, the senator called for an end to the blockade.",
        "an end",
        "To a rousing",
    ),
    ("The survey found thirty nests on the island.", None, None),
]


@pytest.mark.parametrize(("text", "start", "not_start"), NOT_REPAIRED)
def test_not_repaired(run, text, start, not_start):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    reported = [text[c.start : c.end] for c in claims if c.kind == "reported"]
    if start is None:
        assert reported == []
    else:
        assert any(r.startswith(start) for r in reported), reported
        assert not any(r.startswith(not_start) for r in reported), reported


# Quote speakers the layout or the parser used to hide.
QUOTE_SPEAKERS = [
    # Two apostrophes for a double mark: the attribution before the quote is seen.
    ("Headline.\n\nBut, as Mr. Dale Sykes said, ''At some point you wake up and see it.''", "Sykes"),
    ("Headline.\n\nOr, as Ann Ruiz, a former minister, put it: ''The barbarians are inside.''", "Ann Ruiz"),
    ("Headline.\n\n''We will not back down,'' said Mayor Tom Hale.", "Tom Hale"),
    # A part of a text speaks for the text, and a text for the person who owns it.
    (
        "Headline.\n\nJudge Ellen Marsh ruled on Friday.\n\nPart of the judge's statement reads \"the rule"
        ' no longer serves any purpose."',
        "Ellen Marsh",
    ),
]


@pytest.mark.parametrize(("text", "alias"), QUOTE_SPEAKERS)
def test_quote_speakers(run, text, alias):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    (q,) = [c for c in claims if c.kind == "quote"]
    assert q.speaker is not None and alias in q.speaker.name


# The mention runs through a party-and-state parenthesis to the apposition, never into a quote.
MENTIONS = [
    (
        "Headline.\n\nRep. Jo Marsh (D-Md.), chair of the Platform Committee, said the draft was final.",
        "reported",
        "chair of the Platform Committee",
    ),
    ("Headline.\n\n“That is a fair worry, because they care,” Ann Lowe said.", "quote", "Ann Lowe"),
]


@pytest.mark.parametrize(("text", "kind", "mention"), MENTIONS)
def test_speaker_mention(run, text, kind, mention):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    (c,) = [c for c in claims if c.kind == kind]
    assert c.speaker is not None and c.speaker.mention.endswith(mention)
    assert "“" not in c.speaker.mention and "”" not in c.speaker.mention


# Kin nouns: `his daughter Nettie Lowe` gives her the role, so a later `his daughter said` is her.
KIN = [
    (
        "Headline.\n\nIt was confirmed by his daughter Nettie Lowe. His daughter said he died at home.",
        "Nettie Lowe",
    ),
    ("Headline.\n\nThe singer's wife, Ada Ruiz, was at his side. The wife said he died at home.", "Ada Ruiz"),
    ("Headline.\n\nHis daughter Nettie Lowe was away. A daughter said he died at home.", "A daughter"),
    ("Headline.\n\nThe singer Tom Lowe died. His daughter said he died at home.", "His daughter"),
]


@pytest.mark.parametrize(("text", "name"), KIN)
def test_kin_nouns(run, text, name):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    c = claim(text, claims, "reported", "he died at home")
    assert c.speaker is not None and c.speaker.name == name
