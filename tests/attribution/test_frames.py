"""Reported speech: frames, their content, cue and channel, and speaker resolution."""

from __future__ import annotations

import pytest

from tests.attribution import claim as _claim

# ---- reported speech --------------------------------------------------------

# (text, start of the reported content, alias in speaker name or mention, type, cue)
REPORTED = [
    (
        "Finance Minister Jane Doe said the deficit would shrink next year.",
        "the deficit would",
        "Jane Doe",
        "PERSON",
        "said",
    ),
    (
        "Jane Doe said that the deficit would shrink next year.",
        "the deficit would",
        "Jane Doe",
        "PERSON",
        "said",
    ),
    (
        "Ukraine's General Staff reported that two bridges were destroyed.",
        "two bridges",
        "General Staff",
        "ORG",
        "reported",
    ),
    (
        "Peter Sand told Reuters the copper mine would close in May.",
        "the copper mine",
        "Peter Sand",
        "PERSON",
        "told",
    ),
    (
        "According to the health ministry, 40 people were injured.",
        "40 people",
        "health ministry",
        "ORG",
        "according to",
    ),
    (
        "Forty people were injured in the blast, according to the health ministry.",
        "Forty people",
        "health ministry",
        "ORG",
        "according to",
    ),
    (
        "The river burst its banks overnight, officials said.",
        "The river burst",
        "officials",
        "anonymous",
        "said",
    ),
    (
        "Northwind is in talks to buy the port, two people familiar with the matter said.",
        "Northwind is in talks",
        "two people familiar with the matter",
        "anonymous",
        "said",
    ),
    ("Experts say the drought will continue into autumn.", "the drought will", "Experts", "anonymous", "say"),
    # Unnamed voices: a quantifier, a count of those polled, the authors of a study, data.
    (
        "Some have suggested that the harbour plan failed.",
        "the harbour plan",
        "Some",
        "anonymous",
        "suggested",
    ),
    (
        "Roughly 3 in 10 say the old bridge should close.",
        "the old bridge should close",
        "3 in 10",
        "anonymous",
        "say",
    ),
    ("The authors found that voters moved to the coast.", "voters moved", "authors", "anonymous", "found"),
    ("Official data suggest that output peaked in 2013.", "output peaked", "data", "anonymous", "suggest"),
    ("Mr Grant claimed the vote had been rigged.", "the vote had been rigged", "Grant", "PERSON", "claimed"),
    (
        "Dr Ana Ruiz revealed that the vaccine trial had failed.",
        "the vaccine trial",
        "Ana Ruiz",
        "PERSON",
        "revealed",
    ),
    (
        "Coach Ben Ward admitted that his side had played badly.",
        "his side had",
        "Ben Ward",
        "PERSON",
        "admitted",
    ),
    ("The agency estimated that 2,000 homes were flooded.", "2,000 homes", "agency", "ORG", "estimated"),
    (
        "Veltro Ltd said sales rose. The company added that profits had doubled.",
        "profits had doubled",
        "Veltro",
        "ORG",
        "added",
    ),
    (
        "Interior Minister Ivan Petrov spoke on Monday. The minister denied that the files were destroyed.",
        "the files were destroyed",
        "Ivan Petrov",
        "PERSON",
        "denied",
    ),
    (
        "Engineer Alice Moore inspected the dam on Friday. She warned that the dam could fail within days.",
        "the dam could fail",
        "Alice Moore",
        "PERSON",
        "warned",
    ),
    (
        "A spokeswoman for Severn Valley Police said officers were treating the fire as suspicious.",
        "officers were treating",
        "Severn Valley Police",
        "ORG",
        "said",
    ),
    (
        "A Harbour Board spokesperson said the ferry would sail again on Monday.",
        "the ferry would",
        "spokesperson",
        "ORG",
        "said",
    ),
    (
        "The World Health Organization opened an office in Lusaka. The WHO said cases had risen sharply.",
        "cases had risen",
        "World Health Organization",
        "ORG",
        "said",
    ),
    (
        "Three bridges were closed. In some districts, roads were cut for days, the report said.",
        "In some districts",
        "report",
        "anonymous",
        "said",
    ),
    (
        "Maria Ortiz spoke to the crowd, adding that the strike would go on.",
        "the strike would go on",
        "Maria Ortiz",
        "PERSON",
        "adding",
    ),
    # A sentence-final `according to` covers the whole sentence, not the clause it hangs on.
    (
        "The attendance was the biggest at the stadium since the team moved there in 2015, according to the league.",
        "The attendance was the biggest",
        "league",
        "ORG",
        "according to",
    ),
    # `the port authority` is a body, so `it` refers back to it; `authorities` stay anonymous.
    (
        "The port authority said it had cut fees by 5%. It said it had also hired 40 pilots since May.",
        "it had also hired",
        "port authority",
        "ORG",
        "said",
    ),
    ("Authorities said the road was closed.", "the road was closed", "Authorities", "anonymous", "said"),
    # A judgement as the object's predicate.
    (
        "Mayor Ann Cole called the closure a “catastrophe” for local shops.",
        "the closure a “catastrophe”",
        "Ann Cole",
        "PERSON",
        "called",
    ),
    ("Minister Ann Cole called the plan unworkable.", "the plan unworkable", "Ann Cole", "PERSON", "called"),
    (
        "The union described the offer as an insult to its members.",
        "the offer as an insult",
        "union",
        "ORG",
        "described",
    ),
    (
        "Critics branded the decision a betrayal of voters.",
        "the decision a betrayal",
        "Critics",
        "anonymous",
        "branded",
    ),
    # The parser tangles the speaker into a long clause: the name before a sentence-final verb speaks.
    (
        "The Province of Manitoba is investing $9.2 million over three years to help rural towns repair "
        "bridges, culverts and gravel roads damaged by floods, Transportation and Infrastructure Minister "
        "Paul Ferris announced today.",
        "The Province of Manitoba is investing",
        "Paul Ferris",
        "PERSON",
        "announced",
    ),
    # `suggest` reports with a named person or body for subject, as with a text.
    (
        "Mayor John Tory suggested that a broader probe may be required.",
        "a broader probe",
        "John Tory",
        "PERSON",
        "suggested",
    ),
    (
        "Senate President Thomas Schatz opposed the plan, and suggested there were not enough votes for it.",
        "there were not enough votes",
        "Thomas Schatz",
        "PERSON",
        "suggested",
    ),
]


