"""articlekit: parse news articles into headline, dateline, body, quotes and boilerplate.

>>> import articlekit
>>> article = articlekit.parse_text("Rain ends drought\n\nLONDON (Reuters) - Rain fell on Monday.")
>>> article.headline, article.dateline.location, article.paragraphs
('Rain ends drought', 'LONDON', ('Rain fell on Monday.',))
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from articlekit.api import DEFAULT_MAX_SIZE, looks_like_html, parse, parse_html, parse_text
from articlekit.errors import ParseError
from articlekit.model import Article, Dateline, Quote, Span

try:
    __version__ = version("articlekit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_MAX_SIZE",
    "Article",
    "Dateline",
    "ParseError",
    "Quote",
    "Span",
    "__version__",
    "looks_like_html",
    "parse",
    "parse_html",
    "parse_text",
]
