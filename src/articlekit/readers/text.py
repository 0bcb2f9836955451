"""The plain-text reader: split a text into paragraph blocks, whatever convention it uses.

Three paragraph conventions are recognised, and mixed freely within one text:

* blank lines between paragraphs (most exported and scraped text);
* one paragraph per line (line-per-paragraph dumps and corpora);
* hard-wrapped lines, where a paragraph starts on an indented line (wire copy) or where the
  previous line stopped short of the wrap width although the next word would have fitted.

Every block keeps the offsets of its first and last character in the original string, so
callers can map roles back onto the source.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator, Sequence

import attrs

from articlekit.blocks import Block
from articlekit.lexicon import INVISIBLE_RUN, LINE_BREAKS, OTHER_LINE_BREAK_RE, SPACE_RUN

#: Widest wrap width taken for hard-wrapped text. Fixed-width wire and e-mail copy wraps at 60
#: to 80 columns (Reuters-21578 at about 70); a text whose usual line is longer than this is
#: one paragraph per line, not wrapped.
MAX_WRAP_WIDTH = 100

#: Share of lines that must reach the wrap zone (see ``WRAP_ZONE``) for a text to count as
#: hard-wrapped. In wrapped text every line but a paragraph's last is in the zone, so with
#: paragraphs of three or more lines the share is above two thirds; one-line-per-paragraph
#: text of varied lengths falls well below.
MIN_WRAPPED_SHARE = 0.6

#: A wrapped line is at least this fraction of the wrap width: a word longer than 40% of the
#: width almost never occurs in prose.
WRAP_ZONE = 0.6

#: Fewest lines for deciding that a text is hard-wrapped; with fewer there is no evidence.
MIN_WRAP_LINES = 4

#: The percentile of line lengths taken as the wrap width, so that one overlong line (a URL,
#: a table row) does not widen it.
WRAP_PERCENTILE = 0.9


#: A text whose blank-line-separated runs number at least this share of its lines uses blank
#: lines between paragraphs, and the lines of one run (a list, a verse, a manual break) are one
#: paragraph. Below it, blank lines are occasional (after a headline, between sections) and each
#: line is a paragraph. Blank-line text has one run for every one to two lines (BBC: 0.9);
#: line-per-paragraph text with a blank line after the headline has two runs in all.
MIN_BLANK_SEPARATED_SHARE = 0.5

#: ... or at least this many runs, at least this share of them a single line: blank-line text
#: with a list or two in it (BBC). Line-per-paragraph text in sections has few single-line
#: runs (the headline).
MIN_SEPARATED_RUNS = 3
MIN_SINGLE_RUN_SHARE = 0.5


#: Fewest indented lines, and least share of all lines, for a text to start its paragraphs on
#: indented lines. Indented wire copy indents every paragraph, a sixth to a half of its lines;
#: a text with a single indented line (a quotation, a signature) is not of that convention.
MIN_INDENTED_LINES = 2
MIN_INDENTED_SHARE = 0.1


@attrs.frozen
class _Lines:
    """The lines of a text that are not blank, as parallel lists (one item per line)."""

    texts: list[str]  # each line without leading and trailing white space or its terminator
    starts: list[int]  # offset in the source of each line's first character after its indent
    indents: list[int]  # each line's leading white space, in characters
    plain: list[bool]  # the text is printable with single spaces: normalised already
    run_ends: list[int]  # for each run of lines between blank lines, the index just past it

    def end(self, index: int) -> int:
        """Offset just past the last character of line ``index`` that is not white space."""
        return self.starts[index] + len(self.texts[index])

    def runs(self) -> Iterator[range]:
        """The indices of the lines of each run between blank lines."""
        return itertools.starmap(range, itertools.pairwise([0, *self.run_ends]))


def _is_invisible(text: str) -> bool:
    """Whether a text that is not printable is nothing but invisible characters and spaces."""
    return not INVISIBLE_RUN.sub("", text).strip()


def _raw_lines(source: str) -> tuple[list[str], list[int]]:
    """Each line of ``source`` without its terminator, and the offset of the next line."""
    if OTHER_LINE_BREAK_RE.search(source) is None:  # the usual case: "\n" ends every line
        texts = source.split("\n")
        if not texts[-1]:
            texts.pop()  # the text ends with a line break, or is empty
        return texts, [len(text) + 1 for text in texts]
    raws = source.splitlines(keepends=True)
    return [raw.rstrip(LINE_BREAKS) for raw in raws], [len(raw) for raw in raws]


def _lines(source: str) -> _Lines:
    """The lines of ``source`` that are not blank (white space and invisible characters)."""
    lines = _Lines([], [], [], [], [])
    # Bound methods: this loop runs once a line, hundreds of times for a whole page.
    add_text, add_start = lines.texts.append, lines.starts.append
    add_indent, add_plain = lines.indents.append, lines.plain.append
    offset = 0
    in_run = False
    raw_texts, sizes = _raw_lines(source)
    for text, size in zip(raw_texts, sizes, strict=True):
        stripped = text.strip()
        # Invisible characters are never printable: printable text has something to show.
        printable = stripped.isprintable()
        if not stripped or (not printable and _is_invisible(stripped)):
            if in_run:
                lines.run_ends.append(len(lines.texts))
                in_run = False
        else:
            # Most lines have no white space to strip (and strip() then returns the line).
            indent = 0 if stripped is text else text.find(stripped[0])
            add_text(stripped)
            add_start(offset + indent)
            add_indent(indent)
            add_plain(printable and "  " not in stripped)
            in_run = True
        offset += size
    if in_run:
        lines.run_ends.append(len(lines.texts))
    return lines


def _wrap_width(lines: _Lines) -> int | None:
    """The width a hard-wrapped text was wrapped at, or ``None`` when it is not wrapped."""
    if len(lines.texts) < MIN_WRAP_LINES:
        return None
    lengths = sorted(map(operator.add, lines.indents, map(len, lines.texts)))
    width = lengths[min(len(lengths) - 1, int(len(lengths) * WRAP_PERCENTILE))]
    if width > MAX_WRAP_WIDTH:
        return None
    in_zone = sum(1 for n in lengths if WRAP_ZONE * width <= n <= width)
    return width if in_zone >= MIN_WRAPPED_SHARE * len(lengths) else None


@attrs.frozen
class _Layout:
    """What the whole text says about its paragraph convention."""

    base_indent: int  # the indentation of ordinary lines
    indented_paragraphs: bool  # paragraphs start on indented lines, other lines continue them
    width: int | None  # the wrap width of hard-wrapped text
    blank_separated: bool  # paragraphs are separated by blank lines


def _blank_separated(run_sizes: Sequence[int], line_count: int) -> bool:
    """Whether blank lines separate the paragraphs, so that the lines of a run are one.

    Either there is a run for every other line or so, or most runs are single lines and a few
    hold a list or a manual line break.
    """
    if len(run_sizes) >= MIN_BLANK_SEPARATED_SHARE * line_count:
        return True
    single = run_sizes.count(1)
    return len(run_sizes) >= MIN_SEPARATED_RUNS and single >= MIN_SINGLE_RUN_SHARE * len(run_sizes)


def _indented_paragraphs(indents: Sequence[int], base_indent: int) -> bool:
    """Whether the text starts paragraphs on indented lines and continues them on the others.

    That is the case when enough lines are indented and an ordinary line follows an indented
    one somewhere (a continuation); a lone indented quotation in line-per-paragraph text is not.
    """
    indented = len(indents) - indents.count(base_indent)  # no line is indented less
    if indented < MIN_INDENTED_LINES or indented < MIN_INDENTED_SHARE * len(indents):
        return False
    return any(
        previous > base_indent and indent == base_indent
        for previous, indent in itertools.pairwise(indents)
    )


def _starts_paragraph(lines: _Lines, index: int, layout: _Layout) -> bool:
    """Whether line ``index`` starts a new paragraph within a run of lines (not its first)."""
    if lines.indents[index] > layout.base_indent:
        return True
    if layout.indented_paragraphs:
        return False  # the indentation marks every paragraph start
    width = layout.width
    if width is None:
        return not layout.blank_separated
    # In wrapped text a line breaks early only where its paragraph ends: had the next word
    # fitted, the wrapping would have put it on this line.
    previous = index - 1
    room = width - (lines.indents[previous] + len(lines.texts[previous]) + 1)
    text = lines.texts[index]
    if len(text) <= room:  # the whole line would have fitted, so its first word would
        return True
    return room > 0 and len(text.split(None, 1)[0]) <= room


def _paragraphs(lines: _Lines, layout: _Layout) -> Iterator[range]:
    """The indices of the lines of each paragraph."""
    for run in lines.runs():
        first = run.start
        for index in range(run.start + 1, run.stop):
            if _starts_paragraph(lines, index, layout):
                yield range(first, index)
                first = index
        yield range(first, run.stop)


def normalise(text: str) -> str:
    """Fold white space and remove invisible characters, as block and paragraph text has them.

    >>> normalise("  WASHINGTON —\\u00a0The\\u200b  United\\nStates ")
    'WASHINGTON — The United States'
    """
    if text.isprintable():  # no invisible characters, and no white space but plain spaces
        return " ".join(text.split())
    return SPACE_RUN.sub(" ", INVISIBLE_RUN.sub("", text)).strip()


def _block(lines: _Lines, paragraph: range, base_indent: int) -> Block:
    first, last = paragraph.start, paragraph.stop - 1
    if first == last:
        text = lines.texts[first] if lines.plain[first] else normalise(lines.texts[first])
    else:  # white space at the lines' ends would fold into the space that joins them
        text = " ".join(lines.texts[first : last + 1])
        if not all(lines.plain[first : last + 1]):
            text = normalise(text)
    indented = lines.indents[first] > base_indent
    return Block(text, lines.starts[first], lines.end(last), len(paragraph), indented)


def _line_blocks(lines: _Lines, base_indent: int) -> tuple[Block, ...]:
    """One block per line: the paragraphs of line-per-paragraph text."""
    return tuple(
        [
            Block(
                text if plain else normalise(text),
                start,
                start + len(text),
                1,
                indent > base_indent,
            )
            for text, start, indent, plain in zip(
                lines.texts, lines.starts, lines.indents, lines.plain, strict=True
            )
        ]
    )


def read_text(source: str) -> tuple[Block, ...]:
    """Split ``source`` into paragraph blocks with offsets into it.

    >>> [b.text for b in read_text("Title\\n\\nFirst para-\\ngraph.\\n\\nSecond.")]
    ['Title', 'First para- graph.', 'Second.']
    """
    lines = _lines(source)
    if not lines.texts:
        return ()
    base_indent = min(lines.indents)
    run_sizes = [len(run) for run in lines.runs()]
    layout = _Layout(
        base_indent=base_indent,
        indented_paragraphs=_indented_paragraphs(lines.indents, base_indent),
        width=_wrap_width(lines),
        blank_separated=_blank_separated(run_sizes, len(lines.texts)),
    )
    if layout.width is None and not (layout.indented_paragraphs or layout.blank_separated):
        return _line_blocks(lines, base_indent)  # every line starts a paragraph
    return tuple(_block(lines, paragraph, base_indent) for paragraph in _paragraphs(lines, layout))