# (text, start of the content, words the content must hold, words it must not)
REPORTED_EXTENT = [
    # A clause of the speaker's reasoning goes on with the content; narration does not.
    (
        "The commissioner stated the purchase was financed by a loan, so it is not a burden on the budget.",
        "the purchase",
        "not a burden",
        None,
    ),
    (
        "The commissioner stated the purchase was financed by a loan, and the minister resigned on Monday.",
        "the purchase",
        "by a loan",
        "minister resigned",
    ),
    (
        'The judge said he was lenient because the couple had "accepted responsibility at an early stage".',
        "he was lenient",
        "accepted responsibility",
        None,
    ),
    # A finite clause the parser split after the object.
    (
        "On Friday, a federal judge ruled the practice of drafting only men, which dates from 1980, is unconstitutional.",
        "the practice",
        "is unconstitutional",
        None,
    ),
    # A scare quote at the end keeps both its marks.
    (
        'Delfin Lorenzana spoke; he described the attacks as a "dastardly act" and left.',
        "the attacks",
        '"dastardly act"',
        None,
    ),
    # A modal conjunct the parser hung on the verb is the speaker's conjecture.
    (
        "The agency has announced that 400 homes have been rebuilt, but hundreds more could still be at risk.",
        "400 homes",
        "could still be at risk",
        None,
    ),
    (
        "Jane Doe said the deficit would shrink, but it could take years to recover.",
        "the deficit",
        "could take years",
        None,
    ),
    # Narration after the attribution is the reporter's, modal `will` after a past verb too.
    (
        "Jane Doe said the deficit would shrink, and the central bank raised rates on Monday.",
        "the deficit",
        "would shrink",
        "central bank",
    ),
    (
        "Jane Doe said the deficit would shrink, but the board will meet on Monday.",
        "the deficit",
        "would shrink",
        "board will meet",
    ),
    # A relative clause after the content is not a trailing attribution of its own.
    (
        "In the book, Bolton claims the president asked for help in the election, which the president denied.",
        "the president asked",
        "asked for help",
        None,
    ),
    (
        "Ann Cole described the story as possibly a hoax and the council claimed it had not been told.",
        "the story",
        "a hoax",
        "and",
    ),
    ('Adam Schiff called it "a non-starter".', "it", "non-starter", None),
    # A quoted run the content ends in keeps its closing mark.
    ('Critics said the measure was "nowhere near enough."', "the measure", '"nowhere near enough."', None),
    # A date right after the verb times the saying, not the content.
    ("Veltrona said last month it expected revenue in 2024 to fall.", "it expected", "in 2024", None),
    ("Hale said on Monday the bridge would reopen in May.", "the bridge", "in May", None),
    ("Hale said the bridge would reopen on Monday.", "the bridge", "on Monday", None),
]


