from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimx.rules.numbers import parse_number, parse_words

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
)
_ONES += "sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words_below_thousand(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n or not parts:
        parts.append(_ONES[n])
    return " ".join(parts)


def to_words(n: int) -> str:
    """English words for 0 <= n < 10**12, the way a news writer spells them."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            parts.append(f"{_words_below_thousand(n // scale)} {name}")
            n %= scale
    if n:
        parts.append(_words_below_thousand(n))
    return " ".join(parts)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("12,000", 12000),
        ("1,234,567", 1234567),
        ("1.2", 1.2),
        ("0.75", 0.75),
        ("1.2 million", 1200000),
        ("4.1 billion", 4100000000),
        ("3 trillion", 3000000000000),
        ("$2.5bn", 2500000000),
        ("€120m", 120000000),
        ("£1.4 million", 1400000),
        ("US$ 3m", 3000000),
        ("PLN 2.4 billion", 2400000000),
        ("C$30 million", 30000000),
        ("40k", 40000),
        ("three", 3),
        ("forty", 40),
        ("twenty-five", 25),
        ("ninety nine", 99),
        ("three hundred", 300),
        ("three hundred and fifty", 350),
        ("twelve hundred", 1200),
        ("twenty-five hundred", 2500),
        ("two dozen", 24),
        ("a dozen", 12),
        ("a hundred", 100),
        ("a thousand", 1000),
        ("two million three hundred thousand", 2300000),
        ("1.5 thousand", 1500),
        ("3 dozen", 36),
    ],
)
def test_parse_number(text: str, value: int | float) -> None:
    got = parse_number(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "million",
        "hundred",
        "one two",
        "twenty eleven",
        "1,2",
        "12,34",
        "a",
        "five apples",
        "third",
        "1.2.3",
        "XYZ 5",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_parse_words_reads_the_longest_prefix() -> None:
    assert parse_words(["three", "hundred", "residents"]) == (Decimal(300), 2)
    assert parse_words(["eleven", "and", "twelve"]) == (Decimal(11), 1)
    assert parse_words(["twenty", "-", "storey"]) == (Decimal(20), 1)
    assert parse_words(["a", "few"]) is None


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_round_trip_digits(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_round_trip_words(n: int) -> None:
    assert parse_number(to_words(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=3))
def test_round_trip_decimals(units: int, places: int) -> None:
    value = Decimal(units) / (10**places)
    text = f"{value:,.{places}f}"
    integral = value == value.to_integral_value()
    got = parse_number(text)
    assert got == (int(value) if integral else float(value))
    assert isinstance(got, int) == integral


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(
        [
            (" thousand", 10**3),
            (" million", 10**6),
            (" billion", 10**9),
            ("k", 10**3),
            ("m", 10**6),
            ("mn", 10**6),
            ("bn", 10**9),
            (" bn", 10**9),
        ]
    ),
    st.sampled_from(["", "$", "€", "£", "US$"]),
)
def test_round_trip_scales(whole: int, tenth: int, scale: tuple[str, int], currency: str) -> None:
    word, factor = scale
    text = f"{currency}{whole}.{tenth}{word}" if tenth else f"{currency}{whole}{word}"
    expected = (whole * 10 + tenth) * factor // 10
    got = parse_number(text)
    assert got == expected
    assert isinstance(got, int)
