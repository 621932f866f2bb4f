import pytest

from claimx.models import Speaker
from claimx.rules.actors import find_events
from claimx.rules.attribution import attribute
from claimx.rules.chunk import Attributed
from tests.chunks import laid_out


def event(nlp, text: str, part: str | None = None, speaker: Speaker | None = None):  # type: ignore[no-untyped-def]
    """(actor, action, object text) of the claim `part` of `text`: a quote of `speaker` when given."""
    start = text.index(part) if part else 0
    end = start + len(part) if part else len(text)
    said = Attributed("quote" if speaker else "reported", start, end, speaker)
    [found] = find_events(laid_out(nlp(text)), [said])
    obj = text[found.object[0] : found.object[1]] if found.object else None
    return found.actor, found.action, obj


@pytest.mark.parametrize(
    ("text", "part", "actor", "action"),
    [
        # active
        ("Norvia has deployed 3,000 troops to the border.", None, "Norvia", "deploy"),
        # passive with agent
        (
            "The depot was destroyed by Eastland's artillery units on Monday.",
            None,
            "artillery units",
            "destroy",
        ),
        # coordination: the second verb shares the subject
        ("The ministry cut prices and raised wages by 4%.", None, "ministry", "cut"),
        # reported content: the actor of the reported event, not the speaker
        ("Anna Berg said Norvia had moved 200 tanks.", "Norvia had moved 200 tanks", "Norvia", "move"),
        # according to X, Y did Z
        ("According to the ministry, the rebels seized two towns.", None, "rebels", "seize"),
        # raising passive: the infinitive's agent is the subject
        ("The tribunal is expected to rule on Friday.", None, "tribunal", "rule"),
        # a dateline parsed as a second subject does not count
        (
            "OSLO – The Province of Vestland is investing $4 million in ferries.",
            "The Province of Vestland is investing $4 million in ferries.",
            "Province of Vestland",
            "invest",
        ),
        # an event noun stands for those who carried it out
        ("A Norvian air force strike on the depot killed 12 soldiers.", None, "Norvian air force", "kill"),
        # a relative clause does not change the subject
        ("The storm, which struck on Tuesday, brought winds of 70 mph.", None, "storm", "bring"),
        # negation is part of the action
        ("The troops have not arrived at the front.", None, "troops", "not arrive"),
    ],
)
def test_actor_and_action(nlp, text: str, part: str | None, actor: str, action: str) -> None:  # type: ignore[no-untyped-def]
    got, got_action, _ = event(nlp, text, part)
    assert got is not None and actor.casefold() in got.name.casefold()
    assert got_action == action


@pytest.mark.parametrize(
    "text",
    [
        "The depot was destroyed on Monday.",  # passive without agent
        "There were 40 people at the meeting.",  # expletive
        "Nobody wants to close the library.",  # no one
        "I believe the plan will fail.",  # the speaker's own voice
        "In 2023, a similar plan collapsed after talks ended.",  # undergoes, does not act
        "Prices rose 4% in May.",  # the guidelines' own example
    ],
)
def test_no_agent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert event(nlp, text)[0] is None


def test_the_actor_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Tom Reid said the council would close 3 libraries."
    actor, _, _ = event(nlp, text, "the council would close 3 libraries")
    assert actor is not None and "Reid" not in actor.name


@pytest.mark.parametrize(
    ("speaker", "voice"),
    [
        (Speaker(name="Harbour Council", mention="the council", type="ORG"), "Harbour Council"),
        (
            Speaker(name="Ann Lee", mention="Lee", type="PERSON", title="chairwoman of the Harbour Council"),
            "Harbour Council",
        ),
        (Speaker(name="Ann Lee", mention="Lee", type="PERSON", title="teacher"), None),
    ],
)
def test_we_in_a_quote_is_the_speakers_side(nlp, speaker: Speaker, voice: str | None) -> None:  # type: ignore[no-untyped-def]
    actor, _, _ = event(nlp, "We are spending 10 million on the roads.", speaker=speaker)
    assert (actor.name if actor else None) == voice
    assert event(nlp, "We are spending 10 million on the roads.")[0] is None


def test_object_is_the_direct_object_or_a_passive_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norvia deployed 3,000 troops."
    _, _, obj = event(nlp, text)
    assert obj == "3,000 troops"
    _, _, obj = event(nlp, "The depot was destroyed by artillery.")
    assert obj == "The depot"


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        # a noun-phrase report is the speaker's act: the claim holds the speaker and the verb
        (
            "On Monday, the Vestland Herald announced its choice of Mira Olsen as editor.",
            "Vestland Herald",
            "announce",
        ),
        ("The Lisbon club denied the reports of a takeover.", "club", "deny"),
    ],
)
def test_noun_phrase_report_is_the_speakers_act(nlp, text: str, actor: str, action: str) -> None:  # type: ignore[no-untyped-def]
    chunk = laid_out(nlp(text))
    said = [a for a in attribute(chunk) if a.kind == "reported"]
    [found] = find_events(chunk, said)
    assert found.actor is not None and actor.casefold() in found.actor.name.casefold()
    assert found.action == action


@pytest.mark.parametrize(
    ("intro", "actor"),
    [
        # a role apposed to the speaker names the body `our` stands for
        (
            "Colonel Ana Dube, spokeswoman for the Norvian armed forces, spoke on Monday.",
            "Norvian armed forces",
        ),
        ("Ana Dube, a spokeswoman for Eastland Rail, spoke on Monday.", "Eastland Rail"),
        # a portfolio is no body
        ("Councillor Ana Dube, cabinet member for highways, spoke on Monday.", None),
    ],
)
def test_our_in_a_quote_is_the_speakers_body(nlp, intro: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    text = intro + ' "Our crews have repaired 12 bridges since March."'
    who = Speaker(name="Ana Dube", mention="Ana Dube", type="PERSON")
    got, _, _ = event(nlp, text, "Our crews have repaired 12 bridges since March.", who)
    if actor is None:
        assert got is None
    else:
        assert got is not None and got.name == actor