@pytest.mark.parametrize(("text", "start", "inside", "outside"), REPORTED_EXTENT)
def test_reported_extent(run, text, start, inside, outside):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", text[text.index(start) :][: len(start)])
    span = text[r.start : r.end]
    assert span.startswith(start)
    assert inside in span
    if outside is not None:
        assert outside not in span[span.index(inside) + len(inside) :]


def test_as_with_a_particle_is_a_source(run):  # type: ignore[no-untyped-def]
    text, claims = run("As Mayor Ana Ruiz pointed out, the new rules have a lasting impact on renters.")
    r = _claim(text, claims, "reported", "the new rules")
    assert text[r.start : r.end] == "the new rules have a lasting impact on renters"
    assert r.speaker is not None and r.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(("text", "start", "alias", "type_", "cue"), REPORTED)
def test_reported(run, text, start, alias, type_, cue):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", start)
    assert text[r.start :].startswith(start)
    assert r.speaker is not None
    assert alias.casefold() in f"{r.speaker.name} | {r.speaker.mention}".casefold()
    assert r.speaker.type == type_
    assert r.cue == cue
    # The span is the content, not the attribution.
    assert r.cue not in text[r.start : r.end] or cue == "adding"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("The ministry said in a statement that exports fell by 4%.", "in a statement"),
        (
            "Taras Kovalchuk said on national television that the drones came from the sea.",
            "on national television",
        ),
        ("Oleh Marchenko wrote on Telegram that the port would reopen.", "on Telegram"),
        ("Nina Holt told reporters the talks had collapsed.", "told reporters"),
        (
            "Nina Holt said in an interview with Associated Press that the talks had collapsed.",
            "in an interview with Associated Press",
        ),
    ],
)
def test_reported_channel(run, text, channel):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = next(c for c in claims if c.kind == "reported")
    assert r.channel == channel


# An inverted attribution: the whole name phrase is left out of the content.
# (text, the reported claim, speaker alias)
INVERTED = [
    ("The plant will close, Caloundra coach Geoff Ingram said.", "The plant will close", "Geoff Ingram"),
    (
        "The plant will close in Caloundra, Geoff Ingram said.",
        "The plant will close in Caloundra",
        "Geoff Ingram",
    ),
    # Two clauses joined by `, and` before the attribution are both reported.
    (
        "Those who walked for 20 minutes a day had a 24% lower risk, and those who walked for an hour had "
        "a 31% lower risk, the team reported.",
        "Those who walked for 20 minutes a day had a 24% lower risk, and those who walked for an hour had "
        "a 31% lower risk",
        "team",
    ),
]


