"""The public entry points: :func:`parse`, :func:`parse_text` and :func:`parse_html`."""

from __future__ import annotations

import datetime as dt

from articlekit.errors import ParseError
from articlekit.model import Article
from articlekit.pipeline import assemble
from articlekit.readers.text import read_text

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


def parse(
    source: str | bytes,
    *,
    reference_date: dt.date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Article:
    """Parse a news article given as plain text.

    This version reads every input as plain text (bytes as UTF-8); reading HTML is planned.
    It takes the same arguments, returns the same :class:`~articlekit.model.Article`, and
    raises the same errors as :func:`parse_text`.

    >>> parse("Markets rally\\n\\nStocks rose on Monday.").paragraphs
    ('Stocks rose on Monday.',)
    """
    _check_type(source, "parse")
    return parse_text(source, reference_date=reference_date, max_size=max_size)
