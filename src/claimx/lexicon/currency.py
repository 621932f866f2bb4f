"""Currencies as news copy writes them: symbols, ISO 4217 codes and the names of the money.

The figure rules read amounts and name their unit with these tables, and `claimx.rules.numbers`
strips the same symbols and codes from a number; neither spells a currency again.

Limits: a bare `$` or `dollars` does not say which dollar: it is the article's dollar, US unless the
text names another dollar country more (`claimx.layout.money`); `pounds` may weigh, and the figure
rules decide.
"""

from __future__ import annotations

import re

# ISO codes written before or after an amount (`PLN 2 million`, `2 million PLN`). Codes that are also
# common capitalised words (`CUP`, `MAD`, `ALL`) are left out: they are reported, never read.
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CHF CNY UAH RUB INR CAD AUD NZD HKD SGD PLN HUF CZK SEK NOK DKK ISK ZAR BRL MXN ARS"
    " ILS KRW TRY THB MYR IDR PHP NGN KES EGP AED SAR QAR PKR BDT VND RON BGN KZT GEL TWD".split()
)
# Symbols glued to a number -> what they settle.
CURRENCY_SYMBOLS = {
    "$": "USD",  # unless the article is set in another dollar country (claimx.layout.money)
    "US$": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₴": "UAH",
    "₽": "RUB",
    "Tk": "BDT",  # Bangladeshi taka, written before the amount with a space: `Tk 25 crore`
}
# Currency words after a number -> the currency family they name.
CURRENCY_WORDS = {
    **dict.fromkeys(("dollar", "dollars"), "dollar"),
    **dict.fromkeys(("euro", "euros"), "euro"),
    **dict.fromkeys(("pound", "pounds"), "pound"),
    "sterling": "sterling",
    "yen": "yen",
    **dict.fromkeys(("yuan", "renminbi"), "yuan"),
    **dict.fromkeys(("hryvnia", "hryvnias", "hryvnas"), "hryvnia"),
    **dict.fromkeys(("rouble", "roubles", "ruble", "rubles"), "rouble"),
    **dict.fromkeys(("zloty", "zlotys", "zlotych"), "zloty"),
    **dict.fromkeys(("forint", "forints"), "forint"),
    **dict.fromkeys(("koruna", "korunas", "koruny", "korun"), "koruna"),
    **dict.fromkeys(("krona", "kronor", "kronur"), "krona"),
    **dict.fromkeys(("krone", "kroner"), "krone"),
    **dict.fromkeys(("lira", "liras", "lire"), "lira"),
    "rand": "rand",
    **dict.fromkeys(("real", "reais"), "real"),
    **dict.fromkeys(("peso", "pesos"), "peso"),
    "naira": "naira",
    **dict.fromkeys(("shekel", "shekels", "sheqel", "sheqels"), "shekel"),
    **dict.fromkeys(("dirham", "dirhams"), "dirham"),
    **dict.fromkeys(("riyal", "riyals", "rial", "rials"), "riyal"),
    **dict.fromkeys(("dinar", "dinars"), "dinar"),
    "won": "won",
    "baht": "baht",
    "ringgit": "ringgit",
    **dict.fromkeys(("franc", "francs"), "franc"),
    "rupiah": "rupiah",
    **dict.fromkeys(("rupee", "rupees"), "rupee"),
    "taka": "taka",
    "dong": "dong",
    "tenge": "tenge",
    **dict.fromkeys(("lari", "laris"), "lari"),
    **dict.fromkeys(("leu", "lei"), "leu"),
    **dict.fromkeys(("lev", "leva"), "lev"),
    **dict.fromkeys(("cedi", "cedis"), "cedi"),
    **dict.fromkeys(("shilling", "shillings"), "shilling"),
    "birr": "birr",
}
# The ISO code a family's word gives alone; missing where several countries use the word
# (`pesos`, `francs`, `kroner`): then the word itself is the unit unless a nation names it.
FAMILY_CODES = {
    "euro": "EUR",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "hryvnia": "UAH",
    "rouble": "RUB",
    "zloty": "PLN",
    "forint": "HUF",
    "koruna": "CZK",
    "lira": "TRY",
    "rand": "ZAR",
    "real": "BRL",
    "naira": "NGN",
    "shekel": "ILS",
    "won": "KRW",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "taka": "BDT",
    "dong": "VND",
    "tenge": "KZT",
    "lari": "GEL",
    "leu": "RON",
    "lev": "BGN",
    "cedi": "GHS",
    "birr": "ETB",
}
# Plurals that settle a family the singular leaves open: Swedish `kronor`, Icelandic `kronur`.
WORD_CODES = {"kronor": "SEK", "kronur": "ISK"}
# Words that are also common English (`12 won`, `three real risks`): money only after a
# scale (`2 trillion won`) or a nation (`South Korean won`).
WORDS_NEEDING_SCALE = frozenset({"won", "real", "dong", "leu", "lev"})
# A nation before the word settles the currency: `Canadian dollars`, `Swiss francs`.
NATION_CURRENCIES = {
    "dollar": {
        "us": "USD",
        "u.s.": "USD",
        "american": "USD",
        "canadian": "CAD",
        "australian": "AUD",
        "hong kong": "HKD",
        "new zealand": "NZD",
        "singapore": "SGD",
        "taiwan": "TWD",
        "jamaican": "JMD",
    },
    "pound": {"british": "GBP", "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG"},
    "peso": {
        "mexican": "MXN",
        "argentine": "ARS",
        "argentinian": "ARS",
        "philippine": "PHP",
        "colombian": "COP",
        "chilean": "CLP",
        "cuban": "CUP",
        "uruguayan": "UYU",
    },
    "krona": {"swedish": "SEK", "icelandic": "ISK"},
    "krone": {"danish": "DKK", "norwegian": "NOK"},
    "franc": {"swiss": "CHF", "congolese": "CDF", "rwandan": "RWF", "guinean": "GNF"},
    "dinar": {
        "iraqi": "IQD",
        "kuwaiti": "KWD",
        "jordanian": "JOD",
        "bahraini": "BHD",
        "libyan": "LYD",
        "tunisian": "TND",
        "algerian": "DZD",
        "serbian": "RSD",
    },
    "dirham": {"uae": "AED", "emirati": "AED", "moroccan": "MAD"},
    "riyal": {"saudi": "SAR", "qatari": "QAR", "omani": "OMR", "iranian": "IRR", "yemeni": "YER"},
    "rupee": {
        "indian": "INR",
        "pakistani": "PKR",
        "sri lankan": "LKR",
        "nepalese": "NPR",
        "nepali": "NPR",
        "mauritian": "MUR",
    },
    "shilling": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"},
    "won": {"south korean": "KRW", "korean": "KRW", "north korean": "KPW"},
    "real": {"brazilian": "BRL"},
    "leu": {"romanian": "RON", "moldovan": "MDL"},
}


