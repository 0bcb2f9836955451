"""Boilerplate by wording: the blocks that read as page or wire furniture, not as the article.

Wording alone never makes a block boilerplate in the middle of an article: role assignment
(:mod:`articlekit.roles`) takes only runs at the ends of a text, and the page-text rules
(:mod:`articlekit.page`) only blocks outside the article. This module says what *reads* as
furniture.
"""

from __future__ import annotations

from articlekit.lexicon import (
    BOILERPLATE_ANYWHERE_KEYS,
    BOILERPLATE_ANYWHERE_LOWER_RE,
    BOILERPLATE_ANYWHERE_RE,
    BOILERPLATE_LOWER_RE,
    BOILERPLATE_RE,
)

#: Longest block decided to be boilerplate by its wording. Copyright notices and comment
#: policies run to about 50 words; a longer block is prose even when it opens like one.
MAX_BOILERPLATE_WORDS = 60

#: The same limit in characters, tested first because it costs nothing: sixty words of
#: English run to about 400 characters, rarely past 600.
MAX_BOILERPLATE_CHARS = 600


def is_boilerplate(text: str) -> bool:
    """Whether a block's wording marks it as furniture (comment prompts, copyright, ...).

    >>> is_boilerplate("This site uses Akismet to reduce spam.")
    True
    >>> is_boilerplate("The site uses a new system, officials said.")
    False
    """
    return worded_as_furniture(text, text.lower() if text.isascii() else None)


def worded_as_furniture(text: str, lower: str | None) -> bool:
    """:func:`is_boilerplate`, given ``lower``: ``text`` lower-cased where the case-sensitive
    copies of the patterns agree with the others on it (ASCII text), else ``None``."""
    if len(text) > MAX_BOILERPLATE_CHARS or not _worded_as_boilerplate(text, lower):
        return False
    return len(text.split()) <= MAX_BOILERPLATE_WORDS


def _worded_as_boilerplate(text: str, lower: str | None) -> bool:
    """Whether a boilerplate pattern matches at the start of ``text`` or one found anywhere;
    ``lower`` as :func:`worded_as_furniture` takes it."""
    if lower is None:
        return (
            BOILERPLATE_RE.match(text) is not None
            or BOILERPLATE_ANYWHERE_RE.search(text) is not None
        )
    if BOILERPLATE_LOWER_RE.match(lower) is not None:
        return True
    for key in BOILERPLATE_ANYWHERE_KEYS:  # a loop: cheaper than any() over a generator
        if key in lower:
            return BOILERPLATE_ANYWHERE_LOWER_RE.search(lower) is not None
    return False
