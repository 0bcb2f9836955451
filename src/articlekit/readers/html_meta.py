"""Page metadata of an HTML page: headline, publication date, authors and byline.

Each field has an ordered cascade of sources, most explicit first:

* headline: the page's own ``<h1>`` (or headline-classed heading) when it agrees with a declared
  title; else JSON-LD ``headline``, ``og:title``, ``twitter:title``; else ``<title>`` with the
  site name cut off; else the first ``<h1>``.
* published: JSON-LD ``datePublished``, ``article:published_time`` and other date ``<meta>``
  tags, an element marked ``itemprop="datePublished"``, ``<time pubdate>``, then the first
  ``<time datetime>`` inside an ``<article>``. Never a date read from running text.
* authors: JSON-LD ``author`` persons, ``<meta name="author">``, ``rel="author"`` links.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

from lxml import etree

from articlekit import lexicon
from articlekit.dates import parse_date_text
from articlekit.pipeline import Metadata

#: JSON-LD ``@type`` values that describe an article (schema.org CreativeWork subtypes).
_ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
        "scholarlyarticle", "techarticle", "socialmediaposting", "webpage", "posting",
    }
)

#: What pages wrap JSON-LD in: ``<![CDATA[ ... ]]>`` (sometimes behind ``//``) and ``<!-- -->``.
_JSON_WRAPPER_RE = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")

#: ``<meta>`` names and properties that carry the publication date, most reliable first.
_DATE_META_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "article.published", "published_time", "publishdate", "publish-date",
    "publish_date", "pubdate", "publication_date", "sailthru.date", "parsely-pub-date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
    "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
    "displaydate", "dc.date.created",
)

#: ``<meta>`` names and properties that carry the title, most reliable first.
_TITLE_META_KEYS = ("og:title", "twitter:title", "dc.title", "headline")

#: Headline-classed elements (``class="headline"``, ``id="article-title"``) besides ``<h1>``.
_HEADLINE_CLASS_RE = re.compile(r"headline|title|heading", re.IGNORECASE)

#: An ISO 8601 time zone written without a colon (``+0100``), which Python 3.10 cannot read.
_TZ_NO_COLON_RE = re.compile(r"([+-]\d\d)(\d\d)$")

#: Fractional seconds of any length; Python 3.10 reads only 3 or 6 digits.
_FRACTION_RE = re.compile(r"(\d\d:\d\d:\d\d)\.(\d+)")

#: A date that starts like ISO 8601 (``2019-04-28``), the only kind read without dateparser.
_ISO_START_RE = re.compile(r"^\d{4}-\d\d-\d\d")

#: The earliest plausible publication year: dates before it in metadata are placeholders.
_MIN_YEAR = 1990

#: Longest headline accepted from an on-page element, in characters.
_MAX_HEADLINE_CHARS = 300


def text_of(el: etree._Element) -> str:
    """All the text inside an element (lxml's ``text_content()`` for plain elements)."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta_map(root: etree._Element) -> dict[str, str]:
    """``<meta>`` name/property/itemprop (lower case) to content, the first of each kept."""
    out: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in out:
                out[key] = content.strip()
    return out


def _json_objects(data: object) -> Iterator[dict[str, object]]:
    """Every JSON object in a JSON-LD document, depth first (``@graph`` and lists included)."""
    stack: list[object] = [data]
    seen = 0
    while stack and seen < 2000:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _types(obj: dict[str, object]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if isinstance(k, str)}


def json_ld_articles(root: etree._Element) -> list[dict[str, object]]:
    """The article-like JSON-LD objects of the page, in document order."""
    found: list[dict[str, object]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(_JSON_WRAPPER_RE.sub("", script.text or ""))
        except (ValueError, RecursionError):
            continue
        found.extend(o for o in _json_objects(data) if _types(o) & _ARTICLE_TYPES)
    # The most specific article type first: NewsArticle before a wrapping WebPage.
    return sorted(found, key=lambda o: "webpage" in _types(o))


def _first_str(objects: list[dict[str, object]], key: str) -> str | None:
    for obj in objects:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def parse_date(text: str) -> dt.datetime | dt.date | None:
    """A date or date-time from a metadata string: ISO 8601 first (``Z``, ``+0100`` and any
    fraction of a second accepted), then :func:`articlekit.dates.parse_date_text`.

    >>> parse_date("2019-01-03T07:00:02.000Z")
    datetime.datetime(2019, 1, 3, 7, 0, 2, tzinfo=datetime.timezone.utc)
    >>> parse_date("2024-06-25")
    datetime.date(2024, 6, 25)
    """
    value = text.strip()
    if not value:
        return None
    result = _parse_iso(value) if _ISO_START_RE.match(value) else None
    if result is None:
        # The shared reader: "March 3, 2024" by pattern, then the one lazily built dateparser
        # (absolute dates with a day, month and year only).
        result = parse_date_text(value)
    if result is None or result.year < _MIN_YEAR:
        return None
    return result


def _parse_iso(value: str) -> dt.datetime | dt.date | None:
    if len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    value = value.replace(" ", "T", 1) if value[10:11] == " " else value
    value = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    value = _TZ_NO_COLON_RE.sub(r"\1:\2", value)
    value = _FRACTION_RE.sub(lambda m: f"{m.group(1)}.{m.group(2)[:6].ljust(6, '0')}", value)
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _date_from_elements(root: etree._Element) -> str | None:
    for el in root.iterfind(".//*[@itemprop='datePublished']"):
        value = el.get("content") or el.get("datetime") or _norm(text_of(el))
        if value:
            return value
    for el in root.iterfind(".//time[@pubdate]"):
        value = el.get("datetime") or _norm(text_of(el))
        if value:
            return value
    for el in root.iterfind(".//article//time[@datetime]"):
        return el.get("datetime")
    return None


def _published(
    articles: list[dict[str, object]], metas: dict[str, str], root: etree._Element
) -> dt.datetime | dt.date | None:
    candidates = [_first_str(articles, "datePublished"), _first_str(articles, "dateCreated")]
    candidates += [metas.get(key) for key in _DATE_META_KEYS]
    candidates.append(_date_from_elements(root))
    for candidate in candidates:
        if candidate:
            parsed = parse_date(candidate)
            if parsed is not None:
                return parsed
    return None


def _person_names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if _types(value) & {"organization", "newsmediaorganization"}:
            return []
        name = value.get("name")
        return _person_names(name) if isinstance(name, (str, list)) else []
    if isinstance(value, list):
        return [n for item in value[:20] for n in _person_names(item)]
    return []


def _authors(
    articles: list[dict[str, object]], metas: dict[str, str], root: etree._Element
) -> tuple[str, ...]:
    names: list[str] = []
    for obj in articles:
        names = _person_names(obj.get("author"))
        if names:
            break
    if not names and metas.get("author"):
        names = re.split(r"\s*(?:,|\band\b|&)\s*", metas["author"])
    if not names:
        names = [_norm(text_of(a)) for a in root.iterfind(".//a[@rel='author']")]
    clean = [_norm(n) for n in names]
    clean = [n for n in clean if 2 < len(n) < 80 and "://" not in n and not n.startswith("@")]
    return tuple(dict.fromkeys(clean))


def _byline(root: etree._Element) -> str | None:
    for el in root.iterfind(".//*[@class]"):
        if "byline" in (el.get("class") or "").lower():
            text = _norm(text_of(el))
            if 3 < len(text) < 120:
                return text
    return None


def site_name(metas: dict[str, str], url: str | None) -> str | None:
    """The site's name from ``og:site_name`` / ``application-name``, else the URL's host."""
    for key in ("og:site_name", "application-name", "twitter:site"):
        if metas.get(key):
            return metas[key].lstrip("@")
    if url:
        host = re.sub(r"^[a-z]+://(?:www\.)?", "", url.lower()).split("/")[0]
        return host or None
    return None


def strip_site(title: str, site: str | None) -> str:
    """``<title>`` without the site name: "Headline | Site", "Site: Headline", "Head - Site".

    >>> strip_site("Storm hits coast | Daily News", None)
    'Storm hits coast'
    >>> strip_site("BBC News - Storm hits the coast tonight", "BBC News")
    'Storm hits the coast tonight'
    """
    if site and title.lower().startswith(site.lower() + ":"):
        return title[len(site) + 1 :].strip()
    parts = [p for p in lexicon.HTML_TITLE_SPLIT_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    if site:
        key = re.sub(r"\W", "", site.lower())
        kept = [p for p in parts if re.sub(r"\W", "", p.lower()) not in key or not key]
        if kept and len(kept) < len(parts):
            parts = kept
    return max(parts, key=lambda p: len(p.split())).strip() if len(parts) > 1 else parts[0]


def _heading_candidates(root: etree._Element) -> list[str]:
    """On-page headline candidates: ``<h1>``s, then headline-classed ``h2``/``h3``/others."""
    found = [_norm(text_of(h)) for h in root.iter("h1")]
    for el in root.iterfind(".//*[@class]"):
        if el.tag in ("h2", "h3", "div", "span", "td", "font", "b", "strong", "a", "p") and (
            _HEADLINE_CLASS_RE.search(el.get("class") or "")
        ):
            found.append(_norm(text_of(el)))
    for tag in ("h2", "h3"):
        found.extend(_norm(text_of(h)) for h in root.iter(tag))
    return [h for h in found if 0 < len(h) <= _MAX_HEADLINE_CHARS]


def _agrees(heading: str, declared: str) -> bool:
    a, b = heading.lower(), declared.lower()
    return len(a) >= 10 and (a == b or a in b or (len(b) >= 20 and b in a))


def _declared_headline(
    articles: list[dict[str, object]], metas: dict[str, str], root: etree._Element
) -> str | None:
    """The headline the page declares, as its own heading writes it where one agrees."""
    declared = [_norm(_first_str(articles, "headline"))]
    declared += [_norm(metas.get(key)) for key in _TITLE_META_KEYS]
    declared = [d for d in declared if d]
    if not declared:
        return None
    for heading in _heading_candidates(root):
        if any(_agrees(heading, d) for d in declared):
            return heading
    return declared[0]


def page_title(root: etree._Element) -> str:
    """The text of the page's ``<title>``, white space normalised ('' without one)."""
    title_el = root.find(".//title")
    return _norm(text_of(title_el)) if title_el is not None else ""


def read_metadata(root: etree._Element, url: str | None = None) -> tuple[Metadata, str]:
    """The metadata of a parsed page (read before its scripts are removed: JSON-LD is here),
    and the ``<title>`` with the site name cut off, for choosing an on-page headline.

    The metadata's headline is set only where the page declares one (JSON-LD, OpenGraph,
    Twitter, ``<meta name="title">``); the reader chooses from the page's headings otherwise.
    """
    articles = json_ld_articles(root)
    metas = _meta_map(root)
    metadata = Metadata(
        headline=_declared_headline(articles, metas, root),
        published=_published(articles, metas, root),
        authors=_authors(articles, metas, root),
        byline=_byline(root),
    )
    return metadata, strip_site(page_title(root), site_name(metas, url))
