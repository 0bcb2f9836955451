"""Properties of find_quotes on any paragraphs: never raises, offsets hold, order, determinism.

The examples come from the Hypothesis profile that ``conftest.py`` loads ("ci": no deadline,
derandomized, bounded), so these tests set no settings of their own.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from articlekit.quotes import find_quotes

#: Pieces that exercise the rules: every kind of mark, cues, names, titles, sentence ends.
PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "„",
    "«",
    "»",
    "″",
    "=",
    " ",
    ", ",
    ". ",
    ": ",
    " — ",
    "said",
    " he said.",
    " she told reporters",
    "according to",
    " Trump",
    "Donald Trump",
    "Sen. Ted Cruz",
    "Army Lt. Gen. Paul Funk",
    " a spokeswoman",
    " the officials",
    "It’s",
    "the Smiths’",
    "’90s",
    "We will win",
    "The Art of the Deal",
    "CNN’s",
    " book ",
    "so-called",
    "U.S.",
    "\u00a0",
    "x",
    "1",
]

paragraph_text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80)
paragraph_lists = st.lists(paragraph_text, max_size=6)


@given(paragraph_lists)
def test_never_raises_and_offsets_hold(paragraphs: list[str]) -> None:
    for quote in find_quotes(paragraphs):
        assert 0 <= quote.paragraph < len(paragraphs)
        assert 0 <= quote.start <= quote.end <= len(paragraphs[quote.paragraph])
        assert paragraphs[quote.paragraph][quote.start : quote.end] == quote.text
        assert quote.text.strip()


@given(paragraph_lists)
def test_reading_order_and_no_overlap(paragraphs: list[str]) -> None:
    quotes = find_quotes(paragraphs)
    places = [(quote.paragraph, quote.start, quote.end) for quote in quotes]
    assert places == sorted(places)
    for before, after in itertools.pairwise(places):
        assert before[0] < after[0] or before[2] <= after[1]


@given(paragraph_lists)
def test_deterministic(paragraphs: list[str]) -> None:
    assert find_quotes(paragraphs) == find_quotes(list(paragraphs))
    assert find_quotes(paragraphs) == find_quotes(tuple(paragraphs))


@given(paragraph_lists)
def test_speakers_only_with_mentions(paragraphs: list[str]) -> None:
    for quote in find_quotes(paragraphs):
        if quote.speaker is not None:
            assert quote.mention is not None
