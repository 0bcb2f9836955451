"""Whole-page text: find the article among the menus, lists and comments a page printed.

Text flattened from a web page (Common Crawl WET files, ``lynx -dump``, a browser's select-all
copy) holds the article among navigation, share prompts, "Most read" lists, comments and
footers, one block per line. The rules here find it from the text alone:

1. **Is it a page?** Only text with page furniture in it (navigation words such as "Home",
   "Sign in" or "Privacy Policy" on lines of their own, short lines that open a comment
   section or a list of links, long runs of short lines) or with the page's title, site
   name and all, kept above its headline is read this way; a clean article never is, so
   its figures do not move.
2. **Each block is classified** by its length and its share of function words, after jusText
   (Pomikálek 2011): long blocks of running prose are *good*, short ones *short*, medium ones
   with enough function words *near-good*, the rest and anything worded as furniture *bad*.
3. **Context** settles the short and near-good ones: a short block between good ones (a
   sub-heading, a one-line paragraph, a short list) is good, a near-good block next to a
   good one is good, and so are the items of a list of sentences that a line ending in a
   colon introduces.
4. **The article is the largest cluster** of good blocks, measured in characters, that no
   section marker ("Comments", "Related articles", "Most read") or comment header of a thread
   (a run of author-and-time lines with prose between) interrupts and that does not follow a
   comment section; it goes on past an inline box or a run of blocks with little text, and
   begins earlier past such a run (a lead above a table of contents).
   A page with no such cluster (a photo or a video post) gives the few blocks under the
   title's repeat.
5. **The headline** is the repeat of the title above the article, else the nearest
   title-like block above it (not a date, a credit, a bar of tools or a photo's caption
   under the headline), and a byline there is the byline. Everything outside the article,
   and the bad blocks inside it, is boilerplate.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Literal

import attrs

from articlekit.blocks import Block
from articlekit.boilerplate import is_boilerplate, worded_as_furniture
from articlekit.byline import parse_byline
from articlekit.lexicon import (
    ANY_SENTENCE_END_RE,
    CJK_RE,
    COMMENT_HEADER_BUTTONS,
    COMMENT_HEADER_LOWER_RES,
    COMMENT_HEADER_RE,
    COMMENT_HEADER_SPEECH,
    COMMENT_HEADER_SPEECH_END,
    COMMENT_MARKER_FIRST_CHARS,
    COMMENT_MARKER_LOWER_RE,
    COMMENT_MARKER_RE,
    COMMENT_WRITES_HEADER_RE,
    LIST_ITEM_RE,
    MARKUP_RE,
    NEWS_AGENCIES,
    PAGE_BREADCRUMB_RE,
    PAGE_CASELESS_MARKS,
    PAGE_CODE_LINE_RE,
    PAGE_CREDIT_END_RE,
    PAGE_DATE_LINE_RE,
    PAGE_LINK_LIST_RE,
    PAGE_LINK_SEPARATORS,
    PAGE_META_LINE_RE,
    PAGE_NAVIGATION_ANY_START_KEYS,
    PAGE_NAVIGATION_ANY_START_LOWER_RE,
    PAGE_NAVIGATION_FIXED_START_LOWER_RE,
    PAGE_NAVIGATION_RE,
    PAGE_NAVIGATION_RUN_RE,
    PAGE_PRINT_NOTE_RE,
    PAGE_SECTION_OPENER_RE,
    PAGE_TAG_SEPARATOR_RE,
    PAGE_TAGS_LINE_RE,
    PAGE_TOOL_SECTION_RE,
    PAGE_TOOL_WORDS,
    PAGE_WIRE_NAMES,
    SECTION_MARKER_FIRST_CHARS,
    SECTION_MARKER_LOWER_RE,
    SECTION_MARKER_RE,
    SENTENCE_END_RE,
    STOP_WORDS,
    TITLE_SEPARATOR_RE,
    WORD_RE,
)

Quality = Literal["good", "near", "short", "bad"]

#: Fewest lines worded as page navigation ("Home", "Sign in", "Privacy Policy") or as the
#: opening of a comment section or a list of links ("4 comments:", "Related posts") for a text
#: to be read as a whole page. Clean articles in the BBC, Reuters-21578 and PolNeAR sets have
#: at most one (a PolNeAR story's "Related" line); flattened news pages have dozens.
MIN_NAVIGATION_LINES = 2

#: The longest navigation line ("Subscribe to our newsletters", "Skip to main content") and
#: the longest line of links ("Home · News · Sport · ..."): longer blocks are not tested.
MAX_NAVIGATION_CHARS = 60
MAX_LINK_LIST_CHARS = 400

#: ... or one such line and a run this long of short lines that are not sentences (a menu, a
#: list of links). Tables in wire copy and lists in articles make runs as long, but come
#: without navigation.
MIN_MENU_RUN = 12

#: A short line for ``MIN_MENU_RUN``: at most this many words.
MAX_MENU_WORDS = 5

#: A line of tags ("Tags: a, b, c") has at least ``MIN_TAGS`` items of at most
#: ``MAX_TAG_WORDS`` words on average; fewer or longer, it is a sentence after a label.
MIN_TAGS = 3
MAX_TAG_WORDS = 4

#: jusText's length thresholds in characters (its defaults, LENGTH_LOW and LENGTH_HIGH): a
#: block shorter than the first is short, and only blocks longer than the second can be good.
SHORT_CHARS = 70
LONG_CHARS = 200

#: Function-word shares for near-good and good blocks. jusText's defaults are 0.30 and 0.32
#: with a list of about 300 English stop words; our list is half as long, and these values
#: were tuned on the L3S-GN1 and Dragnet pages (flattened) to separate the same blocks.
NEAR_STOP_SHARE = 0.25
GOOD_STOP_SHARE = 0.28

#: A page is in English when the function-word share of its longer blocks reaches this at
#: ``ENGLISH_PERCENTILE``: English prose has 0.35 to 0.5, navigation and lists of names 0.1 or
#: less, and other languages hardly any (French and Spanish share a few words: "a", "on",
#: "me"); the upper quartile of the pages in other languages of trafilatura-eval-en and
#: mozilla-readability stays below 0.12.
MIN_ENGLISH_STOP_SHARE = 0.15

#: The percentile of the longer blocks' function-word shares that decides the language: not
#: the median, since leftover script lines and lists of headlines can outnumber the article's
#: paragraphs on an English page (L3S-GN1).
ENGLISH_PERCENTILE = 0.75

#: Chinese, Japanese and Korean text says in one character what English says in about three.
CJK_WEIGHT = 3

#: A block of this many characters with at least ``NEAR_STOP_SHARE`` is good even if it is
#: shorter than ``LONG_CHARS`` when it ends like a sentence: news paragraphs are often one
#: sentence of 100 to 200 characters.
SENTENCE_CHARS = 100

#: Farthest a short or near-good block looks for a good or bad neighbour. A sub-heading or a
#: one-line paragraph stands next to prose; a block farther from any is in a menu or a list.
MAX_NEIGHBOUR_DISTANCE = 3

#: The distance to a neighbour that is not good (see ``_good_distances``): farther than any.
NO_GOOD_NEIGHBOUR = 1 << 30

#: A short block enclosed by good ones, with only short blocks between, is good as far as
#: this from both (sub-headings, captions, a short list between paragraphs).
MAX_ENCLOSED_DISTANCE = 6

#: ... and a block of prose (near-good, or a short sentence) as far as this.
MAX_ENCLOSED_PROSE_DISTANCE = 10

#: A list is the article's when it starts at most this many blocks after a good one ("Here is
#: the full changelog:" then the items), has at least ``MIN_LIST_ITEMS`` items, and at least
#: ``MIN_PROSE_ITEM_SHARE`` of them read as prose (a sentence, or function words).
MAX_LIST_GAP = 2
MIN_LIST_ITEMS = 3
MIN_PROSE_ITEM_SHARE = 0.5

#: Most short lines a block ending in a colon introduces as its list (the flattening drops
#: the bullets): recipes' steps and blog posts' lists run to a dozen.
MAX_INTRODUCED_ITEMS = 15

#: Most short lines between two good blocks, none of them furniture or a marker, that are
#: kept as the article's own (a recipe's ingredients, a list of steps under a sub-heading):
#: the Dragnet recipes' lists run to a dozen, as ``MAX_INTRODUCED_ITEMS`` has it.
MAX_ENCLOSED_RUN = MAX_INTRODUCED_ITEMS

#: A run of at most ``MAX_CODE_LINES`` blocks between two good ones, at least
#: ``MIN_CODE_SHARE`` of them lines of code, is a program listing in the article (the
#: mozilla-readability pages of developer blogs hold listings of 5 to 40 lines).
MAX_CODE_LINES = 60
MIN_CODE_SHARE = 0.5

#: Most blocks between two good ones for them to stay in one cluster; a longer gap of bad
#: blocks (a "Most read" box, a gallery) ends the article. Tuned on the L3S-GN1 pages.
MAX_GAP_BLOCKS = 15

#: The article goes on in a later cluster when at most this many blocks separate them and the
#: later one holds at least this many characters of prose: an inline box of links or a share
#: bar interrupts an article (Palm Beach Post, L3S-GN1), a list of teasers ends it.
MAX_MERGE_GAP = 20
MIN_MERGE_MASS = 1500

#: ... or, however many blocks separate them, when those hold at most this many characters
#: and no section marker, and the later cluster at least this many: the labels of a chart,
#: a table of contents or a gallery's captions interrupt an article (mozilla-readability's
#: New York Times pages), and say little. The later cluster must hold a paragraph of
#: ``MIN_LIGHT_MERGE_LONGEST`` characters: a news paragraph of one or two sentences has 150
#: and more, a reader poll's questions and quoted answers (L3S-GN1) about 100.
MAX_MERGE_GAP_CHARS = 600
MIN_LIGHT_MERGE_MASS = 500
MIN_LIGHT_MERGE_LONGEST = 150

#: A cluster after a section marker ("Related posts") with at least this many headlines per
#: paragraph is a list of teasers, not more of the article: an article has a sub-heading
#: every few paragraphs at most.
MIN_TEASER_SHARE = 0.4

#: ... or, however long the gap, when its blocks average at most ``MAX_TABLE_CELL_CHARS``
#: characters and hold no marker (a table's cells, a chart's labels), and the later cluster
#: holds ``MIN_TABLE_MERGE_MASS`` characters of prose: sections of a long article (an
#: encyclopedia's, mozilla-readability's Wikipedia pages) between tables.
MAX_TABLE_CELL_CHARS = 30
MIN_TABLE_MERGE_MASS = 3000

#: Fewest paragraphs above a repeat of the title inside the article's first blocks for them
#: to be its lead rather than a photo's caption.
MIN_LEAD_PARAGRAPHS = 2

#: Most headlines in an inline box of links that interrupts an article ("More about the
#: federal debt" and two links, mozilla-readability's New York Times pages).
MAX_INLINE_BOX_ITEMS = 3

#: A cluster just below the block that repeats the title is the article, if it holds at
#: least ``MIN_ANCHORED_MASS`` characters of prose: a share
#: widget that repeats the title below the article holds a line or two. (300 left out a blog
#: post of two sentences under its title, Dragnet; 200 took a share widget's line,
#: mozilla-readability's BuzzFeed page.)
MIN_ANCHORED_MASS = 250

#: A page can repeat the title more than once: above a teaser of the story at the top of a
#: stream, above the article, in a "Most read" box or a comment. The first repeat's cluster is
#: the article unless a later one's weighs this many times as much (a teaser is a paragraph;
#: the article, several). Tuned on mozilla-readability's Yahoo pages and Dragnet's comments.
LATER_ANCHOR_FACTOR = 5.0

#: ... and a cluster before any comment that no repeat opens is the article all the same when
#: the anchored one follows a comment section and the other weighs this many times as much:
#: the title repeated in a "Recent posts" list or a comment below the article anchors a
#: paragraph or two there.
UNANCHORED_FACTOR = 5.0

#: A cluster before any comment marker with this many characters of prose is an article, and
#: a longer thread of comments after it does not win. (Dragnet's blogs with a hundred
#: comments.)
MIN_ARTICLE_MASS = 1500

#: The repeat of the title within this many blocks of the article's first one starts the
#: article below it.
MAX_HEAD_SKIP = 6

#: A cluster after a comment marker counts for this share of its mass: comments are prose
#: too, but the article comes first. (A "Comments" tab above the article is a marker as
#: well, so the article is not excluded outright.) Any value from 0.27 to 0.31 gives the
#: same articles on the five sets; 0.4 let a long reply beat a short post (Dragnet R24) and
#: a stream of teasers beat the article (mozilla yahoo-3), 0.25 cut articles under a
#: "Recent Comments" box.
AFTER_COMMENTS_WEIGHT = 0.3

#: A bar of tools inside an article ("Loading...", "Comments", "Weigh In", "Corrections?")
#: holds at most this many blocks, each link at most ``MAX_TOOL_CHARS`` characters; a
#: comment marker in it is a link to the comments below, not their start.
MAX_TOOL_BAR_BLOCKS = 6
MAX_TOOL_CHARS = 20

#: A page with no cluster of prose holds a short post (a photo, a video, a line or two) under
#: its title's repeat: at most this many blocks of it are read, byline and date included.
#: Dragnet's blog pages of that kind hold one to four.
MAX_SHORT_POST_BLOCKS = 6

#: How far above the article, in blocks, the headline may stand (byline, date, share
#: buttons and a standfirst usually come between).
MAX_HEADLINE_DISTANCE = 12

#: Fewest words of a block that the page's title contains, for it to anchor the article:
#: three words or fewer is a site or section name more often than a headline. A block that
#: starts with the title's longest part may have one word fewer ("Forgiving your enemies").
MIN_ANCHOR_WORDS = 4

#: Farthest below the heading of a list of links ("Recent posts") that a repeat of the title
#: is an item of the list rather than the article's headline: sidebars list five to ten posts.
MAX_LIST_HEAD_DISTANCE = 10

#: Fewest words of a part of the title, other than its longest, that a short post's
#: heading repeats.
MIN_PART_WORDS = 2

#: A headline that starts with the title's headline part may run on past it by this much
#: (a comment count, "- Updated").
ANCHOR_SLACK_CHARS = 40

#: A candidate above the article most of whose words the page's title has is the headline,
#: however far it stands from the article; else the nearest candidate is.
MIN_TITLE_OVERLAP = 0.7

#: What a bar of links opens or ends with ("| Print | E-mail |"); a headline never does.
LINK_SEPARATORS = ("|", "·", "•")

#: ... and the candidate most of whose words the page's title has, as far as this above it
#: (a photo, its caption and credit, the byline, the date and a share bar between).
MAX_TITLED_HEADLINE_DISTANCE = 24

#: A line of at most ``MAX_TOOL_LINE_WORDS`` words, at least ``MIN_TOOL_WORD_SHARE`` of them
#: words of a page's tools, is a bar of tools or a prompt ("Send Text Message Print").
MAX_TOOL_LINE_WORDS = 8
MIN_TOOL_WORD_SHARE = 0.75

#: A short block ending in a colon or an exclamation mark is a label, not a headline.
MAX_LABEL_WORDS = 6

#: Farthest above the article, in blocks, that the block repeating the title is still its
#: headline (tags, share buttons, a byline and a photo caption can stand between).
MAX_ANCHOR_DISTANCE = 40

#: Most words of a line read as a person's name (a writer's, above the date).
MAX_NAME_WORDS = 3

#: Fewest and most words of a headline found above the article: a lone section name is not
#: one, nor is a standfirst paragraph.
MIN_HEADLINE_WORDS = 3
MAX_PAGE_HEADLINE_WORDS = 30


#: Longest block that can open a section ("Related articles", "12 Comments", "Tags: ...").
MAX_MARKER_CHARS = 250

#: Longest block that can be a comment's header (author, time, buttons).
MAX_COMMENT_HEADER_CHARS = 120

#: A comment thread is a run of at least this many comment headers, each at most
#: ``MAX_THREAD_GAP`` blocks from the next, with a sentence between at least half the
#: neighbouring pairs: a list of teasers with their times has headlines between, not prose.
#: Comments in the Dragnet and L3S-GN1 pages run to one to six blocks each.
MIN_THREAD_HEADERS = 3
MAX_THREAD_GAP = 10
MIN_THREAD_PROSE_SHARE = 0.5

#: The first header of a run is the article's own date line, not a comment's, when the prose
#: after it is this many times longer (in blocks) than the usual gap of the run.
LEADING_GAP_FACTOR = 2


@attrs.frozen
class PageRoles:
    """The role of each block of a whole page, as indices into the block sequence."""

    headline: int | None
    body: tuple[int, ...]


def is_navigation(text: str) -> bool:
    """Whether a block is page navigation: a menu word alone, or a list of short links."""
    return _is_navigation(text, lower_caseless(text))


def _is_navigation(text: str, lower: str | None) -> bool:
    """:func:`is_navigation`, given ``lower`` as :func:`lower_caseless` gives it."""
    length = len(text)
    if length <= MAX_NAVIGATION_CHARS and (
        _is_navigation_words(lower) if lower is not None else PAGE_NAVIGATION_RE.match(text)
    ):
        return True
    return (
        length <= MAX_LINK_LIST_CHARS
        and _has_link_separator(text)
        and PAGE_LINK_LIST_RE.fullmatch(text) is not None
    )


def _is_navigation_words(lower: str) -> bool:
    """Whether a line, lower-cased (see :func:`lower_caseless`), is navigation words
    (``PAGE_NAVIGATION_LOWER_RE``): the patterns that may start with any word are tried only
    when it holds their word."""
    if PAGE_NAVIGATION_FIXED_START_LOWER_RE.match(lower) is not None:
        return True
    for key in PAGE_NAVIGATION_ANY_START_KEYS:  # a loop: cheaper than any() over a generator
        if key in lower:
            return PAGE_NAVIGATION_ANY_START_LOWER_RE.match(lower) is not None
    return False


def _has_link_separator(text: str) -> bool:
    """Whether ``text`` holds a separator that a line of links needs: a cheap test that spares
    most blocks the pattern."""
    if text.isascii():  # the other separators are not ASCII
        return "|" in text or "/" in text
    return any(separator in text for separator in PAGE_LINK_SEPARATORS)


def lower_caseless(text: str) -> str | None:
    """``text`` lower-cased for the case-sensitive copies of the patterns, when they agree with
    the ``re.IGNORECASE`` ones on it: when it is ASCII but for marks that have no case
    (``PAGE_CASELESS_MARKS``: curly quotes, dashes, "©", "»"); else ``None``."""
    if text.isascii() or _as_ascii_words(text) is not None:
        return text.lower()
    return None


def page_furniture(texts: Sequence[str], lowers: Sequence[str | None]) -> list[bool]:
    """Which blocks are furniture by their wording: boilerplate or navigation."""
    return [
        worded_as_furniture(text, lower)
        or _is_navigation(text, lower)
        or (text[:1] in "AaTt" and PAGE_PRINT_NOTE_RE.match(text) is not None)
        for text, lower in zip(texts, lowers, strict=True)
    ]


def _is_menu_line(text: str) -> bool:
    return len(text.split()) <= MAX_MENU_WORDS and SENTENCE_END_RE.search(text) is None


def _longest_menu_run(blocks: Sequence[Block]) -> int:
    longest = run = 0
    for block in blocks:
        run = run + 1 if _is_menu_line(block.text) else 0
        longest = max(longest, run)
    return longest


def _is_page_marker(text: str) -> bool:
    """A line of page furniture: navigation, or a short line that opens a comment section or
    a section of links ("4 comments:", "Post a Comment", "Related posts", "Labels: ...")."""
    if is_navigation(text):
        return True
    return len(text) <= MAX_NAVIGATION_CHARS and (
        COMMENT_MARKER_RE.match(text) is not None or SECTION_MARKER_RE.match(text) is not None
    )


def is_page_text(blocks: Sequence[Block]) -> bool:
    """Whether ``blocks`` read from text look like a whole web page rather than an article."""
    furniture = 0
    for block in blocks:
        if _is_page_marker(block.text):
            furniture += 1
            if furniture >= MIN_NAVIGATION_LINES:
                return True
    if _repeats_title(blocks):
        return True  # a page's <title>, site name and all, kept above its headline
    return furniture > 0 and _longest_menu_run(blocks) >= MIN_MENU_RUN


def _repeats_title(blocks: Sequence[Block]) -> bool:
    """Whether a later block repeats the first line without a part of it: a page's
    ``<title>`` ("Storm floods towns | Daily Bugle") kept above its headline."""
    return any(len(blocks[i].text) < len(blocks[0].text) for i in _title_anchors(blocks))


#: For ASCII text encoded as bytes: every character that ``WORD_RE`` (``\w``) takes, lower
#: case, and a space for every other, so that splitting the translation gives the words of
#: ``WORD_RE.findall(text.lower())`` several times faster than the pattern does.
_ASCII_WORD_TABLE = bytes(
    (code | 0x20 if chr(code).isalpha() else code) if chr(code).isalnum() or code == 0x5F else 0x20
    for code in range(128)
) + b" " * 128

#: The function words as bytes, for the words found with ``_ASCII_WORD_TABLE``.
_STOP_WORD_BYTES = frozenset(word.encode() for word in STOP_WORDS if word.isascii())


def _as_ascii_words(text: str) -> str | None:
    """``text`` with ``PAGE_CASELESS_MARKS`` as spaces, when that leaves it ASCII; else
    ``None``. None of them is a word character, so the words are the same."""
    for mark in PAGE_CASELESS_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text if text.isascii() else None


def _stop_share(text: str) -> float:
    """The share of a block's words that are function words."""
    spaced = text if text.isascii() else _as_ascii_words(text)
    if spaced is not None:
        ascii_words = spaced.encode("ascii").translate(_ASCII_WORD_TABLE).split()
        if not ascii_words:
            return 0.0
        return sum(map(_STOP_WORD_BYTES.__contains__, ascii_words)) / len(ascii_words)
    words = WORD_RE.findall(text.lower())
    if not words:
        return 0.0
    return sum(map(STOP_WORDS.__contains__, words)) / len(words)


