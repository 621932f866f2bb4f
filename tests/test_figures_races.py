"""Race times, race events, names listed or called, hyphenated counted nouns."""

import pytest

from tests.test_figures import Parse, figures_of
from tests.test_figures import parse as _parse

parse = _parse  # the module-scoped fixture that parses each sentence once


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kipyegon won the final in 3:44.2 on Sunday.", [("3:44.2", 224.2, "s")]),
        ("He finished the marathon in 1:58:33 in Vienna.", [("1:58:33", 7113, "s")]),
        ("She won in 3:44 after a late sprint.", [("3:44", 224, "s")]),
        ("The relay team clocked 2:58.07 in the heat.", [("2:58.07", 178.07, "s")]),
        ("She won the race in 43.18 seconds.", [("43.18 seconds", 43.18, "seconds")]),
        # Times of day are no figures.
        ("The council met at 10:30 on Monday.", []),
        ("The train left at 10:30:15 on Monday.", []),
        ("The 10:30 meeting ran late.", []),
        ("Doors open 7:30 p.m. on Friday.", []),
    ],
)
def test_race_times(parse: Parse, text: str, want: list[tuple[str, float, str]]) -> None:
    got = [(f.text, f.value, f.unit) for f in figures_of(parse, text)]
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A distance that names the race run over it is no figure; a distance run is one.
        ("Smith won the 200 metres freestyle at the games.", []),
        ("She ran the 400 m hurdles in 52.16 seconds.", [("52.16 seconds", 52.16, "seconds")]),
        ("He ran 400 m before he fell.", [("400 m", 400, "m")]),
        # Numbers to call, and models listed after one glued to a name.
        ("The girl called 911 from a neighbour's phone.", []),
        ("Residents should dial 999 at once.", []),
        ("She called 12 witnesses to the stand.", [("12 witnesses", 12, "witnesses")]),
        ("The carrier flies A320 and 737 jets on the route.", []),
        (
            "It passed 230-to-197 and 229-to-198.",
            [("230", 230, None), ("229", 229, None)],
        ),
        ("The G7 and 20 other nations signed.", [("20 other nations", 20, "nations")]),
        # `the 737` where the article writes `Boeing 737`: the model, not a count.
        ("A Boeing 737 landed. The 737 was carrying 16 people.", [("16 people", 16, "people")]),
        ("Since Monday 16 people died. The 16 were miners.", [("16 people", 16, "people"), ("16", 16, None)]),
        # A hyphenated counted noun is one word.
        ("The firm has 12 co-petitioners in the case.", [("12 co-petitioners", 12, "co-petitioners")]),
        (
            "The blast hit 35,000 war-damaged structures.",
            [("35,000 war-damaged structures", 35000, "structures")],
        ),
        ("They scored under 1 end in the game.", [("under 1 end", 1, "end")]),
    ],
)
def test_names_events_and_compounds(
    parse: Parse, text: str, want: list[tuple[str, float, str | None]]
) -> None:
    got = [(f.text, f.value, f.unit) for f in figures_of(parse, text)]
    assert got == want
