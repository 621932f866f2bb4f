"""Who a mention names: article-level entities built once per Doc, and resolution.

`NameIndex(doc, start)` (build.py) makes one pass over the parsed article and
keeps small indexes, never changed after; `ArticleIndex.resolve(head)`
(resolve.py) then maps any noun phrase (a speaker, an actor) to a `Speaker`:
canonical name, mention as written, type and title. What reading in text order
learns (who has spoken, for pronouns) is kept apart in a `Memory` (memory.py).

Heuristics, in order of use:

- **Names** are runs of adjacent capitalised proper-noun tokens (spaCy's PROPN
  or a PERSON/ORG/GPE/... entity). Title words at the front of a person's name
  (`President`, `Defence Minister`, `Dr`) are split out into the title.
- **Short forms** join the longest name whose words contain them as a
  contiguous run (`Zelenskyy` -> `Volodymyr Zelenskyy`, `Commission` ->
  `European Commission`); an all-capital short form joins the name whose
  initials it spells (`WHO` -> `World Health Organization`). Several
  candidates: the one named last before the mention.
- **Type** is a vote over the article: spaCy's entity labels on every mention,
  plus evidence the small model misses: a known first name or a title makes a
  PERSON; an organisation word at the end (`Police`, `Homes`, `Staff`) or an
  organisation noun in front (`group Veltrona`) makes an ORG.
- **Titles and roles**: the words in front of a name inside its noun phrase
  (`Station commander Gareth Lloyd`) or an apposition (`Iryna Savchuk, Deputy
  Minister of Economy`) are its title; each role noun in it (`commander`,
  `minister`) indexes the entity, so `the minister said` later resolves to it.
  Organisation nouns in front of a name (`firm Castlegate`) index it too, so
  `the firm said` resolves.
- **Pronouns** resolve to the most recent salient entity (a subject outside
  quotes and reported content, or a resolved speaker) of a compatible kind:
  `he`/`she` a PERSON of that gender (or of unknown gender when none matches),
  `it` an organisation or document source, `they` an organisation, group or
  anonymous plural. Gender comes from honorifics and a small first-name list,
  else from the first he/she used within two sentences of a person named as
  a subject.
- **Anonymous sources** (`officials`, `two people familiar with the matter`,
  `a source`, `one of the people`) keep the phrase as written, type
  `anonymous`.
- **Role + organisation** (`A spokeswoman for Severn Valley Police`, `a
  Commission spokesperson`): the organisation is the speaker (type ORG, name
  the organisation, title the role noun, mention the whole phrase), unless a
  person is named in the phrase.
- **Documents** (`the WHO report`, `a statement`) stand for the body that owns
  them; `the report` resolves to the last document mentioned with an owner.
"""

from claimx.rules.names.build import NameIndex
from claimx.rules.names.entity import Entity, Run, initials
from claimx.rules.names.memory import Memory
from claimx.rules.names.resolve import ArticleIndex

__all__ = ["ArticleIndex", "Entity", "Memory", "NameIndex", "Run", "initials"]
