"""Boilerplate by wording: the blocks that read as page or wire furniture, not as the article.

Wording alone never makes a block boilerplate in the middle of an article: role assignment
(:mod:`articlekit.roles`) takes only runs at the ends of a text, and the page-text rules
(:mod:`articlekit.page`) only blocks outside the article. This module says what *reads* as
furniture.
"""

from __future__ import annotations

from articlekit.lexicon import BOILERPLATE_ANYWHERE_RE, BOILERPLATE_RE

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
    if len(text) > MAX_BOILERPLATE_CHARS or len(text.split()) > MAX_BOILERPLATE_WORDS:
        return False
    if BOILERPLATE_RE.match(text) is not None:
        return True
    return BOILERPLATE_ANYWHERE_RE.search(text) is not None