def symbol_pattern() -> str:
    """A regex group for one currency symbol as written (`US$`, `€`), longest first."""
    return "(?:" + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)) + ")"


# Names that place an article in a dollar country (countries, adjectives, states and provinces; no
# cities, which repeat across countries), for the dollar a bare `$` means.
DOLLAR_PLACES = {
    "USD": (
        "United States",
        "U.S.",
        "US",
        "USA",
        "American",
        "Americans",
        "Washington",
        "Congress",
        "California",
        "Texas",
        "Florida",
        "New York",
        "Illinois",
        "Pennsylvania",
        "Ohio",
        "Michigan",
    ),
    "CAD": (
        "Canada",
        "Canadian",
        "Canadians",
        "Ontario",
        "Quebec",
        "Nova Scotia",
        "New Brunswick",
        "Manitoba",
        "Saskatchewan",
        "Alberta",
        "British Columbia",
        "Newfoundland",
        "Prince Edward Island",
        "Yukon",
        "Nunavut",
        "Northwest Territories",
        "Ottawa",
    ),
    "AUD": (
        "Australia",
        "Australian",
        "Australians",
        "New South Wales",
        "Queensland",
        "Tasmania",
        "South Australia",
        "Western Australia",
        "Northern Territory",
        "Canberra",
    ),
    "NZD": ("New Zealand", "New Zealanders", "Aotearoa"),
    "HKD": ("Hong Kong",),
    "SGD": ("Singapore", "Singaporean"),
}