# `according to` at a sentence's edge covers the rest of the sentence, whatever clause the parser
# hung it on: the source's own relative clause, or the main clause taken for the source's.
# (text, the reported claim)
ACCORDING_EDGES = [
    (
        "The council is checking whether Reed misused the fund, according to two clerks who talked "
        "to the Gazette on condition that they not be named.",
        "The council is checking whether Reed misused the fund",
    ),
    (
        "According to the Harbour Herald, 312 of the 420 members backed Ruiz, with about 60 yet to decide.",
        "312 of the 420 members backed Ruiz, with about 60 yet to decide",
    ),
    (
        "According to Jay Reed, who chairs the panel, the harbour plan failed.",
        "the harbour plan failed",
    ),
    ("The plant closed in May; output fell by half, according to the ministry.", "output fell by half"),
    ("According to the ministry, output fell by half; the guidelines call for more.", "output fell by half"),
    (
        "According to the schedule, Reed speaks on Thursday, along with Ada Cole; Tim Ross; and Ana Ruiz.",
        "Reed speaks on Thursday, along with Ada Cole; Tim Ross; and Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "content"), ACCORDING_EDGES)
def test_according_at_the_edge(run, text, content):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", content)
    assert text[r.start : r.end] == content
    assert r.cue == "according to"


def test_according_with_no_clause_after_it(run):  # type: ignore[no-untyped-def]
    _, claims = run("According to Tom Reed, writing for the Courier:")
    assert [c for c in claims if c.kind == "reported"] == []


# A clause that goes on after a parenthetical attribution: the claim is the whole sentence, as for
# `The data were, the study says, more closely correlated`. Another act of the speaker's
# (`adding that ...`) or a channel (`in a statement`) is no part of it.
# (text, the reported claim)
CONTINUED = [
    (
        "The letters covered many topics, the Courier said, including schools and roads.",
        "The letters covered many topics, the Courier said, including schools and roads",
    ),
    (
        "There is no risk of a flood this year, engineers insist, because the dam was raised.",
        "There is no risk of a flood this year, engineers insist, because the dam was raised",
    ),
    (
        "The two mayors are now level, the new survey indicates, with each on 40 percent.",
        "The two mayors are now level, the new survey indicates, with each on 40 percent",
    ),
    ("The road was closed, the ministry said, adding that repairs would take a week.", "The road was closed"),
    ("The road was closed, the ministry said, in a statement.", "The road was closed"),
]


@pytest.mark.parametrize(("text", "content"), CONTINUED)
def test_content_goes_on_after_the_attribution(run, text, content):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", content)
    assert text[r.start : r.end] == content


@pytest.mark.parametrize(("text", "content", "alias"), INVERTED)
def test_inverted_content(run, text, content, alias):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", content)
    assert text[r.start : r.end] == content
    assert r.speaker is not None and alias in r.speaker.name


# A text's participle (`a statement saying`) and nouns of saying with a `that` clause.
# (text, the reported claim, speaker alias, cue)
TEXT_AND_NOUN_CUES = [
    (
        "The Harbour Authority of Brest released a statement saying it was closing the port.",
        "it was closing the port",
        "Harbour Authority",
        "saying",
    ),
    (
        "Mayor Ana Silva posted a video saying the bridge would reopen in May.",
        "the bridge would reopen in May",
        "Ana Silva",
        "saying",
    ),
    (
        "Senator Mia Holt's claim that the election was rigged has been rejected.",
        "the election was rigged",
        "Mia Holt",
        "claim",
    ),
    # A promise's infinitive; a `that` clause the noun is equated with; `made the point that`.
    (
        "Tom Reed won votes with his promise to reopen the old pier.",
        "to reopen the old pier",
        "Tom Reed",
        "promise",
    ),
    (
        "Ana Ruiz's main point was that the bridge would cost too much.",
        "the bridge would cost too much",
        "Ana Ruiz",
        "point",
    ),
    (
        "Ana Ruiz made the point that the bridge would cost too much.",
        "the bridge would cost too much",
        "Ana Ruiz",
        "point",
    ),
]


@pytest.mark.parametrize(("text", "content", "alias", "cue"), TEXT_AND_NOUN_CUES)
def test_text_and_noun_cues(run, text, content, alias, cue):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", content)
    assert text[r.start : r.end] == content
    assert r.speaker is not None and alias in r.speaker.name
    assert r.cue == cue


# Content that is no clause: a noun-phrase object, an infinitive, a content preposition.
# (text, the reported claim starts with, it holds, speaker alias, cue)
OBJECT_CONTENT = [
    (
        "Harbour master Ines Duarte announced her resignation on Friday.",
        "Harbour master Ines Duarte announced her resignation",
        "resignation",
        "Ines Duarte",
        "announced",
    ),
    (
        "The Lisbon club denied the reports of a takeover.",
        "The Lisbon club denied the reports of a takeover",
        "takeover",
        "club",
        "denied",
    ),
    (
        "Mayor Tom Achebe pledged to rebuild the school by June.",
        "to rebuild the school",
        "by June",
        "Tom Achebe",
        "pledged",
    ),
    (
        "The council urged residents to boil their water.",
        "residents to boil",
        "their water",
        "council",
        "urged",
    ),
    (
        "Senator Mia Holt accused the governor of hiding the figures.",
        "the governor of hiding",
        "the figures",
        "Mia Holt",
        "accused",
    ),
    (
        "Farmer Joe Brandt blamed the drought for the failed harvest.",
        "Farmer Joe Brandt blamed the drought for the failed harvest",
        "harvest",
        "Joe Brandt",
        "blamed",
    ),
    (
        "Union leader Ada Ross asked the court to delay the ruling.",
        "the court to delay",
        "the ruling",
        "Ada Ross",
        "asked",
    ),
    (
        "Coach Lena Park pointed out that the team had won nine games.",
        "the team had won",
        "nine games",
        "Lena Park",
        "pointed out",
    ),
    (
        "Professor Ivo Marek spoke of a long recovery for the region.",
        "a long recovery",
        "the region",
        "Ivo Marek",
        "spoke",
    ),
    (
        "The latest poll showed a one-point lead for the mayor.",
        "The latest poll showed a one-point lead",
        "the mayor",
        "poll",
        "showed",
    ),
    (
        "Exit polling showed that the mayor won every district.",
        "the mayor won",
        "every district",
        "polling",
        "showed",
    ),
    (
        "Researchers at Tallin University found that the lake had warmed by two degrees.",
        "the lake had warmed",
        "two degrees",
        "Researchers",
        "found",
    ),
    # A claim about oneself; words spoken against something.
    (
        "A voter who claimed to be undecided cast her ballot for Reed.",
        "to be undecided",
        "be undecided",
        "voter",
        "claimed",
    ),
    (
        "Senator Ada Cole spoke out sharply against the new harbour fees.",
        "the new harbour fees",
        "fees",
        "Ada Cole",
        "spoke out",
    ),
    # An order: the listener with the infinitive.
    (
        "Ana Ruiz told Tom Reed to step down before the vote.",
        "Tom Reed to step down",
        "before the vote",
        "Ana Ruiz",
        "told",
    ),
    # An indirect question put to the object; a poll's standing of one name.
    (
        "Ana Ruiz asked the drivers if they planned to join the strike.",
        "the drivers if they planned",
        "join the strike",
        "Ana Ruiz",
        "asked",
    ),
    (
        "The latest poll shows Reed with an eight-point lead over Ruiz.",
        "The latest poll shows Reed with",
        "lead over Ruiz",
        "poll",
        "shows",
    ),
    # A gerund complement is what was said, also when the parser reads a gerund subject so.
    (
        "The Harbour Fund reported spending two million dollars on ads attacking the mayor.",
        "spending two million dollars",
        "attacking the mayor",
        "Harbour Fund",
        "reported",
    ),
    (
        "Mayor Ana Ruiz said seeing so many officers at the fair was a welcome sight.",
        "seeing so many officers",
        "a welcome sight",
        "Ana Ruiz",
        "said",
    ),
    (
        "Tom Reed denied having met the minister before the vote.",
        "having met the minister",
        "before the vote",
        "Tom Reed",
        "denied",
    ),
]


@pytest.mark.parametrize(("text", "start", "inside", "alias", "cue"), OBJECT_CONTENT)
def test_object_content(run, text, start, inside, alias, cue):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", start)
    assert text[r.start : r.end].startswith(start) and inside in text[r.start : r.end]
    assert r.speaker is not None and alias in r.speaker.name
    assert r.cue == cue


NOT_REPORTED = [
    # The speaker's own request about themselves is no content (`asked the court to delay` is).
    "An official asked not to be named.",
    "Two residents asked to remain anonymous for fear of reprisals.",
    "The report said nothing about the costs of the project.",
    "The so-called reform of the pension system failed.",
    "Veltrona and Castlegate declined to comment on the talks.",
    "She did not say when the talks would resume.",
    "The survey found thirty nests on the island.",
    '"People told us to put up a fence and walk away," said Ann Lee.',
    # Evidence verbs need a text, borrowed subjects too.
    "Ann Lee came home from work to find her car window smashed.",
    "He held up the device to show it could be used at sea.",
    "The attack suggests that the group has regrouped.",
    "It suggests that there is a common ancestor.",
    # Calling verbs without a judgement: a naming, a summons, an idiom.
    "The club called up two young players.",
    "Residents call the bridge the Iron Lady.",
    "She called the police at midnight.",
    "The coach called it a day after ten seasons.",
    "The minister called for calm after the riots.",
    'The players used to call it "forbidden pairing" in the club.',
    "It is what locals call a ghost town.",
    "Farmers described how the water rose overnight.",
    "The party, which describes itself as centrist, won two seats.",
    # Questions report nothing.
    "Did the minister say that the plant would close?",
    "How do your teammates describe you as a player?",
    # An object bears the words.
    "The sign said the shop was closed.",
    # Not a trailing attribution: a subordinate clause, a non-finite verb.
    "When the storm hit the coast, residents reported.",
    "The exact date is unclear, with industry publications reporting either 27 or 28 December.",
    # An object that is a listener, a pronoun, or no content of a verb that takes none.
    "The mayor warned local residents at a meeting on Monday.",
    "The club denied it.",
    "Ann Lee wrote a long letter to the council.",
    "The minister spoke to reporters at the airport.",
    "Police asked the crowd at noon.",
    "The minister claimed credit.",
    # Nouns of belief, a relative clause, a noun with no owner, a modifier that is no text's.
    "The belief that the river would flood kept people away.",
    "The claim that he made on Monday was false.",
    "A claim that the election was rigged spread online.",
    "Crowds lined the road, waving flags and saying nothing.",
    "The driver pointed his car towards the exit.",
    # `find` and `show` with a person: only with a `that` clause of their own.
    "The rescuers found the hikers alive on the ridge.",
    "The curator showed the visitors a painting.",
    "It showed that the bridge was safe.",
    "She came home to find that the door had been torn off.",
    # A gerund after a verb of narration, after a comma, or of one word.
    "The agency will continue screening applicants at the border.",
    "Ana Ruiz suggested leaving.",
    "The poll showed it on Monday.",
    # A position argued for is a request, not a claim.
    "The defence had argued for a suspended sentence.",
    "The talks reached the point that nobody spoke.",
    "Ana Ruiz told the story of a farmer who lost his land.",
    "Savers could do what an adviser at Ms. Lind's bank told her clients to do with their cash.",
    "The ministry has asked people searching for missing relatives to call the hotline.",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported(run, text):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    assert [text[c.start : c.end] for c in claims if c.kind == "reported"] == []


def test_clause_before_semicolon_is_not_reported(run):  # type: ignore[no-untyped-def]
    # A clause before a semicolon is the reporter's, not the footage's.
    text, claims = run(
        "The first bomb went off during Mass; video footage from the scene shows pews scattered."
    )
    assert not any(c.kind == "reported" and "bomb" in text[c.start : c.end] for c in claims)


def test_nested_speech_is_one_claim(run):  # type: ignore[no-untyped-def]
    _, claims = run("Oleg Ivanov said the minister had told him the plant would close.")
    reported = [c for c in claims if c.kind == "reported"]
    assert len(reported) == 1
    assert reported[0].speaker is not None and reported[0].speaker.name == "Oleg Ivanov"


def test_reported_quote_is_not_duplicated(run):  # type: ignore[no-untyped-def]
    _, claims = run('Mayor Daniel Okonkwo said: "People told us to put up a fence and walk away."')
    assert [c.kind for c in claims] == ["quote"]


# A quoted run inside reported speech is a quote, and the reported claim around it holds it.
# (text, words outside the quote that start the reported claim, words inside the quote, speaker)
HOLDS_QUOTE = [
    (
        'Harbour master Ines Duarte said the new pier "will not survive another winter storm".',
        "the new pier",
        "survive another winter",
        "Ines Duarte",
    ),
    (
        'Coach Pavel Novak told reporters that his players had been "running on empty for three weeks".',
        "his players had been",
        "running on empty",
        "Pavel Novak",
    ),
    (
        'The ministry said the shortage was "a temporary problem caused by the strikes" and would ease.',
        "the shortage was",
        "a temporary problem",
        "ministry",
    ),
    # Inverted: a clause leads into the quote, so the clause (not the quote alone) is the content.
    (
        'The deal was "a disaster for every family in the valley" all along, Ana Ruiz said.',
        "The deal was",
        "a disaster for every family",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "start", "inside", "name"), HOLDS_QUOTE)
def test_reported_claim_holds_its_quote(run, text, start, inside, name):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", start)
    assert text[r.start : r.end].startswith(start) and inside in text[r.start : r.end]
    q = _claim(text, claims, "quote", inside)
    assert r.speaker is not None and name in r.speaker.name
    assert q.speaker is not None and name in q.speaker.name


# The content is the quote itself: a quote claim only.
BARE_QUOTE = [
    'Mayor Daniel Okonkwo said: "People told us to put up a fence and walk away."',
    'Mayor Daniel Okonkwo said that "people told us to put up a fence and walk away."',
    'Mayor Daniel Okonkwo said "people told us to put up a fence and walk away" on Monday.',
]


@pytest.mark.parametrize("text", BARE_QUOTE)
def test_bare_quote_is_not_reported(run, text):  # type: ignore[no-untyped-def]
    _, claims = run(text)
    assert [c.kind for c in claims] == ["quote"]


# ---- speaker resolution ------------------------------------------------------


def test_short_form_resolves_to_fullest_name_and_title(run):  # type: ignore[no-untyped-def]
    text, claims = run(
        "President Volodymyr Zelenskyy visited the front on Monday.\n\nZelenskyy said the line was holding."
    )
    r = _claim(text, claims, "reported", "the line was holding")
    assert r.speaker is not None
    assert (r.speaker.name, r.speaker.mention, r.speaker.title) == (
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "President",
    )


def test_role_noun_resolves_to_entity_with_that_title(run):  # type: ignore[no-untyped-def]
    text, claims = run(
        "Station commander Gareth Lloyd arrived at midnight. Residents were moved.\n\n"
        "The commander said the roof had collapsed."
    )
    r = _claim(text, claims, "reported", "the roof had collapsed")
    assert r.speaker is not None and r.speaker.name == "Gareth Lloyd"


def test_it_resolves_to_organisation(run):  # type: ignore[no-untyped-def]
    text, claims = run(
        "The Harbour Authority of Brest said on Monday that the port was closed. "
        "Ships were diverted to Lorient, it said."
    )
    r = _claim(text, claims, "reported", "Ships were diverted")
    assert r.speaker is not None and "Harbour Authority" in r.speaker.name and r.speaker.type == "ORG"


def test_seed_lede(seed):  # type: ignore[no-untyped-def]
    text, claims = seed
    r = _claim(text, claims, "reported", "a Ukrainian defence forces strike")
    assert r.speaker is not None
    assert (r.speaker.name, r.speaker.title, r.speaker.type) == ("Volodymyr Zelenskyy", "President", "PERSON")
    assert r.cue == "revealed"


@pytest.mark.parametrize(
    ("start", "name", "type_", "cue"),
    [
        ("Russia has deployed approximately 12,000", "Volodymyr Zelenskyy", "PERSON", "highlighted"),
        ("while Russia may attempt", "Volodymyr Zelenskyy", "PERSON", "added"),
        ("Ukraine's Rocket Forces and Artillery units", "General Staff", "ORG", "reported"),
    ],
)
def test_seed_reported(seed, start, name, type_, cue):  # type: ignore[no-untyped-def]
    text, claims = seed
    r = _claim(text, claims, "reported", start)
    assert text[r.start :].startswith(start)
    assert r.speaker is not None and name in r.speaker.name and r.speaker.type == type_
    assert r.cue == cue


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # the object's phrase runs into the split verb: one clause the parser cut in two
        (
            "A judge ruled the practice of drafting only men, which dates from 1980, is unconstitutional.",
            True,
        ),
        # a verb of another clause the parser hung on the cue is no content of it
        (
            "Vestel Foods posted a 12% jump in profit on Friday, beating forecasts as demand for "
            "frozen meals offset weak sales.",
            False,
        ),
    ],
)
def test_split_clause_only_after_the_object(run, text: str, reported: bool) -> None:  # type: ignore[no-untyped-def]
    _, claims = run(text)
    assert any(c.kind == "reported" for c in claims) == reported


# Participles and gerunds with no subject of their own speak for the subject of the verb they hang
# on, through a conjunct or a preposition; an infinitive after a verb of making or asking speaks for
# that verb's object; a participle on a person or body speaks for that noun.
# (text, the reported claim, speaker alias, cue)
PARTICIPLE_SPEAKERS = [
    (
        'Mayor Lena Ortiz attacked the council on Monday, calling its budget "reckless" and '
        "asserting that the only fix must be a new tax.",
        "the only fix must be a new tax",
        "Lena Ortiz",
        "asserting",
    ),
    (
        "The mayor stumbled after telling his aides he planned to step down.",
        "he planned to step down",
        "mayor",
        "telling",
    ),
    (
        "The Harbour Guild hit back by accusing Mayor Ortiz of lying to voters.",
        "Mayor Ortiz of lying to voters",
        "Harbour Guild",
        "accusing",
    ),
    (
        "Since announcing in May that he would not run, Senator Tom Reed has kept quiet.",
        "he would not run",
        "Tom Reed",
        "announcing",
    ),
    (
        "Her strong win led Senator Ada Ross to declare that the nomination was within reach.",
        "the nomination was within reach",
        "Ada Ross",
        "declare",
    ),
    (
        "With polls showing Reed leading the race, the party relaxed.",
        "Reed leading the race",
        "polls",
        "showing",
    ),
    (
        "The minutes showed board members suggesting the fund should close.",
        "the fund should close",
        "board members",
        "suggesting",
    ),
    (
        "While commenting on the budget, Mayor Ana Ruiz said the plan would fail.",
        "the plan would fail",
        "Ana Ruiz",
        "said",
    ),
    (
        "Club officials were quick to point out that the striker had scored twice.",
        "the striker had scored twice",
        "officials",
        "point out",
    ),
]


@pytest.mark.parametrize(("text", "content", "alias", "cue"), PARTICIPLE_SPEAKERS)
def test_participle_speakers(run, text, content, alias, cue):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    r = _claim(text, claims, "reported", content)
    assert text[r.start : r.end] == content
    assert r.speaker is not None and alias in f"{r.speaker.name} | {r.speaker.mention}"
    assert r.cue == cue


# No speaker for the participle: the writer's `it's worth noting`, a means (`used it to comment`), a
# participle on a noun the parser ran into the sentence's verb, a climb too far into a clause.
PARTICIPLE_NOT_REPORTED = [
    "It's worth noting that the two towns rarely agree on anything.",
    "I sometimes use the site to comment on my column.",
    "The share of drivers saying they want a toll is small.",
    "Pointing to one big change, the office grew.",
    "Public colleges make up the shortfall by admitting more foreign students.",
    # An adjective of no readiness to speak hands its subject to no verb of saying.
    "The victory was not enough to claim the nomination.",
    "The vote was too close to call until the last ballot box.",
]


@pytest.mark.parametrize("text", PARTICIPLE_NOT_REPORTED)
def test_participle_not_reported(run, text):  # type: ignore[no-untyped-def]
    text, claims = run(text)
    assert [text[c.start : c.end] for c in claims if c.kind == "reported"] == []


def test_participle_on_a_noun_gives_no_quote_its_speaker(run):  # type: ignore[no-untyped-def]
    # The next quote is the party's, not the board's that the minutes showed suggesting something.
    text, claims = run(
        "The Harbour Party issued a statement about the minutes, which showed board members "
        'suggesting the fund should close.\n\n"We are deeply sorry for what was written."'
    )
    q = _claim(text, claims, "quote", "deeply sorry")
    assert q.speaker is None or "board" not in q.speaker.name
