"""The shared pipeline: blocks from any reader in, an :class:`~articlekit.model.Article` out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from articlekit.blocks import Block
from articlekit.byline import parse_byline, split_leading_byline
from articlekit.dateline import split_dateline
from articlekit.lexicon import SPACE_RUN, VISIBLE_RUN
from articlekit.model import Article, Dateline, Span, SpanRole
from articlekit.quotes import find_quotes
from articlekit.roles import Roles, assign_roles


@attrs.frozen
class Metadata:
    """What a reader knows about the article besides its blocks (HTML page metadata).

    Attributes:
        headline: the headline the page declares (JSON-LD, OpenGraph, ``<h1>``), or ``None``.
        published: the publication date the page declares, or ``None``.
        authors: the authors the page declares.
        byline: a byline as written on the page, or ``None``.
    """

    headline: str | None = None
    published: dt.datetime | dt.date | None = None
    authors: tuple[str, ...] = ()
    byline: str | None = None


@attrs.frozen
class _Head:
    """What was cut from the head of the first body paragraph."""

    byline: str | None = None
    authors: tuple[str, ...] = ()
    dateline: Dateline | None = None
    cut: int = 0  # offset in the paragraph's text where the body starts


def _cut_head(text: str, reference_date: dt.date | None) -> _Head:
    """Cut a glued byline and a dateline off the head of the first body paragraph."""
    glued = split_leading_byline(text)
    byline, authors, offset = glued if glued is not None else (None, (), 0)
    dateline, cut = split_dateline(text[offset:], reference_date)
    if dateline is None:  # nothing is cut: a "By ..." opening with no dateline after it stays
        return _Head()
    return _Head(byline=byline, authors=authors, dateline=dateline, cut=offset + cut)


def _source_offset(source: str, start: int, visible: int) -> int:
    """Offset in ``source`` of the visible character after the first ``visible`` from ``start``.

    Block text differs from its source only in white space and invisible characters, so the
    count of other characters maps an offset in the text back onto the source.
    """
    seen = 0
    for run in VISIBLE_RUN.finditer(source, start):  # a word at a time, not a character
        size = run.end() - run.start()
        if seen + size > visible:
            return run.start() + visible - seen
        seen += size
    return len(source)


def _visible_count(text: str) -> int:
    return len(text) - sum(len(run) for run in SPACE_RUN.findall(text))


@attrs.frozen
class _Parts:
    paragraphs: tuple[str, ...]
    head: _Head
    first_body: int | None  # block index of the paragraph the head was cut from


def _body(blocks: Sequence[Block], roles: Roles, reference_date: dt.date | None) -> _Parts:
    """The body paragraphs, with the byline and dateline cut off the first one."""
    texts = [blocks[i].text for i in roles.body]
    if not texts:
        return _Parts((), _Head(), None)
    head = _cut_head(texts[0], reference_date)
    rest = texts[0][head.cut :].strip()
    paragraphs = ([rest] if rest else []) + texts[1:]
    return _Parts(tuple(paragraphs), head, roles.body[0])


def _spans(source: str, blocks: Sequence[Block], roles: Roles, parts: _Parts) -> tuple[Span, ...]:
    """The role of every block as spans of the source, in source order."""
    role_of: list[SpanRole | None] = [None] * len(blocks)
    for index in roles.body:
        role_of[index] = "body"
    for index in roles.boilerplate:
        role_of[index] = "boilerplate"
    if roles.headline is not None:
        role_of[roles.headline] = "headline"
    if roles.byline is not None:
        role_of[roles.byline] = "byline"
    spans = [
        Span(role, block.start, block.end)
        for role, block in zip(role_of, blocks, strict=True)
        if role is not None
    ]
    first = parts.first_body
    if first is not None and parts.head.cut:  # the byline and dateline cut off its head
        position = first - role_of[:first].count(None)
        spans[position : position + 1] = _head_spans(source, blocks[first], parts.head)
    return tuple(spans)


def _source_end(source: str, start: int, visible: int) -> int:
    """Offset in ``source`` just past the ``visible``-th visible character from ``start``."""
    return start if visible == 0 else _source_offset(source, start, visible - 1) + 1


def _head_spans(source: str, block: Block, head: _Head) -> list[Span]:
    """Spans for a first paragraph that opens with a byline and/or a dateline."""
    spans: list[Span] = []
    position = block.start
    head_text = block.text[: head.cut]
    if head.byline is not None:
        byline_visible = _visible_count(head.byline)
        spans.append(Span("byline", position, _source_end(source, block.start, byline_visible)))
        position = _source_offset(source, block.start, byline_visible)
    visible = _visible_count(head_text)
    spans.append(Span("dateline", position, _source_end(source, block.start, visible)))
    body_start = _source_offset(source, block.start, visible)
    if body_start < block.end:
        spans.append(Span("body", body_start, block.end))
    return spans


def _as_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _published(metadata: Metadata, dateline: Dateline | None) -> dt.datetime | dt.date | None:
    if metadata.published is not None:
        return metadata.published
    return None if dateline is None else dateline.date


def _byline(metadata: Metadata, blocks: Sequence[Block], roles: Roles, head: _Head) -> _Head:
    """The byline and authors: a byline block, then one glued to the dateline, then metadata."""
    if roles.byline is not None:
        parsed = parse_byline(blocks[roles.byline].text)
        if parsed is not None:
            return _Head(byline=parsed[0], authors=parsed[1])
    if head.byline is not None:
        return _Head(byline=head.byline, authors=head.authors)
    return _Head(byline=metadata.byline, authors=metadata.authors)


def assemble(
    blocks: Sequence[Block],
    *,
    metadata: Metadata | None = None,
    reference_date: dt.date | None = None,
    source: str | None = None,
) -> Article:
    """Assign roles to ``blocks`` and build the :class:`~articlekit.model.Article`.

    ``source`` is the string the blocks were read from, when they carry offsets into it; the
    article then has :attr:`~articlekit.model.Article.spans`.
    """
    meta = metadata if metadata is not None else Metadata()
    roles = assign_roles(blocks, meta.headline)
    headline = meta.headline
    if headline is None and roles.headline is not None:
        headline = blocks[roles.headline].text
    parts = _body(blocks, roles, reference_date or _as_date(meta.published))
    byline = _byline(meta, blocks, roles, parts.head)
    authors = byline.authors or meta.authors
    return Article(
        headline=headline,
        dateline=parts.head.dateline,
        byline=byline.byline,
        authors=authors,
        published=_published(meta, parts.head.dateline),
        paragraphs=parts.paragraphs,
        quotes=find_quotes(parts.paragraphs),
        boilerplate=tuple(blocks[i].text for i in roles.boilerplate),
        spans=() if source is None else _spans(source, blocks, roles, parts),
    )
