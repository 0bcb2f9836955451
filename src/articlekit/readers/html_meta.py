"""Page metadata of an HTML page: headline, publication date, authors and byline.

Each field has an ordered cascade of sources, most explicit first:

* headline: the page element that reads like the longest span of the page's titles (JSON-LD
  ``headline``, ``og:title``, ``twitter:title``, ``<title>``) that is not the site's name; else
  the first declared title with the site's name cut off; else none (the reader chooses from the
  blocks before the body).
* published: JSON-LD ``datePublished``, ``article:published_time`` and other date ``<meta>``
  tags, JSON-LD ``dateCreated``, an element marked ``itemprop="datePublished"``, ``<time
  pubdate>``, the ``<time>`` elements inside an ``<article>`` (on a page without one, the
  page's ``<time>`` elements), then a date-classed element's labelled date ("Written:
  2023-11-07"); a UTC time is given in the page's own zone where the page also writes it so,
  or on its permalink's day where that is a day off within the world's zones; else the date in
  the article's permalink (``/2016/05/22/``); else, on a page that gives no other, the date it
  was last modified. Never a date read from running text or a copyright line, and never a
  numeric date that reads as day/month and month/day alike.
* authors: JSON-LD ``author`` persons, ``<meta name="author">``, ``rel="author"`` links.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from collections.abc import Callable, Iterator

import attrs
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

#: ``<meta>`` names and properties of the last modification: read only where the page gives
#: no publication date.
_MODIFIED_META_KEYS = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified",
)

#: UTC hours before which a local day may be the day before (UTC-12), and from which it may
#: be the day after (UTC+14).
_LOCAL_DAY_HOURS = (12, 10)

#: How many elements after the ``<h1>`` are read for a date the page shows: the article's
#: date stands near its headline (the farthest on the development sets was 359 elements on,
#: past a large header); the rest of a long page is its comments and teasers.
_SHOWN_DATE_REACH = 500

#: First letters of "Posted on" and "Published on".
_POSTED_INITIALS = frozenset("pP")

#: Most child elements of an element that shows a date alone (a day, a month and a year in
#: spans of their own, an icon).
_MAX_DATE_CHILDREN = 6

#: Fewest words of another story's linked title after a date (a teaser), and the share of
#: the element's words the link must hold.
_TEASER_TITLE_WORDS = 4
_LINKED_SHARE = 0.8

#: Longest text of a date-classed element read for a labelled date ("Written: ... / Updated:
#: ..." fits; a paragraph that merely carries a date class does not).
_MAX_DATE_ELEMENT_CHARS = 120

#: ``<meta>`` names and properties that carry the title, most reliable first.
_TITLE_META_KEYS = ("og:title", "twitter:title", "dc.title", "headline")


#: An ISO 8601 time zone written without a colon (``+0100``), which Python 3.10 cannot read.
_TZ_NO_COLON_RE = re.compile(r"([+-]\d\d)(\d\d)$")

#: Fractional seconds of any length; Python 3.10 reads only 3 or 6 digits.
_FRACTION_RE = re.compile(r"(\d\d:\d\d:\d\d)\.(\d+)")

#: A date that starts like ISO 8601 (``2019-04-28``), the only kind read without dateparser.
_ISO_START_RE = re.compile(r"^\d{4}-\d\d-\d\d")

#: The earliest plausible publication year: dates before it in metadata are placeholders.
_MIN_YEAR = 1990

#: Time zones are whole quarter-hours from UTC, and at most 14 hours (Kiribati, UTC+14).
_ZONE_STEP, _MAX_ZONE = dt.timedelta(minutes=15), dt.timedelta(hours=14)

#: A headline's length in characters on the page: shorter is a label, longer a paragraph
#: (the reader's own bounds, readers/html.py).
_MIN_HEADLINE_CHARS, _MAX_HEADLINE_CHARS = 4, 300

#: Raw text length (before white space is folded) of an element read as a headline candidate:
#: generous for the indentation of old table layouts.
_MAX_RAW_HEADLINE_CHARS = 3 * _MAX_HEADLINE_CHARS

#: Elements whose text is never a headline.
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "title", "option", "select",
                           "textarea", "button", "template"})

#: At most this many parts of a title are combined into spans (titles have 2-5).
_MAX_TITLE_PARTS = 8

#: A title span shorter than this many letters and digits is not matched ("UK", "AP").
_MIN_KEY_CHARS = 4

#: A title span of fewer words than this ("Cape Argus", "Sports Wire") is the site or a section
#: as often as the headline: it is matched only by a heading or a headline-classed element.
_SHORT_SPAN_WORDS, _SHORT_SPAN_MAX_RANK = 4, 2

#: What a matching key leaves out: all but letters and digits.
_NOT_KEY_RE = re.compile(r"[\W_]+")

#: An absolute address (``https://host/...``, ``//host/...``): only these name the site's host.
_ABSOLUTE_URL_RE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)

#: Most words of a date (and byline) glued after a headline: "by Chris Stanton, 30 December
#: 2007" has six; a longer tail is a sentence.
_MAX_TAIL_WORDS = 8

#: Most words in a site's name as its logo link writes it ("The Independent on Saturday").
_MAX_SITE_NAME_WORDS = 6

#: Fewest section and site names after a title's headline for :func:`cut_section_chain` to
#: cut them: one or two after a colon are as often the headline's own, after a blog's name
#: ("Blog Name: London 2012: Live splits"; Dragnet's blog pages), or a review's subject.
_MIN_CHAIN_NAMES = 3

#: Words that join the parts of a written date ("October 28, 2012 at 12:48 PM").
_DATE_LINK_WORDS = frozenset({"at", "on", "of", "the", "-", "|", "/", "@"})

#: Last characters of a heading that may be a documentation link mark (HTML_META_HEADING_MARK_RE).
_HEADING_MARKS = frozenset("¶§#")

#: What every caption word of HTML_META_CAPTION_CLASS_RE holds ("cap", "credit", or a picture
#: word before "copy"/"text"/"desc"), looked for before the camelCase split.
_CAPTION_HINT_RE = re.compile(r"cap|credit|pic|photo|image|img", re.IGNORECASE)

#: Class and id strings whose caption hint is kept between calls (a page repeats its class
#: names; a site's pages share them).
_HINT_CACHE = 4096

#: A lower-case letter followed by a capital: where a camelCase name is split into words.
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")

#: Above every rank of :func:`_rank`.
_NO_RANK = 9

#: A title span held inside a longer on-page text must have this many words: fewer is a name
#: or a section label, found everywhere.
_MIN_CONTAINED_WORDS = 3


@attrs.frozen
class PageElements:
    """The elements of a page that its metadata is read from, each list in document order,
    found in one walk of the tree (every search of the tree walks all of it, and a dozen
    searches cost more than one walk that sorts as it goes). Lists named for a path hold what
    that ElementPath search from the root finds."""

    root: etree._Element
    metas: list[etree._Element]  # root.iter("meta")
    scripts: list[etree._Element]  # root.iter("script")
    times: list[etree._Element]  # root.iter("time")
    figcaptions: list[etree._Element]  # root.iter("figcaption")
    title: etree._Element | None  # .//title
    has_article: bool  # .//article
    dated: list[etree._Element]  # .//*[@itemprop='datePublished']
    pubdate_times: list[etree._Element]  # .//time[@pubdate]
    article_times: list[etree._Element]  # .//article//time
    abbrs: list[etree._Element]  # .//abbr[@title][@class]
    classed: list[etree._Element]  # .//*[@class]
    ided: list[etree._Element]  # .//*[@id]
    canonical: list[etree._Element]  # .//link[@rel='canonical']
    author_links: list[etree._Element]  # .//a[@rel='author']
    links: list[etree._Element]  # .//a[@href]


#: The tags whose every element :class:`PageElements` lists.
_INDEXED_TAGS = ("meta", "script", "time", "figcaption", "title", "article")


@attrs.define
class _Found:
    """The lists of :class:`PageElements` as one walk fills them."""

    by_tag: dict[str, list[etree._Element]] = attrs.field(
        factory=lambda: {tag: [] for tag in _INDEXED_TAGS}
    )
    dated: list[etree._Element] = attrs.field(factory=list)
    pubdate_times: list[etree._Element] = attrs.field(factory=list)
    article_times: list[etree._Element] = attrs.field(factory=list)
    abbrs: list[etree._Element] = attrs.field(factory=list)
    classed: list[etree._Element] = attrs.field(factory=list)
    ided: list[etree._Element] = attrs.field(factory=list)
    canonical: list[etree._Element] = attrs.field(factory=list)
    author_links: list[etree._Element] = attrs.field(factory=list)
    links: list[etree._Element] = attrs.field(factory=list)
    nested: bool = False  # an <article> inside another: .//article//time repeats its times


def page_elements(root: etree._Element) -> PageElements:
    """Index a parsed page's elements for :func:`read_metadata` in one walk."""
    found = _Found()
    by_tag, classed, ided, dated = found.by_tag, found.classed, found.ided, found.dated
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        of_tag = by_tag.get(tag)
        if of_tag is not None:
            of_tag.append(el)
        if el is root:
            continue  # the path searches start from the root's children
        get = el.get  # inline, not a call per element: this loop runs over every element
        if get("class") is not None:
            classed.append(el)
        if get("id") is not None:
            ided.append(el)
        if get("itemprop") == "datePublished":
            dated.append(el)
        special = _BY_TAG.get(tag)
        if special is not None:
            special(el, root, found)
    if found.nested:
        found.article_times = list(root.iterfind(".//article//time"))
    titles = [el for el in found.by_tag["title"] if el is not root]
    return PageElements(
        root=root,
        metas=found.by_tag["meta"],
        scripts=found.by_tag["script"],
        times=found.by_tag["time"],
        figcaptions=found.by_tag["figcaption"],
        title=titles[0] if titles else None,
        has_article=any(el is not root for el in found.by_tag["article"]),
        dated=found.dated,
        pubdate_times=found.pubdate_times,
        article_times=found.article_times,
        abbrs=found.abbrs,
        classed=found.classed,
        ided=found.ided,
        canonical=found.canonical,
        author_links=found.author_links,
        links=found.links,
    )


