"""Speaker resolution: article-level entities, short forms, acronyms, titles, types and genders."""

from __future__ import annotations

import pytest

from claimx.compose import article
from claimx.rules.names import ArticleIndex


@pytest.fixture(scope="module")
def index(nlp):  # type: ignore[no-untyped-def]
    def _index(text: str) -> ArticleIndex:
        return ArticleIndex(nlp(text))

    return _index


def _entity(idx: ArticleIndex, word: str):  # type: ignore[no-untyped-def]
    tok = next(t for t in idx.doc if t.text == word)
    ent = idx.entity_of(tok)
    assert ent is not None, f"{word!r} names no entity"
    return ent


def test_short_form_joins_full_name_and_title_is_split(index):  # type: ignore[no-untyped-def]
    idx = index("President Volodymyr Zelenskyy met troops. Later Zelenskyy spoke to the press.")
    ents = [_entity(idx, "Zelenskyy")]
    later = [t for t in idx.doc if t.text == "Zelenskyy"][1]
    ents.append(idx.entity_of(later))
    assert ents[0] is ents[1]
    assert (ents[0].name, ents[0].title, ents[0].type) == ("Volodymyr Zelenskyy", "President", "PERSON")


def test_acronym_joins_the_name_it_spells(index):  # type: ignore[no-untyped-def]
    idx = index("The World Health Organization opened an office. The WHO said cases rose.")
    assert _entity(idx, "WHO").name == "World Health Organization"


def test_org_descriptor_outvotes_entity_label(index):  # type: ignore[no-untyped-def]
    idx = index(
        "German industrial group Veltrona is in talks. Veltrona said sales fell. Veltrona shares rose."
    )
    assert _entity(idx, "Veltrona").type == "ORG"


def test_org_name_word_makes_org(index):  # type: ignore[no-untyped-def]
    idx = index("A spokesperson for Ashdown Homes said the site was closed.")
    assert _entity(idx, "Homes").type == "ORG"


@pytest.mark.parametrize(
    ("text", "word", "gender"),
    [
        ("Erin Walsh scored twice.", "Walsh", "f"),
        ("Tom Gallagher picked the team.", "Gallagher", "m"),
        ("Mrs Okoro opened the school.", "Okoro", "f"),
        # Unknown first name: the first he/she after the name introduced as a subject.
        ("Zorbek Tull arrived on Monday. She opened the new hall.", "Tull", "f"),
    ],
)
def test_gender(index, text, word, gender):  # type: ignore[no-untyped-def]
    assert _entity(index(text), word).gender == gender


def test_appositive_title(index):  # type: ignore[no-untyped-def]
    idx = index("Ukraine's Deputy Minister of Economy, Iryna Savchuk, said talks failed.")
    ent = _entity(idx, "Savchuk")
    assert ent.name == "Iryna Savchuk"
    assert ent.title == "Deputy Minister of Economy"
    assert "minister" in ent.roles


def test_resolve_pronoun_uses_salience(index):  # type: ignore[no-untyped-def]
    idx = index("Gareth Lloyd arrived first. Janet Pryce came later. He said the roof fell.")
    he = next(t for t in idx.doc if t.text == "He")
    speaker, _ = idx.resolve(he)
    assert speaker is not None and speaker.name == "Gareth Lloyd" and speaker.mention == "He"


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        # A singular `authority` is a body (so `it` can refer to it); the plural is an unnamed source.
        ("The transit authority said fares would rise.", "authority", "ORG"),
        ("Authorities said the road was closed.", "Authorities", "anonymous"),
        ("The league said the match would be replayed.", "league", "ORG"),
    ],
)
def test_body_nouns(index, text, word, type_):  # type: ignore[no-untyped-def]
    idx = index(text)
    head = next(t for t in idx.doc if t.text == word)
    speaker, _ = idx.resolve(head)
    assert speaker is not None and speaker.type == type_


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            '"We will rebuild," said Hana Okafor, a spokeswoman for the Harlow Port Authority.',
            "Hana Okafor",
            "Hana Okafor, a spokeswoman for the Harlow Port Authority",
        ),
        (
            "Former county treasurer Dale Moss said the audit was late.",
            "Dale Moss",
            "Former county treasurer Dale Moss",
        ),
        (
            "The mill's owner, Ruth Pell, said the fire started in the dryer.",
            "Ruth Pell",
            "The mill's owner, Ruth Pell",
        ),
        # A clause on the phrase describes the speaker; it is not part of the mention.
        (
            '"It is over," said Omar Haddad, a lawyer in Tulsa who represents the tenants.',
            "Omar Haddad",
            "Omar Haddad, a lawyer in Tulsa",
        ),
        # An age names no one.
        ('"The water came fast," said Tom Ashby, 71.', "Tom Ashby", "Tom Ashby"),
        ("Tom Ashby said the water came fast.", "Tom Ashby", "Tom Ashby"),
    ],
)
def test_mention_is_the_phrase_as_written(nlp, text: str, name: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    (claim,) = [c for c in article(nlp(text), "t").claims if c.speaker is not None]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.mention) == (name, mention)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # The role's qualifiers must be in the title of the one it refers back to.
        (
            "Health Minister Ana Petrov visited the ward. The health minister said beds were full.",
            "Ana Petrov",
            "PERSON",
        ),
        (
            "Health Minister Ana Petrov visited the ward. The minister said beds were full.",
            "Ana Petrov",
            "PERSON",
        ),
        (
            "Finance Minister Ana Petrov spoke first. The local health minister said beds were full.",
            "The local health minister",
            "anonymous",
        ),
        # A campaign is a body, not the candidate it is named after.
        ("Dana Reyes spoke in Ohio. The Reyes campaign said the poll was wrong.", "Reyes campaign", "ORG"),
    ],
)
def test_role_noun_refers_back_only_to_a_fitting_title(nlp, text: str, name: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    said = [c for c in article(nlp(text), "t").claims if c.kind == "reported"]
    assert said and said[-1].speaker is not None
    assert (said[-1].speaker.name, said[-1].speaker.type) == (name, type_)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # A given name's lower-case half after a hyphen is part of the name...
        ('"Sales held up," chief financial officer Park Ji-hoon told analysts.', "Park", "Park Ji-hoon"),
        ("Finance director Kim Seo-yeon said sales rose 4%.", "Kim", "Kim Seo-yeon"),
        # ...a lone hyphenated word the model tagged is not a name of two words.
        ("Kick-off is at 3pm on Saturday, Harlow Town said.", "Harlow", "Harlow Town"),
    ],
)
def test_hyphenated_given_names(index, text: str, word: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _entity(index(text), word).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A state's body is named with its country; a company keeps its own name.
        ("Ukraine's General Staff said two bridges were hit.", "Ukraine's General Staff"),
        ("South Korea's Daejin Electronics said profit rose 4%.", "Daejin Electronics"),
    ],
)
def test_a_country_names_its_bodies_not_its_companies(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    claims = article(nlp(text), "t").claims
    assert [c.speaker.name for c in claims if c.speaker] == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A gender guessed from a first name used mostly for women gives way to the pronoun...
        (
            'Sen. Lindsey Graham spoke to reporters on Monday. He added, "We will vote next week."',
            "Lindsey Graham",
        ),
        # ...and agrees with one that fits.
        ('Lindsey Moss, the mayor, spoke on Monday. She added, "We will vote next week."', "Lindsey Moss"),
    ],
)
def test_a_guessed_gender_gives_way_to_the_pronoun(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    quotes = [c for c in article(nlp(text), "t").claims if c.kind == "quote"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]
