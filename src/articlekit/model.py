"""The typed results of a parse: :class:`Article`, :class:`Dateline`, :class:`Quote`, :class:`Span`.

Every model is a frozen, slotted attrs class whose collections are tuples, so a parsed
article can be hashed, compared, cached and shared between threads safely.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import attrs

#: The roles a :class:`Span` of a plain-text source can have, in the order they are documented.
SpanRole = Literal["headline", "byline", "dateline", "body", "boilerplate"]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@attrs.frozen
class Span:
    """A run of the source text with the role it was given.

    ``source[span.start:span.end]`` is the text, as written, that the role covers.
    """

    role: SpanRole
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the span as a JSON-ready dict."""
        return {"role": self.role, "start": self.start, "end": self.end}


@attrs.frozen
class Dateline:
    """The dateline that opens a news story: ``WASHINGTON —``, ``LONDON, March 3 (Reuters) -``.

    Attributes:
        text: the dateline as written, dash included (``"WASHINGTON —"``).
        location: the place, as written (``"SPRINGFIELD, Ill."``), or ``None`` (``"(CNN) --"``).
        agency: the news agency named in parentheses (``"AP"``, ``"Reuters"``), or ``None``.
        date: the month and day of the dateline with the year chosen nearest the reference
            date, or ``None`` when the dateline has no date or no reference date was given.
    """

    text: str
    location: str | None = None
    agency: str | None = None
    date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the dateline as a JSON-ready dict (the date as an ISO string)."""
        return {
            "text": self.text,
            "location": self.location,
            "agency": self.agency,
            "date": _iso(self.date),
        }


@attrs.frozen
class Quote:
    """A direct quotation in the body, with where it stands and who said it.

    ``article.paragraphs[quote.paragraph][quote.start:quote.end] == quote.text``.

    Attributes:
        text: exactly what stands between the quotation marks.
        paragraph: index into :attr:`Article.paragraphs`.
        start: offset of the text in that paragraph.
        end: offset just past the text.
        speaker: the fullest name the article gives the speaker, titles removed, or ``None``.
        mention: the speaker as written next to the quote (``"Jeffrey"``, ``"he"``), or ``None``.
        cue: the word that introduced the quote (``"said"``, ``"according to"``), or ``None``.
    """

    text: str
    paragraph: int
    start: int
    end: int
    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the quote as a JSON-ready dict."""
        return {
            "text": self.text,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "mention": self.mention,
            "cue": self.cue,
        }


def _as_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Article:
    """A parsed news article.

    Attributes:
        headline: the article's headline, or ``None`` when the source has none.
        dateline: the dateline cut from the head of the first paragraph, or ``None``.
        byline: the byline as written (``"By JANE DOE, Associated Press"``), or ``None``.
        authors: the names of the authors.
        published: when the article was published (page metadata, or the dateline's date).
        paragraphs: the body paragraphs in order, white space normalised; the dateline is
            cut off the first one.
        quotes: the direct quotations in the body, in reading order.
        boilerplate: the leading and trailing blocks that are not the article (comment
            prompts, copyright lines, sign-offs), in reading order.
        spans: for text input, the role of every part of the source as offsets into it;
            every character that is not white space lies in exactly one span.
    """

    headline: str | None = None
    dateline: Dateline | None = None
    byline: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    published: dt.datetime | dt.date | None = None
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_as_tuple)
    boilerplate: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_as_tuple)

    @property
    def text(self) -> str:
        """The body as one string: the paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as a JSON-ready dict with a stable key order and ISO dates."""
        return {
            "headline": self.headline,
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "byline": self.byline,
            "authors": list(self.authors),
            "published": _iso(self.published),
            "paragraphs": list(self.paragraphs),
            "quotes": [quote.to_dict() for quote in self.quotes],
            "boilerplate": list(self.boilerplate),
            "spans": [span.to_dict() for span in self.spans],
        }