def _time(el: etree._Element, root: etree._Element, found: _Found) -> None:
    if el.get("pubdate") is not None:
        found.pubdate_times.append(el)
    if _inside_article(el, root):
        found.article_times.append(el)


def _link(el: etree._Element, root: etree._Element, found: _Found) -> None:
    if el.get("rel") == "author":
        found.author_links.append(el)
    if el.get("href") is not None:
        found.links.append(el)


def _article(el: etree._Element, root: etree._Element, found: _Found) -> None:
    found.nested = found.nested or _inside_article(el, root)


def _abbr(el: etree._Element, root: etree._Element, found: _Found) -> None:
    if el.get("title") is not None and el.get("class") is not None:
        found.abbrs.append(el)


def _head_link(el: etree._Element, root: etree._Element, found: _Found) -> None:
    if el.get("rel") == "canonical":
        found.canonical.append(el)


#: What some tags add to :class:`PageElements` beyond their list.
_BY_TAG: dict[str, Callable[[etree._Element, etree._Element, _Found], None]] = {
    "time": _time,
    "a": _link,
    "article": _article,
    "abbr": _abbr,
    "link": _head_link,
}


def _inside_article(el: etree._Element, root: etree._Element) -> bool:
    """Whether an element has an ``<article>`` around it below ``root``."""
    for ancestor in el.iterancestors():
        if ancestor is root:
            return False
        if ancestor.tag == "article":
            return True
    return False


