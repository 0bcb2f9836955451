"""The shared pipeline: blocks from any reader in, an :class:`~articlekit.model.Article` out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from articlekit.blocks import Block
from articlekit.model import Article


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


def assemble(
    blocks: Sequence[Block],
    *,
    metadata: Metadata | None = None,
    reference_date: dt.date | None = None,
    with_spans: bool = False,
) -> Article:
    """Assign roles to ``blocks`` and build the :class:`Article`."""
    raise NotImplementedError