def _is_markup(text: str) -> bool:
    """Whether a block is markup printed as text (``MARKUP_RE``, whose every match opens with
    "<": the test spares the others the pattern)."""
    return text.startswith("<") and MARKUP_RE.match(text) is not None


def _is_tags_line(text: str) -> bool:
    """A line of a post's tags or categories, however long: "Tags:" and a list of short
    items ("Categories: Politics , Ohio , Election 2012"), not a sentence glued after it."""
    tags = PAGE_TAGS_LINE_RE.match(text)
    if tags is None:
        return False
    items = [item.split() for item in PAGE_TAG_SEPARATOR_RE.split(text[tags.end() :])]
    words = sum(len(item) for item in items)
    return len(items) >= MIN_TAGS and words <= MAX_TAG_WORDS * len(items)


def classify(text: str, furniture: bool, share: float) -> Quality:
    """The context-free quality of one block whose function-word share is ``share``."""
    if furniture or _is_markup(text):
        return "bad"
    length = len(text)
    if length < SHORT_CHARS:
        return "short"
    if _is_tags_line(text):
        return "bad"
    if share >= GOOD_STOP_SHARE and length >= LONG_CHARS:
        return "good"
    if share >= NEAR_STOP_SHARE and length >= SENTENCE_CHARS and SENTENCE_END_RE.search(text):
        return "good"
    # A paragraph that ends as a sentence but is light on function words (names, figures:
    # "Still, analysts at Morgan Stanley expect margins to recover by 2026.") is near-good too:
    # kept next to prose, as a sentence is, rather than cut out of the story.
    return "near" if share >= NEAR_STOP_SHARE or SENTENCE_END_RE.search(text) else "bad"


