"""What a reader remembers while reading a piece in text order: who has spoken, and what was learned.

The `NameIndex` is built once and never changes. Resolution, read in text order, learns
three things the index cannot know up front, and keeps them here, in one `Memory` per piece:

- who has spoken so far (`note`): a speaker is salient for later pronouns (`..., Hill said.
  He added`), on top of the subjects the index already lists;
- the gender a pronoun gave a person of unknown gender (`Okafor ... she said`);
- the ad-hoc entities made from common-noun phrases (`the fire service`, `officials`), one per
  phrase, so that a `they` can come back to them.

Limits: the memory is only as good as the order it is filled in. Attribution notes each
frame's speaker as it reads the piece; actors read after, and see every speaker noted.
"""

from __future__ import annotations

from bisect import bisect_left

from claimx.rules.names.build import NameIndex
from claimx.rules.names.entity import Entity, words_of


class Memory:
    """Speakers noted so far, learned genders and ad-hoc entities of one piece."""

    def __init__(self, names: NameIndex) -> None:
        # The index's salient subjects with the speakers noted among them, in token order.
        self.salient: list[tuple[int, Entity]] = list(names.salient)
        self._genders: dict[Entity, str] = {}
        self._adhoc: dict[tuple[str, str], Entity] = {}

    def note(self, at: int, ent: Entity | None) -> None:
        """Record that `ent` spoke at token `at`, for later pronouns."""
        if ent is not None:
            self.salient.insert(bisect_left(self.salient, at, key=lambda x: x[0]), (at, ent))

    def gender(self, ent: Entity) -> str | None:
        return ent.gender if ent.gender is not None else self._genders.get(ent)

    def learn_gender(self, ent: Entity, gender: str) -> None:
        if self.gender(ent) is None:
            self._genders[ent] = gender

    def adhoc(self, name: str, type_: str, at: int) -> Entity:
        """The one entity a common-noun phrase stands for (`the fire service`), made on first use."""
        key = (name.casefold(), type_)
        ent = self._adhoc.get(key)
        if ent is None:
            ent = Entity(name=name, words=words_of(name), first=at, type=type_, adhoc=True)
            self._adhoc[key] = ent
        return ent
