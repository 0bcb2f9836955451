"""The plain-text reader: paragraph conventions, offsets and white space."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlekit.readers.text import normalise, read_text


def texts(source: str) -> list[str]:
    return [block.text for block in read_text(source)]


def test_blank_line_paragraphs() -> None:
    assert texts("Title\n\nFirst paragraph.\n\n\nSecond paragraph.\n") == [
        "Title",
        "First paragraph.",
        "Second paragraph.",
    ]


def test_lines_of_a_blank_separated_paragraph_are_one_paragraph() -> None:
    source = "Title\n\nThe plan has three parts:\n\n- cut taxes\n- raise spending\n\nIt ends.\n"
    assert texts(source) == [
        "Title",
        "The plan has three parts:",
        "- cut taxes - raise spending",
        "It ends.",
    ]


def test_one_paragraph_per_line() -> None:
    source = (
        "Senate passes the budget\n\n"
        "The Senate passed the budget on Tuesday after a long debate over spending.\n"
        "Democrats said the plan cut too deep.\n"
        "Republicans said it did not cut enough, and promised to try again next year.\n"
        "The House votes next week.\n"
    )
    assert len(texts(source)) == 5


def test_hard_wrapped_with_indented_paragraphs() -> None:
    source = (
        "BAHIA COCOA REVIEW\n"
        "    SALVADOR, Feb 26 - Showers continued throughout the week in\n"
        "the Bahia cocoa zone, alleviating the drought since early\n"
        "January and improving prospects for the coming temporao.\n"
        "    The dry period means the temporao will be late this year.\n"
        " Reuter\n"
    )
    assert texts(source) == [
        "BAHIA COCOA REVIEW",
        "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, "
        "alleviating the drought since early January and improving prospects for the coming "
        "temporao.",
        "The dry period means the temporao will be late this year.",
        "Reuter",
    ]


def test_hard_wrapped_without_indentation_breaks_where_the_next_word_would_fit() -> None:
    source = (
        "The committee met on Monday to review the proposal, which\n"
        "would raise fees for the first time in a decade and fund\n"
        "repairs to the old bridge.\n"
        "Members will vote on the proposal at their next meeting in\n"
        "the spring, a spokesman for the committee said on Monday.\n"
    )
    assert len(texts(source)) == 2


def test_offsets_point_into_the_source() -> None:
    source = "\ufeffHeadline\r\n\r\n  WASHINGTON \u2014\u00a0The text.\r\n"
    blocks = read_text(source)
    assert [source[b.start : b.end] for b in blocks] == [
        "\ufeffHeadline",
        "WASHINGTON \u2014\u00a0The text.",
    ]
    assert blocks[1].text == "WASHINGTON \u2014 The text."


def test_old_mac_line_endings_and_unicode_separators() -> None:
    assert texts("One\r\rTwo\u2029\u2029Three") == ["One", "Two", "Three"]


def test_blank_lines_of_invisible_characters_separate_paragraphs() -> None:
    assert texts("One.\n\u200b \u00a0\nTwo.") == ["One.", "Two."]


def test_empty_and_space_only_text_has_no_blocks() -> None:
    assert read_text("") == ()
    assert read_text(" \n\t\n\u00a0\u200b") == ()


def test_normalise_folds_space_and_removes_invisible_characters() -> None:
    assert normalise("a\u00a0\u2009b\u200bc\u00add  \n e\x03") == "a bcd e"


#: Lines in every convention the reader tells apart: indented, wrapped, blank, invisible.
LINE_PIECES = [
    "Home",
    "The council met on Monday to review the plan, which would raise fees",
    "for the first time in a decade.",
    "    SALVADOR, Feb 26 - Showers continued",
    "  Reuter",
    "\t- item",
    "",
    " ",
    "\u00a0",
    "\u200b",
    "\ufeffTitle",
    "a  b",
    "x\x03y",
    "Short line.",
]
line_texts = st.tuples(
    st.lists(st.sampled_from(LINE_PIECES) | st.text(max_size=12), max_size=30),
    st.sampled_from(["\n", "\r\n", "\r", "\u2029"]),
).map(lambda pair: pair[1].join(pair[0]))


@given(line_texts)
def test_blocks_are_their_source_spans_normalised_in_order(source: str) -> None:
    blocks = read_text(source)
    for block in blocks:
        assert block.text
        assert block.text == normalise(source[block.start : block.end])
        assert not (source[block.start].isspace() or source[block.end - 1].isspace())
    ends = [0, *(offset for block in blocks for offset in (block.start, block.end))]
    assert ends == sorted(ends)