def classify_any_language(text: str, furniture: bool, share: float) -> Quality:
    """The quality of a block of a page not in English, where function words say nothing:
    length and sentence punctuation only (``share`` is ignored)."""
    if furniture or _is_markup(text):
        return "bad"
    length = len(text) * (CJK_WEIGHT if CJK_RE.search(text) else 1)
    if length < SHORT_CHARS:
        return "short"
    if _is_tags_line(text):
        return "bad"
    sentences = len(ANY_SENTENCE_END_RE.findall(text))
    if sentences and length >= LONG_CHARS:
        return "good"
    return "near" if sentences else "bad"


def _is_english(blocks: Sequence[Block], shares: Sequence[float]) -> bool:
    """Whether the page's longer blocks have the function words of English prose."""
    long_shares = sorted(
        s for b, s in zip(blocks, shares, strict=True) if len(b.text) >= SHORT_CHARS
    )
    if not long_shares:
        return True
    return long_shares[int(len(long_shares) * ENGLISH_PERCENTILE)] >= MIN_ENGLISH_STOP_SHARE


def _is_sentence(text: str) -> bool:
    """A block that reads as a sentence: it ends like one and has function words."""
    return SENTENCE_END_RE.search(text) is not None and _stop_share(text) >= NEAR_STOP_SHARE


