"""Word lists for attribution: reporting verbs, source nouns, titles, channels, genders.

Everything here is matched against lower-cased lemmas (or, for names and
titles, lower-cased text). The lists are curated for news copy and tested in
tests/test_lexicon.py: add a word only with a sentence that needs it.
"""

from __future__ import annotations

from claimx.lexicon.names import ORG_NAME_WORDS, PLATFORM_NAMES

# Verbs that introduce what someone said, wrote or published. A verb here makes
# a reported claim only when the parse gives it content (a clausal complement,
# a `that` clause, or for DOBJ_VERBS a noun-phrase object), so `the report said
# nothing` and `the so-called` stay out.
REPORTING_VERBS = frozenset(
    """
    say tell add state note explain report announce reveal highlight admit acknowledge
    estimate claim deny warn confirm insist argue stress emphasise emphasize maintain
    assert declare write tweet post predict caution concede contend allege disclose
    reply respond testify remark recall complain boast forecast conclude reiterate
    underline specify clarify indicate reckon assure inform brief signal
    vow pledge promise threaten urge observe answer affirm mention
    ask accuse blame charge comment speak joke quip advise rule point establish hint counter
    retort continue shout exclaim recount
    """.split()
)
# Verbs (and their nouns) that voice words without reporting them: the words after one are
# someone's (`chanting "Roe or Bust"`, `chants of "Roe! Roe!"`), however they are capitalised.
VOICING_VERBS = frozenset("chant sing cheer yell scream cry shout".split())
# Verbs whose noun-phrase object is itself the claim (`X denied the allegations`, `announced his
# resignation`, `pledged his support`); an object of one word (`denied it`) says nothing.
DOBJ_VERBS = frozenset(
    """
    deny confirm claim acknowledge announce promise pledge vow report reveal admit disclose
    predict forecast estimate concede allege accuse blame mention note highlight stress
    emphasise emphasize recall
    """.split()
)
# Verbs whose object is the one spoken to: `told reporters the plan ...`, `warned residents ...`.
LISTENER_VERBS = frozenset("tell ask inform warn assure remind advise notify brief promise urge".split())
# Verbs whose content is an infinitive, after their object if any: `promised to rebuild`,
# `urged residents to leave`, `asked the court to delay`, `told Reed to step down`, `claimed to be
# undecided`.
XCOMP_VERBS = frozenset("promise pledge vow threaten urge ask advise warn tell claim".split())
# Verbs whose content may be an indirect question the parser hangs on them as an adverbial clause:
# `asked the drivers if they would strike` (the question put is reported speech).
QUESTION_VERBS = frozenset("ask inquire".split())
# Of those, the ones whose infinitive is someone else's to do: without that someone (`asked not
# to be named`, `asked to remain anonymous`) the infinitive is the speaker's own request, no content.
OBJECT_XCOMP_VERBS = frozenset("urge ask advise warn tell".split())
# Verbs whose object does what their infinitive says: `led her to declare ...`, `urged Reed to
# announce ...`; not `used it to comment` (the object is a means).
OBJECT_CONTROL_VERBS = frozenset(
    """
    ask tell urge lead force allow encourage invite persuade prompt push press cause compel
    inspire challenge dare order get convince require pressure
    """.split()
)
# Adjectives of readiness that hand their subject to the verb of saying after them: `advisers are
# quick to stress that ...`, `she was careful to note that ...`.
READY_ADJECTIVES = frozenset("quick eager keen careful happy glad willing proud anxious".split())
# Passive reporting verbs that make a frame (`it was reported that`, `was announced by the ministry`).
PASSIVE_CUES = frozenset(
    "report announce reveal say allege confirm claim state disclose rumour rumor accuse".split()
)
# Of those, the ones whose subject's own clause is the content: `no deaths were reported`, `X is
# said to have ...`, `X is accused of fraud`; not `the results were announced` (an event).
SUBJECT_PASSIVE_CUES = frozenset("report say allege rumour rumor accuse".split())
# Cues that narrate as often as they report: `as Clinton continues to lead`.
NARRATIVE_CUES = frozenset("continue answer respond".split())
# Adverbs of hearsay: `Reportedly, X.` is reported speech with no speaker named.
HEARSAY_ADVERBS = frozenset("reportedly reputedly".split())
# Verbs that attribute words only with this object: `as Tom Ridge put it: "..."`.
OBJECT_CUES = {"put": frozenset({"it"})}
# Prepositions that open a verb's content: `accused X of lying`, `spoke of a visit`.
PREP_CONTENT = {
    "accuse": frozenset({"of"}),
    "blame": frozenset({"for", "on"}),
    "speak": frozenset({"of", "about", "against"}),
    "point": frozenset({"to"}),
    "comment": frozenset({"on"}),
    "complain": frozenset({"about", "of"}),
    "boast": frozenset({"about", "of"}),
    "warn": frozenset({"of", "about", "against"}),
    "ask": frozenset({"about", "for"}),
    "call": frozenset({"for"}),
    "hint": frozenset({"at"}),
}
# Verbs that report only when their subject is a text or body of evidence
# (`the study found that ...`, `data show that ...`).
EVIDENCE_VERBS = frozenset("find show suggest read".split())
# Of those, verbs that also report when a person or body is their subject
# (`Schatz suggested there were not enough votes`), unlike `find` and `show`
# (`came home to find the door torn off`, `held a rifle to show it could be used`).
SPEAKER_EVIDENCE_VERBS = frozenset("suggest".split())
# Of those, verbs that also report when a person or body is their own subject and a `that` clause
# follows: `researchers found that ...`, never `came home to find the door torn off`.
FINDING_VERBS = frozenset("find show".split())
# Of those, verbs whose noun-phrase object a text reports: `the poll showed a one-point lead`
# (not `find`: `the survey found thirty nests` is a count, not a claim).
EVIDENCE_DOBJ_VERBS = frozenset("show suggest".split())
# Of those, verbs that quote a text (`"...," reads the statement`): its owner speaks, else no one.
TEXT_VERBS = frozenset("read".split())
# Verbs that report a judgement as a predicate on their object: `X called the walkout a
# "disaster"`, `X described the offer as an insult`. They make a reported claim only with such
# a predicate (not `called the police`, `called for calm`, `call the bridge the Iron Lady`).
CALLING_VERBS = frozenset("call describe brand label dub term characterise characterize portray".split())
# Of those, verbs whose predicate follows `as`: `described the offer as an insult`.
AS_CALLING_VERBS = frozenset("describe label brand term characterise characterize portray".split())
# Predicate heads of idioms, not judgements: `called it a day`, `called it quits`.
CALLING_IDIOMS = frozenset("day night quits".split())
# Verbs that govern a reporting verb without reporting anything themselves.
BLOCKING_HEADS = frozenset("decline refuse fail".split())

