"""Words that say what kind of thing a capitalised name is: organisation, facility, place or region.

Each word has one type (tests/test_lexicon.py checks the lists are disjoint), so the speaker
index and the entity rules cannot disagree about the same name: `Royal Free Hospital said`
makes the hospital an organisation both as speaker and as entity. Matched against lower-cased
text. An institution housed in a building (`hospital`, `school`, `university`) is an
organisation: news cites it when it speaks or acts far more often than as a place.
"""

from __future__ import annotations

# Last words that make a capitalised name an organisation: `Ashdown Homes`, `Severn Valley Police`.
ORG_NAME_WORDS = frozenset(
    """
    police homes partners bank service services administration force forces council commission
    ministry department agency office group inc inc. ltd ltd. plc llc corp corp. co co.
    company corporation organization organisation institute university college school hospital
    staff command army navy party union association federation foundation fund trust court
    committee board authority bureau network news times post press media airlines airways
    motors industries holdings capital energy systems technologies labs laboratories guard
    parliament senate congress assembly government club fc athletic rovers united house
    electronics semiconductor semiconductors pharmaceuticals telecom communications watch centre center
    """.split()
)
# Company forms written with a period that spaCy's tokenizer splits off (`Ipari Kft.` -> `Kft` `.`),
# which then ends the sentence in the middle of a name: `HDT Kft. (HDT Limited) acquired ...`.
COMPANY_FORMS = frozenset(
    "Kft. Zrt. Nyrt. Pty. Bhd. Sdn. S.p.A. S.r.l. Oy. Oyj. Plc. Ltda. Tbk. Pvt.".split()
)
# Online platforms, organisations the small model takes for people (`on Twitter` PERSON) or places.
PLATFORM_NAMES = frozenset(
    "twitter facebook instagram youtube tiktok telegram reddit linkedin whatsapp weibo wechat snapchat"
    " bluesky mastodon".split()
)
# Last words that make a name a facility (a built thing): `Quarry Road`, `Heathrow Airport`.
FAC_NAME_WORDS = frozenset(
    """
    road street lane avenue boulevard square bridge airport station highway motorway stadium
    arena park plaza port harbour harbor mill prison
    """.split()
)
# Last words that make a name a political region: `Kursk Oblast`, `Orange County`.
GPE_NAME_WORDS = frozenset(
    "oblast province region county district krai governorate prefecture state republic city".split()
)
# Last words that make a name a natural place: `Black Sea`, `Rocky Mountains`.
LOC_NAME_WORDS = frozenset(
    """
    sea ocean river lake mountains valley gulf bay strait peninsula island islands wilderness forest
    desert canyon reserve glacier coast
    """.split()
)
NAME_WORD_TYPE: dict[str, str] = {
    **dict.fromkeys(FAC_NAME_WORDS, "FAC"),
    **dict.fromkeys(GPE_NAME_WORDS, "GPE"),
    **dict.fromkeys(LOC_NAME_WORDS, "LOC"),
    **dict.fromkeys(ORG_NAME_WORDS, "ORG"),
}

# Organisation words that name the body in a speaker's title (`chairman of the Hollin Parish
# Council`), so a `we` in the speaker's quote is that body. Narrower than ORG_NAME_WORDS: a
# title ending in `Times` or `Post` names a newspaper the speaker writes for, not one they speak for.
TITLE_ORG_WORDS = frozenset(
    """
    council ministry department agency authority union party bank group commission committee
    service police association company corporation office board
    """.split()
)

# Nouns before `of` that make the next name a place: `the town of Rylsk`.
PLACE_OF_NOUNS = frozenset(
    """
    town city village port region district province oblast county state country capital settlement
    towns cities villages ports regions districts provinces counties states countries settlements
    """.split()
)
# Nouns right before a name that make it an organisation: `private equity firm Castlegate`.
ORG_DESCRIPTORS = frozenset(
    """
    group company firm bank maker carmaker insurer retailer lender club party agency broadcaster
    newspaper charity developer operator airline manufacturer conglomerate startup supplier band
    """.split()
)
# First words that make a name a town: `Port Ellison`, `Fort Worth`, `San Marcos`.
PLACE_FIRST_WORDS = frozenset("port cape fort san santa saint st.".split())
# First words that make a name a natural place (`Mount Kenya`, `Lake Kivu`), unless the gazetteer
# knows a town of that name (`Lake Charles`).
LOC_FIRST_WORDS = frozenset("mount mt. lake".split())
# Verbs whose object is a place, never a person: `troops entered Tell Rafan`, `rebels shelled X`.
PLACE_OBJECT_VERBS = frozenset("enter shell bomb bombard besiege invade annex flee".split())
# Last words of a state's bodies, which news names by their country (`Ukraine's General Staff`,
# `Russia's Defence Ministry`); a company keeps its own name (`Daejin Electronics`, not `South
# Korea's Daejin Electronics`).
STATE_BODY_WORDS = frozenset(
    """
    ministry staff force forces office department agency service services police army navy command
    guard parliament government council committee court cabinet embassy senate assembly commission
    bureau
    """.split()
)