def _good_distances(qualities: Sequence[Quality], step: int) -> list[int]:
    """For each block, how far its nearest good or bad neighbour in direction ``step`` is when
    that neighbour is good; ``NO_GOOD_NEIGHBOUR`` when it is bad or there is none.

    Past the ends the neighbour counts as bad: a long run of short blocks is a menu or a list
    of links, whatever stands around it. One pass, so the whole page costs linear time.
    """
    distances = [NO_GOOD_NEIGHBOUR] * len(qualities)
    order = range(len(qualities)) if step > 0 else range(len(qualities) - 1, -1, -1)
    nearest = -1  # index of the nearest decided block passed so far, -1 for none
    nearest_good = False
    for index in order:
        if nearest >= 0 and nearest_good:
            distances[index] = abs(index - nearest)
        quality = qualities[index]
        if quality in ("good", "bad"):
            nearest, nearest_good = index, quality == "good"
    return distances


def _settle(
    texts: Sequence[str],
    qualities: Sequence[Quality],
    sentences: Sequence[bool],
    markers: Sequence[Marker],
) -> list[bool]:
    """Decide the short and near-good blocks from their neighbours: ``True`` for good.

    A short block is good between two good ones; a near-good one, or a short one that is a
    sentence (a closing one-line paragraph), next to at least one good one.
    """
    before = _good_distances(qualities, 1)
    after = _good_distances(qualities, -1)
    settled: list[bool] = []
    for index, quality in enumerate(qualities):
        if quality in ("good", "bad"):
            settled.append(quality == "good")
            continue
        up, down = before[index], after[index]
        if quality == "short" and not sentences[index]:
            near = up <= MAX_NEIGHBOUR_DISTANCE and down <= MAX_NEIGHBOUR_DISTANCE
            enclosed = up <= MAX_ENCLOSED_DISTANCE and down <= MAX_ENCLOSED_DISTANCE
            # Farther from prose, a marker opens another section and a byline or a date line
            # heads another story.
            settled.append(
                near
                or (
                    enclosed
                    and not markers[index]
                    and PAGE_META_LINE_RE.search(texts[index]) is None
                )
            )
        else:  # next to a good block, or between two good ones a little farther
            settled.append(
                up <= MAX_NEIGHBOUR_DISTANCE
                or down <= MAX_NEIGHBOUR_DISTANCE
                or (up <= MAX_ENCLOSED_PROSE_DISTANCE and down <= MAX_ENCLOSED_PROSE_DISTANCE)
            )
    return settled


def _list_run(blocks: Sequence[Block], start: int) -> int:
    """The end (exclusive) of the run of list items and their sub-headings from ``start``."""
    end = start
    while end < len(blocks):
        text = blocks[end].text
        if not (LIST_ITEM_RE.match(text) or (text.endswith(":") and len(text) < SHORT_CHARS)):
            break
        end += 1
    return end


