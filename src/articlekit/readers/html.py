"""Read an HTML page into blocks and metadata: safe parsing, decoding and the main content.

The page is decoded (BOM, valid UTF-8, declared charset, cp1252), parsed by lxml's HTML parser
with no network and no entity expansion, and read once, in document order, into text blocks. Every
block is scored by how much it looks like running prose (length, link density, stop-word
density, after boilerpipe and jusText); the main content is the element whose subtree has the
highest balance of prose over other text (a tree-shaped maximum-sum region). Its blocks, minus
link lists, captions, ads and credits, are the article; comment sections, share bars, newsletter
boxes, related lists and copyright footers are returned as furniture blocks.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
import unicodedata
from typing import NamedTuple

import attrs
from lxml import etree

from articlekit import lexicon
from articlekit.blocks import Block
from articlekit.errors import ParseError
from articlekit.pipeline import Metadata
from articlekit.readers.html_meta import (
    cut_glued_tail,
    cut_section_chain,
    image_captions,
    is_date_only,
    match_key,
    page_elements,
    read_metadata,
    text_of,
)

_NORMAL, _FURNITURE, _DROP = 0, 1, 2

#: Marks a ``<br>`` inside a block's text until the block is split into paragraphs (a private
#: use character, removed from the page's own text before reading).
_BR = "\ue000"

#: Class and id strings whose clues are kept between pages: a site's pages, and most sites,
#: share their layout's class names ("clearfix", "entry-content"); a few thousand cover them.
_CLASS_CACHE = 4096

#: Control characters (other than tab, newline and carriage return), NUL and the ``<br>``
#: marker: removed from the text before parsing (libxml2 rejects some, none is text).
_CONTROL_CHARS = (*map(chr, (*range(9), 11, 12, *range(14, 32))), _BR)
_CONTROL_RE = re.compile(f"[{re.escape(''.join(_CONTROL_CHARS))}]+")

#: How many bytes at the start of the page are searched for a ``<meta charset>``.
_CHARSET_SNIFF_BYTES = 4096

#: An XML declaration (``<?xml version="1.0" encoding="..."?>``) at the start of an XHTML page:
#: lxml refuses a ``str`` that declares an encoding, and the text is decoded already. It runs
#: to the first ">", as browsers read it, however long (one stuffed with keywords).
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*>")

#: How far into the page an unclosed ``<title>`` is looked for.
_TITLE_REPAIR_CHARS = 65536

#: Control bytes that no text page holds (ESC, 0x1B, is left out: old pages use it for ISO-2022).
_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 27), 28])

#: Invisible characters (zero-width space and joiners, word joiner, BOM) removed from text and
#: the ``<br>`` marker turned into a space, before white space is folded.
_INVISIBLE_TABLE = {**dict.fromkeys(map(ord, lexicon.INVISIBLE_CHARS)), ord(_BR): " "}

#: Share of NUL and other control bytes above which bytes are binary, not a page.
_BINARY_SHARE = 0.05

#: Charset labels that browsers read as Windows-1252 (WHATWG Encoding Standard).
_CP1252_ALIASES = frozenset({"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"})

#: A block with at least this many words can be running prose (jusText's length_high is 200
#: characters, about 30 words; boilerpipe finds full-text blocks above ~10 words).
_PROSE_MIN_WORDS = 10

#: Share of stop words above which a block reads as prose in English (jusText's default
#: stopwords_low is 0.30 over its long list; our shorter list counts fewer, so 0.2).
_PROSE_MIN_STOP_SHARE = 0.2

#: Stop-word share of the whole page below which it is not English and stop words are ignored.
_ENGLISH_MIN_STOP_SHARE = 0.12

#: Link density above which a block is a link list, not prose (jusText's max_link_density is
#: 0.2 for prose; readability discards containers above 0.5).
_LINK_HEAVY = 0.5

#: How many blocks before the chosen content a comment heading may stand for the content to
#: be the comment section (the heading, then a "Posted by" line, then the first comment).
_COMMENT_HEADING_REACH = 2

#: Weight of a block that is neither prose nor links (short lines, labels) against the score of
#: the element holding it: a container earns a remote prose block only if the prose outweighs the
#: other text it must take in with it. Tuned on the development sets: from -0.3 to -0.7 the mean
#: body F1 of four sets moves by under 0.003 (-0.6 is the best; -1.0 loses 0.005).
_OTHER_WEIGHT = -0.6

#: How much of a prose block's length counts for choosing the container, by the block's element.
#: Definition lists and headings belong to the article when they stand in it, but never draw the
#: container towards them, and list items draw it half as much: teaser lists
#: ("<dt>headline</dt><dd>summary</dd>") are lists (after readability, which scores only
#: paragraphs, cells and preformatted text). A paragraph inside a list item counts as the item
#: (a stream of teasers, ``<li><h3>headline</h3><p>summary</p></li>``).
_PROSE_SHARE = {
    **dict.fromkeys(
        (
            "p",
            "div",
            "td",
            "pre",
            "blockquote",
            "section",
            "article",
            "main",
            "body",
            "center",
            "span",
        ),
        1.0,
    ),
    "li": 0.5,
}

#: Length in characters from which a block of a language written without spaces (Chinese,
#: Japanese) can be prose: a sentence.
_PROSE_MIN_CHARS_UNSPACED = 20

#: Characters per word above which a text is written without spaces between words (English
#: averages about six with the space).
_UNSPACED_WORD_CHARS = 12

#: Share of the page's prose above which a furniture class on an element that holds it is
#: overruled: the class names a wrapper ("above-footer", "social-wrap"), not furniture.
_WRAPPER_SHARE = 0.5

#: Least prose, in characters, for that: an article's worth, not a footer's fine print.
_WRAPPER_MIN_PROSE = 1000

#: Elements that hold a paragraph, not an article: when the best-scoring element is one of them
#: (a single long paragraph outscoring its short neighbours), its parent is the content.
_LEAF_TAGS = frozenset({"p"})

#: How far below zero the parent of a best-scoring paragraph may score and still be the content,
#: as a share of the paragraph's score: the parent's other paragraphs are the article's when
#: they (nearly) pay for its headings and short lines (a page of displayed equations between
#: paragraphs). 0.5 and 1.0 give the same figures on the five HTML sets; under about 0.35 a
#: page with prose between equations keeps one paragraph.
_LEAF_PARENT_SLACK = 0.5

#: Prose score, in characters, of a sibling of the container that joins the content.
_SIBLING_MIN_PROSE = 100

#: Largest element that a drop class (``ad``, ``caption``, ``sidebar``) removes, in characters of
#: text: a class word on a large element is too weak a clue against that much text.
_DROP_MAX_CHARS = 1500

#: How many blocks before the start of the body are searched for the headline.
_HEADLINE_LOOKBACK = 40

#: A headline's length in characters: shorter is a label ("News"), longer a paragraph.
_MIN_HEADLINE_CHARS, _MAX_HEADLINE_CHARS = 8, 300

#: Share of a heading's words that must occur in ``<title>`` for it to be the headline.
_TITLE_OVERLAP = 0.8

#: Headings up to this level (or headline-classed elements) nearest before the body are taken
#: as the headline when ``<title>`` does not name one; deeper levels only when there is none.
_NEAR_HEADING_LEVEL = 2

#: How many blocks before the body are read for a headline that is no heading, and how many
#: words such a line has.
_LINE_LOOKBACK = 5
_LINE_WORDS = (3, 20)

#: Share of the (site-stripped) title's words a block must cover to be the headline it names.
_TITLE_COVER = 0.5

#: Longest line, in characters, read as a section marker ("Comments (12)", "Related stories").
_MARKER_MAX_CHARS = 60

#: Longest line, in characters, read as a comments prompt ("To have your say on this or any
#: other issue visit ...", "Do you have comments on this story? Email us").
_PROMPT_MAX_CHARS = 120

#: Body text, in characters of paragraphs, that must come before a comments marker and before
#: a related-links marker for it to close the article: a "Latest news" box above the article is
#: not the end of it, while a comment section rarely stands above one.
_MARKER_MIN_BODY = (150, 400)

#: Heading elements and their levels. A block is a heading only when its own element is one: a
#: paragraph that a malformed page nests inside an <h2> is no heading.
_HEADING_LEVELS = {f"h{level}": level for level in range(1, 7)}

#: Fewest words in an id read as the slug of its section's heading: short ids that match their
#: heading (``<section id="comments"><h2>Comments</h2>``) still name a part of the page.
_ANCHOR_MIN_WORDS = 4

#: Share of the page's text above which a navigation or aside element is no navigation but a
#: tag left open around the rest of the page (a real menu or sidebar is a small part of it).
_SWALLOW_SHARE = 0.5

#: Prose, in characters, under which the content is looked for again with ``<noscript>`` read
#: (when that holds as much): less than a paragraph means the article was not in the markup.
_NOSCRIPT_MIN_PROSE = 200

#: Longest text of a label (a chart's value, a control's name), in characters. With
#: ``_LABEL_RUN`` tried at 4/20, 4/30, 6/20, 8/30 on the five HTML sets: 6/20 is best (mozilla
#: precision +0.001, nothing else moves; 4/30 costs mozilla 0.002).
_LABEL_MAX_CHARS = 20

#: Fewest labels in a row that are a widget, not a run of short lines of the article.
_LABEL_RUN = 6

#: Longest teaser paragraph under a linked heading, in characters (a standfirst of one or two
#: sentences).
_TEASER_MAX_CHARS = 300

#: Table cells, and how many blocks after a linked cell are looked at for a cell of prose in its
#: row (a name, a year or a place, then the description).
_CELL_TAGS = frozenset({"td", "th"})
_ROW_REACH = 3

#: Elements whose short texts are the article's own lists and tables.
_LIST_TAGS = frozenset({"li", "dt", "dd", "td", "th"})

#: Fewest differently numbered slides ("1/50", "2/50", "3/50") sharing one total that make a
#: slideshow (two could be fractions in a recipe).
_GALLERY_MIN_SLIDES = 3

#: How many ancestors are walked up from a block when deciding its furniture (guards deep trees).
_MAX_CLIMB = 400


class _Raw(NamedTuple):
    text: str
    owner: int
    tag: str
    heading: int
    link_density: float
    mode: int
    furniture_at: int
    titled: bool
    listed: bool = False
    #: Whether the block holds a link to a place on the page itself (``href="#setup"``).
    anchored: bool = False
    #: The block's first line where it is a link alone ended by a ``<br>`` (a section's
    #: link before the headline: ``<a>Top Stories</a><br><b>Headline</b>``), else "".
    lead: str = ""


class _Node(NamedTuple):
    parent: int
    own_mode: int
    firm: bool
    tag: str


class _Choice(NamedTuple):
    """The main content's element; whether furniture marks held; furniture elements overruled."""

    container: int
    trusted: bool
    overruled: frozenset[int]
    ranges: tuple[tuple[int, int], ...] = ()