# Nouns of saying that report an appositive `that` clause: `Trump's claim that ...`. Not nouns of
# belief or wish (`the belief that`, `the hope that`): GUIDELINES leave beliefs out.
CUE_NOUNS = frozenset(
    """
    claim statement announcement warning assertion allegation promise pledge insistence
    argument suggestion admission accusation contention prediction vow threat assurance
    point remark comment observation
    """.split()
)
# Of those, nouns whose content may be an infinitive: `his promise to reopen the pier`.
INFINITIVE_CUE_NOUNS = frozenset("promise pledge vow threat claim".split())
# Verbs that issue a noun of saying for their subject: `X issued a warning that ...`.
ISSUING_VERBS = frozenset("issue make repeat release reiterate renew deliver".split())

# Nouns naming a text a body publishes: `the WHO report`, `a statement`.
DOCUMENT_NOUNS = frozenset(
    """
    report statement document study survey analysis release filing letter memo note assessment
    review audit data figure figures estimate estimates poll record records website post
    bulletin update notice paper draft list summary communique communiqué dossier editorial datum
    article column op-ed essay transcript lawsuit complaint indictment ruling judgment judgement
    verdict petition ad advertisement email e-mail result polling message projection video
    footage evidence research finding file recording decree proclamation declaration manifesto affidavit
    obituary
    """.split()
)

# Parts of a text: `part of the statement reads ...` is the statement's (its owner's) words.
PART_NOUNS = frozenset("part portion section passage excerpt extract rest remainder".split())

# Objects that bear words without being anyone's voice: `a sign taped to the door read "..."`.
# Their words have no speaker unless the phrase names an owner (`Greenpeace's banner`).
INSCRIPTION_NOUNS = frozenset(
    """
    sign signboard placard banner poster graffiti graffito plaque inscription slogan billboard
    sticker t-shirt shirt headstone gravestone tombstone mural scrawl caption headline
    """.split()
)
TEXT_NOUNS = DOCUMENT_NOUNS | INSCRIPTION_NOUNS

# Heads of phrases for unnamed sources: `officials said`, `a source told`.
ANONYMOUS_NOUNS = frozenset(
    """
    official source people person expert analyst observer witness resident neighbour neighbor
    diplomat insider aide employee worker banker trader critic activist researcher scientist
    economist lawyer investor someone somebody man woman student parent relative friend
    colleague member eyewitness bystander passenger driver local villager survivor victim
    commentator participant staffer negotiator authority insiders officer officers medic
    mother father son daughter wife husband brother sister child kid teen boy girl family couple
    candidate delegate advocate mogul host guest pilot nurse patient tenant boss crowd author
    voter respondent supporter protester demonstrator
    """.split()
)

