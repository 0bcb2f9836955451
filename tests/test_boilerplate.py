"""Boilerplate by wording: the fast paths give the answer the plain patterns give."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from articlekit.boilerplate import MAX_BOILERPLATE_CHARS, MAX_BOILERPLATE_WORDS, is_boilerplate
from articlekit.lexicon import (
    BOILERPLATE_ANYWHERE_KEYS,
    BOILERPLATE_ANYWHERE_PATTERNS,
    BOILERPLATE_ANYWHERE_RE,
    BOILERPLATE_PATTERNS,
    BOILERPLATE_RE,
)

#: Pieces of furniture and of prose, in both cases, with and without non-ASCII characters.
PIECES = [
    "All rights reserved.",
    "ALL RIGHTS RESERVED",
    "© 2024 The Daily Courier",
    "Copyright 2019",
    "This site uses Akismet to reduce spam.",
    "THIS SITE USES AKISMET",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "may not be reproduced",
    "Share this article",
    "Reporting by Jane Doe; Editing by Tom Roe",
    "Read more",
    "12 Comments",
    "Reply",
    "Reuter",
    "- more -",
    "The council said",
    "the plan",
    "rights",
    "reserved",
    "Akismet",
    "café",
    "—",
    "“",
    "ſ",
    "\u212a",
    "\u0130",
]

blocks = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=12).map(" ".join)


def plain_is_boilerplate(text: str) -> bool:
    """The rule as written, with the case-insensitive patterns only."""
    if len(text) > MAX_BOILERPLATE_CHARS or len(text.split()) > MAX_BOILERPLATE_WORDS:
        return False
    return (
        BOILERPLATE_RE.match(text) is not None or BOILERPLATE_ANYWHERE_RE.search(text) is not None
    )


@given(blocks)
def test_fast_paths_agree_with_the_patterns(text: str) -> None:
    assert is_boilerplate(text) is plain_is_boilerplate(text)


def test_patterns_are_written_in_lower_case() -> None:
    """The lower-case patterns are exact for lower-cased text only if no literal is upper case."""
    for pattern in (*BOILERPLATE_PATTERNS, *BOILERPLATE_ANYWHERE_PATTERNS):
        literals = re.sub(r"\\.", "", pattern)
        assert literals == literals.lower(), pattern


def test_every_anywhere_pattern_needs_one_of_the_keys() -> None:
    for pattern in BOILERPLATE_ANYWHERE_PATTERNS:
        assert any(key.strip() in pattern for key in BOILERPLATE_ANYWHERE_KEYS), pattern


def test_furniture_worded_in_any_case_is_boilerplate() -> None:
    assert is_boilerplate("2017 THE ASSOCIATED PRESS. ALL RIGHTS RESERVED.")
    assert is_boilerplate("© 2017 The Associated Press. All rights reserved.")
    assert is_boilerplate("Ce site utilise Akismet — this site uses Akismet to reduce spam.")
    assert not is_boilerplate("The rights of the reserved seats were sold, the club said.")
