"""The public entry points: :func:`parse`, :func:`parse_text` and :func:`parse_html`."""

from __future__ import annotations

import datetime as dt

from articlekit.errors import ParseError
from articlekit.lexicon import HTML_SNIFF_RE
from articlekit.model import Article
from articlekit.pipeline import assemble
from articlekit.readers.html import read_html
from articlekit.readers.text import read_text

#: How much of the start of an input :func:`looks_like_html` reads.
SNIFF_CHARS = 4096

#: The default largest input accepted, in characters for ``str`` and bytes for ``bytes``:
#: 32 MiB, thousands of times a long news article, and small enough that a parse stays within
#: a few hundred MiB of memory. Pass ``max_size=`` to change it per call.
DEFAULT_MAX_SIZE = 32 * 1024 * 1024


def _check_size(source: str | bytes, max_size: int) -> None:
    if len(source) > max_size:
        unit = "bytes" if isinstance(source, bytes) else "characters"
        raise ParseError(f"input of {len(source)} {unit} is over the limit of {max_size}")


def _decode_text(source: str | bytes) -> str:
    if isinstance(source, str):
        return source
    try:
        return source.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ParseError(f"bytes are not valid UTF-8: {error}") from None


def _check_type(source: object, name: str) -> None:
    if not isinstance(source, (str, bytes)):
        raise TypeError(f"{name}() takes str or bytes, not {type(source).__name__}")


def _check_reference_date(reference_date: object) -> None:
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        )


def parse_text(
    text: str | bytes,
    *,
    reference_date: dt.date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Article:
    """Parse a plain-text news article.

    Args:
        text: the article as a string, or as UTF-8 bytes.
        reference_date: a date near the article's publication, used to choose the year of a
            dateline's month and day (``"Dec. 30"`` with a reference of 2 January 2024 is
            30 December 2023). Without it the dateline's date is ``None``.
        max_size: the largest input accepted, in characters (or bytes).

    Returns:
        The :class:`~articlekit.model.Article`, with :attr:`~articlekit.model.Article.spans`
        giving the role of every part of the text. Any string parses; an empty one gives an
        empty article.

    Raises:
        TypeError: ``text`` is not ``str`` or ``bytes``, or ``reference_date`` is not a date.
        ParseError: the bytes are not UTF-8, or the input is longer than ``max_size``.

    >>> a = parse_text("Storm hits coast\\n\\nMIAMI (AP) — A storm hit the coast on Sunday.")
    >>> a.headline, a.dateline.location, a.dateline.agency, a.paragraphs
    ('Storm hits coast', 'MIAMI', 'AP', ('A storm hit the coast on Sunday.',))
    """
    _check_type(text, "parse_text")
    _check_reference_date(reference_date)
    _check_size(text, max_size)
    source = _decode_text(text)
    return assemble(read_text(source), reference_date=reference_date, source=source)


def parse_html(
    html: str | bytes,
    url: str | None = None,
    *,
    reference_date: dt.date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Article:
    """Parse a news article from an HTML page.

    The page is parsed safely (no entity expansion, no network, bounded size); the article's
    container is found among the page's blocks, the page's metadata (JSON-LD, OpenGraph,
    ``<meta>``, ``<time>``) gives the headline, the authors and the publication date, and
    the comment sections, share bars and related lists go to
    :attr:`~articlekit.model.Article.boilerplate`.

    Args:
        html: the page, as a string or as bytes (decoded by the byte-order mark, then as
            UTF-8 when the bytes are valid UTF-8, then by the page's ``<meta charset>``, then
            as cp1252; valid UTF-8 wins over a stale declaration).
        url: the page's address, if known (it helps to tell the site's name in the title).
        reference_date: a date near publication for the dateline's year; by default the
            page's own publication date.
        max_size: the largest input accepted, in characters (or bytes).

    Returns:
        The :class:`~articlekit.model.Article`; ``spans`` is empty for HTML.

    Raises:
        TypeError: ``html`` is not ``str`` or ``bytes``.
        ParseError: the input is longer than ``max_size`` or is bytes that are not a page.

    >>> page = (
    ...     "<html><head><title>Storm hits coast | Daily Bugle</title></head><body><article>"
    ...     "<h1>Storm hits coast</h1><p>MIAMI (AP) — A storm hit the coast on Sunday, "
    ...     "flooding streets and cutting power to thousands of homes along the shore.</p>"
    ...     "</article></body></html>"
    ... )
    >>> article = parse_html(page)
    >>> article.headline, article.dateline.location
    ('Storm hits coast', 'MIAMI')
    """
    _check_type(html, "parse_html")
    _check_reference_date(reference_date)
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    blocks, metadata = read_html(html, url=url, max_size=max_size)
    return assemble(blocks, metadata=metadata, reference_date=reference_date)


def looks_like_html(source: str | bytes) -> bool:
    """Whether ``source`` is an HTML page rather than plain text, from its first characters.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Storm hits coast\\n\\nMIAMI (AP) — A storm hit <the coast>.")
    False
    """
    head = source[:SNIFF_CHARS]
    text = head.decode("latin-1") if isinstance(head, bytes) else head
    return HTML_SNIFF_RE.search(text) is not None


def parse(
    source: str | bytes,
    *,
    reference_date: dt.date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Article:
    """Parse a news article given as HTML or as plain text, whichever it is.

    An input that opens like a web page (a doctype, an ``<html>``, ``<head>`` or ``<body>``
    tag, or block tags such as ``<p>`` and ``<div>`` from its first character; see
    :func:`looks_like_html`) is read by :func:`parse_html`, anything else by
    :func:`parse_text`. It takes their arguments and raises their errors.

    >>> parse("Markets rally\\n\\nStocks rose on Monday.").paragraphs
    ('Stocks rose on Monday.',)
    >>> parse("<html><body><h1>Markets rally</h1><p>Stocks rose.</p></body></html>").headline
    'Markets rally'
    """
    _check_type(source, "parse")
    if looks_like_html(source):
        return parse_html(source, reference_date=reference_date, max_size=max_size)
    return parse_text(source, reference_date=reference_date, max_size=max_size)
