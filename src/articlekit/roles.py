"""Role assignment shared by every reader: headline, byline, body, and leading/trailing furniture.

Text flattened from a whole web page (menus, lists and comments around the article) is handed
to :mod:`articlekit.page`, which finds the article among them. For everything else, the rules,
in order:

1. Blocks that a reader marked as furniture (HTML navigation, comment sections) are boilerplate.
2. Leading furniture: blocks at the very start whose wording is boilerplate ("Advertisement",
   "Share this article").
3. The headline: the first remaining block when it is title-like (short, one line, no final
   full stop unless Title Cased), and something follows it; or, for a page, its level-1
   heading or the block matching the headline it declares, within three blocks of the start
   (a kicker, a date or a share prompt before it is furniture).
4. A byline block just after the headline ("By Jane Doe, Associated Press").
5. Trailing furniture: the run of blocks at the very end whose wording is boilerplate, with
   short non-sentence blocks between them ("Write your comment"). A block in the middle of
   the body is never boilerplate by wording alone.
6. Everything else is the body, in order.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from articlekit.blocks import Block
from articlekit.boilerplate import is_boilerplate
from articlekit.byline import parse_byline
from articlekit.lexicon import HEADLINE_MINOR_WORDS, SENTENCE_END_RE
from articlekit.page import assign_page_roles, is_page_text, lower_caseless, page_furniture

#: Longest headline, in words. Headlines in the BBC, Reuters-21578 and PolNeAR sets run to
#: about 20 words; 30 leaves room for long news headlines while a first paragraph (usually
#: 25 words and more, with a final full stop) stays out.
MAX_HEADLINE_WORDS = 30

#: Longest headline in characters (the same reasoning as ``MAX_HEADLINE_WORDS``).
MAX_HEADLINE_CHARS = 250

#: A headline ending with a full stop is accepted when at least this share of its words of
#: four letters and more are capitalised (Title Case headlines with a stray final period, as
#: PolNeAR prints them); sentences have far fewer.
MIN_TITLE_CASE_SHARE = 0.75

#: How many blocks after the first a page's headline (its level-1 heading, or the headline
#: its metadata declares) may stand: a section label, a date and a share prompt come before
#: it on BBC and WordPress pages; farther down a heading is not the article's headline.
MAX_HEADLINE_LOOKAHEAD = 3

#: Longest block taken as boilerplate because it stands between boilerplate blocks without
#: matching itself ("Write your comment", "Related", a lone "Twitter"): labels, not sentences.
MAX_LABEL_WORDS = 6


@attrs.frozen
class Roles:
    """The role of each block, as indices into the block sequence."""

    headline: int | None
    byline: int | None
    body: tuple[int, ...]
    boilerplate: tuple[int, ...]


def _is_label(text: str) -> bool:
    """A short block that is not a sentence: a button, a heading, a lone name."""
    return len(text.split()) <= MAX_LABEL_WORDS and SENTENCE_END_RE.search(text) is None


def _title_cased(words: Sequence[str]) -> bool:
    long_words = [w for w in words if len(w) >= 4 and w.lower() not in HEADLINE_MINOR_WORDS]
    if not long_words:
        return True
    capitalised = sum(1 for w in long_words if w[0].isupper() or not w[0].isalpha())
    return capitalised >= MIN_TITLE_CASE_SHARE * len(long_words)


def is_title_like(block: Block) -> bool:
    """Whether a block can be a headline: short, one line, no final full stop (or Title Case)."""
    text = block.text
    words = text.split()
    if block.lines > 1 or not words or len(words) > MAX_HEADLINE_WORDS:
        return False
    if len(text) > MAX_HEADLINE_CHARS or is_boilerplate(text):
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return text.endswith(".") and _title_cased(words)
    return True


def _leading_end(blocks: Sequence[Block], start: int) -> int:
    """Index of the first block at or after ``start`` that is not leading furniture."""
    index = start
    while index < len(blocks) and (blocks[index].furniture or is_boilerplate(blocks[index].text)):
        index += 1
    return index


def _trailing_start(blocks: Sequence[Block], stop: int, floor: int) -> int:
    """Index of the first block of the trailing furniture run that ends at ``stop``."""
    index = stop
    run_start = stop
    while index > floor:
        block = blocks[index - 1]
        if block.furniture or is_boilerplate(block.text):
            run_start = index - 1
        elif not (run_start < stop and _is_label(block.text)):
            break
        index -= 1
    return run_start


def _headline_index(blocks: Sequence[Block], first: int, declared: str | None) -> int | None:
    """The headline block: the one matching the declared headline, else a title-like first."""
    if first >= len(blocks):
        return None
    if declared is not None:
        wanted = " ".join(declared.split()).casefold()
        for index in range(first, min(len(blocks), first + MAX_HEADLINE_LOOKAHEAD + 1)):
            block = blocks[index]
            if not block.furniture and (block.heading == 1 or block.text.casefold() == wanted):
                return index
        return None
    if len(blocks) - first < 2:  # a lone block is the body, not a headline
        return None
    block = blocks[first]
    if block.heading or (block.tag is None and is_title_like(block)):
        return first
    return None


def _page_roles(blocks: Sequence[Block]) -> Roles | None:
    """Roles for text flattened from a whole web page, or ``None`` when it is not one."""
    if any(block.tag is not None for block in blocks) or not is_page_text(blocks):
        return None
    texts = [b.text for b in blocks]
    lowers = [lower_caseless(text) for text in texts]
    page = assign_page_roles(blocks, page_furniture(texts, lowers), lowers)
    if page is None:
        return None
    byline: int | None = None
    above = range(page.headline + 1 if page.headline is not None else 0, page.body[0])
    for index in above:
        if parse_byline(blocks[index].text) is not None:
            byline = index
            break
    taken = {page.headline, byline, *page.body}
    return Roles(
        headline=page.headline,
        byline=byline,
        body=page.body,
        boilerplate=tuple(i for i in range(len(blocks)) if i not in taken),
    )


def assign_roles(blocks: Sequence[Block], declared_headline: str | None = None) -> Roles:
    """Decide the role of every block (see the module docstring for the rules)."""
    page = _page_roles(blocks)
    if page is not None:
        return page
    first = _leading_end(blocks, 0)
    headline = _headline_index(blocks, first, declared_headline)
    cursor = first if headline is None else headline + 1
    # Whatever stood between the first block and a page's headline (a kicker, a date, "Share
    # this page") is furniture: the article starts at its headline.
    byline: int | None = None
    if cursor < len(blocks) and parse_byline(blocks[cursor].text) is not None:
        byline = cursor
        cursor += 1
    cursor = _leading_end(blocks, cursor) if headline is not None or byline is not None else cursor
    stop = _trailing_start(blocks, len(blocks), cursor)
    taken = {headline, byline}
    body = tuple(i for i in range(cursor, stop) if i not in taken and not blocks[i].furniture)
    taken.update(body)
    boilerplate = tuple(i for i in range(len(blocks)) if i not in taken)
    return Roles(headline=headline, byline=byline, body=body, boilerplate=boilerplate)