def decode(source: bytes) -> str:
    """Decode a page's bytes: BOM, then UTF-8 if valid, then the declared charset, then cp1252.

    >>> decode(b'<meta charset="iso-8859-1"><p>caf\\xe9')
    '<meta charset="iso-8859-1"><p>café'
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if source.startswith(bom):
            return source[len(bom) :].decode(codec, errors="replace")
    if _looks_binary(source):
        raise ParseError("the bytes are binary data, not an HTML page")
    try:
        # Valid UTF-8 is read as UTF-8 even where the page declares a legacy charset: legacy
        # text with non-ASCII bytes is almost never valid UTF-8, while saved and re-served pages
        # often keep a stale declaration (read as cp1252 they would show "â€™").
        return source.decode("utf-8")
    except UnicodeDecodeError:
        declared = _declared_codec(source[:_CHARSET_SNIFF_BYTES])
        return source.decode(declared or "cp1252", errors="replace")


def _looks_binary(source: bytes) -> bool:
    sample = source[:65536]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _BINARY_SHARE


def _declared_codec(head: bytes) -> str | None:
    match = lexicon.HTML_CHARSET_RE.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", errors="replace").lower()
    if label in _CP1252_ALIASES:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page declaring UTF-16 in ASCII bytes is not UTF-16: the declaration is wrong.
    return "utf-8" if name.startswith(("utf-16", "utf-32", "utf_16", "utf_32")) else name


def _close_title(text: str) -> str:
    """Close a ``<title>`` that is never closed at the end of its line.

    An unclosed title swallows the whole page (its content is raw text up to ``</title>``);
    archived pages sometimes lost the closing tag.
    """
    if "</title" in text or "</TITLE" in text:
        return text  # most pages: no page is lower-cased to find that out
    head = text[:_TITLE_REPAIR_CHARS].lower()
    start = head.find("<title")
    if start < 0 or "</title" in head or "</title" in text.lower():
        return text
    line_end = text.find("\n", text.find(">", start) + 1)
    return text if line_end < 0 else f"{text[:line_end]}</title>{text[line_end:]}"


def parse_tree(text: str) -> etree._Element | None:
    """Parse page text with a safe parser: no network, no entities, libxml2's size limits."""
    # One substring search per character is several times faster than the class's regex
    # search over a whole page, and most pages have none of them.
    if any(char in text for char in _CONTROL_CHARS):
        text = _CONTROL_RE.sub("", text)
    clean = _close_title(_XML_DECLARATION_RE.sub("", text, count=1))
    if not clean.strip():
        return None
    parser = etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=False,
        collect_ids=False,
    )
    try:
        root = etree.fromstring(clean, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root if root is not None and isinstance(root.tag, str) else None


def read_html(
    source: str | bytes, *, url: str | None = None, max_size: int
) -> tuple[tuple[Block, ...], Metadata]:
    """Read an HTML page into candidate blocks, in reading order, and the page's metadata.

    Args:
        source: the page, as text or as bytes (decoded by BOM, then as UTF-8 where valid, then
            by the page's ``<meta charset>``, then as cp1252; see :func:`decode`).
        url: the page's address, if known (used to recognise the site name in ``<title>``).
        max_size: the largest input accepted, in characters for ``str`` and bytes for ``bytes``.

    Returns:
        The main content's blocks (headings, paragraphs, list items) and the page's furniture
        blocks (``furniture=True``: comments, share bars, newsletter boxes, related lists,
        copyright footers), in document order, with the page's :class:`Metadata`.

    Raises:
        ParseError: ``source`` is longer than ``max_size`` or is bytes that are not a page.
    """
    if len(source) > max_size:
        unit = "bytes" if isinstance(source, bytes) else "characters"
        raise ParseError(f"input of {len(source)} {unit} is over the limit of {max_size}")
    text = decode(source) if isinstance(source, bytes) else source
    root = parse_tree(text)
    if root is None:
        return (), Metadata()
    page = page_elements(root)
    metadata, title, declared = read_metadata(root, url, page)
    # Captions matter only where the reader chooses the headline from the blocks.
    captions = image_captions(page) if not metadata.headline else frozenset()
    scripted = _noscript_chars(root) >= _NOSCRIPT_MIN_PROSE
    _clean(root, lexicon.HTML_SKIP_TAGS)
    raws, nodes, _, weights, choice = _content(root)
    if scripted and _prose_chars(raws, choice, weights) < _NOSCRIPT_MIN_PROSE:
        # The page writes its article with a script and gives it in <noscript> for readers
        # without one (Blogger): read that copy.
        root = parse_tree(text)
        if root is not None:
            _clean(root, tuple(t for t in lexicon.HTML_SKIP_TAGS if t != "noscript"))
            raws, nodes, _, weights, choice = _content(root)
    headline_at = _headline_index(
        raws, choice.container, metadata.headline, title, weights, captions=captions
    )
    if (
        headline_at < 0
        and metadata.headline
        and not declared
        and not _shown(raws, choice.container, weights, metadata.headline)
    ):
        # Only <title> named the headline, and the page never shows it as one (no heading
        # reads so, no line before the body holds it): the text it matched is the site's or
        # the section's name (a line of links, "© 2007 Site"). A heading before the body is
        # the headline.
        # (No captions: image captions were not read for a page with a headline; the heading
        # or headline-classed block required here is rarely one.)
        found = _headline_index(raws, choice.container, None, title, weights)
        if found >= 0 and (raws[found].heading or raws[found].titled):
            headline_at = found
            metadata = attrs.evolve(metadata, headline=None)
    if headline_at >= 0 and not metadata.headline:
        metadata = attrs.evolve(metadata, headline=_headline_text(raws[headline_at], title))
    elif not metadata.headline and title:
        # Nothing on the page reads as the headline: <title>'s, without a chain of section
        # and site names after it.
        metadata = attrs.evolve(metadata, headline=cut_section_chain(title))
    if metadata.headline and not unicodedata.is_normalized("NFC", metadata.headline):
        metadata = attrs.evolve(metadata, headline=unicodedata.normalize("NFC", metadata.headline))
    return tuple(map(_composed, _select(raws, nodes, choice, headline_at, weights))), metadata


def _composed(block: Block) -> Block:
    """A block with its text in composed form (NFC), as the headline: a letter and its
    combining mark written apart ("ড" + nukta) or as one character ("ড়") read the same, so
    the headline's block is found by its text, and text compares equal however the page
    wrote it. (The blocks' text, not the page: most pages are normalised already, and a
    check of the whole page's markup costs several times more.)"""
    if unicodedata.is_normalized("NFC", block.text):
        return block
    return attrs.evolve(block, text=unicodedata.normalize("NFC", block.text))


def _content(
    root: etree._Element,
) -> tuple[list[_Raw], list[_Node], list[int], list[float], _Choice]:
    """The page's blocks, elements, weights and the choice of its main content."""
    body = root.find("body")
    raws, nodes, ends = _walk(body if body is not None else root)
    raws = _mark_galleries(raws, nodes, ends)
    counts = _word_counts(raws)
    english = _english(raws, counts)
    weights = [
        _weight(raw, count, english) if raw.mode != _DROP else 0.0
        for raw, count in zip(raws, counts, strict=True)
    ]
    choice = _container(raws, nodes, ends, weights) if raws else _Choice(0, True, frozenset())
    if raws and _follows_comment_heading(raws, choice.container, ends):
        raws, weights = _as_comments(raws, weights, choice.container, ends)
        choice = _container(raws, nodes, ends, weights)
    return raws, nodes, ends, weights, choice


def _noscript_chars(root: etree._Element) -> int:
    """How much text the page gives to readers without scripts."""
    return sum(len(text_of(el).strip()) for el in root.iter("noscript"))


def _prose_chars(raws: list[_Raw], choice: _Choice, weights: list[float]) -> float:
    """How much prose the chosen content holds (its prose blocks' weight)."""
    return sum(
        weight
        for raw, weight in zip(raws, weights, strict=True)
        if weight > 0 and any(a <= raw.owner <= b for a, b in choice.ranges)
    )


def _mark_galleries(raws: list[_Raw], nodes: list[_Node], ends: list[int]) -> list[_Raw]:
    """A slideshow's slides ("1/50 Title", "2 of 12") and all beside them in the element that
    holds them, as furniture: captions of pictures, not the article's paragraphs."""
    counters: dict[int, dict[int, int]] = {}
    for index, raw in enumerate(raws):
        match = lexicon.HTML_SLIDE_COUNTER_RE.match(raw.text)
        if match and 0 < int(match["number"]) <= int(match["total"]):
            slides = counters.setdefault(int(match["total"]), {})
            slides.setdefault(int(match["number"]), index)
    out = raws
    for slides in counters.values():
        # Distinct numbers: "1/2 cup" and "1/4 cup" in a recipe, or "11/07" dates, repeat.
        if len(slides) < _GALLERY_MIN_SLIDES:
            continue
        found = list(slides.values())
        top = _common_ancestor([raws[i].owner for i in found], nodes, ends)
        out = [_inside_gallery(raw, top, nodes) for raw in out]
    return out


def _common_ancestor(owners: list[int], nodes: list[_Node], ends: list[int]) -> int:
    """The deepest element holding all of ``owners`` (elements are numbered in document order
    and ``ends[i]`` is the last element inside ``i``)."""
    first, last = min(owners), max(owners)
    index, steps = first, 0
    while index > 0 and ends[index] < last and steps < _MAX_CLIMB:
        index, steps = nodes[index].parent, steps + 1
    return max(index, 0)


def _inside_gallery(raw: _Raw, top: int, nodes: list[_Node]) -> _Raw:
    index, steps = raw.owner, 0
    while index > top and steps < _MAX_CLIMB:
        index, steps = nodes[index].parent, steps + 1
    if index != top or raw.mode == _DROP:
        return raw
    return raw._replace(mode=_FURNITURE, furniture_at=top)


def _follows_comment_heading(raws: list[_Raw], container: int, ends: list[int]) -> bool:
    """Whether the chosen content opens right after a comment heading ("Your say", "What you
    think...", "Posted by: ... on ..."): then it is the comment section, which no class marked
    and which outweighed a short article."""
    first = next((i for i, r in enumerate(raws) if container <= r.owner <= ends[container]), -1)
    before = raws[max(0, first - _COMMENT_HEADING_REACH) : max(0, first)]
    return any(lexicon.HTML_COMMENT_SECTION_HEADING_RE.match(raw.text) for raw in before)


def _as_comments(
    raws: list[_Raw], weights: list[float], container: int, ends: list[int]
) -> tuple[list[_Raw], list[float]]:
    """The container's blocks turned into furniture with no weight, for a second choice."""
    inside = [container <= raw.owner <= ends[container] for raw in raws]
    return (
        [
            raw._replace(mode=_FURNITURE, furniture_at=container) if hit else raw
            for raw, hit in zip(raws, inside, strict=True)
        ],
        [0.0 if hit else weight for weight, hit in zip(weights, inside, strict=True)],
    )


def _clean(root: etree._Element, skip: tuple[str, ...]) -> None:
    """Remove the ``skip`` elements (scripts, styles, media) and hidden elements, keeping the
    text after them."""
    etree.strip_elements(root, *skip, with_tail=False)
    hidden = [
        el
        for el in root.iterfind(".//*[@style]")
        if lexicon.HTML_HIDDEN_STYLE_RE.search(el.get("style") or "")
    ]
    hidden += root.iterfind(".//*[@hidden]")
    for el in hidden:
        _drop_keeping_tail(el)


def _drop_keeping_tail(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


@functools.lru_cache(maxsize=_CLASS_CACHE)
def _names_clues(names: str) -> tuple[int, bool, bool]:
    """What an element's class and id (joined) say, by :func:`_class_clues`. An address is no
    class name ("<text id='http://.../read-comments-on-...'>"), and WordPress's taxonomy
    classes name the post's tags ("tag-share", "category-ads"): their words are left out."""
    words = " ".join(
        w
        for w in names.lower().split()
        if "/" not in w and not lexicon.HTML_TAXONOMY_CLASS_RE.match(w)
    )
    return _class_clues(words)


def _class_clues(names: str) -> tuple[int, bool, bool]:
    """What an element's class and id say: drop / furniture / nothing, headline or not, and
    whether a furniture mark is firm (a comment section, or a class that is a furniture word
    itself: ``footer``, ``related``) or may be a wrapper's (``above-footer``)."""
    firm = False
    dropped = lexicon.HTML_DROP_CLASS_RE.search(names) is not None
    if dropped and lexicon.HTML_DROP_STATE_RE.search(names):
        stateless = lexicon.HTML_DROP_STATE_RE.sub(" ", names)
        dropped = lexicon.HTML_DROP_CLASS_RE.search(stateless) is not None
    if dropped and not lexicon.HTML_CONTENT_CLASS_RE.search(names):
        mode = _DROP
    elif lexicon.HTML_FURNITURE_CLASS_RE.search(lexicon.HTML_FURNITURE_STATE_RE.sub(" ", names)):
        mode = _FURNITURE
        firm = bool(lexicon.HTML_COMMENTS_CLASS_RE.search(names)) or any(
            lexicon.HTML_FURNITURE_CLASS_RE.fullmatch(word) for word in names.split()
        )
    else:
        mode = _NORMAL
    return mode, bool(lexicon.HTML_HEADLINE_CLASS_RE.search(names)), firm


def _own_mode(el: etree._Element, tag: str, class_mode: int, page_chars: int) -> int:
    """Whether an element itself marks its content as furniture or to be dropped."""
    if tag in lexicon.HTML_DROP_TAGS and not _post_aside(el, tag, class_mode):
        return _NORMAL if _swallows_page(el, page_chars) else _DROP
    if tag in ("html", "body", "main", "article"):
        return _NORMAL
    # A link's class names what it does ("popup" glossary notes), not a part of the page: its
    # words are the sentence's (after readability, which never drops a link by its class).
    if (class_mode == _DROP and tag != "a" and _small(el)) or (
        _widget(el, tag) and _few_words(el)
    ):
        return _DROP
    if class_mode == _DROP and _sidebar(el):
        # Too large to drop: its prose ("About this blog", a disclaimer) is the site's, unless
        # it holds most of the page (a sidebar left open around the article).
        return _NORMAL if _swallows_page(el, page_chars) else _FURNITURE
    # A form around the whole page (ASP.NET's <form id="aspnetForm">) is no comment form.
    if class_mode == _FURNITURE or (
        tag in lexicon.HTML_FURNITURE_TAGS and (tag != "form" or _small(el))
    ):
        return _FURNITURE
    return _NORMAL


def _sidebar(el: etree._Element) -> bool:
    """Whether an element's class or id names a sidebar itself, not a layout beside one (one
    too large to drop: its prose is then furniture, unless it holds most of the page's text)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return lexicon.HTML_SIDEBAR_CLASS_RE.search(names) is not None


def _post_aside(el: etree._Element, tag: str, class_mode: int) -> bool:
    """Whether an ``<aside>`` is the post itself by its class (``class="blogPost"``): some
    sites lay out every box of the page, the article too, as asides."""
    if tag != "aside" or class_mode == _FURNITURE:
        return False
    return lexicon.HTML_POST_ASIDE_CLASS_RE.search((el.get("class") or "").lower()) is not None


def _heading_anchor(el: etree._Element, ident: str) -> bool:
    """Whether an id is the slug of the element's own heading (documentation generators and
    Markdown renderers name each section after its title: ``id="sharing-with-a-team"``), which
    says what the section is about, not what part of the page it is."""
    if ident.count("-") < _ANCHOR_MIN_WORDS - 1:
        return False
    for child in el.iterchildren(*_HEADING_LEVELS):
        words = lexicon.WORD_RE.findall(text_of(child).lower())
        return "-".join(words) == ident.lower()
    return False


def _swallows_page(el: etree._Element, page_chars: int) -> bool:
    """Whether an element holds most of the page's text: an unclosed ``<nav>`` or ``<aside>``
    that the parser let run to the end of the page, around the article."""
    return len(text_of(el)) > _SWALLOW_SHARE * page_chars


def _widget(el: etree._Element, tag: str) -> bool:
    """Whether an element is an interactive control (a player's buttons and settings menus, a
    carousel's arrows): it takes the keyboard focus (``tabindex`` of 0 or more) or has a
    widget's ARIA role."""
    if tag not in lexicon.HTML_WIDGET_HOST_TAGS:
        return False
    role = el.get("role")
    if role and role.strip().lower() in lexicon.HTML_WIDGET_ROLES:
        return True
    focus = el.get("tabindex")
    return focus is not None and focus.strip().isdigit()


def _few_words(el: etree._Element) -> bool:
    """Whether an element holds little text, white space not counted (a player's nested menus
    are mostly indentation)."""
    return sum(map(len, text_of(el).split())) < _DROP_MAX_CHARS


def _small(el: etree._Element) -> bool:
    return len(text_of(el)) < _DROP_MAX_CHARS


_BLOCK_TAGS = lexicon.HTML_BLOCK_TAGS

#: The tags :func:`_own_mode` decides anything for when the class says nothing: every other
#: element of a plain class is normal.
_MODE_TAGS = (
    lexicon.HTML_DROP_TAGS
    | lexicon.HTML_WIDGET_HOST_TAGS
    | lexicon.HTML_FURNITURE_TAGS
    | frozenset(("html", "body", "main", "article"))
)


class _Walker:
    """One pass over the tree in document order, cutting the text into blocks."""

    def __init__(self, page_chars: int) -> None:
        self.page_chars = page_chars
        self.raws: list[_Raw] = []
        self.nodes: list[_Node] = []
        self.ends: list[int] = []
        self.stack: list[int] = []
        self.modes: list[int] = [_NORMAL]
        self.furniture_at: list[int] = [-1]
        self.block_tags: list[str] = ["body"]
        self.fragments: list[str] = []
        #: Link characters since each ``<br>`` of the open block (the first since its start).
        self.link_pieces: list[int] = [0]
        self.link_depth = 0
        #: Whether the open block holds a link to a place on the page itself.
        self.anchored = False
        self.titled: list[bool] = [False]
        #: How many list items are open around the current block.
        self.items = 0

    def class_clues(self, el: etree._Element) -> tuple[int, bool, bool]:
        names, ident = el.get("class"), el.get("id")
        if ident and _heading_anchor(el, ident):
            ident = None
        if not names:
            if not ident:
                return _NORMAL, False, False
            names = ident
        elif ident:
            names = f"{names} {ident}"
        return _names_clues(names)

    def start(self, el: etree._Element, tag: str) -> int:
        """Open an element; returns its own mode (its subtree is skipped when dropped)."""
        index = len(self.nodes)
        class_mode, titled, firm = self.class_clues(el)
        if class_mode == _NORMAL and tag not in _MODE_TAGS:
            own = _NORMAL  # most elements: nothing in _own_mode applies to them
        else:
            own = _own_mode(el, tag, class_mode, self.page_chars)
        # Furniture by its tag (<footer>, <form>) or a sidebar's class is firm.
        firm = firm or own != class_mode
        stack = self.stack
        self.nodes.append(_Node(stack[-1] if stack else -1, own, firm, tag))
        self.ends.append(index)
        if tag in _BLOCK_TAGS:
            if self.fragments:
                self.flush()
            self.block_tags.append(tag)
        elif tag == "br":
            self.fragments.append(_BR)
            self.link_pieces.append(0)
        elif tag == "a":
            self.link_depth += 1
            # Only a heading's in-page links are looked at (see _teasers).
            if self.block_tags[-1] in _HEADING_LEVELS and (el.get("href") or "").startswith("#"):
                self.anchored = True
        stack.append(index)
        modes = self.modes
        modes.append(own if own > modes[-1] else modes[-1])
        self.furniture_at.append(index if own == _FURNITURE else self.furniture_at[-1])
        self.titled.append(titled or self.titled[-1])
        if tag == "li":
            self.items += 1
        if own == _DROP:
            return _DROP
        text = el.text
        if text:
            self.add(text)
        return own

    def end(self, el: etree._Element, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            if self.fragments:
                self.flush()
            self.block_tags.pop()
        elif tag == "a":
            self.link_depth -= 1
        index = self.stack.pop()
        self.ends[index] = len(self.nodes) - 1
        self.modes.pop()
        self.furniture_at.pop()
        self.titled.pop()
        if tag == "li":
            self.items -= 1
        tail = el.tail
        if tail:
            self.add(tail)

    def add(self, text: str) -> None:
        self.fragments.append(text)
        if self.link_depth:
            self.link_pieces[-1] += len(text.strip())

    def flush(self) -> None:
        if not self.fragments:
            return
        joined = "".join(self.fragments)
        self.fragments = []
        link_pieces, self.link_pieces = self.link_pieces, [0]
        anchored, self.anchored = self.anchored, False
        if joined.isspace():
            return  # most flushes: the indentation between two block tags
        if _BR not in joined:
            self.add_raw(_normalise(joined), link_pieces[0], anchored)
            return
        # Paragraphs split at "<br><br>" (two <br> with only white space between) each count
        # the links since their own start.
        lines = joined.split(_BR)
        first = lines[0].split()
        lead = " ".join(first) if first and link_pieces[0] >= sum(map(len, first)) else ""
        piece, links, broken = [lines[0]], link_pieces[0], False
        for index, (line, line_links) in enumerate(zip(lines, link_pieces, strict=False)):
            if index == 0:
                continue
            if not line.strip() and index < len(lines) - 1:
                broken = True
            elif broken:
                self.add_raw(_normalise(" ".join(piece)), links, anchored, lead)
                piece, links, broken, lead = [line], line_links, False, ""
            else:
                piece.append(line)
                links += line_links
        self.add_raw(_normalise(" ".join(piece)), links, anchored, lead)

    def add_raw(self, text: str, link_chars: int, anchored: bool, lead: str = "") -> None:
        if not text:
            return
        self.raws.append(
            _Raw(
                text,
                self.stack[-1] if self.stack else 0,
                self.block_tags[-1],
                _HEADING_LEVELS.get(self.block_tags[-1], 0),
                min(1.0, link_chars / len(text)),
                self.modes[-1],
                self.furniture_at[-1],
                self.titled[-1],
                self.items > 0,
                anchored,
                lead if lead != text else "",
            )
        )


def _normalise(text: str) -> str:
    """White space folded to single spaces, ends stripped, invisible characters removed."""
    return " ".join(text.translate(_INVISIBLE_TABLE).split())


def _walk(top: etree._Element) -> tuple[list[_Raw], list[_Node], list[int]]:
    walker = _Walker(len(text_of(top)))
    events = etree.iterwalk(top, events=("start", "end"))
    start, end = walker.start, walker.end
    for event, el in events:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        # libxml2's HTML parser gives tag names in lower case already.
        if event == "end":
            end(el, tag if tag.islower() else tag.lower())
        elif start(el, tag if tag.islower() else tag.lower()) == _DROP:
            events.skip_subtree()
    walker.flush()
    return walker.raws, walker.nodes, walker.ends


class _Words(NamedTuple):
    """How many words a block has, and how many of them are stop words."""

    words: int
    stops: int


def _word_counts(raws: list[_Raw]) -> list[_Words | None]:
    """The words of every block that is not a link list (``None`` for those), counted once
    for the page's language and each block's prose test."""
    counts: list[_Words | None] = []
    is_stop = lexicon.STOP_WORDS.__contains__
    for raw in raws:
        if raw.link_density > _LINK_HEAVY:
            counts.append(None)
            continue
        tokens = lexicon.WORD_RE.findall(raw.text.lower())
        counts.append(_Words(len(tokens), sum(map(is_stop, tokens))))
    return counts


def _english(raws: list[_Raw], counts: list[_Words | None]) -> bool:
    words = stops = 0
    for raw, count in zip(raws, counts, strict=True):
        if count is not None and raw.link_density < _LINK_HEAVY:
            words += count.words
            stops += count.stops
    return words > 0 and stops / words >= _ENGLISH_MIN_STOP_SHARE


def _weight(raw: _Raw, count: _Words | None, english: bool) -> float:
    """How much a block looks like running prose (positive) or like page furniture (negative)."""
    size = len(raw.text)
    if count is None:  # a link list
        return -float(size)
    share = _PROSE_SHARE.get(raw.tag, 0.0)
    if raw.listed:
        share = min(share, _PROSE_SHARE["li"])
    if share and _prose(raw.text, count, english):
        return share * size * (1.0 - raw.link_density)
    return _OTHER_WEIGHT * size


def _prose(text: str, count: _Words, english: bool) -> bool:
    if not english:
        unspaced = len(text) > _UNSPACED_WORD_CHARS * max(1, count.words)
        return count.words >= _PROSE_MIN_WORDS or (
            unspaced and len(text) >= _PROSE_MIN_CHARS_UNSPACED
        )
    if count.words < _PROSE_MIN_WORDS:
        return False
    return count.stops / count.words >= _PROSE_MIN_STOP_SHARE


def _best(scores: list[float]) -> int:
    best = 0
    for index, score in enumerate(scores):
        if score > scores[best]:
            best = index
    return best


def _container(
    raws: list[_Raw], nodes: list[_Node], ends: list[int], weights: list[float]
) -> _Choice:
    """The element holding the main content, and how far the furniture marks hold.

    Scored three ways, each a fallback for the one before: prose outside furniture; any text
    outside furniture (pages with no prose, only a headline and a byline); all text. A furniture
    class on an element that holds most of the page's prose (``<div class="above-footer">``
    around the article) is overruled, unless it is firm (see :func:`_class_clues`).
    """
    overruled = _overruled(raws, nodes, weights)
    prose = [0.0] * len(nodes)
    plain = [0.0] * len(nodes)
    everything = [0.0] * len(nodes)
    for raw, weight in zip(raws, weights, strict=True):
        everything[raw.owner] += weight
        if weight < 0 or _normal(raw, overruled):
            prose[raw.owner] += weight
            plain[raw.owner] += abs(weight) if raw.link_density <= _LINK_HEAVY else weight
    for scores in (prose, plain, everything):
        _sum_subtrees(scores, nodes)
    for scores in (prose, plain):
        best = _best(scores)
        parent = nodes[best].parent
        if (
            nodes[best].tag in _LEAF_TAGS
            and parent >= 0
            and scores[parent] > -_LEAF_PARENT_SLACK * scores[best]
        ):
            best = parent
        if scores[best] > 0:
            return _Choice(best, True, overruled, _with_siblings(best, scores, nodes, ends))
    best = _best(everything)
    return _Choice(best, False, overruled, ((best, ends[best]),))


def _with_siblings(
    best: int, scores: list[float], nodes: list[_Node], ends: list[int]
) -> tuple[tuple[int, int], ...]:
    """The container's range and those of its siblings that hold prose of their own (an intro
    paragraph beside the article's table or list), after readability's sibling step."""
    parent = nodes[best].parent
    if parent < 0 or nodes[best].tag == "article":
        return ((best, ends[best]),)
    ranges = []
    index = parent + 1
    while index <= ends[parent]:
        if index == best or scores[index] >= _SIBLING_MIN_PROSE:
            ranges.append((index, ends[index]))
        index = ends[index] + 1
    return tuple(ranges)


def _normal(raw: _Raw, overruled: frozenset[int]) -> bool:
    return raw.mode == _NORMAL or (raw.mode == _FURNITURE and raw.furniture_at in overruled)


def _overruled(raws: list[_Raw], nodes: list[_Node], weights: list[float]) -> frozenset[int]:
    """Furniture elements, by a class that may be a wrapper's, that hold most of the prose."""
    positive = [0.0] * len(nodes)
    for raw, weight in zip(raws, weights, strict=True):
        if weight > 0:
            positive[raw.owner] += weight
    _sum_subtrees(positive, nodes)
    total = positive[0] if positive else 0.0
    return frozenset(
        index
        for index, node in enumerate(nodes)
        if node.own_mode == _FURNITURE
        and not node.firm
        and positive[index] > max(_WRAPPER_SHARE * total, _WRAPPER_MIN_PROSE)
    )


def _sum_subtrees(scores: list[float], nodes: list[_Node]) -> None:
    """Add each element's score into its parent's (children come after parents)."""
    for index in range(len(nodes) - 1, 0, -1):
        parent = nodes[index].parent
        if parent >= 0:
            scores[parent] += scores[index]


def _prose_span(raws: list[_Raw], choice: _Choice, weights: list[float]) -> tuple[int, int]:
    """Positions of the first and the last prose block of the content."""
    inside = [
        i
        for i, raw in enumerate(raws)
        if raw.mode == _NORMAL
        and any(a <= raw.owner <= b for a, b in choice.ranges)
        and weights[i] > 0
    ]
    return (inside[0], inside[-1]) if inside else (-1, -1)


def _row_has_prose(raws: list[_Raw], weights: list[float], position: int) -> bool:
    """Whether a table cell is followed, in its row's reach, by a cell of prose (a film's linked
    title, then its year, then a sentence about it)."""
    if lexicon.HTML_COMMENT_WORD_RE.search(raws[position].text):
        return False  # "Comment on this article": a prompt, not the row's name
    return any(
        raws[index].tag in _CELL_TAGS and weights[index] > 0
        for index in range(position + 1, min(len(raws), position + 1 + _ROW_REACH))
    )


def _is_junk(raw: _Raw, sandwiched: bool = False) -> bool:
    """Link lists, ad labels, credits and "Read more" lines; a list of links between the
    article's paragraphs (a table of contents, "Learn more about ...") is the article's."""
    if raw.link_density > _LINK_HEAVY and raw.heading != 1 and not sandwiched:
        return True
    return bool(lexicon.HTML_JUNK_BLOCK_RE.match(raw.text))


def _furniture_inside(raw: _Raw, top: int, choice: _Choice, nodes: list[_Node]) -> bool:
    """Whether a block in the content sits in furniture that is itself inside the content
    (``top`` is the element of the content's range that holds the block)."""
    if choice.trusted:
        return raw.furniture_at >= top and raw.furniture_at not in choice.overruled
    index, steps = raw.owner, 0
    while index > top and steps < _MAX_CLIMB:
        if nodes[index].own_mode == _FURNITURE:
            return True
        index, steps = nodes[index].parent, steps + 1
    return False


def _select(
    raws: list[_Raw], nodes: list[_Node], choice: _Choice, headline: int, weights: list[float]
) -> tuple[Block, ...]:
    if not raws:
        return ()
    last = max(end for _, end in choice.ranges)
    first_prose, last_prose = _prose_span(raws, choice, weights)
    blocks: list[Block] = []
    teasers = _teasers(raws, headline)
    for position, raw in enumerate(raws):
        top = next((start for start, end in choice.ranges if start <= raw.owner <= end), -1)
        sandwiched = first_prose < position < last_prose and (
            raw.tag == "li" or (raw.tag in _CELL_TAGS and _row_has_prose(raws, weights, position))
        )
        if position == headline:
            # The headline is marked a level-1 heading wherever it stood (a bold line, a cell).
            blocks.append(attrs.evolve(_block(raw, furniture=False), heading=raw.heading or 1))
        elif top >= 0 and raw.mode != _DROP and not _is_junk(raw, sandwiched):
            furniture = position in teasers or _furniture_inside(raw, top, choice, nodes)
            blocks.append(_block(raw, furniture))
        elif (
            raw.owner > last
            and raw.mode == _FURNITURE
            and not _normal(raw, choice.overruled)
            and not _is_junk(raw)
        ):
            blocks.append(_block(raw, furniture=True))
    return tuple(_trim_trailing_headings(_cut_at_section_marker(_mark_label_runs(blocks))))


def _teasers(raws: list[_Raw], headline: int) -> frozenset[int]:
    """Teasers: the short paragraph under each linked heading (another story's headline, a
    link to it) where such pairs follow one another (a "More opinion" box of
    headline-and-standfirst pairs). The headline itself may link to the story's own address,
    and a section heading may link to its own place on the page (``href="#setup"``)."""
    pairs = [
        index
        for index, raw in enumerate(raws[:-1])
        if raw.heading
        and index != headline
        and raw.link_density > _LINK_HEAVY
        and not raw.anchored
        and not raws[index + 1].heading
        and raws[index + 1].link_density <= _LINK_HEAVY
        and len(raws[index + 1].text) <= _TEASER_MAX_CHARS
    ]
    found: set[int] = set()
    for first, second in itertools.pairwise(pairs):
        if second == first + 2:
            found.update((first + 1, second + 1))
    return frozenset(found)


def _is_label(block: Block) -> bool:
    """A scrap of text that is no line of the article: a chart's axis label, a player's setting
    ("$915", "’17", "Font Size"); list items and table cells are the article's own lists."""
    return (
        not block.furniture
        and not block.heading
        and block.tag not in _LIST_TAGS
        and len(block.text) <= _LABEL_MAX_CHARS
        and block.text[-1] not in ".!?:"
    )


def _mark_label_runs(blocks: list[Block]) -> list[Block]:
    """Runs of many labels in a row (a chart, a player's controls) are furniture."""
    out = list(blocks)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and _is_label(out[end]):
            end += 1
        if end - start >= _LABEL_RUN:
            out[start:end] = [_as_furniture(b) for b in out[start:end]]
        start = end + 1
    return out


def _ends_article(text: str, prompt: bool, body_chars: int) -> bool:
    """Whether a block opens what follows the article: a comment heading or a copyright line
    after enough body, or after any body a heading that only a comment section has."""
    if prompt and body_chars > 0 and lexicon.HTML_COMMENT_SECTION_HEADING_RE.match(text):
        return True
    if body_chars < _MARKER_MIN_BODY[0]:
        return False
    if prompt and lexicon.HTML_COMMENTS_MARKER_RE.match(text):
        return True
    return lexicon.HTML_COPYRIGHT_LINE_RE.match(text) is not None


def _cut_at_section_marker(blocks: list[Block]) -> list[Block]:
    """Sections that no class marks: from a "Comments" heading or a copyright line after the
    body on, everything is furniture; a "Related stories" / "Most read" heading and the short
    lines after it are."""
    out = list(blocks)
    body_chars, in_box, furniture_after = 0, False, False
    for index, block in enumerate(blocks):
        if block.furniture:
            furniture_after = furniture_after or (
                body_chars >= _MARKER_MIN_BODY[1]
                and lexicon.HTML_COMMENT_WORD_RE.search(block.text) is not None
            )
            continue
        short = bool(block.heading) or len(block.text) <= _MARKER_MAX_CHARS
        prompt = bool(block.heading) or len(block.text) <= _PROMPT_MAX_CHARS
        if _ends_article(block.text, prompt, body_chars):
            return out[:index] + [_as_furniture(b) for b in blocks[index:]]
        if (
            body_chars >= _MARKER_MIN_BODY[1]
            and short
            and lexicon.HTML_RELATED_MARKER_RE.match(block.text)
        ):
            if furniture_after:
                # Right after the comment section that follows the body, a related box opens
                # what follows the article: a stream of teasers to the end of the page.
                return out[:index] + [_as_furniture(b) for b in blocks[index:]]
            in_box = True
        elif not short and block.link_density < _LINK_HEAVY:
            in_box = False
            body_chars += len(block.text)
        furniture_after = False
        if in_box:
            out[index] = _as_furniture(block)
    return out


def _as_furniture(block: Block) -> Block:
    return attrs.evolve(block, furniture=True)


def _headline_index(
    raws: list[_Raw], container: int, declared: str | None, title: str, weights: list[float],
    *, captions: frozenset[str] = frozenset(),
) -> int:
    """The block that is the article's headline, or -1.

    With a declared headline, the heading that reads the same. Otherwise the heading nearest
    before the start of the body that shares most of its words with ``<title>``, else the
    nearest ``<h1>`` (``<h2>``, ``<h3>``) before the body, else a short line just before it;
    never an image's caption or credit (``captions``, or a line with ``©``).
    """
    if not raws:
        return -1
    start = _body_start(raws, container, weights)
    window = range(start, max(-1, start - _HEADLINE_LOOKBACK), -1)
    lines = [
        i
        for i in window
        if raws[i].mode != _DROP
        and _MIN_HEADLINE_CHARS <= len(raws[i].text) <= _MAX_HEADLINE_CHARS
        and not _is_caption(raws[i].text, captions)
        and not is_date_only(raws[i].text)
        and not lexicon.HTML_META_BYLINE_START_RE.match(raws[i].text)
    ]
    headings = [i for i in lines if 0 < raws[i].heading <= 3]
    if declared:
        # An <h1> by letters and digits (it may carry a link mark, "¶", or other punctuation
        # than the declared title); a deeper heading by its text, as the shared roles find the
        # headline block (by level 1 or by text).
        wanted, key = declared.lower(), match_key(declared)
        return next(
            (
                i
                for i in headings
                if raws[i].text.lower() == wanted
                or (raws[i].heading == 1 and match_key(raws[i].text) == key)
            ),
            -1,
        )
    title_words = set(lexicon.WORD_RE.findall(title.lower()))
    for i in lines:
        if raws[i].mode == _FURNITURE:
            continue  # a masthead's name in a search form or a share bar
        words = lexicon.WORD_RE.findall(raws[i].text.lower())
        # A plain line of links (a breadcrumb, the site's logo) that <title> holds only in
        # part is the site or its section; a linked headline is a heading, headline-classed,
        # or all of the title.
        plain_links = raws[i].link_density > _LINK_HEAVY and not (
            raws[i].heading or raws[i].titled
        )
        cover = 1.0 if plain_links else _TITLE_COVER
        if len(words) >= 2 and (
            sum(w in title_words for w in words) / len(words) >= _TITLE_OVERLAP
            and len(set(words) & title_words) / len(title_words) >= cover
        ):
            return i
    near = [i for i in lines if raws[i].titled or 0 < raws[i].heading <= _NEAR_HEADING_LEVEL]
    if near:
        return near[0]
    line = _line_before_body(raws, start, weights, captions)
    if line >= 0:
        return line
    # A deeper heading just above the body, linked or not (a blog's <h4><a>post title</a>).
    return next((i for i in lines if raws[i].heading and start - i < _LINE_LOOKBACK), -1)


def _shown(raws: list[_Raw], container: int, weights: list[float], headline: str) -> bool:
    """Whether the page shows the headline as such: a heading or a headline-classed block
    reads as it, or a block just before the body (or the body's first) holds it."""
    key = match_key(headline)
    if any((raw.heading or raw.titled) and match_key(raw.text) == key for raw in raws):
        return True
    start = _body_start(raws, container, weights)
    return any(
        key in match_key(raws[i].text)
        for i in range(min(start, len(raws) - 1), max(-1, start - _HEADLINE_LOOKBACK), -1)
    )


def _headline_text(raw: _Raw, title: str) -> str:
    """The headline block's text, a date glued after it cut off where <title> does not hold
    that date too ("Weekly Edition for March 26, 2015"), and a linked line before it (the
    section's name) too. A deeper heading keeps its text: the shared roles find the headline
    block by its text or by level 1."""
    if raw.heading > 1 or match_key(raw.text) in match_key(title):
        return raw.text
    text = raw.text
    if raw.lead and not raw.heading:
        # A section's link on the line before: "Top Stories" <br> "Tributes paid to ...".
        rest = text[len(raw.lead) :].strip()
        if len(rest.split()) >= _LINE_WORDS[0] and text.startswith(raw.lead):
            text = rest
    return cut_glued_tail(text)


def _is_caption(text: str, captions: frozenset[str]) -> bool:
    return text in captions or lexicon.HTML_META_CREDIT_RE.search(text) is not None


def _line_before_body(
    raws: list[_Raw], start: int, weights: list[float], captions: frozenset[str]
) -> int:
    """A headline that is no heading: the line of a few words, not a date and not ending in a
    full stop, standing just before the body (or opening it, with prose after it)."""
    first = start
    if not any(weight > 0 for weight in weights[start + 1 : start + 1 + _LINE_LOOKBACK]):
        first = start - 1  # the body's only prose near its start is the body, no headline
    for index in range(first, max(-1, start - _LINE_LOOKBACK), -1):
        raw = raws[index]
        if raw.mode != _NORMAL or raw.link_density > _LINK_HEAVY or _is_caption(
            raw.text, captions
        ):
            continue
        # A date glued after the headline ("Storm hits coast Sat, 29 Dec 2007") is cut.
        text = cut_glued_tail(raw.text)
        if lexicon.HTML_DATE_LINE_RE.search(text) or lexicon.HTML_NOT_HEADLINE_RE.match(text):
            continue
        # Words that hold letters or digits: "[-] Text [+]" (a text-size control) is one.
        words = sum(1 for word in text.split() if lexicon.WORD_RE.search(word))
        if _LINE_WORDS[0] <= words <= _LINE_WORDS[1] and text[-1] not in ".:!|>":
            return index
    return -1


def _body_start(raws: list[_Raw], container: int, weights: list[float]) -> int:
    """Index of the first prose block in the container (or of the first block in it)."""
    first = -1
    for index, raw in enumerate(raws):
        if raw.owner >= container and raw.mode != _DROP:
            first = index if first < 0 else first
            if weights[index] > 0:
                return index
    return max(first, 0)


def _block(raw: _Raw, furniture: bool) -> Block:
    return Block(
        text=raw.text,
        tag=raw.tag,
        heading=raw.heading,
        link_density=round(raw.link_density, 3),
        furniture=furniture,
    )


def _trim_trailing_headings(blocks: list[Block]) -> list[Block]:
    """Headings with no body after them ("Comments", "Related stories") become furniture."""
    out = list(blocks)
    seen_body = False
    for index in range(len(out) - 1, -1, -1):
        block = out[index]
        if block.furniture:
            continue
        if block.heading and not seen_body and block.heading != 1:
            out[index] = _as_furniture(block)
        elif not block.heading:
            seen_body = True
    return out
