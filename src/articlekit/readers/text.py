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
from collections.abc import Iterator, Sequence
from typing import NamedTuple

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


class _Line(NamedTuple):
    text: str  # the line without leading and trailing white space or its terminator
    start: int  # offset of the line's first character (its indentation) in the source
    indent: int  # leading white space, in characters
    length: int  # length of ``text``
    plain: bool  # ``text`` is printable with single spaces: already normalised

    @property
    def end(self) -> int:
        """Offset just past the line's last character that is not white space."""
        return self.start + self.indent + self.length

    @property
    def first_word(self) -> str:
        """The first word of the line."""
        return self.text.split(None, 1)[0]


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


def _lines(source: str) -> list[_Line | None]:
    """Each line of ``source``, or ``None`` for a blank one (white space and invisible
    characters only)."""
    lines: list[_Line | None] = []
    offset = 0
    texts, sizes = _raw_lines(source)
    for text, size in zip(texts, sizes, strict=True):
        stripped = text.strip()
        # Invisible characters are never printable: printable text has something to show.
        printable = stripped.isprintable()
        if not stripped or (not printable and _is_invisible(stripped)):
            lines.append(None)
        else:
            indent = text.find(stripped[0])
            plain = printable and "  " not in stripped
            lines.append(_Line(stripped, offset, indent, len(stripped), plain))
        offset += size
    return lines


def _runs(lines: Sequence[_Line | None]) -> list[list[_Line]]:
    """Group lines into runs separated by blank lines."""
    runs: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line is None:
            if current:
                runs.append(current)
                current = []
        else:
            current.append(line)
    if current:
        runs.append(current)
    return runs


def _wrap_width(lines: Sequence[_Line]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or ``None`` when it is not wrapped."""
    if len(lines) < MIN_WRAP_LINES:
        return None
    lengths = sorted(line.indent + line.length for line in lines)
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


def _blank_separated(runs: Sequence[Sequence[_Line]], line_count: int) -> bool:
    """Whether blank lines separate the paragraphs, so that the lines of a run are one.

    Either there is a run for every other line or so, or most runs are single lines and a few
    hold a list or a manual line break.
    """
    if len(runs) >= MIN_BLANK_SEPARATED_SHARE * line_count:
        return True
    single = sum(1 for run in runs if len(run) == 1)
    return len(runs) >= MIN_SEPARATED_RUNS and single >= MIN_SINGLE_RUN_SHARE * len(runs)


def _indented_paragraphs(lines: Sequence[_Line], base_indent: int) -> bool:
    """Whether the text starts paragraphs on indented lines and continues them on the others.

    That is the case when enough lines are indented and an ordinary line follows an indented
    one somewhere (a continuation); a lone indented quotation in line-per-paragraph text is not.
    """
    indented = sum(1 for line in lines if line.indent > base_indent)
    if indented < MIN_INDENTED_LINES or indented < MIN_INDENTED_SHARE * len(lines):
        return False
    return any(
        previous.indent > base_indent and line.indent == base_indent
        for previous, line in itertools.pairwise(lines)
    )


def _starts_paragraph(previous: _Line, line: _Line, layout: _Layout) -> bool:
    """Whether ``line`` starts a new paragraph within a run of non-blank lines."""
    if line.indent > layout.base_indent:
        return True
    if layout.indented_paragraphs:
        return False  # the indentation marks every paragraph start
    width = layout.width
    if width is None:
        return not layout.blank_separated
    # In wrapped text a line breaks early only where its paragraph ends: had the next word
    # fitted, the wrapping would have put it on this line.
    return previous.indent + previous.length + 1 + len(line.first_word) <= width


def _paragraph_lines(run: Sequence[_Line], layout: _Layout) -> Iterator[list[_Line]]:
    """Split one run of non-blank lines into the lines of each paragraph."""
    current = [run[0]]
    for previous, line in itertools.pairwise(run):
        if _starts_paragraph(previous, line, layout):
            yield current
            current = []
        current.append(line)
    yield current


def normalise(text: str) -> str:
    """Fold white space and remove invisible characters, as block and paragraph text has them.

    >>> normalise("  WASHINGTON —\\u00a0The\\u200b  United\\nStates ")
    'WASHINGTON — The United States'
    """
    if text.isprintable():  # no invisible characters, and no white space but plain spaces
        return " ".join(text.split())
    return SPACE_RUN.sub(" ", INVISIBLE_RUN.sub("", text)).strip()


def _line_text(line: _Line) -> str:
    """The normalised text of a paragraph of one line."""
    return line.text if line.plain else normalise(line.text)


def _block(lines: Sequence[_Line], base_indent: int) -> Block:
    first = lines[0]
    if len(lines) == 1:
        text = _line_text(first)
    else:
        text = normalise(" ".join(line.text for line in lines))
    return Block(
        text, first.start + first.indent, lines[-1].end, len(lines), first.indent > base_indent
    )


def _line_blocks(lines: Sequence[_Line], base_indent: int) -> tuple[Block, ...]:
    """One block per line: the paragraphs of line-per-paragraph text."""
    return tuple(
        Block(
            line.text if line.plain else normalise(line.text),
            line.start + line.indent,
            line.start + line.indent + line.length,
            1,
            line.indent > base_indent,
        )
        for line in lines
    )


def read_text(source: str) -> tuple[Block, ...]:
    """Split ``source`` into paragraph blocks with offsets into it.

    >>> [b.text for b in read_text("Title\\n\\nFirst para-\\ngraph.\\n\\nSecond.")]
    ['Title', 'First para- graph.', 'Second.']
    """
    runs = _runs(_lines(source))
    lines = [line for run in runs for line in run]
    if not lines:
        return ()
    base_indent = min(line.indent for line in lines)
    layout = _Layout(
        base_indent=base_indent,
        indented_paragraphs=_indented_paragraphs(lines, base_indent),
        width=_wrap_width(lines),
        blank_separated=_blank_separated(runs, len(lines)),
    )
    if layout.width is None and not (layout.indented_paragraphs or layout.blank_separated):
        return _line_blocks(lines, base_indent)  # every line starts a paragraph
    return tuple(
        _block(paragraph, layout.base_indent)
        for run in runs
        for paragraph in _paragraph_lines(run, layout)
    )
