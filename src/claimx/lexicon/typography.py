"""Words that typesetting shapes: clipped words that open with an apostrophe.

A clipped word (`'bout`, `'em`, `'til`) opens with the same mark as a single quotation mark, so
the quote finder reads it as an opener unless it knows the word. Lower case, without the mark.
"""

from __future__ import annotations

# `how 'bout that`, `give 'em hell`, `'cause we can`, `wait 'til Monday`, `'tis`, `'twas`, `rock 'n'
# roll`, `'round the clock`, `'nuff said`, `'cept`, Dutch `'t` (`in 't Veld`).
ELISIONS = frozenset("bout em cause cuz cos til tis twas n round nuff cept t".split())
# Words a title leaves in lower case (`Game of the Year`, `Orange is the New Black`).
TITLE_SMALL_WORDS = frozenset(
    """
    a an the and but or nor for so yet of in on at to by up as is are be with from into onto over off out
    per via vs de del la le los las el von van der du da di y
    """.split()
)
# Words of a speaker to a listener: a quote that holds one is somebody's words, not a title.
PERSONAL_WORDS = frozenset("i i'm i've i'll i'd me my we we're we've we'll us our you you're your".split())
