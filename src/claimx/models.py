"""Output models: the JSON contract users' jq scripts and our scorer rely on.

Every model is frozen and forbids unknown fields, and holds character offsets
into the decoded article text rather than spaCy objects, so a record can be
serialised, compared and hashed without a pipeline in memory. Fields may be
added; the names here must not change.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

ClaimKind = Literal["quote", "reported", "statement"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """A piece of the article: `text == source_text[start:end]`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Dateline(Span):
    date: str | None = Field(None, description="ISO date YYYY-MM-DD the report was filed, if stated")
    place: str | None = Field(None, description="City as written, e.g. 'Kyiv'")
    agency: str | None = Field(None, description="News agency, e.g. 'AP', 'Reuters'")


class Section(Span):
    label: str | None = Field(None, description="Label as written without the colon; null for the lede")
    kind: str = Field(description="lede, source, quote, details, background, body, ...")


class Speaker(_Model):
    name: str = Field(description="Fullest form the article uses, title removed")
    mention: str = Field(description="The words that name the speaker where the claim is made")
    type: str = Field(description="PERSON, ORG, GPE, NORP or anonymous")
    title: str | None = None


class DateMention(Span):
    value: str | None = Field(
        None,
        description="ISO 8601 value: YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-Www for a week (`last week`: the ISO"
        " week, not its Monday); TimeML's for the rest: YYYY-Qn a quarter, YYYY-H1/H2 a half,"
        " YYYY-SP/SU/FA/WI a season, YYYY-Www-WE a weekend, YYYX a decade (199X), YY a century"
        " (19 = the 1900s); null if unpinned",
    )


class Figure(Span):
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    approximate: bool = False
    qualifier: str | None = Field(None, description="Hedge or bound as written: 'about', 'over', ...")
    unit: str | None = Field(None, description="Counted noun, measure, '%' or currency")


class Actor(_Model):
    name: str
    mention: str
    type: str


class Entity(Span):
    type: str
    name: str = Field(description="Article-level canonical name")


class Claim(Span):
    id: str = Field(description="Stable id derived from the article text and the span")
    kind: ClaimKind
    section: str | None = Field(None, description="Kind of the section the claim stands in")
    speaker: Speaker | None = None
    cue: str | None = None
    channel: str | None = Field(None, description="'in a statement', 'on Telegram', 'told reporters', ...")
    date: str | None = Field(
        None,
        description="Date of the event the claim reports; else the day the words were said, when the "
        "attribution gives it; else null",
    )
    dates: list[DateMention] = Field(
        [],
        description="Dates the claim holds, and for a quote or reported claim the date of its attribution "
        "(`X said on Monday`), which is no claim of its own",
    )
    figures: list[Figure] = []
    actor: Actor | None = None
    action: str | None = None
    object: Span | None = None
    entities: list[Entity] = []


class ActorIndexEntry(_Model):
    name: str
    type: str
    title: str | None = None
    claims: list[str] = Field(description="Ids of the claims in which it speaks or acts")


class Input(_Model):
    """Where an article's text came from, when it is not the file itself (a web page, a WARC record)."""

    format: Literal["html", "warc"] = Field(description="html: a web page file; warc: a WARC file's record")
    title: str | None = None
    url: str | None = Field(None, description="The WARC target URI, or the page's canonical link")
    published: str | None = Field(None, description="ISO date YYYY-MM-DD the page says it was published")
    author: str | None = None
    site: str | None = Field(None, description="Site name, or the host of the URL")
    text: str = Field(description="The article's main text, extracted from the page: what offsets index")


class Article(_Model):
    source: str
    dateline: Dateline | None = None
    sections: list[Section] = []
    claims: list[Claim] = []
    actors: list[ActorIndexEntry] = []
    warnings: list[str] = []
    input: Input | None = Field(None, description="Set for web pages and WARC records; absent for text")

    @model_serializer(mode="wrap")
    def _drop_absent_input(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Text articles print exactly as before `input` existed: it appears only when set.
        out: dict[str, Any] = handler(self)
        if out.get("input", 0) is None:
            del out["input"]
        return out