def _prose_list(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether the items of a list read as prose (sentences, or function words), unlike a
    menu or a list of links."""
    items = [b.text for b in blocks[start:end] if LIST_ITEM_RE.match(b.text)]
    if len(items) < MIN_LIST_ITEMS:
        return False
    prose = sum(1 for t in items if SENTENCE_END_RE.search(t) or _stop_share(t) >= NEAR_STOP_SHARE)
    return prose >= MIN_PROSE_ITEM_SHARE * len(items)


def _keep_lists(blocks: Sequence[Block], good: list[bool]) -> list[bool]:
    """Take the lists that continue a good block: an article's bulleted list is short lines,
    each of which alone would be left out."""
    index = 0
    while index < len(blocks):
        if (
            not good[index]
            and any(good[max(0, index - MAX_LIST_GAP) : index])  # near a good block
            and LIST_ITEM_RE.match(blocks[index].text)
        ):
            end = _list_run(blocks, index)
            if _prose_list(blocks, index, end):
                good[index:end] = [True] * (end - index)
            index = max(end, index + 1)
            continue
        index += 1
    return good


def _keep_introduced_lists(
    blocks: Sequence[Block], good: list[bool], qualities: Sequence[Quality]
) -> list[bool]:
    """Take the short lines that a block of prose ending in a colon introduces ("My plan went
    like this:"), and the block, when most read as sentences: a list whose bullets the
    flattening dropped."""
    for index in range(len(blocks) - 1):
        if qualities[index] not in ("good", "near") or not blocks[index].text.endswith(":"):
            continue
        end = index + 1
        while end < len(blocks) and end - index <= MAX_INTRODUCED_ITEMS:
            if qualities[end] not in ("short", "near"):
                break
            end += 1
        items = [blocks[i].text for i in range(index + 1, end)]
        prose = sum(1 for t in items if SENTENCE_END_RE.search(t))
        if len(items) >= MIN_LIST_ITEMS and prose >= MIN_PROSE_ITEM_SHARE * len(items):
            good[index:end] = [True] * (end - index)
    return good


def _keep_enclosed_runs(
    texts: Sequence[str],
    qualities: Sequence[Quality],
    markers: Sequence[Marker],
    good: list[bool],
) -> list[bool]:
    """Take a run of short lines with a good block right above and right below it (a list
    whose bullets the flattening dropped), when no line of it is bad, a marker, or a byline
    or date line (which heads another story)."""
    if True not in good:
        return good
    start = good.index(True) + 1
    while start < len(good):
        try:  # the run: from the first line after a good one that is not, to the next good one
            first = good.index(False, start)
            end = good.index(True, first)
        except ValueError:
            break
        if end - first <= MAX_ENCLOSED_RUN and all(
            qualities[i] != "bad" and not markers[i] and PAGE_META_LINE_RE.search(texts[i]) is None
            for i in range(first, end)
        ):
            good[first:end] = [True] * (end - first)
        start = end + 1
    return good


def _keep_code(
    blocks: Sequence[Block], good: list[bool], furniture: Sequence[bool], markers: Sequence[Marker]
) -> list[bool]:
    """Take the lines of a listing of code between two good blocks: a run of at most
    ``MAX_CODE_LINES`` blocks, at least ``MIN_CODE_SHARE`` of them code (PAGE_CODE_LINE_RE),
    with no furniture, marker or markup in it. The lines of a program are not prose, so each
    alone would be left out."""
    goods = [index for index, flag in enumerate(good) if flag]
    for left, right in itertools.pairwise(goods):
        if not 1 < right - left <= MAX_CODE_LINES + 1:
            continue
        run = range(left + 1, right)
        if any(_not_code(blocks[i].text, furniture[i], markers[i]) for i in run):
            continue
        code = sum(1 for i in run if PAGE_CODE_LINE_RE.search(blocks[i].text))
        if code >= MIN_CODE_SHARE * len(run):
            good[left + 1 : right] = [True] * len(run)
    return good


def _not_code(text: str, furniture: bool, marker: Marker) -> bool:
    """A block that no listing of code holds: furniture, a marker, or markup printed as text
    (an ad's script, which is code but not the article's)."""
    return furniture or bool(marker) or _is_markup(text)


def _is_comment_header(text: str, lower: str | None) -> bool:
    """Whether a block is a comment's header, given ``lower`` as :func:`lower_caseless` gives
    it."""
    if len(text) > MAX_COMMENT_HEADER_CHARS:
        return False
    if lower is not None:
        if _is_ascii_comment_header(lower):
            return True
        return "writes" in lower and COMMENT_WRITES_HEADER_RE.match(text) is not None
    if COMMENT_HEADER_RE.match(text) is not None:
        return True
    return "writes" in text.lower() and COMMENT_WRITES_HEADER_RE.match(text) is not None


def _is_ascii_comment_header(lower: str) -> bool:
    """``COMMENT_HEADER_RE`` on a line lower-cased (see :func:`lower_caseless`), one pattern
    at a time, each only when the line holds what every match of it holds (a time's colon,
    "ago", a closing "said", a button's word): a line matches the alternation iff it matches
    one of them."""
    patterns = COMMENT_HEADER_LOWER_RES
    if ":" in lower and patterns["time"].match(lower) is not None:
        return True
    if "ago" in lower and patterns["ago"].match(lower) is not None:
        return True
    end = lower.rstrip().rstrip(COMMENT_HEADER_SPEECH_END).rstrip()
    if end.endswith(COMMENT_HEADER_SPEECH) and patterns["says"].match(lower) is not None:
        return True
    if lower.startswith(COMMENT_HEADER_BUTTONS) and patterns["button"].match(lower) is not None:
        return True
    return ("reply" in lower or "permalink" in lower) and patterns["bar"].match(lower) is not None


def _thread_runs(headers: Sequence[int]) -> list[list[int]]:
    """The headers grouped into runs whose neighbours are at most ``MAX_THREAD_GAP`` apart."""
    runs: list[list[int]] = []
    for index in headers:
        if runs and index - runs[-1][-1] <= MAX_THREAD_GAP:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _heads(run: Sequence[int]) -> list[int]:
    """The first header of each comment: adjacent header lines ("Jane says:", then its
    date) head one comment."""
    return [index for k, index in enumerate(run) if k == 0 or run[k - 1] != index - 1]


def _is_thread(run: Sequence[int], blocks: Sequence[Block]) -> bool:
    """Whether a run of headers heads enough comments with prose between them."""
    heads = _heads(run)
    if len(heads) < MIN_THREAD_HEADERS:
        return False
    prose = sum(
        1
        for left, right in itertools.pairwise(heads)
        if any(SENTENCE_END_RE.search(blocks[i].text) for i in range(left + 1, right))
    )
    return prose >= MIN_THREAD_PROSE_SHARE * (len(heads) - 1)


def _without_lead(run: list[int]) -> list[int]:
    """The run without its first header when the prose after it is much longer than the
    other gaps: that header is the article's date line, the article its 'comment'."""
    heads = _heads(run)
    gaps = sorted(right - left for left, right in itertools.pairwise(heads[1:]))
    if not gaps:
        return run
    usual = gaps[len(gaps) // 2]
    if heads[1] - heads[0] > LEADING_GAP_FACTOR * usual:
        return [index for index in run if index >= heads[1]]
    return run


def comment_headers(blocks: Sequence[Block], lowers: Sequence[str | None]) -> list[bool]:
    """Which blocks head a comment of a thread (a run of author-and-time lines or reply
    buttons with prose between them); ``lowers`` as :func:`lower_caseless` gives them."""
    flags = [False] * len(blocks)
    headers = [
        i
        for i, (b, lower) in enumerate(zip(blocks, lowers, strict=True))
        if _is_comment_header(b.text, lower)
    ]
    for run in _thread_runs(headers):
        if _is_thread(run, blocks):
            for index in _without_lead(run):
                flags[index] = True
    return flags


@attrs.frozen
class _Cluster:
    first: int
    last: int
    mass: int  # characters of good blocks
    after_comments: bool
    longest: int  # characters of its longest good block
    floor: int = -1  # the last good block or marker before it, -1 for none


Marker = Literal["", "section", "comments", "opener"]


def _markers(
    blocks: Sequence[Block], thread: Sequence[bool], lowers: Sequence[str | None]
) -> list[Marker]:
    """Which blocks open a section that is not the article: ``"comments"`` for a comment
    section (a heading, a count, a prompt, a comment's header in a thread), ``"opener"``
    for a box of links that is never a sub-heading ("Related on HuffPost:"), ``"section"``
    for the others ("Related articles", "Most read")."""
    markers: list[Marker] = []
    for block, header, lower in zip(blocks, thread, lowers, strict=True):
        text = block.text
        if header:
            markers.append("comments")
        elif len(text) > MAX_MARKER_CHARS:
            markers.append("")
        elif (
            COMMENT_MARKER_RE.match(text)
            if lower is None
            else lower[:1] in COMMENT_MARKER_FIRST_CHARS and COMMENT_MARKER_LOWER_RE.match(lower)
        ):
            markers.append("comments")
        elif (
            SECTION_MARKER_RE.match(text)
            if lower is None
            else lower[:1] in SECTION_MARKER_FIRST_CHARS and SECTION_MARKER_LOWER_RE.match(lower)
        ):
            markers.append("section")
        elif text[-1:] == ":" and PAGE_SECTION_OPENER_RE.match(text):
            markers.append("opener")
        else:
            markers.append("")
    return markers


def _clusters(
    blocks: Sequence[Block], good: Sequence[bool], markers: Sequence[Marker]
) -> list[_Cluster]:
    """Runs of good blocks joined across short gaps that hold no section marker."""
    clusters: list[_Cluster] = []
    first = last = -1
    mass = longest = 0
    seen_comments = False
    cluster_after_comments = False
    floor = cluster_floor = -1
    for index, block in enumerate(blocks):
        marker = markers[index]
        if good[index]:
            if first < 0:
                first, mass, longest, cluster_after_comments = index, 0, 0, seen_comments
                cluster_floor = floor
            last = floor = index
            mass += len(block.text)
            longest = max(longest, len(block.text))
            continue
        if marker:
            floor = index
        if marker == "comments":
            seen_comments = seen_comments or first >= 0 or bool(clusters)
        if first >= 0 and (marker or index - last > MAX_GAP_BLOCKS):
            clusters.append(
                _Cluster(first, last, mass, cluster_after_comments, longest, cluster_floor)
            )
            first = -1
    if first >= 0:
        clusters.append(_Cluster(first, last, mass, cluster_after_comments, longest, cluster_floor))
    return clusters


def _weight(cluster: _Cluster) -> float:
    return cluster.mass * (AFTER_COMMENTS_WEIGHT if cluster.after_comments else 1.0)


def _title_head(title: str) -> str:
    """The title's longest part between site-name separators: its headline, usually."""
    return max(TITLE_SEPARATOR_RE.split(title), key=len)


def _title_anchors(blocks: Sequence[Block]) -> list[int]:
    """The blocks that repeat the page's title (its first line), where the flattening kept
    ``<title>``: the headline, with the article right below it.

    Every block that starts with the title's headline part counts (a page can repeat it in a
    teaser or a "Most read" box as well as above the article); if none does, the first block
    that is a part of the title (perhaps the site's name) does.
    """
    if len(blocks) < 2:
        return []
    title = blocks[0].text.casefold()
    title_head = _title_head(title)
    if len(WORD_RE.findall(title_head)) < MIN_ANCHOR_WORDS - 1:
        return []  # a site name, or too short to tell
    starting: list[int] = []
    found: int | None = None
    for index in range(1, len(blocks)):
        text = blocks[index].text
        if len(text) > len(title) + ANCHOR_SLACK_CHARS:
            continue  # longer than the title: neither in it nor its headline
        folded = text.casefold()
        starts = folded.startswith(title_head)
        if not (starts or (found is None and folded in title)):
            continue
        least = MIN_ANCHOR_WORDS - 1 if starts else MIN_ANCHOR_WORDS
        if len(WORD_RE.findall(folded)) < least:
            continue
        whole = folded == title and len(WORD_RE.findall(folded)) >= MIN_ANCHOR_WORDS
        if not (whole or _headline_candidate(text, sentence=folded == title_head)):
            continue  # (the whole title again may hold a date: "The Briefing, May 3, 2012")
        if starts:
            starting.append(index)  # the title's headline part itself: the best anchor
        else:
            found = index  # a part of the title: kept if nothing better
    if starting:
        return starting
    return [] if found is None else [found]


def _listed(blocks: Sequence[Block], index: int, markers: Sequence[Marker]) -> bool:
    """Whether a block is an item of a list of links under a section's heading ("Recent
    posts", "Most read"): such a heading stands at most ``MAX_LIST_HEAD_DISTANCE`` blocks
    above it with only other items between, and another item is under it. A share bar
    ("Share this:") or a line of tags above a headline is no such heading."""
    lowest = max(-1, index - 1 - MAX_LIST_HEAD_DISTANCE)
    heading = next((i for i in range(index - 1, lowest, -1) if markers[i] == "section"), None)
    if heading is None or PAGE_TOOL_SECTION_RE.match(blocks[heading].text) is not None:
        return False
    if index + 1 >= len(blocks) or not _list_item(blocks[index + 1].text):
        return False  # the list goes on under an item
    return all(_list_item(blocks[i].text) for i in range(heading + 1, index))


def _list_item(text: str) -> bool:
    """A line that can be an item of a list of links to posts: a short headline."""
    return (
        len(text) < SHORT_CHARS
        and len(text.split()) >= MIN_HEADLINE_WORDS
        and _headline_candidate(text)
    )


def _opens_with_headline(text: str) -> bool:
    """Whether the article's first block, with no headline above it, is its headline: short,
    title-like and not a sentence's continuation ("What is the new group?")."""
    return len(text) < SHORT_CHARS and not text[0].islower() and _headline_candidate(text)


def _title_part_repeats(blocks: Sequence[Block]) -> list[int]:
    """The blocks that repeat a whole part of the page's title other than its longest
    ("Short post title" of "Blog name » Short post title"), of two words or more."""
    if len(blocks) < 2:
        return []
    parts = TITLE_SEPARATOR_RE.split(blocks[0].text.casefold())
    head = max(parts, key=len)
    others = {p.strip() for p in parts if p != head and len(p.split()) >= MIN_PART_WORDS}
    return [i for i in range(1, len(blocks)) if blocks[i].text.casefold().strip() in others]


def _anchor_of(cluster: _Cluster, anchors: Sequence[int]) -> int | None:
    """The title repeat that opens ``cluster``: the last one at most
    ``MAX_HEADLINE_DISTANCE`` blocks above its first block, or among its first
    ``MAX_HEAD_SKIP`` blocks with more of the cluster below it."""
    position = bisect.bisect_left(anchors, min(cluster.first + MAX_HEAD_SKIP, cluster.last))
    if position == 0:
        return None
    anchor = anchors[position - 1]
    distance = cluster.first - anchor
    if distance <= MAX_HEADLINE_DISTANCE:
        return anchor
    # Farther up, tools and tags with no prose or section marker between (a bar of reactions,
    # a list of topics).
    if anchor > cluster.floor and distance <= MAX_ANCHOR_DISTANCE:
        return anchor
    return None


def _bylined_anchor_above(
    blocks: Sequence[Block], cluster: _Cluster, anchors: Sequence[int], inside: int
) -> int | None:
    """A repeat of the title just above the cluster with a byline or a date line between:
    the article's own headline, where the repeat ``inside`` the cluster is a sub-heading
    that says the title again, after paragraphs (a photo's caption above the headline is
    one block)."""
    paragraphs = sum(1 for b in blocks[cluster.first : inside] if len(b.text) >= SHORT_CHARS)
    if paragraphs < MIN_LEAD_PARAGRAPHS:
        return None
    position = bisect.bisect_left(anchors, cluster.first)
    if position == 0:
        return None
    anchor = anchors[position - 1]
    if cluster.first - anchor > MAX_HEADLINE_DISTANCE:
        return None
    for index in range(anchor + 1, cluster.first):
        text = blocks[index].text
        if parse_byline(text) is not None or PAGE_META_LINE_RE.match(text) is not None:
            return anchor
    return None


def _deep_anchor(
    blocks: Sequence[Block], good: Sequence[bool], cluster: _Cluster, anchors: Sequence[int]
) -> int | None:
    """A repeat of the title deeper inside the cluster than its first blocks, with more of
    the cluster's prose below it than above: what stands above is a paywall notice or a
    teaser, the article starts under its headline."""
    start = bisect.bisect_left(anchors, cluster.first)
    for anchor in anchors[start:]:
        if anchor >= cluster.last:
            break
        above = sum(len(blocks[i].text) for i in range(cluster.first, anchor) if good[i])
        if 2 * above < cluster.mass:
            return anchor
        # A headline with its date or byline right under it opens the article whatever stands
        # above (a sidebar of blurbs that the cluster took in).
        dated = PAGE_META_LINE_RE.search(blocks[anchor + 1].text) is not None
        if dated and cluster.mass - above >= MIN_ANCHORED_MASS:
            return anchor
    return None


def _main_cluster(clusters: Sequence[_Cluster], anchors: Sequence[int]) -> _Cluster | None:
    """The first cluster just below a repeat of the title's headline, unless a later one
    below another repeat weighs ``LATER_ANCHOR_FACTOR`` times as much; the heaviest cluster
    when no repeat opens one."""
    chosen: _Cluster | None = None
    for cluster in clusters:
        if cluster.mass < MIN_ANCHORED_MASS or _anchor_of(cluster, anchors) is None:
            continue
        if chosen is None or _weight(cluster) > LATER_ANCHOR_FACTOR * _weight(chosen):
            chosen = cluster
    heaviest = max(clusters, key=_weight, default=None)
    if chosen is None and heaviest is not None and heaviest.after_comments:
        before = [c for c in clusters if not c.after_comments]
        first_article = max(before, key=_weight, default=None)
        if first_article is not None and first_article.mass >= MIN_ARTICLE_MASS:
            return first_article
    if chosen is None or heaviest is None:
        return heaviest
    below_comments = chosen.after_comments and not heaviest.after_comments
    if below_comments and _weight(heaviest) > UNANCHORED_FACTOR * _weight(chosen):
        return heaviest
    return chosen


_WIRE_NAMES = frozenset(name.casefold() for name in NEWS_AGENCIES) | PAGE_WIRE_NAMES


def _is_credit(text: str) -> bool:
    """A credit line standing where a byline would: a wire's name alone ("THE ASSOCIATED
    PRESS") or a line ending in a writer's role ("Staff and agencies")."""
    folded = text.casefold()
    if folded.removeprefix("the ") in _WIRE_NAMES:
        return True
    return PAGE_CREDIT_END_RE.search(text) is not None


def _headline_candidate(text: str, sentence: bool = False) -> bool:
    """A block that can be the headline: a title, not a date, byline, caption or menu.

    With ``sentence``, the block is the title's headline part repeated whole, and may be
    short or end like a sentence ("Apple updates its servers, doubles performance.").
    """
    words = text.split()
    least = 1 if sentence else MIN_HEADLINE_WORDS
    if not least <= len(words) <= MAX_PAGE_HEADLINE_WORDS:
        return False
    if not sentence and SENTENCE_END_RE.search(text) and not text.endswith(("?", "!")):
        return False
    if not sentence and text.endswith((":", "!")) and len(words) <= MAX_LABEL_WORDS:
        return False  # a label: "Rate This Article:", "Premium Article !"
    if text.startswith(LINK_SEPARATORS) or text.endswith(LINK_SEPARATORS):
        return False  # a bar of links: "| Reprints | Single Page |"
    if text.endswith(("—", "–", " -")):
        return False  # a fragment cut from its line: "Rob Thomas —"
    return not _is_furniture_line(text)


def _is_furniture_line(text: str) -> bool:
    """A line of page furniture that stands near a headline: a byline, a date, a credit, a
    bar of tools, a trail of sections, a section or comment marker, or markup printed as
    text (an embed's '<iframe src=...>')."""
    return (
        PAGE_META_LINE_RE.search(text) is not None
        or is_navigation(text)
        or is_boilerplate(text)
        or PAGE_DATE_LINE_RE.fullmatch(text) is not None  # "29 Dec, 2007"
        or PAGE_NAVIGATION_RUN_RE.match(text) is not None  # "E-mail | Print"
        or PAGE_BREADCRUMB_RE.search(text) is not None  # "News > Local >"
        or _is_credit(text)  # "Staff and agencies"
        or "©" in text  # a photo's credit: "Jane Doe © Agency"
        or is_navigation(text.split(" | ", 1)[0])  # a bar of tools: "Email | Print | Text size"
        or SECTION_MARKER_RE.match(text) is not None
        or COMMENT_MARKER_RE.match(text) is not None
        or _is_markup(text)
        or _is_tool_line(text)
    )


def _is_tool_line(text: str) -> bool:
    """A short line made mostly of the words of a page's tools: "Send Text Message Print"."""
    words = WORD_RE.findall(text.casefold())
    if not words or len(words) > MAX_TOOL_LINE_WORDS:
        return False
    tools = sum(1 for word in words if word in PAGE_TOOL_WORDS)
    return tools >= MIN_TOOL_WORD_SHARE * len(words)


def _overlap(text: str, title_words: set[str]) -> float:
    """The share of a block's words that the page's title also has."""
    words = WORD_RE.findall(text.casefold())
    return sum(1 for word in words if word in title_words) / len(words) if words else 0.0


def _headline_above(blocks: Sequence[Block], first: int) -> int | None:
    """The headline above the article's first block.

    The page's title (its first line, where the flattening kept ``<title>``) usually repeats
    the headline with the site's name: the candidate whose words it has wins; else the
    nearest one. A line right under a byline is the writer's paper or agency, not a headline.
    """
    title_words = set(WORD_RE.findall(_title_head(blocks[0].text.casefold())))
    if len(title_words) < MIN_ANCHOR_WORDS - 1:
        title_words = set()  # a site's or a section's name: "Lifestyle & Entertainment"

    def candidate(index: int) -> bool:
        return _headline_candidate(blocks[index].text) and not parse_byline(blocks[index - 1].text)

    near = max(1, first - MAX_HEADLINE_DISTANCE)
    candidates = [i for i in range(first - 1, near - 1, -1) if candidate(i)]
    # The title's repeat wins, as far as MAX_TITLED_HEADLINE_DISTANCE above.
    lowest = max(1, first - MAX_TITLED_HEADLINE_DISTANCE)
    far = range(near - 1, lowest - 1, -1) if title_words else range(0)
    titled: list[tuple[float, int, int]] = [
        (overlap, -k, i)
        for k, i in enumerate([*candidates, *far])
        if (overlap := _overlap(blocks[i].text, title_words)) >= MIN_TITLE_OVERLAP
        and (i >= near or candidate(i))
    ]
    if titled:
        return max(titled)[2]
    if not candidates:
        return None
    if _caption_under_headline(blocks, first, candidates):
        return candidates[1]
    return candidates[0]


def _looks_like_name(text: str) -> bool:
    """A short line of capitalised words, as a person's name is ("Luke van Leuveren")."""
    words = text.split()
    capitalised = [w for w in words if w[0].isupper()]
    return len(words) <= MAX_NAME_WORDS and len(capitalised) >= len(words) - 1 >= 1


def _caption_under_headline(blocks: Sequence[Block], first: int, candidates: list[int]) -> bool:
    """Whether the nearest title-like block, right above the article, is a photo's caption
    or a deck under the next one: the headline, with at most its date, byline or tools
    between, and no third title-like line right above it (a list of headlines)."""
    if len(candidates) < 2 or candidates[0] != first - 1:
        return False
    lower, upper = candidates[0], candidates[1]
    if len(candidates) > 2 and candidates[2] == upper - 1:
        return False
    if _looks_like_name(blocks[upper].text):
        return False  # the writer's name above the date: "Jane van Doe"
    return all(_is_furniture_line(blocks[i].text) for i in range(upper + 1, lower))


def _light_gap(blocks: Sequence[Block], gap: range, markers: Sequence[Marker]) -> bool:
    """Whether the blocks between two clusters say little: no section marker, and at most
    ``MAX_MERGE_GAP_CHARS`` characters."""
    chars = 0
    for index in gap:
        if markers[index]:
            return False
        chars += len(blocks[index].text)
    return chars <= MAX_MERGE_GAP_CHARS


def _table_gap(blocks: Sequence[Block], gap: range, markers: Sequence[Marker]) -> bool:
    """Whether the blocks between two clusters are the cells of a table or the labels of a
    chart: no marker, and short on average (``MAX_TABLE_CELL_CHARS``)."""
    chars = 0
    for index in gap:
        if markers[index]:
            return False
        chars += len(blocks[index].text)
    return chars <= MAX_TABLE_CELL_CHARS * len(gap)


def _past_comments_link(
    blocks: Sequence[Block],
    gap: range,
    markers: Sequence[Marker],
    cluster: _Cluster,
    main: _Cluster,
) -> bool:
    """Whether the comment marker before ``cluster`` is a link in a bar of tools inside the
    article ("Comments", "Weigh in", "Corrections?"), not a comment section: a short bar, and
    the prose after it heavier than the article above it."""
    if len(gap) > MAX_TOOL_BAR_BLOCKS or cluster.mass < max(MIN_LIGHT_MERGE_MASS, main.mass):
        return False
    if blocks[cluster.first].text == blocks[main.first].text:
        return False  # the post printed again above its comments
    links = [i for i in gap if markers[i]]
    return len(links) == 1 and _is_comments_link(blocks[links[0]].text, markers[links[0]])


def _is_comment_count(text: str, marker: Marker) -> bool:
    """A comment marker with a number in it: "12 Comments", "{ 131 comments }"."""
    return marker == "comments" and any(map(str.isdigit, text))


def _is_comments_link(text: str, marker: Marker) -> bool:
    """A comment marker that is a bare link ("Comments", "Add comment"): short, no count."""
    return (
        marker == "comments" and len(text) <= MAX_TOOL_CHARS and not _is_comment_count(text, marker)
    )


def _teasers(blocks: Sequence[Block], cluster: _Cluster) -> bool:
    """Whether a cluster reads as a list of teasers: a headline over each paragraph."""
    titles = paragraphs = 0
    for block in blocks[cluster.first : cluster.last + 1]:
        if len(block.text) >= SHORT_CHARS:
            paragraphs += 1
        elif _headline_candidate(block.text):
            titles += 1
    return titles >= MIN_TEASER_SHARE * paragraphs


def _gap_length(blocks: Sequence[Block], gap: range) -> int:
    """How many blocks of ``gap`` are not prose: lines of prose with function words that the
    classes left out (a list of one-line items) do not make a gap longer."""
    if len(gap) < MAX_MERGE_GAP:
        return len(gap)
    return sum(
        1
        for i in gap
        if len(blocks[i].text) < SHORT_CHARS or _stop_share(blocks[i].text) < NEAR_STOP_SHARE
    )


def _past_inline_box(
    blocks: Sequence[Block], gap: range, markers: Sequence[Marker], cluster: _Cluster
) -> bool:
    """Whether the gap before ``cluster`` holds an inline box of links ("More about the
    federal debt", "Other People Are Reading") and the article goes on after it: one section
    marker with at most ``MAX_INLINE_BOX_ITEMS`` headlines under it, then at least
    ``MIN_LIGHT_MERGE_MASS`` characters of prose that are not teasers."""
    sections = [i for i in gap if markers[i]]
    if len(sections) != 1 or markers[sections[0]] != "section":
        return False
    end = sections[0] + 1
    while end <= cluster.last and _list_item(blocks[end].text):
        end += 1
    if not 1 <= end - sections[0] - 1 <= MAX_INLINE_BOX_ITEMS:
        return False
    rest = _Cluster(max(end, cluster.first), cluster.last, 0, False, 0)
    texts = [b.text for b in blocks[rest.first : rest.last + 1]]
    mass = sum(len(text) for text in texts if len(text) >= SHORT_CHARS)
    return mass >= MIN_LIGHT_MERGE_MASS and not _teasers(blocks, rest)


def _extended_end(
    blocks: Sequence[Block],
    clusters: Sequence[_Cluster],
    main: _Cluster,
    markers: Sequence[Marker],
) -> int:
    """The last block of the article: the main cluster, continued by the clusters after it
    that an inline box (a promo, a share bar, a chart's labels, a table of contents)
    interrupted: near, or separated by little text and no section marker; heavy; not
    comments."""
    last = main.last
    for cluster in clusters:
        if cluster.first <= main.last:
            continue
        gap = range(last + 1, cluster.first)
        if cluster.after_comments and not main.after_comments:
            if not _past_comments_link(blocks, gap, markers, cluster, main):
                break
            last = cluster.last
            continue
        if not _continues(blocks, gap, markers, cluster):
            break
        last = cluster.last
    return last


def _continues(
    blocks: Sequence[Block], gap: range, markers: Sequence[Marker], cluster: _Cluster
) -> bool:
    """Whether ``cluster`` continues the article across ``gap`` (see :func:`_extended_end`):
    after little text, a table, an inline box of links, or a short gap when it is heavy
    (unless a box of links or a list of teasers opens it)."""
    light = _light_gap(blocks, gap, markers)
    heavy = cluster.mass >= MIN_LIGHT_MERGE_MASS
    if light and heavy and cluster.longest >= MIN_LIGHT_MERGE_LONGEST:
        return True
    if cluster.mass >= MIN_TABLE_MERGE_MASS and _table_gap(blocks, gap, markers):
        return True
    if len(gap) < MAX_MERGE_GAP and _past_inline_box(blocks, gap, markers, cluster):
        return True
    if cluster.mass < MIN_MERGE_MASS or _gap_length(blocks, gap) >= MAX_MERGE_GAP:
        return False
    if any(markers[i] == "opener" for i in gap):
        return False
    return not (any(markers[i] == "section" for i in gap) and _teasers(blocks, cluster))


def _extended_start(
    blocks: Sequence[Block],
    clusters: Sequence[_Cluster],
    main: _Cluster,
    markers: Sequence[Marker],
    floor: int,
) -> int:
    """The first block of the article: the main cluster, begun earlier by the clusters before
    it that an inline box, a table of contents, a chart's labels or an infobox cut off (as in
    :func:`_extended_end`), never above ``floor``."""
    first = main.first
    for cluster in reversed(clusters):
        if cluster.last >= main.first:
            continue
        if cluster.first <= floor:
            break
        gap = range(cluster.last + 1, first)
        light = _light_gap(blocks, gap, markers)
        heavy = cluster.mass >= MIN_LIGHT_MERGE_MASS and cluster.longest >= MIN_LIGHT_MERGE_LONGEST
        near = cluster.mass >= MIN_MERGE_MASS and _gap_length(blocks, gap) < MAX_MERGE_GAP
        table = cluster.mass >= MIN_TABLE_MERGE_MASS and _table_gap(blocks, gap, markers)
        if not ((light and heavy) or ((near or table) and not cluster.after_comments)):
            break
        first = cluster.first
    return first


def _anchor_above(first: int, anchors: Sequence[int]) -> int | None:
    """The nearest repeat of the title at most ``MAX_ANCHOR_DISTANCE`` blocks above
    ``first``."""
    position = bisect.bisect_left(anchors, first)
    if position and first - MAX_ANCHOR_DISTANCE <= anchors[position - 1]:
        return anchors[position - 1]
    return None


def _headline(
    blocks: Sequence[Block], first: int, anchors: Sequence[int], good: Sequence[bool]
) -> int | None:
    """The nearest block above the article that repeats the title (however far above if it
    repeats the headline part of a title with the site's name and no prose stands between:
    a gallery or a video player can), else the nearest headline-like block above it."""
    anchor = _anchor_above(first, anchors)
    if anchor is None:
        position = bisect.bisect_left(anchors, first)
        title = blocks[0].text.casefold()
        head = _title_head(title)
        if position and head != title and not any(good[anchors[position - 1] : first]):
            far = anchors[position - 1]
            anchor = far if blocks[far].text.casefold().startswith(head) else None
    return anchor if anchor is not None else _headline_above(blocks, first)


def _short_post(
    blocks: Sequence[Block],
    anchors: Sequence[int],
    qualities: Sequence[Quality],
    markers: Sequence[Marker],
    furniture: Sequence[bool],
) -> PageRoles | None:
    """A post too short for a cluster of prose (a photo's caption, a line under a video): the
    blocks below the first repeat of the title that has any, up to the first marker,
    navigation line, bad block or ``MAX_SHORT_POST_BLOCKS`` blocks (a list to its end), without
    the bad ones right under the title (a line of tags); ``None`` without one."""
    for anchor in anchors:
        body: list[int] = []
        for index in range(anchor + 1, min(len(blocks), anchor + 1 + MAX_SHORT_POST_BLOCKS)):
            if markers[index] or furniture[index] or (body and qualities[index] == "bad"):
                break
            if qualities[index] != "bad":
                body.append(index)
        if body and LIST_ITEM_RE.match(blocks[body[-1]].text):
            body.extend(range(body[-1] + 1, _list_run(blocks, body[-1])))  # the list goes on
        if body:
            return PageRoles(headline=anchor, body=tuple(body))
    return None


def assign_page_roles(
    blocks: Sequence[Block],
    furniture: Sequence[bool],
    lowers: Sequence[str | None] | None = None,
) -> PageRoles | None:
    """Find the article in a whole page; ``None`` when no block reads as article text.

    ``lowers``, each block's text as :func:`lower_caseless` gives it, spares computing them again.
    """
    if lowers is None:
        lowers = [lower_caseless(b.text) for b in blocks]
    shares = [_stop_share(b.text) if len(b.text) >= SHORT_CHARS else 0.0 for b in blocks]
    rate = classify if _is_english(blocks, shares) else classify_any_language
    qualities = [rate(b.text, f, s) for b, f, s in zip(blocks, furniture, shares, strict=True)]
    sentences = [
        q == "short" and _is_sentence(b.text) for b, q in zip(blocks, qualities, strict=True)
    ]
    thread = comment_headers(blocks, lowers)
    markers = _markers(blocks, thread, lowers)
    texts = [b.text for b in blocks]
    settled = _keep_introduced_lists(
        blocks, _keep_lists(blocks, _settle(texts, qualities, sentences, markers)), qualities
    )
    settled = _keep_enclosed_runs(texts, qualities, markers, settled)
    settled = _keep_code(blocks, settled, furniture, markers)
    # A marker worded as a heading is not the article's, but a short one between paragraphs
    # is a sub-heading ("Response", "Related work"); a comment's header never is, nor a count
    # of comments ("{ 131 comments }").
    good = [
        g and not (t or (m and (q != "short" or m == "opener" or _is_comment_count(b.text, m))))
        for g, t, m, q, b in zip(settled, thread, markers, qualities, blocks, strict=True)
    ]
    clusters = _clusters(blocks, good, markers)
    anchors = [a for a in _title_anchors(blocks) if not _listed(blocks, a, markers)]
    cluster = _main_cluster(clusters, anchors)
    # A light cluster that no repeat of the title stands above (a blurb in a sidebar, a
    # comment) loses to a short post under the title.
    light = cluster is None or (
        cluster.mass < MIN_LIGHT_MERGE_MASS and _anchor_above(cluster.first, anchors) is None
    )
    post = _short_post(blocks, anchors, qualities, markers, furniture) if light else None
    if post is None and cluster is None:
        # No prose and no repeat of the title's longest part: the post under a line that
        # repeats another part of it ("Blog name » Short post title").
        post = _short_post(
            blocks, _title_part_repeats(blocks), qualities, markers, furniture
        )
    if post is not None or cluster is None:
        return post
    last = _extended_end(blocks, clusters, cluster, markers)
    # The headline's repeat inside the article's first blocks starts it: what stands above is
    # a teaser or a standfirst of another story.
    anchor = _anchor_of(cluster, anchors)
    if anchor is None:
        anchor = _deep_anchor(blocks, good, cluster, anchors)
    elif cluster.first <= anchor:
        anchor = _bylined_anchor_above(blocks, cluster, anchors, anchor) or anchor
    inside = anchor is not None and cluster.first <= anchor
    if inside and anchor is not None:
        first = anchor + 1
    else:
        floor = -1 if anchor is None else anchor
        first = _extended_start(blocks, clusters, cluster, markers, floor)
    body = tuple(i for i in range(first, last + 1) if good[i])
    if not body:
        return None
    headline = _headline(blocks, first, anchors, good)
    if headline is None and len(body) > 1 and _opens_with_headline(blocks[body[0]].text):
        return PageRoles(headline=body[0], body=body[1:])
    return PageRoles(headline=headline, body=body)