def text_of(el: etree._Element) -> str:
    """All the text inside an element (lxml's ``text_content()`` for plain elements)."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta_map(page: PageElements) -> dict[str, str]:
    """``<meta>`` name/property/itemprop (lower case) to content, the first of each kept."""
    out: dict[str, str] = {}
    for meta in page.metas:
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


def json_ld_articles(page: PageElements) -> list[dict[str, object]]:
    """The article-like JSON-LD objects of the page, in document order."""
    found: list[dict[str, object]] = []
    for script in page.scripts:
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


def _time_text(el: etree._Element) -> str:
    """The date a ``<time>`` element shows, its publication label ("Published on") cut off."""
    return lexicon.HTML_META_DATE_LABEL_RE.sub("", _norm(text_of(el)), count=1)


def _element_dates(page: PageElements) -> Iterator[str]:
    """Dates marked up as the publication date, most explicit first: ``itemprop``
    ``datePublished``, ``<time pubdate>``, the ``<time>`` elements inside an ``<article>``
    (their ``datetime``, else their text), then the hAtom ``<abbr class="published">``."""
    for el in page.dated:
        yield el.get("content") or el.get("datetime") or el.get("title") or _norm(text_of(el))
    for el in page.pubdate_times:
        yield el.get("datetime") or _time_text(el)
    for el in page.article_times:
        yield el.get("datetime") or _time_text(el)
    for el in page.abbrs:
        if lexicon.HTML_META_PUBLISHED_CLASS_RE.search(el.get("class") or ""):
            yield el.get("title") or ""


def _page_dates(page: PageElements) -> Iterator[str]:
    """Dates read only where the page marks none as the publication date: without an
    ``<article>``, the page's own ``<time>`` elements (its first is the article's), then the
    labelled dates of date-classed elements."""
    if not page.has_article:
        for el in page.times:
            yield el.get("datetime") or _time_text(el)
    yield from _labelled_dates(page)


def _labelled_dates(page: PageElements) -> Iterator[str]:
    """The date a date-classed element gives after a publication label ("<p class="date">
    Written: 2023-11-07 15:03 / Updated: ...</p>"): the text after the label, up to the next
    separator."""
    for el in page.classed:
        if el.tag in _NO_TEXT_TAGS or not lexicon.HTML_META_DATE_CLASS_RE.search(
            el.get("class") or ""
        ):
            continue
        text = _norm(text_of(el))
        label = lexicon.HTML_META_DATE_LABEL_RE.match(text)
        if label and label.end() and len(text) <= _MAX_DATE_ELEMENT_CHARS:
            date = lexicon.HTML_META_DATE_END_RE.split(text[label.end() :], maxsplit=1)[0]
            if not _ambiguous_numeric(date):
                yield date


def _shown_dates(root: etree._Element) -> Iterator[str]:
    """Dates the page shows as the article's, read only where nothing else dates it, in
    document order after the first ``<h1>`` (a masthead's "today" stands before it) and
    within reach of it: a line
    that opens with "Posted on" or "Published on", a date-classed element whose text is a
    date alone, and the element right after the ``<h1>`` where its text is a date alone (see
    :func:`_posted_on` and :func:`_date_alone`)."""
    top = _body(root)
    headed = top.find(".//h1") is None
    dated: dict[str, bool] = {}  # class strings repeat: each is searched once
    reach = _SHOWN_DATE_REACH
    following = None  # the element after the first <h1>, when the loop starts there
    for el in top.iter(etree.Element):
        tag = el.tag
        if not headed:
            headed = tag == "h1"
            following = el.getnext() if headed else None
            continue
        reach -= 1
        if reach < 0:
            return
        own = el.text
        names = el.get("class")
        # The first letter first: a regex call on every element's text is the cost here.
        label = (
            lexicon.HTML_META_POSTED_ON_RE.match(own)
            if own and own.lstrip()[:1] in _POSTED_INITIALS
            else None
        )
        if label:
            date = _posted_on(el, own[label.end() :] if own else "")
        elif (
            (el is following or (names and _date_class(names, dated)))
            and len(el) <= _MAX_DATE_CHILDREN
            and tag not in _NO_TEXT_TAGS
        ):
            # The element right after the headline counts with any class or none: "<h1>...
            # </h1> <p>May 2, 2014</p>".
            date = _date_alone(el, names or "")
        else:
            continue
        if date:
            yield date


def _date_class(names: str, seen: dict[str, bool]) -> bool:
    """Whether a class names a date (each class string searched once per page)."""
    found = seen.get(names)
    if found is None:
        found = seen[names] = lexicon.HTML_META_DATE_CLASS_RE.search(names) is not None
    return found


def _posted_on(el: etree._Element, rest: str) -> str | None:
    """The date after a "Posted on" label ("Posted on September 21, 2020 by Jane Roe"), up
    to the next separator; not in a comment section, not in numbers that read both ways."""
    date = lexicon.HTML_META_DATE_END_RE.split(_norm(rest), maxsplit=1)[0]
    return None if _ambiguous_numeric(date) or _in_comments(el) else date


def _date_alone(el: etree._Element, names: str) -> str | None:
    """A date-classed element's text where it is a date alone (``<span class="post-date">09
    Oct 2018</span>``), unless it is a field of a table (an infobox's "Founded"), another
    date or a teaser's (:func:`_other_date`), today's date in the masthead
    (``class="current-date"``, inside ``<nav>``) or a comment's."""
    text = _norm(text_of(el))
    if (
        len(text) <= _MAX_DATE_ELEMENT_CHARS
        and is_date_only(text)
        and not _ambiguous_numeric(text)
        and not _table_field(el)
        and not _other_date(el)
        and not lexicon.HTML_META_TODAY_CLASS_RE.search(names)
        and el.tag != "nav"
        and next(el.iterancestors("nav"), None) is None
        and not _in_comments(el)
    ):
        return text
    return None


def _in_comments(el: etree._Element) -> bool:
    """Whether an element stands in a comment section (by its own or an ancestor's class)."""
    return any(
        lexicon.HTML_COMMENTS_CLASS_RE.search(
            lexicon.HTML_FURNITURE_STATE_RE.sub(" ", _class_words(a))  # not "has-comments"
        )
        for a in (el, *el.iterancestors())
    )


def _other_date(el: etree._Element) -> bool:
    """Whether a date element is labelled as another date than the publication's ("last
    edited: <span>...", "Updated"), or dates a teaser: the element after it is another
    story's linked title (a list of latest stories, each a date and a headline)."""
    previous = el.getprevious()
    before = (previous.tail if previous is not None else None) or ""
    if not before.strip():
        parent = el.getparent()
        before = (parent.text if parent is not None and previous is None else None) or ""
    if lexicon.HTML_META_OTHER_DATE_LABEL_RE.search(before):
        return True
    following = el.getnext()
    if following is None:
        return False
    words = len(text_of(following).split())
    return words >= _TEASER_TITLE_WORDS and any(
        len(text_of(a).split()) >= _LINKED_SHARE * words for a in following.iter("a")
    )


def _table_field(el: etree._Element) -> bool:
    """Whether an element is the value of a labelled row of a table (``<tr><th>Founded</th>
    <td>...</td></tr>``, an infobox): a date of what the article is about."""
    cell = next(el.iterancestors("td"), None)
    row = cell.getparent() if cell is not None else None
    return row is not None and row.find("th") is not None


def _ambiguous_numeric(text: str) -> bool:
    """Whether a date is written in numbers that read as day/month and as month/day alike
    ("11/1/2008"): no guess is made."""
    match = lexicon.HTML_META_NUMERIC_DATE_RE.search(text)
    if match is None:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    return first != second and first <= 12 and second <= 12


def url_date(metas: dict[str, str], canonical: list[etree._Element]) -> dt.date | None:
    """The date in the article's own address (``<link rel="canonical">``, ``og:url``), as
    permalinks write it: ``/2016/05/22/slug``.

    >>> url_date({"og:url": "https://example.org/2016/05/22/happy-birthday/"}, [])
    datetime.date(2016, 5, 22)
    """
    addresses = [el.get("href") or "" for el in canonical]
    addresses.append(metas.get("og:url", ""))
    for address in addresses:
        match = lexicon.HTML_META_URL_DATE_RE.search(address)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None


def _localised(chosen: dt.datetime | dt.date, others: list[dt.datetime | dt.date]) -> (
    dt.datetime | dt.date
):
    """A UTC time as the page also writes it in local time, where it does: the same instant
    with an offset (``-08:00``), or a time with no zone exactly whole quarter-hours away.

    Pages often give the instant in UTC in one place and in their own zone in another; the
    local one has the date the page was published on where it was published.
    """
    if not isinstance(chosen, dt.datetime) or chosen.utcoffset() != dt.timedelta(0):
        return chosen
    for other in others:
        if not isinstance(other, dt.datetime):
            continue
        offset = other.utcoffset()
        if offset is None:
            shift = other - chosen.replace(tzinfo=None)
            if shift and shift % _ZONE_STEP == dt.timedelta(0) and abs(shift) <= _MAX_ZONE:
                return chosen.astimezone(dt.timezone(shift))
        elif offset and other == chosen:
            return other
    return chosen


def _published(
    articles: list[dict[str, object]], metas: dict[str, str], page: PageElements
) -> dt.datetime | dt.date | None:
    candidates = [_first_str(articles, "datePublished")]
    candidates += [metas.get(key) for key in _DATE_META_KEYS]
    # When the item was created in the CMS: after every explicit publication date.
    candidates.append(_first_str(articles, "dateCreated"))
    candidates += list(_element_dates(page))
    for index, candidate in enumerate(candidates):
        chosen = parse_date(candidate) if candidate else None
        if chosen is not None:
            # Only ISO 8601 values are read for the zone: the others would each cost a
            # dateparser call, and local renderings of a UTC time are machine-written.
            rest = [c for c in candidates[index + 1 :] if c and _ISO_START_RE.match(c.strip())]
            others = [p for p in map(parse_date, rest) if p is not None]
            return _local_day(_localised(chosen, others), url_date(metas, page.canonical))
    # Read lazily: a page-wide scan that most pages never need.
    for candidate in _page_dates(page):
        chosen = parse_date(candidate) if candidate else None
        if chosen is not None:
            return _local_day(chosen, url_date(metas, page.canonical))
    permalink = url_date(metas, page.canonical)
    if permalink is not None:
        return permalink
    for candidate in _shown_dates(page.root):
        chosen = parse_date(candidate)
        if chosen is not None:
            return chosen
    # A page that gives only when it was last modified: that is the date it shows.
    modified = [_first_str(articles, "dateModified")]
    modified += [metas.get(key) for key in _MODIFIED_META_KEYS]
    return next((d for d in map(parse_date, filter(None, modified)) if d is not None), None)


def _local_day(
    chosen: dt.datetime | dt.date, permalink: dt.date | None
) -> dt.datetime | dt.date:
    """A UTC time's date as the permalink writes it, where the two are a day apart: the
    permalink has the day in the site's own zone (23:25 in New York is 04:25 UTC)."""
    if permalink is None or not isinstance(chosen, dt.datetime):
        return chosen
    if chosen.utcoffset() != dt.timedelta(0):
        return chosen
    # Zones run from UTC-12 to UTC+14: the local day is the one before only for an early UTC
    # hour, the one after only for a late one.
    shift = permalink - chosen.date()
    earlier = shift == -dt.timedelta(days=1) and chosen.hour < _LOCAL_DAY_HOURS[0]
    later = shift == dt.timedelta(days=1) and chosen.hour >= _LOCAL_DAY_HOURS[1]
    return permalink if earlier or later else chosen


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
    articles: list[dict[str, object]], metas: dict[str, str], page: PageElements
) -> tuple[str, ...]:
    names: list[str] = []
    for obj in articles:
        names = _person_names(obj.get("author"))
        if names:
            break
    if not names and metas.get("author"):
        names = re.split(r"\s*(?:,|\band\b|&)\s*", metas["author"])
    if not names:
        names = [_norm(text_of(a)) for a in page.author_links]
    clean = [_norm(n) for n in names]
    clean = [n for n in clean if 2 < len(n) < 80 and "://" not in n and not n.startswith("@")]
    return tuple(dict.fromkeys(clean))


def _byline(page: PageElements) -> str | None:
    for el in page.classed:
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


def cut_section_chain(title: str) -> str:
    """A ``<title>`` without the chain of section and site names after its headline, where
    three or more short names follow it at the same separator (a colon after a word, or a
    hyphen between words with no space); the title unchanged otherwise.

    >>> cut_section_chain("Talks resume on pay: Sport: Rugby: Daily Herald")
    'Talks resume on pay'
    >>> cut_section_chain("Storm hits coast-Local News-Home-The Evening Times")
    'Storm hits coast'
    >>> cut_section_chain("Review: Cry-Baby comes to Broadway")
    'Review: Cry-Baby comes to Broadway'
    >>> cut_section_chain("The Science Blog: London 2012: Live splits")
    'The Science Blog: London 2012: Live splits'
    """
    for separator in lexicon.HTML_META_CHAIN_SEPARATORS:
        head, *names = separator.split(title)
        if (
            len(names) >= _MIN_CHAIN_NAMES
            and len(head.split()) >= _MIN_CONTAINED_WORDS
            and all(0 < len(name.split()) <= _MAX_SITE_NAME_WORDS for name in names)
        ):
            return head.strip()
    return title


def match_key(text: str) -> str:
    """Text reduced to its lower-cased letters and digits, for matching a title to the page
    ("Pace Star Sajs" matches "Pace star Saj's").

    >>> match_key("Evolve: Shared Mutable History¶")
    'evolvesharedmutablehistory'
    """
    return _NOT_KEY_RE.sub("", text.lower())


_key = match_key


def _site_keys(
    metas: dict[str, str], articles: list[dict[str, object]], page: PageElements,
    url: str | None,
) -> frozenset[str]:
    """Keys of the site's names: ``og:site_name``, ``twitter:site``, ``application-name``
    (unless it is the page's declared title), the JSON-LD publisher, the host of the page's
    absolute address (whole and without its suffix), and the texts of links to the home page
    (the logo's link)."""
    names = [metas.get(k, "").lstrip("@") for k in ("og:site_name", "twitter:site")]
    # Some CMSs write the page's headline into application-name: it names no site where it is
    # the declared title and <title> holds it too.
    application = _key(metas.get("application-name", ""))
    declared = {_key(metas.get(k, "")) for k in _TITLE_META_KEYS}
    if not (application in declared and application in _key(page_title(page))):
        names.append(application)
    for obj in articles:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(str(publisher["name"]))
    addresses = [url or "", metas.get("og:url", "")]
    addresses += [el.get("href") or "" for el in page.canonical]
    for address in addresses:
        # Only absolute addresses name a host: a relative canonical link ("story-slug.html")
        # would make the headline's own words a site name.
        if not _ABSOLUTE_URL_RE.match(address):
            continue
        host = re.sub(r"^(?:[a-z]+:)?//(?:www\d?\.)?", "", address.lower()).split("/")[0]
        if "." in host:
            names += [host, host.rsplit(".", 1)[0], host.split(".")[0]]
    names += _home_link_texts(page)
    return frozenset(k for k in map(_key, names) if len(k) >= 2)


def _is_site(key: str, sites: frozenset[str]) -> bool:
    return key in sites or any(len(key) >= 4 and key in site for site in sites)


def _spans(reference: str, sites: frozenset[str]) -> dict[str, str]:
    """Every run of adjacent parts of a title (split at separators) that holds its longest
    part, by key, with the runs that are the site's name left out."""
    bounds = [0]
    for match in lexicon.HTML_META_TITLE_PART_RE.finditer(reference):
        bounds += [match.start(), match.end()]
    bounds.append(len(reference))
    parts = _keyed_parts(reference, list(zip(bounds[::2], bounds[1::2], strict=True)))
    parts = parts[:_MAX_TITLE_PARTS]
    words = [
        0 if _is_site(_key(reference[a:b]), sites) else len(reference[a:b].split())
        for a, b in parts
    ]
    # Every span holds the title's longest part that is not the site's name: the others are
    # the site, its sections and its slogans ("Ronaldo signs - Sport - Cape Argus"). (Parts
    # of equal length were tried each as the lead: the site's name in a blog's <h1> then wins
    # as often as the headline.)
    main = words.index(max(words))
    out: dict[str, str] = {}
    for start, _ in parts[: main + 1]:
        for _, end in parts[main:]:
            text = _norm(reference[start:end])
            key = _key(text)
            if len(key) >= _MIN_KEY_CHARS and not _is_site(key, sites):
                out.setdefault(key, text)
    return out


def _keyed_parts(reference: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Title parts with those that hold no letter or digit ("…" after "Président»") joined to
    the part before them (the first one to the part after it): they are the headline's own
    punctuation, not a part of the title."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for part_start, end in parts:
        start = part_start if pending is None else pending
        if _key(reference[start:end]):
            out.append((start, end))
            pending = None
        elif out:
            out[-1] = (out[-1][0], end)
        else:
            pending = start
    if pending is not None:
        out.append((pending, len(reference)))
    return out


def _rank(el: etree._Element) -> int:
    """How much an element looks like the headline's own: ``<h1>``, then a headline-classed
    element, then ``<h2>``/``<h3>``, then any other."""
    if el.tag == "h1":
        return 0
    names, ident = el.get("class"), el.get("id")
    if (names or ident) and _headline_class(f"{names or ''} {ident or ''}"):
        return 1
    return 2 if el.tag in ("h2", "h3") else 3


@functools.lru_cache(maxsize=_HINT_CACHE)
def _headline_class(names: str) -> bool:
    """Whether a class and id (joined) name a headline ("entry-title", "headline")."""
    return lexicon.HTML_HEADLINE_CLASS_RE.search(names.lower()) is not None


def _short_elements(
    root: etree._Element, min_chars: int = 0
) -> Iterator[tuple[int, int, str, etree._Element]]:
    """(rank, document position, text, element) of the body's elements whose text is
    headline-sized, and at least ``min_chars`` long before white space is folded.

    Text lengths (and how many elements each subtree holds) are summed bottom up first, so
    that no large container's text is built, and a subtree that is hidden or too short is
    passed over whole: what is inside is hidden or shorter still.
    """
    top = _body(root)
    elements = [el for el in top.iter() if isinstance(el.tag, str)]
    lowest = max(min_chars, 1)  # an element with no text is never a headline
    sizes: dict[etree._Element, tuple[int, int]] = {}  # (text length, elements in subtree)
    no_size = (0, 0)
    for el in reversed(elements):
        total = len(el.text or "") if el.tag not in _NO_TEXT_TAGS else 0
        count = 1
        for child in el:
            length, inside = sizes.get(child, no_size)
            total += length + len(child.tail or "")
            count += inside
        sizes[el] = (total, count)
    position = 0
    while position < len(elements):
        el = elements[position]
        length, inside = sizes[el]
        if length < lowest or (position and _hidden(el)):
            # What the reader never shows (a hidden copy of <title>, a <noscript> heading)
            # names no headline.
            position += inside
            continue
        if el.tag not in _NO_TEXT_TAGS and length <= _MAX_RAW_HEADLINE_CHARS:
            text = _candidate_text(el)
            if _MIN_HEADLINE_CHARS <= len(text) <= _MAX_HEADLINE_CHARS:
                yield _rank(el), position, text, el
        position += 1


def _candidate_text(el: etree._Element) -> str:
    """An element's text as a headline candidate: white space folded, a documentation link
    mark at its end removed."""
    text = _norm(text_of(el))
    if text[-1:] in _HEADING_MARKS:
        text = lexicon.HTML_META_HEADING_MARK_RE.sub("", text)
    return text


def _body(root: etree._Element) -> etree._Element:
    body = root.find("body")
    return body if body is not None else root


def _shown(el: etree._Element, top: etree._Element) -> bool:
    """Whether neither an element nor any element between it and ``top`` hides itself."""
    for at in (el, *el.iterancestors()):
        if at is top:
            return True
        if _hidden(at):
            return False
    return True


def _raw_length(el: etree._Element) -> int:
    """The length of an element's text before white space is folded, as
    :func:`_short_elements` counts it (the text of script-like elements left out)."""
    total = 0
    for node in el.iter():
        if node is not el:
            total += len(node.tail or "")
        if isinstance(node.tag, str) and node.tag not in _NO_TEXT_TAGS:
            total += len(node.text or "")
    return total


def _hidden(el: etree._Element) -> bool:
    if el.tag == "noscript" or el.get("hidden") is not None:
        return True
    style = el.get("style")
    return style is not None and lexicon.HTML_HIDDEN_STYLE_RE.search(style) is not None


def _match(
    text: str, rank: int, spans: dict[str, str], declared: frozenset[str],
    contained: list[tuple[int, str, str]],
) -> tuple[int, int, str] | None:
    """How an on-page text matches a title span: (2, words, text) when it reads the same, (1,
    words, headline) when it holds a span of three words or more (``contained``, longest first)
    with a label before it or a date or byline after it; the headline is the page's text where
    it only runs on past a truncated title in a heading."""
    key = _key(text)
    span = spans.get(key)
    short = span is not None and len(span.split()) < _SHORT_SPAN_WORDS
    if span is not None and (rank <= _SHORT_SPAN_MAX_RANK or not short):
        # A title the page declares in its metadata is written as the author wrote it;
        # <title> is often mangled (capitals, apostrophes dropped): then the page's text.
        return 2, len(span.split()), span if key in declared else text
    for words, span_key, span in contained:
        if len(span_key) * 2 < len(key) or len(span_key) >= len(key):
            continue
        if key.endswith(span_key):
            return 1, words, span
        if key.startswith(span_key):
            tail = " ".join(text.split()[words:])
            glued = lexicon.HTML_META_HEADLINE_TAIL_RE.match(tail) is not None
            return 1, words, (text if rank <= 1 and not glued else span)
    return None


def _on_page_headline(
    root: etree._Element, spans: dict[str, str], declared: frozenset[str]
) -> str | None:
    """The page's own text of the headline its titles name: the element that reads like the
    longest title span, the headline's own elements first."""
    if not spans:
        return None
    contained = sorted(
        ((len(span.split()), key, span) for key, span in spans.items()
         if len(span.split()) >= _MIN_CONTAINED_WORDS),
        reverse=True,
    )
    found_at: list[tuple[tuple[int, int, int, int], str, etree._Element]] = []
    seen: dict[str, int] = {}
    # An element's text matches a span, or holds one, only if it is at least as long as the
    # shortest span's letters and digits: shorter elements (menu links, icons) are not read.
    shortest = min(len(key) for key in spans)
    heading = _heading_headline(root, spans, declared, shortest)
    if heading is not None:
        return heading
    for rank, position, text, el in _short_elements(root, shortest):
        if seen.get(text, _NO_RANK) <= rank:
            continue  # nested elements with the same text: the best ranked one was read
        seen[text] = rank
        found = _match(text, rank, spans, declared, contained)
        if found is not None:
            found_at.append(((found[0], found[1], -rank, -position), found[2], el))
    if not found_at:
        return None
    best = max(found_at, key=lambda f: f[0])
    # An element inside the best one that reads like a title span alone is the headline, and
    # the rest of the best one a label beside it: "<p><a>Business</a> <b>Headline</b></p>"
    # reads like "Site : Business : Headline" but the headline is the <b>.
    inner = [f for f in found_at if f[0][0] == 2 and best[2] in f[2].iterancestors()]
    return max(inner, key=lambda f: f[0])[1] if inner else best[1]


def _heading_headline(
    root: etree._Element, spans: dict[str, str], declared: frozenset[str], shortest: int
) -> str | None:
    """The common page's answer, found without reading every element: the first shown
    ``<h1>`` that reads exactly like the longest title span. No other element can rank above
    it in :func:`_on_page_headline`, so its choice is this one's, unless an element inside
    the ``<h1>`` reads like another span (a kicker beside the headline): then ``None``, and
    the whole page is read."""
    longest = max(len(span.split()) for span in spans.values())
    top = _body(root)
    for el in top.iter("h1"):
        if not max(shortest, 1) <= _raw_length(el) <= _MAX_RAW_HEADLINE_CHARS:
            continue
        text = _candidate_text(el)
        if not _MIN_HEADLINE_CHARS <= len(text) <= _MAX_HEADLINE_CHARS:
            continue
        found = _match(text, 0, spans, declared, [])
        if found is None or found[0] != 2 or found[1] != longest:
            continue
        if not _shown(el, top):
            continue
        for inner in el.iterdescendants():
            if not isinstance(inner.tag, str):
                continue
            inner_text = _candidate_text(inner)
            if inner_text == text or not inner_text:
                continue
            inner_found = _match(inner_text, _rank(inner), spans, declared, [])
            if inner_found is not None and inner_found[0] == 2:
                return None
        return found[2]
    return None


def _home_link_texts(page: PageElements) -> frozenset[str]:
    """Texts of a few words of the links to the site's home page (``/``, ``index.html``,
    ``./``): the site's name or logo, never the headline."""
    texts = (
        _norm(text_of(a)) for a in page.links
        if lexicon.HTML_META_HOME_HREF_RE.match(a.get("href") or "")
    )
    return frozenset(t for t in texts if 0 < len(t.split()) <= _MAX_SITE_NAME_WORDS)


def _json_ld_title(articles: list[dict[str, object]], title: str) -> str | None:
    """JSON-LD ``headline``, or its ``name`` where that is what ``<title>`` says and the
    headline is not (some sites put a description in ``headline``)."""
    headline = _first_str(articles, "headline")
    name = _first_str([a for a in articles if "webpage" not in _types(a)], "name")
    title_key = _key(title)
    if name and _key(name) in title_key and (not headline or _key(headline) not in title_key):
        return name
    return headline


def _declared(articles: list[dict[str, object]], metas: dict[str, str], title: str) -> list[str]:
    """The titles the page declares, most explicit first, and its ``<title>`` last."""
    declared = [_json_ld_title(articles, title)]
    declared += [metas.get(key) for key in _TITLE_META_KEYS]
    # Some sites escape twice: "Olive &#038; Herb" in og:title reads "Olive & Herb".
    return [html.unescape(d) for d in map(_norm, [*declared, title]) if d]


def _headline(
    page: PageElements, articles: list[dict[str, object]], metas: dict[str, str],
    sites: frozenset[str],
) -> str | None:
    """The headline: the first title the page declares (JSON-LD, OpenGraph, Twitter,
    ``<meta>``), cut to the part of it the page shows as an element where one does (the rest is
    the site's name or section) or else with the site's known names cut off; without a declared
    title, the page's own text of the headline its ``<title>`` names; else ``None`` (the reader
    then chooses from the blocks before the article's body).

    A declared title is the publisher's own statement of the headline, so it wins over an
    on-page element that reads differently (a shorter ``<h1>``, a kicker).
    """
    root = page.root
    title = page_title(page)
    declared = _declared(articles, metas, title)
    metadata = declared[:-1] if title else declared
    for reference in metadata:
        spans = _spans(reference, sites)
        on_page = _on_page_headline(root, spans, frozenset(spans))
        if on_page is not None:
            return on_page
        stripped = _strip_sites(reference, sites)
        if stripped:
            return stripped
    return _on_page_headline(root, _spans(title, sites), frozenset()) if title else None


def _strip_sites(title: str, sites: frozenset[str]) -> str | None:
    """A declared title without the parts that are the site's name (None if that is all);
    the parts kept are written as the title writes them, separators included, where they run
    on ("Firefox — Customize it — The flexible browser" without "Firefox")."""
    bounds = [0]
    for match in lexicon.HTML_TITLE_SPLIT_RE.finditer(title):
        bounds += [match.start(), match.end()]
    bounds.append(len(title))
    parts = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if title[a:b].strip()]
    kept = [i for i, (a, b) in enumerate(parts) if not _is_site(_key(title[a:b]), sites)]
    if not kept:
        return None
    if kept == list(range(kept[0], kept[-1] + 1)):
        return _norm(title[parts[kept[0]][0] : parts[kept[-1]][1]])
    return _norm(" - ".join(title[parts[i][0] : parts[i][1]] for i in kept))


def _class_words(el: etree._Element) -> str:
    """An element's class and id, camelCase words split apart, lower-cased ("lblCap" reads
    "lbl cap")."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return _CAMEL_RE.sub(" ", names).lower()


@functools.lru_cache(maxsize=_HINT_CACHE)
def _caption_hint(names: str) -> bool:
    """Whether a class or id holds a caption word's start (a page repeats its class names:
    each is searched once)."""
    return _CAPTION_HINT_RE.search(names) is not None


def image_captions(page: PageElements) -> frozenset[str]:
    """The texts (white space normalised) of the page's image captions and credits: elements
    whose class or id says so, and ``<figcaption>``. The reader never takes these for the
    headline.

    (The short text right after an ``<img>`` is no caption clue: a poster, a logo or a lead
    photo stands before the headline as often.)"""
    found: set[str] = set()
    for el in page.figcaptions:
        found.add(_norm(text_of(el)))
    for attribute, elements in (("class", page.classed), ("id", page.ided)):
        for el in elements:
            # A cheap look for the caption words first: most elements have none.
            if _caption_hint(el.get(attribute) or "") and (
                lexicon.HTML_META_CAPTION_CLASS_RE.search(_class_words(el))
            ):
                found.add(_norm(text_of(el)))
    return frozenset(t for t in found if t)


def cut_glued_tail(text: str) -> str:
    """A headline line without the date or byline glued after it in the same element, where
    the date follows at least three words ("Wurz joins Honda as test driver Thursday, 10,
    January, 2008, 09:14"); the line unchanged otherwise.

    >>> cut_glued_tail("Harry rubbishes slump theory by Chris Stanton, 30 December 2007")
    'Harry rubbishes slump theory'
    >>> cut_glued_tail("Reading 0-2 Portsmouth")
    'Reading 0-2 Portsmouth'
    """
    words = text.split()
    first_tail = max(_MIN_CONTAINED_WORDS, len(words) - _MAX_TAIL_WORDS)
    for index in range(first_tail, len(words)):
        head, tail = " ".join(words[:index]), " ".join(words[index:])
        match = lexicon.HTML_META_DATE_TAIL_RE.match(tail)
        if match is None or lexicon.HTML_DATE_LINE_RE.search(head):
            continue
        date = tail[len(match.group("byline") or "") :]
        if lexicon.HTML_DATE_LINE_RE.search(date) and all(
            lexicon.HTML_META_DATE_WORD_RE.match(word) for word in date.split()
        ):
            return head.rstrip(" ,;:-|")
    return text


def is_date_only(text: str) -> bool:
    """Whether a line is only a date or time ("Monday, October 22, 2012 3:29 PM", "Sunday,
    October 28, 2012 at 12:48 PM"): never a headline.

    >>> is_date_only("Sunday, October 28, 2012 at 12:48 PM"), is_date_only("May Day at 10")
    (True, False)
    """
    words = [w for w in text.split() if w.lower() not in _DATE_LINK_WORDS]
    return bool(words) and lexicon.HTML_DATE_LINE_RE.search(text) is not None and all(
        lexicon.HTML_META_DATE_WORD_RE.match(word) for word in words
    )


def page_title(page: PageElements) -> str:
    """The text of the page's ``<title>``, white space normalised ('' without one)."""
    return _norm(text_of(page.title)) if page.title is not None else ""


def read_metadata(
    root: etree._Element, url: str | None = None, page: PageElements | None = None
) -> tuple[Metadata, str, bool]:
    """The metadata of a parsed page (read before its scripts are removed: JSON-LD is here),
    the ``<title>`` with the site name cut off, for choosing an on-page headline, and whether
    the page declares a title in its metadata (JSON-LD, OpenGraph, Twitter, ``<meta>``).

    The metadata's headline is set where the page declares one, or where an element of the
    page reads like its ``<title>``; the reader chooses from the page's headings otherwise.
    ``page`` is the page's :func:`page_elements` where the caller has them already.
    """
    if page is None:
        page = page_elements(root)
    articles = json_ld_articles(page)
    metas = _meta_map(page)
    sites = _site_keys(metas, articles, page, url)
    declared = len(_declared(articles, metas, "")) > 0
    metadata = Metadata(
        headline=_headline(page, articles, metas, sites),
        published=_published(articles, metas, page),
        authors=_authors(articles, metas, page),
        byline=_byline(page),
    )
    title = strip_site(page_title(page), site_name(metas, url))
    # A <title> that is only the site's name names no headline.
    return metadata, "" if _is_site(_key(title), sites) else title, declared