# Kin nouns: `his daughter Nettie Baker` gives Nettie Baker the role, so `his daughter said` is her.
KIN_NOUNS = frozenset(
    """
    mother father son daughter wife husband brother sister widow widower partner girlfriend
    boyfriend fiance fiancé fiancee fiancée parent uncle aunt niece nephew cousin grandson
    granddaughter grandmother grandfather stepfather stepmother stepson stepdaughter
    """.split()
)

# Role nouns: a person's job. `the minister said` resolves to whoever the
# article introduced with that title.
ROLE_NOUNS = frozenset(
    """
    president minister secretary senator mayor governor spokesperson spokesman spokeswoman
    director chief head commander captain manager coach chairman chairwoman chair ceo
    executive officer leader analyst engineer doctor professor ambassador general colonel
    lieutenant sergeant admiral marshal chancellor premier king queen prince princess pope
    judge justice prosecutor attorney lawyer inspector superintendent constable detective
    founder owner chairperson treasurer deputy commissioner administrator representative
    congressman congresswoman lawmaker legislator mp councillor councilor envoy adviser
    advisor economist scientist researcher editor reporter correspondent author
    superintendent principal dean rector bishop archbishop cardinal priest imam rabbi
    pastor sheriff marshal chief-executive cfo cto coo striker midfielder defender goalkeeper
    player winger forward substitute star champion veteran official
    """.split()
)

# Heads of organisation phrases: `the ministry said`, `the company said`.
ORG_NOUNS = frozenset(
    """
    ministry department government company firm group agency service council committee
    commission office police army military force forces administration bank union
    party court organisation organization institute university board parliament team club
    staff corporation embassy hospital school fund federation association network regulator
    watchdog cabinet kremlin pentagon navy command centre center unit brigade coalition
    alliance bureau secretariat directorate inspectorate charity foundation trust operator
    carrier airline manufacturer maker producer retailer lender insurer utility startup
    consortium conglomerate newspaper broadcaster outlet website church prosecutors
    prosecutor's legislature senate congress assembly junta regime authority league campaign
    """.split()
)

# Organisation words of either kind: a name's last word (`Ashdown Homes`) or a phrase's head (`the ministry`).
ORG_WORDS = ORG_NAME_WORDS | ORG_NOUNS

# Title words that stand before a name and are not part of it.
TITLE_WORDS = frozenset(
    """
    president vice prime minister deputy senator sen sen. rep rep. representative mayor
    governor gov gov. dr dr. mr mr. mrs mrs. ms ms. miss mx sir dame lady lord colonel col
    col. general gen gen. lieutenant lt lt. major maj maj. captain capt capt. sergeant sgt
    sgt. commander cmdr admiral marshal secretary chancellor king queen prince princess
    pope judge justice professor prof prof. chief director spokesperson spokesman spokeswoman
    chairman chairwoman chair ceo ambassador speaker rabbi father reverend rev rev. bishop
    archbishop cardinal imam sheikh coach manager officer inspector superintendent constable
    detective station head foreign defence defense interior health finance agriculture
    economy trade energy justice education environment transport culture commerce labour
    labor state attorney premier emir sultan crown mp councillor councilor commissioner ex former
    whip leader minority majority
    substitute captain striker goalkeeper executive
    """.split()
)

# Honorifics and titles that reveal gender.
MALE_TITLES = frozenset("mr mr. sir lord king prince father brother monsieur herr señor".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss dame lady queen princess sister madame frau señora".split())

# First names and their gender come from gender-guesser (claimx.rules.names.people), not a list here.

# Nouns a channel phrase ends in: `in a statement`, `on Telegram`.
CHANNEL_NOUNS = (
    frozenset(
        """
    statement interview post letter video address speech briefing conference television tv
    radio x website email e-mail message
    broadcast podcast blog release tweet newsletter programme program show channel remarks remark comments
    comment advisory announcement notice findings
    appearance hearing session call telephone phone press media network broadcaster
    """.split()
    )
    | PLATFORM_NAMES
)
CHANNEL_PREPS = frozenset("in on at during via through over".split())
# Verbs of a relative clause that says when the thing it describes happened: `the storm, which struck on
# 29 October, brought gusts` (claim dates).
OCCURRENCE_VERBS = frozenset("strike hit happen occur begin start erupt break".split())
# Objects of `tell` that are an audience, not a person reported to.
AUDIENCE_NOUNS = frozenset(
    "reporters journalists media press audience crowd lawmakers parliament world nation public".split()
)

PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
NEUTER_PRONOUNS = frozenset("it its".split())
# Quantifiers that stand for unnamed people as a subject: `some have suggested that ...`, `others say`.
QUANTIFIER_VOICES = frozenset("some many others several most few both".split())
# Subjects that may speak unresolved: the first person (the writer) and a pronoun with no antecedent.
UNNAMED_PRONOUNS = frozenset("i we he she they".split())
PLURAL_PRONOUNS = frozenset("they them their".split())
