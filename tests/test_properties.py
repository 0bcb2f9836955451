"""Properties of parse_text on any text: never raises, deterministic, nothing lost."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from articlekit import Article, parse_text
from articlekit.lexicon import INVISIBLE_CHARS

#: Pieces that exercise the rules: datelines, dashes, quotes, boilerplate, odd white space.
PIECES = [
    "WASHINGTON —",
    "LONDON, March 3 (Reuters) -",
    "(CNN)",
    "By Jane Doe",
    "Reuter",
    "Write your comment",
    "© 2024 News Ltd",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "said",
    "he said.",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\r\n",
    "\n",
    "\n\n",
    "    ",
    "\t",
    "\x03",
    "-",
    "--",
    "_",
    "U.S.",
    "Ill.",
    "Feb 26",
    "The plan",
    "is",
    "ready.",
    "?",
    "ALL CAPS TITLE",
]

news_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map(" ".join)
any_text = st.text() | news_like


def visible_positions(source: str) -> set[int]:
    return {i for i, c in enumerate(source) if not (c.isspace() or c in INVISIBLE_CHARS)}


def check_spans(source: str, article: Article) -> None:
    covered: list[int] = []
    previous_end = 0
    for span in article.spans:
        assert 0 <= span.start <= span.end <= len(source)
        assert span.start >= previous_end, "spans overlap or are out of order"
        previous_end = span.end
        covered.extend(range(span.start, span.end))
    assert len(covered) == len(set(covered))
    assert visible_positions(source) <= set(covered), "a visible character is in no span"


@given(any_text)
def test_never_raises_and_loses_nothing(source: str) -> None:
    article = parse_text(source)
    check_spans(source, article)


@given(any_text)
def test_deterministic(source: str) -> None:
    assert parse_text(source) == parse_text(source)


@given(any_text)
def test_to_dict_round_trips_through_json(source: str) -> None:
    data = parse_text(source).to_dict()
    assert json.loads(json.dumps(data)) == data


@given(any_text)
def test_paragraphs_are_normalised_and_quotes_point_into_them(source: str) -> None:
    article = parse_text(source)
    for paragraph in article.paragraphs:
        assert paragraph == " ".join(paragraph.split())
        assert paragraph
    for quote in article.quotes:
        paragraph = article.paragraphs[quote.paragraph]
        assert paragraph[quote.start : quote.end] == quote.text


@given(any_text)
def test_every_role_text_comes_from_its_span(source: str) -> None:
    article = parse_text(source)
    body = " ".join(
        " ".join(source[s.start : s.end].split()) for s in article.spans if s.role == "body"
    )
    for paragraph in article.paragraphs:
        assert paragraph.replace(" ", "") in body.replace(" ", "").translate(
            {ord(c): None for c in INVISIBLE_CHARS}
        )
