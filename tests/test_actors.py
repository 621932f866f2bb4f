import pytest

from claimx.compose import layout
from claimx.models import Actor
from claimx.rules.actors import Events
from claimx.rules.attribution import article_index


def event(nlp, text: str, part: str | None = None, voice: Actor | None = None):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    lay = layout(text)
    index = article_index(doc, lay.sections, lay.quotes)
    start = text.index(part) if part else 0
    end = start + len(part) if part else len(text)
    return Events(doc, index).of(start, end, voice)


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


def test_we_in_a_quote_is_the_speakers_side(nlp) -> None:  # type: ignore[no-untyped-def]
    voice = Actor(name="Harbour Council", mention="Harbour Council", type="ORG")
    actor, _, _ = event(nlp, "We are spending 10 million on the roads.", voice=voice)
    assert actor == voice
    assert event(nlp, "We are spending 10 million on the roads.")[0] is None


def test_object_is_the_direct_object_or_a_passive_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norvia deployed 3,000 troops."
    _, _, obj = event(nlp, text)
    assert obj is not None and obj.text == "3,000 troops" and text[obj.start : obj.end] == obj.text
    _, _, obj = event(nlp, "The depot was destroyed by artillery.")
    assert obj is not None and obj.text == "The depot"
