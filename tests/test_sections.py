import pytest

from claimx.layout.sections import find_sections, kind_of, label_of


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Source: Zelenskyy in an interview", "Source"),
        ('Quote: "We are ready."', "Quote"),
        ("Details: The ministry said", "Details"),
        ("More details: He added that", "More details"),
        ("Background: In 2019 the", "Background"),
        ("Previously: The EU extended", "Previously"),
        ("For reference: The brigade", "For reference"),
        ('Quote from Kovalchuk: "The enemy"', "Quote from Kovalchuk"),
        ("Update: Police have since", "Update"),
        ("Contact: Ryan Castillo, 202-555-0143", "Contact"),
        ("Background:", "Background"),
        ("Key Facts: The bridge opened in", "Key Facts"),
        ("About the Rivers Trust: The trust was", "About the Rivers Trust"),
        ("Quick Facts:", "Quick Facts"),
        ("Key Dates:\n- 1 May", "Key Dates"),
    ],
)
def test_labels(paragraph: str, label: str) -> None:
    assert label_of(paragraph) == label


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lloyd said: "The building is old."',
        "Senator Whitaker said:",
        "The Critical Minerals Partnership Act would:",
        'Mayor Daniel Okonkwo said: "People told us."',
        "The reason was simple: nobody came.",
        "At 14:05 the alarm sounded.",
        "He listed three things: food, water and shelter.",
        "Unknown label alone:",
        "Funding will support:",
        "He said:",
        "a lowercase start: is not a label",
        "In Warsaw, farmers said: no.",
    ],
)
def test_not_labels(paragraph: str) -> None:
    assert label_of(paragraph) is None


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Source", "source"),
        ("Quote", "quote"),
        ("Quote from Smith", "quote"),
        ("More details", "details"),
        ("Previously", "background"),
        ("For reference", "background"),
        ("Key Facts", "key_facts"),
    ],
)
def test_kinds(label: str, kind: str) -> None:
    assert kind_of(label) == kind


def test_sections_run_until_next_label() -> None:
    text = 'Lede sentence here.\n\nSource: A\n\nQuote: "One.\n\nTwo."\n\nBackground: Old news.'
    got = [(s.kind, s.label, s.text) for s in find_sections(text)]
    assert got == [
        ("lede", None, "Lede sentence here."),
        ("source", "Source", "Source: A"),
        ("quote", "Quote", 'Quote: "One.\n\nTwo."'),
        ("background", "Background", "Background: Old news."),
    ]


def test_unlabelled_paragraphs_after_the_lede_are_body() -> None:
    text = "Headline words only\n\nFirst paragraph.\n\nSecond paragraph.\r\n\r\nThird."
    assert [s.kind for s in find_sections(text)] == ["headline", "lede", "body", "body"]


def test_dateline_is_skipped_and_headings_before_it_kept() -> None:
    text = "FOR RELEASE\n\nMarch 1, 2025\n\nCARDIFF – The trust said."
    sections = find_sections(text, (13, text.index("The")))
    assert [(s.kind, s.text) for s in sections] == [("headline", "FOR RELEASE"), ("lede", "The trust said.")]


def test_offsets() -> None:
    text = "A.\n\nSource: X\r\n\r\nDetails: Y\n \nZ"
    for s in find_sections(text):
        assert text[s.start : s.end] == s.text
